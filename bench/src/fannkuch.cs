// fannkuch-redux: permutations and prefix reversals on small int arrays
// (array indexing, tight loops). Size: N = 9, computed R = 5 times
// (arguments: N [R]; N = 10 alone is too slow for an interpreter).
// Prints the checksum and the maximum number of flips.
using System;

static class Fannkuch
{
    static int Run(int n, out int maxFlips)
    {
        var perm = new int[n];
        var perm1 = new int[n];
        var count = new int[n];
        for (int i = 0; i < n; i++) perm1[i] = i;
        int checksum = 0, permIndex = 0, r = n;
        maxFlips = 0;
        while (true)
        {
            while (r != 1) { count[r - 1] = r; r--; }
            for (int i = 0; i < n; i++) perm[i] = perm1[i];
            int flips = 0;
            int k;
            while ((k = perm[0]) != 0)
            {
                int k2 = (k + 1) >> 1;
                for (int i = 0; i < k2; i++)
                {
                    int t = perm[i];
                    perm[i] = perm[k - i];
                    perm[k - i] = t;
                }
                flips++;
            }
            if (flips > maxFlips) maxFlips = flips;
            checksum += (permIndex & 1) == 0 ? flips : -flips;
            // next permutation
            while (true)
            {
                if (r == n) return checksum;
                int first = perm1[0];
                for (int i = 0; i < r; i++) perm1[i] = perm1[i + 1];
                perm1[r] = first;
                count[r]--;
                if (count[r] > 0) break;
                r++;
            }
            permIndex++;
        }
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 9;
        int repeats = args.Length > 1 ? int.Parse(args[1]) : 5;
        int checksum = 0, maxFlips = 0;
        for (int i = 0; i < repeats; i++)
        {
            int c = Run(n, out maxFlips);
            if (i > 0 && c != checksum) Console.WriteLine("inconsistent checksum " + c);
            checksum = c;
        }
        Console.WriteLine(checksum);
        Console.WriteLine("Pfannkuchen(" + n + ") = " + maxFlips);
        return 0;
    }
}
