using System;

// Constructors that tier 1 may inline at newobj (field stores of the new
// object, a chain to the base constructor) next to ones it must not
// (a constructor that throws, one that reads another object, one with a
// type initialiser whose side effects are visible). Each is called often
// enough to be promoted; the output must not depend on the tier.

class Node
{
    public readonly Node Left, Right;
    public Node(Node l, Node r) { Left = l; Right = r; }

    public static Node Build(int depth)
    {
        return depth == 0 ? new Node(null, null) : new Node(Build(depth - 1), Build(depth - 1));
    }

    public int Count()
    {
        return Left == null ? 1 : 1 + Left.Count() + Right.Count();
    }
}

class Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
}

class Point3 : Point
{
    public int Z;
    public Point3(int x, int y, int z) : base(x, y) { Z = z; }
}

class Checked
{
    public int V;
    public Checked(int v)
    {
        if (v < 0) throw new ArgumentOutOfRangeException("v");
        V = v;
    }
}

class Copy
{
    public int V;
    public Copy(Point p) { V = p.X + p.Y; }
}

class Defaults
{
    public int A = 7;
    public long B = -1;
    public double C = 0.5;
    public string S;
    public Defaults() { }
    public Defaults(string s) { S = s; }
}

class Logged
{
    public static int Created;
    static Logged() { Console.WriteLine("Logged type initialiser runs"); }
    public int N;
    public Logged(int n) { N = n; }
}

static class Program
{
    static int Main()
    {
        int total = 0;
        for (int i = 0; i < 200; i++) total += Node.Build(4).Count();
        Console.WriteLine("nodes " + total);

        long sum = 0;
        for (int i = 0; i < 300; i++)
        {
            var p = new Point3(i, i * 2, i * 3);
            sum += p.X + p.Y + p.Z;
            var q = new Point(i, -i);
            sum += q.X * q.Y;
        }
        Console.WriteLine("points " + sum);

        int ok = 0, thrown = 0;
        for (int i = -50; i < 250; i++)
        {
            try
            {
                ok += new Checked(i).V;
            }
            catch (ArgumentOutOfRangeException e)
            {
                if (thrown++ == 0) Console.WriteLine(e.GetType().Name + " " + e.ParamName);
            }
        }
        Console.WriteLine("checked " + ok + " thrown " + thrown);

        int copies = 0, nulls = 0;
        for (int i = 0; i < 300; i++)
        {
            Point p = i % 100 == 99 ? null : new Point(i, 1);
            try
            {
                copies += new Copy(p).V;
            }
            catch (NullReferenceException)
            {
                nulls++;
            }
        }
        Console.WriteLine("copies " + copies + " nulls " + nulls);

        long d = 0;
        for (int i = 0; i < 300; i++)
        {
            var x = new Defaults();
            var y = new Defaults("s" + (i % 3));
            d += x.A + x.B + (long)(x.C * 2) + y.A + y.S.Length;
        }
        Console.WriteLine("defaults " + d + " " + (new Defaults().S == null));

        Console.WriteLine("before Logged");
        int n = 0;
        for (int i = 0; i < 300; i++) n += new Logged(i).N;
        Console.WriteLine("logged " + n);
        return 0;
    }
}
