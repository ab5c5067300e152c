using System;

delegate int BinOp(int a, int b);
delegate string Describer();
delegate void Logger(string msg);

class Calculator
{
    public int Offset;
    public Calculator(int o) { Offset = o; }
    public int AddWithOffset(int a, int b) { return a + b + Offset; }
    public virtual string Who() { return "Calculator(" + Offset + ")"; }
    public static int Mul(int a, int b) { return a * b; }
}

class SciCalc : Calculator
{
    public SciCalc() : base(100) { }
    public override string Who() { return "SciCalc"; }
}

class Program
{
    static int Sub(int a, int b) { return a - b; }
    static int Apply(BinOp op, int a, int b) { return op(a, b); }

    static void Main()
    {
        BinOp add = delegate (int a, int b) { return a + b; };
        BinOp sub = Sub;
        BinOp mul = Calculator.Mul;
        BinOp pow = (a, b) => { int r = 1; for (int i = 0; i < b; i++) r *= a; return r; };
        var calc = new Calculator(10);
        BinOp inst = calc.AddWithOffset;
        Console.WriteLine("add=" + add(3, 4) + " sub=" + sub(3, 4) + " mul=" + mul(3, 4) + " pow=" + pow(3, 4) + " inst=" + inst(3, 4));
        calc.Offset = 1000;
        Console.WriteLine("instance delegate sees updated state: " + inst(3, 4));
        Console.WriteLine("Invoke: " + add.Invoke(1, 1) + " Apply: " + Apply(Sub, 10, 3) + " " + Apply((x, y) => x % y, 17, 5));
        Calculator sc = new SciCalc();
        Describer d = sc.Who;
        Console.WriteLine("virtual method delegate: " + d());
        Describer baseD = new Calculator(1).Who;
        Console.WriteLine("base instance: " + baseD());
        Console.WriteLine("Target null for static: " + (mul.Target == null) + " Target for instance: " + (inst.Target == calc));
        BinOp[] ops = { add, sub, mul, pow, inst };
        foreach (var op in ops) Console.Write(op(2, 5) + " ");
        Console.WriteLine();
        Logger log = Console.WriteLine;
        log("method group to Console.WriteLine");
        Func<string, string> upper = s => s.ToUpper();
        Func<string, int> len = s => s.Length;
        Predicate<int> isEven = n => n % 2 == 0;
        Comparison<string> byLen = (x, y) => x.Length - y.Length;
        Action<string, int> repeat = (s, n) => { for (int i = 0; i < n; i++) Console.Write(s); Console.WriteLine(); };
        Action noop = () => { };
        Func<int> answer = () => 42;
        Console.WriteLine("Func: " + upper("abc") + " " + len("abcd") + " Predicate: " + isEven(4) + " " + isEven(5) + " Comparison: " + byLen("aa", "b") + " answer: " + answer());
        repeat("ab", 3);
        noop();
        Func<int, int, int, int, int> four = (a, b, c, e) => a * 1000 + b * 100 + c * 10 + e;
        Console.WriteLine("4 args: " + four(1, 2, 3, 4));
        BinOp nullDel = null;
        try { nullDel(1, 2); } catch (NullReferenceException e) { Console.WriteLine("invoke null delegate: " + e.GetType().Name); }
        Console.WriteLine("null-conditional invoke: [" + nullDel?.Invoke(1, 2) + "]");
        Console.WriteLine("delegate types: " + add.GetType().Name + " " + upper.GetType().Name + " " + isEven.GetType().Name + " " + noop.GetType().Name);
        Console.WriteLine("is MulticastDelegate: " + (add is MulticastDelegate) + " is Delegate: " + (upper is Delegate));
    }
}
