using System;

struct Counter
{
    public int A, B;
    public Counter(int a) : this() { A = a; }
    public Counter(int a, int b) : this(a) { B = b; }
    public void Reset() { this = new Counter(-1, -1); }
    public void CopyFrom(Counter o) { this = o; A++; }
    public Counter WithA(int a) { Counter c = this; c.A = a; return c; }
    public void IncBoth() { A++; B++; }
    public override string ToString() { return "(" + A + "," + B + ")"; }
}
struct Wrapper
{
    public Counter C;
    public Counter Prop { get { return C; } set { C = value; } }
    public void IncInner() { C.IncBoth(); }
}
class Holder
{
    public Counter Field;
    public Counter Prop { get; set; }
    public Counter[] Arr = new Counter[2];
    public Wrapper W;
}
struct RO
{
    public readonly int X;
    public RO(int x) { X = x; }
    public RO Add(int d) { return new RO(X + d); }
}
class Program
{
    static void ByVal(Counter c) { c.IncBoth(); }
    static void ByRef(ref Counter c) { c.IncBoth(); }
    static void ByOut(out Counter c) { c = new Counter(9); c.B = 8; }
    static Counter Ret(Counter c) { c.A *= 10; return c; }
    static void Main()
    {
        var c = new Counter(1, 2);
        Console.WriteLine("ctor chain: " + c + " default " + new Counter() + " one-arg " + new Counter(5));
        c.Reset();
        Console.WriteLine("this= reset: " + c);
        c.CopyFrom(new Counter(3, 4));
        Console.WriteLine("CopyFrom: " + c);
        Console.WriteLine("WithA: " + c.WithA(100) + " orig " + c);
        ByVal(c); Console.WriteLine("ByVal: " + c);
        ByRef(ref c); Console.WriteLine("ByRef: " + c);
        ByOut(out c); Console.WriteLine("ByOut: " + c);
        Console.WriteLine("Ret: " + Ret(c) + " orig " + c);
        var h = new Holder();
        h.Field.IncBoth(); h.Field.IncBoth();
        h.Arr[1].IncBoth();
        h.W.IncInner(); h.W.C.IncBoth();
        var tmp = h.Prop; tmp.IncBoth(); 
        Console.WriteLine("holder: field " + h.Field + " arr " + h.Arr[1] + " W.C " + h.W.C + " prop " + h.Prop);
        ByRef(ref h.Field); ByRef(ref h.Arr[0]); ByRef(ref h.W.C);
        Console.WriteLine("ref to fields: " + h.Field + " " + h.Arr[0] + " " + h.W.C);
        h.Field.Reset(); h.Arr[0].CopyFrom(new Counter(7, 7));
        Console.WriteLine("this= through field/array: " + h.Field + " " + h.Arr[0]);
        Wrapper w = new Wrapper();
        var p = w.Prop; p.A = 50;
        Console.WriteLine("wrapper prop copy: " + w.C);
        w.Prop = p;
        Console.WriteLine("wrapper prop set: " + w.C);
        Counter[] arr = { new Counter(1, 1), new Counter(2, 2) };
        foreach (var item in arr) { var m = item; m.Reset(); }
        Console.WriteLine("array after foreach: " + arr[0] + arr[1]);
        for (int i = 0; i < arr.Length; i++) arr[i].Reset();
        Console.WriteLine("array after for: " + arr[0] + arr[1]);
        var ro = new RO(5);
        Console.WriteLine("readonly struct: " + ro.Add(3).X + " " + ro.X);
        Counter a1 = new Counter(1, 1), a2 = a1;
        a2.IncBoth();
        Console.WriteLine("assign copies: " + a1 + " " + a2);
        object boxed = a1;
        a1.IncBoth();
        Console.WriteLine("box snapshot: " + boxed + " " + a1);
        Counter unboxed = (Counter)boxed;
        unboxed.Reset();
        Console.WriteLine("unbox copy: " + boxed + " " + unboxed);
        Counter? nc = a1;
        Console.WriteLine("nullable copy: " + nc.Value + " " + nc.GetValueOrDefault().A);
        Counter[,] grid = new Counter[2, 2];
        grid[1, 1].IncBoth(); grid[1, 1].IncBoth(); grid[0, 1].Reset();
        ByRef(ref grid[1, 0]);
        Console.WriteLine("2d: " + grid[0, 0] + grid[0, 1] + grid[1, 0] + grid[1, 1]);
        var ts = new Counter[1][];
        ts[0] = new Counter[1];
        ts[0][0].IncBoth();
        Console.WriteLine("jagged: " + ts[0][0]);
        Counter local = default(Counter);
        Action act = () => local.IncBoth();
        act(); act();
        Console.WriteLine("captured struct mutated by lambda: " + local);
    }
}
