using System;
using System.Collections.Generic;
using System.Threading;

class Account
{
    private readonly object sync = new object();
    private decimal balance;
    public int Transactions;
    public void Deposit(decimal amt) { lock (sync) { balance += amt; Transactions++; } }
    public bool Withdraw(decimal amt)
    {
        lock (sync)
        {
            if (balance < amt) return false;
            balance -= amt; Transactions++;
            return true;
        }
    }
    public decimal Balance { get { lock (sync) return balance; } }
}

class Program
{
    static readonly object counterLock = new object();
    static int counter;
    static long sum;
    static readonly List<int> shared = new List<int>();

    static void Main()
    {
        var threads = new Thread[4];
        for (int t = 0; t < 4; t++)
        {
            int id = t;
            threads[t] = new Thread(() =>
            {
                for (int i = 0; i < 100000; i++)
                {
                    lock (counterLock) { counter++; sum += id; }
                }
                for (int i = 0; i < 250; i++) lock (shared) shared.Add(id * 1000 + i);
            });
        }
        foreach (var t in threads) t.Start();
        foreach (var t in threads) t.Join();
        Console.WriteLine("counter=" + counter + " sum=" + sum);
        shared.Sort();
        Console.WriteLine("shared count=" + shared.Count + " first=" + shared[0] + " last=" + shared[shared.Count - 1] + " distinct ok=" + (new HashSet<int>(shared).Count == 1000));
        var acct = new Account();
        var ws = new List<Thread>();
        int failed = 0;
        for (int t = 0; t < 4; t++)
        {
            ws.Add(new Thread(() =>
            {
                for (int i = 0; i < 1000; i++) acct.Deposit(1.5m);
            }));
            ws.Add(new Thread(() =>
            {
                for (int i = 0; i < 500; i++) if (!acct.Withdraw(1m)) Interlocked.Increment(ref failed);
            }));
        }
        foreach (var t in ws) t.Start();
        foreach (var t in ws) t.Join();
        Console.WriteLine("balance=" + (acct.Balance - failed) + " (balance - failed withdrawals) transactions+failed=" + (acct.Transactions + failed));
        object a = new object(), b = new object();
        int ordered = 0;
        var t1 = new Thread(() => { for (int i = 0; i < 10000; i++) lock (a) lock (b) ordered++; });
        var t2 = new Thread(() => { for (int i = 0; i < 10000; i++) lock (a) lock (b) ordered++; });
        t1.Start(); t2.Start(); t1.Join(); t2.Join();
        Console.WriteLine("nested locks in consistent order: " + ordered);
        lock (counterLock)
        {
            lock (counterLock) { Console.WriteLine("reentrant lock works"); }
        }
        bool taken = false;
        try
        {
            Monitor.Enter(counterLock, ref taken);
            Console.WriteLine("Monitor.Enter taken=" + taken + " IsEntered=" + Monitor.IsEntered(counterLock));
        }
        finally { if (taken) Monitor.Exit(counterLock); }
        Console.WriteLine("after exit IsEntered=" + Monitor.IsEntered(counterLock));
        Console.WriteLine("TryEnter on free lock: " + Monitor.TryEnter(a));
        Monitor.Exit(a);
        try { Monitor.Exit(b); } catch (SynchronizationLockException e) { Console.WriteLine("Exit without Enter: " + e.GetType().Name); }
        int exceptionsInLock = 0;
        for (int i = 0; i < 3; i++)
        {
            try { lock (counterLock) { throw new Exception("in lock"); } }
            catch { exceptionsInLock++; }
        }
        var probe = new Thread(() => { bool got = Monitor.TryEnter(counterLock); Console.WriteLine("lock released after exceptions: " + got); if (got) Monitor.Exit(counterLock); });
        probe.Start(); probe.Join();
        Console.WriteLine("exceptions in lock: " + exceptionsInLock);
    }
}
