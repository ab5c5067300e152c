using System;
using System.Collections.Generic;

struct Plain { public int A; public int B; }
struct WithString { public string S; public int N; }
struct Custom : IEquatable<Custom>
{
    public int Key; public string Ignored;
    public bool Equals(Custom o) { return Key == o.Key; }
    public override bool Equals(object o) { return o is Custom && Equals((Custom)o); }
    public override int GetHashCode() { return Key; }
    public static bool operator ==(Custom a, Custom b) { return a.Equals(b); }
    public static bool operator !=(Custom a, Custom b) { return !a.Equals(b); }
}
struct WithDouble { public double D; }

class Program
{
    static void Main()
    {
        var p1 = new Plain { A = 1, B = 2 };
        var p2 = new Plain { A = 1, B = 2 };
        var p3 = new Plain { A = 2, B = 1 };
        Console.WriteLine("Plain Equals: " + p1.Equals(p2) + " " + p1.Equals(p3) + " hash equal: " + (p1.GetHashCode() == p2.GetHashCode()));
        var w1 = new WithString { S = "abc", N = 1 };
        var w2 = new WithString { S = new string(new[] { 'a', 'b', 'c' }), N = 1 };
        var w3 = new WithString { S = null, N = 1 };
        var w4 = new WithString { S = null, N = 1 };
        Console.WriteLine("WithString Equals (content): " + w1.Equals(w2) + " null fields: " + w3.Equals(w4) + " vs non-null: " + w1.Equals(w3));
        var c1 = new Custom { Key = 5, Ignored = "x" };
        var c2 = new Custom { Key = 5, Ignored = "y" };
        Console.WriteLine("Custom ==: " + (c1 == c2) + " Equals: " + c1.Equals(c2) + " != " + (c1 != c2));
        var d1 = new WithDouble { D = 0.0 };
        var d2 = new WithDouble { D = -0.0 };
        var n1 = new WithDouble { D = double.NaN };
        var n2 = new WithDouble { D = double.NaN };
        Console.WriteLine("WithDouble 0.0 vs -0.0 Equals: " + d1.Equals(d2) + " NaN vs NaN Equals: " + n1.Equals(n2));
        var set = new HashSet<Plain> { p1, p2, p3 };
        Console.WriteLine("HashSet<Plain> count=" + set.Count);
        var cset = new HashSet<Custom> { c1, c2 };
        Console.WriteLine("HashSet<Custom> count=" + cset.Count);
        var dict = new Dictionary<WithString, int>();
        dict[w1] = 1;
        dict[w2] = 2;
        Console.WriteLine("Dictionary<WithString> count=" + dict.Count + " value=" + dict[w1]);
        var list = new List<Plain> { p3, p1 };
        Console.WriteLine("List.IndexOf(p2)=" + list.IndexOf(p2) + " Contains(new)=" + list.Contains(new Plain()));
        Console.WriteLine("EqualityComparer<Plain>: " + EqualityComparer<Plain>.Default.Equals(p1, p2));
        Console.WriteLine("EqualityComparer<Custom>: " + EqualityComparer<Custom>.Default.Equals(c1, c2));
        object b1 = p1, b2 = p2;
        Console.WriteLine("boxed == " + (b1 == b2) + " boxed Equals " + b1.Equals(b2) + " object.Equals " + object.Equals(b1, b2));
        Console.WriteLine("int/long boxed Equals: " + ((object)1).Equals((object)1L) + " " + ((object)1).Equals((object)1));
        Console.WriteLine("KeyValuePair Equals: " + new KeyValuePair<int, int>(1, 2).Equals(new KeyValuePair<int, int>(1, 2)));
        Console.WriteLine("ValueTuple Equals: " + (1, "a").Equals((1, "a")) + " " + (1, "a").Equals((1, "b")));
        Console.WriteLine("Tuple Equals: " + Tuple.Create(1, "a").Equals(Tuple.Create(1, "a")) + " == " + (Tuple.Create(1) == Tuple.Create(1)));
        Console.WriteLine("Nullable Equals: " + ((int?)3).Equals(3) + " " + ((int?)null).Equals(null));
        Console.WriteLine("decimal Equals 1.0 vs 1.00: " + 1.0m.Equals(1.00m) + " hash equal: " + (1.0m.GetHashCode() == 1.00m.GetHashCode()));
        Console.WriteLine("double Equals NaN: " + double.NaN.Equals(double.NaN) + " ==: " + (double.NaN == double.NaN));
        Console.WriteLine("float Equals 0 vs -0: " + 0.0f.Equals(-0.0f));
        Console.WriteLine("char vs int Equals boxed: " + ((object)'a').Equals(97));
        Console.WriteLine("enum Equals different enum type same value: " + ((object)DayOfWeek.Monday).Equals(ConsoleColorLike.One));
    }
}

enum ConsoleColorLike { Zero, One }
