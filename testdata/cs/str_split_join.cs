using System;

class Program
{
    static void Show(string label, string[] parts)
    {
        Console.WriteLine(label + " -> " + parts.Length + ": [" + string.Join("|", parts) + "]");
    }

    static void Main()
    {
        string csv = "a,b,,c,";
        Show("Split(',')", csv.Split(','));
        Show("Split(',',RemoveEmpty)", csv.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("Split(',' count 2)", csv.Split(new[] { ',' }, 2));
        Show("Split(',' count 3 RemoveEmpty)", csv.Split(new[] { ',' }, 3, StringSplitOptions.RemoveEmptyEntries));
        Show("Split multiple chars", "one two;three,four  five".Split(' ', ';', ','));
        Show("Split no args", "  hello   world \t tab\nnewline ".Split());
        Show("Split null", "x y".Split(null));
        Show("Split string sep", "a::b::::c".Split(new[] { "::" }, StringSplitOptions.None));
        Show("Split string sep RemoveEmpty", "a::b::::c".Split(new[] { "::" }, StringSplitOptions.RemoveEmptyEntries));
        Show("Split multiple string seps", "1<>2<=>3=4".Split(new[] { "<>", "<=>", "=" }, StringSplitOptions.None));
        Show("Split empty string", "".Split(','));
        Show("Split empty RemoveEmpty", "".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries));
        Show("Split no separator present", "abc".Split(','));
        Show("Split all separators", ",,,".Split(','));
        Show("Split count 1", "a,b,c".Split(new[] { ',' }, 1));

        Console.WriteLine("Join: " + string.Join(", ", new[] { "x", "y", "z" }));
        Console.WriteLine("Join empty sep: " + string.Join("", new[] { "x", "y", "z" }));
        Console.WriteLine("Join with null element: [" + string.Join("-", new string[] { "a", null, "c" }) + "]");
        Console.WriteLine("Join empty array: [" + string.Join(",", new string[0]) + "]");
        Console.WriteLine("Join objects: " + string.Join("; ", new object[] { 1, "two", 3.5, 'c', null, true }));
        Console.WriteLine("Join ints: " + string.Join("+", new[] { 1, 2, 3 }));
        Console.WriteLine("Join IEnumerable<string>: " + string.Join("/", new System.Collections.Generic.List<string> { "usr", "local", "bin" }));
        Console.WriteLine("Join range: " + string.Join(",", new[] { "a", "b", "c", "d", "e" }, 1, 3));

        Console.WriteLine("Concat 2: " + string.Concat("ab", "cd"));
        Console.WriteLine("Concat 3: " + string.Concat("ab", "cd", "ef"));
        Console.WriteLine("Concat 4: " + string.Concat("a", "b", "c", "d"));
        Console.WriteLine("Concat array: " + string.Concat(new[] { "x", "y", "z", "w", "v" }));
        Console.WriteLine("Concat objects: " + string.Concat(1, 'c', 2.5, null, "s"));
        Console.WriteLine("Concat null strings: [" + string.Concat((string)null, (string)null) + "]");
        Console.WriteLine("Concat object: " + string.Concat((object)42));
        Console.WriteLine("Concat IEnumerable: " + string.Concat(new System.Collections.Generic.List<string> { "p", "q" }));

        string sentence = "the rain in spain falls mainly on the plain";
        string[] words = sentence.Split(' ');
        Array.Reverse(words);
        Console.WriteLine("reversed words: " + string.Join(" ", words));
        Array.Sort(words, StringComparer.Ordinal);
        Console.WriteLine("sorted words: " + string.Join(" ", words));
        string path = "/home/user/docs/file.txt";
        string[] segs = path.Split('/');
        Console.WriteLine("segments=" + segs.Length + " first=[" + segs[0] + "] last=" + segs[segs.Length - 1]);
        string kv = "name=Alice;age=30;city=Paris;empty=;=novalue";
        foreach (string pair in kv.Split(';'))
        {
            string[] p = pair.Split(new[] { '=' }, 2);
            Console.WriteLine("  key=[" + p[0] + "] value=[" + (p.Length > 1 ? p[1] : "<none>") + "]");
        }
        string lines = "line1\r\nline2\nline3\r\n";
        Show("Split newlines", lines.Split(new[] { "\r\n", "\n" }, StringSplitOptions.None));
    }
}
