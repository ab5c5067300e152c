using System;
using System.Collections.Generic;
using System.Threading;

static class Gate { public static ManualResetEvent CctorEntered = new ManualResetEvent(false); public static ManualResetEvent Release = new ManualResetEvent(false); }
class Slow
{
    public static int Value;
    static Slow()
    {
        Gate.CctorEntered.Set();
        Gate.Release.WaitOne();
        Value = 42;
    }
}
class Program
{
    static readonly object L = new object();
    static int recursionSeen;
    static void Recurse(int n) { lock (L) { recursionSeen++; if (n > 0) Recurse(n - 1); } }
    static void Main()
    {
        int seenByB = -1;
        var a = new Thread(() => { int v = Slow.Value; });
        a.Start();
        Gate.CctorEntered.WaitOne();
        var b = new Thread(() => { seenByB = Slow.Value; });
        b.Start();
        bool bDone = b.Join(100);
        Console.WriteLine("B finished while cctor running: " + bDone);
        Gate.Release.Set();
        a.Join(); b.Join();
        Console.WriteLine("B saw " + seenByB);

        // lock released on exception
        try { lock (L) { throw new InvalidOperationException("inside lock"); } }
        catch (InvalidOperationException) { }
        bool freed = false;
        var t = new Thread(() => { freed = Monitor.TryEnter(L, 1000); if (freed) Monitor.Exit(L); });
        t.Start(); t.Join();
        Console.WriteLine("lock released after exception: " + freed);

        Recurse(5);
        Console.WriteLine("recursive lock entries " + recursionSeen);

        // Wait releases a recursively-held lock fully, then re-acquires
        bool otherGotIn = false;
        lock (L)
        {
            lock (L)
            {
                var other = new Thread(() => { lock (L) { otherGotIn = true; Monitor.Pulse(L); } });
                other.Start();
                Monitor.Wait(L);
                Console.WriteLine("after Wait in nested lock: otherGotIn=" + otherGotIn + " still entered=" + Monitor.IsEntered(L));
                other.Join();
            }
            Console.WriteLine("outer still entered=" + Monitor.IsEntered(L));
        }

        // producer/consumer bounded buffer, deterministic totals
        var buf = new Queue<int>();
        const int Cap = 3;
        long consumed = 0; int count = 0;
        var prod = new Thread(() =>
        {
            for (int i = 1; i <= 200; i++)
                lock (buf)
                {
                    while (buf.Count == Cap) Monitor.Wait(buf);
                    buf.Enqueue(i);
                    Monitor.PulseAll(buf);
                }
            lock (buf) { buf.Enqueue(-1); Monitor.PulseAll(buf); }
        });
        var cons = new Thread(() =>
        {
            while (true)
            {
                int v;
                lock (buf)
                {
                    while (buf.Count == 0) Monitor.Wait(buf);
                    v = buf.Dequeue();
                    Monitor.PulseAll(buf);
                }
                if (v < 0) break;
                consumed += v; count++;
            }
        });
        prod.Start(); cons.Start(); prod.Join(); cons.Join();
        Console.WriteLine("consumed " + count + " items sum " + consumed);

        // AutoResetEvent alternation
        var evA = new AutoResetEvent(true); var evB = new AutoResetEvent(false);
        var seq = new List<string>();
        var ta = new Thread(() => { for (int i = 0; i < 3; i++) { evA.WaitOne(); seq.Add("A" + i); evB.Set(); } });
        var tb = new Thread(() => { for (int i = 0; i < 3; i++) { evB.WaitOne(); seq.Add("B" + i); evA.Set(); } });
        ta.Start(); tb.Start(); ta.Join(); tb.Join();
        Console.WriteLine("alternation: " + string.Join(",", seq));
        Console.WriteLine("WaitOne timeout on unset: " + new ManualResetEvent(false).WaitOne(10) + " WaitAny: " + WaitHandle.WaitAny(new WaitHandle[] { new ManualResetEvent(false), new ManualResetEvent(true) }));

        // Thread exceptions caught inside, volatile flag loop
        int flag = 0; int spins = 0;
        var setter = new Thread(() => { Thread.Sleep(20); Volatile.Write(ref flag, 1); });
        setter.Start();
        while (Volatile.Read(ref flag) == 0) { spins++; Thread.Yield(); }
        setter.Join();
        Console.WriteLine("flag observed: " + flag + " spun>0: " + (spins >= 0));
        var th = new Thread(() => { });
        Console.WriteLine("state before start: " + th.ThreadState + " alive " + th.IsAlive);
        th.Start(); th.Join();
        Console.WriteLine("state after join: " + th.ThreadState);
        try { th.Start(); } catch (ThreadStateException) { Console.WriteLine("restart -> ThreadStateException"); }
        Console.WriteLine("main thread name null: " + (Thread.CurrentThread.Name == null) + " background: " + Thread.CurrentThread.IsBackground);
    }
}
