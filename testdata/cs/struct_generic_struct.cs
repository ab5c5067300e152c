using System;
using System.Collections.Generic;

struct Pair<TA, TB>
{
    public TA First;
    public TB Second;
    public Pair(TA a, TB b) { First = a; Second = b; }
    public Pair<TB, TA> Swap() { return new Pair<TB, TA>(Second, First); }
    public override string ToString() { return "<" + First + ", " + Second + ">"; }
}

struct Optional<T>
{
    private readonly T value;
    public readonly bool HasValue;
    public Optional(T v) { value = v; HasValue = true; }
    public T GetOr(T fallback) { return HasValue ? value : fallback; }
    public Optional<TR> Map<TR>(Func<T, TR> f) { return HasValue ? new Optional<TR>(f(value)) : new Optional<TR>(); }
    public override string ToString() { return HasValue ? "Some(" + value + ")" : "None"; }
}

struct RingBuffer
{
    private int[] data;
    private int head, count;
    public RingBuffer(int cap) { data = new int[cap]; head = 0; count = 0; }
    public void Push(int v)
    {
        data[(head + count) % data.Length] = v;
        if (count < data.Length) count++; else head = (head + 1) % data.Length;
    }
    public int Count { get { return count; } }
    public string Dump()
    {
        var parts = new List<string>();
        for (int i = 0; i < count; i++) parts.Add(data[(head + i) % data.Length].ToString());
        return string.Join(",", parts);
    }
}

class Program
{
    static void Main()
    {
        var p = new Pair<int, string>(1, "one");
        Console.WriteLine("pair=" + p + " swapped=" + p.Swap() + " type=" + p.GetType().Name);
        var pp = new Pair<Pair<int, string>, double>(p, 2.5);
        Console.WriteLine("nested pair=" + pp);
        var copy = pp;
        copy.First.First = 99;
        Console.WriteLine("nested copy independent: " + pp.First.First + " vs " + copy.First.First);
        var o1 = new Optional<int>(5);
        var o2 = new Optional<int>();
        Console.WriteLine("o1=" + o1 + " o2=" + o2 + " GetOr: " + o1.GetOr(-1) + " " + o2.GetOr(-1));
        Console.WriteLine("map: " + o1.Map(x => x * 10) + " " + o1.Map(x => "s" + x) + " " + o2.Map(x => x.ToString()));
        var os = new Optional<string>("hi");
        Console.WriteLine("optional string: " + os + " len=" + os.Map(s => s.Length));
        var rb = new RingBuffer(4);
        for (int i = 1; i <= 6; i++) { rb.Push(i * 10); Console.WriteLine("push " + i * 10 + " -> [" + rb.Dump() + "] count=" + rb.Count); }
        var rb2 = rb;
        rb2.Push(999);
        Console.WriteLine("copy shares array but not head/count: rb=[" + rb.Dump() + "] rb2=[" + rb2.Dump() + "]");
        var list = new List<Pair<string, int>>();
        string[] names = { "d", "a", "c", "b" };
        for (int i = 0; i < names.Length; i++) list.Add(new Pair<string, int>(names[i], i));
        list.Sort((x, y) => string.CompareOrdinal(x.First, y.First));
        Console.WriteLine("sorted pairs: " + string.Join(" ", list));
        var dict = new Dictionary<Pair<int, int>, string>();
        dict[new Pair<int, int>(1, 2)] = "a";
        dict[new Pair<int, int>(1, 2)] = "b";
        dict[new Pair<int, int>(2, 1)] = "c";
        Console.WriteLine("struct keys (default equality) count=" + dict.Count + " [1,2]=" + dict[new Pair<int, int>(1, 2)]);
        KeyValuePair<string, int> kv = new KeyValuePair<string, int>("k", 5);
        Console.WriteLine("KVP " + kv.Key + "=" + kv.Value + " " + kv);
        Pair<int, string>[] arr = new Pair<int, string>[2];
        arr[0].First = 3;
        arr[0].Second = "three";
        Console.WriteLine("array of generic structs: " + arr[0] + " " + arr[1]);
    }
}
