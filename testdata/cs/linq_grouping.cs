using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var words = "the quick brown fox jumps over the lazy dog then the fox sleeps".Split(' ');
        Console.WriteLine("GroupBy length (groups in first-seen key order, elements in source order):");
        foreach (var g in words.GroupBy(w => w.Length)) Console.WriteLine("  " + g.Key + ": " + string.Join(",", g) + " (count " + g.Count() + ")");
        Console.WriteLine("GroupBy first letter with element selector:");
        foreach (var g in words.GroupBy(w => w[0], w => w.ToUpper())) Console.WriteLine("  " + g.Key + ": " + string.Join(",", g));
        Console.WriteLine("GroupBy with result selector:");
        foreach (var s in words.GroupBy(w => w, (k, g) => k + "x" + g.Count()).Where(s => !s.EndsWith("x1"))) Console.WriteLine("  " + s);
        Console.WriteLine("GroupBy ignore case:");
        foreach (var g in new[] { "A", "b", "a", "B", "c", "A" }.GroupBy(s => s, StringComparer.OrdinalIgnoreCase)) Console.WriteLine("  key " + g.Key + ": " + string.Join("", g));
        Console.WriteLine("GroupBy then OrderBy count desc, key:");
        foreach (var g in words.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(4)) Console.WriteLine("  " + g.Key + " " + g.Count());
        var lookup = words.ToLookup(w => w.Length);
        Console.WriteLine("ToLookup count=" + lookup.Count + " [3]=" + string.Join(",", lookup[3]) + " [99] empty count=" + lookup[99].Count() + " Contains(5)=" + lookup.Contains(5));
        foreach (var g in lookup) Console.Write(g.Key + ":" + g.Count() + " ");
        Console.WriteLine();
        var dict = words.Distinct().ToDictionary(w => w, w => w.Length);
        Console.WriteLine("ToDictionary: " + string.Join(" ", dict.Select(kv => kv.Key + "=" + kv.Value)));
        try { words.ToDictionary(w => w.Length); }
        catch (ArgumentException e) { Console.WriteLine("ToDictionary duplicate key: " + e.GetType().Name); }
        var nums = Enumerable.Range(1, 20);
        var parity = nums.GroupBy(n => n % 2 == 0 ? "even" : "odd");
        foreach (var g in parity) Console.WriteLine("  " + g.Key + ": sum=" + g.Sum() + " avg=" + g.Average() + " max=" + g.Max());
        Console.WriteLine("nested grouping:");
        var data = new[] { new { Dept = "eng", Level = 2, Name = "a" }, new { Dept = "ops", Level = 1, Name = "b" }, new { Dept = "eng", Level = 1, Name = "c" }, new { Dept = "eng", Level = 2, Name = "d" }, new { Dept = "ops", Level = 1, Name = "e" } };
        foreach (var dg in data.GroupBy(d => d.Dept))
        {
            Console.WriteLine("  " + dg.Key);
            foreach (var lg in dg.GroupBy(d => d.Level).OrderBy(g => g.Key)) Console.WriteLine("    level " + lg.Key + ": " + string.Join(",", lg.Select(x => x.Name)));
        }
        Console.WriteLine("query syntax group:");
        var q = from w in words group w by w.Length into g where g.Count() > 1 orderby g.Key select new { Len = g.Key, Words = string.Join("/", g.Distinct()) };
        foreach (var x in q) Console.WriteLine("  " + x.Len + " -> " + x.Words);
        Console.WriteLine("group key type and anonymous ToString: " + data.GroupBy(d => new { d.Dept, d.Level }).First().Key);
    }
}
