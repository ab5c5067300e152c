using System;
using System.Threading;

class Program
{
    static int counter;
    static long bigCounter;
    static int maxSeen;
    static int casRetries;
    static object lazyObj;
    static int initCount;

    static void UpdateMax(int v)
    {
        int cur;
        do
        {
            cur = maxSeen;
            if (v <= cur) return;
        } while (Interlocked.CompareExchange(ref maxSeen, v, cur) != cur);
    }

    static void Main()
    {
        var threads = new Thread[4];
        for (int t = 0; t < 4; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                for (int i = 0; i < 50000; i++)
                {
                    Interlocked.Increment(ref counter);
                    Interlocked.Add(ref bigCounter, 3);
                    UpdateMax(id * 100000 + i);
                }
                for (int i = 0; i < 10000; i++) Interlocked.Decrement(ref counter);
            });
        }
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        Console.WriteLine("counter=" + counter + " bigCounter=" + bigCounter + " maxSeen=" + maxSeen);
        int x = 5;
        Console.WriteLine("Exchange returns old: " + Interlocked.Exchange(ref x, 10) + " now " + x);
        Console.WriteLine("CompareExchange match: " + Interlocked.CompareExchange(ref x, 20, 10) + " now " + x);
        Console.WriteLine("CompareExchange mismatch: " + Interlocked.CompareExchange(ref x, 30, 10) + " now " + x);
        Console.WriteLine("Increment returns new: " + Interlocked.Increment(ref x) + " Decrement: " + Interlocked.Decrement(ref x) + " Add: " + Interlocked.Add(ref x, 5));
        long l = long.MaxValue;
        Console.WriteLine("Increment long wraps: " + Interlocked.Increment(ref l));
        Console.WriteLine("Read long: " + Interlocked.Read(ref bigCounter));
        double d = 1.5;
        Console.WriteLine("Exchange double: " + Interlocked.Exchange(ref d, 2.5) + " -> " + d);
        string s = "a";
        Console.WriteLine("CompareExchange ref type: " + Interlocked.CompareExchange(ref s, "b", "a") + " -> " + s);
        var ts = new Thread[4];
        for (int t = 0; t < 4; t++)
        {
            ts[t] = new Thread(() =>
            {
                if (lazyObj == null)
                {
                    var candidate = new object();
                    if (Interlocked.CompareExchange(ref lazyObj, candidate, null) == null) Interlocked.Increment(ref initCount);
                }
            });
        }
        foreach (var t in ts) t.Start();
        foreach (var t in ts) t.Join();
        Console.WriteLine("lazy init winners: " + initCount + " object set: " + (lazyObj != null));
        int spinTotal = 0;
        var adders = new Thread[3];
        for (int t = 0; t < 3; t++)
        {
            adders[t] = new Thread(() =>
            {
                for (int i = 0; i < 20000; i++)
                {
                    int old, nw;
                    do { old = spinTotal; nw = old + 2; } while (Interlocked.CompareExchange(ref spinTotal, nw, old) != old);
                }
            });
        }
        foreach (var t in adders) t.Start();
        foreach (var t in adders) t.Join();
        Console.WriteLine("CAS loop total=" + spinTotal);
        Console.WriteLine("casRetries unused=" + casRetries);
    }
}
