using System;
using System.Collections.Generic;

interface IRepository<T> { void Add(T item); T Get(int i); int Count { get; } }
interface IConverter<in TIn, out TOut> { TOut Convert(TIn x); }
delegate TR Transformer<T, TR>(T input);
delegate void Notify<T>(T value);
delegate T Factory<T>();

class ListRepo<T> : IRepository<T>
{
    private List<T> list = new List<T>();
    public void Add(T item) { list.Add(item); }
    public T Get(int i) { return list[i]; }
    public int Count { get { return list.Count; } }
}

class IntToString : IConverter<int, string> { public string Convert(int x) { return "int(" + x + ")"; } }
class ObjToString : IConverter<object, string> { public string Convert(object x) { return "obj(" + x + ")"; } }

class MultiImpl : IComparable<int>, IComparable<string>, IEquatable<MultiImpl>
{
    public int CompareTo(int other) { return 1; }
    public int CompareTo(string other) { return -1; }
    public bool Equals(MultiImpl other) { return true; }
}

class Program
{
    static TR Apply<T, TR>(T x, Transformer<T, TR> f) { return f(x); }
    static void Fill<T>(IRepository<T> repo, Factory<T> make, int n) { for (int i = 0; i < n; i++) repo.Add(make()); }

    static void Main()
    {
        IRepository<string> r = new ListRepo<string>();
        int counter = 0;
        Fill(r, () => "item" + (++counter), 4);
        Console.WriteLine("repo count=" + r.Count + " get(2)=" + r.Get(2));
        Transformer<string, int> len = s => s.Length;
        Transformer<int, double> half = i => i / 2.0;
        Console.WriteLine("Apply len=" + Apply("hello", len) + " half=" + Apply(7, half) + " inline=" + Apply(3, x => new string('z', x)));
        Notify<string> notify = s => Console.WriteLine("  notify1: " + s);
        notify += s => Console.WriteLine("  notify2: " + s.ToUpper());
        notify("event");
        Factory<List<int>> mk = () => new List<int> { 1, 2 };
        Console.WriteLine("factory list count=" + mk().Count);
        IConverter<int, string> c1 = new IntToString();
        IConverter<string, object> c2 = new ObjToString();
        IConverter<string, string> c3 = new ObjToString();
        Console.WriteLine("converters: " + c1.Convert(5) + " " + c2.Convert("s") + " " + c3.Convert("t"));
        var m = new MultiImpl();
        Console.WriteLine("multi generic interface impl: " + ((IComparable<int>)m).CompareTo(0) + " " + ((IComparable<string>)m).CompareTo("") + " " + m.Equals(m));
        Func<int, int, int> add = (x, y) => x + y;
        Func<int, Func<int, int>> curried = x => y => add(x, y);
        Console.WriteLine("curried: " + curried(3)(4));
        Func<Func<int, int>, Func<int, int>, Func<int, int>> compose = (f, g) => x => g(f(x));
        var incThenDouble = compose(x => x + 1, x => x * 2);
        Console.WriteLine("compose: " + incThenDouble(5));
        Transformer<int, Transformer<int, int>> adder = x => y => x + y;
        Console.WriteLine("generic delegate returning delegate: " + adder(10)(5));
        Console.WriteLine("delegate type names: " + len.GetType().Name + " " + notify.GetType().Name + " " + typeof(Transformer<,>).Name);
        var dict = new Dictionary<string, Func<double, double, double>>
        {
            { "add", (x, y) => x + y }, { "sub", (x, y) => x - y }, { "mul", (x, y) => x * y }, { "div", (x, y) => x / y }, { "pow", Math.Pow }
        };
        foreach (var kv in dict) Console.WriteLine("  " + kv.Key + "(6,3)=" + kv.Value(6, 3));
    }
}
