using System;
using System.Collections.Generic;
using System.Linq;

class Person { public string Name; public int Age; public string City; public override string ToString() { return Name; } }
class CaseInsensitive : IEqualityComparer<string>
{
    public bool Equals(string a, string b) { return string.Equals(a, b, StringComparison.OrdinalIgnoreCase); }
    public int GetHashCode(string s) { return s.ToLowerInvariant().GetHashCode(); }
}
class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static string J<T>(IEnumerable<T> e) { return "[" + string.Join(",", e) + "]"; }
    static void Try(string label, Func<object> f)
    {
        try { P(label + ": " + f()); } catch (Exception e) { P(label + ": " + e.GetType().Name); }
    }
    static void Main()
    {
        var people = new List<Person> {
            new Person { Name = "Ann", Age = 30, City = "Oslo" }, new Person { Name = "bob", Age = 25, City = "oslo" },
            new Person { Name = "Cid", Age = 30, City = "Rome" }, new Person { Name = "Dee", Age = 25, City = "Rome" },
            new Person { Name = "Eve", Age = 41, City = null } };
        P("OrderBy Age ThenByDesc Name: " + J(people.OrderBy(p => p.Age).ThenByDescending(p => p.Name)));
        P("stable OrderBy: " + J(people.OrderBy(p => p.Age % 2)));
        P("OrderByDesc stable: " + J(people.OrderByDescending(p => p.Age / 10)));
        P("OrderBy string default comparer: " + J(new[] { "b", "B", "a", "A", "_", "1", "ab", "Ab" }.OrderBy(s => s)));
        P("OrderBy ordinal: " + J(new[] { "b", "B", "a", "A", "_", "1" }.OrderBy(s => s, StringComparer.Ordinal)));
        P("GroupBy city ci: " + string.Join(" ", people.GroupBy(p => p.City, new CaseInsensitive()).Select(g => (g.Key ?? "null") + "=" + J(g))));
        P("GroupBy with element+result: " + J(people.GroupBy(p => p.Age, p => p.Name, (k, ns) => k + ":" + string.Join("/", ns))));
        var lookup = people.ToLookup(p => p.Age);
        P("Lookup: " + lookup.Count + " " + J(lookup[25]) + " missing " + lookup[99].Count() + " contains " + lookup.Contains(41));
        var cities = new[] { new { C = "Oslo", Country = "NO" }, new { C = "Rome", Country = "IT" }, new { C = "Paris", Country = "FR" } };
        P("Join: " + J(people.Join(cities, p => p.City, c => c.C, (p, c) => p.Name + "@" + c.Country)));
        P("GroupJoin: " + J(cities.GroupJoin(people, c => c.C, p => p.City, (c, ps) => c.C + ":" + ps.Count())));
        P("GroupJoin+SelectMany+DefaultIfEmpty (left join): " + J(cities.GroupJoin(people, c => c.C, p => p.City, (c, ps) => new { c, ps }).SelectMany(x => x.ps.DefaultIfEmpty(), (x, p) => x.c.C + "-" + (p == null ? "none" : p.Name))));
        P("SelectMany index: " + J(new[] { "ab", "c" }.SelectMany((s, i) => s.Select(ch => ch + "" + i))));
        P("Select index + Where index: " + J(people.Where((p, i) => i % 2 == 0).Select((p, i) => i + p.Name)));
        P("Distinct ci: " + J(new[] { "a", "A", "b", "B", "a" }.Distinct(new CaseInsensitive())));
        P("Union/Intersect/Except: " + J(new[] { 1, 2, 2, 3 }.Union(new[] { 3, 4, 1 })) + J(new[] { 1, 2, 2, 3 }.Intersect(new[] { 2, 3, 3 })) + J(new[] { 1, 2, 2, 3 }.Except(new[] { 2 })));
        P("Aggregate: " + new[] { 1, 2, 3, 4 }.Aggregate((a, b) => a * 10 + b) + " " + new[] { "x", "y" }.Aggregate("s", (a, b) => a + b) + " " + new[] { 1, 2, 3 }.Aggregate(0, (a, b) => a + b, r => r * 100));
        P("Zip uneven: " + J(new[] { 1, 2, 3 }.Zip(new[] { "a", "b" }, (n, s) => s + n)));
        P("SequenceEqual: " + new[] { 1, 2 }.SequenceEqual(new List<int> { 1, 2 }) + " " + new[] { "a" }.SequenceEqual(new[] { "A" }, new CaseInsensitive()));
        P("Skip/Take edge: " + J(Enumerable.Range(1, 5).Skip(-2).Take(2)) + J(Enumerable.Range(1, 5).Take(-1)) + J(Enumerable.Range(1, 5).Skip(10)) + J(Enumerable.Range(1, 5).TakeWhile((x, i) => x + i < 6)) + J(Enumerable.Range(1, 5).SkipWhile(x => x < 3)));
        P("Range/Repeat/Empty: " + J(Enumerable.Range(-2, 3)) + J(Enumerable.Repeat("z", 3)) + J(Enumerable.Empty<int>()) + " " + Enumerable.Range(int.MaxValue, 1).First());
        Try("Range overflow", () => Enumerable.Range(int.MaxValue, 2).Count());
        Try("Sum int overflow", () => new[] { int.MaxValue, 1 }.Sum());
        Try("Sum long", () => new[] { int.MaxValue, 1 }.Sum(x => (long)x));
        Try("Average ints", () => new[] { 1, 2 }.Average());
        Try("Average empty", () => new int[0].Average());
        Try("Average nullable empty", () => new int?[0].Average() == null ? "null" : "val");
        Try("Average nullable", () => new int?[] { 1, null, 4 }.Average());
        Try("Min empty", () => new int[0].Min());
        Try("Min empty ref", () => new string[0].Min() == null ? "null" : "x");
        Try("Max nullable", () => new int?[] { null, 3, 1 }.Max());
        Try("Min nullable all null", () => new int?[] { null }.Min() == null ? "null" : "x");
        Try("Max double NaN", () => new[] { 1.0, double.NaN, 2.0 }.Max());
        Try("Min double NaN", () => new[] { 1.0, double.NaN, 2.0 }.Min());
        Try("Max strings", () => new[] { "apple", "Banana", "cherry" }.Max());
        Try("Sum decimal", () => new[] { 0.1m, 0.2m }.Sum());
        Try("Sum float", () => new[] { 0.1f, 0.2f }.Sum());
        Try("Sum nullable", () => new int?[] { null, 2 }.Sum());
        Try("First empty", () => new int[0].First());
        Try("FirstOrDefault empty", () => new int[0].FirstOrDefault());
        Try("Single two", () => new[] { 1, 2 }.Single());
        Try("SingleOrDefault two", () => new[] { 1, 2 }.SingleOrDefault());
        Try("Single pred", () => new[] { 1, 2, 3 }.Single(x => x > 2));
        Try("Last pred none", () => new[] { 1 }.Last(x => x > 5));
        Try("ElementAt OOR", () => new List<int> { 1 }.ElementAt(3));
        Try("ElementAtOrDefault", () => new[] { "a" }.ElementAtOrDefault(3) ?? "null");
        Try("Cast fail", () => J(new object[] { 1, "x" }.Cast<int>()));
        Try("Cast int to long", () => J(new object[] { 1 }.Cast<long>()));
        Try("OfType", () => J(new object[] { 1, "x", 2L, null, 3 }.OfType<int>()));
        Try("Contains null", () => new[] { "a", null }.Contains(null));
        Try("Count pred", () => people.Count(p => p.City == null));
        Try("LongCount", () => Enumerable.Range(0, 10).LongCount());
        Try("All empty", () => new int[0].All(x => false));
        Try("Any empty", () => new int[0].Any());
        Try("Reverse list", () => J(new List<int> { 1, 2, 3 }.AsEnumerable().Reverse()));
        Try("ToDictionary dup", () => people.ToDictionary(p => p.Age).Count);
        Try("ToDictionary ok", () => J(people.ToDictionary(p => p.Name, p => p.Age).Keys));
        Try("Concat null", () => J(new[] { 1 }.Concat(null)));
        Try("DefaultIfEmpty val", () => J(new int[0].DefaultIfEmpty(7)));
        Try("query syntax let", () => J(from p in people let n = p.Name.ToUpper() where n.Contains("E") orderby p.Age descending, n select n + p.Age));
        Try("query join into", () => J(from c in cities join p in people on c.C equals p.City into g select c.C + g.Count()));
        Try("query group by into", () => J(from p in people group p by p.Age into g where g.Count() > 1 orderby g.Key select g.Key + ":" + g.Count()));
        Try("nested from", () => J(from a in Enumerable.Range(1, 3) from b in Enumerable.Range(a, 2) where (a + b) % 2 == 1 select a + "" + b));
        Try("anonymous equality", () => new { A = 1, B = "x" }.Equals(new { A = 1, B = "x" }) + " " + new { A = 1, B = "x" });
        Try("Distinct anon", () => new[] { new { A = 1 }, new { A = 1 }, new { A = 2 } }.Distinct().Count());
        Try("ToArray of lazy", () => Enumerable.Range(0, 3).Select(x => x * x).ToArray().Length);
        Try("OrderBy with null keys", () => J(people.OrderBy(p => p.City).Select(p => p.City ?? "null")));
        Try("ThenBy on ties with comparer", () => J(new[] { "bb", "a", "B", "A", "c" }.OrderBy(s => s.Length).ThenBy(s => s, StringComparer.OrdinalIgnoreCase)));
        Try("Max by selector on empty nullable", () => new Person[0].Max(p => (int?)p.Age) == null);
    }
}
