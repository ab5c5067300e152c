using System;
using System.Collections.Generic;
using System.Linq;

class Animal { public virtual string Name { get { return "animal"; } } }
class Cat : Animal { public override string Name { get { return "cat"; } } }
class Lion : Cat { public override string Name { get { return "lion"; } } }

interface IOut<out T> { T Get(); }
interface IIn<in T> { string Put(T t); }
interface IInv<T> { T Id(T t); }
interface IBoth<in TIn, out TOut> { TOut Map(TIn x); }

class OutImpl<T> : IOut<T> where T : new() { public T Get() { return new T(); } }
class InImpl<T> : IIn<T> { public string Put(T t) { return "put " + typeof(T).Name + " " + t; } }
class InvImpl<T> : IInv<T> { public T Id(T t) { return t; } }
class BothImpl : IBoth<Animal, Lion> { public Lion Map(Animal a) { return new Lion(); } }
struct SOut : IOut<string> { public string Get() { return "from struct"; } }

delegate TR MyFunc<in TA, out TR>(TA a);
delegate T MyGen<out T>();

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static string B(bool b) { return b ? "T" : "F"; }
    static void Main()
    {
        object o = new OutImpl<Cat>();
        P("OutImpl<Cat> is IOut<Animal>: " + B(o is IOut<Animal>));
        P("is IOut<Lion>: " + B(o is IOut<Lion>));
        P("is IOut<object>: " + B(o is IOut<object>));
        P("is IOut<Cat>: " + B(o is IOut<Cat>));
        IOut<Animal> oa = o as IOut<Animal>;
        P("as -> " + oa.Get().Name);

        object oi = new InImpl<Animal>();
        P("InImpl<Animal> is IIn<Cat>: " + B(oi is IIn<Cat>));
        P("is IIn<Lion>: " + B(oi is IIn<Lion>));
        P("is IIn<object>: " + B(oi is IIn<object>));
        IIn<Lion> il = (IIn<Lion>)oi;
        P(il.Put(new Lion()));

        object ov = new InvImpl<Cat>();
        P("InvImpl<Cat> is IInv<Animal>: " + B(ov is IInv<Animal>));
        P("is IInv<Cat>: " + B(ov is IInv<Cat>));

        object ob = new BothImpl();
        P("Both is IBoth<Cat,Animal>: " + B(ob is IBoth<Cat, Animal>));
        P("Both is IBoth<object,Animal>: " + B(ob is IBoth<object, Animal>));
        P("Both is IBoth<Lion,Cat>: " + B(ob is IBoth<Lion, Cat>));
        P("Both is IBoth<Lion,object>: " + B(ob is IBoth<Lion, object>));
        var bm = (IBoth<Lion, Animal>)ob;
        P("map: " + bm.Map(new Lion()).Name);

        // value types are not variant
        object si = new OutImpl<int>();
        P("OutImpl<int> is IOut<object>: " + B(si is IOut<object>));
        P("OutImpl<int> is IOut<ValueType>: " + B(si is IOut<ValueType>));
        object ss = new SOut();
        P("SOut is IOut<object>: " + B(ss is IOut<object>));
        IOut<object> sso = ss as IOut<object>;
        P("sso: " + sso.Get());

        // IEnumerable covariance
        List<Cat> cats = new List<Cat> { new Cat(), new Lion() };
        object oc = cats;
        P("List<Cat> is IEnumerable<Animal>: " + B(oc is IEnumerable<Animal>));
        P("List<Cat> is IList<Animal>: " + B(oc is IList<Animal>));
        P("List<Cat> is IReadOnlyList<Animal>: " + B(oc is IReadOnlyList<Animal>));
        P("List<int> is IEnumerable<object>: " + B((object)new List<int>() is IEnumerable<object>));
        IEnumerable<object> eo = cats;
        P("count: " + eo.Count() + " first=" + ((Animal)eo.First()).Name);
        IEnumerable<Animal> concat = cats.Cast<Animal>().Concat(new Animal[] { new Animal() });
        P(string.Join(",", concat.Select(a => a.Name)));
        P(string.Join(",", eo.OfType<Lion>().Select(a => a.Name)));

        // arrays
        Cat[] carr = { new Cat(), new Lion() };
        object oarr = carr;
        P("Cat[] is Animal[]: " + B(oarr is Animal[]) + " is object[]: " + B(oarr is object[]) + " is Lion[]: " + B(oarr is Lion[]));
        P("Cat[] is IEnumerable<Animal>: " + B(oarr is IEnumerable<Animal>) + " IList<Animal>: " + B(oarr is IList<Animal>) + " IReadOnlyList<object>: " + B(oarr is IReadOnlyList<object>));
        P("int[] is uint[]: " + B((object)new int[1] is uint[]) + " is IList<uint>: " + B((object)new int[1] is IList<uint>));
        P("int[] is object[]: " + B((object)new int[1] is object[]));
        IList<Animal> la = carr;
        try { la[0] = new Animal(); P("no exception"); } catch (ArrayTypeMismatchException) { P("ATME via IList"); }
        Animal[] aa = carr;
        try { aa[1] = new Lion(); P("lion store ok: " + aa[1].Name); } catch (ArrayTypeMismatchException) { P("ATME"); }
        try { aa[1] = new Animal(); P("no"); } catch (ArrayTypeMismatchException) { P("ATME direct"); }

        // delegates
        Func<Cat> fc = () => new Lion();
        object ofc = fc;
        P("Func<Cat> is Func<Animal>: " + B(ofc is Func<Animal>) + " is Func<Lion>: " + B(ofc is Func<Lion>));
        Action<Animal> aA = a => P("action on " + a.Name);
        object oaA = aA;
        P("Action<Animal> is Action<Cat>: " + B(oaA is Action<Cat>) + " is Action<object>: " + B(oaA is Action<object>));
        Action<Lion> al = aA;
        al(new Lion());
        MyFunc<Animal, Lion> mf = a => new Lion();
        object omf = mf;
        P("MyFunc<Animal,Lion> is MyFunc<Cat,Animal>: " + B(omf is MyFunc<Cat, Animal>) + " MyFunc<object,Cat>: " + B(omf is MyFunc<object, Cat>));
        MyFunc<Cat, object> mf2 = mf;
        P("mf2: " + ((Animal)mf2(new Cat())).Name);
        MyGen<string> gs = () => "str";
        MyGen<object> go = gs;
        P("go: " + go() + " " + B((object)gs is MyGen<object>) + " " + B((object)new MyGen<int>(() => 1) is MyGen<object>));
        Func<int> fi = () => 1;
        P("Func<int> is Func<object>: " + B((object)fi is Func<object>));
        // Combine of variant delegates
        Action<Cat> ac1 = c => P("ac1 " + c.Name);
        Action<Cat> ac2 = aA;
        try { Action<Cat> comb = ac1 + ac2; comb(new Cat()); }
        catch (ArgumentException) { P("combine of different delegate types threw ArgumentException"); }
        // IComparer contravariance
        IComparer<Animal> cmpA = Comparer<Animal>.Create((x, y) => string.CompareOrdinal(x.Name, y.Name));
        IComparer<Cat> cmpC = cmpA;
        var list = new List<Cat> { new Lion(), new Cat() };
        list.Sort(cmpC);
        P(string.Join(",", list.Select(c => c.Name)));
        IEqualityComparer<object> eqO = EqualityComparer<object>.Default;
        IEqualityComparer<string> eqS = eqO;
        P("eq: " + B(eqS.Equals("a", "a")));
    }
}
