using System;
using System.Threading;

class Program
{
    static volatile bool stop;
    static volatile int phase;
    static int iterations;

    static void Main()
    {
        var spinner = new Thread(() =>
        {
            int n = 0;
            while (!stop) { n++; if (n % 1000 == 0) Thread.Sleep(0); }
            iterations = n;
        });
        spinner.Start();
        Thread.Sleep(30);
        stop = true;
        spinner.Join();
        Console.WriteLine("spinner stopped, iterations non-negative: " + (iterations >= 0));
        var log = new System.Collections.Generic.List<string>();
        var stepper = new Thread(() =>
        {
            while (phase != 1) Thread.Sleep(1);
            lock (log) log.Add("worker saw phase 1");
            phase = 2;
            while (phase != 3) Thread.Sleep(1);
            lock (log) log.Add("worker saw phase 3");
            phase = 4;
        });
        stepper.Start();
        lock (log) log.Add("main sets phase 1");
        phase = 1;
        while (phase != 2) Thread.Sleep(1);
        lock (log) log.Add("main saw phase 2, sets 3");
        phase = 3;
        while (phase != 4) Thread.Sleep(1);
        lock (log) log.Add("main saw phase 4");
        stepper.Join();
        foreach (var s in log) Console.WriteLine(s);
        var sleepers = new Thread[3];
        var done = new bool[3];
        for (int i = 0; i < 3; i++)
        {
            int me = i;
            sleepers[i] = new Thread(() => { Thread.Sleep((3 - me) * 5); done[me] = true; });
        }
        foreach (var t in sleepers) t.Start();
        foreach (var t in sleepers) t.Join();
        Console.WriteLine("all sleepers done after join: " + string.Join(",", done));
        Thread.Sleep(1);
        Thread.Sleep(TimeSpanLike());
        Thread.Sleep(0);
        Console.WriteLine("Sleep(0) and small sleeps ok");
    }

    static int TimeSpanLike() { return 2; }
}
