using System;
using System.Threading;

class Program
{
    static int Main()
    {
        var ready = new ManualResetEvent(false);
        var t = new Thread(() =>
        {
            ready.WaitOne();
            Console.WriteLine("worker exiting with 42");
            Console.Out.Flush();
            Environment.Exit(42);
        });
        t.Start();
        try
        {
            Console.WriteLine("main signals worker");
            ready.Set();
            t.Join();
            Console.WriteLine("main after join (should not print)");
        }
        finally
        {
            Console.WriteLine("main finally (mono does not run this)");
        }
        return 1;
    }
}
