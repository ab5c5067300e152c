using System;
using System.Collections.Generic;

class Program
{
    static void Try(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": completed"); }
        catch (InvalidOperationException e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        var list = new List<int> { 1, 2, 3, 4 };
        Try("List add during foreach", () => { foreach (var x in list) if (x == 2) list.Add(99); });
        Console.WriteLine("  list now: " + string.Join(",", list));
        Try("List remove last during foreach", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) if (x == 3) l.Remove(x); });
        Try("List remove second-to-last during foreach", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) if (x == 2) l.Remove(x); Console.WriteLine("  skipped check, l=" + string.Join(",", l)); });
        Try("List set element during foreach", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) l[0] = x; Console.WriteLine("  l[0]=" + l[0]); });
        Try("List Sort during foreach", () => { var l = new List<int> { 3, 2, 1 }; foreach (var x in l) l.Sort(); });
        Try("List Clear during foreach", () => { var l = new List<int> { 1 }; foreach (var x in l) l.Clear(); });
        Try("Dictionary add during foreach", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } }; foreach (var kv in d) d[kv.Key + 10] = 0; });
        Try("Dictionary overwrite existing during foreach", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 } }; foreach (var kv in d) d[kv.Key] = kv.Value * 10; Console.WriteLine("  d[2]=" + d[2]); });
        Try("Dictionary remove during foreach", () => { var d = new Dictionary<int, int> { { 1, 1 }, { 2, 2 }, { 3, 3 } }; foreach (var kv in d) d.Remove(kv.Key); Console.WriteLine("  count=" + d.Count); });
        Try("Dictionary Keys add during foreach", () => { var d = new Dictionary<string, int> { { "a", 1 } }; foreach (var k in d.Keys) d.Add(k + k, 2); });
        Try("HashSet add during foreach", () => { var h = new HashSet<int> { 1, 2 }; foreach (var x in h) h.Add(x * 100); });
        Try("Queue enqueue during foreach", () => { var q = new Queue<int>(new[] { 1, 2 }); foreach (var x in q) q.Enqueue(x); });
        Try("Stack push during foreach", () => { var s = new Stack<int>(new[] { 1, 2 }); foreach (var x in s) s.Push(x); });
        Try("SortedSet add during foreach", () => { var s = new SortedSet<int> { 1, 2 }; foreach (var x in s) s.Add(x + 10); });
        Try("LinkedList add during foreach", () => { var l = new LinkedList<int>(new[] { 1, 2 }); foreach (var x in l) l.AddLast(x); });
        Try("enumerator MoveNext after modification", () => { var l = new List<int> { 1, 2 }; var e = l.GetEnumerator(); e.MoveNext(); l.Add(3); e.MoveNext(); });
        Try("for loop with index while removing (allowed)", () =>
        {
            var l = new List<int> { 1, 2, 3, 4, 5, 6 };
            for (int i = l.Count - 1; i >= 0; i--) if (l[i] % 2 == 0) l.RemoveAt(i);
            Console.WriteLine("  remaining: " + string.Join(",", l));
        });
        Try("iterate copy while modifying original", () =>
        {
            var l = new List<int> { 1, 2, 3 };
            foreach (var x in l.ToArray()) l.Add(x * 10);
            Console.WriteLine("  l: " + string.Join(",", l));
        });
        Try("array modification during foreach (allowed)", () =>
        {
            var a = new[] { 1, 2, 3 };
            foreach (var x in a) a[2] = 100;
            Console.WriteLine("  a: " + string.Join(",", a));
        });
    }
}
