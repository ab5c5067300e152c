using System;
using System.Collections.Generic;

abstract class Expr
{
    public abstract T Accept<T>(IVisitor<T> v);
}
class Num : Expr { public double V; public Num(double v) { V = v; } public override T Accept<T>(IVisitor<T> v) { return v.VisitNum(this); } }
class Var : Expr { public string Name; public Var(string n) { Name = n; } public override T Accept<T>(IVisitor<T> v) { return v.VisitVar(this); } }
class Bin : Expr
{
    public char Op; public Expr L, R;
    public Bin(char op, Expr l, Expr r) { Op = op; L = l; R = r; }
    public override T Accept<T>(IVisitor<T> v) { return v.VisitBin(this); }
}

interface IVisitor<T> { T VisitNum(Num n); T VisitVar(Var v); T VisitBin(Bin b); }

class Printer : IVisitor<string>
{
    public string VisitNum(Num n) { return n.V.ToString(); }
    public string VisitVar(Var v) { return v.Name; }
    public string VisitBin(Bin b) { return "(" + b.L.Accept(this) + " " + b.Op + " " + b.R.Accept(this) + ")"; }
}

class Evaluator : IVisitor<double>
{
    private Dictionary<string, double> env;
    public Evaluator(Dictionary<string, double> e) { env = e; }
    public double VisitNum(Num n) { return n.V; }
    public double VisitVar(Var v) { return env[v.Name]; }
    public double VisitBin(Bin b)
    {
        double l = b.L.Accept(this), r = b.R.Accept(this);
        switch (b.Op) { case '+': return l + r; case '-': return l - r; case '*': return l * r; case '/': return l / r; }
        throw new InvalidOperationException("bad op " + b.Op);
    }
}

class Counter : IVisitor<int>
{
    public int VisitNum(Num n) { return 1; }
    public int VisitVar(Var v) { return 1; }
    public int VisitBin(Bin b) { return 1 + b.L.Accept(this) + b.R.Accept(this); }
}

class Simplifier : IVisitor<Expr>
{
    public Expr VisitNum(Num n) { return n; }
    public Expr VisitVar(Var v) { return v; }
    public Expr VisitBin(Bin b)
    {
        Expr l = b.L.Accept(this), r = b.R.Accept(this);
        Num ln = l as Num, rn = r as Num;
        if (ln != null && rn != null) return new Num(new Evaluator(null).VisitBin(new Bin(b.Op, ln, rn)));
        if (b.Op == '*' && ((ln != null && ln.V == 0) || (rn != null && rn.V == 0))) return new Num(0);
        if (b.Op == '*' && rn != null && rn.V == 1) return l;
        if (b.Op == '+' && rn != null && rn.V == 0) return l;
        return new Bin(b.Op, l, r);
    }
}

class Program
{
    static void Main()
    {
        var env = new Dictionary<string, double> { { "x", 3 }, { "y", 4 } };
        Expr[] exprs = {
            new Bin('+', new Num(1), new Num(2)),
            new Bin('*', new Var("x"), new Bin('+', new Var("y"), new Num(1))),
            new Bin('/', new Bin('-', new Var("x"), new Var("y")), new Num(4)),
            new Bin('+', new Bin('*', new Var("x"), new Num(1)), new Bin('*', new Num(2), new Num(0))),
            new Bin('*', new Bin('+', new Num(2), new Num(3)), new Var("y")),
        };
        var printer = new Printer();
        var eval = new Evaluator(env);
        var counter = new Counter();
        var simp = new Simplifier();
        foreach (var e in exprs)
        {
            Console.WriteLine(e.Accept(printer) + " = " + e.Accept(eval) + " nodes=" + e.Accept(counter));
            var s = e.Accept(simp);
            Console.WriteLine("  simplified: " + s.Accept(printer) + " (" + s.GetType().Name + ") nodes=" + s.Accept(counter));
        }
        try { new Var("z").Accept(eval); }
        catch (KeyNotFoundException ex) { Console.WriteLine("unbound var: " + ex.GetType().Name); }
    }
}
