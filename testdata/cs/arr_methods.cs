using System;
using System.Collections.Generic;

class Program
{
    static string S<T>(T[] a) { return "[" + string.Join(",", a) + "]"; }

    static void Main()
    {
        int[] a = { 5, 3, 9, 1, 7, 3, 8 };
        int[] sorted = (int[])a.Clone();
        Array.Sort(sorted);
        Console.WriteLine("Sort: " + S(sorted) + " original " + S(a));
        Console.WriteLine("BinarySearch 7=" + Array.BinarySearch(sorted, 7) + " 4=" + Array.BinarySearch(sorted, 4) + " 0=" + Array.BinarySearch(sorted, 0) + " 10=" + Array.BinarySearch(sorted, 10));
        Console.WriteLine("IndexOf 3=" + Array.IndexOf(a, 3) + " from 2=" + Array.IndexOf(a, 3, 2) + " missing=" + Array.IndexOf(a, 42) + " LastIndexOf 3=" + Array.LastIndexOf(a, 3));
        int[] dest = new int[10];
        Array.Copy(a, dest, 4);
        Console.WriteLine("Copy 4: " + S(dest));
        Array.Copy(a, 2, dest, 5, 3);
        Console.WriteLine("Copy range: " + S(dest));
        Array.Copy(dest, 0, dest, 2, 5);
        Console.WriteLine("Copy overlapping: " + S(dest));
        a.CopyTo(dest, 3);
        Console.WriteLine("CopyTo: " + S(dest));
        int[] r = (int[])a.Clone();
        Array.Resize(ref r, 10);
        Console.WriteLine("Resize up: " + S(r));
        Array.Resize(ref r, 3);
        Console.WriteLine("Resize down: " + S(r));
        int[] nr = null;
        Array.Resize(ref nr, 2);
        Console.WriteLine("Resize null: " + S(nr));
        int[] rv = (int[])a.Clone();
        Array.Reverse(rv);
        Console.WriteLine("Reverse: " + S(rv));
        Array.Reverse(rv, 1, 3);
        Console.WriteLine("Reverse range: " + S(rv));
        Array.Clear(rv, 2, 3);
        Console.WriteLine("Clear range: " + S(rv));
        int[] filled = new int[5];
        Array.Fill(filled, 7);
        Console.WriteLine("Fill: " + S(filled));
        string[] sfilled = new string[3];
        Array.Fill(sfilled, "s");
        Console.WriteLine("Fill strings: " + S(sfilled));
        Console.WriteLine("Find >6: " + Array.Find(a, x => x > 6) + " FindLast >6: " + Array.FindLast(a, x => x > 6) + " Find >100: " + Array.Find(a, x => x > 100));
        Console.WriteLine("FindIndex >6: " + Array.FindIndex(a, x => x > 6) + " FindLastIndex <5: " + Array.FindLastIndex(a, x => x < 5) + " FindIndex none: " + Array.FindIndex(a, x => x < 0));
        Console.WriteLine("FindAll odd: " + S(Array.FindAll(a, x => x % 2 == 1)));
        Console.WriteLine("Exists 9: " + Array.Exists(a, x => x == 9) + " Exists 10: " + Array.Exists(a, x => x == 10) + " TrueForAll >0: " + Array.TrueForAll(a, x => x > 0));
        Console.Write("ForEach: ");
        Array.ForEach(a, x => Console.Write(x * 10 + " "));
        Console.WriteLine();
        Console.WriteLine("ConvertAll: " + S(Array.ConvertAll(a, x => "n" + x)));
        Console.WriteLine("Empty: " + Array.Empty<int>().Length + " same instance: " + ReferenceEquals(Array.Empty<int>(), Array.Empty<int>()));
        string[] names = { "pear", "Apple", "fig", "banana", "cherry" };
        string[] byLen = (string[])names.Clone();
        Array.Sort(byLen, (x, y) => x.Length.CompareTo(y.Length));
        Console.WriteLine("Sort by Comparison (length): " + S(byLen));
        string[] ord = (string[])names.Clone();
        Array.Sort(ord, StringComparer.Ordinal);
        Console.WriteLine("Sort ordinal: " + S(ord));
        Array.Sort(ord, new DescComparer());
        Console.WriteLine("Sort IComparer desc: " + S(ord));
        int[] keys = { 3, 1, 2 };
        string[] vals = { "c", "a", "b" };
        Array.Sort(keys, vals);
        Console.WriteLine("Sort keys/items: " + S(keys) + " " + S(vals));
        int[] part = { 9, 8, 7, 6, 5, 4 };
        Array.Sort(part, 1, 4);
        Console.WriteLine("Sort range: " + S(part));
        Console.WriteLine("BinarySearch with comparer: " + Array.BinarySearch(new[] { "a", "b", "c" }, "B", StringComparer.OrdinalIgnoreCase));
        int[] big = new int[1000];
        var rnd = new Random(1);
        for (int i = 0; i < big.Length; i++) big[i] = rnd.Next(100);
        Array.Sort(big);
        bool ok = true;
        for (int i = 1; i < big.Length; i++) if (big[i - 1] > big[i]) ok = false;
        Console.WriteLine("big sort ok=" + ok + " min=" + big[0] + " max=" + big[999] + " median=" + big[500]);
        try { Array.Copy(a, dest, 20); } catch (ArgumentException e) { Console.WriteLine("Copy too long: " + e.GetType().Name); }
        try { Array.Sort((int[])null); } catch (ArgumentNullException e) { Console.WriteLine("Sort null: " + e.GetType().Name); }
        IList<int> il = a;
        Console.WriteLine("IList<int>: Count=" + il.Count + " [2]=" + il[2] + " Contains 8=" + il.Contains(8) + " IndexOf 8=" + il.IndexOf(8) + " IsReadOnly=" + il.IsReadOnly);
        try { il.Add(1); } catch (NotSupportedException e) { Console.WriteLine("IList.Add on array: " + e.GetType().Name); }
        il[0] = 55;
        Console.WriteLine("IList set writes through: " + a[0]);
        ICollection<int> ic = a;
        int[] target = new int[a.Length];
        ic.CopyTo(target, 0);
        Console.WriteLine("ICollection.CopyTo: " + S(target));
    }

    class DescComparer : IComparer<string> { public int Compare(string x, string y) { return string.CompareOrdinal(y, x); } }
}
