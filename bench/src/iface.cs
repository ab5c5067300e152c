// iface: interface and virtual calls in a loop over several implementations
// (interface dispatch, polymorphic call sites, small objects).
// Size: N = 25000000 calls (first argument overrides). Prints a checksum.
using System;

interface IShape
{
    double Area();
    int Sides { get; }
}

abstract class ShapeBase : IShape
{
    public abstract double Area();
    public abstract int Sides { get; }
    public virtual int Weight() { return 1; }
}

sealed class Square : ShapeBase
{
    readonly double side;
    public Square(double s) { side = s; }
    public override double Area() { return side * side; }
    public override int Sides { get { return 4; } }
}

sealed class Rect : ShapeBase
{
    readonly double w, h;
    public Rect(double w, double h) { this.w = w; this.h = h; }
    public override double Area() { return w * h; }
    public override int Sides { get { return 4; } }
    public override int Weight() { return 2; }
}

sealed class Triangle : ShapeBase
{
    readonly double b, h;
    public Triangle(double b, double h) { this.b = b; this.h = h; }
    public override double Area() { return 0.5 * b * h; }
    public override int Sides { get { return 3; } }
    public override int Weight() { return 3; }
}

sealed class Circle : IShape
{
    readonly double r;
    public Circle(double r) { this.r = r; }
    public double Area() { return 3.0 * r * r; }
    public int Sides { get { return 0; } }
}

struct Hexagon : IShape
{
    readonly double s;
    public Hexagon(double s) { this.s = s; }
    public double Area() { return 2.5 * s * s; }
    public int Sides { get { return 6; } }
}

static class Iface
{
    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 25000000;
        var shapes = new IShape[] {
            new Square(2), new Rect(2, 3), new Triangle(4, 5), new Circle(1), new Hexagon(2),
            new Rect(1, 1), new Square(3), new Triangle(1, 2),
        };
        double area = 0;
        long sides = 0, weight = 0;
        for (int i = 0; i < n; i++)
        {
            IShape s = shapes[i & 7];
            area += s.Area();
            sides += s.Sides;
            var b = s as ShapeBase;
            if (b != null) weight += b.Weight();
        }
        Console.WriteLine("calls=" + n + " area=" + area.ToString("F1") + " sides=" + sides + " weight=" + weight);
        return 0;
    }
}
