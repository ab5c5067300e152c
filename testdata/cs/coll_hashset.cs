using System;
using System.Collections.Generic;

class Program
{
    static string S(IEnumerable<int> s) { var l = new List<int>(s); l.Sort(); return "{" + string.Join(",", l) + "}"; }

    static void Main()
    {
        var a = new HashSet<int> { 1, 2, 3, 4, 5 };
        var b = new HashSet<int> { 4, 5, 6, 7 };
        Console.WriteLine("a=" + S(a) + " b=" + S(b));
        Console.WriteLine("Add existing: " + a.Add(3) + " Add new: " + a.Add(10) + " Remove: " + a.Remove(10) + " Remove missing: " + a.Remove(99));
        var u = new HashSet<int>(a); u.UnionWith(b);
        var i = new HashSet<int>(a); i.IntersectWith(b);
        var e = new HashSet<int>(a); e.ExceptWith(b);
        var x = new HashSet<int>(a); x.SymmetricExceptWith(b);
        Console.WriteLine("union=" + S(u) + " intersect=" + S(i) + " except=" + S(e) + " symexcept=" + S(x));
        var sub = new HashSet<int> { 1, 2 };
        Console.WriteLine("IsSubsetOf=" + sub.IsSubsetOf(a) + " IsProperSubsetOf=" + sub.IsProperSubsetOf(a) + " IsSupersetOf=" + a.IsSupersetOf(sub) + " IsProperSupersetOf=" + a.IsProperSupersetOf(a));
        Console.WriteLine("Overlaps(b)=" + a.Overlaps(b) + " Overlaps({100})=" + a.Overlaps(new[] { 100 }) + " SetEquals=" + a.SetEquals(new[] { 5, 4, 3, 2, 1, 1 }));
        Console.WriteLine("Contains 3=" + a.Contains(3) + " Count=" + a.Count);
        int removed = a.RemoveWhere(n => n % 2 == 0);
        Console.WriteLine("RemoveWhere even removed " + removed + " -> " + S(a));
        var order = new HashSet<int>();
        foreach (int n in new[] { 5, 3, 9, 1, 7 }) order.Add(n);
        Console.WriteLine("enumeration order (insertion, no removals): " + string.Join(",", order));
        order.Remove(3);
        order.Add(4);
        order.Add(100);
        Console.WriteLine("after remove 3, add 4, 100: " + string.Join(",", order));
        var strs = new HashSet<string> { "pear", "apple", "fig" };
        strs.Add("apple");
        Console.WriteLine("strings: " + string.Join(",", strs) + " count " + strs.Count);
        var withNull = new HashSet<string> { null, "a", null };
        Console.WriteLine("null element count=" + withNull.Count + " contains null=" + withNull.Contains(null));
        int[] arr = new int[10];
        order.CopyTo(arr);
        Console.WriteLine("CopyTo: " + string.Join(",", arr));
        var dedup = new HashSet<char>("mississippi");
        Console.WriteLine("dedup chars: " + new string(new List<char>(dedup).ToArray()));
        var seen = new HashSet<int>();
        var dups = new List<int>();
        foreach (int n in new[] { 1, 5, 2, 5, 3, 1, 5 }) if (!seen.Add(n)) dups.Add(n);
        Console.WriteLine("duplicates found: " + string.Join(",", dups));
        order.Clear();
        Console.WriteLine("after Clear: " + order.Count);
        try { foreach (var n in b) b.Add(n + 100); }
        catch (InvalidOperationException ex) { Console.WriteLine("modify during enumeration: " + ex.GetType().Name); }
        var big = new HashSet<int>();
        for (int k = 0; k < 10000; k++) big.Add(k * k % 1009);
        Console.WriteLine("quadratic residues mod 1009: " + big.Count);
    }
}
