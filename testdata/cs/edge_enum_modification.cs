using System;
using System.Collections.Generic;
class R : IDisposable { public void Dispose() { Console.WriteLine("R disposed"); } }
class Program
{
    static bool Adv(List<int>.Enumerator e) { return e.MoveNext(); }
    static bool AdvRef(ref List<int>.Enumerator e) { return e.MoveNext(); }
    static IEnumerable<int> Gen() { try { yield return 1; yield return 2; } finally { Console.WriteLine("gen finally"); throw new InvalidOperationException("from finally"); } }
    static void Main()
    {
        var list = new List<int> { 10, 20, 30 };
        var e = list.GetEnumerator();
        Adv(e); Adv(e);
        Console.WriteLine("after by-value advances MoveNext->" + e.MoveNext() + " cur " + e.Current);
        AdvRef(ref e);
        Console.WriteLine("after ref advance cur " + e.Current);
        IEnumerator<int> boxed = list.GetEnumerator();
        boxed.MoveNext(); var copy = boxed; copy.MoveNext();
        Console.WriteLine("boxed shared cur " + boxed.Current);
        var d = new Dictionary<string, int> { { "a", 1 }, { "b", 2 } }.GetEnumerator();
        d.MoveNext(); var dc = d; dc.MoveNext();
        Console.WriteLine("dict enum copy " + d.Current.Key + " " + dc.Current.Key);
        using (R r = null) { Console.WriteLine("null using ok"); }
        using (R a = new R(), b = null) { Console.WriteLine("two resources"); }
        try { lock ((object)null) { } } catch (ArgumentNullException) { Console.WriteLine("lock null -> ArgumentNullException"); }
        try { foreach (var x in Gen()) { Console.WriteLine("got " + x); if (x == 1) break; } }
        catch (InvalidOperationException ex) { Console.WriteLine("dispose threw " + ex.Message); }
        string s = null;
        try { foreach (var c in s) { } } catch (NullReferenceException) { Console.WriteLine("foreach null string NRE"); }
        int[] arr = { 1, 2, 3 }; int tot = 0;
        foreach (var x in arr) { tot += x; if (x == 1) arr = new[] { 100 }; }
        Console.WriteLine("foreach array reassign " + tot);
        var q = new Queue<int>(new[] { 1, 2 });
        try { foreach (var x in q) q.Enqueue(3); } catch (InvalidOperationException) { Console.WriteLine("queue modified"); }
        var hs = new HashSet<int> { 1 };
        try { foreach (var x in hs) hs.Remove(x); Console.WriteLine("hashset remove during enum ok"); } catch (InvalidOperationException) { Console.WriteLine("hashset modified"); }
        var dd = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } };
        try { foreach (var k in dd.Keys) dd.Remove(k); Console.WriteLine("dict remove during enum ok " + dd.Count); } catch (InvalidOperationException) { Console.WriteLine("dict modified on remove"); }
        try { foreach (var k in new List<int>(dd.Keys)) dd[k] = 5; foreach (var kv in dd) dd[kv.Key] = 6; Console.WriteLine("dict overwrite during enum ok"); } catch (InvalidOperationException) { Console.WriteLine("dict modified on overwrite"); }
        var l2 = new List<int> { 1, 2, 3 };
        try { foreach (var x in l2) l2[0] = 9; Console.WriteLine("list set during enum ok"); } catch (InvalidOperationException) { Console.WriteLine("list modified on set"); }
        var sl = new SortedList<int, int> { { 1, 1 } };
        try { foreach (var kv in sl) sl[1] = 2; Console.WriteLine("sortedlist set ok"); } catch (InvalidOperationException) { Console.WriteLine("sortedlist modified on set"); }
        var sd = new SortedDictionary<int, int> { { 1, 1 }, { 2, 2 } };
        try { foreach (var kv in sd) sd[kv.Key] = 7; Console.WriteLine("sorteddict set ok"); } catch (InvalidOperationException) { Console.WriteLine("sorteddict modified on set"); }
    }
}
