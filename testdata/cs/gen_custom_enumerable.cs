using System;
using System.Collections;
using System.Collections.Generic;

class Range : IEnumerable<int>
{
    private readonly int start, count;
    public Range(int s, int c) { start = s; count = c; }
    public IEnumerator<int> GetEnumerator() { return new RangeEnumerator(start, count); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

    private class RangeEnumerator : IEnumerator<int>
    {
        private readonly int start, count;
        private int index = -1;
        public RangeEnumerator(int s, int c) { start = s; count = c; Console.WriteLine("  RangeEnumerator created"); }
        public int Current { get { return start + index; } }
        object IEnumerator.Current { get { return Current; } }
        public bool MoveNext() { index++; return index < count; }
        public void Reset() { index = -1; }
        public void Dispose() { Console.WriteLine("  RangeEnumerator disposed at index " + index); }
    }
}

class LinkedBag<T> : IEnumerable<T>
{
    private class Cell { public T Value; public Cell Next; }
    private Cell head;
    private int version;
    public int Count { get; private set; }
    public void Add(T v) { head = new Cell { Value = v, Next = head }; Count++; version++; }
    public IEnumerator<T> GetEnumerator()
    {
        int v = version;
        for (var c = head; c != null; c = c.Next)
        {
            if (v != version) throw new InvalidOperationException("bag modified");
            yield return c.Value;
        }
    }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

struct StructEnumerable
{
    public int N;
    public StructEnumerator GetEnumerator() { return new StructEnumerator { n = N, i = 0 }; }
}
struct StructEnumerator
{
    public int n, i;
    public int Current { get { return i * 10; } }
    public bool MoveNext() { return ++i <= n; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("foreach over custom IEnumerable<int>:");
        foreach (int x in new Range(5, 3)) Console.WriteLine("  " + x);
        Console.WriteLine("break early:");
        foreach (int x in new Range(100, 10)) { if (x == 102) break; Console.WriteLine("  " + x); }
        Console.WriteLine("manual enumeration:");
        using (var e = new Range(1, 2).GetEnumerator())
        {
            while (e.MoveNext()) Console.WriteLine("  manual " + e.Current);
            e.Reset();
            e.MoveNext();
            Console.WriteLine("  after reset " + e.Current);
        }
        Console.WriteLine("non-generic IEnumerable:");
        IEnumerable ne = new Range(0, 2);
        foreach (object o in ne) Console.WriteLine("  object " + o + " " + o.GetType().Name);
        var bag = new LinkedBag<string>();
        bag.Add("x"); bag.Add("y"); bag.Add("z");
        Console.WriteLine("bag: " + string.Join(",", bag) + " count=" + bag.Count);
        try { foreach (var s in bag) if (s == "y") bag.Add("w"); }
        catch (InvalidOperationException e) { Console.WriteLine("modified during enumeration: " + e.Message); }
        Console.WriteLine("duck-typed struct enumerator:");
        foreach (int v in new StructEnumerable { N = 4 }) Console.Write(v + " ");
        Console.WriteLine();
        var list = new List<int>(new Range(10, 5));
        Console.WriteLine("List from custom enumerable: " + string.Join(",", list));
        int sum = 0;
        foreach (var v in new Range(1, 100)) sum += v;
        Console.WriteLine("sum 1..100=" + sum);
    }
}
