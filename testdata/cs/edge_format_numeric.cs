using System;
using System.Globalization;

class Program
{
    static void F(string fmt, params object[] args)
    {
        try { Console.WriteLine(fmt + " => [" + string.Format(fmt, args) + "]"); }
        catch (FormatException) { Console.WriteLine(fmt + " => FormatException"); }
    }
    static void T(double d, params string[] fmts)
    {
        foreach (var f in fmts) Console.Write(f + ":" + d.ToString(f) + " ");
        Console.WriteLine();
    }
    static void Main()
    {
        F("{0,-8:X4}|", 255);
        F("{0,8:X4}|", 255);
        F("{0,-6}|{1,6}|", "ab", "cd");
        F("{{}}{0}{{", 1);
        F("{{{0}}}", 7);
        F("{0:x}", -1);
        F("{0:X16}", -1L);
        F("{0:D5} {1:D} {2:D3}", 42, -42, (byte)7);
        F("{0} {1} {2}", null, "x", null);
        F("{0:N2} {0:N0} {0:F3} {0:E2} {0:e4} {0:G3}", 1234567.891);
        F("{0:P1} {1:P0} {2:P2}", 0.1234, -0.5, 1.0);
        F("{0:C}", 12.5);
        F("{0:0.##} {1:0.##} {2:0.00} {3:#.#}", 1.0, 1.456, 2.005, 0.04);
        F("{0:#,##0.00;(#,##0.00);zero}", 1234.5);
        F("{0:#,##0.00;(#,##0.00);zero}", -1234.5);
        F("{0:#,##0.00;(#,##0.00);zero}", 0.0);
        F("{0:000-00-0000}", 123456789);
        F("{0:#%} {1:0.0%}", 0.256, 0.0005);
        F("{0:0.###E+00} {1:0.0e-0}", 12345.678, 0.000123);
        F("{0:R} {1:R} {2:R}", 0.1, 1.0 / 3.0, 1e21);
        F("{0} {1} {2} {3}", -0.0, 0.0, double.NegativeInfinity, double.NaN);
        F("{0:F2} {1:N1} {2:0.0}", -0.0, -0.04, -0.04);
        F("{0:G} {1:G} {2:G}", 1e15, 1e16, 123456789012345678.0);
        F("{0} {1} {2}", 1.5f, 0.1f, float.MaxValue);
        F("{0:X2}{1:X2}{2:X2}", (byte)1, (byte)171, (byte)255);
        F("{0,5:P0}|{1,-10:N3}|", 0.5, 3.14159);
        F("{0:'lit'0}", 5);
        F("{0:\\#0}", 5);
        F("{0:00;-00}", -3);
        F("{0:0;;zero}", 0);
        F("{0,3}", "toolong");
        F("{1}", 1);
        F("{0:D}", 1.5);
        F("{0", 1);
        T(1234.5678, "F0", "F1", "N", "E", "G", "G5", "0", "#", "00000.0", "C0");
        T(0.5, "F0", "0", "#");
        T(1.5, "F0", "0");
        T(2.5, "F0", "0", "N0");
        T(-2.5, "F0", "0");
        T(1e-7, "G", "F10", "R", "E3");
        T(123456789.0, "E", "G2", "#,#", "0,,.0");
        Console.WriteLine((0.1 + 0.2).ToString() + " " + (0.1 + 0.2).ToString("R") + " " + (1.0 / 3).ToString() + " " + ((float)(1.0 / 3)).ToString());
        Console.WriteLine(int.MinValue.ToString("N0") + " " + long.MaxValue.ToString("E") + " " + ulong.MaxValue.ToString("N0") + " " + (-5).ToString("X"));
        Console.WriteLine(255.ToString("x8") + " " + 0.ToString("0.00") + " " + 0.ToString("#") + "|" + 0.ToString("#.#") + "|");
        Console.WriteLine(12345.ToString("#,#") + " " + 12345.ToString("0,0.0") + " " + 1234567.ToString("#,##0,K"));
        Console.WriteLine((-1234.567m).ToString("N2") + " " + 1234.567m.ToString("C") + " " + 0.5m.ToString("P") + " " + 1.10m.ToString() + " " + 1.10m.ToString("G") + " " + 2.5m.ToString("F0") + " " + 3.5m.ToString("F0") + " " + (-2.5m).ToString("0"));
        Console.WriteLine(double.MaxValue.ToString() + " " + double.Epsilon.ToString() + " " + float.Epsilon.ToString() + " " + (double)float.MaxValue);
        Console.WriteLine(string.Format("{0:yyyy}", 5) + " " + string.Format(CultureInfo.InvariantCulture, "{0:N2}", 1234.5));
        Console.WriteLine(string.Format("{0}{1}{2}{3}{4}{5}", 1, 'c', true, 2L, 3.5m, (object)null) + "|");
        Console.WriteLine(string.Concat(null, "a", null) + "|" + string.Concat((object)null) + "|" + string.Join(",", new object[] { null, 1, null }));
        Console.WriteLine(String.Format("{0,-5}{1,5}", true, false) + "|");
        Console.WriteLine(12.ToString("D0") + " " + (-12).ToString("D4") + " " + 12.ToString("E0") + " " + 0.000012345.ToString("E") + " " + 1.0.ToString("E0"));
        Console.WriteLine((1.0 / 0).ToString("F2") + " " + double.NaN.ToString("N") + " " + (-1.0 / 0).ToString("0.0"));
    }
}
