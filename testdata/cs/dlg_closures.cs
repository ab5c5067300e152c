using System;
using System.Collections.Generic;

class Program
{
    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static Action[] MakeShared(out Func<int> getter)
    {
        int shared = 0;
        getter = () => shared;
        return new Action[] { () => shared += 1, () => shared *= 10 };
    }

    static void Main()
    {
        var c1 = MakeCounter();
        var c2 = MakeCounter();
        Console.WriteLine("counters: " + c1() + " " + c1() + " " + c1() + " | " + c2() + " " + c2());

        var forActions = new List<Func<int>>();
        for (int i = 0; i < 4; i++) forActions.Add(() => i);
        Console.Write("for loop captures single variable:");
        foreach (var f in forActions) Console.Write(" " + f());
        Console.WriteLine();

        var forCopy = new List<Func<int>>();
        for (int i = 0; i < 4; i++) { int copy = i; forCopy.Add(() => copy); }
        Console.Write("for loop with copy:");
        foreach (var f in forCopy) Console.Write(" " + f());
        Console.WriteLine();

        var foreachActions = new List<Func<int>>();
        foreach (int v in new[] { 10, 20, 30 }) foreachActions.Add(() => v);
        Console.Write("foreach captures per-iteration variable (C# 5):");
        foreach (var f in foreachActions) Console.Write(" " + f());
        Console.WriteLine();

        int x = 1;
        Func<int> readX = () => x;
        x = 100;
        Console.WriteLine("captured variable read late: " + readX());
        Action incX = () => x++;
        incX(); incX();
        Console.WriteLine("modified through closure: " + x);

        Func<int> getter;
        var acts = MakeShared(out getter);
        acts[0](); acts[1](); acts[0]();
        Console.WriteLine("shared captured state: " + getter());

        Func<int, Func<int, Func<int, int>>> nested = a => b => c => a * 100 + b * 10 + c;
        Console.WriteLine("nested lambdas: " + nested(1)(2)(3));
        int outer = 5;
        Func<int, Func<int>> mk = p => { int inner = p * 2; return () => outer + inner + p; };
        var fn = mk(3);
        outer = 50;
        Console.WriteLine("nested capture outer+inner+param: " + fn());

        var whileActions = new List<Action>();
        int w = 0;
        while (w < 3) { int captured = w * w; whileActions.Add(() => Console.Write(" sq" + captured)); w++; }
        Console.Write("while with block-scoped copies:");
        foreach (var a in whileActions) a();
        Console.WriteLine();

        string msg = "hello";
        Action printer = delegate { Console.WriteLine("anonymous method sees: " + msg); };
        msg = "changed";
        printer();

        var adders = new Func<int, int>[3];
        for (int i = 0; i < adders.Length; i++) { int k = i + 1; adders[i] = n => n + k; }
        int val = 0;
        foreach (var ad in adders) val = ad(val);
        Console.WriteLine("chained adders: " + val);

        Func<int, int> fib = null;
        var memo = new Dictionary<int, int>();
        fib = n => { if (n < 2) return n; int r; if (memo.TryGetValue(n, out r)) return r; r = fib(n - 1) + fib(n - 2); memo[n] = r; return r; };
        Console.WriteLine("recursive lambda fib(40)=" + fib(40) + " memo size=" + memo.Count);

        var instance = new Holder { Value = 7 };
        Func<int> captureThis = instance.MakeGetter();
        instance.Value = 8;
        Console.WriteLine("capturing this: " + captureThis());
        Console.WriteLine("static lambda: " + ((Func<int, int>)(q => q * q))(9));
    }

    class Holder
    {
        public int Value;
        public Func<int> MakeGetter() { return () => Value * 10; }
    }
}
