using System;
using System.Collections.Generic;
using System.Linq;

class P { public string Name; public int Age; public string City; public int Seq; public override string ToString() { return Name + "(" + Age + "," + City + ")"; } }

class Program
{
    static void Main()
    {
        var people = new List<P> {
            new P { Name = "Zed", Age = 30, City = "Oslo" }, new P { Name = "amy", Age = 25, City = "Rome" },
            new P { Name = "Bob", Age = 30, City = "Rome" }, new P { Name = "Cat", Age = 25, City = "Oslo" },
            new P { Name = "dan", Age = 41, City = "Lima" }, new P { Name = "Eve", Age = 30, City = "Lima" },
            new P { Name = "fay", Age = 25, City = "Rome" }, new P { Name = "Gus", Age = 41, City = "Oslo" } };
        Console.WriteLine("OrderBy Age (stable, ties keep source order): " + string.Join(" ", people.OrderBy(p => p.Age)));
        Console.WriteLine("OrderByDescending Age (stable): " + string.Join(" ", people.OrderByDescending(p => p.Age)));
        Console.WriteLine("OrderBy Age ThenBy Name (ordinal): " + string.Join(" ", people.OrderBy(p => p.Age).ThenBy(p => p.Name, StringComparer.Ordinal)));
        Console.WriteLine("OrderBy City ThenByDescending Age: " + string.Join(" ", people.OrderBy(p => p.City).ThenByDescending(p => p.Age)));
        Console.WriteLine("OrderBy Name ignore case: " + string.Join(" ", people.OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine("OrderBy Name default comparer: " + string.Join(" ", people.OrderBy(p => p.Name)));
        Console.WriteLine("OrderBy Name ordinal: " + string.Join(" ", people.OrderBy(p => p.Name, StringComparer.Ordinal)));
        Console.WriteLine("three keys: " + string.Join(" ", people.OrderByDescending(p => p.Age).ThenBy(p => p.City).ThenByDescending(p => p.Name, StringComparer.Ordinal)));
        var nums = new[] { 5, -3, 8, 0, -3, 12, 7 };
        Console.WriteLine("OrderBy identity: " + string.Join(",", nums.OrderBy(x => x)));
        Console.WriteLine("OrderBy abs (stable): " + string.Join(",", nums.OrderBy(x => Math.Abs(x))));
        Console.WriteLine("OrderBy x%3 (stable): " + string.Join(",", nums.OrderBy(x => ((x % 3) + 3) % 3)));
        var doubles = new[] { 2.5, double.NaN, -1.0, double.PositiveInfinity, 0.0, double.NegativeInfinity };
        Console.WriteLine("doubles with NaN: " + string.Join(",", doubles.OrderBy(d => d)));
        var withNulls = new[] { "b", null, "a", null, "c" };
        Console.WriteLine("strings with nulls: " + string.Join(",", withNulls.OrderBy(s => s, StringComparer.Ordinal).Select(s => s ?? "null")));
        var orderedThenFiltered = people.OrderBy(p => p.Name, StringComparer.Ordinal).Where(p => p.Age > 26).Select(p => p.Name);
        Console.WriteLine("ordered then filtered: " + string.Join(",", orderedThenFiltered));
        Console.WriteLine("Reverse after OrderBy: " + string.Join(",", nums.OrderBy(x => x).Reverse()));
        var keyCalls = 0;
        var sorted = nums.OrderBy(x => { keyCalls++; return x; }).ToList();
        Console.WriteLine("key selector called once per element: " + keyCalls);
        var big = Enumerable.Range(0, 200).Select(i => new P { Name = "p" + i, Age = (i * 37) % 5, Seq = i }).ToList();
        var bigSorted = big.OrderBy(p => p.Age).ToList();
        bool stable = true;
        for (int i = 1; i < bigSorted.Count; i++) if (bigSorted[i - 1].Age == bigSorted[i].Age && bigSorted[i - 1].Seq > bigSorted[i].Seq) stable = false;
        Console.WriteLine("OrderBy stable on 200 items: " + stable + " first five: " + string.Join(",", bigSorted.Take(5).Select(p => p.Seq)));
        Console.WriteLine("query syntax orderby: " + string.Join(" ", from p in people orderby p.City descending, p.Age select p.Name));
    }
}
