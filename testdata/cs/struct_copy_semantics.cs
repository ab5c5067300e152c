using System;
using System.Collections.Generic;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx, int dy) { X += dx; Y += dy; }
    public override string ToString() { return "(" + X + "," + Y + ")"; }
}

class Holder { public Point P; public Point[] Arr = new Point[2]; public Point Prop { get; set; } }

class Program
{
    static void Modify(Point p) { p.X = 999; Console.WriteLine("  inside Modify: " + p); }
    static void ModifyRef(ref Point p) { p.X = 999; }
    static Point Make() { return new Point(5, 5); }

    static void Main()
    {
        Point a = new Point(1, 2);
        Point b = a;
        b.X = 10;
        Console.WriteLine("assign copy: a=" + a + " b=" + b);
        Modify(a);
        Console.WriteLine("after Modify(a): a=" + a);
        ModifyRef(ref a);
        Console.WriteLine("after ModifyRef(ref a): a=" + a);

        Point[] arr = new Point[3];
        arr[0].X = 7;
        arr[1].Move(3, 4);
        Point fromArr = arr[1];
        fromArr.X = -1;
        Console.WriteLine("array elements mutated in place: " + arr[0] + " " + arr[1] + " " + arr[2] + " copy=" + fromArr);
        foreach (Point p in arr) { Point q = p; q.X += 100; }
        Console.WriteLine("after foreach copies: " + string.Join(" ", arr));

        var h = new Holder();
        h.P.X = 5;
        h.P.Move(1, 1);
        h.Arr[1].Y = 9;
        Console.WriteLine("field in class mutated: " + h.P + " arr field: " + h.Arr[1]);
        Point pp = h.Prop;
        pp.X = 50;
        Console.WriteLine("property returns copy: " + h.Prop + " local=" + pp);
        h.Prop = pp;
        Console.WriteLine("after set: " + h.Prop);

        var list = new List<Point> { new Point(1, 1), new Point(2, 2) };
        Point lp = list[0];
        lp.X = 100;
        Console.WriteLine("List element copy on get: list[0]=" + list[0] + " local=" + lp);
        list[0] = lp;
        Console.WriteLine("after list[0]=lp: " + list[0]);
        var dict = new Dictionary<string, Point> { { "a", new Point(3, 3) } };
        Point dp = dict["a"];
        dp.Y = 33;
        Console.WriteLine("dict value copy: " + dict["a"] + " local=" + dp);

        Point made = Make();
        made.Move(1, 1);
        Console.WriteLine("returned value mutated: " + made + " fresh: " + Make());

        object boxed = a;
        a.X = 0;
        Console.WriteLine("boxed copy unaffected: boxed=" + boxed + " a=" + a);
        Point unboxed = (Point)boxed;
        unboxed.Y = -5;
        Console.WriteLine("unboxed copy: " + unboxed + " boxed still " + boxed);

        Point def = default(Point);
        Point newed = new Point();
        Console.WriteLine("default=" + def + " new()=" + newed + " equal=" + def.Equals(newed));

        Point[] copyArr = (Point[])arr.Clone();
        copyArr[0].X = -7;
        Console.WriteLine("cloned struct array independent: orig " + arr[0] + " clone " + copyArr[0]);

        Point[,] grid = new Point[2, 2];
        grid[1, 1].X = 11;
        grid[1, 1].Move(0, 22);
        Console.WriteLine("2D struct array: " + grid[1, 1] + " " + grid[0, 0]);

        var nested = new Line { A = new Point(0, 0), B = new Point(3, 4) };
        Line n2 = nested;
        n2.B.X = 30;
        Console.WriteLine("nested struct copy: " + nested.B + " vs " + n2.B + " len=" + nested.Length().ToString("F1"));
        readonlyField.Move(1, 1);
        Console.WriteLine("readonly struct field method call works on copy: " + readonlyField);
    }

    static readonly Point readonlyField = new Point(1, 1);
}

struct Line
{
    public Point A, B;
    public double Length() { int dx = B.X - A.X, dy = B.Y - A.Y; return Math.Sqrt(dx * dx + dy * dy); }
}
