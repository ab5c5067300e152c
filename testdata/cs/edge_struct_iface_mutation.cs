using System;
using System.Collections.Generic;

interface ICounter { int Inc(); int Value { get; set; } }
struct Cnt : ICounter
{
    public int V;
    public int Inc() { return ++V; }
    public int Value { get { return V; } set { V = value; } }
    public override string ToString() { return "Cnt(" + V + ")"; }
}
struct Pair : IComparable<Pair>, IEquatable<Pair>
{
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
    public int CompareTo(Pair o) { return A != o.A ? A.CompareTo(o.A) : B.CompareTo(o.B); }
    public bool Equals(Pair o) { return A == o.A && B == o.B; }
    public void Bump() { A += 100; }
}
class Box<T> where T : ICounter
{
    public T Item;
    public T[] Arr = new T[2];
    public int IncField() { return Item.Inc(); }
    public int IncCopy() { T c = Item; c.Inc(); return c.Value; }
    public int IncArr(int i) { return Arr[i].Inc(); }
}
static class Util
{
    public static int IncGeneric<T>(T x) where T : ICounter { x.Inc(); x.Inc(); return x.Value; }
    public static int IncRef<T>(ref T x) where T : ICounter { x.Inc(); return x.Value; }
    public static void SetVal<T>(ref T x, int v) where T : ICounter { x.Value = v; }
}
struct Outer { public Cnt Inner; public Cnt[] Arr; }
class Holder { public Cnt F; public readonly Cnt RO; public Cnt Prop { get; set; } }

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static void Main()
    {
        Cnt c = new Cnt();
        c.Inc(); c.Inc();
        P("direct: " + c.V);
        ICounter ic = c;  // box copy
        ic.Inc(); ic.Inc(); ic.Inc();
        P("after boxed incs: c=" + c.V + " boxed=" + ic.Value);
        Cnt back = (Cnt)ic;
        back.Inc();
        P("unboxed copy: " + back.V + " boxed still " + ic.Value);
        ((ICounter)c).Inc();
        P("temp box: " + c.V);
        object o = c;
        ((ICounter)o).Inc();
        P("object box mutated via iface: " + ((Cnt)o).V + " orig " + c.V);
        ICounter ic2 = (ICounter)o;
        ic2.Value = 42;
        P("same box: " + ((Cnt)o).V + " " + o);
        P("Generic by value: " + Util.IncGeneric(c) + " c=" + c.V);
        P("Generic by ref: " + Util.IncRef(ref c) + " c=" + c.V);
        Util.SetVal(ref c, 7);
        P("SetVal: " + c.V);
        P("Generic on boxed: " + Util.IncGeneric(ic) + " ic=" + ic.Value);

        var bx = new Box<Cnt>();
        bx.IncField(); bx.IncField();
        P("Box field: " + bx.Item.V + " copy: " + bx.IncCopy() + " field after: " + bx.Item.V);
        bx.IncArr(1); bx.IncArr(1); bx.IncArr(1);
        P("Box arr: " + bx.Arr[0].V + "," + bx.Arr[1].V);
        var bxi = new Box<ICounter>();
        bxi.Item = new Cnt(); bxi.Arr[0] = c;
        bxi.IncField(); bxi.IncField();
        P("Box<ICounter> field: " + bxi.Item.Value + " copy: " + bxi.IncCopy() + " after: " + bxi.Item.Value);
        bxi.IncArr(0);
        P("Box<ICounter> arr: " + bxi.Arr[0].Value + " c=" + c.V);

        List<Cnt> list = new List<Cnt> { new Cnt(), new Cnt() };
        var tmp = list[0]; tmp.Inc(); 
        P("List elem after copy inc: " + list[0].V);
        list[0] = tmp;
        P("List elem after store: " + list[0].V);
        Cnt[] arr = new Cnt[3];
        arr[1].Inc(); arr[1].Inc();
        P("array elem direct: " + arr[1].V);
        foreach (var e in arr) { var ee = e; ee.Inc(); }
        P("array after foreach copies: " + arr[0].V + arr[1].V + arr[2].V);
        ICounter[] iarr = { arr[0], arr[1] };
        foreach (var e in iarr) e.Inc();
        P("iarr: " + iarr[0].Value + " " + iarr[1].Value + " arr1 still " + arr[1].V);

        Outer ou = new Outer(); ou.Arr = new Cnt[1];
        ou.Inner.Inc(); ou.Arr[0].Inc(); ou.Arr[0].Inc();
        Outer ou2 = ou;
        ou2.Inner.Inc(); ou2.Arr[0].Inc();
        P("outer: " + ou.Inner.V + " " + ou2.Inner.V + " shared arr " + ou.Arr[0].V);

        Holder h = new Holder();
        h.F.Inc(); h.F.Inc();
        h.RO.Inc(); h.RO.Inc();
        h.Prop.Inc();
        P("holder: F=" + h.F.V + " RO=" + h.RO.V + " Prop=" + h.Prop.V);

        Pair p1 = new Pair(1, 2);
        IComparable<Pair> cp = p1;
        p1.Bump();
        P("cmp: " + cp.CompareTo(new Pair(1, 3)) + " " + p1.CompareTo(new Pair(1, 3)));
        IEquatable<Pair> eq = p1;
        P("eq: " + eq.Equals(new Pair(101, 2)) + " " + ((object)p1).Equals(new Pair(101, 2)) + " " + p1.Equals((object)new Pair(101, 2)));

        Nullable<Cnt> nc = new Cnt();
        P("nullable struct HasValue " + nc.HasValue + " " + nc.Value.Inc() + " " + nc.Value.V);
        object boxedN = nc;
        P("boxed nullable type: " + boxedN.GetType().Name + " " + (boxedN is ICounter));
        ((ICounter)boxedN).Inc();
        P("boxed nullable mutated: " + ((Cnt)boxedN).V);

        // using on struct IDisposable
        using (var d = new Disp()) { d.Touch(); }
        P("disp count: " + Disp.Disposed);
        Disp dd = new Disp();
        using (dd) { dd.Touch(); }
        P("disp count2: " + Disp.Disposed + " touched=" + dd.N);
    }
}
struct Disp : IDisposable
{
    public static int Disposed;
    public int N;
    public void Touch() { N++; }
    public void Dispose() { Disposed++; Console.WriteLine("Dispose N=" + N); N = 99; }
}
