using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Count(int from, int to)
    {
        Console.WriteLine("  [Count starts]");
        for (int i = from; i <= to; i++)
        {
            Console.WriteLine("  [yield " + i + "]");
            yield return i;
        }
        Console.WriteLine("  [Count ends]");
    }

    static IEnumerable<string> Words()
    {
        yield return "alpha";
        yield return "beta";
        yield break;
    }

    static IEnumerable<int> EvensUpTo(int n)
    {
        if (n < 0) yield break;
        for (int i = 0; ; i += 2)
        {
            if (i > n) yield break;
            yield return i;
        }
    }

    static IEnumerator<char> Letters(string s) { foreach (char c in s) if (char.IsLetter(c)) yield return char.ToUpper(c); }

    static IEnumerable<T> Interleave<T>(IEnumerable<T> a, IEnumerable<T> b)
    {
        using (var ea = a.GetEnumerator())
        using (var eb = b.GetEnumerator())
        {
            bool ha = ea.MoveNext(), hb = eb.MoveNext();
            while (ha || hb)
            {
                if (ha) { yield return ea.Current; ha = ea.MoveNext(); }
                if (hb) { yield return eb.Current; hb = eb.MoveNext(); }
            }
        }
    }

    static IEnumerable<int> Fib()
    {
        int a = 0, b = 1;
        while (true) { yield return a; int t = a + b; a = b; b = t; }
    }

    static void Main()
    {
        Console.WriteLine("creating iterator (lazy, nothing runs):");
        var seq = Count(1, 3);
        Console.WriteLine("enumerating:");
        foreach (var x in seq) Console.WriteLine("got " + x);
        Console.WriteLine("enumerate again restarts:");
        foreach (var x in seq) { Console.WriteLine("got " + x); break; }
        Console.WriteLine("words: " + string.Join(",", Words()));
        Console.WriteLine("EvensUpTo(9): " + string.Join(",", EvensUpTo(9)) + " EvensUpTo(-1): [" + string.Join(",", EvensUpTo(-1)) + "]");
        var e = Letters("a1b2-c");
        var sb = new System.Text.StringBuilder();
        while (e.MoveNext()) sb.Append(e.Current);
        Console.WriteLine("IEnumerator iterator: " + sb);
        Console.WriteLine("interleave: " + string.Join(",", Interleave(new[] { 1, 3, 5, 7, 9 }, new[] { 2, 4 })));
        var fibs = new List<int>();
        foreach (var f in Fib()) { if (f > 1000) break; fibs.Add(f); }
        Console.WriteLine("fib < 1000: " + string.Join(",", fibs));
        var en = Count(10, 11).GetEnumerator();
        Console.WriteLine("manual MoveNext: " + en.MoveNext() + " current=" + en.Current);
        Console.WriteLine("manual MoveNext: " + en.MoveNext() + " current=" + en.Current);
        Console.WriteLine("manual MoveNext: " + en.MoveNext());
        Console.WriteLine("after end MoveNext: " + en.MoveNext());
        Console.WriteLine("iterator type name starts with '<': " + Words().GetType().Name.StartsWith("<"));
    }
}
