using System;
using System.Collections.Generic;
using System.Threading;

class Program
{
    static readonly object gate = new object();
    static int turn = 0; // 0 = ping, 1 = pong
    static List<string> log = new List<string>();
    [ThreadStatic] static int tsCounter;
    [ThreadStatic] static string tsName;
    static ThreadLocal<int> tl = new ThreadLocal<int>(() => 100);

    static void Player(int me, string word, int rounds)
    {
        for (int i = 0; i < rounds; i++)
        {
            lock (gate)
            {
                while (turn != me) Monitor.Wait(gate);
                log.Add(word + i);
                turn = 1 - me;
                Monitor.PulseAll(gate);
            }
        }
    }
    static void Main()
    {
        var t1 = new Thread(() => Player(0, "ping", 5));
        var t2 = new Thread(() => Player(1, "pong", 5));
        t1.Start(); t2.Start();
        t1.Join(); t2.Join();
        Console.WriteLine(string.Join(" ", log));

        // three-way ring with Wait/Pulse
        log.Clear();
        int ring = 0;
        var ts = new Thread[3];
        for (int k = 0; k < 3; k++)
        {
            int id = k;
            ts[k] = new Thread(() =>
            {
                for (int r = 0; r < 4; r++)
                    lock (gate)
                    {
                        while (ring % 3 != id) Monitor.Wait(gate);
                        log.Add("T" + id + "r" + r);
                        ring++;
                        Monitor.PulseAll(gate);
                    }
            });
        }
        foreach (var t in ts) t.Start();
        foreach (var t in ts) t.Join();
        Console.WriteLine(string.Join(",", log));

        // Join with timeout on a thread that waits for a signal
        var release = new ManualResetEvent(false);
        var sleeper = new Thread(() => { release.WaitOne(); });
        sleeper.Start();
        bool joined = sleeper.Join(50);
        Console.WriteLine("join(50) before release: " + joined + " alive " + sleeper.IsAlive);
        release.Set();
        joined = sleeper.Join(5000);
        Console.WriteLine("join after release: " + joined + " alive " + sleeper.IsAlive);
        Console.WriteLine("join on finished: " + sleeper.Join(0));

        // Monitor.Wait with timeout returns false when nobody pulses
        lock (gate)
        {
            bool got = Monitor.Wait(gate, 30);
            Console.WriteLine("Wait timeout result: " + got);
        }
        Console.WriteLine("TryEnter on free lock: " + Monitor.TryEnter(gate));
        Monitor.Exit(gate);
        var holder = new Thread(() => { lock (gate) { release.Reset(); release.WaitOne(); } });
        var entered = new ManualResetEvent(false);
        holder = new Thread(() => { lock (gate) { entered.Set(); release.WaitOne(); } });
        release.Reset();
        holder.Start();
        entered.WaitOne();
        Console.WriteLine("TryEnter on held lock: " + Monitor.TryEnter(gate, 20));
        release.Set();
        holder.Join();
        try { Monitor.Exit(gate); } catch (SynchronizationLockException) { Console.WriteLine("Exit without owning -> SynchronizationLockException"); }
        try { Monitor.Pulse(gate); } catch (SynchronizationLockException) { Console.WriteLine("Pulse without owning -> SynchronizationLockException"); }
        // reentrant lock
        lock (gate) { lock (gate) { Console.WriteLine("reentrant ok " + Monitor.IsEntered(gate)); } }
        Console.WriteLine("after: " + Monitor.IsEntered(gate));

        // ThreadStatic and ThreadLocal
        tsCounter = 5; tsName = "main"; tl.Value = 1;
        var results = new string[3];
        var workers = new Thread[3];
        for (int k = 0; k < 3; k++)
        {
            int id = k;
            workers[k] = new Thread(() =>
            {
                for (int j = 0; j <= id; j++) tsCounter++;
                tl.Value += id;
                results[id] = "w" + id + ":ts=" + tsCounter + ":name=" + (tsName ?? "null") + ":tl=" + tl.Value;
            });
            workers[k].Start();
        }
        foreach (var w in workers) w.Join();
        Console.WriteLine(string.Join(" ", results));
        Console.WriteLine("main ts=" + tsCounter + " name=" + tsName + " tl=" + tl.Value + " IsValueCreated " + tl.IsValueCreated);

        // exception inside thread caught within thread
        string msg = null;
        var thrower = new Thread(() => { try { throw new InvalidOperationException("in thread"); } catch (Exception e) { msg = e.Message; } });
        thrower.Start(); thrower.Join();
        Console.WriteLine("thread caught: " + msg);
        // Interlocked + many threads
        int counter = 0;
        var many = new List<Thread>();
        for (int k = 0; k < 8; k++) { var t = new Thread(() => { for (int j = 0; j < 1000; j++) Interlocked.Increment(ref counter); }); many.Add(t); t.Start(); }
        foreach (var t in many) t.Join();
        Console.WriteLine("interlocked total " + counter);
        long big = 0;
        Console.WriteLine("CompareExchange: " + Interlocked.CompareExchange(ref big, 5, 0) + " " + big + " " + Interlocked.CompareExchange(ref big, 9, 0) + " " + big + " Exchange " + Interlocked.Exchange(ref big, 1) + " Add " + Interlocked.Add(ref big, 10));
        // Parameterized thread and names
        var pt = new Thread(o => { Console.WriteLine("param thread got " + o + " name " + Thread.CurrentThread.Name); });
        pt.Name = "worker-x";
        pt.Start(42);
        pt.Join();
        Console.WriteLine("state " + pt.ThreadState);
        // SemaphoreSlim / CountdownEvent style via Monitor
        var done = new CountdownEvent(4);
        int sum = 0;
        for (int k = 1; k <= 4; k++) { int v = k; new Thread(() => { Interlocked.Add(ref sum, v * v); done.Signal(); }).Start(); }
        done.Wait();
        Console.WriteLine("countdown sum " + sum);
    }
}
