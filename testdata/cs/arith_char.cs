using System;

class Program
{
    static void Main()
    {
        char c = 'a';
        Console.WriteLine("c=" + c + " (int)c=" + (int)c);
        Console.WriteLine("c+1=" + (c + 1) + " type " + (c + 1).GetType().Name);
        Console.WriteLine("(char)(c+1)=" + (char)(c + 1));
        c++;
        Console.WriteLine("c++ -> " + c);
        c += (char)2;
        Console.WriteLine("c+=2 -> " + c);
        Console.WriteLine("'z'-'a'=" + ('z' - 'a'));
        Console.WriteLine("'0'+5=" + ('0' + 5) + " (char)('0'+5)=" + (char)('0' + 5));
        for (char ch = 'A'; ch <= 'Z'; ch += (char)5) Console.Write(ch);
        Console.WriteLine();
        string s = "Hello, World 123!";
        var sb = new System.Text.StringBuilder();
        foreach (char ch in s)
        {
            if (ch >= 'a' && ch <= 'z') sb.Append((char)('a' + (ch - 'a' + 13) % 26));
            else if (ch >= 'A' && ch <= 'Z') sb.Append((char)('A' + (ch - 'A' + 13) % 26));
            else sb.Append(ch);
        }
        Console.WriteLine("rot13=" + sb);
        int digitSum = 0;
        foreach (char ch in "9876543210") digitSum += ch - '0';
        Console.WriteLine("digit sum=" + digitSum);
        char max = char.MaxValue, min = char.MinValue;
        Console.WriteLine("char.MaxValue=" + (int)max + " MinValue=" + (int)min);
        max++;
        Console.WriteLine("MaxValue++ -> " + (int)max);
        Console.WriteLine("compare 'a'<'b': " + ('a' < 'b') + " 'a'<'B': " + ('a' < 'B') + " CompareTo: " + 'a'.CompareTo('b') + " " + 'b'.CompareTo('a'));
        Console.WriteLine("char equals: " + 'x'.Equals('x') + " " + ('x' == 120));
        Console.WriteLine("char ToString: " + 'q'.ToString() + " " + char.ToString('r'));
        Console.WriteLine("char switch:");
        foreach (char ch in "a1 Z?\t")
        {
            switch (ch)
            {
                case 'a': Console.WriteLine(" letter a"); break;
                case '1': Console.WriteLine(" digit 1"); break;
                case ' ': Console.WriteLine(" space"); break;
                case 'Z': Console.WriteLine(" letter Z"); break;
                case '\t': Console.WriteLine(" tab"); break;
                default: Console.WriteLine(" other " + (int)ch); break;
            }
        }
        char[] arr = { 'd', 'a', 'c', 'b', 'B', 'A' };
        Array.Sort(arr);
        Console.WriteLine("sorted=" + new string(arr));
        Console.WriteLine("hex digits:");
        foreach (char ch in "0123456789abcdefABCDEF")
        {
            int v = ch <= '9' ? ch - '0' : (ch | 0x20) - 'a' + 10;
            Console.Write(v + " ");
        }
        Console.WriteLine();
        char unicode = '\u00e9';
        Console.WriteLine("u00e9 code=" + (int)unicode + " upper=" + (int)char.ToUpper(unicode));
        Console.WriteLine("'\\x41'=" + '\x41' + " '\\u0042'=" + '\u0042');
        Console.WriteLine("char + string: " + 'a' + "b" + " ; char + char + string: " + ('a' + 'b') + "c");
        Console.WriteLine("int to char cast chain: " + (char)(int)(char)65);
        ushort us = 'A';
        int fromChar = 'A';
        Console.WriteLine("ushort from char " + us + " int from char " + fromChar);
    }
}
