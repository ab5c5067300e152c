using System;
using System.Collections.Generic;
using System.Linq;

class Product : IEquatable<Product>
{
    public string Code; public string Name;
    public bool Equals(Product o) { return o != null && Code == o.Code; }
    public override bool Equals(object o) { return Equals(o as Product); }
    public override int GetHashCode() { return Code.GetHashCode(); }
    public override string ToString() { return Code + ":" + Name; }
}

class NameComparer : IEqualityComparer<Product>
{
    public bool Equals(Product a, Product b) { return string.Equals(a.Name, b.Name, StringComparison.OrdinalIgnoreCase); }
    public int GetHashCode(Product p) { return p.Name.ToUpperInvariant().GetHashCode(); }
}

class Program
{
    static void Main()
    {
        var a = new[] { 5, 1, 3, 1, 9, 5, 7 };
        var b = new[] { 9, 2, 5, 2, 8 };
        Console.WriteLine("Distinct a: " + string.Join(",", a.Distinct()));
        Console.WriteLine("Union: " + string.Join(",", a.Union(b)));
        Console.WriteLine("Intersect: " + string.Join(",", a.Intersect(b)));
        Console.WriteLine("Except a-b: " + string.Join(",", a.Except(b)) + " b-a: " + string.Join(",", b.Except(a)));
        Console.WriteLine("Concat (keeps dups): " + string.Join(",", a.Concat(b)));
        Console.WriteLine("symmetric difference: " + string.Join(",", a.Except(b).Union(b.Except(a))));
        var p1 = new List<Product> { new Product { Code = "A1", Name = "Apple" }, new Product { Code = "B2", Name = "Banana" }, new Product { Code = "A1", Name = "Apple (dup code)" }, new Product { Code = "C3", Name = "apple" } };
        var p2 = new List<Product> { new Product { Code = "B2", Name = "Banana v2" }, new Product { Code = "D4", Name = "Date" } };
        Console.WriteLine("Distinct by IEquatable (code): " + string.Join(" | ", p1.Distinct()));
        Console.WriteLine("Distinct by name comparer: " + string.Join(" | ", p1.Distinct(new NameComparer())));
        Console.WriteLine("Union: " + string.Join(" | ", p1.Union(p2)));
        Console.WriteLine("Intersect (first seq's element kept): " + string.Join(" | ", p1.Intersect(p2)));
        Console.WriteLine("Except: " + string.Join(" | ", p1.Except(p2)));
        var s1 = new[] { "Hello", "World", "hello" };
        var s2 = new[] { "WORLD", "there" };
        Console.WriteLine("Union ignore case: " + string.Join(",", s1.Union(s2, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine("Intersect ignore case: " + string.Join(",", s1.Intersect(s2, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine("Except ignore case: " + string.Join(",", s1.Except(s2, StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine("Distinct with nulls: " + string.Join(",", new[] { "a", null, "a", null }.Distinct().Select(x => x ?? "null")));
        Console.WriteLine("Distinct doubles NaN: " + string.Join(",", new[] { double.NaN, 1.0, double.NaN, 0.0, -0.0 }.Distinct()));
        Console.WriteLine("SequenceEqual after Distinct: " + a.Distinct().SequenceEqual(new[] { 5, 1, 3, 9, 7 }));
        Console.WriteLine("SequenceEqual with comparer: " + s1.Take(2).SequenceEqual(new[] { "HELLO", "world" }, StringComparer.OrdinalIgnoreCase));
        var big1 = Enumerable.Range(0, 1000).Select(i => i * 3 % 1000);
        var big2 = Enumerable.Range(0, 1000).Select(i => i * 7 % 500);
        Console.WriteLine("big Intersect count=" + big1.Intersect(big2).Count() + " Except count=" + big1.Except(big2).Count() + " Union count=" + big1.Union(big2).Count() + " first 5 of union=" + string.Join(",", big1.Union(big2).Take(5)));
    }
}
