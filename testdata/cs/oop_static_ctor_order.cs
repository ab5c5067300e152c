using System;

class Explicit
{
    public static int Value = Log("Explicit.Value initializer", 10);
    static Explicit() { Console.WriteLine("Explicit static ctor, Value=" + Value); Value++; }
    public static void Touch() { Console.WriteLine("Explicit.Touch Value=" + Value); }
    public static int Log(string s, int v) { Console.WriteLine(s); return v; }
}

class A
{
    public static string Name = Explicit.Log("A.Name initializer", 0).ToString() + "A";
    static A() { Console.WriteLine("A static ctor"); }
    public A() { Console.WriteLine("A instance ctor"); }
}

class B : A
{
    public static string BName = Explicit.Log("B.BName initializer", 0).ToString() + "B";
    static B() { Console.WriteLine("B static ctor"); }
    public B() { Console.WriteLine("B instance ctor"); }
}

class Lazy1
{
    static Lazy1() { Console.WriteLine("Lazy1 static ctor (should run on first static method call)"); }
    public static void M() { Console.WriteLine("Lazy1.M"); }
    public static int Field = 5;
}

class Cycle1
{
    public static int X = Cycle2.Y + 1;
    static Cycle1() { Console.WriteLine("Cycle1 cctor X=" + X); }
}
class Cycle2
{
    public static int Y = Cycle1.X + 10;
    static Cycle2() { Console.WriteLine("Cycle2 cctor Y=" + Y); }
}

class Generic<T>
{
    public static int Count;
    static Generic() { Console.WriteLine("Generic<" + typeof(T).Name + "> static ctor"); }
    public static void Inc() { Count++; }
}

class Program
{
    static Program() { Console.WriteLine("Program static ctor (before Main)"); }

    static void Main()
    {
        Console.WriteLine("Main start");
        Console.WriteLine("before Explicit.Touch");
        Explicit.Touch();
        Explicit.Touch();
        Console.WriteLine("before new B()");
        new B();
        Console.WriteLine("second new B()");
        new B();
        Console.WriteLine("read A.Name=" + A.Name + " B.BName=" + B.BName);
        Console.WriteLine("before Lazy1.M");
        Lazy1.M();
        Console.WriteLine("Lazy1.Field=" + Lazy1.Field);
        Console.WriteLine("before Cycle1.X");
        Console.WriteLine("Cycle1.X=" + Cycle1.X + " Cycle2.Y=" + Cycle2.Y);
        Console.WriteLine("generic statics:");
        Generic<int>.Inc();
        Generic<string>.Inc();
        Generic<int>.Inc();
        Console.WriteLine("Generic<int>.Count=" + Generic<int>.Count + " Generic<string>.Count=" + Generic<string>.Count);
        Console.WriteLine("Main end");
    }
}
