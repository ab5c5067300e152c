// strbuild: StringBuilder appends of ints, chars and strings, plus string
// concatenation, Substring and IndexOf (string handling, allocation).
// Size: N = 500000 (first argument overrides). Prints lengths and a hash.
using System;
using System.Text;

static class StrBuild
{
    static uint Hash(string s)
    {
        uint h = 2166136261;
        for (int i = 0; i < s.Length; i++) h = (h ^ s[i]) * 16777619;
        return h;
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 500000;
        var sb = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            sb.Append(i);
            sb.Append(i % 3 == 0 ? ',' : ';');
            if (i % 10 == 0) sb.Append("ten");
        }
        string big = sb.ToString();

        // many short concatenations
        long total = 0;
        uint h = 0;
        for (int i = 0; i < n / 4; i++)
        {
            string s = "item" + i + ":" + (i * 7) + "/" + (i % 13);
            if (s.IndexOf("/1") >= 0) total += s.Length;
            string mid = s.Substring(2, s.Length - 4);
            h = h * 31 + Hash(mid);
        }

        // repeated concatenation of a growing string (quadratic, so kept short)
        string acc = "";
        for (int i = 0; i < n / 400; i++) acc += (char)('a' + i % 26);

        int tens = 0;
        for (int pos = big.IndexOf("ten"); pos >= 0; pos = big.IndexOf("ten", pos + 3)) tens++;

        Console.WriteLine("length=" + big.Length + " hash=" + Hash(big) + " tens=" + tens);
        Console.WriteLine("concat total=" + total + " hash=" + h + " acc=" + acc.Length + "/" + Hash(acc));
        return 0;
    }
}
