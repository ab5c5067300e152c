using System;

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public override string ToString() { return "(" + X + ", " + Y + ")"; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine(string.Format("{0} + {1} = {2}", 2, 3, 5));
        Console.WriteLine(string.Format("{1} {0} {1}", "a", "b"));
        Console.WriteLine(string.Format("[{0,8}]", "right"));
        Console.WriteLine(string.Format("[{0,-8}]", "left"));
        Console.WriteLine(string.Format("[{0,3}]", "toolong"));
        Console.WriteLine(string.Format("[{0,8:F2}]", 3.14159));
        Console.WriteLine(string.Format("[{0,-8:F2}]", 3.14159));
        Console.WriteLine(string.Format("[{0:X4}] [{0:x}] [{0,6:X}]", 2748));
        Console.WriteLine(string.Format("{{literal}} {0} {{{0}}}", 7));
        Console.WriteLine(string.Format("null arg: [{0}]", (object)null));
        Console.WriteLine(string.Format("object: {0}", new Point(1, 2)));
        Console.WriteLine(string.Format("bool: {0} char: {1} decimal: {2} float: {3}", true, 'c', 1.50m, 0.25f));
        Console.WriteLine(string.Format("{0:D5}|{1:N1}|{2:P0}|{3:E1}|{4:G}", 42, 12345.678, 0.5, 12345.678, 1e-7));
        Console.WriteLine(string.Format("many: {0}{1}{2}{3}{4}{5}{6}{7}{8}{9}{10}", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        object[] argsArr = { "x", 1, 2.5 };
        Console.WriteLine(string.Format("array args: {0} {1} {2}", argsArr));
        Console.WriteLine("Console composite: {0} and {1}", "first", "second");
        Console.WriteLine("Console composite 3: {0}-{1}-{2}", 1, 2, 3);
        Console.WriteLine("Console composite 4: {0}-{1}-{2}-{3}", 1, 2, 3, 4);
        Console.Write("Write composite: {0}|{1,5}|", "a", "b");
        Console.WriteLine();
        Console.WriteLine("{0,-10}|{1,10}|", "Name", "Value");
        Console.WriteLine("{0,-10}|{1,10:F3}|", "pi", Math.PI);
        Console.WriteLine("{0,-10}|{1,10:N0}|", "big", 1234567890);
        Console.WriteLine("{0,-10}|{1,10:C}|", "money", 12.5m);
        Console.WriteLine("{0,-10}|{1,10:P1}|", "ratio", 0.1234);
        Console.WriteLine("{0,-10}|{1,10}|", "negative", -42);
        Console.WriteLine("{0,-10}|{1,10:X8}|", "hex", 255);
        Console.WriteLine("{0,-10}|{1,10:E2}|", "sci", 0.000123);
        Console.WriteLine("{0,-10}|{1,10}|", "null", null);

        string[] bad = { "{0", "{0}}", "{1}", "{x}", "}", "{", "{0,abc}", "{-1}" };
        foreach (string f in bad)
        {
            try { Console.WriteLine("format [" + f + "] -> " + string.Format(f, "A")); }
            catch (FormatException e) { Console.WriteLine("format [" + f + "] -> FormatException"); }
        }
        try { string.Format(null, 1); } catch (ArgumentNullException e) { Console.WriteLine("null format -> " + e.GetType().Name); }

        for (int i = 0; i < 5; i++)
            Console.WriteLine("{0,3}. {1,-6} {2,8:0.000} {3,5}", i + 1, new string('*', i + 1), Math.Sqrt(i + 1), i % 2 == 0);
        Console.WriteLine(string.Format("{0:0.00;(0.00);zero} {1:0.00;(0.00);zero} {2:0.00;(0.00);zero}", 5.5, -5.5, 0.0));
        Console.WriteLine(string.Format("{0,12:#,##0.00}", 1234567.891));
        Console.WriteLine(string.Format("{0:00}:{1:00}:{2:00}", 5, 7, 9));
        Console.WriteLine("nested braces: {0}", "{inner}");
    }
}
