using System;

class Program
{
    static string Codes(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char c in s) sb.Append(((int)c).ToString("X4")).Append(' ');
        return sb.ToString().TrimEnd();
    }

    static void Main()
    {
        string emoji = "\U0001F600";
        Console.WriteLine("emoji Length=" + emoji.Length + " codes=" + Codes(emoji));
        Console.WriteLine("IsHighSurrogate[0]=" + char.IsHighSurrogate(emoji[0]) + " IsLowSurrogate[1]=" + char.IsLowSurrogate(emoji[1]));
        Console.WriteLine("IsSurrogate: " + char.IsSurrogate(emoji[0]) + " " + char.IsSurrogate('a'));
        Console.WriteLine("IsSurrogatePair: " + char.IsSurrogatePair(emoji[0], emoji[1]) + " " + char.IsSurrogatePair(emoji[1], emoji[0]));
        Console.WriteLine("ConvertToUtf32=" + char.ConvertToUtf32(emoji[0], emoji[1]).ToString("X"));
        Console.WriteLine("ConvertToUtf32(string,0)=" + char.ConvertToUtf32(emoji, 0).ToString("X"));
        string fromCp = char.ConvertFromUtf32(0x1F680);
        Console.WriteLine("ConvertFromUtf32(1F680) len=" + fromCp.Length + " codes=" + Codes(fromCp));
        Console.WriteLine("ConvertFromUtf32(41)=" + char.ConvertFromUtf32(0x41));
        string mixed = "a\u00e9\u4e2d\U0001F600z";
        Console.WriteLine("mixed Length=" + mixed.Length + " codes=" + Codes(mixed));
        Console.WriteLine("mixed Substring(3,2) codes=" + Codes(mixed.Substring(3, 2)));
        Console.WriteLine("IndexOf('z')=" + mixed.IndexOf('z') + " IndexOf(emoji)=" + mixed.IndexOf(emoji, StringComparison.Ordinal));
        int codepoints = 0;
        for (int i = 0; i < mixed.Length; i++)
        {
            if (char.IsHighSurrogate(mixed[i]) && i + 1 < mixed.Length && char.IsLowSurrogate(mixed[i + 1])) i++;
            codepoints++;
        }
        Console.WriteLine("code points=" + codepoints);
        char[] arr = mixed.ToCharArray();
        Array.Reverse(arr);
        Console.WriteLine("naive reverse codes=" + Codes(new string(arr)));
        Console.WriteLine("ToUpper mixed codes=" + Codes(mixed.ToUpperInvariant()));
        string s = "\u00C5ngstr\u00F6m";
        Console.WriteLine("Length of Angstrom=" + s.Length + " upper codes=" + Codes(s.ToUpperInvariant()));
        string combining = "e\u0301";
        Console.WriteLine("combining Length=" + combining.Length + " equals precomposed ordinal=" + string.Equals(combining, "\u00e9", StringComparison.Ordinal));
        Console.WriteLine("char.IsLetter(\u00e9)=" + char.IsLetter('\u00e9') + " IsLetter(\u4e2d)=" + char.IsLetter('\u4e2d') + " IsLetter(high surrogate)=" + char.IsLetter(emoji[0]));
        Console.WriteLine("char.IsLetter(string,idx)=" + char.IsLetter(mixed, 2) + " IsDigit(string,idx)=" + char.IsDigit("a1", 1));
        Console.WriteLine("ordinal compare of surrogate vs BMP: " + Math.Sign(string.CompareOrdinal("\uFFFF", emoji)));
        string bmpMax = "\uFFFF";
        Console.WriteLine("\\uFFFF length=" + bmpMax.Length + " code=" + (int)bmpMax[0]);
        Console.WriteLine("lone surrogate len=" + "\uD800".Length + " IsHighSurrogate=" + char.IsHighSurrogate('\uD800'));
        var sb = new System.Text.StringBuilder();
        sb.Append(emoji).Append(emoji);
        Console.WriteLine("StringBuilder emoji x2 Length=" + sb.Length);
        Console.WriteLine("Split on emoji: " + ("a" + emoji + "b" + emoji + "c").Split(new[] { emoji }, StringSplitOptions.None).Length);
        Console.WriteLine("Replace emoji: " + ("x" + emoji + "y").Replace(emoji, "[smile]"));
        Console.WriteLine("Greek: " + Codes("\u03A3\u03C3\u03C2") + " lower=" + Codes("\u03A3".ToLowerInvariant()) + " upper final sigma=" + Codes("\u03C2".ToUpperInvariant()));
        Console.WriteLine("Cyrillic upper=" + Codes("\u0436\u0451".ToUpperInvariant()));
        Console.WriteLine("Fullwidth A lower=" + Codes("\uFF21".ToLowerInvariant()));
    }
}
