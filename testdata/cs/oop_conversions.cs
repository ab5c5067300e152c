using System;

struct Celsius
{
    public double Deg;
    public Celsius(double d) { Deg = d; }
    public static implicit operator Celsius(double d) { Console.WriteLine("  implicit double->Celsius"); return new Celsius(d); }
    public static explicit operator double(Celsius c) { Console.WriteLine("  explicit Celsius->double"); return c.Deg; }
    public static explicit operator Fahrenheit(Celsius c) { return new Fahrenheit(c.Deg * 9 / 5 + 32); }
    public override string ToString() { return Deg.ToString("F1") + "C"; }
}

struct Fahrenheit
{
    public double Deg;
    public Fahrenheit(double d) { Deg = d; }
    public static implicit operator Celsius(Fahrenheit f) { return new Celsius((f.Deg - 32) * 5 / 9); }
    public override string ToString() { return Deg.ToString("F1") + "F"; }
}

class Meter
{
    public readonly double Value;
    public Meter(double v) { Value = v; }
    public static implicit operator Meter(int v) { return new Meter(v); }
    public static implicit operator string(Meter m) { return m.Value + "m"; }
    public static explicit operator int(Meter m) { return checked((int)m.Value); }
}

class Program
{
    static void Print(Celsius c) { Console.WriteLine("Print(Celsius): " + c); }
    static string Describe(string s) { return "string:" + s; }

    static void Main()
    {
        Celsius c = 21.5;
        Console.WriteLine("c=" + c);
        double d = (double)c;
        Console.WriteLine("d=" + d);
        Print(100);
        Fahrenheit f = (Fahrenheit)c;
        Console.WriteLine("f=" + f);
        Celsius back = f;
        Console.WriteLine("back=" + back);
        Celsius boiling = new Fahrenheit(212);
        Console.WriteLine("boiling=" + boiling);
        Meter m = 5;
        string ms = m;
        Console.WriteLine("meter string=" + ms + " describe=" + Describe(m));
        int mi = (int)new Meter(7.9);
        Console.WriteLine("meter int=" + mi);
        try { int huge = (int)new Meter(1e12); Console.WriteLine(huge); }
        catch (OverflowException e) { Console.WriteLine("checked user conversion: " + e.GetType().Name); }
        Celsius? nc = 3.0;
        Console.WriteLine("nullable user conv: " + nc);
        object boxed = c;
        Celsius unboxed = (Celsius)boxed;
        Console.WriteLine("unboxed=" + unboxed);
        try { double bad = (double)boxed; Console.WriteLine(bad); }
        catch (InvalidCastException e) { Console.WriteLine("unbox Celsius as double: " + e.GetType().Name); }
        Console.WriteLine("built-in: (int)3.99=" + (int)3.99 + " (long)int=" + (long)int.MaxValue + " (char)66=" + (char)66);
        object o = 42;
        long lo = (int)o;
        Console.WriteLine("unbox then widen=" + lo);
        try { long bad2 = (long)o; Console.WriteLine(bad2); }
        catch (InvalidCastException e) { Console.WriteLine("unbox int as long: " + e.GetType().Name); }
        object en = DayOfWeek.Friday;
        Console.WriteLine("unbox enum as int: " + (int)(DayOfWeek)en);
        try { int asInt = (int)en; Console.WriteLine("unbox enum directly as int: " + asInt); }
        catch (InvalidCastException e) { Console.WriteLine("unbox enum as int: " + e.GetType().Name); }
        object ui = 5u;
        try { int asInt2 = (int)ui; Console.WriteLine("unbox uint as int: " + asInt2); }
        catch (InvalidCastException e) { Console.WriteLine("unbox uint as int: " + e.GetType().Name); }
    }
}
