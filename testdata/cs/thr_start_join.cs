using System;
using System.Threading;

class Worker
{
    public int Id; public long Result;
    public void Run() { long s = 0; for (int i = 1; i <= 100000 * Id; i++) s += i % 7; Result = s; }
}

class Program
{
    static void Main()
    {
        var workers = new Worker[4];
        var threads = new Thread[4];
        for (int i = 0; i < 4; i++)
        {
            workers[i] = new Worker { Id = i + 1 };
            threads[i] = new Thread(workers[i].Run);
        }
        Console.WriteLine("alive before start: " + threads[0].IsAlive);
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        for (int i = 0; i < 4; i++) Console.WriteLine("worker " + workers[i].Id + " result " + workers[i].Result + " alive=" + threads[i].IsAlive);
        int[] results = new int[8];
        var ts = new Thread[8];
        for (int i = 0; i < 8; i++)
        {
            int idx = i;
            ts[i] = new Thread(() => { int f = 1; for (int k = 2; k <= idx + 1; k++) f *= k; results[idx] = f; });
            ts[i].Start();
        }
        foreach (var t in ts) t.Join();
        Console.WriteLine("factorials: " + string.Join(",", results));
        string message = null;
        var t2 = new Thread(() => { Thread.Sleep(20); message = "set by background thread"; });
        t2.Start();
        bool joined = t2.Join(5000);
        Console.WriteLine("Join with timeout returned " + joined + ": " + message);
        var named = new Thread(() => Console.WriteLine("inside thread named " + Thread.CurrentThread.Name));
        named.Name = "worker-x";
        named.Start();
        named.Join();
        Console.WriteLine("main thread is background: " + Thread.CurrentThread.IsBackground);
        var bg = new Thread(() => { });
        bg.IsBackground = true;
        Console.WriteLine("bg.IsBackground=" + bg.IsBackground);
        bg.Start(); bg.Join();
        Exception caught = null;
        var thrower = new Thread(() => { try { throw new InvalidOperationException("inside thread"); } catch (Exception e) { caught = e; } });
        thrower.Start(); thrower.Join();
        Console.WriteLine("exception captured from thread: " + caught.GetType().Name + " " + caught.Message);
        int mainId = Thread.CurrentThread.ManagedThreadId;
        int otherId = 0;
        var idThread = new Thread(() => otherId = Thread.CurrentThread.ManagedThreadId);
        idThread.Start(); idThread.Join();
        Console.WriteLine("different managed thread ids: " + (mainId != otherId));
        try { threads[0].Start(); } catch (ThreadStateException e) { Console.WriteLine("restart finished thread: " + e.GetType().Name); }
    }
}
