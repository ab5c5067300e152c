using System;
using System.Collections.Generic;

class Program
{
    static int Steps(long n, Dictionary<long, int> memo)
    {
        if (n == 1) return 0;
        int cached;
        if (memo.TryGetValue(n, out cached)) return cached;
        int r = 1 + Steps(n % 2 == 0 ? n / 2 : 3 * n + 1, memo);
        memo[n] = r;
        return r;
    }

    static void Main()
    {
        var memo = new Dictionary<long, int>();
        int best = 0; long bestN = 0;
        int[] histogram = new int[10];
        for (long n = 1; n <= 30000; n++)
        {
            int s = Steps(n, memo);
            if (s > best) { best = s; bestN = n; Console.WriteLine("new record n=" + n + " steps=" + s); }
            histogram[Math.Min(s / 30, 9)]++;
        }
        Console.WriteLine("best n=" + bestN + " steps=" + best);
        for (int i = 0; i < histogram.Length; i++)
            Console.WriteLine(string.Format("{0,3}-{1,-3}: {2,6}", i * 30, i == 9 ? "+" : (i * 30 + 29).ToString(), histogram[i]));
        Console.WriteLine("memo size=" + memo.Count);
    }
}
