using System;
using System.Collections.Generic;

class Item
{
    public string Name; public int Priority; public int Seq;
    public override string ToString() { return Name + "/" + Priority + "/" + Seq; }
}

class ByPriority : IComparer<Item> { public int Compare(Item a, Item b) { return a.Priority.CompareTo(b.Priority); } }
class Ver : IComparable<Ver> { public int V; public int CompareTo(Ver o) { return V.CompareTo(o.V); } public override string ToString() { return "v" + V; } }

class Program
{
    static void Main()
    {
        var nums = new List<int> { 5, 3, 8, 1, 9, 2, 7, 3, 6, 4 };
        nums.Sort();
        Console.WriteLine("Sort: " + string.Join(",", nums));
        Console.WriteLine("BinarySearch(7)=" + nums.BinarySearch(7) + " (5)=" + nums.BinarySearch(5) + " (10)=" + nums.BinarySearch(10) + " (0)=" + nums.BinarySearch(0) + " (3)=" + nums.BinarySearch(3));
        nums.Sort((a, b) => b.CompareTo(a));
        Console.WriteLine("Sort desc Comparison: " + string.Join(",", nums));
        nums.Sort(2, 5, Comparer<int>.Default);
        Console.WriteLine("Sort range asc: " + string.Join(",", nums));
        var items = new List<Item>();
        string[] names = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t" };
        int[] prios = { 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1, 2, 3, 1 };
        for (int i = 0; i < names.Length; i++) items.Add(new Item { Name = names[i], Priority = prios[i], Seq = i });
        var unstable = new List<Item>(items);
        unstable.Sort(new ByPriority());
        Console.WriteLine("Sort with ties (IComparer, unstable algorithm pinned):");
        Console.WriteLine("  " + string.Join(" ", unstable));
        var unstable2 = new List<Item>(items);
        unstable2.Sort((x, y) => y.Priority - x.Priority);
        Console.WriteLine("Sort with ties desc (Comparison):");
        Console.WriteLine("  " + string.Join(" ", unstable2));
        var stable = new List<Item>(items);
        stable.Sort((x, y) => { int c = x.Priority.CompareTo(y.Priority); return c != 0 ? c : x.Seq.CompareTo(y.Seq); });
        Console.WriteLine("Stable via tiebreak:");
        Console.WriteLine("  " + string.Join(" ", stable));
        var big = new List<int>();
        var rnd = new Random(123);
        for (int i = 0; i < 50; i++) big.Add(rnd.Next(10));
        var keyed = new List<KeyValuePair<int, int>>();
        for (int i = 0; i < big.Count; i++) keyed.Add(new KeyValuePair<int, int>(big[i], i));
        keyed.Sort((a, b) => a.Key.CompareTo(b.Key));
        Console.WriteLine("50 random keys 0..9 sorted with original positions (tie order pinned):");
        var sb = new System.Text.StringBuilder();
        foreach (var kv in keyed) sb.Append(kv.Key).Append(':').Append(kv.Value).Append(' ');
        Console.WriteLine("  " + sb.ToString().TrimEnd());
        var vers = new List<Ver> { new Ver { V = 3 }, new Ver { V = 1 }, new Ver { V = 2 } };
        vers.Sort();
        Console.WriteLine("IComparable<T> Sort: " + string.Join(",", vers) + " BinarySearch v2=" + vers.BinarySearch(new Ver { V = 2 }));
        var words = new List<string> { "banana", "Apple", "cherry", "apple", "Banana" };
        words.Sort(StringComparer.Ordinal);
        Console.WriteLine("ordinal: " + string.Join(",", words));
        words.Sort(StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("ordinal ignore case: " + string.Join(",", words));
        Console.WriteLine("BinarySearch ignore case 'CHERRY'=" + words.BinarySearch("CHERRY", StringComparer.OrdinalIgnoreCase));
        Console.WriteLine("Find: " + items.Find(i => i.Priority == 2) + " FindLast: " + items.FindLast(i => i.Priority == 2) + " FindIndex: " + items.FindIndex(i => i.Name == "k") + " FindIndex(5,..): " + items.FindIndex(5, i => i.Priority == 1) + " FindLastIndex: " + items.FindLastIndex(i => i.Priority == 3));
        Console.WriteLine("FindAll prio 1: " + string.Join(" ", items.FindAll(i => i.Priority == 1)));
        Console.WriteLine("Find none is null: " + (items.Find(i => i.Priority == 9) == null));
        Console.WriteLine("RemoveAll prio 3 -> " + items.RemoveAll(i => i.Priority == 3) + " left " + items.Count);
        Console.WriteLine("ConvertAll: " + string.Join(",", items.ConvertAll(i => i.Name.ToUpper())));
        var sortedStr = new List<string> { "b", "d", "f" };
        int idx = sortedStr.BinarySearch("c");
        if (idx < 0) sortedStr.Insert(~idx, "c");
        Console.WriteLine("insert via BinarySearch complement: " + string.Join(",", sortedStr));
        var dbl = new List<double> { 2.5, double.NaN, -1, 0, double.NegativeInfinity };
        dbl.Sort();
        Console.WriteLine("doubles with NaN: " + string.Join(",", dbl));
    }
}
