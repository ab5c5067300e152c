using System;
using System.Collections.Generic;

interface IVisitor { string Visit<T>(T x, int depth); }
interface IConv<TIn> { TOut Conv<TOut>(TIn v, Func<TIn, TOut> f); }

class A : IVisitor
{
    public virtual string Visit<T>(T x, int depth) { return "A.Visit<" + typeof(T).Name + ">(" + x + "," + depth + ")"; }
    public virtual string Pair<T, U>(T t, U u) { return "A.Pair<" + typeof(T).Name + "," + typeof(U).Name + ">"; }
    public virtual List<T> Wrap<T>(T x) { return new List<T> { x }; }
}
class B : A
{
    public override string Visit<T>(T x, int depth)
    {
        if (depth > 0) return "B[" + base.Visit<T>(x, depth - 1) + "]";
        return "B.Visit<" + typeof(T).Name + ">";
    }
    public override string Pair<T, U>(T t, U u) { return "B:" + base.Pair<U, T>(u, t); }
}
class C : B
{
    public override string Visit<T>(T x, int depth) { return "C{" + base.Visit<T[]>(new T[] { x, x }, depth) + "}"; }
    public sealed override List<T> Wrap<T>(T x) { var l = base.Wrap<T>(x); l.Add(x); return l; }
}
class D : C
{
    public new virtual string Visit<T>(T x, int depth) { return "D.new<" + typeof(T).Name + ">"; }
    public override string Pair<T, U>(T t, U u) { return "D(" + base.Pair<T, T>(t, t) + ")"; }
}
class E : D
{
    public override string Visit<T>(T x, int depth) { return "E.over-new<" + typeof(T).Name + ">"; }
}

class Cv : IConv<int>
{
    public TOut Conv<TOut>(int v, Func<int, TOut> f) { return f(v * 2); }
}
class Cv2 : Cv, IConv<int>
{
    public new TOut Conv<TOut>(int v, Func<int, TOut> f) { return f(v * 3); }
}

abstract class Shape
{
    public abstract T Accept<T>(Func<Shape, T> f);
    public virtual string Name { get { return "shape"; } }
}
class Sq : Shape
{
    public override T Accept<T>(Func<Shape, T> f) { return f(this); }
    public override string Name { get { return "sq"; } }
}
class GBase<X>
{
    public virtual string M<Y>(X x, Y y) { return "GBase<" + typeof(X).Name + ">.M<" + typeof(Y).Name + ">"; }
}
class GDer<Z> : GBase<List<Z>>
{
    public override string M<Y>(List<Z> x, Y y) { return "GDer<" + typeof(Z).Name + ">.M<" + typeof(Y).Name + "> count=" + x.Count + " / " + base.M<Y>(x, y); }
}
class GDer2 : GDer<string>
{
    public override string M<W>(List<string> x, W y) { return "GDer2.M<" + typeof(W).Name + "> -> " + base.M<W>(x, y); }
}

class Program
{
    static void Show(string s) { Console.WriteLine(s); }
    static void Main()
    {
        A[] objs = { new A(), new B(), new C(), new D(), new E() };
        foreach (A a in objs)
        {
            Show(a.GetType().Name + ": " + a.Visit<int>(5, 1));
            Show(a.GetType().Name + ": " + a.Visit<string>("s", 0));
            IVisitor iv = a;
            Show("  iface: " + iv.Visit<double>(1.5, 2));
            Show("  pair: " + a.Pair<int, string>(1, "x"));
            Show("  wrap: " + a.Wrap<char>('q').Count);
        }
        D d = new E();
        Show("D ref to E: " + d.Visit<long>(3L, 0));
        C c = new E();
        Show("C ref to E: " + c.Visit<long>(3L, 0));
        IConv<int> ic = new Cv2();
        Show("Conv2 via iface: " + ic.Conv<string>(5, i => "v" + i));
        IConv<int> ic1 = new Cv();
        Show("Conv via iface: " + ic1.Conv<double>(5, i => i / 4.0));
        Cv cc = new Cv2();
        Show("Conv2 via Conv ref: " + cc.Conv<int>(5, i => i + 1));
        Shape s = new Sq();
        Show(s.Accept<string>(x => x.Name) + " " + s.Accept<int>(x => x.Name.Length));
        GBase<List<string>> g = new GDer2();
        Show(g.M<int>(new List<string> { "a", "b" }, 7));
        Show(g.M<GDer2>(new List<string>(), null));
        GBase<List<int>> g2 = new GDer<int>();
        Show(g2.M<string>(new List<int> { 1 }, "y"));
        Func<int, int, string> del = new B().Visit<int>;
        Show("delegate to gvm: " + del(9, 1));
        Func<string, int, string> del2 = ((IVisitor)new C()).Visit<string>;
        Show("delegate via iface gvm: " + del2("z", 0));
    }
}
