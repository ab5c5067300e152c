using System;
using System.Threading;

class Program
{
    static void Main()
    {
        int n = 2000000;
        int[] data = new int[n];
        var rnd = new Random(42);
        for (int i = 0; i < n; i++) data[i] = rnd.Next(1000);
        long seq = 0;
        for (int i = 0; i < n; i++) seq += data[i];
        int parts = 4;
        long[] partial = new long[parts];
        int[] maxes = new int[parts];
        var ts = new Thread[parts];
        for (int p = 0; p < parts; p++)
        {
            int id = p;
            ts[p] = new Thread(() =>
            {
                int from = id * (n / parts), to = id == parts - 1 ? n : (id + 1) * (n / parts);
                long s = 0; int m = 0;
                for (int i = from; i < to; i++) { s += data[i]; if (data[i] > m) m = data[i]; }
                partial[id] = s; maxes[id] = m;
            });
            ts[p].Start();
        }
        foreach (var t in ts) t.Join();
        long par = 0;
        foreach (var s in partial) par += s;
        Console.WriteLine("sequential=" + seq + " parallel=" + par + " equal=" + (seq == par));
        Console.WriteLine("partials: " + string.Join(",", partial));
        Console.WriteLine("max per part: " + string.Join(",", maxes));
        int[] hist = new int[10];
        var hts = new Thread[parts];
        for (int p = 0; p < parts; p++)
        {
            int id = p;
            hts[p] = new Thread(() =>
            {
                int[] local = new int[10];
                for (int i = id; i < n; i += parts) local[data[i] / 100]++;
                lock (hist) for (int b = 0; b < 10; b++) hist[b] += local[b];
            });
            hts[p].Start();
        }
        foreach (var t in hts) t.Join();
        for (int b = 0; b < 10; b++) Console.WriteLine(string.Format("  {0,3}-{1,3}: {2}", b * 100, b * 100 + 99, hist[b]));
        var sw = System.Diagnostics.Stopwatch.StartNew();
        long primes = 0;
        var pts = new Thread[parts];
        for (int p = 0; p < parts; p++)
        {
            int id = p;
            pts[p] = new Thread(() =>
            {
                long c = 0;
                for (int k = 2 + id; k < 50000; k += parts)
                {
                    bool isP = true;
                    for (int q = 2; q * q <= k; q++) if (k % q == 0) { isP = false; break; }
                    if (isP) c++;
                }
                Interlocked.Add(ref primes, c);
            });
            pts[p].Start();
        }
        foreach (var t in pts) t.Join();
        sw.Stop();
        Console.WriteLine("primes below 50000: " + primes + " (elapsed measured: " + (sw.ElapsedMilliseconds >= 0) + ")");
    }
}
