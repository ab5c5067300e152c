using System;

class Program
{
    static string R(double d) { return d.ToString("R"); }

    static void Main()
    {
        double[] xs = { -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 2.4999, -3.7, 3.7 };
        foreach (double x in xs)
            Console.WriteLine(string.Format("x={0}: Round={1} RoundAway={2} Floor={3} Ceiling={4} Truncate={5} Abs={6} Sign={7}",
                x, Math.Round(x), Math.Round(x, MidpointRounding.AwayFromZero), Math.Floor(x), Math.Ceiling(x), Math.Truncate(x), Math.Abs(x), Math.Sign(x)));
        Console.WriteLine("Round(1.23456,2)=" + Math.Round(1.23456, 2) + " Round(2.675,2)=" + Math.Round(2.675, 2) + " Round(0.125,2)=" + Math.Round(0.125, 2) + " Round(0.375,2)=" + Math.Round(0.375, 2));
        Console.WriteLine("Round(-0.4)=" + Math.Round(-0.4) + " Round(1e20)=" + Math.Round(1e20));
        Console.WriteLine("Sqrt: " + R(Math.Sqrt(2)) + " " + Math.Sqrt(144) + " " + R(Math.Sqrt(1e-10)));
        Console.WriteLine("Pow: " + Math.Pow(2, 10) + " " + Math.Pow(2, -2) + " " + R(Math.Pow(2, 0.5)) + " " + Math.Pow(0, 0) + " " + Math.Pow(-8, 1.0 / 3) + " " + Math.Pow(-2, 3) + " " + Math.Pow(10, 20));
        Console.WriteLine("Pow special: " + Math.Pow(1, double.NaN) + " " + Math.Pow(double.NaN, 0) + " " + Math.Pow(0, -1) + " " + Math.Pow(-1, double.PositiveInfinity));
        Console.WriteLine("Exp: " + R(Math.Exp(1)) + " " + Math.Exp(0) + " " + R(Math.Exp(-1)) + " " + Math.Exp(1000));
        Console.WriteLine("Log: " + R(Math.Log(Math.E)) + " " + R(Math.Log(10)) + " " + R(Math.Log10(1000)) + " " + R(Math.Log(8, 2)) + " " + R(Math.Log10(2)));
        Console.WriteLine("Sin/Cos/Tan(0): " + Math.Sin(0) + " " + Math.Cos(0) + " " + Math.Tan(0));
        Console.WriteLine("Sin(pi/6)=" + Math.Sin(Math.PI / 6).ToString("F10") + " Cos(pi/3)=" + Math.Cos(Math.PI / 3).ToString("F10") + " Tan(pi/4)=" + Math.Tan(Math.PI / 4).ToString("F10"));
        Console.WriteLine("Sin(1)=" + R(Math.Sin(1)) + " Cos(1)=" + R(Math.Cos(1)) + " Tan(1)=" + R(Math.Tan(1)));
        Console.WriteLine("Asin(1)=" + R(Math.Asin(1)) + " Acos(0)=" + R(Math.Acos(0)) + " Atan(1)=" + R(Math.Atan(1)) + " Asin(2)=" + Math.Asin(2));
        Console.WriteLine("Atan2: " + R(Math.Atan2(1, 1)) + " " + R(Math.Atan2(-1, -1)) + " " + R(Math.Atan2(0, -1)) + " " + Math.Atan2(0, 0));
        Console.WriteLine("Sinh/Cosh/Tanh(1): " + R(Math.Sinh(1)) + " " + R(Math.Cosh(1)) + " " + R(Math.Tanh(1)));
        Console.WriteLine("Max/Min int: " + Math.Max(3, 7) + " " + Math.Min(3, 7) + " " + Math.Max(-3L, -7L) + " " + Math.Min(3u, 7u) + " " + Math.Max((byte)3, (byte)9) + " " + Math.Min((short)-3, (short)4));
        Console.WriteLine("Max/Min double: " + Math.Max(1.5, 2.5) + " " + Math.Min(1.5f, 2.5f));
        Console.WriteLine("Abs int: " + Math.Abs(-5) + " " + Math.Abs(-5L) + " " + Math.Abs((short)-5) + " " + Math.Abs((sbyte)-5) + " " + Math.Abs(-5.5f));
        try { Console.WriteLine(Math.Abs(int.MinValue)); }
        catch (OverflowException e) { Console.WriteLine("Abs(int.MinValue): " + e.GetType().Name + ": " + e.Message); }
        try { Console.WriteLine(Math.Abs(long.MinValue)); }
        catch (OverflowException e) { Console.WriteLine("Abs(long.MinValue): " + e.GetType().Name); }
        Console.WriteLine("Sign ints: " + Math.Sign(-10) + " " + Math.Sign(0) + " " + Math.Sign(10L) + " " + Math.Sign(-2.5f));
        Console.WriteLine("BigMul: " + Math.BigMul(int.MaxValue, int.MaxValue));
        int rem;
        Console.WriteLine("DivRem(-17,5)=" + Math.DivRem(-17, 5, out rem) + " rem " + rem);
        long lrem;
        Console.WriteLine("DivRem(17L,-5L)=" + Math.DivRem(17L, -5L, out lrem) + " rem " + lrem);
        Console.WriteLine("Floor/Ceiling special: " + Math.Floor(-0.5) + " " + Math.Ceiling(-0.5) + " " + (1 / Math.Ceiling(-0.5)) + " " + Math.Floor(double.NaN) + " " + Math.Ceiling(double.PositiveInfinity));
        Console.WriteLine("Round digits: " + Math.Round(123.456789, 0) + " " + Math.Round(123.456789, 3) + " " + Math.Round(-123.455, 2) + " " + Math.Round(0.5, 0) + " " + Math.Round(1.5, 0));
        Console.WriteLine("Round away digits: " + Math.Round(2.5, 0, MidpointRounding.AwayFromZero) + " " + Math.Round(-2.5, 0, MidpointRounding.AwayFromZero) + " " + Math.Round(1.25, 1, MidpointRounding.AwayFromZero));
        Console.WriteLine("Truncate: " + Math.Truncate(1e18 + 0.5) + " " + Math.Truncate(-9.99));
        Console.WriteLine("Cbrt-ish via Pow: " + Math.Pow(27, 1.0 / 3).ToString("F12"));
        Console.WriteLine("Hypot: " + Math.Sqrt(3 * 3 + 4 * 4));

        // numeric integration, deterministic
        double sum = 0;
        int n = 1000;
        for (int i = 0; i < n; i++)
        {
            double x = (i + 0.5) / n;
            sum += 4.0 / (1 + x * x);
        }
        Console.WriteLine("pi approx=" + (sum / n).ToString("F12"));
        double eApprox = 0, term = 1;
        for (int i = 1; i < 20; i++) { eApprox += term; term /= i; }
        Console.WriteLine("e approx=" + eApprox.ToString("F12"));
        // Newton sqrt
        double g = 1;
        for (int i = 0; i < 8; i++) { g = (g + 10 / g) / 2; Console.WriteLine("newton step " + i + " " + g.ToString("R")); }
    }
}
