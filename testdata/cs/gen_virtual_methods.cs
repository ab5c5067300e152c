using System;
using System.Collections.Generic;

abstract class Processor
{
    public abstract T Process<T>(T input);
    public virtual string Describe<T>(T x) { return "Processor.Describe<" + typeof(T).Name + ">(" + x + ")"; }
    public virtual List<TR> MapAll<T, TR>(IEnumerable<T> items, Func<T, TR> f)
    {
        var r = new List<TR>();
        foreach (var x in items) r.Add(f(x));
        return r;
    }
}

class Echo : Processor
{
    public override T Process<T>(T input) { Console.WriteLine("  Echo.Process<" + typeof(T).Name + ">"); return input; }
}

class Logger : Echo
{
    public int Calls;
    public override T Process<T>(T input) { Calls++; Console.WriteLine("  Logger.Process<" + typeof(T).Name + "> call " + Calls); return base.Process(input); }
    public override string Describe<T>(T x) { return "Logger[" + base.Describe(x) + "]"; }
    public override List<TR> MapAll<T, TR>(IEnumerable<T> items, Func<T, TR> f)
    {
        var r = base.MapAll(items, f);
        r.Reverse();
        return r;
    }
}

interface IVisitor { string Visit<T>(T item); }
class TypeNamer : IVisitor { public string Visit<T>(T item) { return typeof(T).Name; } }
class ValuePrinter : IVisitor { public string Visit<T>(T item) { return item == null ? "null" : item.ToString(); } }

class Generic<T>
{
    public virtual string Show(T x) { return "Generic<" + typeof(T).Name + ">.Show(" + x + ")"; }
    public virtual string Pair<U>(T a, U b) { return "(" + a + "," + b + ")"; }
}
class IntSpecial : Generic<int>
{
    public override string Show(int x) { return "IntSpecial.Show(" + (x * 2) + ")"; }
    public override string Pair<U>(int a, U b) { return "IntSpecial" + base.Pair(a + 1, b); }
}
class Passthrough<T> : Generic<T>
{
    public override string Show(T x) { return "Passthrough>" + base.Show(x); }
}

class Program
{
    static void Main()
    {
        Processor[] ps = { new Echo(), new Logger() };
        foreach (var p in ps)
        {
            Console.WriteLine(p.GetType().Name + ":");
            Console.WriteLine("  result " + p.Process(42));
            Console.WriteLine("  result " + p.Process("str"));
            Console.WriteLine("  result " + p.Process(new List<int> { 1 }).Count);
            Console.WriteLine("  " + p.Describe(3.5));
            Console.WriteLine("  " + p.Describe('c'));
            Console.WriteLine("  MapAll " + string.Join(",", p.MapAll(new[] { 1, 2, 3 }, x => x * x)));
            Console.WriteLine("  MapAll " + string.Join(",", p.MapAll(new[] { "a", "bb" }, s => s.Length)));
        }
        IVisitor[] vs = { new TypeNamer(), new ValuePrinter() };
        foreach (var v in vs)
            Console.WriteLine(v.GetType().Name + ": " + v.Visit(1) + " " + v.Visit("s") + " " + v.Visit(2.5) + " " + v.Visit<object>(null) + " " + v.Visit(DayOfWeek.Friday));
        Generic<int> g1 = new IntSpecial();
        Generic<int> g2 = new Generic<int>();
        Generic<string> g3 = new Passthrough<string>();
        Console.WriteLine(g1.Show(5) + " | " + g2.Show(5) + " | " + g3.Show("x"));
        Console.WriteLine(g1.Pair(1, "u") + " | " + g2.Pair(1, 2.5) + " | " + g3.Pair("a", 'b'));
    }
}
