using System;
using System.Collections.Generic;
using System.Linq;

struct SCounter
{
    public int N;
    public Func<int> MakeGetter() { var copy = this; return () => copy.N; }
    public Func<int> MakeThisGetter() { int n = N; return () => n * 2; }
    public Action MakeIncrementer() { int local = N; return () => { local++; Console.WriteLine("struct closure local " + local); }; }
    public void Bump() { N++; }
}
class Owner
{
    int field = 1;
    string name;
    public Owner(string n) { name = n; }
    public Func<int> GetField() { return () => field; }
    public Action SetField(int v) { return () => field = v; }
    public Func<string> Describe() { return () => name + ":" + field + ":" + this.GetType().Name; }
    public IEnumerable<Func<int>> Many() { for (int i = 0; i < 3; i++) { int j = i; yield return () => field * 100 + j; } }
}
class Program
{
    static void Main()
    {
        var fs = new List<Func<int>>();
        for (int i = 0; i < 3; i++) fs.Add(() => i);
        Console.WriteLine("for: " + string.Join(",", fs.Select(f => f())));
        fs.Clear();
        foreach (var i in new[] { 10, 20, 30 }) fs.Add(() => i);
        Console.WriteLine("foreach: " + string.Join(",", fs.Select(f => f())));
        fs.Clear();
        for (int i = 0; i < 3; i++) { int c = i; fs.Add(() => c); c += 100; }
        Console.WriteLine("copy modified after: " + string.Join(",", fs.Select(f => f())));
        fs.Clear();
        int shared = 0;
        for (int i = 0; i < 3; i++) fs.Add(() => ++shared);
        Console.WriteLine("shared: " + fs[0]() + fs[1]() + fs[2]() + " final " + shared);
        int w = 0; var ws = new List<Action>();
        while (w < 3) { int k = w; ws.Add(() => Console.Write("w" + k + "/" + w + " ")); w++; }
        foreach (var a in ws) a();
        Console.WriteLine();

        // nested closures different scopes
        var outer = new List<Func<Func<int>>>();
        for (int i = 0; i < 2; i++)
        {
            int x = i * 10;
            outer.Add(() => { int y = x + 1; x += 5; return () => x + y; });
        }
        var f0 = outer[0](); var f0b = outer[0]();
        Console.WriteLine("nested: " + f0() + " " + f0b() + " " + outer[1]()());

        SCounter sc = new SCounter();
        sc.N = 5;
        var g = sc.MakeGetter(); var g2 = sc.MakeThisGetter(); var inc = sc.MakeIncrementer();
        sc.Bump(); sc.Bump();
        Console.WriteLine("struct: N=" + sc.N + " getter=" + g() + " this-getter=" + g2());
        inc(); inc();
        Console.WriteLine("struct N still " + sc.N);
        Func<Func<int>> mg = sc.MakeGetter; // method group on struct: boxes copy
        sc.Bump();
        Console.WriteLine("method group on struct: " + mg()() + " vs " + sc.N);
        Func<string> ts = sc.N.ToString;
        sc.N = 999;
        Console.WriteLine("bound int ToString: " + ts());

        var o = new Owner("own");
        var gf = o.GetField(); var sf = o.SetField(77); var d = o.Describe();
        Console.WriteLine("owner before: " + gf() + " " + d());
        sf();
        Console.WriteLine("owner after: " + gf() + " " + d());
        var many = o.Many().ToList();
        o.SetField(3)();
        Console.WriteLine("many: " + string.Join(",", many.Select(f => f())));

        // closure over parameter and ref-like modifications
        Func<int, Func<int, int>> adder = a => b => a + b;
        var add5 = adder(5);
        Console.WriteLine("curry: " + add5(3) + " " + adder(-1)(1));
        Func<int, int> fib = null;
        fib = n => n < 2 ? n : fib(n - 1) + fib(n - 2);
        Console.WriteLine("fib(20)=" + fib(20));
        var memo = new Dictionary<int, long>();
        Func<int, long> mfib = null;
        mfib = n => { long r; if (memo.TryGetValue(n, out r)) return r; r = n < 2 ? n : mfib(n - 1) + mfib(n - 2); memo[n] = r; return r; };
        Console.WriteLine("memo fib(90)=" + mfib(90));
        // closure in catch and using
        Action act = null;
        try { throw new Exception("captured msg"); } catch (Exception ex) { act = () => Console.WriteLine("from catch: " + ex.Message); }
        act();
        // LINQ with closure modified between enumerations
        int threshold = 2;
        var q = Enumerable.Range(0, 6).Where(x => x > threshold);
        Console.WriteLine("q1 " + string.Join(",", q));
        threshold = 4;
        Console.WriteLine("q2 " + string.Join(",", q));
        // generic local capture
        Console.WriteLine(Make<string>("gen")() + Make<int>(4)());
        // anonymous method delegate syntax
        int cnt = 0;
        Action anon = delegate { cnt += 2; };
        anon(); anon();
        Console.WriteLine("anon cnt " + cnt);
        Func<int, int, int> dm = delegate (int a, int b) { return a * b + cnt; };
        Console.WriteLine("dm " + dm(3, 4));
    }
    static Func<string> Make<T>(T v) { T copy = v; return () => typeof(T).Name + "=" + copy + ";"; }
}
