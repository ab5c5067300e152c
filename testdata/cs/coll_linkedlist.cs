using System;
using System.Collections.Generic;

class Program
{
    static string S<T>(LinkedList<T> l) { return "[" + string.Join(",", l) + "] (" + l.Count + ")"; }

    static void Main()
    {
        var l = new LinkedList<string>();
        l.AddLast("b");
        l.AddFirst("a");
        l.AddLast("d");
        Console.WriteLine("basic: " + S(l));
        var nodeD = l.Find("d");
        l.AddBefore(nodeD, "c");
        l.AddAfter(nodeD, "e");
        Console.WriteLine("AddBefore/After: " + S(l));
        Console.WriteLine("First=" + l.First.Value + " Last=" + l.Last.Value + " First.Next=" + l.First.Next.Value + " Last.Previous=" + l.Last.Previous.Value + " First.Previous null=" + (l.First.Previous == null));
        l.AddLast("c");
        Console.WriteLine("Find(c) next=" + l.Find("c").Next.Value + " FindLast(c) next null=" + (l.FindLast("c").Next == null) + " Find(zz) null=" + (l.Find("zz") == null));
        Console.WriteLine("Remove(c)=" + l.Remove("c") + " " + S(l));
        l.Remove(l.Find("e"));
        l.RemoveFirst();
        l.RemoveLast();
        Console.WriteLine("Remove node/First/Last: " + S(l));
        Console.WriteLine("Contains(b)=" + l.Contains("b") + " Contains(a)=" + l.Contains("a"));
        var node = l.First;
        node.Value = "B";
        Console.WriteLine("node value set: " + S(l) + " node.List same: " + ReferenceEquals(node.List, l));
        var moved = l.Last;
        l.Remove(moved);
        Console.WriteLine("removed node List null: " + (moved.List == null));
        l.AddFirst(moved);
        Console.WriteLine("re-added node at front: " + S(l));
        try { l.AddLast(l.First); } catch (InvalidOperationException e) { Console.WriteLine("add node already in list: " + e.GetType().Name); }
        var nums = new LinkedList<int>(new[] { 1, 2, 3, 4, 5, 6, 7, 8 });
        for (var n = nums.First; n != null; )
        {
            var next = n.Next;
            if (n.Value % 2 == 0) nums.Remove(n);
            n = next;
        }
        Console.WriteLine("removed evens while walking: " + S(nums));
        Console.Write("backward walk:");
        for (var n = nums.Last; n != null; n = n.Previous) Console.Write(" " + n.Value);
        Console.WriteLine();
        var lru = new LRU(3);
        foreach (var k in new[] { "a", "b", "c", "a", "d", "b", "e", "a" }) Console.WriteLine("  access " + k + " -> " + lru.Access(k));
        l.Clear();
        Console.WriteLine("cleared: " + S(l) + " First null=" + (l.First == null));
        try { l.RemoveFirst(); } catch (InvalidOperationException e) { Console.WriteLine("RemoveFirst empty: " + e.GetType().Name); }
        var arr = new int[10];
        nums.CopyTo(arr, 1);
        Console.WriteLine("CopyTo: " + string.Join(",", arr));
    }

    class LRU
    {
        private readonly int cap;
        private readonly LinkedList<string> order = new LinkedList<string>();
        private readonly Dictionary<string, LinkedListNode<string>> map = new Dictionary<string, LinkedListNode<string>>();
        public LRU(int c) { cap = c; }
        public string Access(string k)
        {
            string result;
            LinkedListNode<string> n;
            if (map.TryGetValue(k, out n)) { order.Remove(n); order.AddFirst(n); result = "hit"; }
            else
            {
                result = "miss";
                if (map.Count == cap) { var last = order.Last; order.RemoveLast(); map.Remove(last.Value); result += " evict " + last.Value; }
                map[k] = order.AddFirst(k);
            }
            return result + " [" + string.Join(",", order) + "]";
        }
    }
}
