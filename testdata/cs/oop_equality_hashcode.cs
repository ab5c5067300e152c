using System;
using System.Collections.Generic;

class PointRef
{
    public int X, Y;
    public PointRef(int x, int y) { X = x; Y = y; }
}

class PointEq : IEquatable<PointEq>
{
    public int X, Y;
    public PointEq(int x, int y) { X = x; Y = y; }
    public bool Equals(PointEq o) { Console.WriteLine("    IEquatable.Equals called"); return o != null && o.X == X && o.Y == Y; }
    public override bool Equals(object o) { Console.WriteLine("    Equals(object) called"); return Equals(o as PointEq); }
    public override int GetHashCode() { return X * 31 + Y; }
    public override string ToString() { return "P(" + X + "," + Y + ")"; }
    public static bool operator ==(PointEq a, PointEq b) { return ReferenceEquals(a, b) || (!ReferenceEquals(a, null) && a.Equals(b)); }
    public static bool operator !=(PointEq a, PointEq b) { return !(a == b); }
}

struct SPoint { public int X, Y; public SPoint(int x, int y) { X = x; Y = y; } }

class Program
{
    static void Main()
    {
        var r1 = new PointRef(1, 2);
        var r2 = new PointRef(1, 2);
        Console.WriteLine("ref: == " + (r1 == r2) + " Equals " + r1.Equals(r2) + " same " + r1.Equals(r1) + " ReferenceEquals " + ReferenceEquals(r1, r2));
        var e1 = new PointEq(1, 2);
        var e2 = new PointEq(1, 2);
        var e3 = new PointEq(2, 1);
        Console.WriteLine("eq: == " + (e1 == e2));
        Console.WriteLine("eq: != " + (e1 != e3));
        Console.WriteLine("eq: Equals(object) " + e1.Equals((object)e2));
        Console.WriteLine("eq: hash " + e1.GetHashCode() + " " + e2.GetHashCode() + " " + e3.GetHashCode());
        Console.WriteLine("eq: == null " + (e1 == null) + " null == null " + ((PointEq)null == null));
        Console.WriteLine("object.Equals(e1,e2) " + object.Equals(e1, e2));
        Console.WriteLine("object.Equals(null,null) " + object.Equals(null, null));
        object o1 = e1, o2 = e2;
        Console.WriteLine("object == (reference) " + (o1 == o2));
        Console.WriteLine("Dictionary with PointEq keys:");
        var dict = new Dictionary<PointEq, string>();
        dict[e1] = "first";
        dict[e2] = "second";
        Console.WriteLine("  count " + dict.Count + " value " + dict[new PointEq(1, 2)]);
        Console.WriteLine("HashSet with PointRef:");
        var hs = new HashSet<PointRef> { r1, r2, r1 };
        Console.WriteLine("  count " + hs.Count);
        Console.WriteLine("List.Contains/IndexOf:");
        var list = new List<PointEq> { e3, e1 };
        Console.WriteLine("  contains " + list.Contains(new PointEq(1, 2)) + " index " + list.IndexOf(e2));
        var s1 = new SPoint(3, 4);
        var s2 = new SPoint(3, 4);
        var s3 = new SPoint(4, 3);
        Console.WriteLine("struct Equals " + s1.Equals(s2) + " " + s1.Equals(s3) + " boxed " + ((object)s1).Equals(s2));
        Console.WriteLine("struct hash equal for equal values " + (s1.GetHashCode() == s2.GetHashCode()));
        Console.WriteLine("int Equals: " + 5.Equals(5) + " " + ((object)5).Equals(5L) + " " + 5L.Equals(5));
        Console.WriteLine("string hash equal " + ("abc".GetHashCode() == string.Concat("a", "bc").GetHashCode()));
        Console.WriteLine("EqualityComparer<PointEq>.Default.Equals:");
        Console.WriteLine("  " + EqualityComparer<PointEq>.Default.Equals(e1, e2));
        Console.WriteLine("int hash code is its value: " + 7.GetHashCode() + " " + (-7).GetHashCode());
    }
}
