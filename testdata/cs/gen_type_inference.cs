using System;
using System.Collections.Generic;

static class Inf
{
    public static string Show<T>(T x) { return "Show<" + typeof(T).Name + ">"; }
    public static string Two<T>(T a, T b) { return "Two<" + typeof(T).Name + ">"; }
    public static string FromFunc<T>(Func<T> f) { return "FromFunc<" + typeof(T).Name + ">=" + f(); }
    public static string FromArray<T>(T[] arr) { return "FromArray<" + typeof(T).Name + ">[" + arr.Length + "]"; }
    public static string FromEnumerable<T>(IEnumerable<T> e) { return "FromEnumerable<" + typeof(T).Name + ">"; }
    public static string Select<T, R>(IEnumerable<T> e, Func<T, R> f) { var l = new List<R>(); foreach (var x in e) l.Add(f(x)); return "Select<" + typeof(T).Name + "," + typeof(R).Name + ">:" + string.Join(",", l); }
    public static string Over(object o) { return "Over(object)"; }
    public static string Over<T>(T o) { return "Over<" + typeof(T).Name + ">"; }
    public static string Over(int o) { return "Over(int)"; }
    public static string Nul<T>(T? x) where T : struct { return "Nul<" + typeof(T).Name + ">(" + (x.HasValue ? x.Value.ToString() : "null") + ")"; }
    public static string Dict<K, V>(Dictionary<K, V> d) { return "Dict<" + typeof(K).Name + "," + typeof(V).Name + ">"; }
    public static string Pair<A, B>(KeyValuePair<A, B> kv) { return "Pair<" + typeof(A).Name + "," + typeof(B).Name + ">"; }
}

class Animal { } class Cat : Animal { }

class Program
{
    static void Main()
    {
        Console.WriteLine(Inf.Show(1));
        Console.WriteLine(Inf.Show(1L));
        Console.WriteLine(Inf.Show("s"));
        Console.WriteLine(Inf.Show<object>("s"));
        Console.WriteLine(Inf.Show(new Cat()));
        Console.WriteLine(Inf.Show<Animal>(new Cat()));
        Console.WriteLine(Inf.Show((short)1));
        Console.WriteLine(Inf.Show('c'));
        Console.WriteLine(Inf.Show(DayOfWeek.Monday));
        Console.WriteLine(Inf.Show(new int[0]));
        Console.WriteLine(Inf.Show((int?)5));
        Console.WriteLine(Inf.Two(1, 2));
        Console.WriteLine(Inf.Two<long>(1, 2L));
        Console.WriteLine(Inf.Two<Animal>(new Cat(), new Animal()));
        Console.WriteLine(Inf.Two<double>(1, 2.5));
        Console.WriteLine(Inf.FromFunc(() => 42));
        Console.WriteLine(Inf.FromFunc(() => "str"));
        Console.WriteLine(Inf.FromFunc(() => 1.5m));
        Console.WriteLine(Inf.FromArray(new[] { "a", "b" }));
        Console.WriteLine(Inf.FromArray(new[] { 1.0, 2 }));
        Console.WriteLine(Inf.FromEnumerable(new List<char> { 'x' }));
        Console.WriteLine(Inf.FromEnumerable("string is IEnumerable<char>"));
        Console.WriteLine(Inf.FromEnumerable(new Dictionary<int, bool>()));
        Console.WriteLine(Inf.Select(new[] { 1, 2, 3 }, x => x * 0.5));
        Console.WriteLine(Inf.Select(new[] { "a", "bb" }, s => s.Length));
        Console.WriteLine(Inf.Select(new List<int> { 65, 66 }, i => (char)i));
        Console.WriteLine(Inf.Over(5));
        Console.WriteLine(Inf.Over(5L));
        Console.WriteLine(Inf.Over("s"));
        Console.WriteLine(Inf.Over((object)"s"));
        Console.WriteLine(Inf.Over<int>(5));
        Console.WriteLine(Inf.Nul((int?)3));
        Console.WriteLine(Inf.Nul<double>(null));
        Console.WriteLine(Inf.Nul(new DayOfWeek?(DayOfWeek.Sunday)));
        Console.WriteLine(Inf.Dict(new Dictionary<string, List<int>>()));
        Console.WriteLine(Inf.Pair(new KeyValuePair<int, string>(1, "a")));
        var inferred = new[] { new { }, new { } };
        Console.WriteLine("implicit array of anonymous: " + inferred.Length);
        var x2 = new[] { 1, 2L, 3 };
        Console.WriteLine("best common type array: " + x2.GetType().Name);
        var t = Tuple.Create(1, "a", 2.5, 'c');
        Console.WriteLine("Tuple.Create inferred: " + t.GetType().Name + " " + t.Item1.GetType().Name + t.Item2.GetType().Name + t.Item3.GetType().Name + t.Item4.GetType().Name);
    }
}
