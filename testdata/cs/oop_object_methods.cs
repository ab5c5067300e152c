using System;

class Plain { }
class WithToString { public int N = 3; public override string ToString() { return "WithToString:" + N; } }
class Cloneable
{
    public int[] Data = { 1, 2, 3 };
    public string Name = "orig";
    public Cloneable Shallow() { return (Cloneable)MemberwiseClone(); }
}
struct Val { public int A; public string S; }

namespace Deep.Space
{
    class Probe { }
    class Outer { public class In { } }
}

class Program
{
    static void Main()
    {
        object o = new Plain();
        Console.WriteLine("Plain.ToString=" + o.ToString() + " GetType().Name=" + o.GetType().Name + " FullName=" + o.GetType().FullName);
        Console.WriteLine("WithToString=" + new WithToString());
        var c = new Cloneable();
        var copy = c.Shallow();
        copy.Name = "copy";
        copy.Data[0] = 100;
        Console.WriteLine("orig name=" + c.Name + " copy name=" + copy.Name + " shared data[0]=" + c.Data[0] + " same array=" + ReferenceEquals(c.Data, copy.Data) + " same obj=" + ReferenceEquals(c, copy));
        Console.WriteLine("namespace types: " + typeof(Deep.Space.Probe).FullName + " " + typeof(Deep.Space.Probe).Name + " " + typeof(Deep.Space.Outer.In).FullName);
        Console.WriteLine("primitive types: " + typeof(int).FullName + " " + typeof(double).Name + " " + typeof(object).FullName + " " + typeof(void).Name + " " + typeof(string).Name);
        Console.WriteLine("array types: " + typeof(int[]).Name + " " + typeof(string[,]).FullName + " " + typeof(byte[][]).Name);
        Console.WriteLine("generic types: " + typeof(System.Collections.Generic.List<int>).Name + " " + typeof(System.Collections.Generic.Dictionary<string, int>).Name + " " + typeof(Func<int, string>).Name + " " + typeof(Nullable<int>).Name);
        Console.WriteLine("boxed value GetType: " + ((object)5).GetType().Name + " " + ((object)5L).GetType().Name + " " + ((object)'c').GetType().Name + " " + ((object)1.5f).GetType().Name + " " + ((object)(int?)5).GetType().Name);
        Console.WriteLine("struct ToString: " + new Val() + " enum GetType: " + DayOfWeek.Monday.GetType().FullName);
        Console.WriteLine("type equality: " + (typeof(int) == 5.GetType()) + " " + (typeof(Plain) == o.GetType()) + " " + (typeof(object) == o.GetType()));
        Console.WriteLine("ReferenceEquals: " + ReferenceEquals(null, null) + " " + ReferenceEquals(o, o) + " " + ReferenceEquals(5, 5));
        Console.WriteLine("Equals static: " + Equals(1, 1) + " " + Equals("a", "a") + " " + Equals(null, 1));
        Val v1 = new Val { A = 1, S = "x" }, v2 = new Val { A = 1, S = "x" }, v3 = new Val { A = 1, S = "y" };
        Console.WriteLine("struct Equals with ref field: " + v1.Equals(v2) + " " + v1.Equals(v3));
        Console.WriteLine("exception type names: " + new InvalidOperationException().GetType().FullName);
        Console.WriteLine("nested type via instance: " + new Deep.Space.Outer.In().GetType().Name);
        Console.WriteLine("anonymous-ish lambda type: " + ((Func<int>)(() => 1)).GetType().Name);
    }
}
