using System;
using System.Collections.Generic;

interface IArith<T> { T Zero { get; } T Add(T a, T b); T Mul(T a, T b); string Show(T x); }
struct IntArith : IArith<int> { public int Zero => 0; public int Add(int a, int b) => a + b; public int Mul(int a, int b) => a * b; public string Show(int x) => x.ToString(); }
struct DoubleArith : IArith<double> { public double Zero => 0; public double Add(double a, double b) => a + b; public double Mul(double a, double b) => a * b; public string Show(double x) => x.ToString("F2"); }
struct DecArith : IArith<decimal> { public decimal Zero => 0m; public decimal Add(decimal a, decimal b) => a + b; public decimal Mul(decimal a, decimal b) => a * b; public string Show(decimal x) => x.ToString(); }

static class Linear<T, TA> where TA : struct, IArith<T>
{
    static readonly TA ops = default(TA);
    public static T Dot(T[] a, T[] b) { T s = ops.Zero; for (int i = 0; i < a.Length; i++) s = ops.Add(s, ops.Mul(a[i], b[i])); return s; }
    public static T[,] MatMul(T[,] a, T[,] b)
    {
        int n = a.GetLength(0), m = b.GetLength(1), k = a.GetLength(1);
        var r = new T[n, m];
        for (int i = 0; i < n; i++) for (int j = 0; j < m; j++) { T s = ops.Zero; for (int x = 0; x < k; x++) s = ops.Add(s, ops.Mul(a[i, x], b[x, j])); r[i, j] = s; }
        return r;
    }
    public static string Show(T[,] m)
    {
        var rows = new List<string>();
        for (int i = 0; i < m.GetLength(0); i++) { var cells = new List<string>(); for (int j = 0; j < m.GetLength(1); j++) cells.Add(ops.Show(m[i, j])); rows.Add("[" + string.Join(" ", cells) + "]"); }
        return string.Join(" ", rows);
    }
    public static T Power(T[,] m, int n) { var r = m; for (int i = 1; i < n; i++) r = MatMul(r, m); return r[0, 1]; }
}

struct Accumulator<T> where T : struct, IComparable<T>
{
    public T Min, Max; public int Count;
    public void Add(T v)
    {
        if (Count == 0 || v.CompareTo(Min) < 0) Min = v;
        if (Count == 0 || v.CompareTo(Max) > 0) Max = v;
        Count++;
    }
    public override string ToString() { return "n=" + Count + " min=" + Min + " max=" + Max; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("int dot: " + Linear<int, IntArith>.Dot(new[] { 1, 2, 3 }, new[] { 4, 5, 6 }));
        Console.WriteLine("double dot: " + Linear<double, DoubleArith>.Dot(new[] { 0.5, 1.5 }, new[] { 2.0, 4.0 }));
        Console.WriteLine("decimal dot: " + Linear<decimal, DecArith>.Dot(new[] { 0.1m, 0.2m }, new[] { 3m, 3m }));
        var fib = new int[,] { { 1, 1 }, { 1, 0 } };
        Console.WriteLine("fib matrix power 10 -> F10=" + Linear<int, IntArith>.Power(fib, 10) + " F30=" + Linear<int, IntArith>.Power(fib, 30));
        var a = new double[,] { { 1, 2 }, { 3, 4 } };
        var b = new double[,] { { 0.5, 0 }, { 0, 2 } };
        Console.WriteLine("double matmul: " + Linear<double, DoubleArith>.Show(Linear<double, DoubleArith>.MatMul(a, b)));
        var ia = new int[,] { { 1, 2, 3 } };
        var ib = new int[,] { { 1 }, { 2 }, { 3 } };
        Console.WriteLine("int 1x3 * 3x1: " + Linear<int, IntArith>.Show(Linear<int, IntArith>.MatMul(ia, ib)) + " 3x1 * 1x3: " + Linear<int, IntArith>.Show(Linear<int, IntArith>.MatMul(ib, ia)));
        var acc = new Accumulator<int>();
        foreach (var v in new[] { 5, -2, 9, 0 }) acc.Add(v);
        Console.WriteLine("int accumulator: " + acc);
        var dacc = new Accumulator<double>();
        foreach (var v in new[] { 1.5, -0.5, 2.25 }) dacc.Add(v);
        Console.WriteLine("double accumulator: " + dacc);
        var cacc = new Accumulator<char>();
        foreach (var ch in "generic") cacc.Add(ch);
        Console.WriteLine("char accumulator: " + cacc);
        var copy = acc;
        copy.Add(100);
        Console.WriteLine("struct copy independent: " + acc.Count + " vs " + copy.Count + " max " + copy.Max);
    }
}
