using System;
using System.Collections.Generic;

abstract class Shape { }
class Circle : Shape { public double R; }
class Rect : Shape { public double W, H; }
class Square : Rect { }

class Program
{
    static string Describe(object o)
    {
        if (o == null) return "null";
        if (o is int i && i < 0) return "negative int " + i;
        if (o is int j) return "int " + j;
        if (o is long l) return "long " + l;
        if (o is string s0 && s0.Length == 0) return "empty string";
        if (o is string s) return "string of length " + s.Length;
        if (o is Square sq) return "square " + sq.W;
        if (o is Rect r) return "rect " + r.W + "x" + r.H;
        if (o is Circle c) return "circle r=" + c.R;
        if (o is int[] arr) return "int array of " + arr.Length;
        if (o is IEnumerable<char>) return "char sequence";
        return "other " + o.GetType().Name;
    }

    static double Area(Shape s)
    {
        if (s is Circle c) return Math.PI * c.R * c.R;
        if (s is Rect r && r.W > 0) return r.W * r.H;
        return 0;
    }

    static void Main()
    {
        object[] things = { 5, -3, 7L, "", "hello", new Square { W = 2, H = 2 }, new Rect { W = 2, H = 3 }, new Circle { R = 1 }, new[] { 1, 2 }, new List<char> { 'a' }, 2.5, null, DayOfWeek.Friday };
        foreach (var t in things) Console.WriteLine(Describe(t));
        Shape[] shapes = { new Circle { R = 2 }, new Rect { W = 3, H = 4 }, new Square { W = 0, H = 0 } };
        foreach (var s in shapes) Console.WriteLine(s.GetType().Name + " area " + Area(s).ToString("F3"));
        object o = 42;
        if (o is int n && n > 40) Console.WriteLine("is-pattern with condition: " + n);
        if (!(o is string str)) Console.WriteLine("not a string");
        object boxedNull = null;
        Console.WriteLine("null is object: " + (boxedNull is object) + " 5 is object: " + (o is object));
        Console.WriteLine("is with nullable: " + ((object)(int?)3 is int) + " " + (o is long));
        Console.WriteLine("as operator: " + ((o as string) == null) + " " + (("s" as object) as string));
        var v = o is int x ? x * 2 : -1;
        Console.WriteLine("ternary with pattern: " + v);
        object[] numbers = { 1, 2.0, 3f, 4m, (short)5, (byte)6 };
        double sum = 0;
        foreach (var num in numbers)
        {
            if (num is int i) sum += i;
            else if (num is double d) sum += d;
            else if (num is float f) sum += f;
            else if (num is decimal m) sum += (double)m;
            else Console.WriteLine("unhandled " + num.GetType().Name);
        }
        Console.WriteLine("sum of handled=" + sum);
        Console.WriteLine("type switch via GetType().Name:");
        foreach (var t in new object[] { 1, "x", 2.0 })
        {
            switch (t.GetType().Name)
            {
                case "Int32": Console.WriteLine("  Int32 " + t); break;
                case "String": Console.WriteLine("  String " + t); break;
                default: Console.WriteLine("  other " + t); break;
            }
        }
    }
}
