using System;
using System.Collections;
using System.Collections.Generic;

class MyList<T> : IEnumerable<T>
{
    private class Node { public T Value; public Node Next; public Node(T v, Node n) { Value = v; Next = n; } }
    private Node head, tail;
    public int Count { get; private set; }
    public void Add(T v) { var n = new Node(v, null); if (tail == null) head = tail = n; else { tail.Next = n; tail = n; } Count++; }
    public void AddFirst(T v) { head = new Node(v, head); if (tail == null) tail = head; Count++; }
    public bool Remove(T v)
    {
        var cmp = EqualityComparer<T>.Default;
        Node prev = null;
        for (var n = head; n != null; prev = n, n = n.Next)
        {
            if (!cmp.Equals(n.Value, v)) continue;
            if (prev == null) head = n.Next; else prev.Next = n.Next;
            if (n == tail) tail = prev;
            Count--;
            return true;
        }
        return false;
    }
    public MyList<TR> Map<TR>(Func<T, TR> f) { var r = new MyList<TR>(); foreach (var x in this) r.Add(f(x)); return r; }
    public MyList<T> Filter(Predicate<T> p) { var r = new MyList<T>(); foreach (var x in this) if (p(x)) r.Add(x); return r; }
    public TA Fold<TA>(TA seed, Func<TA, T, TA> f) { var a = seed; foreach (var x in this) a = f(a, x); return a; }
    public void Reverse()
    {
        Node prev = null, cur = head;
        tail = head;
        while (cur != null) { var next = cur.Next; cur.Next = prev; prev = cur; cur = next; }
        head = prev;
    }
    public T this[int i]
    {
        get
        {
            if (i < 0 || i >= Count) throw new ArgumentOutOfRangeException("i");
            var n = head; while (i-- > 0) n = n.Next; return n.Value;
        }
    }
    public IEnumerator<T> GetEnumerator() { for (var n = head; n != null; n = n.Next) yield return n.Value; }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
    public override string ToString() { return "(" + string.Join(" ", this) + ")"; }
}

class Program
{
    static void Main()
    {
        var l = new MyList<int>();
        for (int i = 1; i <= 8; i++) l.Add(i);
        l.AddFirst(0);
        Console.WriteLine("list=" + l + " count=" + l.Count + " [3]=" + l[3]);
        Console.WriteLine("Remove(0)=" + l.Remove(0) + " Remove(8)=" + l.Remove(8) + " Remove(42)=" + l.Remove(42) + " -> " + l);
        l.Add(9);
        Console.WriteLine("add after removing tail: " + l);
        Console.WriteLine("map squares: " + l.Map(x => x * x) + " map strings: " + l.Map(x => "#" + x));
        Console.WriteLine("filter odd: " + l.Filter(x => x % 2 == 1) + " fold sum: " + l.Fold(0, (a, x) => a + x) + " fold concat: " + l.Fold("", (a, x) => a + x));
        l.Reverse();
        Console.WriteLine("reversed: " + l);
        l.Add(100);
        Console.WriteLine("add after reverse (tail fixed): " + l);
        var s = new MyList<string>();
        foreach (var w in "to be or not to be".Split(' ')) s.Add(w);
        s.Remove("to");
        s.Remove(null);
        Console.WriteLine("strings: " + s + " count=" + s.Count);
        var ns = new MyList<string> { };
        ns.Add(null); ns.Add("x");
        Console.WriteLine("null element removal: " + ns.Remove(null) + " " + ns);
        try { Console.WriteLine(l[50]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("indexer out of range: " + e.ParamName); }
        var nested = new MyList<MyList<int>>();
        nested.Add(l.Filter(x => x < 4));
        nested.Add(new MyList<int>());
        Console.WriteLine("nested: " + nested + " total=" + nested.Fold(0, (a, x) => a + x.Count));
    }
}
