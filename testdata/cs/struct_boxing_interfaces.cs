using System;
using System.Collections.Generic;

interface ICounter { int Count { get; } void Increment(); }

struct MutableCounter : ICounter
{
    private int count;
    public int Count { get { return count; } }
    public void Increment() { count++; }
    public override string ToString() { return "MutableCounter(" + count + ")"; }
}

class Program
{
    static void IncrementViaInterface(ICounter c) { c.Increment(); }
    static void IncrementGeneric<T>(T c) where T : ICounter { c.Increment(); }
    static void IncrementGenericRef<T>(ref T c) where T : ICounter { c.Increment(); }
    static int CountGeneric<T>(T c) where T : ICounter { return c.Count; }

    static void Main()
    {
        var c = new MutableCounter();
        c.Increment();
        Console.WriteLine("direct: " + c.Count);
        IncrementViaInterface(c);
        Console.WriteLine("after passing to interface param (boxed copy): " + c.Count);
        ICounter boxed = c;
        boxed.Increment();
        boxed.Increment();
        Console.WriteLine("boxed count=" + boxed.Count + " original=" + c.Count);
        ICounter alias = boxed;
        alias.Increment();
        Console.WriteLine("alias shares box: boxed=" + boxed.Count + " alias=" + alias.Count);
        MutableCounter unboxed = (MutableCounter)boxed;
        unboxed.Increment();
        Console.WriteLine("unboxed copy=" + unboxed.Count + " boxed=" + boxed.Count);
        IncrementGeneric(c);
        Console.WriteLine("generic by value (constrained, copy): " + c.Count);
        IncrementGenericRef(ref c);
        Console.WriteLine("generic by ref: " + c.Count + " CountGeneric=" + CountGeneric(c));
        var list = new List<MutableCounter> { new MutableCounter() };
        var tmp = list[0];
        tmp.Increment();
        Console.WriteLine("list element after incrementing copy: " + list[0].Count);
        var ilist = new List<ICounter> { new MutableCounter(), c };
        foreach (var ic in ilist) ic.Increment();
        Console.WriteLine("list of boxed counters: " + ilist[0].Count + " " + ilist[1].Count + " original c=" + c.Count);
        MutableCounter[] arr = new MutableCounter[2];
        arr[0].Increment();
        arr[0].Increment();
        Console.WriteLine("array element in place: " + arr[0].Count);
        object o = arr[0];
        ((ICounter)o).Increment();
        Console.WriteLine("object box incremented: " + o + " array: " + arr[0]);
        object o2 = o;
        Console.WriteLine("boxed identity: " + ReferenceEquals(o, o2) + " boxing twice gives distinct objects: " + ReferenceEquals((object)arr[0], (object)arr[0]));
        int i = 5;
        object bi = i;
        i = 6;
        Console.WriteLine("boxed int stays " + bi + " (i=" + i + ")");
        IComparable cmp = 5;
        Console.WriteLine("int as IComparable CompareTo(3)=" + cmp.CompareTo(3));
        IFormattable fmt = 255;
        Console.WriteLine("int as IFormattable X=" + fmt.ToString("X", null));
        IEquatable<int> eq = 7;
        Console.WriteLine("int as IEquatable<int>: " + eq.Equals(7));
        ValueType vt = 3.5;
        Console.WriteLine("ValueType var: " + vt + " " + vt.GetType().Name);
        Enum en = DayOfWeek.Sunday;
        Console.WriteLine("Enum var: " + en);
        using (var d = new DisposableStruct("using-struct")) { }
    }
}

struct DisposableStruct : IDisposable
{
    private string name;
    public DisposableStruct(string n) { name = n; }
    public void Dispose() { Console.WriteLine("Dispose " + name); }
}
