using System;

struct Tri
{
    int v; // -1 false, 0 unknown, 1 true
    Tri(int x) { v = x; }
    public static readonly Tri T = new Tri(1), F = new Tri(-1), U = new Tri(0);
    public static bool operator true(Tri t) { Console.Write("[true?" + t + "]"); return t.v == 1; }
    public static bool operator false(Tri t) { Console.Write("[false?" + t + "]"); return t.v == -1; }
    public static Tri operator &(Tri a, Tri b) { Console.Write("[&]"); return new Tri(Math.Min(a.v, b.v)); }
    public static Tri operator |(Tri a, Tri b) { Console.Write("[|]"); return new Tri(Math.Max(a.v, b.v)); }
    public static Tri operator !(Tri a) { return new Tri(-a.v); }
    public override string ToString() { return v == 1 ? "T" : v == -1 ? "F" : "U"; }
}
class Celsius
{
    public double Deg;
    public Celsius(double d) { Deg = d; }
    public static implicit operator Fahrenheit(Celsius c) { Console.Write("(C->F)"); return new Fahrenheit(c.Deg * 9 / 5 + 32); }
    public static explicit operator int(Celsius c) { Console.Write("(C->int)"); return (int)Math.Round(c.Deg); }
    public static implicit operator Celsius(double d) { Console.Write("(double->C)"); return new Celsius(d); }
}
class Fahrenheit
{
    public double Deg;
    public Fahrenheit(double d) { Deg = d; }
    public override string ToString() { return Deg + "F"; }
}
struct Small
{
    public byte B;
    public Small(byte b) { B = b; }
    public static explicit operator Small(int i) { return new Small(checked((byte)i)); }
    public static implicit operator int(Small s) { return s.B; }
    public static Small operator ++(Small s) { return new Small(unchecked((byte)(s.B + 1))); }
    public static Small operator --(Small s) { return new Small(unchecked((byte)(s.B - 1))); }
    public static Small operator +(Small a, Small b) { return new Small(checked((byte)(a.B + b.B))); }
    public static bool operator ==(Small a, int b) { return a.B == b; }
    public static bool operator !=(Small a, int b) { return a.B != b; }
    public override bool Equals(object o) { return false; }
    public override int GetHashCode() { return B; }
}
struct Vec
{
    public int X, Y;
    public Vec(int x, int y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator *(Vec a, int k) { return new Vec(a.X * k, a.Y * k); }
    public static Vec operator *(int k, Vec a) { return new Vec(a.X * k + 1, a.Y * k + 1); }
    public static Vec operator -(Vec a) { return new Vec(-a.X, -a.Y); }
    public static Vec operator ~(Vec a) { return new Vec(a.Y, a.X); }
    public static int operator %(Vec a, Vec b) { return a.X * b.X + a.Y * b.Y; }
    public static Vec operator <<(Vec a, int s) { return new Vec(a.X << s, a.Y << s); }
    public static bool operator <(Vec a, Vec b) { return a % a < b % b; }
    public static bool operator >(Vec a, Vec b) { return a % a > b % b; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}
class Str
{
    public string S;
    public Str(string s) { S = s; }
    public static Str operator +(Str a, Str b) { return new Str((a == null ? "null" : a.S) + "+" + (b == null ? "null" : b.S)); }
    public static bool operator ==(Str a, Str b) { if ((object)a == null) return (object)b == null; if ((object)b == null) return false; return a.S == b.S; }
    public static bool operator !=(Str a, Str b) { return !(a == b); }
    public override bool Equals(object o) { return o is Str && ((Str)o).S == S; }
    public override int GetHashCode() { return S.Length; }
    public static implicit operator string(Str s) { return s == null ? "<nullStr>" : "Str:" + s.S; }
}

class Program
{
    static void Main()
    {
        Tri[] vals = { Tri.T, Tri.F, Tri.U };
        foreach (var a in vals)
            foreach (var b in vals)
            {
                Console.Write(a + "&&" + b + "=");
                Tri r = a && b;
                Console.Write(r + "  ");
                Console.Write(a + "||" + b + "=");
                r = a || b;
                Console.WriteLine(r);
            }
        if (Tri.U) Console.WriteLine("U is true"); else Console.WriteLine(" U not true");
        if (!Tri.F) Console.WriteLine(" !F true");
        int loops = 0;
        Tri cond = Tri.T;
        while (cond) { loops++; if (loops == 2) cond = Tri.U; }
        Console.WriteLine(" loops=" + loops);
        Console.WriteLine(Tri.F ? "ternary T" : "ternary F");

        Celsius c = 100.0;
        Fahrenheit f = c;
        Console.WriteLine(" " + f);
        Fahrenheit f2 = (Celsius)37.0;
        Console.WriteLine(" " + f2);
        int ci = (int)new Celsius(36.6);
        Console.WriteLine(" " + ci);
        double dd = 21.5;
        Fahrenheit f3 = (Celsius)dd;
        Console.WriteLine(" " + f3);

        Small s = (Small)200;
        try { Small bad = (Small)300; Console.WriteLine("no overflow " + (int)bad); } catch (OverflowException) { Console.WriteLine("explicit conv overflow"); }
        try { Small sum = s + s; Console.WriteLine("sum " + (int)sum); } catch (OverflowException) { Console.WriteLine("operator+ overflow"); }
        Small t = (Small)255;
        t++;
        Console.WriteLine("255++ = " + (int)t + " == 0? " + (t == 0));
        t--; t--;
        Console.WriteLine("after -- -- = " + (int)t);
        int asInt = s;
        long asLong = s;
        double asDouble = s;
        Console.WriteLine("implicit chain: " + asInt + " " + asLong + " " + asDouble);
        Small pre = (Small)5;
        Small post = pre++;
        Console.WriteLine("pre/post: " + (int)pre + " " + (int)post);
        Small cmp = (Small)9;
        cmp += (Small)1;
        Console.WriteLine("compound: " + (int)cmp);

        Vec v = new Vec(1, 2), w = new Vec(3, 4);
        Console.WriteLine("vec: " + (v + w) + " " + (v * 2) + " " + (2 * v) + " " + (-v) + " " + (~v) + " " + (v % w) + " " + (v << 3) + " " + (v < w) + " " + (v > w));
        Vec acc = new Vec(0, 0);
        for (int i = 0; i < 3; i++) acc += v * i;
        Console.WriteLine("acc " + acc);

        Str a1 = new Str("a"), a2 = new Str("a"), nul = null;
        Console.WriteLine("Str: " + (a1 == a2) + " " + ((object)a1 == (object)a2) + " " + (a1 == nul) + " " + (nul == null) + " " + (a1 != a2) + " " + a1.Equals(a2));
        string conv = a1 + a2;
        Console.WriteLine("Str concat -> " + conv + " | " + (string)(nul + a1) + " | " + (string)nul);
        string mixed = "pre-" + a1;
        Console.WriteLine(mixed);
        checked
        {
            try { int big = int.MaxValue; int x = big + (int)(Small)1; Console.WriteLine(x); }
            catch (OverflowException) { Console.WriteLine("checked with user conv overflow"); }
        }
    }
}
