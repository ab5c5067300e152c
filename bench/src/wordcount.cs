// wordcount: count words of a deterministic pseudo-random text with
// Dictionary<string,int>, then rank them (hashing, string keys, sorting).
// Size: N = 600000 words (first argument overrides). Prints the distinct
// count and the ten most frequent words.
using System;
using System.Collections.Generic;
using System.Text;

static class WordCount
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 600000;
        string[] syllables = { "ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "an", "el" };
        // Generate text with a linear congruential generator; word lengths and
        // syllables are skewed so that some words are much more frequent.
        var text = new StringBuilder();
        uint seed = 12345;
        for (int w = 0; w < n; w++)
        {
            seed = seed * 1103515245 + 12345;
            int parts = 1 + (int)((seed >> 16) % 3);
            for (int p = 0; p < parts; p++)
            {
                seed = seed * 1103515245 + 12345;
                uint r = (seed >> 16) % 144;
                text.Append(syllables[(int)(r * r / 1728)]);
            }
            text.Append(w % 17 == 16 ? ".\n" : " ");
        }

        var counts = new Dictionary<string, int>();
        string s = text.ToString();
        int start = -1;
        for (int i = 0; i <= s.Length; i++)
        {
            bool letter = i < s.Length && char.IsLetter(s[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                string word = s.Substring(start, i - start);
                int c;
                counts.TryGetValue(word, out c);
                counts[word] = c + 1;
                start = -1;
            }
        }

        var ranked = new List<KeyValuePair<string, int>>(counts);
        ranked.Sort((a, b) => a.Value != b.Value ? b.Value.CompareTo(a.Value) : string.CompareOrdinal(a.Key, b.Key));
        Console.WriteLine("words=" + n + " distinct=" + counts.Count);
        for (int i = 0; i < 10 && i < ranked.Count; i++)
            Console.WriteLine(ranked[i].Key + " " + ranked[i].Value);
        return 0;
    }
}
