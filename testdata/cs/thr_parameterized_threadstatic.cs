using System;
using System.Collections.Generic;
using System.Threading;

class Program
{
    [ThreadStatic] static int perThread;
    [ThreadStatic] static string perThreadName;
    static int sharedStatic;
    static readonly object sync = new object();
    static readonly SortedDictionary<string, string> report = new SortedDictionary<string, string>();

    static void Work(object arg)
    {
        var p = (KeyValuePair<string, int>)arg;
        perThreadName = p.Key;
        for (int i = 0; i < p.Value; i++) { perThread++; lock (sync) sharedStatic++; }
        lock (sync) report[p.Key] = "perThread=" + perThread + " name=" + perThreadName;
    }

    static void Main()
    {
        perThread = 1000;
        perThreadName = "main";
        var inputs = new[] { new KeyValuePair<string, int>("t1", 10), new KeyValuePair<string, int>("t2", 20), new KeyValuePair<string, int>("t3", 30), new KeyValuePair<string, int>("t4", 40) };
        var threads = new List<Thread>();
        foreach (var inp in inputs)
        {
            var t = new Thread(Work);
            threads.Add(t);
            t.Start(inp);
        }
        foreach (var t in threads) t.Join();
        foreach (var kv in report) Console.WriteLine(kv.Key + ": " + kv.Value);
        Console.WriteLine("main perThread still " + perThread + " name " + perThreadName + " sharedStatic=" + sharedStatic);
        var results = new int[5];
        var ts = new Thread[5];
        for (int i = 0; i < 5; i++)
        {
            ts[i] = new Thread(o => { int n = (int)o; int acc = 0; for (int k = 1; k <= n; k++) acc += k; results[n - 1] = acc; });
            ts[i].Start(i + 1);
        }
        foreach (var t in ts) t.Join();
        Console.WriteLine("triangular via ParameterizedThreadStart: " + string.Join(",", results));
        ParameterizedThreadStart pts = o => Console.WriteLine("explicit delegate got: " + o);
        var th = new Thread(pts);
        th.Start("payload");
        th.Join();
        var nullArg = new Thread(o => Console.WriteLine("null arg is null: " + (o == null)));
        nullArg.Start();
        nullArg.Join();
        int seenInOther = -1;
        var tl = new Thread(() => { seenInOther = perThread; perThread = 5; });
        tl.Start(); tl.Join();
        Console.WriteLine("ThreadStatic in fresh thread starts at default: " + seenInOther + " main still " + perThread);
    }
}
