using System;
using System.Collections.Generic;
using System.Linq;

struct Rec { public int Key; public int Id; public override string ToString() { return Key + ":" + Id; } }
class KeyCmp : IComparer<Rec> { public int Compare(Rec a, Rec b) { return a.Key.CompareTo(b.Key); } }
class Program
{
    static Rec[] Make(int n, int mod, int seed)
    {
        var r = new Rec[n]; uint s = (uint)seed;
        for (int i = 0; i < n; i++) { s = s * 1103515245 + 12345; r[i] = new Rec { Key = (int)((s >> 16) % (uint)mod), Id = i }; }
        return r;
    }
    static string Ids(IEnumerable<Rec> r) { return string.Join(" ", r.Select(x => x.Id)); }
    static void Main()
    {
        foreach (int n in new[] { 10, 17, 33, 70, 200 })
        {
            var a = Make(n, 4, n);
            var b = (Rec[])a.Clone();
            Array.Sort(b, new KeyCmp());
            Console.WriteLine("Array.Sort IComparer n=" + n + ": " + Ids(b));
            var c = (Rec[])a.Clone();
            Array.Sort(c, (x, y) => x.Key - y.Key);
            Console.WriteLine("Array.Sort Comparison n=" + n + ": " + Ids(c));
            var l = new List<Rec>(a);
            l.Sort(new KeyCmp());
            Console.WriteLine("List.Sort n=" + n + ": " + Ids(l));
            var keys = a.Select(x => x.Key).ToArray();
            var items = a.Select(x => x.Id).ToArray();
            Array.Sort(keys, items);
            Console.WriteLine("Array.Sort keys/items n=" + n + ": " + string.Join(" ", items));
            var d = (Rec[])a.Clone();
            Array.Sort(d, 2, n - 4, new KeyCmp());
            Console.WriteLine("Array.Sort range n=" + n + ": " + Ids(d));
        }
        var strs = new[] { "b", "A", "a", "B", "c", "C", "ab", "AB", "Ab", "aB", "b", "a" };
        var s1 = (string[])strs.Clone(); Array.Sort(s1, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("strings ci: " + string.Join(",", s1));
        var s2 = (string[])strs.Clone(); Array.Sort(s2);
        Console.WriteLine("strings default: " + string.Join(",", s2));
        var s3 = (string[])strs.Clone(); Array.Sort(s3, StringComparer.Ordinal);
        Console.WriteLine("strings ordinal: " + string.Join(",", s3));
        var dbl = new[] { 3.0, -0.0, 0.0, double.NaN, -1, double.NaN, 0.0, -0.0 };
        Array.Sort(dbl);
        Console.WriteLine("doubles: " + string.Join(",", dbl.Select(x => (1 / x < 0 ? "-" : "") + x)));
        var objs = new object[] { 3, 1, 2 };
        Array.Sort(objs);
        Console.WriteLine("objects: " + string.Join(",", objs));
        try { Array.Sort(new object[] { 1, "a" }); } catch (InvalidOperationException e) { Console.WriteLine("mixed -> InvalidOperationException inner " + (e.InnerException == null ? "null" : e.InnerException.GetType().Name)); }
        var big = Make(1000, 50, 7);
        var bl = big.ToList(); bl.Sort((x, y) => x.Key.CompareTo(y.Key));
        long h = 0; foreach (var r in bl) h = h * 31 + r.Id;
        Console.WriteLine("big list sort hash " + h);
        var ob = big.OrderBy(x => x.Key).ToList();
        h = 0; foreach (var r in ob) h = h * 31 + r.Id;
        Console.WriteLine("big OrderBy (stable) hash " + h);
    }
}
