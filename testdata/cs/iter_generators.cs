using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<long> Naturals() { long n = 0; while (true) yield return n++; }
    static IEnumerable<int> Primes()
    {
        var found = new List<int>();
        for (int n = 2; ; n++)
        {
            bool p = true;
            foreach (var q in found) { if (q * q > n) break; if (n % q == 0) { p = false; break; } }
            if (p) { found.Add(n); yield return n; }
        }
    }
    static IEnumerable<double> Iterate(double x, Func<double, double> f) { while (true) { yield return x; x = f(x); } }
    static IEnumerable<int> Collatz(int n) { while (n != 1) { yield return n; n = n % 2 == 0 ? n / 2 : 3 * n + 1; } yield return 1; }
    static IEnumerable<string> Cycle(params string[] items) { while (true) foreach (var s in items) yield return s; }
    static IEnumerable<T> Flatten<T>(IEnumerable<IEnumerable<T>> seqs) { foreach (var s in seqs) foreach (var x in s) yield return x; }
    static IEnumerable<int[]> Permutations(int[] a, int k)
    {
        if (k == a.Length) { yield return (int[])a.Clone(); yield break; }
        for (int i = k; i < a.Length; i++)
        {
            int t = a[k]; a[k] = a[i]; a[i] = t;
            foreach (var p in Permutations(a, k + 1)) yield return p;
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }
    static IEnumerable<string> Binary(int bits)
    {
        if (bits == 0) { yield return ""; yield break; }
        foreach (var rest in Binary(bits - 1)) { yield return "0" + rest; yield return "1" + rest; }
    }

    static void Main()
    {
        Console.WriteLine("naturals take 10: " + string.Join(",", Naturals().Take(10)));
        Console.WriteLine("squares of evens take 5: " + string.Join(",", Naturals().Where(n => n % 2 == 0).Select(n => n * n).Take(5)));
        Console.WriteLine("first 15 primes: " + string.Join(",", Primes().Take(15)));
        Console.WriteLine("1000th prime: " + Primes().ElementAt(999));
        Console.WriteLine("primes below 60: " + string.Join(",", Primes().TakeWhile(p => p < 60)));
        Console.WriteLine("sqrt2 iteration: " + string.Join(" ", Iterate(1, x => (x + 2 / x) / 2).Take(5).Select(x => x.ToString("F10"))));
        Console.WriteLine("collatz(27) length: " + Collatz(27).Count() + " max: " + Collatz(27).Max());
        Console.WriteLine("cycle: " + string.Join(" ", Cycle("r", "g", "b").Take(8)));
        Console.WriteLine("flatten: " + string.Join(",", Flatten(new List<IEnumerable<int>> { new[] { 1, 2 }, new int[0], Enumerable.Range(7, 3) })));
        Console.WriteLine("permutations of 1..3:");
        foreach (var p in Permutations(new[] { 1, 2, 3 }, 0)) Console.WriteLine("  " + string.Join("", p));
        Console.WriteLine("binary 3 bits: " + string.Join(" ", Binary(3)));
        Console.WriteLine("skip/take window: " + string.Join(",", Naturals().Skip(100).Take(3)));
        Console.WriteLine("zip primes with naturals: " + string.Join(" ", Primes().Zip(Naturals(), (p, n) => n + ":" + p).Take(5)));
    }
}
