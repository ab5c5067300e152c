// sieve: sieve of Eratosthenes over a bool array, repeated (array stores,
// loops). Size: limit N = 10000000 (first argument overrides), 3 passes.
// Prints the number of primes below N and the sum of the last ten.
using System;

static class Sieve
{
    static int Count(bool[] composite, int limit)
    {
        Array.Clear(composite, 0, composite.Length);
        int count = 0;
        for (int i = 2; i < limit; i++)
        {
            if (composite[i]) continue;
            count++;
            for (long j = (long)i * i; j < limit; j += i) composite[j] = true;
        }
        return count;
    }

    static int Main(string[] args)
    {
        int limit = args.Length > 0 ? int.Parse(args[0]) : 10000000;
        var composite = new bool[limit];
        int count = 0;
        for (int pass = 0; pass < 3; pass++) count = Count(composite, limit);
        long tail = 0;
        int found = 0;
        for (int i = limit - 1; i >= 2 && found < 10; i--)
            if (!composite[i]) { tail += i; found++; }
        Console.WriteLine("primes below " + limit + ": " + count + ", last ten sum " + tail);
        return 0;
    }
}
