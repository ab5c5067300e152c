using System;
using System.Collections.Generic;
using System.Linq;

struct Key : IEquatable<Key>
{
    public int A; public string B;
    public Key(int a, string b) { A = a; B = b; }
    public override int GetHashCode() { return A % 3; } // many collisions
    public override bool Equals(object o) { return o is Key && Equals((Key)o); }
    public bool Equals(Key k) { return A == k.A && B == k.B; }
    public override string ToString() { return A + B; }
}
struct OnlyObjEquals
{
    public int V;
    public override bool Equals(object o) { Console.Write("(eq)"); return o is OnlyObjEquals && ((OnlyObjEquals)o).V == V; }
    public override int GetHashCode() { return 1; }
}
struct Item : IComparable<Item>
{
    public int Pri; public string Name;
    public Item(int p, string n) { Pri = p; Name = n; }
    public int CompareTo(Item o) { return Pri.CompareTo(o.Pri); }
    public override string ToString() { return Name + Pri; }
}
class Caseless : IEqualityComparer<string>
{
    public int Calls;
    public bool Equals(string a, string b) { Calls++; return string.Equals(a, b, StringComparison.OrdinalIgnoreCase); }
    public int GetHashCode(string s) { return s.ToUpperInvariant().GetHashCode(); }
}
class ModComparer : IEqualityComparer<int>
{
    public bool Equals(int a, int b) { return a % 10 == b % 10; }
    public int GetHashCode(int x) { return x % 10; }
}
class DescLen : IComparer<string> { public int Compare(string a, string b) { int c = b.Length.CompareTo(a.Length); return c != 0 ? c : string.CompareOrdinal(a, b); } }

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static string J<T>(IEnumerable<T> e) { return "[" + string.Join(",", e) + "]"; }
    static void Main()
    {
        var items = new List<Item> { new Item(3, "c"), new Item(1, "a"), new Item(2, "b"), new Item(1, "a2"), new Item(5, "e") };
        items.Sort();
        P("sorted prios: " + string.Join(",", items.Select(i => i.Pri)));
        P("BinarySearch 2: " + items.BinarySearch(new Item(2, "?")) + " 4: " + items.BinarySearch(new Item(4, "?")) + " 9: " + items.BinarySearch(new Item(9, "")));
        items.Sort((x, y) => string.CompareOrdinal(y.Name, x.Name));
        P("by name desc: " + J(items));
        items.Sort(1, 3, Comparer<Item>.Create((x, y) => x.Name.Length - y.Name.Length));
        P("range sort: " + items[0] + " " + items[4]);
        int removed = items.RemoveAll(i => i.Pri == 1);
        P("removed " + removed + " left " + J(items));
        var it = items[0]; it.Pri = 100;
        P("copy mutated, list unchanged: " + items[0]);
        P("IndexOf struct: " + items.IndexOf(new Item(2, "b")) + " Contains: " + items.Contains(new Item(5, "e")) + " " + items.Contains(new Item(5, "E")));
        items.Reverse();
        P("reversed " + J(items) + " Find " + items.Find(i => i.Pri > 2) + " FindLastIndex " + items.FindLastIndex(i => i.Pri < 4));
        var cap = new List<int>(2); for (int i = 0; i < 10; i++) cap.Add(i);
        cap.RemoveRange(2, 5); cap.InsertRange(1, new[] { 100, 200 });
        P("range ops: " + J(cap) + " GetRange " + J(cap.GetRange(1, 2)) + " LastIndexOf " + cap.LastIndexOf(9));
        cap.TrimExcess();
        P("ForEach/TrueForAll/ConvertAll: " + cap.TrueForAll(x => x >= 0) + " " + J(cap.ConvertAll(x => x / 2)));

        var d = new Dictionary<Key, int>();
        for (int i = 0; i < 12; i++) d[new Key(i, i % 2 == 0 ? "e" : "o")] = i * i;
        d.Remove(new Key(4, "e"));
        d[new Key(4, "x")] = -4;
        P("struct key dict count " + d.Count + " [7o]=" + d[new Key(7, "o")] + " has 4e " + d.ContainsKey(new Key(4, "e")) + " 4x " + d[new Key(4, "x")]);
        int v;
        P("TryGetValue wrong B: " + d.TryGetValue(new Key(7, "e"), out v) + " " + v);
        try { var x = d[new Key(99, "z")]; } catch (KeyNotFoundException) { P("KNF"); }
        var d2 = new Dictionary<OnlyObjEquals, string>();
        d2[new OnlyObjEquals { V = 1 }] = "one";
        d2[new OnlyObjEquals { V = 2 }] = "two";
        P(" obj-equals dict: " + d2[new OnlyObjEquals { V = 2 }]);
        var cl = new Caseless();
        var cd = new Dictionary<string, int>(cl) { { "Hello", 1 }, { "World", 2 } };
        cd["HELLO"] = 10;
        P("caseless: count " + cd.Count + " hello=" + cd["hello"] + " keys " + J(cd.Keys) + " calls>0 " + (cl.Calls > 0));
        try { cd.Add("world", 3); } catch (ArgumentException) { P("dup add ArgumentException"); }
        var md = new Dictionary<int, string>(new ModComparer());
        md[1] = "a"; md[11] = "b"; md[21] = "c"; md[2] = "d";
        P("mod comparer: " + md.Count + " " + md[31] + " keys " + J(md.Keys));
        var hs = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "a", "A", "b" };
        P("hashset ci: " + hs.Count + " " + hs.Contains("B"));
        var order = new Dictionary<int, int>();
        for (int i = 0; i < 6; i++) order[i * 7 % 6] = i;
        order.Remove(3); order[100] = 1; order.Remove(0); order[-1] = 2;
        P("dict enumeration order after removes: " + J(order.Keys));

        var sd = new SortedDictionary<string, int>(new DescLen());
        foreach (var w in new[] { "kiwi", "fig", "banana", "apple", "date", "cherry" }) sd[w] = w.Length;
        P("sorted dict: " + J(sd.Keys) + " first " + sd.First().Key);
        sd.Remove("fig");
        P("after remove: " + J(sd.Values));
        var ss = new SortedSet<int>(new[] { 50, 10, 40, 20, 30, 60, 10 });
        P("sortedset: " + J(ss) + " min " + ss.Min + " max " + ss.Max);
        var view = ss.GetViewBetween(20, 45);
        P("view 20..45: " + J(view) + " count " + view.Count + " min " + view.Min + " max " + view.Max);
        ss.Add(35); ss.Add(5);
        P("view after add: " + J(view) + " count " + view.Count);
        view.Add(25);
        P("after view add: " + J(ss));
        try { view.Add(100); } catch (ArgumentOutOfRangeException) { P("add outside view AOORE"); }
        view.Remove(30);
        P("after view remove: " + J(ss) + " reverse " + J(ss.Reverse()));
        P("set ops: " + ss.IsSupersetOf(new[] { 5, 10 }) + " " + ss.Overlaps(new[] { 99, 60 }) + " " + ss.SetEquals(ss.ToList()));
        ss.ExceptWith(new[] { 5, 60 }); ss.IntersectWith(new[] { 10, 20, 25, 40, 999 }); 
        P("except/intersect: " + J(ss));
        ss.UnionWith(new[] { 1, 2 }); ss.SymmetricExceptWith(new[] { 2, 3 });
        P("union/symexcept: " + J(ss) + " RemoveWhere " + ss.RemoveWhere(x => x % 2 == 0) + " " + J(ss));
        var sl = new SortedList<int, string> { { 3, "c" }, { 1, "a" }, { 2, "b" } };
        P("sortedlist: " + J(sl.Keys) + " idx of 2 " + sl.IndexOfKey(2) + " " + sl.Values[2] + " IndexOfValue " + sl.IndexOfValue("a"));
        sl.RemoveAt(0);
        P("after RemoveAt " + J(sl.Values));
        var lk = new LinkedList<int>(new[] { 1, 2, 3 });
        lk.AddAfter(lk.Find(2), 25); lk.AddFirst(0); lk.Remove(3); lk.AddBefore(lk.Last, 24);
        P("linked: " + J(lk) + " last " + lk.Last.Value + " first.next " + lk.First.Next.Value);
        var q = new Queue<Item>(); q.Enqueue(new Item(1, "x")); q.Enqueue(new Item(2, "y"));
        var pk = q.Peek(); pk.Pri = 9;
        P("queue struct peek copy: " + q.Peek() + " " + q.Dequeue() + " " + q.Count);
        var st = new Stack<int>(new[] { 1, 2, 3 });
        P("stack from array: " + J(st) + " ToArray " + J(st.ToArray()) + " pop " + st.Pop());
    }
}
