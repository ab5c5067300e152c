using System;

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static void Main()
    {
        double[] ds = { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 2.675, 1.005, 0.125, 0.375, -0.125, 1e16 + 1, 4503599627370497.5 };
        foreach (var d in ds)
            P(d.ToString("R") + ": " + Math.Round(d) + " " + Math.Round(d, MidpointRounding.AwayFromZero) + " " + Math.Round(d, 2) + " " + Math.Round(d, 2, MidpointRounding.AwayFromZero) + " " + Math.Round(d, 1) + " T" + Math.Truncate(d) + " F" + Math.Floor(d) + " C" + Math.Ceiling(d));
        P("Round(x,15): " + Math.Round(1.23456789012345678, 15) + " " + Math.Round(123.456, 0));
        try { Math.Round(1.0, 16); } catch (ArgumentOutOfRangeException) { P("digits 16 -> AOORE"); }
        try { Math.Round(1.0m, 29); } catch (ArgumentOutOfRangeException) { P("decimal digits 29 -> AOORE"); }
        try { P("Sign NaN " + Math.Sign(double.NaN)); } catch (ArithmeticException e) { P("Sign(NaN) -> " + e.GetType().Name); }
        P("Sign: " + Math.Sign(-0.0) + Math.Sign(-1e-300) + Math.Sign(double.PositiveInfinity) + Math.Sign(-5m) + Math.Sign((sbyte)-3) + Math.Sign(0L));
        P("Abs: " + Math.Abs(-0.0) + " " + Math.Abs(int.MinValue + 1) + " " + Math.Abs(-2.5m));
        try { Math.Abs(int.MinValue); } catch (OverflowException) { P("Abs(int.MinValue) overflow"); }
        try { Math.Abs(sbyte.MinValue); } catch (OverflowException) { P("Abs(sbyte.MinValue) overflow"); }
        P("Max/Min NaN: " + Math.Max(double.NaN, 1) + " " + Math.Min(1, double.NaN) + " " + Math.Max(-0.0, 0.0) + " " + Math.Min(0.0f, -0.0f));
        P("IEEERemainder: " + Math.IEEERemainder(10, 3) + " " + Math.IEEERemainder(11, 3) + " " + (10.0 % 3) + " " + (-10.0 % 3) + " " + (10.5 % -3));
        P("DivRem: " + Math.DivRem(-7, 2, out int rem) + " rem " + rem + " BigMul " + Math.BigMul(int.MaxValue, int.MaxValue));
        P("Pow: " + Math.Pow(0, 0) + " " + Math.Pow(-8, 1.0 / 3) + " " + Math.Pow(2, -1074) + " " + Math.Pow(double.NaN, 0) + " " + Math.Pow(1, double.NaN) + " " + Math.Pow(-1, double.PositiveInfinity));
        P("Sqrt/Log: " + Math.Sqrt(-1) + " " + Math.Log(0) + " " + Math.Log(-1) + " " + Math.Log10(1000) + " " + Math.Log(8, 2) + " " + Math.Exp(710) + " " + Math.Atan2(0.0, -0.0));
        P("Trig: " + Math.Sin(0).ToString("F6") + " " + Math.Cos(Math.PI).ToString("F6") + " " + Math.Tan(Math.PI / 4).ToString("F6") + " " + Math.Asin(2) + " " + Math.Acos(1) + " " + Math.Atan(double.PositiveInfinity).ToString("F6") + " " + Math.Sinh(1).ToString("F6") + " " + Math.Tanh(100));

        decimal a = 10m, b = 3m;
        P("dec div: " + (a / b) + " " + (1m / 7m) + " " + (2m / 3m) + " " + (-1m / 3m) + " " + (1m / 8m) + " " + (100m / 4m) + " " + (1.000m / 2m));
        P("dec mul scale: " + (1.10m * 1.10m) + " " + (0.1m * 0.1m * 0.1m) + " " + (1.0m + 1.00m) + " " + (5.000m - 5m) + " " + (123.4500m * 1m));
        P("dec rem: " + (10.5m % 3m) + " " + (-10.5m % 3m) + " " + (10m % -3.3m));
        P("dec round: " + Math.Round(2.5m) + " " + Math.Round(3.5m) + " " + Math.Round(-2.5m) + " " + Math.Round(2.345m, 2) + " " + Math.Round(2.355m, 2) + " " + Math.Round(2.345m, 2, MidpointRounding.AwayFromZero) + " " + decimal.Round(1.23456789m, 4) + " " + Math.Round(1.2m, 5));
        P("dec trunc/floor/ceil: " + decimal.Truncate(-2.7m) + " " + decimal.Floor(-2.1m) + " " + decimal.Ceiling(-2.9m) + " " + decimal.Ceiling(2.0001m) + " " + Math.Floor(1.50m));
        P("dec max: " + decimal.MaxValue + " " + decimal.MinValue + " " + (decimal.MaxValue / 10) + " " + decimal.MinusOne);
        try { decimal mx = decimal.MaxValue; var x = mx + 1; P("no"); } catch (OverflowException) { P("dec add overflow"); }
        try { decimal mx = decimal.MaxValue; var x = mx * 2; P("no"); } catch (OverflowException) { P("dec mul overflow"); }
        try { decimal z = 0m; var x = 1m / z; P("no"); } catch (DivideByZeroException) { P("dec div zero"); }
        P("dec tiny: " + (1m / 3m * 3m) + " " + (0.0000000000000000000000000001m / 2) + " " + (0.0000000000000000000000000003m / 2) + " " + 1e-28m);
        P("dec format: " + 1234.5678m.ToString("F2") + " " + 1234.5m.ToString("N3") + " " + (-0.005m).ToString("F2") + " " + 0.005m.ToString("F2") + " " + 0.015m.ToString("0.00") + " " + 1.5m.ToString("E2") + " " + 123m.ToString("0000.0") + " " + 0.000m.ToString() + " " + (-0m).ToString() + " " + 1.23m.ToString("G2") + " " + 100m.ToString("G1"));
        P("dec parse: " + decimal.Parse("1.2300") + " " + decimal.Parse("-0.0") + " " + decimal.Parse("1e3", System.Globalization.NumberStyles.Float) + " " + decimal.Parse("  79228162514264337593543950335 "));
        P("dec conv: " + (double)(1m / 3m) + " " + (decimal)0.1 + " " + (decimal)(1.0 / 3.0) + " " + (decimal)1e-30 + " " + (decimal)123456789.123456789f + " " + (int)(-7.9m) + " " + (long)decimal.MaxValue.ToString().Length);
        P("dec compare: " + (1.0m == 1.00m) + " " + 1.0m.Equals(1.00m) + " " + (1.0m.GetHashCode() == 1.00m.GetHashCode()) + " " + decimal.Compare(-0m, 0m) + " " + Math.Max(1.5m, 1.50m));
        int[] bits = decimal.GetBits(-1.5m);
        P("GetBits: " + string.Join(",", bits));
        P("new decimal: " + new decimal(12345, 0, 0, true, 3) + " " + new decimal(-1, -1, -1, false, 28) + " " + new decimal(1.5) + " " + new decimal(long.MinValue));
        P("Negate/Remainder: " + decimal.Negate(3.3m) + " " + decimal.Remainder(7.5m, 2m) + " " + decimal.Multiply(1.5m, 1.5m) + " " + decimal.Add(0.1m, 0.2m));
        P("float math: " + (0.1f + 0.2f) + " " + (float)(0.1 + 0.2) + " " + (1f / 3f * 3f) + " " + (16777216f + 1f) + " " + (float)16777217 + " " + ((double)0.1f));
    }
}
