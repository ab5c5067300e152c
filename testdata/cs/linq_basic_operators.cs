using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string S<T>(IEnumerable<T> e) { return "[" + string.Join(",", e) + "]"; }

    static void Main()
    {
        int[] n = { 5, 3, 8, 1, 9, 2, 7, 3, 8 };
        Console.WriteLine("Where even: " + S(n.Where(x => x % 2 == 0)));
        Console.WriteLine("Where with index: " + S(n.Where((x, i) => i % 3 == 0)));
        Console.WriteLine("Select square: " + S(n.Select(x => x * x)));
        Console.WriteLine("Select with index: " + S(n.Select((x, i) => i + ":" + x)));
        Console.WriteLine("SelectMany: " + S(new[] { "ab", "cde" }.SelectMany(s => s.ToCharArray())));
        Console.WriteLine("SelectMany result selector: " + S(new[] { 1, 2 }.SelectMany(x => new[] { 10, 20 }, (x, y) => x * y)));
        Console.WriteLine("Distinct: " + S(n.Distinct()));
        Console.WriteLine("Skip 3: " + S(n.Skip(3)) + " Take 3: " + S(n.Take(3)) + " Skip 100: " + S(n.Skip(100)) + " Take -1: " + S(n.Take(-1)));
        Console.WriteLine("SkipWhile <8: " + S(n.SkipWhile(x => x < 8)) + " TakeWhile >2: " + S(n.TakeWhile(x => x > 2)));
        Console.WriteLine("Reverse: " + S(n.Reverse()));
        Console.WriteLine("Concat: " + S(n.Take(2).Concat(new[] { 100, 200 })));
        Console.WriteLine("Union: " + S(new[] { 1, 2, 3, 2 }.Union(new[] { 3, 4, 1, 5 })));
        Console.WriteLine("Intersect: " + S(new[] { 1, 2, 3, 4, 2 }.Intersect(new[] { 4, 2, 6 })));
        Console.WriteLine("Except: " + S(new[] { 1, 2, 3, 4, 1 }.Except(new[] { 2, 4 })));
        Console.WriteLine("Zip: " + S(new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (a, b) => a + b)));
        Console.WriteLine("Range: " + S(Enumerable.Range(-2, 5)) + " Repeat: " + S(Enumerable.Repeat("x", 3)) + " Empty: " + S(Enumerable.Empty<int>()));
        Console.WriteLine("Contains 9: " + n.Contains(9) + " Contains 4: " + n.Contains(4));
        Console.WriteLine("SequenceEqual: " + new[] { 1, 2 }.SequenceEqual(new List<int> { 1, 2 }) + " " + new[] { 1, 2 }.SequenceEqual(new[] { 2, 1 }));
        object[] mixed = { 1, "two", 3.0, 4, "five", null, 6L };
        Console.WriteLine("OfType<int>: " + S(mixed.OfType<int>()) + " OfType<string>: " + S(mixed.OfType<string>()));
        Console.WriteLine("Cast<int>: " + S(new object[] { 1, 2 }.Cast<int>()));
        try { Console.WriteLine(S(mixed.Cast<int>())); } catch (InvalidCastException e) { Console.WriteLine("Cast<int> on mixed: " + e.GetType().Name); }
        Console.WriteLine("DefaultIfEmpty: " + S(new int[0].DefaultIfEmpty()) + " " + S(new int[0].DefaultIfEmpty(42)) + " " + S(new[] { 1 }.DefaultIfEmpty(42)));
        Console.WriteLine("ElementAt(2): " + n.ElementAt(2) + " ElementAtOrDefault(50): " + n.ElementAtOrDefault(50));
        try { n.ElementAt(50); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("ElementAt(50): " + e.GetType().Name); }
        Console.WriteLine("ToArray length: " + n.Where(x => x > 4).ToArray().Length + " ToList count: " + n.ToList().Count);
        Console.WriteLine("AsEnumerable same: " + ReferenceEquals(n.AsEnumerable(), n));
        var strs = new[] { "apple", "Banana", "cherry", "apple", "APPLE" };
        Console.WriteLine("Distinct ignore case: " + S(strs.Distinct(StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine("Contains ignore case: " + strs.Contains("BANANA", StringComparer.OrdinalIgnoreCase));
        Console.WriteLine("chain: " + S(Enumerable.Range(1, 20).Where(x => x % 3 != 0).Select(x => x * 2).Skip(2).Take(5).Reverse()));
    }
}
