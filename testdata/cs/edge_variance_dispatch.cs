using System;
using System.Collections.Generic;

class Animal { public override string ToString() { return "Animal"; } }
class Cat : Animal { public override string ToString() { return "Cat"; } }
interface ISource<out T> { T Get(); string Who { get; } }
interface ISink<in T> { string Put(T x); }
class CatSource : ISource<Cat> { public Cat Get() { return new Cat(); } public string Who { get { return "CatSource"; } } }
class MultiSource : ISource<Cat>, ISource<Animal>
{
    Cat ISource<Cat>.Get() { return new Cat(); }
    string ISource<Cat>.Who { get { return "Multi-as-Cat"; } }
    Animal ISource<Animal>.Get() { return new Animal(); }
    string ISource<Animal>.Who { get { return "Multi-as-Animal"; } }
}
class StrSource : ISource<string> { public string Get() { return "str"; } public string Who { get { return "StrSource"; } } }
class BaseSrc : ISource<Cat> { public virtual Cat Get() { return new Cat(); } public virtual string Who { get { return "BaseSrc"; } } }
class DerivedSrc : BaseSrc, ISource<object> { object ISource<object>.Get() { return "object!"; } string ISource<object>.Who { get { return "DerivedSrc-as-object"; } } }
class AnimalSink : ISink<Animal> { public string Put(Animal a) { return "AnimalSink got " + a; } }
class ObjSink : ISink<object>, ISink<Cat>
{
    string ISink<object>.Put(object o) { return "ObjSink(object) " + o; }
    string ISink<Cat>.Put(Cat c) { return "ObjSink(Cat) " + c; }
}
interface IBox<T> { T Value { get; set; } }
struct SBox<T> : IBox<T> { public T Value { get; set; } }

class Program
{
    static string UseSrc(ISource<Animal> s) { return s.Who + ":" + s.Get(); }
    static string UseSrcObj(ISource<object> s) { return s.Who + ":" + s.Get(); }
    static string UseSink(ISink<Cat> s) { return s.Put(new Cat()); }
    static void Main()
    {
        Console.WriteLine(UseSrc(new CatSource()));
        Console.WriteLine(UseSrc(new MultiSource()));
        Console.WriteLine(UseSrcObj(new StrSource()));
        Console.WriteLine(UseSrcObj(new CatSource()));
        Console.WriteLine(UseSrc(new DerivedSrc()));
        Console.WriteLine(UseSrcObj(new DerivedSrc()));
        Console.WriteLine(UseSink(new AnimalSink()));
        Console.WriteLine(UseSink(new ObjSink()));
        ISink<string> ss = new ObjSink();
        Console.WriteLine(ss.Put("hello"));
        IEnumerable<object> objs = new List<string> { "a", "b" };
        foreach (var o in objs) Console.Write(o.GetType().Name + " ");
        Console.WriteLine();
        IEnumerable<IEnumerable<Animal>> nested = new List<List<Cat>> { new List<Cat> { new Cat() } };
        foreach (var inner in nested) foreach (var x in inner) Console.WriteLine("nested variance " + x);
        Func<ISource<Animal>> maker = () => new CatSource();
        Func<object> om = maker;
        Console.WriteLine("func of variant iface: " + ((ISource<Animal>)om()).Who);
        var list = new List<ISource<Animal>> { new CatSource(), new MultiSource(), new DerivedSrc() };
        foreach (var s in list) Console.Write(s.Who + " ");
        Console.WriteLine();
        object ms = new MultiSource();
        Console.WriteLine("is ISource<object>: " + (ms is ISource<object>));
        var sb = new SBox<int>();
        IBox<int> ib = sb;
        ib.Value = 5;
        Console.WriteLine("struct box: " + sb.Value + " " + ib.Value);
        object o2 = new SBox<string>();
        Console.WriteLine("SBox<string> is IBox<object>: " + (o2 is IBox<object>) + " is IBox<string>: " + (o2 is IBox<string>));
        IComparer<object> co = Comparer<object>.Create((a, b) => string.CompareOrdinal(a.ToString(), b.ToString()));
        var sorted = new SortedSet<string>(co) { "b", "a", "c" };
        Console.WriteLine("contravariant comparer in SortedSet: " + string.Join(",", sorted));
        Action<object> ao = x => Console.WriteLine("Action<object> got " + x);
        Action<string> ast = ao;
        Action<string> combined = ast + (Action<string>)(x => Console.WriteLine("second " + x));
        combined("v");
    }
}
