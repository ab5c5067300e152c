using System;
using System.Collections.Generic;

interface IShape { double Area(); string Name { get; } }
interface IDrawable { string Draw(); }
interface IResizable : IShape { void Scale(double f); }
interface ILogger { void Log(string m); }
interface IFileLogger : ILogger { string Path { get; } }
interface IA { string Hello(); }
interface IB { string Hello(); }

class Rect : IResizable, IDrawable, IComparable<Rect>
{
    public double W, H;
    public Rect(double w, double h) { W = w; H = h; }
    public double Area() { return W * H; }
    public string Name { get { return "Rect"; } }
    public void Scale(double f) { W *= f; H *= f; }
    public string Draw() { return "[" + W + "x" + H + "]"; }
    public int CompareTo(Rect other) { return Area().CompareTo(other.Area()); }
}

class Both : IA, IB
{
    string IA.Hello() { return "IA.Hello"; }
    string IB.Hello() { return "IB.Hello"; }
    public string Hello() { return "public Hello"; }
}

class OnlyExplicit : IA
{
    string IA.Hello() { return "explicit only"; }
}

class ConsoleLogger : IFileLogger
{
    private List<string> lines = new List<string>();
    public void Log(string m) { lines.Add(m); Console.WriteLine("LOG: " + m); }
    public string Path { get { return "console"; } }
    public int Count { get { return lines.Count; } }
}

class BaseImpl : IDrawable { public string Draw() { return "BaseImpl.Draw"; } }
class DerivedImpl : BaseImpl, IDrawable { public new string Draw() { return "DerivedImpl.Draw (reimplemented)"; } }
class DerivedNoReimpl : BaseImpl { public new string Draw() { return "DerivedNoReimpl.Draw"; } }

class VirtualImpl : IDrawable { public virtual string Draw() { return "VirtualImpl"; } }
class OverrideImpl : VirtualImpl { public override string Draw() { return "OverrideImpl"; } }

class Program
{
    static void Main()
    {
        var r = new Rect(2, 3);
        IShape s = r;
        IResizable rs = r;
        IDrawable d = r;
        Console.WriteLine(s.Name + " area=" + s.Area() + " draw=" + d.Draw());
        rs.Scale(2);
        Console.WriteLine("after scale area=" + s.Area() + " draw=" + d.Draw());
        var b = new Both();
        Console.WriteLine(b.Hello() + " | " + ((IA)b).Hello() + " | " + ((IB)b).Hello());
        IA oe = new OnlyExplicit();
        Console.WriteLine(oe.Hello());
        var cl = new ConsoleLogger();
        ILogger lg = cl;
        lg.Log("first");
        ((IFileLogger)cl).Log("second");
        Console.WriteLine("count=" + cl.Count + " path=" + ((IFileLogger)lg).Path);
        IDrawable[] drawables = { new BaseImpl(), new DerivedImpl(), new DerivedNoReimpl(), new VirtualImpl(), new OverrideImpl(), r };
        foreach (var dr in drawables) Console.WriteLine(dr.GetType().Name + " as IDrawable: " + dr.Draw());
        Console.WriteLine("DerivedNoReimpl direct: " + new DerivedNoReimpl().Draw());
        var rects = new List<Rect> { new Rect(5, 5), new Rect(1, 2), new Rect(3, 3) };
        rects.Sort();
        foreach (var x in rects) Console.WriteLine("sorted " + x.Draw() + " area " + x.Area());
        object o = r;
        Console.WriteLine("is IShape=" + (o is IShape) + " is IComparable<Rect>=" + (o is IComparable<Rect>) + " is ILogger=" + (o is ILogger));
        IShape maybe = o as IShape;
        Console.WriteLine("as IShape null? " + (maybe == null));
        ILogger none = o as ILogger;
        Console.WriteLine("as ILogger null? " + (none == null));
        try { ILogger bad = (ILogger)o; Console.WriteLine(bad); }
        catch (InvalidCastException e) { Console.WriteLine("cast to ILogger: " + e.GetType().Name); }
        Console.WriteLine("interface type names: " + typeof(IResizable).Name + " " + typeof(IComparable<Rect>).Name);
    }
}
