using System;

class Program
{
    static string Show(string s)
    {
        var sb = new System.Text.StringBuilder();
        foreach (char c in s)
        {
            if (c < 32 || c > 126) sb.Append("\\u" + ((int)c).ToString("X4"));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static void Main()
    {
        string[] samples = {
            "tab\there", "newline\nhere", "cr\rhere", "quote\"here", "apos\'here", "backslash\\here",
            "null\0char", "bell\a", "backspace\b", "formfeed\f", "vtab\v", "unicode\u00e9\u4e2d", "hex\x41\x4a", "long \U0001F600 emoji"
        };
        foreach (string s in samples) Console.WriteLine("len=" + s.Length + " " + Show(s));
        string v = @"C:\Users\name\file.txt";
        Console.WriteLine(v + " len=" + v.Length);
        string vq = @"He said ""hi""";
        Console.WriteLine(vq + " len=" + vq.Length);
        string multi = @"line one
line two
  line three";
        Console.WriteLine("multi lines=" + multi.Split('\n').Length + " => " + Show(multi));
        Console.WriteLine("char escapes: " + (int)'\n' + " " + (int)'\t' + " " + (int)'\\' + " " + (int)'\'' + " " + (int)'\0' + " " + (int)'\u0041');
        Console.WriteLine("tab output:\ta\tb");
        Console.WriteLine("Environment.NewLine length=" + Environment.NewLine.Length + " is \\n: " + (Environment.NewLine == "\n"));
        Console.WriteLine("concat with escapes: " + Show("a" + '\n' + "b" + '\t'));
        Console.WriteLine("verbatim braces interp: " + $@"{{x}} \n {1 + 1}");
        Console.WriteLine("empty verbatim=[" + @"" + "]");
        Console.WriteLine("\\x with short hex: " + Show("\x7" + "|" + "\x07FF"));
    }
}
