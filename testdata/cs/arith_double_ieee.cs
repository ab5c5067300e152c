using System;

class Program
{
    static void Main()
    {
        double nan = double.NaN, pinf = double.PositiveInfinity, ninf = double.NegativeInfinity;
        double zero = 0.0, negZero = -0.0;
        Console.WriteLine("NaN=" + nan + " +Inf=" + pinf + " -Inf=" + ninf);
        Console.WriteLine("1/0=" + (1.0 / zero) + " -1/0=" + (-1.0 / zero) + " 0/0=" + (zero / zero));
        Console.WriteLine("1/-0=" + (1.0 / negZero));
        Console.WriteLine("-0.0 prints as " + negZero + " ; -0.0 == 0.0: " + (negZero == zero));
        Console.WriteLine("-0.0 Equals 0.0: " + negZero.Equals(zero));
        Console.WriteLine("IsNegative via 1/x: " + (1.0 / negZero < 0));
        Console.WriteLine("BitConverter -0.0: " + BitConverter.DoubleToInt64Bits(negZero).ToString("X16"));
        Console.WriteLine("BitConverter NaN: " + BitConverter.DoubleToInt64Bits(nan).ToString("X16"));
        Console.WriteLine("0*-1=" + (zero * -1.0) + " bits " + BitConverter.DoubleToInt64Bits(zero * -1.0).ToString("X16"));

        Console.WriteLine("NaN==NaN: " + (nan == nan));
        Console.WriteLine("NaN!=NaN: " + (nan != nan));
        Console.WriteLine("NaN<1: " + (nan < 1) + " NaN>1: " + (nan > 1) + " NaN<=1: " + (nan <= 1) + " NaN>=1: " + (nan >= 1));
        Console.WriteLine("!(NaN<1): " + !(nan < 1));
        Console.WriteLine("NaN.Equals(NaN): " + nan.Equals(nan));
        Console.WriteLine("NaN.CompareTo(NaN): " + nan.CompareTo(nan));
        Console.WriteLine("NaN.CompareTo(0): " + nan.CompareTo(0.0));
        Console.WriteLine("0.CompareTo(NaN): " + zero.CompareTo(nan));
        Console.WriteLine("-Inf.CompareTo(NaN): " + ninf.CompareTo(nan));
        Console.WriteLine("IsNaN: " + double.IsNaN(nan) + " " + double.IsNaN(pinf));
        Console.WriteLine("IsInfinity: " + double.IsInfinity(pinf) + " " + double.IsInfinity(ninf) + " " + double.IsInfinity(nan));
        Console.WriteLine("IsPositiveInfinity: " + double.IsPositiveInfinity(pinf) + " " + double.IsPositiveInfinity(ninf));
        Console.WriteLine("IsNegativeInfinity: " + double.IsNegativeInfinity(ninf));

        Console.WriteLine("Inf+Inf=" + (pinf + pinf) + " Inf-Inf=" + (pinf - pinf) + " Inf*0=" + (pinf * zero) + " Inf/Inf=" + (pinf / pinf));
        Console.WriteLine("Inf*-1=" + (pinf * -1) + " 1/Inf=" + (1 / pinf) + " -1/Inf=" + (-1 / pinf));
        Console.WriteLine("NaN+1=" + (nan + 1) + " NaN*0=" + (nan * 0));
        Console.WriteLine("MaxValue*2=" + (double.MaxValue * 2) + " MaxValue+1=" + (double.MaxValue + 1));
        Console.WriteLine("MaxValue=" + double.MaxValue + " MinValue=" + double.MinValue + " Epsilon=" + double.Epsilon);
        Console.WriteLine("Epsilon/2=" + (double.Epsilon / 2));
        Console.WriteLine("float Max=" + float.MaxValue + " Min=" + float.MinValue + " Epsilon=" + float.Epsilon);
        Console.WriteLine("float NaN=" + float.NaN + " Inf=" + float.PositiveInfinity + " " + float.NegativeInfinity);

        Console.WriteLine("Math.Max(NaN,1)=" + Math.Max(nan, 1.0) + " Math.Min(NaN,1)=" + Math.Min(nan, 1.0));
        Console.WriteLine("Math.Max(-0,0)=" + (1 / Math.Max(negZero, zero)) + " Math.Min(-0,0)=" + (1 / Math.Min(negZero, zero)));
        Console.WriteLine("Sqrt(-1)=" + Math.Sqrt(-1) + " Log(0)=" + Math.Log(0) + " Log(-1)=" + Math.Log(-1));
        Console.WriteLine("Sign(-0.0)=" + Math.Sign(negZero) + " Abs(-0.0)=" + Math.Abs(negZero));
        try { Console.WriteLine(Math.Sign(nan)); }
        catch (ArithmeticException e) { Console.WriteLine("Sign(NaN) threw " + e.GetType().Name); }

        // rounding of representation
        Console.WriteLine("0.1+0.2=" + (0.1 + 0.2));
        Console.WriteLine("0.1+0.2==0.3: " + (0.1 + 0.2 == 0.3));
        Console.WriteLine("0.1+0.2 R=" + (0.1 + 0.2).ToString("R"));
        Console.WriteLine("1.0/3=" + (1.0 / 3));
        Console.WriteLine("2.0/3=" + (2.0 / 3));
        Console.WriteLine("1e16+1=" + (1e16 + 1) + " 1e15+1=" + (1e15 + 1));
        Console.WriteLine("100.0*1.1=" + (100.0 * 1.1));
        Console.WriteLine("1e300*1e10=" + (1e300 * 1e10));
        Console.WriteLine("1e-320=" + 1e-320);
        Console.WriteLine("123456789012345678.0=" + 123456789012345678.0);
        Console.WriteLine("0.000001=" + 0.000001 + " 0.0000001=" + 0.0000001);
        Console.WriteLine("1e14=" + 1e14 + " 1e15=" + 1e15 + " 1e16=" + 1e16);
        Console.WriteLine("-1.5e-5=" + (-1.5e-5));
        Console.WriteLine("% : 5.5%2=" + (5.5 % 2) + " -5.5%2=" + (-5.5 % 2) + " 5.5%-2=" + (5.5 % -2) + " 1%0.3=" + (1 % 0.3));
        Console.WriteLine("Inf%2=" + (pinf % 2) + " 2%Inf=" + (2 % pinf));
        Console.WriteLine("IEEERemainder(5.5,2)=" + Math.IEEERemainder(5.5, 2));

        double acc = 0;
        for (int i = 0; i < 10; i++) acc += 0.1;
        Console.WriteLine("sum 10x0.1=" + acc + " R=" + acc.ToString("R") + " ==1: " + (acc == 1.0));

        // sorting with NaN
        double[] arr = { 3, nan, -1, pinf, negZero, ninf, 0, 2.5 };
        Array.Sort(arr);
        Console.WriteLine("sorted: " + string.Join(" ", arr));
    }
}
