using System;

class Program
{
    static float F(float x) { return x; }
    static double D(double x) { return x; }
    static void Main()
    {
        float acc = 0; for (int i = 0; i < 1000; i++) acc += 0.1f;
        Console.WriteLine("float acc " + acc + " R " + acc.ToString("R"));
        double dacc = 0; for (int i = 0; i < 1000; i++) dacc += 0.1;
        Console.WriteLine("double acc " + dacc + " R " + dacc.ToString("R"));
        float a = 16777216f, b = 1f;
        Console.WriteLine("float a+b-a " + (a + b - a) + " (a+b)==a " + (a + b == a));
        float third = F(1f) / F(3f);
        Console.WriteLine("third*3 " + (third * 3f).ToString("R") + " as double " + ((double)third).ToString("R"));
        float f1 = F(0.1f), f2 = F(0.2f);
        Console.WriteLine("0.1f+0.2f==0.3f " + (f1 + f2 == 0.3f) + " " + (f1 + f2).ToString("R"));
        double mixed = f1 + D(0.2);
        Console.WriteLine("mixed " + mixed.ToString("R"));
        float big = float.MaxValue;
        Console.WriteLine("overflow to inf " + (big * 2f) + " " + float.IsInfinity(big * F(2f)) + " " + (-big * 2f));
        float tiny = float.Epsilon;
        Console.WriteLine("underflow " + (tiny / 2f) + " " + (tiny * 0.6f).ToString("R") + " denormal " + (1e-40f).ToString("R"));
        Console.WriteLine("float->int trunc " + (int)F(2.9f) + " " + (int)F(-2.9f) + " " + (long)F(1e10f) + " " + (uint)F(3e9f));
        Console.WriteLine("double->float rounding " + ((float)D(0.1)).ToString("R") + " " + ((float)D(1.0000001)).ToString("R") + " " + ((float)D(3.4028235677973366e38)).ToString("R") + " " + (float)D(1e39));
        Console.WriteLine("float fmt " + 1.5f + " " + 100000000f + " " + 1.23456789f + " " + 0.000012345f + " " + 1e-5f + " " + 123456.7f + " " + (-0f) + " " + float.NaN + " " + 7e22f);
        Console.WriteLine("float fmt2 " + 3.14159f.ToString("F3") + " " + 2.5f.ToString("F0") + " " + 1234567.8f.ToString("N1") + " " + 0.5f.ToString("P0") + " " + 1e20f.ToString("E3") + " " + 1.1f.ToString("G9"));
        Console.WriteLine("double fmt " + 1e15 + " " + 1e14 + " " + 123456789012345.6 + " " + 1.0E-5 + " " + 0.0001 + " " + 5e-324 + " " + (1.0 / 3 * 3) + " " + 2.0E20 + " " + 9007199254740993.0);
        Console.WriteLine("float compare " + (F(float.NaN) < 1f) + " " + (F(float.NaN) != F(float.NaN)) + " " + F(-0f).Equals(0f) + " " + float.NaN.CompareTo(0f) + " " + (F(1f) / F(0f)) + " " + (F(0f) / F(0f)) + " " + (-F(1f) / F(0f)));
        Console.WriteLine("float % " + (F(5.5f) % F(2f)) + " " + (F(-5.5f) % F(2f)) + " " + (F(5f) % F(0f)));
        Console.WriteLine("Math on float " + Math.Sqrt(F(2f)) + " " + (float)Math.Sqrt(F(2f)) + " " + Math.Abs(F(-1.5f)) + " " + Math.Round(F(2.5f)) + " " + Math.Floor(F(-1.5f)) + " " + Math.Max(F(1f), F(float.NaN)));
        Console.WriteLine("float bits " + BitConverter.ToInt32(BitConverter.GetBytes(F(1.5f)), 0).ToString("X") + " " + BitConverter.ToInt32(BitConverter.GetBytes(F(float.NegativeInfinity)), 0).ToString("X"));
        Console.WriteLine("long->float " + (float)long.MaxValue + " " + (float)16777217L + " " + ((float)123456789L).ToString("R") + " ulong->float " + (float)ulong.MaxValue + " " + ((float)9007199254740993UL).ToString("R"));
        Console.WriteLine("int->float->int " + (int)(float)16777217 + " " + (int)(float)int.MaxValue + " " + unchecked((int)(float)int.MaxValue));
        double sum = 0; float fs = 0;
        for (int i = 1; i <= 100; i++) { sum += 1.0 / i; fs += 1f / i; }
        Console.WriteLine("harmonic " + sum.ToString("R") + " " + fs.ToString("R"));
        float prod = 1f; for (int i = 1; i < 30; i++) prod *= 1.5f;
        Console.WriteLine("prod " + prod.ToString("R") + " " + (double)prod);
        float c1 = F(1e8f) + F(1f); float c2 = c1 - F(1e8f);
        Console.WriteLine("cancellation " + c2);
        double dd = 0.1f;
        Console.WriteLine("float->double widening " + dd.ToString("R") + " " + ((double)F(0.3f) == 0.3) + " " + (F(0.5f) == 0.5));
        Console.WriteLine("Single.Parse/ToString roundtrip " + float.Parse("0.3").ToString("R") + " " + float.Parse("1e-45").ToString("R") + " " + float.MinValue + " " + float.MaxValue.ToString("R"));
        Console.WriteLine("Convert.ToSingle " + Convert.ToSingle("2.5") + " " + Convert.ToSingle(1e300) + " " + Convert.ToSingle(0.1m));
        Console.WriteLine("decimal<->float " + (decimal)F(0.1f) + " " + (float)0.1m + " " + (decimal)F(1e10f) + " " + (decimal)F(123.456f));
    }
}
