using System;

class Shape
{
    public virtual string Name { get { return "Shape"; } }
    public virtual double Area() { return 0; }
    public string Describe() { return Name + " area=" + Area().ToString("F2"); }
    public virtual string Kind() { return "generic"; }
    public string NonVirtual() { return "Shape.NonVirtual"; }
}

class Circle : Shape
{
    public double R;
    public Circle(double r) { R = r; }
    public override string Name { get { return "Circle"; } }
    public override double Area() { return Math.PI * R * R; }
    public override string Kind() { return "round " + base.Kind(); }
    public new string NonVirtual() { return "Circle.NonVirtual"; }
}

class Square : Shape
{
    public double S;
    public Square(double s) { S = s; }
    public override string Name { get { return "Square"; } }
    public override double Area() { return S * S; }
    public sealed override string Kind() { return "angular"; }
}

class ColoredSquare : Square
{
    public string Color;
    public ColoredSquare(double s, string c) : base(s) { Color = c; }
    public override string Name { get { return Color + " " + base.Name; } }
    public override double Area() { return base.Area() * 1; }
}

class Hider : Circle
{
    public Hider() : base(1) { }
    public new virtual double Area() { return -1; }
    public override string Name { get { return "Hider"; } }
}

class Level1 { public virtual string Who() { return "L1"; } }
class Level2 : Level1 { public override string Who() { return "L2>" + base.Who(); } }
class Level3 : Level2 { public override string Who() { return "L3>" + base.Who(); } }
class Level4 : Level3 { public new string Who() { return "L4(new)"; } }

class Program
{
    static void Main()
    {
        Shape[] shapes = { new Shape(), new Circle(1), new Square(2), new ColoredSquare(3, "red"), new Hider() };
        foreach (Shape s in shapes)
            Console.WriteLine(s.GetType().Name + ": " + s.Describe() + " kind=" + s.Kind() + " nonvirtual=" + s.NonVirtual());
        Circle c = new Circle(2);
        Shape sc = c;
        Console.WriteLine("c.NonVirtual=" + c.NonVirtual() + " sc.NonVirtual=" + sc.NonVirtual());
        Hider h = new Hider();
        Circle hc = h;
        Shape hs = h;
        Console.WriteLine("Hider.Area via Hider=" + h.Area() + " via Circle=" + hc.Area().ToString("F4") + " via Shape=" + hs.Area().ToString("F4"));
        Level4 l4 = new Level4();
        Level1 l1 = l4;
        Level3 l3 = l4;
        Console.WriteLine("l4.Who=" + l4.Who() + " as L1=" + l1.Who() + " as L3=" + l3.Who());
        Console.WriteLine("is checks: " + (sc is Circle) + " " + (sc is Square) + " " + (shapes[3] is Square) + " " + (shapes[3] is ColoredSquare) + " " + (shapes[0] is Circle));
        Console.WriteLine("as: " + ((shapes[2] as Circle) == null) + " " + (shapes[3] as Square).S);
        try
        {
            Circle bad = (Circle)shapes[2];
            Console.WriteLine(bad.R);
        }
        catch (InvalidCastException e) { Console.WriteLine("cast Square->Circle: " + e.GetType().Name); }
        double total = 0;
        foreach (Shape s in shapes) total += s.Area();
        Console.WriteLine("total area=" + total.ToString("F3"));
        Console.WriteLine("type names: " + typeof(ColoredSquare).Name + " " + shapes[4].GetType().FullName);
    }
}
