using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static IEnumerable<T> Log<T>(IEnumerable<T> src, string name)
    {
        foreach (var x in src) { Console.Write(name + ":" + x + " "); yield return x; }
    }

    static void Main()
    {
        var a = new[] { 1, 2, 3, 4, 5 };
        var b = new[] { "one", "two", "three" };
        Console.WriteLine("Zip shorter wins: " + string.Join(",", a.Zip(b, (x, y) => x + "=" + y)));
        Console.WriteLine("Zip pull pattern:");
        var z = Log(a, "a").Zip(Log(b, "b"), (x, y) => x + y).ToList();
        Console.WriteLine();
        Console.WriteLine("pairwise differences: " + string.Join(",", a.Zip(a.Skip(1), (x, y) => y * y - x * x)));
        Console.WriteLine("sliding windows of 3: " + string.Join(" ", Enumerable.Range(0, a.Length - 2).Select(i => "[" + string.Join(",", a.Skip(i).Take(3)) + "]")));
        Console.WriteLine("chunks of 2: " + string.Join(" ", Enumerable.Range(0, (a.Length + 1) / 2).Select(i => "[" + string.Join(",", a.Skip(i * 2).Take(2)) + "]")));
        Console.WriteLine("TakeWhile stops reading:");
        var tw = Log(a, "src").TakeWhile(x => x < 3).ToList();
        Console.WriteLine();
        Console.WriteLine("SkipWhile reads all:");
        var sw = Log(a, "src").SkipWhile(x => x < 3).ToList();
        Console.WriteLine();
        Console.WriteLine("TakeWhile with index: " + string.Join(",", a.TakeWhile((x, i) => x + i < 6)) + " SkipWhile with index: " + string.Join(",", a.SkipWhile((x, i) => i < 2)));
        Console.WriteLine("Skip negative: " + string.Join(",", a.Skip(-5)) + " Take 0: [" + string.Join(",", a.Take(0)) + "]");
        Console.WriteLine("Last on List uses index: " + new List<int> { 7, 8, 9 }.Last() + " Count on List: " + new List<int> { 1, 2 }.Count());
        Console.WriteLine("Reverse of string chars: " + new string("stressed".Reverse().ToArray()));
        Console.WriteLine("Repeat+Select: " + string.Join(",", Enumerable.Repeat(2, 5).Select((x, i) => x << i)));
        Console.WriteLine("Range sum of squares 1..100: " + Enumerable.Range(1, 100).Sum(x => (long)x * x));
        Console.WriteLine("Aggregate max by: " + b.Aggregate((x, y) => y.Length > x.Length ? y : x));
        Console.WriteLine("ElementAtOrDefault strings: [" + b.ElementAtOrDefault(5) + "] " + b.ElementAtOrDefault(1));
        Console.WriteLine("FirstOrDefault with struct default: " + new KeyValuePair<string, int>[0].FirstOrDefault());
        Console.WriteLine("DefaultIfEmpty+Max: " + new int[0].DefaultIfEmpty(-1).Max());
        var fizz = Enumerable.Range(1, 15).Select(i => i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : i.ToString());
        Console.WriteLine("fizzbuzz: " + string.Join(" ", fizz));
        var matrix = Enumerable.Range(1, 3).Select(r => Enumerable.Range(1, 4).Select(c => r * c).ToArray()).ToArray();
        var transposed = Enumerable.Range(0, 4).Select(c => matrix.Select(row => row[c]).ToArray());
        Console.WriteLine("transpose: " + string.Join(" | ", transposed.Select(r => string.Join(",", r))));
        Console.WriteLine("Contains on IEnumerable (not collection): " + a.Select(x => x * 2).Contains(8));
        Console.WriteLine("Count with predicate over strings: " + b.Count(s => s.Contains("o")));
        Console.WriteLine("Select index pairs: " + string.Join(",", b.Select((s, i) => s.Substring(0, 1) + i)));
    }
}
