using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static int F(int x, string stage) { Console.WriteLine("  " + stage + "(" + x + ")"); return x; }

    static void Main()
    {
        var src = new List<int> { 1, 2, 3, 4, 5, 6 };
        Console.WriteLine("building query:");
        var q = src.Where(x => F(x, "where") % 2 == 0).Select(x => F(x * 10, "select"));
        Console.WriteLine("query built, nothing evaluated yet. Enumerating:");
        foreach (var v in q) Console.WriteLine("  => " + v);
        Console.WriteLine("source modified after query creation:");
        src.Add(8);
        Console.WriteLine("  count=" + q.Count());
        Console.WriteLine("ToList snapshot:");
        var snap = src.Where(x => x > 4).ToList();
        src.Add(100);
        Console.WriteLine("  snapshot=" + string.Join(",", snap) + " live=" + string.Join(",", src.Where(x => x > 4)));
        Console.WriteLine("Take stops pulling early:");
        var t = src.Select(x => F(x, "pull")).Take(2).ToList();
        Console.WriteLine("First stops at first match:");
        var first = src.First(x => F(x, "test") > 2);
        Console.WriteLine("  first=" + first);
        Console.WriteLine("Any short-circuits:");
        Console.WriteLine("  any=" + src.Any(x => F(x, "any") == 2));
        Console.WriteLine("OrderBy buffers everything before yielding:");
        foreach (var v in src.Take(3).Select(x => F(x, "pre")).OrderByDescending(x => x).Select(x => F(x, "post"))) { }
        Console.WriteLine("captured variable in query:");
        int threshold = 3;
        var above = src.Where(x => x > threshold);
        threshold = 5;
        Console.WriteLine("  above=" + string.Join(",", above));
        Console.WriteLine("multiple enumeration re-executes:");
        int calls = 0;
        var counted = src.Select(x => { calls++; return x; });
        counted.Count(); counted.Count();
        Console.WriteLine("  calls=" + calls + " (2 x " + src.Count + ")");
        Console.WriteLine("Distinct streams:");
        foreach (var v in new[] { 3, 1, 3, 2, 1 }.Select(x => F(x, "d-in")).Distinct()) Console.WriteLine("  => " + v);
        Console.WriteLine("exception deferred until enumeration:");
        var bad = src.Select(x => 10 / (x - 2));
        Console.WriteLine("  created ok");
        try { foreach (var v in bad) Console.WriteLine("  value " + v); }
        catch (DivideByZeroException) { Console.WriteLine("  DivideByZeroException during enumeration"); }
    }
}
