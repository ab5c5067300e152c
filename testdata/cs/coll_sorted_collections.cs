using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var sd = new SortedDictionary<string, int>();
        foreach (var w in "delta alpha charlie bravo echo alpha".Split(' ')) { int c; sd.TryGetValue(w, out c); sd[w] = c + 1; }
        Console.WriteLine("SortedDictionary: " + string.Join(", ", Fmt(sd)));
        sd.Remove("charlie");
        sd["aardvark"] = 0;
        Console.WriteLine("after remove/add: " + string.Join(", ", Fmt(sd)) + " count=" + sd.Count);
        Console.WriteLine("Keys: " + string.Join(",", sd.Keys) + " Values: " + string.Join(",", sd.Values) + " ContainsKey(echo)=" + sd.ContainsKey("echo"));
        var desc = new SortedDictionary<int, string>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        for (int i = 1; i <= 5; i++) desc[i * 3 % 7] = "v" + i;
        Console.WriteLine("SortedDictionary desc comparer: " + string.Join(",", desc.Keys));

        var sl = new SortedList<int, string>();
        sl.Add(50, "fifty"); sl.Add(10, "ten"); sl.Add(30, "thirty"); sl[20] = "twenty"; sl[40] = "forty";
        Console.WriteLine("SortedList keys: " + string.Join(",", sl.Keys) + " values: " + string.Join(",", sl.Values));
        Console.WriteLine("IndexOfKey(30)=" + sl.IndexOfKey(30) + " IndexOfKey(35)=" + sl.IndexOfKey(35) + " IndexOfValue(forty)=" + sl.IndexOfValue("forty") + " Keys[0]=" + sl.Keys[0] + " Values[4]=" + sl.Values[4]);
        sl.RemoveAt(0);
        sl.Remove(40);
        Console.WriteLine("after RemoveAt(0), Remove(40): " + string.Join(",", sl.Keys) + " count=" + sl.Count);
        try { sl.Add(20, "dup"); } catch (ArgumentException e) { Console.WriteLine("SortedList dup: " + e.GetType().Name); }
        var slStr = new SortedList<string, int>(StringComparer.OrdinalIgnoreCase) { { "b", 1 }, { "A", 2 }, { "c", 3 } };
        Console.WriteLine("SortedList ignore case: " + string.Join(",", slStr.Keys) + " [a]=" + slStr["a"]);

        var ss = new SortedSet<int> { 5, 1, 9, 3, 7, 3, 1 };
        Console.WriteLine("SortedSet: " + string.Join(",", ss) + " count=" + ss.Count + " Min=" + ss.Min + " Max=" + ss.Max);
        Console.WriteLine("Add dup=" + ss.Add(5) + " Add new=" + ss.Add(4) + " -> " + string.Join(",", ss));
        Console.WriteLine("GetViewBetween(3,7): " + string.Join(",", ss.GetViewBetween(3, 7)));
        Console.WriteLine("Reverse: " + string.Join(",", ss.Reverse()));
        var other = new SortedSet<int> { 4, 5, 6, 100 };
        var u = new SortedSet<int>(ss); u.UnionWith(other);
        var i2 = new SortedSet<int>(ss); i2.IntersectWith(other);
        var ex = new SortedSet<int>(ss); ex.ExceptWith(other);
        Console.WriteLine("union=" + string.Join(",", u) + " intersect=" + string.Join(",", i2) + " except=" + string.Join(",", ex));
        Console.WriteLine("RemoveWhere odd: " + ss.RemoveWhere(x => x % 2 == 1) + " -> " + string.Join(",", ss));
        var words = new SortedSet<string>(StringComparer.Ordinal) { "pear", "Apple", "apple", "Banana", "cherry" };
        Console.WriteLine("SortedSet<string> ordinal: " + string.Join(",", words));
        var byLen = new SortedSet<string>(Comparer<string>.Create((a, b) => a.Length != b.Length ? a.Length - b.Length : string.CompareOrdinal(a, b))) { "ccc", "a", "bb", "aa", "b", "dddd" };
        Console.WriteLine("SortedSet custom comparer: " + string.Join(",", byLen));
        var events = new SortedDictionary<int, List<string>>();
        int[] times = { 5, 1, 5, 3, 1, 9 };
        string[] names = { "e1", "e2", "e3", "e4", "e5", "e6" };
        for (int k = 0; k < times.Length; k++) { List<string> l; if (!events.TryGetValue(times[k], out l)) events[times[k]] = l = new List<string>(); l.Add(names[k]); }
        foreach (var kv in events) Console.WriteLine("  t=" + kv.Key + ": " + string.Join(",", kv.Value));
        try { foreach (var k in sd.Keys) sd[k + "x"] = 1; }
        catch (InvalidOperationException e) { Console.WriteLine("modify SortedDictionary during enumeration: " + e.GetType().Name); }
    }

    static IEnumerable<string> Fmt<K, V>(IEnumerable<KeyValuePair<K, V>> e) { foreach (var kv in e) yield return kv.Key + "=" + kv.Value; }
}
