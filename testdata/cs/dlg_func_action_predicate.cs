using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var people = new List<string> { "Zoe:31", "adam:25", "Bob:31", "carl:19", "Dana:25", "eve:40" };
        Func<string, string> name = p => p.Split(':')[0];
        Func<string, int> age = p => int.Parse(p.Split(':')[1]);
        Predicate<string> adult30 = p => age(p) >= 30;
        Comparison<string> byAge = (x, y) => age(x).CompareTo(age(y));
        Comparison<string> byNameIgnoreCase = (x, y) => string.Compare(name(x), name(y), StringComparison.OrdinalIgnoreCase);
        Action<string> print = p => Console.WriteLine("  " + name(p).PadRight(6) + age(p));

        Console.WriteLine("Find adult30: " + people.Find(adult30));
        Console.WriteLine("FindLast adult30: " + people.FindLast(adult30));
        Console.WriteLine("FindIndex adult30: " + people.FindIndex(adult30));
        Console.WriteLine("Exists age 19: " + people.Exists(p => age(p) == 19));
        Console.WriteLine("TrueForAll age>18: " + people.TrueForAll(p => age(p) > 18));
        Console.WriteLine("FindAll adult30:");
        people.FindAll(adult30).ForEach(print);
        var sorted = new List<string>(people);
        sorted.Sort(byNameIgnoreCase);
        Console.WriteLine("sorted by name ignore case:");
        sorted.ForEach(print);
        var byAgeThenName = new List<string>(people);
        byAgeThenName.Sort((x, y) => { int c = byAge(x, y); return c != 0 ? c : byNameIgnoreCase(x, y); });
        Console.WriteLine("sorted by age then name:");
        byAgeThenName.ForEach(print);
        int removed = byAgeThenName.RemoveAll(p => age(p) < 25);
        Console.WriteLine("RemoveAll <25 removed " + removed + " remaining " + byAgeThenName.Count);
        Func<int, bool> isPrime = n => { if (n < 2) return false; for (int i = 2; i * i <= n; i++) if (n % i == 0) return false; return true; };
        var primes = new List<int>();
        for (int i = 0; i < 50; i++) if (isPrime(i)) primes.Add(i);
        Console.WriteLine("primes: " + string.Join(",", primes));
        Func<double, double> f = x => x * x - 2;
        Func<double, double> df = x => 2 * x;
        double guess = 1;
        for (int i = 0; i < 6; i++) guess -= f(guess) / df(guess);
        Console.WriteLine("newton sqrt2=" + guess.ToString("F12"));
        Func<Func<double, double>, double, double, int, double> integrate = (g, a, b, n) =>
        {
            double h = (b - a) / n, s = 0;
            for (int i = 0; i < n; i++) s += g(a + (i + 0.5) * h);
            return s * h;
        };
        Console.WriteLine("integral x^2 0..3=" + integrate(x => x * x, 0, 3, 1000).ToString("F6"));
        Action<int>[] table = new Action<int>[3];
        for (int i = 0; i < 3; i++) { int m = i + 2; table[i] = n => Console.Write(n * m + " "); }
        foreach (var t in table) t(7);
        Console.WriteLine();
        Func<bool> alwaysTrue = () => true;
        Predicate<object> isNull = o => o == null;
        Console.WriteLine("misc: " + alwaysTrue() + " " + isNull(null) + " " + isNull(1));
        Func<int, int, int, int, int, int, int, int, int> eight = (a, b, c, d, e, g, h, i2) => a + b + c + d + e + g + h + i2;
        Console.WriteLine("8-arg Func: " + eight(1, 2, 3, 4, 5, 6, 7, 8));
    }
}
