using System;
using System.Collections;
using System.Collections.Generic;

class Program
{
    static void Describe<T>(string label, ICollection<T> c)
    {
        Console.WriteLine(label + ": Count=" + c.Count + " IsReadOnly=" + c.IsReadOnly + " items=" + string.Join(",", c));
    }

    static void Main()
    {
        ICollection<int> list = new List<int> { 3, 1, 2 };
        list.Add(4);
        Console.WriteLine("Remove(1)=" + list.Remove(1) + " Contains(2)=" + list.Contains(2));
        Describe("List as ICollection", list);
        ICollection<int> set = new HashSet<int> { 5, 6 };
        set.Add(5);
        Describe("HashSet as ICollection", set);
        ICollection<string> ll = new LinkedList<string>(new[] { "x", "y" });
        ll.Add("z");
        Describe("LinkedList as ICollection", ll);
        ICollection<int> sortedSet = new SortedSet<int> { 9, 7, 8 };
        Describe("SortedSet as ICollection", sortedSet);
        IDictionary<string, int> dict = new Dictionary<string, int> { { "a", 1 } };
        dict.Add("b", 2);
        dict["c"] = 3;
        Console.WriteLine("IDictionary: " + dict.Count + " keys=" + string.Join(",", dict.Keys) + " values=" + string.Join(",", dict.Values));
        ICollection<KeyValuePair<string, int>> kvc = dict;
        kvc.Add(new KeyValuePair<string, int>("d", 4));
        Console.WriteLine("as ICollection<KVP>: Contains(d,4)=" + kvc.Contains(new KeyValuePair<string, int>("d", 4)) + " Contains(d,5)=" + kvc.Contains(new KeyValuePair<string, int>("d", 5)));
        IDictionary<int, string> sd = new SortedDictionary<int, string> { { 3, "c" }, { 1, "a" } };
        sd.Add(2, "b");
        Console.WriteLine("SortedDictionary as IDictionary: " + string.Join(",", sd.Values) + " TryGetValue(2)=" + sd.TryGetValue(2, out string v2) + " " + v2);
        IList<string> il = new List<string> { "p", "q" };
        il.Insert(1, "mid");
        il.RemoveAt(0);
        Console.WriteLine("IList: " + string.Join(",", il) + " IndexOf(q)=" + il.IndexOf("q"));
        IEnumerable<int> en = new Queue<int>(new[] { 1, 2, 3 });
        int sum = 0;
        foreach (var x in en) sum += x;
        Console.WriteLine("Queue as IEnumerable sum=" + sum);
        IReadOnlyListLikeDemo();
        IList nonGen = new List<string> { "a" };
        nonGen.Add("b");
        Console.WriteLine("non-generic IList on List<string>: " + nonGen.Count + " [1]=" + nonGen[1]);
        try { nonGen.Add(5); } catch (ArgumentException e) { Console.WriteLine("non-generic Add wrong type: " + e.GetType().Name); }
        IDictionary nonGenD = new Dictionary<string, int>();
        nonGenD["k"] = 7;
        Console.WriteLine("non-generic IDictionary: " + nonGenD["k"] + " missing=" + (nonGenD["zz"] == null));
        ICollection<int> arr = new int[] { 1, 2 };
        try { arr.Add(3); } catch (NotSupportedException e) { Console.WriteLine("array ICollection.Add: " + e.GetType().Name); }
        var enumerator = ((IEnumerable<int>)new List<int> { 10, 20 }).GetEnumerator();
        while (enumerator.MoveNext()) Console.Write(enumerator.Current + " ");
        enumerator.Dispose();
        Console.WriteLine();
        IEnumerator<KeyValuePair<string, int>> de = new Dictionary<string, int> { { "x", 1 } }.GetEnumerator();
        de.MoveNext();
        Console.WriteLine("dictionary enumerator current: " + de.Current);
    }

    static void IReadOnlyListLikeDemo()
    {
        IEnumerable<object> objs = new List<string> { "co", "variance" };
        Console.WriteLine("covariant IEnumerable<object>: " + string.Join(" ", objs));
    }
}
