using System;

class Program
{
    static void Main()
    {
        int[] vals = { 0, 7, -7, 255, 1234567, -1234567, int.MaxValue, int.MinValue };
        string[] fmts = { "", "D", "D8", "X", "x4", "X8", "N", "N0", "N2", "F", "F3", "E", "E3", "e0", "G", "G3", "P", "P0", "C", "0000", "#,##0", "#", "0.0", "##.##", "+0;-0;zero" };
        foreach (int v in vals)
        {
            var sb = new System.Text.StringBuilder();
            sb.Append(v.ToString()).Append(":");
            foreach (string f in fmts) sb.Append(" ").Append(f).Append("=[").Append(v.ToString(f)).Append("]");
            Console.WriteLine(sb.ToString());
        }
        long[] lvals = { 0, 9876543210L, -9876543210L, long.MaxValue, long.MinValue };
        foreach (long v in lvals)
            Console.WriteLine(v + ": D20=" + v.ToString("D20") + " X=" + v.ToString("X") + " N=" + v.ToString("N0") + " E=" + v.ToString("E") + " G5=" + v.ToString("G5"));
        ulong um = ulong.MaxValue;
        Console.WriteLine("ulong max: " + um.ToString("N0") + " " + um.ToString("X") + " " + um.ToString("E4"));
        byte b = 200;
        sbyte sb2 = -100;
        short sh = -300;
        ushort us = 65000;
        Console.WriteLine("byte X=" + b.ToString("X") + " D5=" + b.ToString("D5") + " sbyte X=" + sb2.ToString("X") + " short X=" + sh.ToString("X") + " ushort N0=" + us.ToString("N0"));
        Console.WriteLine("sbyte -1 X=" + ((sbyte)-1).ToString("X") + " short -1 X=" + ((short)-1).ToString("X") + " int -1 X=" + (-1).ToString("X") + " long -1 X=" + (-1L).ToString("X"));
        Console.WriteLine(string.Format("[{0,5}] [{0,-5}] [{0:D3}] [{1,8:X}] [{2,-10:N0}] [{3,12:C2}]", 42, 48879, 1234567, -9876));
        Console.WriteLine(string.Format("{0:D} {0:d} {0:x} {0:X2} {0:n} {0:g}", 255));
        Console.WriteLine("{0,3}|{1,-3}|{2,3}|", 1, 2, 12345);
        Console.WriteLine("custom: " + 1234.ToString("00-00") + " " + 5.ToString("'#'0") + " " + 12.ToString("0%") + " " + 42.ToString("#0.00") + " " + 1234567.ToString("#,#"));
        Console.WriteLine("custom sections: " + 5.ToString("pos;neg;zero") + " " + (-5).ToString("pos;neg;zero") + " " + 0.ToString("pos;neg;zero"));
        Console.WriteLine("custom sections2: " + (-5).ToString("0;(0)") + " " + 5.ToString("0;(0)"));
        Console.WriteLine("escaped: " + 42.ToString("\\#0") + " " + 42.ToString("0\\%"));
        Console.WriteLine("padding with format: " + string.Format("[{0,10:D6}] [{1,-12:X8}]", 123, 255));
        try { Console.WriteLine(42.ToString("Z")); }
        catch (FormatException e) { Console.WriteLine("bad format: " + e.GetType().Name); }
    }
}
