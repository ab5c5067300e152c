using System;
using System.Collections.Generic;

class MinHeap<T>
{
    private readonly List<T> data = new List<T>();
    private readonly IComparer<T> cmp;
    public MinHeap(IComparer<T> c) { cmp = c; }
    public int Count { get { return data.Count; } }
    public void Push(T x)
    {
        data.Add(x);
        int i = data.Count - 1;
        while (i > 0)
        {
            int p = (i - 1) / 2;
            if (cmp.Compare(data[i], data[p]) >= 0) break;
            T t = data[i]; data[i] = data[p]; data[p] = t;
            i = p;
        }
    }
    public T Pop()
    {
        T top = data[0];
        data[0] = data[data.Count - 1];
        data.RemoveAt(data.Count - 1);
        int i = 0;
        while (true)
        {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < data.Count && cmp.Compare(data[l], data[m]) < 0) m = l;
            if (r < data.Count && cmp.Compare(data[r], data[m]) < 0) m = r;
            if (m == i) break;
            T t = data[i]; data[i] = data[m]; data[m] = t;
            i = m;
        }
        return top;
    }
}

class Program
{
    static void Main()
    {
        var h = new MinHeap<int>(Comparer<int>.Default);
        var rnd = new Random(99);
        var inputs = new List<int>();
        for (int i = 0; i < 20; i++) { int v = rnd.Next(1000); inputs.Add(v); h.Push(v); }
        Console.WriteLine("inputs: " + string.Join(",", inputs));
        var outp = new List<int>();
        while (h.Count > 0) outp.Add(h.Pop());
        Console.WriteLine("heap order: " + string.Join(",", outp));
        var graph = new Dictionary<string, Dictionary<string, int>>
        {
            { "A", new Dictionary<string, int> { { "B", 7 }, { "C", 9 }, { "F", 14 } } },
            { "B", new Dictionary<string, int> { { "A", 7 }, { "C", 10 }, { "D", 15 } } },
            { "C", new Dictionary<string, int> { { "A", 9 }, { "B", 10 }, { "D", 11 }, { "F", 2 } } },
            { "D", new Dictionary<string, int> { { "B", 15 }, { "C", 11 }, { "E", 6 } } },
            { "E", new Dictionary<string, int> { { "D", 6 }, { "F", 9 } } },
            { "F", new Dictionary<string, int> { { "A", 14 }, { "C", 2 }, { "E", 9 } } },
        };
        var dist = new Dictionary<string, int>();
        var prev = new Dictionary<string, string>();
        var pq = new MinHeap<KeyValuePair<int, string>>(Comparer<KeyValuePair<int, string>>.Create((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : string.CompareOrdinal(a.Value, b.Value)));
        dist["A"] = 0;
        pq.Push(new KeyValuePair<int, string>(0, "A"));
        while (pq.Count > 0)
        {
            var cur = pq.Pop();
            if (cur.Key > dist[cur.Value]) continue;
            Console.WriteLine("settle " + cur.Value + " at " + cur.Key);
            foreach (var e in graph[cur.Value])
            {
                int nd = cur.Key + e.Value;
                int old;
                if (!dist.TryGetValue(e.Key, out old) || nd < old)
                {
                    dist[e.Key] = nd; prev[e.Key] = cur.Value;
                    pq.Push(new KeyValuePair<int, string>(nd, e.Key));
                }
            }
        }
        foreach (var node in new[] { "B", "C", "D", "E", "F" })
        {
            var path = new List<string>();
            for (string n = node; n != null; n = prev.ContainsKey(n) ? prev[n] : null) path.Insert(0, n);
            Console.WriteLine("A->" + node + " = " + dist[node] + " via " + string.Join("-", path));
        }
        var tasks = new MinHeap<Tuple<int, int, string>>(Comparer<Tuple<int, int, string>>.Default);
        string[] names = { "write", "read", "sync", "flush", "close", "open" };
        int[] prios = { 2, 1, 3, 2, 1, 3 };
        for (int i = 0; i < names.Length; i++) tasks.Push(Tuple.Create(prios[i], i, names[i]));
        Console.Write("tasks by priority then arrival:");
        while (tasks.Count > 0) Console.Write(" " + tasks.Pop().Item3);
        Console.WriteLine();
    }
}
