using System;
using System.Collections.Generic;
using System.Text;

class Program
{
    static void Main()
    {
        string text = @"It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair.";
        var counts = new Dictionary<string, int>();
        var order = new List<string>();
        var word = new StringBuilder();
        int letters = 0, lines = 1, punct = 0;
        foreach (char ch in text + " ")
        {
            if (ch == '\n') lines++;
            if (char.IsLetter(ch)) { word.Append(char.ToLowerInvariant(ch)); letters++; continue; }
            if (char.IsPunctuation(ch)) punct++;
            if (word.Length > 0)
            {
                string w = word.ToString();
                int c;
                if (counts.TryGetValue(w, out c)) counts[w] = c + 1;
                else { counts[w] = 1; order.Add(w); }
                word.Clear();
            }
        }
        Console.WriteLine("lines=" + lines + " letters=" + letters + " punctuation=" + punct + " distinct=" + counts.Count);
        foreach (string w in order) Console.WriteLine(string.Format("{0,-12}{1,3} {2}", w, counts[w], new string('*', counts[w])));
        var sorted = new List<string>(order);
        sorted.Sort((a, b) => { int r = counts[b].CompareTo(counts[a]); return r != 0 ? r : string.CompareOrdinal(a, b); });
        Console.WriteLine("top 5: " + string.Join(", ", sorted.GetRange(0, 5)));
        string longest = "";
        foreach (string w in order) if (w.Length > longest.Length) longest = w;
        Console.WriteLine("longest=" + longest);
        // caesar cipher round trip
        string msg = "Attack at Dawn!";
        string enc = Shift(msg, 3), dec = Shift(enc, 23);
        Console.WriteLine("enc=" + enc + " dec=" + dec);
        // run length encoding
        string rle = RLE("aaabccddddde");
        Console.WriteLine("rle=" + rle);
        Console.WriteLine("acronym=" + Acronym("portable network graphics"));
    }

    static string Shift(string s, int k)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (char.IsUpper(c)) sb.Append((char)('A' + (c - 'A' + k) % 26));
            else if (char.IsLower(c)) sb.Append((char)('a' + (c - 'a' + k) % 26));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    static string RLE(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; )
        {
            int j = i;
            while (j < s.Length && s[j] == s[i]) j++;
            sb.Append(s[i]).Append(j - i);
            i = j;
        }
        return sb.ToString();
    }

    static string Acronym(string s)
    {
        var sb = new StringBuilder();
        foreach (string w in s.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries)) sb.Append(char.ToUpper(w[0]));
        return sb.ToString();
    }
}
