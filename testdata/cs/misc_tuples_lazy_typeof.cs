using System;
using System.Collections.Generic;

class Config { public static int Loads; public string Value; public Config() { Loads++; Value = "loaded#" + Loads; Console.WriteLine("  Config constructed"); } }

class Program
{
    static (string name, int count) Summarize(string[] items)
    {
        return (items.Length > 0 ? items[0] : "none", items.Length);
    }

    static Tuple<int, int> DivMod(int a, int b) { return Tuple.Create(a / b, a % b); }

    static void Main()
    {
        var s = Summarize(new[] { "x", "y", "z" });
        Console.WriteLine("value tuple: " + s.name + " " + s.count + " " + s);
        var (n, c) = Summarize(new string[0]);
        Console.WriteLine("deconstruct: " + n + " " + c);
        var dm = DivMod(17, 5);
        Console.WriteLine("Tuple: " + dm.Item1 + " r " + dm.Item2 + " " + dm);
        var lazy = new Lazy<Config>();
        Console.WriteLine("Lazy created? " + lazy.IsValueCreated);
        Console.WriteLine("first access: " + lazy.Value.Value);
        Console.WriteLine("second access: " + lazy.Value.Value + " loads=" + Config.Loads);
        var lazyFn = new Lazy<int>(() => { Console.WriteLine("  computing 6*7"); return 6 * 7; });
        Console.WriteLine("lazy fn: " + lazyFn.Value + " " + lazyFn.Value);
        Console.WriteLine("Lazy ToString before/after: " + new Lazy<int>(() => 1).IsValueCreated);
        Console.WriteLine("typeof: " + typeof(int).Name + " " + typeof(string).FullName + " " + typeof(List<string>).Name + " " + typeof(Config).Name + " " + typeof(int[]).Name + " " + typeof(Dictionary<int, int>).FullName.Substring(0, 39));
        object[] objs = { 1, "s", 1.5, 'c', true, 2L, new int[0], new List<int>(), (1, 2), Tuple.Create(1), DayOfWeek.Monday, new Config() };
        foreach (var o in objs) Console.WriteLine("  GetType().Name=" + o.GetType().Name + " FullName=" + (o.GetType().FullName.IndexOf('[') >= 0 && o.GetType().FullName.IndexOf('`') >= 0 ? o.GetType().FullName.Substring(0, o.GetType().FullName.IndexOf('[')) + "[...]" : o.GetType().FullName));
        Console.WriteLine("is checks: " + (objs[0] is int) + " " + (objs[1] is IComparable) + " " + (objs[6] is Array) + " " + (objs[7] is System.Collections.IList));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        long acc = 0;
        for (int i = 0; i < 100000; i++) acc += i;
        sw.Stop();
        Console.WriteLine("work done: " + acc + " stopwatch running=" + sw.IsRunning + " elapsed non-negative=" + (sw.ElapsedTicks >= 0));
        sw.Reset();
        Console.WriteLine("after Reset elapsed zero: " + (sw.ElapsedMilliseconds == 0));
    }
}
