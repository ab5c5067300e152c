using System;
using System.Collections.Generic;

interface IShape { double Area(); string Name { get; } }
interface IMut { void Mut(); int Get(); }
struct Sq : IShape, IMut, IComparable<Sq>
{
    public double S; int m;
    public Sq(double s) { S = s; m = 0; }
    public double Area() { return S * S; }
    public string Name { get { return "Sq" + S; } }
    public void Mut() { m++; S += 1; }
    public int Get() { return m; }
    public int CompareTo(Sq o) { return S.CompareTo(o.S); }
    public override string ToString() { return "Sq(" + S + "," + m + ")"; }
}
class Circ : IShape, IComparable<Circ>
{
    public double R;
    public Circ(double r) { R = r; }
    public double Area() { return Math.Round(3 * R * R, 2); }
    public string Name { get { return "Circ" + R; } }
    public int CompareTo(Circ o) { return R.CompareTo(o.R); }
}
struct Plain { public int A; }
struct PlainStr { public int A; public override string ToString() { return "PlainStr" + A; } }

class Algo<T> where T : IShape
{
    public List<T> Items = new List<T>();
    public Algo<T> Add(T x) { Items.Add(x); return this; }
    public TR Fold<TR>(TR seed, Func<TR, T, TR> f) { TR acc = seed; foreach (var x in Items) acc = f(acc, x); return acc; }
    public T Max<TK>(Func<T, TK> key) where TK : IComparable<TK>
    {
        T best = Items[0];
        foreach (var x in Items) if (key(x).CompareTo(key(best)) > 0) best = x;
        return best;
    }
    public U Convert<U>(T x) where U : class, IShape { return (object)x as U; }
    public static string Describe<U>(U u) where U : T { return "U=" + typeof(U).Name + " T=" + typeof(T).Name + " " + u.Name; }
    public double Total() { return Fold(0.0, (a, s) => a + s.Area()); }
}
static class G
{
    public static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    public static T MaxOf<T>(params T[] xs) where T : IComparable<T> { T m = xs[0]; foreach (var x in xs) m = Max(m, x); return m; }
    public static void MutTwice<T>(ref T x) where T : IMut { x.Mut(); x.Mut(); }
    public static int MutCopy<T>(T x) where T : IMut { x.Mut(); return x.Get(); }
    public static int MutArr<T>(T[] arr) where T : IMut { arr[0].Mut(); return arr[0].Get(); }
    public static T Make<T>() where T : new() { return new T(); }
    public static T OrDefault<T>(bool b, T v) { return b ? v : default(T); }
    public static string Str<T>(T x) { return x == null ? "null" : x.ToString(); }
    public static bool IsNull<T>(T x) { return x == null; }
    public static bool Eq<T>(T a, T b) { return EqualityComparer<T>.Default.Equals(a, b); }
    public static bool EqObj<T>(T a, T b) { return a.Equals(b); }
    public static string Kind<T>() { return typeof(T).IsValueType ? "value" : "ref"; }
    public static T Cast<T>(object o) { return (T)o; }
    public static T As<T>(object o) where T : class { return o as T; }
    public static bool Is<T>(object o) { return o is T; }
    public static int Count<T, U>(IEnumerable<T> xs) where T : U { int n = 0; foreach (U u in xs) if (u != null) n++; return n; }
    public static string Chain<A, B, C>(A a, Func<A, B> f, Func<B, C> g) { return Str(g(f(a))); }
    public static TOut Apply<TIn, TOut>(TIn x, Func<TIn, TOut> f) where TOut : struct { return f(x); }
    public static string Nested<T>(T x) { return Inner<List<T>>(new List<T> { x, x }); }
    static string Inner<U>(U u) where U : System.Collections.ICollection, new() { return typeof(U).Name + ":" + u.Count; }
}
class Program
{
    static void Main()
    {
        var a = new Algo<Sq>().Add(new Sq(1)).Add(new Sq(3)).Add(new Sq(2));
        Console.WriteLine("total " + a.Total() + " max by area " + a.Max(q => q.Area()) + " max by name " + a.Max(q => q.Name));
        Console.WriteLine(Algo<Sq>.Describe(new Sq(5)) + " | " + Algo<IShape>.Describe<Circ>(new Circ(2)));
        var c = new Algo<IShape>().Add(new Circ(1)).Add(new Sq(2));
        Console.WriteLine("mixed total " + c.Total() + " conv " + (c.Convert<Circ>(c.Items[0]) != null) + " " + (c.Convert<Circ>(c.Items[1]) == null));
        Console.WriteLine("G.Max " + G.Max(3, 7) + " " + G.Max("pear", "apple") + " " + G.Max(new Sq(2), new Sq(1)) + " " + G.MaxOf(new Circ(1), new Circ(9), new Circ(4)).R + " " + G.MaxOf(1.5, -2.0, 1.25));
        Sq s = new Sq(10);
        G.MutTwice(ref s);
        Console.WriteLine("MutTwice " + s + " MutCopy " + G.MutCopy(s) + " after " + s);
        var sqs = new[] { new Sq(1) };
        Console.WriteLine("MutArr " + G.MutArr(sqs) + " " + sqs[0]);
        IMut boxed = s;
        G.MutTwice(ref boxed);
        Console.WriteLine("MutTwice boxed " + boxed + " s " + s);
        Console.WriteLine("Make " + G.Make<Sq>() + " " + G.Make<List<int>>().Count + " " + G.Make<int>() + " [" + G.Make<Plain>().A + "]");
        Console.WriteLine("OrDefault " + G.Str(G.OrDefault(false, "x")) + " " + G.OrDefault(false, 5) + " " + G.Str(G.OrDefault<int?>(false, 5)) + " " + G.OrDefault(false, new Sq(1)));
        Console.WriteLine("IsNull " + G.IsNull(0) + G.IsNull<string>(null) + G.IsNull<int?>(null) + G.IsNull<int?>(1) + G.IsNull(new Plain()));
        Console.WriteLine("Str struct " + G.Str(new Plain()) + " " + G.Str(new PlainStr { A = 3 }) + " " + G.Str(new KeyValuePair<int, string>(1, "a")) + " " + G.Str(Tuple.Create(1, "b", 2.5)));
        Console.WriteLine("Eq " + G.Eq(1, 1) + G.Eq("a", "a") + G.Eq<object>(null, null) + G.Eq(new Plain { A = 1 }, new Plain { A = 1 }) + G.Eq(double.NaN, double.NaN) + G.Eq<int?>(null, 0));
        Console.WriteLine("EqObj " + G.EqObj(1, 1) + G.EqObj(new Plain { A = 2 }, new Plain { A = 2 }) + G.EqObj(0.0, -0.0) + G.EqObj(double.NaN, double.NaN) + G.EqObj(new Circ(1), new Circ(1)));
        Console.WriteLine("Kind " + G.Kind<int>() + G.Kind<string>() + G.Kind<int?>() + G.Kind<IShape>() + G.Kind<Sq>());
        Console.WriteLine("Cast " + G.Cast<int>(5) + " " + G.Cast<int?>(null) + "|" + G.Cast<IShape>(new Sq(4)).Name + " " + G.Str(G.As<string>(3)) + " " + G.Is<IComparable<int>>(3) + G.Is<int?>(3) + G.Is<IShape>(new Circ(1)) + G.Is<ValueType>(new Sq()));
        try { G.Cast<long>(5); } catch (InvalidCastException) { Console.WriteLine("Cast<long>(int) ICE"); }
        try { G.Cast<int>(null); } catch (NullReferenceException) { Console.WriteLine("Cast<int>(null) NRE"); }
        Console.WriteLine("Count " + G.Count<Circ, IShape>(new[] { new Circ(1), null, new Circ(2) }) + " " + G.Count<string, object>(new[] { "a", null }));
        Console.WriteLine("Chain " + G.Chain(5, x => x * 2.5, d => "d" + d) + " " + G.Chain("abc", x => x.Length, n => (long)n * n));
        Console.WriteLine("Apply " + G.Apply("xyz", t => t.Length) + " " + G.Apply(2, x => new Sq(x)));
        Console.WriteLine("Nested " + G.Nested(3));
        var list = new List<Sq> { new Sq(3), new Sq(1), new Sq(2) };
        list.Sort();
        Console.WriteLine("sorted " + string.Join(",", list));
        Console.WriteLine("Comparer " + Comparer<Sq>.Default.Compare(new Sq(1), new Sq(2)) + " " + Comparer<Circ>.Default.Compare(null, new Circ(1)) + " " + Comparer<int?>.Default.Compare(null, 1));
    }
}
