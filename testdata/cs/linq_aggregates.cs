using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        int[] n = { 4, 8, 15, 16, 23, 42 };
        double[] d = { 0.1, 0.2, 0.3, 1.5, 2.25 };
        Console.WriteLine("Sum=" + n.Sum() + " Min=" + n.Min() + " Max=" + n.Max() + " Average=" + n.Average() + " Count=" + n.Count() + " LongCount=" + n.LongCount());
        Console.WriteLine("double Sum=" + d.Sum() + " R=" + d.Sum().ToString("R") + " Average=" + d.Average() + " Min=" + d.Min() + " Max=" + d.Max());
        Console.WriteLine("Sum selector=" + n.Sum(x => x * 0.5) + " Average selector=" + n.Average(x => (double)x / 3) + " Max selector=" + n.Max(x => -x) + " Min selector=" + n.Min(x => x % 5));
        Console.WriteLine("decimal Sum=" + new[] { 1.1m, 2.2m, 3.35m }.Sum() + " Average=" + new[] { 1m, 2m, 4m }.Average());
        Console.WriteLine("long Sum=" + new[] { long.MaxValue / 2, long.MaxValue / 2 }.Sum());
        try { new[] { int.MaxValue, 1 }.Sum(); } catch (OverflowException e) { Console.WriteLine("int Sum overflow: " + e.GetType().Name); }
        Console.WriteLine("float Sum=" + new[] { 0.1f, 0.2f, 0.3f }.Sum() + " Average=" + new[] { 1f, 2f }.Average());
        Console.WriteLine("nullable Sum=" + new int?[] { 1, null, 3 }.Sum() + " Average=" + new int?[] { 1, null, 3 }.Average() + " Max=" + new int?[] { null, 5, 2 }.Max() + " empty Max=[" + new int?[0].Max() + "]");
        Console.WriteLine("Count predicate=" + n.Count(x => x > 10) + " Any=" + n.Any() + " Any(>40)=" + n.Any(x => x > 40) + " All(>3)=" + n.All(x => x > 3) + " All on empty=" + new int[0].All(x => false) + " Any on empty=" + new int[0].Any());
        try { new int[0].Average(); } catch (InvalidOperationException e) { Console.WriteLine("Average empty: " + e.GetType().Name + ": " + e.Message); }
        try { new int[0].Max(); } catch (InvalidOperationException e) { Console.WriteLine("Max empty: " + e.GetType().Name); }
        Console.WriteLine("Sum empty=" + new int[0].Sum() + " Min strings=" + new[] { "pear", "apple", "fig" }.Min() + " Max strings=" + new[] { "pear", "apple", "fig" }.Max());
        Console.WriteLine("Aggregate sum=" + n.Aggregate((a, b) => a + b) + " product=" + n.Aggregate(1L, (a, b) => a * b) + " with result=" + n.Aggregate(0, (a, b) => a + b, r => "total:" + r));
        Console.WriteLine("Aggregate string=" + new[] { "a", "b", "c" }.Aggregate((a, b) => b + a) + " seed=" + new[] { "x", "y" }.Aggregate("start", (a, b) => a + "-" + b));
        try { new int[0].Aggregate((a, b) => a + b); } catch (InvalidOperationException e) { Console.WriteLine("Aggregate empty: " + e.GetType().Name); }
        Console.WriteLine("First=" + n.First() + " First(>10)=" + n.First(x => x > 10) + " Last=" + n.Last() + " Last(<20)=" + n.Last(x => x < 20));
        Console.WriteLine("FirstOrDefault(>100)=" + n.FirstOrDefault(x => x > 100) + " LastOrDefault empty=" + new string[0].LastOrDefault() + "|");
        Console.WriteLine("Single=" + new[] { 7 }.Single() + " Single(==15)=" + n.Single(x => x == 15) + " SingleOrDefault(==99)=" + n.SingleOrDefault(x => x == 99) + " SingleOrDefault empty=" + new int[0].SingleOrDefault());
        try { n.Single(x => x > 10); } catch (InvalidOperationException e) { Console.WriteLine("Single multiple: " + e.Message); }
        try { n.First(x => x > 100); } catch (InvalidOperationException e) { Console.WriteLine("First none: " + e.Message); }
        try { new int[0].Single(); } catch (InvalidOperationException e) { Console.WriteLine("Single empty: " + e.Message); }
        try { new[] { 1, 2 }.SingleOrDefault(); } catch (InvalidOperationException e) { Console.WriteLine("SingleOrDefault multiple: " + e.Message); }
        var rnd = new Random(5);
        var samples = Enumerable.Range(0, 1000).Select(_ => rnd.NextDouble()).ToList();
        Console.WriteLine("random stats: mean=" + samples.Average().ToString("F6") + " min=" + samples.Min().ToString("F6") + " max=" + samples.Max().ToString("F6") + " sum R=" + samples.Sum().ToString("R"));
        double mean = samples.Average();
        double var = samples.Select(x => (x - mean) * (x - mean)).Sum() / samples.Count;
        Console.WriteLine("variance=" + var.ToString("F8") + " stddev=" + Math.Sqrt(var).ToString("F8"));
        Console.WriteLine("running totals: " + string.Join(",", n.Select((x, i) => n.Take(i + 1).Sum())));
        Console.WriteLine("double Average exact: " + new[] { 1.0, 2.0, 2.0 }.Average().ToString("R") + " " + new[] { 0.1, 0.1, 0.1 }.Sum().ToString("R"));
    }
}
