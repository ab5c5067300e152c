using System;
using System.Collections.Generic;

class Box<T>
{
    public T Value;
    public Box(T v) { Value = v; }
    public Box<TR> Map<TR>(Func<T, TR> f) { return new Box<TR>(f(Value)); }
    public override string ToString() { return "Box<" + typeof(T).Name + ">(" + Value + ")"; }
}

class Stack2<T>
{
    private T[] items = new T[2];
    private int count;
    public void Push(T item)
    {
        if (count == items.Length) Array.Resize(ref items, items.Length * 2);
        items[count++] = item;
    }
    public T Pop()
    {
        if (count == 0) throw new InvalidOperationException("empty");
        T item = items[--count];
        items[count] = default(T);
        return item;
    }
    public int Count { get { return count; } }
    public int Capacity { get { return items.Length; } }
}

static class Util
{
    public static T Identity<T>(T x) { return x; }
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static string Describe<T>(T x) { return typeof(T).Name + ":" + x; }
    public static string Describe(int x) { return "int-overload:" + x; }
    public static TOut Convert<TIn, TOut>(TIn x, Func<TIn, TOut> f) { return f(x); }
    public static List<T> Repeat<T>(T x, int n) { var l = new List<T>(); for (int i = 0; i < n; i++) l.Add(x); return l; }
    public static T[] MakeArray<T>(params T[] items) { return items; }
    public static KeyValuePair<TK, TV> Pair<TK, TV>(TK k, TV v) { return new KeyValuePair<TK, TV>(k, v); }
}

class Program
{
    static void Main()
    {
        var bi = new Box<int>(42);
        var bs = bi.Map(x => "#" + x);
        var bd = bs.Map(s => s.Length * 1.5);
        Console.WriteLine(bi + " " + bs + " " + bd);
        var st = new Stack2<string>();
        foreach (var w in "a b c d e".Split(' ')) st.Push(w);
        Console.WriteLine("count=" + st.Count + " capacity=" + st.Capacity);
        while (st.Count > 0) Console.Write(st.Pop() + " ");
        Console.WriteLine();
        try { st.Pop(); } catch (InvalidOperationException e) { Console.WriteLine("pop empty: " + e.Message); }
        var si = new Stack2<int>();
        for (int i = 0; i < 10; i++) si.Push(i * i);
        Console.WriteLine("int stack pop: " + si.Pop() + " " + si.Pop() + " capacity=" + si.Capacity);

        Console.WriteLine("Identity: " + Util.Identity(5) + " " + Util.Identity("s") + " " + Util.Identity<double>(1));
        int a = 1, b = 2;
        Util.Swap(ref a, ref b);
        Console.WriteLine("Swap: " + a + " " + b);
        Console.WriteLine("Describe(5)=" + Util.Describe(5) + " Describe<int>(5)=" + Util.Describe<int>(5) + " Describe(5L)=" + Util.Describe(5L) + " Describe(\"x\")=" + Util.Describe("x"));
        Console.WriteLine("Convert: " + Util.Convert(3.7, x => (int)Math.Round(x)) + " " + Util.Convert<string, int>("hello", s => s.Length));
        Console.WriteLine("Repeat: " + string.Join(",", Util.Repeat("ab", 3)) + " " + Util.Repeat(7, 2).Count);
        Console.WriteLine("MakeArray: " + Util.MakeArray(1, 2, 3).Length + " " + Util.MakeArray<object>("x", 1, null).Length + " type " + Util.MakeArray(1.5, 2).GetType().Name);
        var kv = Util.Pair("k", 3.5);
        Console.WriteLine("Pair: " + kv + " types " + kv.Key.GetType().Name + "/" + kv.Value.GetType().Name);
        Console.WriteLine("type names: " + typeof(Box<int>).Name + " " + typeof(Stack2<string>).Name + " " + bi.GetType().Name + " " + typeof(Box<>).Name);
        Console.WriteLine("List<int> name: " + typeof(List<int>).Name + " Dictionary name: " + typeof(Dictionary<int, string>).Name);
        Console.WriteLine("same generic type: " + (typeof(Box<int>) == new Box<int>(1).GetType()) + " different args: " + (typeof(Box<int>) == typeof(Box<long>)));
        var boxes = new List<Box<string>> { new Box<string>("x"), new Box<string>(null) };
        foreach (var bx in boxes) Console.WriteLine("box value null? " + (bx.Value == null) + " " + bx);
    }
}
