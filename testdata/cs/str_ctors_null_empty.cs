using System;

class Program
{
    static string Q(string s) { return s == null ? "null" : "\"" + s.Replace("\t", "\\t").Replace("\n", "\\n") + "\""; }

    static void Main()
    {
        Console.WriteLine("new string('x',5)=" + new string('x', 5));
        Console.WriteLine("new string('x',0)=[" + new string('x', 0) + "]");
        char[] arr = { 'h', 'e', 'l', 'l', 'o', ' ', 'w' };
        Console.WriteLine("new string(char[])=" + new string(arr));
        Console.WriteLine("new string(char[],1,3)=" + new string(arr, 1, 3));
        Console.WriteLine("new string(empty char[])=[" + new string(new char[0]) + "]");
        Console.WriteLine("new string((char[])null)=[" + new string((char[])null) + "]");
        try { new string('a', -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("negative count: " + e.GetType().Name); }
        try { new string(arr, 5, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("range past end: " + e.GetType().Name); }

        string[] tests = { null, "", " ", "\t\n", "a", " a ", "\u00a0", "\u2003" };
        foreach (string s in tests)
            Console.WriteLine("IsNullOrEmpty(" + Q(s) + ")=" + string.IsNullOrEmpty(s) + " IsNullOrWhiteSpace=" + string.IsNullOrWhiteSpace(s));
        char[] ta = "text".ToCharArray();
        Console.WriteLine("ToCharArray length=" + ta.Length + " first=" + ta[0]);
        Console.WriteLine("\"\".ToCharArray().Length=" + "".ToCharArray().Length);
        Console.WriteLine("string.Empty length=" + string.Empty.Length + " equals \"\": " + string.Empty.Equals(""));
        string n = null;
        Console.WriteLine("null + \"a\"=" + (n + "a") + " \"a\" + null=" + ("a" + n) + " null + null=[" + (n + n) + "]");
        try { int l = n.Length; Console.WriteLine(l); }
        catch (NullReferenceException e) { Console.WriteLine("null.Length: " + e.GetType().Name); }
        try { n.ToUpper(); } catch (NullReferenceException e) { Console.WriteLine("null.ToUpper(): " + e.GetType().Name); }
        Console.WriteLine("null == null: " + (n == null) + " \"\" == null: " + ("" == null));
        Console.WriteLine("ToString on string returns same: " + ReferenceEquals("abc".ToString(), "abc"));
        string s1 = new string('a', 3);
        Console.WriteLine("new string equals literal: " + (s1 == "aaa") + " Equals: " + s1.Equals("aaa") + " GetHashCode equal: " + (s1.GetHashCode() == "aaa".GetHashCode()));
        object boxed = "str";
        Console.WriteLine("object ToString: " + boxed.ToString() + " GetType: " + boxed.GetType().FullName);
        Console.WriteLine("string is IComparable: " + ("x" is IComparable) + " IEnumerable<char>: " + ("x" is System.Collections.Generic.IEnumerable<char>));
        int total = 0;
        foreach (char c in "abc") total += c;
        Console.WriteLine("foreach chars sum=" + total);
        System.Collections.Generic.IEnumerable<char> en = "xyz";
        foreach (char c in en) Console.Write(c + ".");
        Console.WriteLine();
        Console.WriteLine("Length of long string=" + new string('-', 100000).Length);
    }
}
