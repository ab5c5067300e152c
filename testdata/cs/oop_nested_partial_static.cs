using System;

partial class Widget
{
    private int value;
    public Widget(int v) { value = v; OnCreated(); }
    partial void OnCreated();
    partial void NeverImplemented();
    public int Value { get { NeverImplemented(); return value; } }
}

partial class Widget
{
    partial void OnCreated() { Console.WriteLine("partial OnCreated value=" + value); }
    public string Describe() { return "Widget(" + value + ")"; }
}

static class MathUtil
{
    public const double Tau = 2 * Math.PI;
    public static int Square(int x) { return x * x; }
    public static int Calls { get; private set; }
    public static int Cube(this int x) { Calls++; return x * x * x; }
    public static string Repeat(this string s, int n) { Calls++; return n <= 0 ? "" : s + s.Repeat(n - 1); }
}

class Outer
{
    private static int secret = 42;
    private int instanceSecret = 7;
    public class PublicNested
    {
        public int Peek() { return secret; }
        public int PeekInstance(Outer o) { return o.instanceSecret; }
    }
    private class PrivateNested { public string Hi() { return "private nested"; } }
    public string UsePrivate() { return new PrivateNested().Hi(); }
    public class Level1
    {
        public class Level2
        {
            public string Where() { return "Outer.Level1.Level2"; }
        }
    }
    public struct NestedStruct { public int A; }
    public enum NestedEnum { X, Y }
}

class Program
{
    static void Main()
    {
        var w = new Widget(10);
        Console.WriteLine(w.Describe() + " value=" + w.Value);
        Console.WriteLine("Square(9)=" + MathUtil.Square(9) + " Tau=" + MathUtil.Tau.ToString("F5"));
        Console.WriteLine("3.Cube()=" + 3.Cube() + " static call=" + MathUtil.Cube(4));
        Console.WriteLine("\"ab\".Repeat(3)=" + "ab".Repeat(3));
        Console.WriteLine("extension calls=" + MathUtil.Calls);
        var pn = new Outer.PublicNested();
        Console.WriteLine("nested peek=" + pn.Peek() + " instance=" + pn.PeekInstance(new Outer()));
        Console.WriteLine(new Outer().UsePrivate());
        Console.WriteLine(new Outer.Level1.Level2().Where());
        var ns = new Outer.NestedStruct { A = 3 };
        Console.WriteLine("nested struct A=" + ns.A + " enum=" + Outer.NestedEnum.Y);
        Console.WriteLine("type names: " + typeof(Outer.PublicNested).Name + " | " + typeof(Outer.PublicNested).FullName + " | " + typeof(Outer.Level1.Level2).FullName);
        Console.WriteLine("static class name: " + typeof(MathUtil).Name);
        Console.WriteLine("nested enum full name: " + typeof(Outer.NestedEnum).FullName + " value type: " + new Outer.NestedStruct().GetType().FullName);
    }
}
