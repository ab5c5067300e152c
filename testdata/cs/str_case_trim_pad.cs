using System;

class Program
{
    static void Main()
    {
        string s = "Hello World 123 ÄÖÜ äöü ß";
        Console.WriteLine("ToUpper=" + s.ToUpper());
        Console.WriteLine("ToLower=" + s.ToLower());
        Console.WriteLine("ToUpperInvariant=" + s.ToUpperInvariant());
        Console.WriteLine("ToLowerInvariant=" + s.ToLowerInvariant());
        Console.WriteLine("mixed: " + "mIxEd CaSe".ToUpper() + " " + "mIxEd CaSe".ToLower());

        string p = "  \t padded text \n ";
        Console.WriteLine("Trim=[" + p.Trim() + "]");
        Console.WriteLine("TrimStart=[" + p.TrimStart() + "]");
        Console.WriteLine("TrimEnd=[" + p.TrimEnd() + "]");
        Console.WriteLine("Trim chars=[" + "xxhixyx".Trim('x') + "]");
        Console.WriteLine("Trim multiple chars=[" + "-=*hi*=-".Trim('-', '=', '*') + "]");
        Console.WriteLine("TrimStart chars=[" + "000123000".TrimStart('0') + "]");
        Console.WriteLine("TrimEnd chars=[" + "000123000".TrimEnd('0') + "]");
        Console.WriteLine("TrimEnd array=[" + "path///".TrimEnd(new[] { '/' }) + "]");
        Console.WriteLine("Trim all=[" + "aaaa".Trim('a') + "]");
        Console.WriteLine("Trim empty=[" + "".Trim() + "]");
        Console.WriteLine("Trim unicode space=[" + "\u00A0\u2003x\u3000".Trim() + "]");

        Console.WriteLine("PadLeft(10)=[" + "abc".PadLeft(10) + "]");
        Console.WriteLine("PadRight(10)=[" + "abc".PadRight(10) + "]");
        Console.WriteLine("PadLeft(10,'*')=[" + "abc".PadLeft(10, '*') + "]");
        Console.WriteLine("PadRight(10,'.')=[" + "abc".PadRight(10, '.') + "]");
        Console.WriteLine("PadLeft(2)=[" + "abc".PadLeft(2) + "]");
        Console.WriteLine("PadRight(0)=[" + "abc".PadRight(0) + "]");
        try { "abc".PadLeft(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("PadLeft(-1): " + e.GetType().Name); }

        Console.WriteLine("table:");
        string[] names = { "Alice", "Bob", "Christopher", "Di" };
        int[] scores = { 93, 7, 100, 55 };
        for (int i = 0; i < names.Length; i++)
            Console.WriteLine("|" + names[i].PadRight(12) + "|" + scores[i].ToString().PadLeft(5) + "|" + new string('#', scores[i] / 10).PadRight(10, '-') + "|");

        Console.WriteLine("title case: " + TitleCase("the QUICK brown fOX"));
        Console.WriteLine("char upper/lower: " + char.ToUpper('a') + char.ToLower('Q') + char.ToUpperInvariant('z') + char.ToLowerInvariant('Z') + char.ToUpper('1'));
        Console.WriteLine("ToUpper greek: " + "αβγ".ToUpper() + " ToLower: " + "ΑΒΓ".ToLower());
        Console.WriteLine("ToUpper turkish i (invariant): " + "i".ToUpperInvariant() + " " + "I".ToLowerInvariant());
        Console.WriteLine("case-insensitive equal: " + string.Equals("HeLLo", "hello", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("upper == upper: " + ("HeLLo".ToUpper() == "hello".ToUpper()));
    }

    static string TitleCase(string s)
    {
        string[] w = s.Split(' ');
        for (int i = 0; i < w.Length; i++)
            if (w[i].Length > 0) w[i] = char.ToUpper(w[i][0]) + w[i].Substring(1).ToLower();
        return string.Join(" ", w);
    }
}
