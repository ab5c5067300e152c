using System;
using System.Collections.Generic;

class Memo<TArg, TResult>
{
    private readonly Func<TArg, TResult> f;
    private readonly Dictionary<TArg, TResult> cache = new Dictionary<TArg, TResult>();
    public int Hits, Misses;
    public Memo(Func<TArg, TResult> f) { this.f = f; }
    public TResult Get(TArg a)
    {
        TResult r;
        if (cache.TryGetValue(a, out r)) { Hits++; return r; }
        Misses++;
        r = f(a);
        cache[a] = r;
        return r;
    }
}

class Pool<T> where T : class, new()
{
    private readonly Stack<T> free = new Stack<T>();
    public int Created;
    public T Rent() { if (free.Count > 0) return free.Pop(); Created++; return new T(); }
    public void Return(T t) { free.Push(t); }
}

class Buffer { public int Uses; }

class Event<TArgs>
{
    private readonly List<Action<TArgs>> handlers = new List<Action<TArgs>>();
    public void Subscribe(Action<TArgs> h) { handlers.Add(h); }
    public void Raise(TArgs a) { foreach (var h in handlers) h(a); }
}

class Program
{
    static Memo<int, long> fibMemo;
    static long Fib(int n) { return n < 2 ? n : fibMemo.Get(n - 1) + fibMemo.Get(n - 2); }

    static void Main()
    {
        fibMemo = new Memo<int, long>(Fib);
        Console.WriteLine("fib(80)=" + fibMemo.Get(80) + " hits=" + fibMemo.Hits + " misses=" + fibMemo.Misses);
        var lenMemo = new Memo<string, int>(s => { Console.WriteLine("  computing length of " + s); return s.Length; });
        foreach (var s in new[] { "a", "bb", "a", "ccc", "bb" }) Console.WriteLine("len(" + s + ")=" + lenMemo.Get(s));
        Console.WriteLine("hits=" + lenMemo.Hits + " misses=" + lenMemo.Misses);
        var pool = new Pool<Buffer>();
        var b1 = pool.Rent(); b1.Uses++;
        var b2 = pool.Rent(); b2.Uses++;
        pool.Return(b1);
        var b3 = pool.Rent(); b3.Uses++;
        Console.WriteLine("pool created=" + pool.Created + " b3 same as b1=" + ReferenceEquals(b1, b3) + " b3 uses=" + b3.Uses);
        var ev = new Event<KeyValuePair<string, int>>();
        ev.Subscribe(kv => Console.WriteLine("  handler1 " + kv.Key + "=" + kv.Value));
        ev.Subscribe(kv => Console.WriteLine("  handler2 doubled " + kv.Value * 2));
        ev.Raise(new KeyValuePair<string, int>("x", 21));
        var lazy = new Lazy<List<int>>(() => { Console.WriteLine("  creating lazy list"); return new List<int> { 1, 2, 3 }; });
        Console.WriteLine("lazy created? " + lazy.IsValueCreated);
        Console.WriteLine("lazy count " + lazy.Value.Count);
        Console.WriteLine("lazy created? " + lazy.IsValueCreated + " count again " + lazy.Value.Count);
    }
}
