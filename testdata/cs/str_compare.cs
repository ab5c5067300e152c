using System;

class Program
{
    static string Sgn(int v) { return v < 0 ? "<" : v > 0 ? ">" : "="; }

    static void Main()
    {
        string[][] pairs = {
            new[] { "apple", "banana" }, new[] { "apple", "Apple" }, new[] { "a", "B" }, new[] { "A", "b" },
            new[] { "abc", "abcd" }, new[] { "", "a" }, new[] { "Zebra", "apple" }, new[] { "10", "9" },
            new[] { "same", "same" }, new[] { "a", "A" }, new[] { "B", "a" }, new[] { "hello", "help" }
        };
        foreach (var p in pairs)
        {
            string a = p[0], b = p[1];
            Console.WriteLine(string.Format("{0,-7} vs {1,-7}: Compare={2} Ordinal={3} IgnoreCase={4} OrdinalIgnoreCase={5} CompareOrdinal={6} CompareTo={7} Equals={8} EqualsOIC={9} =={10}",
                a, b,
                Sgn(string.Compare(a, b)),
                Sgn(string.Compare(a, b, StringComparison.Ordinal)),
                Sgn(string.Compare(a, b, true)),
                Sgn(string.Compare(a, b, StringComparison.OrdinalIgnoreCase)),
                Sgn(string.CompareOrdinal(a, b)),
                Sgn(a.CompareTo(b)),
                a.Equals(b),
                a.Equals(b, StringComparison.OrdinalIgnoreCase),
                a == b));
        }
        Console.WriteLine("CompareOrdinal values: " + string.CompareOrdinal("a", "b") + " " + string.CompareOrdinal("b", "a") + " " + string.CompareOrdinal("abc", "ab") + " " + string.CompareOrdinal("A", "a"));
        Console.WriteLine("Compare with null: " + Sgn(string.Compare(null, "a")) + " " + Sgn(string.Compare("a", null)) + " " + string.Compare(null, null));
        Console.WriteLine("CompareTo null: " + Sgn("a".CompareTo(null)));
        Console.WriteLine("Compare substrings: " + Sgn(string.Compare("xxabcxx", 2, "yabcy", 1, 3)) + " " + Sgn(string.Compare("abcdef", 0, "abcxyz", 0, 4, StringComparison.Ordinal)));
        Console.WriteLine("Equals static: " + string.Equals("a", "a") + " " + string.Equals(null, null) + " " + string.Equals("a", null) + " " + string.Equals("ABC", "abc", StringComparison.CurrentCultureIgnoreCase) + " " + string.Equals("ABC", "abc", StringComparison.InvariantCultureIgnoreCase));
        Console.WriteLine("Equals(object): " + "x".Equals((object)"x") + " " + "1".Equals((object)1));

        string s1 = "hello";
        string s2 = "hel" + "lo";
        string s3 = new string(new[] { 'h', 'e', 'l', 'l', 'o' });
        string part = "hel";
        string s4 = part + "lo";
        Console.WriteLine("literal == const concat: " + (s1 == s2) + " same ref: " + ReferenceEquals(s1, s2));
        Console.WriteLine("literal == new string: " + (s1 == s3) + " same ref: " + ReferenceEquals(s1, s3));
        Console.WriteLine("literal == runtime concat: " + (s1 == s4) + " same ref: " + ReferenceEquals(s1, s4));
        Console.WriteLine("interned runtime concat same as literal: " + ReferenceEquals(string.Intern(s4), s1));
        Console.WriteLine("IsInterned(literal) same: " + ReferenceEquals(string.IsInterned(s1), s1));
        object o1 = s1, o3 = s3;
        Console.WriteLine("object == (reference): " + (o1 == o3) + " Equals: " + o1.Equals(o3));
        Console.WriteLine("string.Empty == \"\": " + (string.Empty == "") + " Length=" + string.Empty.Length);

        string[] words = { "banana", "Apple", "cherry", "apple", "Banana", "date", "Cherry", "10", "9", "_x", "Zed" };
        string[] w1 = (string[])words.Clone();
        Array.Sort(w1, StringComparer.Ordinal);
        Console.WriteLine("Ordinal sort: " + string.Join(" ", w1));
        string[] w2 = (string[])words.Clone();
        Array.Sort(w2, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("OrdinalIgnoreCase sort: " + string.Join(" ", w2));
        string[] w3 = (string[])words.Clone();
        Array.Sort(w3, (x, y) => string.CompareOrdinal(y, x));
        Console.WriteLine("reverse ordinal sort: " + string.Join(" ", w3));
        Console.WriteLine("StringComparer.Ordinal.Equals: " + StringComparer.Ordinal.Equals("a", "A") + " OrdinalIgnoreCase.Equals: " + StringComparer.OrdinalIgnoreCase.Equals("a", "A"));
        Console.WriteLine("OrdinalIgnoreCase hash equal: " + (StringComparer.OrdinalIgnoreCase.GetHashCode("HeLLo") == StringComparer.OrdinalIgnoreCase.GetHashCode("hello")));
        Console.WriteLine("OrdinalIgnoreCase compare: " + Sgn(StringComparer.OrdinalIgnoreCase.Compare("abc", "ABD")));
    }
}
