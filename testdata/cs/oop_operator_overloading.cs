using System;

struct Vec
{
    public readonly double X, Y;
    public Vec(double x, double y) { X = x; Y = y; }
    public static Vec operator +(Vec a, Vec b) { return new Vec(a.X + b.X, a.Y + b.Y); }
    public static Vec operator -(Vec a, Vec b) { return new Vec(a.X - b.X, a.Y - b.Y); }
    public static Vec operator -(Vec a) { return new Vec(-a.X, -a.Y); }
    public static Vec operator *(Vec a, double k) { return new Vec(a.X * k, a.Y * k); }
    public static Vec operator *(double k, Vec a) { return a * k; }
    public static double operator *(Vec a, Vec b) { return a.X * b.X + a.Y * b.Y; }
    public static bool operator ==(Vec a, Vec b) { return a.X == b.X && a.Y == b.Y; }
    public static bool operator !=(Vec a, Vec b) { return !(a == b); }
    public override bool Equals(object o) { return o is Vec && (Vec)o == this; }
    public override int GetHashCode() { return X.GetHashCode() ^ Y.GetHashCode(); }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Fraction : IComparable<Fraction>
{
    public readonly long Num, Den;
    public Fraction(long n, long d)
    {
        if (d == 0) throw new DivideByZeroException("zero denominator");
        if (d < 0) { n = -n; d = -d; }
        long g = Gcd(Math.Abs(n), d);
        Num = n / g; Den = d / g;
    }
    static long Gcd(long a, long b) { while (b != 0) { long t = a % b; a = b; b = t; } return a == 0 ? 1 : a; }
    public static Fraction operator +(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator -(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den); }
    public static Fraction operator *(Fraction a, Fraction b) { return new Fraction(a.Num * b.Num, a.Den * b.Den); }
    public static Fraction operator /(Fraction a, Fraction b) { return new Fraction(a.Num * b.Den, a.Den * b.Num); }
    public static bool operator <(Fraction a, Fraction b) { return a.CompareTo(b) < 0; }
    public static bool operator >(Fraction a, Fraction b) { return a.CompareTo(b) > 0; }
    public static bool operator <=(Fraction a, Fraction b) { return a.CompareTo(b) <= 0; }
    public static bool operator >=(Fraction a, Fraction b) { return a.CompareTo(b) >= 0; }
    public static Fraction operator ++(Fraction a) { return new Fraction(a.Num + a.Den, a.Den); }
    public static bool operator true(Fraction a) { return a.Num != 0; }
    public static bool operator false(Fraction a) { return a.Num == 0; }
    public static Fraction operator &(Fraction a, Fraction b) { return a.Num == 0 ? a : b; }
    public static Fraction operator |(Fraction a, Fraction b) { return a.Num != 0 ? a : b; }
    public static implicit operator Fraction(long n) { return new Fraction(n, 1); }
    public static explicit operator double(Fraction f) { return (double)f.Num / f.Den; }
    public int CompareTo(Fraction o) { return (Num * o.Den).CompareTo(o.Num * Den); }
    public override string ToString() { return Den == 1 ? Num.ToString() : Num + "/" + Den; }
}

class Program
{
    static void Main()
    {
        var a = new Vec(1, 2);
        var b = new Vec(3, -1);
        Console.WriteLine("a+b=" + (a + b) + " a-b=" + (a - b) + " -a=" + (-a) + " a*2=" + (a * 2) + " 3*b=" + (3 * b) + " a.b=" + (a * b));
        Console.WriteLine("a==b " + (a == b) + " a!=b " + (a != b) + " a==(1,2) " + (a == new Vec(1, 2)) + " Equals " + a.Equals(new Vec(1, 2)) + " Equals boxed other " + a.Equals("x"));
        Vec acc = new Vec(0, 0);
        for (int i = 1; i <= 4; i++) acc += new Vec(i, i * i);
        Console.WriteLine("acc=" + acc);

        Fraction h = new Fraction(1, 2), t = new Fraction(1, 3);
        Console.WriteLine("1/2+1/3=" + (h + t) + " 1/2-1/3=" + (h - t) + " 1/2*1/3=" + (h * t) + " (1/2)/(1/3)=" + (h / t));
        Console.WriteLine("1/2<1/3 " + (h < t) + " 1/2>1/3 " + (h > t) + " 1/2<=1/2 " + (h <= new Fraction(2, 4)) + " >= " + (t >= h));
        Fraction sum = 0;
        for (int i = 1; i <= 6; i++) sum = sum + new Fraction(1, i * (i + 1));
        Console.WriteLine("telescoping sum=" + sum + " as double=" + ((double)sum).ToString("F6"));
        Fraction f = new Fraction(6, -8);
        Console.WriteLine("normalized 6/-8=" + f);
        f++;
        Console.WriteLine("f++ -> " + f);
        Fraction five = 5;
        Console.WriteLine("implicit from long: " + five + " + 1/2 = " + (five + h));
        Fraction zero = 0;
        Console.WriteLine("short-circuit &&: " + (zero && h) + " ||: " + (zero || h) + " h&&t: " + (h && t));
        if (h) Console.WriteLine("operator true used in if");
        if (zero) Console.WriteLine("not printed"); else Console.WriteLine("zero is false");
        try { var bad = new Fraction(1, 0); Console.WriteLine(bad); }
        catch (DivideByZeroException e) { Console.WriteLine("DivideByZeroException: " + e.Message); }
        var list = new System.Collections.Generic.List<Fraction> { new Fraction(3, 4), new Fraction(1, 8), new Fraction(5, 6), new Fraction(1, 2) };
        list.Sort();
        Console.WriteLine("sorted: " + string.Join(" ", list));
        Fraction harmonic = 0;
        for (int i = 1; i <= 10; i++) harmonic += new Fraction(1, i);
        Console.WriteLine("H10=" + harmonic);
    }
}
