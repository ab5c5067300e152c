using System;
using System.Collections.Generic;

class ModComparer : IEqualityComparer<int>
{
    public int Calls;
    public bool Equals(int a, int b) { Calls++; return a % 10 == b % 10; }
    public int GetHashCode(int x) { return x % 10; }
}

class Point { public int X, Y; public override string ToString() { return "(" + X + "," + Y + ")"; } }
class PointComparer : IEqualityComparer<Point>
{
    public bool Equals(Point a, Point b) { return a.X == b.X && a.Y == b.Y; }
    public int GetHashCode(Point p) { return p.X * 397 ^ p.Y; }
}

class LengthComparer : IEqualityComparer<string>
{
    public bool Equals(string a, string b) { return a.Length == b.Length; }
    public int GetHashCode(string s) { return s.Length; }
}

class Program
{
    static void Main()
    {
        var mc = new ModComparer();
        var d = new Dictionary<int, string>(mc);
        d[1] = "one";
        d[11] = "eleven";
        d[21] = "twenty-one";
        d[2] = "two";
        Console.WriteLine("mod-10 keys: count=" + d.Count + " d[31]=" + d[31] + " keys=" + string.Join(",", d.Keys));
        Console.WriteLine("ContainsKey(42)=" + d.ContainsKey(42) + " comparer calls > 0: " + (mc.Calls > 0));
        var pd = new Dictionary<Point, string>(new PointComparer());
        pd[new Point { X = 1, Y = 2 }] = "a";
        pd[new Point { X = 1, Y = 2 }] = "b";
        pd[new Point { X = 2, Y = 1 }] = "c";
        Console.WriteLine("point comparer: count=" + pd.Count + " value=" + pd[new Point { X = 1, Y = 2 }]);
        var refd = new Dictionary<Point, string>();
        refd[new Point { X = 1, Y = 2 }] = "a";
        refd[new Point { X = 1, Y = 2 }] = "b";
        Console.WriteLine("default reference equality: count=" + refd.Count);
        var ld = new Dictionary<string, List<string>>(new LengthComparer());
        foreach (var w in "the quick brown fox jumps over a lazy dog".Split(' '))
        {
            List<string> l;
            if (!ld.TryGetValue(w, out l)) { l = new List<string>(); ld[w] = l; }
            l.Add(w);
        }
        foreach (var kv in ld) Console.WriteLine("  len " + kv.Key.Length + " (first key " + kv.Key + "): " + string.Join(",", kv.Value));
        var hs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Hello", "HELLO", "world", "World", "x" };
        Console.WriteLine("HashSet ignore case: count=" + hs.Count + " contains HeLLo=" + hs.Contains("HeLLo") + " items=" + string.Join(",", hs));
        var ord = new Dictionary<string, int>(StringComparer.Ordinal) { { "a", 1 }, { "A", 2 } };
        Console.WriteLine("Ordinal comparer: count=" + ord.Count);
        Console.WriteLine("EqualityComparer<string>.Default: " + EqualityComparer<string>.Default.Equals("a", "a") + " " + EqualityComparer<string>.Default.Equals("a", null) + " " + EqualityComparer<string>.Default.Equals(null, null));
        Console.WriteLine("EqualityComparer<int>.Default hash=" + EqualityComparer<int>.Default.GetHashCode(123));
        Console.WriteLine("EqualityComparer<double>.Default NaN: " + EqualityComparer<double>.Default.Equals(double.NaN, double.NaN));
        Console.WriteLine("EqualityComparer<int?>.Default: " + EqualityComparer<int?>.Default.Equals(null, null) + " " + EqualityComparer<int?>.Default.Equals(1, null));
        Console.WriteLine("Comparer<string>.Default vs Ordinal on a/B: " + Math.Sign(Comparer<string>.Default.Compare("a", "B")) + " " + Math.Sign(StringComparer.Ordinal.Compare("a", "B")));
        var comparerFromDict = d.Comparer;
        Console.WriteLine("dictionary exposes its comparer: " + ReferenceEquals(comparerFromDict, mc));
    }
}
