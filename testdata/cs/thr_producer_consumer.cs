using System;
using System.Collections.Generic;
using System.Threading;

class BoundedQueue<T>
{
    private readonly Queue<T> q = new Queue<T>();
    private readonly int cap;
    private readonly object sync = new object();
    private bool closed;
    public int MaxObserved;
    public BoundedQueue(int c) { cap = c; }
    public void Put(T item)
    {
        lock (sync)
        {
            while (q.Count >= cap) Monitor.Wait(sync);
            q.Enqueue(item);
            if (q.Count > MaxObserved) MaxObserved = q.Count;
            Monitor.PulseAll(sync);
        }
    }
    public bool TryTake(out T item)
    {
        lock (sync)
        {
            while (q.Count == 0 && !closed) Monitor.Wait(sync);
            if (q.Count == 0) { item = default(T); return false; }
            item = q.Dequeue();
            Monitor.PulseAll(sync);
            return true;
        }
    }
    public void Close() { lock (sync) { closed = true; Monitor.PulseAll(sync); } }
}

class Program
{
    static void Main()
    {
        var queue = new BoundedQueue<int>(5);
        int producers = 3, consumers = 2, perProducer = 200;
        var consumed = new List<int>[consumers];
        var cts = new Thread[consumers];
        for (int c = 0; c < consumers; c++)
        {
            consumed[c] = new List<int>();
            var mine = consumed[c];
            cts[c] = new Thread(() => { int v; while (queue.TryTake(out v)) mine.Add(v); });
            cts[c].Start();
        }
        var pts = new Thread[producers];
        for (int p = 0; p < producers; p++)
        {
            int id = p;
            pts[p] = new Thread(() => { for (int i = 0; i < perProducer; i++) queue.Put(id * 10000 + i); });
            pts[p].Start();
        }
        foreach (var t in pts) t.Join();
        queue.Close();
        foreach (var t in cts) t.Join();
        var all = new List<int>();
        foreach (var l in consumed) all.AddRange(l);
        all.Sort();
        long total = 0;
        foreach (var v in all) total += v;
        Console.WriteLine("items consumed=" + all.Count + " expected=" + producers * perProducer + " checksum=" + total);
        Console.WriteLine("no duplicates: " + (new HashSet<int>(all).Count == all.Count) + " bound respected: " + (queue.MaxObserved <= 5));
        bool perProducerOrder = true;
        foreach (var l in consumed)
        {
            var last = new Dictionary<int, int>();
            foreach (var v in l) { int prod = v / 10000, seq = v % 10000; int prev; if (last.TryGetValue(prod, out prev) && prev > seq) perProducerOrder = false; last[prod] = seq; }
        }
        Console.WriteLine("each consumer saw each producer's items in order: " + perProducerOrder);
        var gate = new object();
        int turn = 0;
        var log = new List<string>();
        var players = new Thread[3];
        for (int p = 0; p < 3; p++)
        {
            int me = p;
            players[p] = new Thread(() =>
            {
                for (int round = 0; round < 4; round++)
                {
                    lock (gate)
                    {
                        while (turn % 3 != me) Monitor.Wait(gate);
                        log.Add("p" + me + "r" + round);
                        turn++;
                        Monitor.PulseAll(gate);
                    }
                }
            });
            players[p].Start();
        }
        foreach (var t in players) t.Join();
        Console.WriteLine("round robin via Wait/PulseAll: " + string.Join(" ", log));
        object signal = new object();
        bool ready = false;
        string payload = null;
        var waiter = new Thread(() => { lock (signal) { while (!ready) Monitor.Wait(signal); Console.WriteLine("waiter received: " + payload); } });
        waiter.Start();
        Thread.Sleep(10);
        lock (signal) { payload = "hello"; ready = true; Monitor.Pulse(signal); }
        waiter.Join();
        lock (signal) { Console.WriteLine("Wait with timeout returns: " + Monitor.Wait(signal, 10)); }
    }
}
