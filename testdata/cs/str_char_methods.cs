using System;

class Program
{
    static string B(bool b) { return b ? "1" : "0"; }

    static void Main()
    {
        string chars = "aZ5 \t\n.,!_-+$<~\u00e9\u00c9\u00df\u0660\u00bd\u2003\u00a0\u4e2d\u0394\u2160\u00b2";
        Console.WriteLine("code  L D N LoD U Lw W P S C Sep");
        foreach (char c in chars)
        {
            Console.WriteLine(string.Format("{0:X4}  {1} {2} {3} {4}   {5} {6}  {7} {8} {9} {10} {11}",
                (int)c, B(char.IsLetter(c)), B(char.IsDigit(c)), B(char.IsNumber(c)), B(char.IsLetterOrDigit(c)),
                B(char.IsUpper(c)), B(char.IsLower(c)), B(char.IsWhiteSpace(c)), B(char.IsPunctuation(c)),
                B(char.IsSymbol(c)), B(char.IsControl(c)), B(char.IsSeparator(c))));
        }
        Console.WriteLine("ToUpper/ToLower:");
        foreach (char c in "aZ5\u00e9\u00c9\u00df\u00ff")
            Console.WriteLine(((int)c).ToString("X4") + " -> upper " + ((int)char.ToUpper(c)).ToString("X4") + " lower " + ((int)char.ToLower(c)).ToString("X4"));
        Console.WriteLine("GetNumericValue: " + char.GetNumericValue('7') + " " + char.GetNumericValue('a') + " " + char.GetNumericValue('\u00bd') + " " + char.GetNumericValue('\u0660'));
        Console.WriteLine("IsDigit(string,i): " + char.IsDigit("ab3", 2) + " IsWhiteSpace(string,i): " + char.IsWhiteSpace("a b", 1));
        Console.WriteLine("char.MinValue=" + (int)char.MinValue + " char.MaxValue=" + (int)char.MaxValue);
        Console.WriteLine("char.ToString: " + char.ToString('x') + " 'y'.ToString(): " + 'y'.ToString());
        Console.WriteLine("CompareTo: " + 'a'.CompareTo('b') + " " + 'b'.CompareTo('a') + " " + 'a'.CompareTo('a'));
        Console.WriteLine("Equals: " + 'a'.Equals('a') + " " + 'a'.Equals((object)'a') + " " + 'a'.Equals((object)97));
        Console.WriteLine("IsAscii letters count: " + CountLetters("Hello, World! 123"));
    }

    static int CountLetters(string s)
    {
        int n = 0;
        foreach (char c in s) if (char.IsLetter(c)) n++;
        return n;
    }
}
