using System;
using System.Collections.Generic;
using System.Linq;

interface ISpeak { string Say(); string SayG<T>(T x); }
class Animal : ISpeak
{
    public string Name;
    public Animal(string n) { Name = n; }
    public virtual string Say() { return "Animal " + Name; }
    public virtual string SayG<T>(T x) { return "Animal.SayG<" + typeof(T).Name + ">(" + x + ")"; }
    public override string ToString() { return "Animal.ToString " + Name; }
}
class Dog : Animal
{
    public Dog(string n) : base(n) { }
    public override string Say() { return "Dog " + Name; }
    public override string SayG<T>(T x) { return "Dog.SayG<" + typeof(T).Name + ">"; }
    public override string ToString() { return "Dog.ToString " + Name; }
    public Func<string> BaseSay() { return base.Say; }
    public Func<string> BaseToString() { return base.ToString; }
    public Func<string> ThisSay() { return this.Say; }
    public Func<int, string> BaseSayG() { return base.SayG<int>; }
}
struct Meter
{
    public int V;
    public int Get() { return V; }
    public void Inc() { V++; }
    public override string ToString() { return "Meter" + V; }
}
static class Ext
{
    public static string Shout(this string s) { return s.ToUpper() + "!"; }
    public static int Twice(this int x) { return x * 2; }
    public static string Describe(this Animal a, string suffix) { return a.Name + suffix; }
    public static T Id<T>(this T x) where T : class { return x; }
}
static class GenStatic<T>
{
    public static string Show(T x) { return "GenStatic<" + typeof(T).Name + ">.Show(" + x + ")"; }
}
class Program
{
    static string Static(int x) { return "static " + x; }
    static void Main()
    {
        Animal a = new Dog("rex");
        Func<string> f1 = a.Say;
        Func<string> f2 = ((ISpeak)a).Say;
        Func<int, string> f3 = a.SayG<int>;
        Func<string, string> f4 = ((ISpeak)a).SayG<string>;
        Console.WriteLine(f1() + " | " + f2() + " | " + f3(1) + " | " + f4("s"));
        var d = (Dog)a;
        Console.WriteLine("base.Say group: " + d.BaseSay()() + " | base.ToString group: " + d.BaseToString()() + " | this.Say: " + d.ThisSay()() + " | base.SayG: " + d.BaseSayG()(5));
        Func<string> ts = a.ToString;
        Func<string> objTs = ((object)a).ToString;
        Console.WriteLine("ToString groups: " + ts() + " | " + objTs());
        Func<string> ext = "hey".Shout;
        Console.WriteLine("extension bound: " + ext() + " target=" + ext.Target);
        Func<string, string> extOpen = Ext.Shout;
        Console.WriteLine("extension open: " + extOpen("yo") + " target null=" + (extOpen.Target == null));
        Func<string, string> extArgs = a.Describe;
        Console.WriteLine("extension with args bound: " + extArgs("?"));
        Func<Animal> extGen = a.Id;
        Console.WriteLine("generic ext bound: " + extGen().Name);
        Meter m = new Meter { V = 5 };
        Func<int> mg = m.Get;
        Action mi = m.Inc;
        mi(); mi();
        Console.WriteLine("struct method group: get=" + mg() + " m.V=" + m.V + " target=" + mg.Target + " (boxed copy each)");
        Func<string> mts = m.ToString;
        m.V = 100;
        Console.WriteLine("struct ToString bound early: " + mts());
        object boxedM = m;
        Action bi = ((Meter)boxedM).Inc;
        bi();
        Console.WriteLine("boxed unbox copy: " + boxedM);
        Func<int> intTwice = () => 21.Twice();
        Console.WriteLine("int ext bound? " + intTwice());
        Func<int, string> gs = GenStatic<int>.Show;
        Func<string, string> gs2 = GenStatic<string>.Show;
        Console.WriteLine(gs(3) + " | " + gs2("x"));
        Func<int, string> st = Static;
        Console.WriteLine(st(1) + " target null " + (st.Target == null));
        var speakers = new List<ISpeak> { new Animal("cat"), new Dog("fido") };
        var sayers = speakers.Select(s => (Func<string>)s.Say).ToList();
        Console.WriteLine(string.Join(" ; ", sayers.Select(f => f())));
        Func<object, string> fo = x => "obj:" + x;
        Func<string, object> covariantContra = fo;
        Console.WriteLine("variance: " + covariantContra("q"));
        Func<string> nullTarget = null;
        try { nullTarget(); } catch (NullReferenceException) { Console.WriteLine("null delegate invoke NRE"); }
        Animal nobody = null;
        try { Func<string> bad = nobody.Say; Console.WriteLine("created?"); } catch (ArgumentException) { Console.WriteLine("bind to null instance -> ArgumentException"); } catch (NullReferenceException) { Console.WriteLine("bind to null instance -> NRE"); }
        Func<string> eqA = a.Say, eqB = a.Say, eqC = new Dog("rex").Say;
        Console.WriteLine("equality: " + (eqA == eqB) + " " + eqA.Equals(eqB) + " " + (eqA == eqC) + " " + ((Delegate)ext == (Delegate)(Func<string>)"hey".Shout));
        Action<int> chain = null;
        var results = new List<string>();
        for (int i = 0; i < 3; i++) { int k = i; chain += x => results.Add(k + ":" + x); }
        chain(7);
        Console.WriteLine("chain closures: " + string.Join(",", results));
        Func<int, int> compose = x => x + 1;
        Func<int, int> comp2 = Compose(compose, x => x * 10);
        Console.WriteLine("compose: " + comp2(4));
        Predicate<string> pred = string.IsNullOrEmpty;
        Console.WriteLine("static BCL group: " + pred("") + pred("a"));
        Func<string, int> parse = int.Parse;
        Console.WriteLine("overloaded BCL group: " + parse("12"));
        Func<char, bool> isDigit = char.IsDigit;
        Console.WriteLine("char.IsDigit group: " + new string("a1b2".Where(isDigit).ToArray()));
        Func<string, string, bool> eq = string.Equals;
        Console.WriteLine("string.Equals group: " + eq("a", "a"));
        Func<object, bool> instEquals = "abc".Equals;
        Console.WriteLine("instance Equals group: " + instEquals("abc") + instEquals(null));
    }
    static Func<T, V> Compose<T, U, V>(Func<T, U> f, Func<U, V> g) { return x => g(f(x)); }
}
