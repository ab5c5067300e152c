using System;

class Program
{
    static void P<T>(string label, Func<T> f)
    {
        try { Console.WriteLine(label + " -> " + f()); }
        catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        string[] ints = { "0", "42", "-42", "+42", "  17  ", "2147483647", "2147483648", "-2147483648", "-2147483649", "1.5", "abc", "", "1e3", "0x1F", "12 34", "007", "-0", "1,000" };
        foreach (string s in ints)
        {
            int v;
            bool ok = int.TryParse(s, out v);
            Console.WriteLine("int.TryParse(\"" + s + "\") = " + ok + " " + v);
        }
        foreach (string s in new[] { "42", "2147483648", "abc", "", " -5 " })
            P("int.Parse(\"" + s + "\")", () => int.Parse(s));
        P("int.Parse(null)", () => int.Parse(null));
        P("long.Parse(9223372036854775807)", () => long.Parse("9223372036854775807"));
        P("long.Parse(9223372036854775808)", () => long.Parse("9223372036854775808"));
        P("uint.Parse(-1)", () => uint.Parse("-1"));
        P("uint.Parse(4294967295)", () => uint.Parse("4294967295"));
        P("ulong.Parse(18446744073709551616)", () => ulong.Parse("18446744073709551616"));
        P("byte.Parse(255)", () => byte.Parse("255"));
        P("byte.Parse(256)", () => byte.Parse("256"));
        P("sbyte.Parse(-128)", () => sbyte.Parse("-128"));
        P("sbyte.Parse(-129)", () => sbyte.Parse("-129"));
        P("short.Parse(32768)", () => short.Parse("32768"));
        P("ushort.Parse(65535)", () => ushort.Parse("65535"));

        string[] doubles = { "3.14", "-0.5", "1e10", "1E-5", ".5", "5.", "  2.5  ", "NaN", "Infinity", "-Infinity", "1,5", "abc", "1.7976931348623157E+308", "1e400", "-1e400", "0x10", "+7.25" };
        foreach (string s in doubles)
        {
            double d;
            bool ok = double.TryParse(s, out d);
            Console.WriteLine("double.TryParse(\"" + s + "\") = " + ok + " " + d.ToString("R"));
        }
        P("double.Parse(\"abc\")", () => double.Parse("abc"));
        P("double.Parse(\"1e400\")", () => double.Parse("1e400"));
        P("float.Parse(\"1.5\")", () => float.Parse("1.5"));
        P("float.Parse(\"1e39\")", () => float.Parse("1e39"));
        P("decimal.Parse(\"1.2345\")", () => decimal.Parse("1.2345"));
        P("decimal.Parse(\"1e3\")", () => decimal.Parse("1e3"));
        P("decimal.Parse(\"-79228162514264337593543950335\")", () => decimal.Parse("-79228162514264337593543950335"));
        P("decimal.Parse(\"79228162514264337593543950336\")", () => decimal.Parse("79228162514264337593543950336"));
        decimal dm;
        Console.WriteLine("decimal.TryParse(\"12.50\") = " + decimal.TryParse("12.50", out dm) + " " + dm);
        Console.WriteLine("decimal.TryParse(\"x\") = " + decimal.TryParse("x", out dm) + " " + dm);

        P("bool.Parse(\"true\")", () => bool.Parse("true"));
        P("bool.Parse(\"FALSE\")", () => bool.Parse("FALSE"));
        P("bool.Parse(\" True \")", () => bool.Parse(" True "));
        P("bool.Parse(\"yes\")", () => bool.Parse("yes"));
        bool bv;
        Console.WriteLine("bool.TryParse(\"1\") = " + bool.TryParse("1", out bv) + " " + bv);
        P("char.Parse(\"x\")", () => char.Parse("x"));
        P("char.Parse(\"xy\")", () => char.Parse("xy"));
        char cv;
        Console.WriteLine("char.TryParse(\"\") = " + char.TryParse("", out cv) + " " + (int)cv);
        long lv;
        Console.WriteLine("long.TryParse(\"-9223372036854775809\") = " + long.TryParse("-9223372036854775809", out lv) + " " + lv);
        ulong ulv;
        Console.WriteLine("ulong.TryParse(\"-0\") = " + ulong.TryParse("-0", out ulv) + " " + ulv);
        byte bb;
        Console.WriteLine("byte.TryParse(\"-1\") = " + byte.TryParse("-1", out bb) + " " + bb);
        // round trip
        int[] rt = { int.MinValue, -1, 0, 1, int.MaxValue };
        foreach (int x in rt) Console.WriteLine("roundtrip " + x + " " + (int.Parse(x.ToString()) == x));
    }
}
