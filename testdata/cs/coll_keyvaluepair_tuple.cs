using System;
using System.Collections.Generic;

class Program
{
    static (int min, int max, double avg) Stats(int[] xs)
    {
        int mn = int.MaxValue, mx = int.MinValue; long s = 0;
        foreach (var x in xs) { if (x < mn) mn = x; if (x > mx) mx = x; s += x; }
        return (mn, mx, (double)s / xs.Length);
    }

    static Tuple<string, int> Oldest(List<Tuple<string, int>> people)
    {
        Tuple<string, int> best = null;
        foreach (var p in people) if (best == null || p.Item2 > best.Item2) best = p;
        return best;
    }

    static void Main()
    {
        var kv = new KeyValuePair<string, int>("apples", 3);
        Console.WriteLine("KVP: " + kv + " key=" + kv.Key + " value=" + kv.Value);
        var t1 = Tuple.Create(1, "two", 3.0);
        var t2 = new Tuple<int, string, double>(1, "two", 3.0);
        Console.WriteLine("Tuple: " + t1 + " Item2=" + t1.Item2 + " Equals=" + t1.Equals(t2) + " ==" + (t1 == t2) + " hash equal=" + (t1.GetHashCode() == t2.GetHashCode()));
        var t7 = Tuple.Create(1, 2, 3, 4, 5, 6, 7);
        Console.WriteLine("7-tuple: " + t7 + " Item7=" + t7.Item7);
        var nestedT = Tuple.Create(Tuple.Create(1, 2), "x");
        Console.WriteLine("nested tuple: " + nestedT);
        var people = new List<Tuple<string, int>> { Tuple.Create("ann", 31), Tuple.Create("bob", 45), Tuple.Create("cy", 22) };
        Console.WriteLine("oldest: " + Oldest(people));
        var cmp = Comparer<Tuple<int, string>>.Default;
        var tl = new List<Tuple<int, string>> { Tuple.Create(2, "b"), Tuple.Create(1, "z"), Tuple.Create(2, "a") };
        tl.Sort();
        Console.WriteLine("sorted tuples (structural compare): " + string.Join(" ", tl));
        var st = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine("ValueTuple named: min=" + st.min + " max=" + st.max + " avg=" + st.avg.ToString("F3") + " whole=" + st);
        var (a, b, c) = st;
        Console.WriteLine("deconstructed: " + a + " " + b + " " + c.ToString("F1"));
        (int x, int y) p = (3, 4);
        p.x += 10;
        var q = p;
        q.y = -1;
        Console.WriteLine("value tuple copy semantics: p=" + p + " q=" + q);
        Console.WriteLine("ValueTuple Item1/Item2: " + p.Item1 + " " + p.Item2);
        var swapped = (p.y, p.x);
        Console.WriteLine("swap via tuple: " + swapped);
        int m = 1, n = 2;
        (m, n) = (n, m);
        Console.WriteLine("tuple swap assignment: m=" + m + " n=" + n);
        var vt = (1, "a", 2.5, 'c', true);
        Console.WriteLine("5-element value tuple: " + vt + " Item5=" + vt.Item5);
        var vl = new List<(string, int)> { ("b", 2), ("a", 2), ("c", 1) };
        vl.Sort();
        Console.WriteLine("sorted value tuples: " + string.Join(" ", vl));
        var dict = new Dictionary<(int, int), string> { [(0, 0)] = "origin", [(1, 2)] = "p" };
        Console.WriteLine("value tuple keys: " + dict[(1, 2)] + " " + dict.ContainsKey((0, 0)) + " " + dict.ContainsKey((2, 1)));
        foreach (var pair in new Dictionary<string, int> { { "k1", 1 }, { "k2", 2 } })
        {
            string key = pair.Key; int val = pair.Value;
            Console.WriteLine("  " + key + " -> " + val);
        }
        Console.WriteLine("Equals: " + (1, 2).Equals((1, 2)) + " " + (1, "a").Equals((1, "A")) + " CompareTo: " + (1, 2).CompareTo((1, 3)) + " " + (2, 0).CompareTo((1, 9)));
        object boxed = (5, "five");
        Console.WriteLine("boxed value tuple type: " + boxed.GetType().Name + " " + boxed);
        var t8 = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8);
        Console.WriteLine("8-tuple (Rest): " + t8 + " Rest=" + t8.Rest);
    }
}
