using System;
using System.Collections.Generic;

class Base
{
    protected string baseField = Trace("Base field init");
    public Base() { Trace("Base ctor start"); Describe(); Trace("Base ctor end"); }
    public Base(int x) : this() { Trace("Base(int) " + x); }
    public virtual void Describe() { Trace("Base.Describe"); }
    public static string Trace(string s) { Console.WriteLine(s); return s; }
}
class Derived : Base
{
    string derivedField = Trace("Derived field init");
    readonly int number = 42;
    string late;
    public Derived() : base(Trace("arg eval").Length) { late = "set"; Trace("Derived ctor body"); }
    public override void Describe() { Trace("Derived.Describe sees derivedField=" + (derivedField ?? "null") + " number=" + number + " late=" + (late ?? "null")); }
}
class A
{
    public static int X;
    public static int FromB;
    static A() { Console.WriteLine("A cctor start"); X = 1; FromB = B.Y; Console.WriteLine("A cctor end, B.Y seen=" + FromB); }
}
class B
{
    public static int Y;
    public static int FromA;
    static B() { Console.WriteLine("B cctor start"); Y = 2; FromA = A.X; Console.WriteLine("B cctor end, A.X seen=" + FromA); }
}
class Chain1 { public static readonly int V; static Chain1() { V = Chain2.V + 1; Console.WriteLine("Chain1 " + V); } }
class Chain2 { public static readonly int V; static Chain2() { V = Chain3.V + 1; Console.WriteLine("Chain2 " + V); } }
class Chain3 { public static readonly int V; static Chain3() { V = 10; Console.WriteLine("Chain3 " + V); } }
class Outer
{
    public class Inner { public class Deepest { } }
    public struct InnerStruct { }
    public class GenInner<T> { }
    public enum InnerEnum { Q }
}
class Gen<T, U> { public class Nest { } public class NestG<V> { } }
struct SGen<T> { }
namespace Space.Sub { class InNs { } class GenNs<T> { } }

class Program
{
    static void N(object o) { Console.WriteLine(o.GetType().Name + " | " + o.GetType().FullName + " | " + o.ToString()); }
    static void T(Type t) { Console.WriteLine("typeof: " + t.Name + " | " + t.FullName + " | " + t); }
    static void Main()
    {
        new Derived();
        Console.WriteLine("---");
        Console.WriteLine("A.X=" + A.X + " B.FromA=" + B.FromA + " A.FromB=" + A.FromB);
        Console.WriteLine("Chain1.V=" + Chain1.V);
        Console.WriteLine("---");
        N(new Outer.Inner());
        N(new Outer.Inner.Deepest());
        N(new Outer.InnerStruct());
        N(new Outer.GenInner<int>());
        N(Outer.InnerEnum.Q);
        N(new Gen<int, string>.Nest());
        N(new Gen<int, string>.NestG<bool>());
        N(new SGen<Outer.Inner>());
        N(new Space.Sub.InNs());
        N(new Space.Sub.GenNs<int[]>());
        N(new List<KeyValuePair<string, int?>>());
        N(new Dictionary<int, List<string>>());
        N(new int[0]);
        N(new int[2, 3]);
        N(new int[1][]);
        N(new string[1][,]);
        N(new Outer.Inner[0]);
        N(new List<int>[0]);
        N((int?)5);
        N(new object());
        N(new Exception("m").GetType());
        N(Tuple.Create(1, 2));
        N(new KeyValuePair<int, int>(3, 4));
        N(new DateTime(0).Kind);
        N(new Func<int, string>(i => "").GetType().Name);
        T(typeof(Gen<,>));
        T(typeof(Gen<,>.Nest));
        T(typeof(List<>));
        T(typeof(int*));
        T(typeof(Dictionary<string, int>.KeyCollection));
        T(typeof(IEnumerable<int>));
        T(typeof(int[,,]));
        T(typeof(void));
        T(typeof(Outer.GenInner<>));
        Console.WriteLine("Namespace: " + typeof(Space.Sub.InNs).Namespace + " | " + (typeof(Program).Namespace == null) + " | " + typeof(Outer.Inner).DeclaringType.Name);
        Console.WriteLine("BaseType: " + typeof(Derived).BaseType.Name + " " + typeof(int).BaseType.Name + " " + typeof(Outer.InnerEnum).BaseType.Name + " " + typeof(int[]).BaseType.Name + " " + (typeof(object).BaseType == null));
        Console.WriteLine("IsX: " + typeof(Outer.InnerStruct).IsValueType + typeof(Outer.InnerEnum).IsEnum + typeof(IDisposable).IsInterface + typeof(Base).IsClass + typeof(int[]).IsArray + typeof(List<int>).IsGenericType + typeof(List<>).IsGenericTypeDefinition);
        Console.WriteLine("GenericArgs: " + typeof(Dictionary<int, string>).GetGenericArguments()[1].Name + " " + typeof(List<int>).GetGenericTypeDefinition().Name + " elem " + typeof(int[][]).GetElementType().Name);
    }
}
