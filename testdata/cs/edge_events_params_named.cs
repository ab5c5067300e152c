using System;
using System.Collections.Generic;

class Pub
{
    EventHandler<EventArgs> handlers;
    public int AddCalls, RemoveCalls;
    public event EventHandler<EventArgs> Custom
    {
        add { AddCalls++; handlers += value; Console.WriteLine("add #" + AddCalls); }
        remove { RemoveCalls++; handlers -= value; Console.WriteLine("remove #" + RemoveCalls); }
    }
    public event Action<string> Simple;
    public static event Func<int, int> StaticEv;
    public void Fire() { if (handlers != null) handlers(this, EventArgs.Empty); }
    public void FireSimple(string s) { var h = Simple; if (h != null) h(s); else Console.WriteLine("no Simple subscribers"); }
    public static int FireStatic(int x) { return StaticEv == null ? -1 : StaticEv(x); }
}
class Program
{
    static int order = 0;
    static int Log(string name, int v) { Console.Write(name + "@" + (order++) + " "); return v; }
    static string Opt(int a, int b = 10, string s = "def", decimal m = 1.5m, object o = null, Program.Kind k = Kind.Two)
    {
        return "a=" + a + " b=" + b + " s=" + (s ?? "null") + " m=" + m + " o=" + (o ?? "null") + " k=" + k;
    }
    enum Kind { One = 1, Two = 2 }
    static string Params(string head, params object[] rest) { return head + ":" + (rest == null ? "null" : rest.Length + "[" + string.Join(",", Array.ConvertAll(rest, x => x == null ? "null" : x.ToString())) + "]"); }
    static string ParamsInt(params int[] xs) { return xs.Length + ":" + string.Join(",", xs); }
    static string Over(object o) { return "object"; }
    static string Over(int i) { return "int"; }
    static string Over(long l) { return "long"; }
    static string Over(params int[] xs) { return "params"; }
    static string Over2(double d) { return "double"; }
    static string Over2(decimal d) { return "decimal"; }
    static string Over3(string s) { return "string"; }
    static string Over3(object o) { return "object"; }
    static string Named(int x, int y, int z) { return x + "," + y + "," + z; }
    static void Main()
    {
        var p = new Pub();
        EventHandler<EventArgs> h1 = (s, e) => Console.WriteLine("h1 fired");
        EventHandler<EventArgs> h2 = (s, e) => Console.WriteLine("h2 fired");
        p.Custom += h1; p.Custom += h2; p.Custom += h1;
        p.Fire();
        p.Custom -= h1;
        p.Fire();
        p.Custom -= h2; p.Custom -= h2; p.Custom -= h1;
        p.Fire();
        Console.WriteLine("add/remove counts " + p.AddCalls + "/" + p.RemoveCalls);
        p.FireSimple("x");
        Action<string> sa = s => Console.WriteLine("simple got " + s);
        p.Simple += sa; p.Simple += s => Console.WriteLine("second got " + s.ToUpper());
        p.FireSimple("y");
        p.Simple -= sa;
        p.FireSimple("z");
        Console.WriteLine("static none " + Pub.FireStatic(1));
        Pub.StaticEv += x => x * 2;
        Pub.StaticEv += x => x + 1000;
        Console.WriteLine("static last-wins " + Pub.FireStatic(5));

        Console.WriteLine(Opt(1));
        Console.WriteLine(Opt(1, 2));
        Console.WriteLine(Opt(1, s: null));
        Console.WriteLine(Opt(1, m: 2, k: Kind.One));
        Console.WriteLine(Opt(b: 7, a: 8, o: 3.5));
        Console.WriteLine();
        Console.WriteLine(" named eval order: " + Named(z: Log("z", 3), x: Log("x", 1), y: Log("y", 2)));
        Console.WriteLine(" mixed: " + Named(Log("p1", 1), z: Log("z", 3), y: Log("y", 2)));
        Console.WriteLine(Params("none"));
        Console.WriteLine(Params("null", null));
        Console.WriteLine(Params("nullobj", (object)null));
        Console.WriteLine(Params("two nulls", null, null));
        Console.WriteLine(Params("array", new object[] { 1, 2 }));
        Console.WriteLine(Params("array as obj", (object)new object[] { 1, 2 }));
        Console.WriteLine(Params("string array", new string[] { "a", "b" }));
        Console.WriteLine(Params("int array", new int[] { 1, 2 }));
        Console.WriteLine(ParamsInt() + " | " + ParamsInt(5) + " | " + ParamsInt(new[] { 1, 2, 3 }));
        short sh = 1; byte by = 2; uint ui = 3; char ch = 'c'; float fl = 1f;
        Console.WriteLine("overloads: " + Over(sh) + " " + Over(by) + " " + Over(ui) + " " + Over(ch) + " " + Over(fl) + " " + Over() + " " + Over(1, 2) + " " + Over(5L) + " " + Over("s"));
        Console.WriteLine("Over2: " + Over2(1f) + " " + Over2(1m) + " " + Over2(1.0));
        Console.WriteLine("Over3: " + Over3(null) + " " + Over3((object)"s") + " " + Over3("s"));
    }
}
