// loops: nested integer loops with arithmetic, branches and a local array
// (loop overhead, locals, integer ops).
// Size: N = 2000 (first argument overrides); the inner body runs N*N*8 times.
using System;

static class Loops
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 2000;
        int[] counts = new int[16];
        long sum = 0;
        uint h = 2166136261;
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                for (int k = 0; k < 8; k++)
                {
                    int v = (i * 31 + j * 17 + k) ^ (i >> 3);
                    if ((v & 1) == 0) sum += v; else sum -= v >> 1;
                    counts[v & 15]++;
                    h = (h ^ (uint)v) * 16777619;
                }
            }
        }
        long c = 0;
        for (int i = 0; i < counts.Length; i++) c = c * 31 + counts[i];
        Console.WriteLine("loops n=" + n + " sum=" + sum + " hash=" + h + " counts=" + c);
        return 0;
    }
}
