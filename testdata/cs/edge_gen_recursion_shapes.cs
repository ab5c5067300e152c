using System;
using System.Collections.Generic;

struct SNode<T> { public static SNode<T> Empty; public static int Count; public T Val; public static SNode<T>[] Pool = new SNode<T>[2]; }
class Tree<T> where T : IComparable<T>
{
    public T Val; public Tree<T> L, R;
    public static Tree<T> Insert(Tree<T> t, T v)
    {
        if (t == null) return new Tree<T> { Val = v };
        if (v.CompareTo(t.Val) < 0) t.L = Insert(t.L, v); else t.R = Insert(t.R, v);
        return t;
    }
    public IEnumerable<T> InOrder() { if (L != null) foreach (var x in L.InOrder()) yield return x; yield return Val; if (R != null) foreach (var x in R.InOrder()) yield return x; }
    public int Depth() { return 1 + Math.Max(L == null ? 0 : L.Depth(), R == null ? 0 : R.Depth()); }
}
abstract class Entity<TSelf> where TSelf : Entity<TSelf>, new()
{
    public static int Created;
    public string Tag;
    public static TSelf Make(string tag) { Created++; var e = new TSelf(); e.Tag = tag; return e; }
    public TSelf Self() { return (TSelf)this; }
    public abstract string Kind();
}
class User : Entity<User> { public override string Kind() { return "user"; } }
class Admin : Entity<Admin> { public override string Kind() { return "admin"; } }
interface IMonoid<T> { T Zero { get; } T Plus(T a, T b); }
struct IntAdd : IMonoid<int> { public int Zero { get { return 0; } } public int Plus(int a, int b) { return a + b; } }
struct StrCat : IMonoid<string> { public string Zero { get { return ""; } } public string Plus(string a, string b) { return a + b; } }
struct PairM<A, B, MA, MB> : IMonoid<Tuple<A, B>> where MA : struct, IMonoid<A> where MB : struct, IMonoid<B>
{
    public Tuple<A, B> Zero { get { return Tuple.Create(default(MA).Zero, default(MB).Zero); } }
    public Tuple<A, B> Plus(Tuple<A, B> x, Tuple<A, B> y) { return Tuple.Create(default(MA).Plus(x.Item1, y.Item1), default(MB).Plus(x.Item2, y.Item2)); }
}
class Program
{
    static string Nest<T>(int n)
    {
        if (n == 0) return typeof(T).Name + "/" + Describe(default(T));
        return Nest<List<T>>(n - 1);
    }
    static string Describe<T>(T x) { return x == null ? "null" : x.ToString(); }
    static int Depth<T>(int n) { return n == 0 ? CountArgs(typeof(T)) : Depth<KeyValuePair<T, int>>(n - 1); }
    static int CountArgs(Type t) { return t.IsGenericType ? 1 + CountArgs(t.GetGenericArguments()[0]) : 0; }
    static T Sum<T, M>(IEnumerable<T> xs) where M : struct, IMonoid<T> { M m = default(M); T acc = m.Zero; foreach (var x in xs) acc = m.Plus(acc, x); return acc; }
    static void Main()
    {
        Console.WriteLine(Nest<int>(0) + " " + Nest<int>(3) + " " + Nest<string>(5));
        Console.WriteLine("depth " + Depth<byte>(12));
        SNode<int>.Count = 3; SNode<string>.Count = 4;
        SNode<int>.Empty.Val = 9;
        SNode<int>.Pool[1].Val = 11;
        Console.WriteLine("SNode statics " + SNode<int>.Count + " " + SNode<string>.Count + " " + SNode<int>.Empty.Val + " " + SNode<int>.Pool[1].Val + " " + (SNode<string>.Empty.Val == null));
        Tree<int> t = null;
        foreach (var v in new[] { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 }) t = Tree<int>.Insert(t, v);
        Console.WriteLine("tree " + string.Join(",", t.InOrder()) + " depth " + t.Depth());
        Tree<string> ts = null;
        foreach (var v in "the quick brown fox jumps over the lazy dog".Split(' ')) ts = Tree<string>.Insert(ts, v);
        Console.WriteLine("tree str " + string.Join(",", ts.InOrder()));
        var u = User.Make("u1"); var u2 = User.Make("u2"); var a = Admin.Make("a1");
        Console.WriteLine("CRTP " + u.Self().Tag + " " + u.Kind() + " " + a.Self().Kind() + " created users " + Entity<User>.Created + " admins " + Entity<Admin>.Created + " " + u2.GetType().BaseType.Name);
        Console.WriteLine("monoid int " + Sum<int, IntAdd>(new[] { 1, 2, 3 }) + " str " + Sum<string, StrCat>(new[] { "a", "b" }));
        var pairs = new[] { Tuple.Create(1, "x"), Tuple.Create(2, "y"), Tuple.Create(3, "z") };
        Console.WriteLine("monoid pair " + Sum<Tuple<int, string>, PairM<int, string, IntAdd, StrCat>>(pairs));
        var deepList = new List<List<List<int>>> { new List<List<int>> { new List<int> { 1, 2 }, new List<int>() }, new List<List<int>>() };
        int total = 0; foreach (var l1 in deepList) foreach (var l2 in l1) foreach (var x in l2) total += x;
        Console.WriteLine("deep list " + total + " " + deepList.GetType().Name);
        var dictOfFuncs = new Dictionary<string, Func<Func<int, int>, Func<int, int>>>
        {
            { "twice", f => x => f(f(x)) },
            { "thrice", f => x => f(f(f(x))) }
        };
        Func<int, int> inc = x => x + 1;
        Console.WriteLine("higher-order " + dictOfFuncs["twice"](inc)(0) + " " + dictOfFuncs["thrice"](dictOfFuncs["twice"](inc))(0) + " " + dictOfFuncs["twice"](dictOfFuncs["twice"](dictOfFuncs["twice"](inc)))(0));
    }
}
