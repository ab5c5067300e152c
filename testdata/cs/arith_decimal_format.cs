using System;

class Program
{
    static void Main()
    {
        decimal[] vals = { 0m, -1m, 2.5m, 0.015m, 1234.5678m, -1234.5678m, 123456789.987654321m, 0.00012345m };
        string[] fmts = { "G", "F", "F0", "F2", "F4", "N", "N0", "N3", "C", "C0", "E", "E2", "P", "P1", "0.00", "#,##0.0", "0.###", "00000" };
        foreach (decimal v in vals)
        {
            Console.WriteLine("value " + v + ":");
            foreach (string f in fmts)
            {
                string r;
                try { r = v.ToString(f); }
                catch (FormatException e) { r = "FormatException " + e.Message; }
                Console.WriteLine("  " + f.PadRight(8) + "[" + r + "]");
            }
        }
        Console.WriteLine(string.Format("{0:F3}|{1,12:N2}|{2,-10:C}|{3:P0}", 3.14159m, 9876543.21m, 5.5m, 0.256m));
        Console.WriteLine(string.Format("{0:D}", 1).Length);
    }
}
