using System;
using System.Collections.Generic;

interface IIdentified { int Id { get; } }
class Entity : IIdentified { public int Id { get; set; } public string Name; public override string ToString() { return Name + "#" + Id; } }
class Customer : Entity { public decimal Credit; }
struct Token : IIdentified { public int Id { get; set; } }

class Repository<T> where T : class, IIdentified, new()
{
    private readonly Dictionary<int, T> items = new Dictionary<int, T>();
    public T Create() { T t = new T(); return t; }
    public void Add(T item) { items[item.Id] = item; }
    public T Find(int id) { T r; return items.TryGetValue(id, out r) ? r : null; }
    public int Count { get { return items.Count; } }
}

static class Algo
{
    public static T Max<T>(IEnumerable<T> items) where T : IComparable<T>
    {
        bool first = true;
        T best = default(T);
        foreach (T x in items) { if (first || x.CompareTo(best) > 0) { best = x; first = false; } }
        if (first) throw new InvalidOperationException("empty sequence");
        return best;
    }
    public static T Clamp<T>(T v, T lo, T hi) where T : IComparable<T>
    {
        if (v.CompareTo(lo) < 0) return lo;
        if (v.CompareTo(hi) > 0) return hi;
        return v;
    }
    public static T? FirstOrNull<T>(IEnumerable<T> items, Predicate<T> p) where T : struct
    {
        foreach (T x in items) if (p(x)) return x;
        return null;
    }
    public static T OrDefault<T>(T x, T fallback) where T : class { return x ?? fallback; }
    public static TBase Upcast<TDerived, TBase>(TDerived d) where TDerived : TBase { return d; }
    public static int SumIds<T>(IEnumerable<T> items) where T : IIdentified
    {
        int s = 0;
        foreach (var x in items) s += x.Id;
        return s;
    }
    public static List<T> NewList<T>(int n) where T : new()
    {
        var l = new List<T>();
        for (int i = 0; i < n; i++) l.Add(new T());
        return l;
    }
    public static string Name<T>(T x) where T : Entity { return x.Name; }
}

class Program
{
    static void Main()
    {
        var repo = new Repository<Customer>();
        for (int i = 1; i <= 3; i++)
        {
            var c = repo.Create();
            c.Id = i * 10; c.Name = "cust" + i; c.Credit = i * 100;
            repo.Add(c);
        }
        Console.WriteLine("repo count=" + repo.Count + " find 20=" + repo.Find(20) + " find 99 null=" + (repo.Find(99) == null));
        Console.WriteLine("Max ints=" + Algo.Max(new[] { 3, 9, -2, 7 }));
        Console.WriteLine("Max strings=" + Algo.Max(new List<string> { "pear", "apple", "zebra", "mango" }));
        Console.WriteLine("Max doubles=" + Algo.Max(new[] { 1.5, double.NegativeInfinity, 2.25 }));
        try { Algo.Max(new int[0]); } catch (InvalidOperationException ex) { Console.WriteLine("Max empty: " + ex.Message); }
        Console.WriteLine("Clamp: " + Algo.Clamp(15, 0, 10) + " " + Algo.Clamp(-5, 0, 10) + " " + Algo.Clamp(5, 0, 10) + " " + Algo.Clamp("m", "a", "k") + " " + Algo.Clamp(2.5m, 1m, 3m));
        var found = Algo.FirstOrNull(new[] { 1, 4, 9, 16 }, x => x > 5);
        var notFound = Algo.FirstOrNull(new[] { 1, 4 }, x => x > 5);
        Console.WriteLine("FirstOrNull: " + found + " [" + notFound + "] HasValue=" + notFound.HasValue);
        Console.WriteLine("OrDefault: " + Algo.OrDefault(null, "fallback") + " " + Algo.OrDefault("value", "fallback"));
        Entity e = Algo.Upcast<Customer, Entity>(repo.Find(10));
        Console.WriteLine("Upcast: " + e + " type " + e.GetType().Name);
        Console.WriteLine("SumIds class: " + Algo.SumIds(new[] { repo.Find(10), repo.Find(30) }) + " struct: " + Algo.SumIds(new[] { new Token { Id = 4 }, new Token { Id = 5 } }));
        var ents = Algo.NewList<Entity>(3);
        var toks = Algo.NewList<Token>(2);
        var ints = Algo.NewList<int>(4);
        Console.WriteLine("NewList: " + ents.Count + " first id " + ents[0].Id + " name null " + (ents[0].Name == null) + " tokens " + toks.Count + " ints sum " + ints.Count);
        Console.WriteLine("Name<Customer>: " + Algo.Name(repo.Find(30)));
    }
}
