using System;
using System.Collections.Generic;
using System.Threading;

class Barrier2
{
    private readonly object sync = new object();
    private readonly int parties;
    private int arrived, generation;
    public Barrier2(int n) { parties = n; }
    public int Arrive()
    {
        lock (sync)
        {
            int gen = generation;
            arrived++;
            if (arrived == parties) { arrived = 0; generation++; Monitor.PulseAll(sync); return gen; }
            while (gen == generation) Monitor.Wait(sync);
            return gen;
        }
    }
}

class Program
{
    static int factoryCalls;

    static void Main()
    {
        var lazy = new Lazy<string>(() => { Interlocked.Increment(ref factoryCalls); Thread.Sleep(20); return "expensive value"; });
        var ts = new Thread[6];
        var seen = new string[6];
        for (int i = 0; i < 6; i++) { int k = i; ts[i] = new Thread(() => seen[k] = lazy.Value); }
        foreach (var t in ts) t.Start();
        foreach (var t in ts) t.Join();
        Console.WriteLine("Lazy thread-safe factory calls=" + factoryCalls + " all same=" + Array.TrueForAll(seen, s => ReferenceEquals(s, seen[0])) + " value=" + seen[0]);
        var barrier = new Barrier2(3);
        var log = new List<string>();
        var workers = new Thread[3];
        for (int w = 0; w < 3; w++)
        {
            int id = w;
            workers[w] = new Thread(() =>
            {
                for (int phase = 0; phase < 3; phase++)
                {
                    lock (log) log.Add("phase" + phase + ":w" + id);
                    barrier.Arrive();
                }
            });
        }
        foreach (var t in workers) t.Start();
        foreach (var t in workers) t.Join();
        bool phasesOrdered = true;
        for (int i = 1; i < log.Count; i++) if (log[i - 1][5] > log[i][5]) phasesOrdered = false;
        Console.WriteLine("barrier entries=" + log.Count + " phases never interleave: " + phasesOrdered);
        var perPhase = new SortedDictionary<string, int>();
        foreach (var s in log) { string ph = s.Substring(0, 6); int c; perPhase.TryGetValue(ph, out c); perPhase[ph] = c + 1; }
        foreach (var kv in perPhase) Console.WriteLine("  " + kv.Key + " arrivals=" + kv.Value);
        var countdown = 5;
        var cdLock = new object();
        var cdThreads = new Thread[5];
        for (int i = 0; i < 5; i++) cdThreads[i] = new Thread(() => { lock (cdLock) { countdown--; if (countdown == 0) Monitor.PulseAll(cdLock); } });
        foreach (var t in cdThreads) t.Start();
        lock (cdLock) { while (countdown > 0) Monitor.Wait(cdLock); }
        Console.WriteLine("countdown reached " + countdown);
        foreach (var t in cdThreads) t.Join();
        var lazyNoSafe = new Lazy<int>(() => 42, false);
        Console.WriteLine("non-thread-safe Lazy: " + lazyNoSafe.Value + " created=" + lazyNoSafe.IsValueCreated);
        var lazyThrows = new Lazy<int>(() => { throw new InvalidOperationException("factory failed"); });
        for (int i = 0; i < 2; i++)
        {
            try { Console.WriteLine(lazyThrows.Value); }
            catch (InvalidOperationException e) { Console.WriteLine("Lazy factory exception (cached): " + e.Message); }
        }
    }
}
