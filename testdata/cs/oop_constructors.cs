using System;

class Base
{
    protected string log;
    public int Id;
    public Base() : this(-1) { Console.WriteLine("  Base()"); }
    public Base(int id) { Id = id; Console.WriteLine("  Base(int " + id + ")"); Init(); }
    protected virtual void Init() { Console.WriteLine("  Base.Init"); }
}

class Derived : Base
{
    private string name = Trace("Derived.name initializer");
    private int size;
    public Derived() { Console.WriteLine("  Derived()"); }
    public Derived(string n) : base(n.Length) { name = n; Console.WriteLine("  Derived(string " + n + ")"); }
    public Derived(string n, int s) : this(n) { size = s; Console.WriteLine("  Derived(string,int) size=" + size); }
    protected override void Init() { Console.WriteLine("  Derived.Init name=" + (name ?? "null") + " size=" + size); }
    static string Trace(string s) { Console.WriteLine("  " + s); return "init"; }
    public string Name { get { return name; } }
}

class WithReadonly
{
    public readonly int A;
    public readonly int[] Arr = { 1, 2, 3 };
    public const int C = 99;
    public const string CS = "const" + "string";
    public static readonly string SR = "static readonly";
    public WithReadonly(int a) { A = a; A *= 2; }
}

class Counter
{
    public static int Instances;
    public readonly int Number;
    public Counter() { Number = ++Instances; }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("new Base():");
        var b = new Base();
        Console.WriteLine(" Id=" + b.Id);
        Console.WriteLine("new Derived():");
        var d1 = new Derived();
        Console.WriteLine(" Id=" + d1.Id + " Name=" + d1.Name);
        Console.WriteLine("new Derived(\"hello\"):");
        var d2 = new Derived("hello");
        Console.WriteLine(" Id=" + d2.Id + " Name=" + d2.Name);
        Console.WriteLine("new Derived(\"ab\", 7):");
        var d3 = new Derived("ab", 7);
        Console.WriteLine(" Id=" + d3.Id + " Name=" + d3.Name);
        var w = new WithReadonly(21);
        Console.WriteLine("readonly A=" + w.A + " C=" + WithReadonly.C + " CS=" + WithReadonly.CS + " SR=" + WithReadonly.SR);
        w.Arr[0] = 100;
        Console.WriteLine("readonly array element mutated: " + string.Join(",", w.Arr));
        for (int i = 0; i < 3; i++) Console.WriteLine("counter " + new Counter().Number);
        Console.WriteLine("Instances=" + Counter.Instances);
        var p = new Person { Name = "Ann", Age = 30 };
        Console.WriteLine("object initializer: " + p.Name + " " + p.Age + " " + p.Nick);
        var p2 = new Person("Bob") { Age = 5, Nick = "bobby" };
        Console.WriteLine("ctor + initializer: " + p2.Name + " " + p2.Age + " " + p2.Nick);
        var holder = new Holder { Inner = { X = 5 }, Items = { "a", "b" } };
        Console.WriteLine("nested initializer: " + holder.Inner.X + " items=" + string.Join(",", holder.Items));
    }
}

class Person
{
    public string Name;
    public int Age;
    public string Nick = "none";
    public Person() { Console.WriteLine("  Person()"); }
    public Person(string name) { Name = name; Console.WriteLine("  Person(" + name + ")"); }
}

class Inner { public int X; }
class Holder
{
    public Inner Inner = new Inner();
    public System.Collections.Generic.List<string> Items = new System.Collections.Generic.List<string>();
}
