using System;

class Program
{
    static void Main()
    {
        string s = "The quick brown fox jumps over the lazy dog";
        Console.WriteLine("Length=" + s.Length);
        Console.WriteLine("Substring(4)=" + s.Substring(4));
        Console.WriteLine("Substring(4,5)=" + s.Substring(4, 5));
        Console.WriteLine("Substring(Length)=[" + s.Substring(s.Length) + "]");
        Console.WriteLine("Substring(0,0)=[" + s.Substring(0, 0) + "]");
        Console.WriteLine("IndexOf('o')=" + s.IndexOf('o'));
        Console.WriteLine("IndexOf('o',13)=" + s.IndexOf('o', 13));
        Console.WriteLine("IndexOf('o',13,3)=" + s.IndexOf('o', 13, 3));
        Console.WriteLine("IndexOf('z')=" + s.IndexOf('z') + " IndexOf('Z')=" + s.IndexOf('Z'));
        Console.WriteLine("IndexOf(\"the\")=" + s.IndexOf("the"));
        Console.WriteLine("IndexOf(\"the\",Ordinal)=" + s.IndexOf("the", StringComparison.Ordinal));
        Console.WriteLine("IndexOf(\"THE\",OrdinalIgnoreCase)=" + s.IndexOf("THE", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("IndexOf(\"the\",5)=" + s.IndexOf("the", 5));
        Console.WriteLine("IndexOf(\"\")=" + s.IndexOf("") + " IndexOf(\"\",10)=" + s.IndexOf("", 10));
        Console.WriteLine("IndexOf(\"cat\")=" + s.IndexOf("cat"));
        Console.WriteLine("LastIndexOf('o')=" + s.LastIndexOf('o'));
        Console.WriteLine("LastIndexOf('o',20)=" + s.LastIndexOf('o', 20));
        Console.WriteLine("LastIndexOf(\"o\")=" + s.LastIndexOf("o"));
        Console.WriteLine("LastIndexOf(\"the\")=" + s.LastIndexOf("the"));
        Console.WriteLine("LastIndexOf(\"T\",Ordinal)=" + s.LastIndexOf("T", StringComparison.Ordinal));
        Console.WriteLine("LastIndexOf(\"THE\",OrdinalIgnoreCase)=" + s.LastIndexOf("THE", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("IndexOfAny(aeiou)=" + s.IndexOfAny(new[] { 'a', 'e', 'i', 'o', 'u' }));
        Console.WriteLine("IndexOfAny(xyz,10)=" + s.IndexOfAny(new[] { 'x', 'y', 'z' }, 10));
        Console.WriteLine("IndexOfAny(#)=" + s.IndexOfAny(new[] { '#' }));
        Console.WriteLine("LastIndexOfAny(aeiou)=" + s.LastIndexOfAny(new[] { 'a', 'e', 'i', 'o', 'u' }));
        Console.WriteLine("Contains(\"fox\")=" + s.Contains("fox") + " Contains(\"Fox\")=" + s.Contains("Fox") + " Contains(\"\")=" + s.Contains(""));
        Console.WriteLine("StartsWith(\"The\")=" + s.StartsWith("The") + " StartsWith(\"the\")=" + s.StartsWith("the"));
        Console.WriteLine("StartsWith(\"the\",OrdinalIgnoreCase)=" + s.StartsWith("the", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("EndsWith(\"dog\")=" + s.EndsWith("dog") + " EndsWith(\"DOG\",Ordinal)=" + s.EndsWith("DOG", StringComparison.Ordinal));
        Console.WriteLine("EndsWith(\"DOG\",OrdinalIgnoreCase)=" + s.EndsWith("DOG", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("StartsWith(\"\")=" + s.StartsWith("") + " EndsWith(\"\")=" + s.EndsWith(""));
        Console.WriteLine("indexer s[4]=" + s[4] + " s[Length-1]=" + s[s.Length - 1]);

        int count = 0, at = 0;
        while ((at = s.IndexOf('o', at)) >= 0) { count++; at++; }
        Console.WriteLine("count of 'o'=" + count);
        string word = "the";
        int pos = -1;
        var positions = new System.Text.StringBuilder();
        while ((pos = s.IndexOf(word, pos + 1, StringComparison.OrdinalIgnoreCase)) != -1) positions.Append(pos).Append(' ');
        Console.WriteLine("positions of 'the' ignore case: " + positions.ToString().Trim());

        try { s.Substring(50); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Substring(50): " + e.GetType().Name + " param=" + e.ParamName); }
        try { s.Substring(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Substring(-1): " + e.GetType().Name + " param=" + e.ParamName); }
        try { s.Substring(40, 10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Substring(40,10): " + e.GetType().Name + " param=" + e.ParamName); }
        try { char c = s[100]; Console.WriteLine(c); } catch (IndexOutOfRangeException e) { Console.WriteLine("s[100]: " + e.GetType().Name + ": " + e.Message); }
        try { s.IndexOf((string)null); } catch (ArgumentNullException e) { Console.WriteLine("IndexOf(null): " + e.GetType().Name + " param=" + e.ParamName); }
        try { s.IndexOf('a', 99); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("IndexOf('a',99): " + e.GetType().Name); }
        string empty = "";
        Console.WriteLine("empty IndexOf('a')=" + empty.IndexOf('a') + " LastIndexOf('a')=" + empty.LastIndexOf('a') + " Contains(\"\")=" + empty.Contains(""));
    }
}
