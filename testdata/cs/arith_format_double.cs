using System;

class Program
{
    static void Main()
    {
        double[] vals = { 0, 1, -1, 0.5, 1.5, 2.5, 123.456, -123.456, 1234567.891, 0.000123456, 1e20, 1.0 / 3, 2.0 / 3, double.NaN, double.PositiveInfinity, double.NegativeInfinity };
        string[] fmts = { "", "G", "G3", "G10", "F", "F0", "F1", "F3", "N", "N1", "E", "E2", "e4", "P", "P2", "R", "0.00", "#,##0.###", "0.##E+0", "000.0" };
        foreach (double v in vals)
        {
            var sb = new System.Text.StringBuilder();
            sb.Append(v.ToString()).Append(":");
            foreach (string f in fmts) sb.Append(" ").Append(f).Append("=[").Append(v.ToString(f)).Append("]");
            Console.WriteLine(sb.ToString());
        }
        float[] fv = { 0.1f, 1.0f / 3, 123456.789f, 1e-5f, 3.4e38f, -0.25f };
        foreach (float v in fv)
            Console.WriteLine("float " + v + ": G=" + v.ToString("G") + " G9=" + v.ToString("G9") + " F2=" + v.ToString("F2") + " E=" + v.ToString("E") + " R=" + v.ToString("R") + " N3=" + v.ToString("N3"));
        Console.WriteLine("rounding F: " + 0.125.ToString("F2") + " " + 0.135.ToString("F2") + " " + 2.5.ToString("F0") + " " + 3.5.ToString("F0") + " " + (-0.5).ToString("F0") + " " + 1.005.ToString("F2") + " " + 1.0049.ToString("F2"));
        Console.WriteLine("custom rounding: " + 2.5.ToString("0") + " " + 3.5.ToString("0") + " " + 0.125.ToString("0.00") + " " + (-0.001).ToString("0.00"));
        Console.WriteLine("negative zero: " + (-0.0).ToString() + " " + (-0.0).ToString("F2") + " " + (-0.0).ToString("0.0"));
        Console.WriteLine("big F: " + 1e20.ToString("F2") + " " + 123456789012345678.0.ToString("F0") + " " + double.MaxValue.ToString("E10"));
        Console.WriteLine("N grouping: " + 1234567.891.ToString("N") + " " + (-0.5).ToString("N0") + " " + 999.999.ToString("N2"));
        Console.WriteLine("P: " + 0.12345.ToString("P") + " " + 1.0.ToString("P0") + " " + (-0.005).ToString("P1"));
        Console.WriteLine(string.Format("[{0,10:F2}] [{0,-10:F2}] [{1,12:E3}] [{2:G2}] [{3,8:P1}]", Math.PI, 6.02214076e23, 0.000456, 0.4567));
        Console.WriteLine(string.Format("{0:0.0} {0:0.00} {0:#.#} {0:00.000}", 7.0));
        Console.WriteLine(string.Format("{0:#,0} {1:#,0.00} {2:0,0}", 1234567.0, 9876.5, 100.0));
        Console.WriteLine(string.Format("{0:0.###} {1:0.###} {2:0.###}", 1.0, 1.23456, 1.2));
        Console.WriteLine("C: " + 1234.5.ToString("C") + " " + (-1234.5).ToString("C") + " " + 0.005.ToString("C"));
        Console.WriteLine("percent custom: " + 0.256.ToString("0.0%") + " per-mille-free: " + 0.5.ToString("0%"));
        Console.WriteLine("scientific custom: " + 12345.0.ToString("0.00e+00") + " " + 0.00012.ToString("0.0E0") + " " + 12345.0.ToString("#.##E-0"));
    }
}
