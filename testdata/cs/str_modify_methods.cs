using System;

class Program
{
    static void Main()
    {
        string s = "Hello, World! Hello!";
        Console.WriteLine("Replace(\"Hello\",\"Bye\")=" + s.Replace("Hello", "Bye"));
        Console.WriteLine("Replace('l','L')=" + s.Replace('l', 'L'));
        Console.WriteLine("Replace(\"l\",\"\")=" + s.Replace("l", ""));
        Console.WriteLine("Replace(\"l\",null)=" + s.Replace("l", null));
        Console.WriteLine("Replace(\"xyz\",\"q\")=" + s.Replace("xyz", "q"));
        Console.WriteLine("Replace(\"ll\",\"llll\")=" + s.Replace("ll", "llll"));
        Console.WriteLine("Replace overlapping \"aa\" in aaaaa=" + "aaaaa".Replace("aa", "b"));
        Console.WriteLine("Insert(5,\" there\")=" + s.Insert(5, " there"));
        Console.WriteLine("Insert(0,\">>\")=" + s.Insert(0, ">>"));
        Console.WriteLine("Insert(Length,\"<<\")=" + s.Insert(s.Length, "<<"));
        Console.WriteLine("Remove(5)=" + s.Remove(5));
        Console.WriteLine("Remove(5,7)=" + s.Remove(5, 7));
        Console.WriteLine("Remove(0,0)=" + s.Remove(0, 0));
        Console.WriteLine("original unchanged: " + s);
        try { s.Replace("", "x"); } catch (ArgumentException e) { Console.WriteLine("Replace empty old: " + e.GetType().Name); }
        try { s.Replace(null, "x"); } catch (ArgumentNullException e) { Console.WriteLine("Replace null old: " + e.GetType().Name); }
        try { s.Insert(100, "x"); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Insert(100): " + e.GetType().Name); }
        try { s.Remove(10, 100); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Remove(10,100): " + e.GetType().Name); }
        try { s.Remove(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Remove(-1): " + e.GetType().Name); }

        string t = "abc";
        string t2 = t;
        t += "def";
        Console.WriteLine("t=" + t + " t2=" + t2 + " same ref=" + ReferenceEquals(t, t2));
        string built = "";
        for (int i = 0; i < 10; i++) built = built.Insert(built.Length / 2, i.ToString());
        Console.WriteLine("insert middle loop=" + built);
        string r = "mississippi";
        while (r.Contains("ss")) r = r.Replace("ss", "s");
        Console.WriteLine("collapse ss=" + r);
        string template = "{name} is {age} years old; {name} likes {thing}";
        string filled = template.Replace("{name}", "Ann").Replace("{age}", "31").Replace("{thing}", "tea");
        Console.WriteLine(filled);
        char[] arr = "hello".ToCharArray();
        arr[0] = 'j';
        Console.WriteLine("ToCharArray modified=" + new string(arr));
        Console.WriteLine("ToCharArray(1,3)=" + new string("hello".ToCharArray(1, 3)));
        string rev = new string(Reverse("stressed".ToCharArray()));
        Console.WriteLine("reverse stressed=" + rev);
        Console.WriteLine("palindromes:");
        foreach (string w in new[] { "racecar", "level", "hello", "A man a plan", "" })
        {
            string n = w.Replace(" ", "").ToLowerInvariant();
            Console.WriteLine("  [" + w + "] " + (n == new string(Reverse(n.ToCharArray()))));
        }
        Console.WriteLine("Remove vowels: " + RemoveChars("Programming Language", "aeiouAEIOU"));
        Console.WriteLine("Replace char in loop: " + "a-b-c-d".Replace('-', '+').Replace("+", " + "));
        Console.WriteLine("string.Copy-like via new string: " + new string("copy".ToCharArray()));
    }

    static char[] Reverse(char[] a) { Array.Reverse(a); return a; }
    static string RemoveChars(string s, string chars)
    {
        int i;
        while ((i = s.IndexOfAny(chars.ToCharArray())) >= 0) s = s.Remove(i, 1);
        return s;
    }
}
