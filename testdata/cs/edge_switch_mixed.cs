using System;

enum Op : long { Add = 1, Sub = 2, Mul = 1000000000000, Div = -7 }

class Program
{
    static string Str(string s)
    {
        switch (s)
        {
            case "alpha": return "A";
            case "beta": case "BETA": return "B";
            case "": return "empty";
            case null: return "null";
            case "gamma": goto case "alpha";
            case "delta": goto default;
            case "a1": case "a2": case "a3": case "a4": case "a5": case "a6": case "a7": case "a8": return "a-series";
            case "Aa": return "Aa";
            case "BB": return "BB";
            default: return "default(" + s + ")";
        }
    }
    static string Long(long v)
    {
        switch (v)
        {
            case long.MinValue: return "min";
            case -1: return "m1";
            case 0: return "zero";
            case 1: case 2: case 3: return "small";
            case 4: goto case 0;
            case 1L << 40: return "2^40";
            case long.MaxValue: return "max";
            case 4294967296: return "2^32";
            case 4294967295: return "uint.max";
            default: return "other";
        }
    }
    static string Dense(int v)
    {
        switch (v)
        {
            case 10: return "ten"; case 11: return "eleven"; case 12: return "twelve"; case 13: return "13";
            case 14: return "14"; case 15: return "15"; case 17: return "17"; case 18: goto case 10;
            case 19: goto case 15;
            case 100: return "hundred";
            case -2147483648: return "intmin";
            case 2147483647: return "intmax";
        }
        return "none";
    }
    static string Ops(Op o)
    {
        switch (o)
        {
            case Op.Add: return "+";
            case Op.Sub: return "-";
            case Op.Mul: return "*";
            case Op.Div: return "/";
            default: return "?" + (long)o;
        }
    }
    static string Chars(char c)
    {
        switch (c)
        {
            case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
            case '\0': return "nul";
            case '\uffff': return "max";
            case ' ': return "space";
        }
        if (c >= '0' && c <= '9') return "digit";
        return "cons";
    }
    static string Bytes(byte b)
    {
        switch (b) { case 0: return "0"; case 128: return "128"; case 255: return "255"; default: return "b" + b; }
    }
    static string ULong(ulong u)
    {
        switch (u) { case 0: return "0"; case ulong.MaxValue: return "umax"; case 9223372036854775808UL: return "2^63"; default: return "u"; }
    }
    static int Fallthrough(int n)
    {
        int acc = 0;
        switch (n)
        {
            case 3: acc += 100; goto case 2;
            case 2: acc += 10; goto case 1;
            case 1: acc += 1; break;
            case 0: break;
            default: acc = -1; goto case 3;
        }
        return acc;
    }
    static string Nested(int a, string b)
    {
        switch (a)
        {
            case 1:
                switch (b) { case "x": return "1x"; case "y": break; default: return "1?"; }
                return "1y-broke";
            case 2:
                for (int i = 0; i < 5; i++)
                {
                    switch (i) { case 2: continue; case 4: goto done; }
                    if (i == 3) break;
                }
                return "2-loop";
            done:
                return "2-done";
            default:
                return "d";
        }
    }
    static string Bool(bool? b)
    {
        switch (b) { case true: return "T"; case false: return "F"; default: return "N"; }
    }
    static void Main()
    {
        string[] ss = { "alpha", "beta", "BETA", "", null, "gamma", "delta", "a5", "a9", "Aa", "BB", "Alpha", "alpha\0" };
        foreach (var s in ss) Console.Write(Str(s) + "|");
        Console.WriteLine();
        long[] ls = { long.MinValue, -1, 0, 1, 3, 4, 5, 1L << 40, long.MaxValue, 4294967296, 4294967295, int.MinValue };
        foreach (var l in ls) Console.Write(Long(l) + "|");
        Console.WriteLine();
        for (int i = 8; i < 21; i++) Console.Write(Dense(i) + "|");
        Console.WriteLine(Dense(100) + Dense(int.MinValue) + Dense(int.MaxValue) + Dense(99));
        foreach (Op o in new[] { Op.Add, Op.Sub, Op.Mul, Op.Div, (Op)3, (Op)(-1) }) Console.Write(Ops(o) + " ");
        Console.WriteLine();
        foreach (char c in "aZ 9\0\uffffu") Console.Write(Chars(c) + ",");
        Console.WriteLine();
        Console.WriteLine(Bytes(0) + Bytes(128) + Bytes(255) + Bytes(7) + " " + ULong(0) + ULong(ulong.MaxValue) + ULong(1UL << 63) + ULong(5));
        for (int i = -1; i < 5; i++) Console.Write(Fallthrough(i) + " ");
        Console.WriteLine();
        Console.WriteLine(Nested(1, "x") + Nested(1, "y") + Nested(1, "z") + Nested(2, "") + Nested(3, ""));
        Console.WriteLine(Bool(true) + Bool(false) + Bool(null));
        object[] objs = { 1, "s", 2.5, null, 'c', 7L };
        foreach (var o in objs)
        {
            string r;
            if (o is int) r = "int"; else if (o is string) r = "string"; else if (o == null) r = "null"; else r = o.GetType().Name;
            Console.Write(r + " ");
        }
        Console.WriteLine();
    }
}
