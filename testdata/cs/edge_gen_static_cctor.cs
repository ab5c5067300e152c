using System;
using System.Collections.Generic;

static class Log { public static List<string> L = new List<string>(); public static void W(string s) { Console.WriteLine(s); } }

class Holder<T>
{
    public static int Count;
    public static readonly string Tag;
    public static List<T> Items = new List<T>();
    static Holder() { Tag = "H<" + typeof(T).Name + ">"; Log.W("cctor " + Tag); }
    public static void Add(T x) { Items.Add(x); Count++; }
}
class Outer<T>
{
    public static string Id = Init("Outer<" + typeof(T).Name + ">");
    static Outer() { Log.W("Outer cctor " + typeof(T).Name); }
    static string Init(string s) { Log.W("init " + s); return s; }
    public class Inner<U>
    {
        public static string Id = Outer<T>.Init("Inner<" + typeof(T).Name + "," + typeof(U).Name + ">");
        public static int N;
        static Inner() { Log.W("Inner cctor"); }
    }
}
class Base<T>
{
    static Base() { Log.W("Base<" + typeof(T).Name + "> cctor"); }
    public static int BaseVal = 10;
}
class Derived<T> : Base<T>
{
    static Derived() { Log.W("Derived<" + typeof(T).Name + "> cctor"); }
    public static int DerVal = 20;
    public Derived() { Log.W("Derived ctor"); }
}
class Lazy2<T> where T : new()
{
    public static T Instance = new T();
    static Lazy2() { Log.W("Lazy2 cctor " + typeof(T).Name); }
}
class Widget { static int created; public int Id; public Widget() { Id = ++created; Log.W("Widget#" + Id); } }
struct SVal<T>
{
    public static int Hits;
    static SVal() { Log.W("SVal<" + typeof(T).Name + "> cctor"); }
    public T V;
    public void Touch() { Hits++; }
}
class Counter<T>
{
    [ThreadStatic] public static int TS;
    public static int Get() { return ++TS; }
}
class Gen<T>
{
    public static string Describe() { return typeof(T).Name + ":" + Holder<T>.Count + ":" + Holder<T[]>.Count; }
}
class BeforeFieldInit<T>
{
    static BeforeFieldInit() { Log.W("precise cctor"); }
    public static string S = Say("BFI<" + typeof(T).Name + ">");
    static string Say(string s) { Log.W("field-init " + s); return s; }
    public static void Nop() { Log.W("Nop called"); }
}

class Program
{
    static void Main()
    {
        Log.W("start");
        Holder<int>.Add(1);
        Holder<int>.Add(2);
        Holder<string>.Add("a");
        Holder<object>.Add(null);
        Holder<int[]>.Add(new int[3]);
        Log.W(Holder<int>.Tag + " " + Holder<int>.Count + " " + Holder<int>.Items.Count);
        Log.W(Holder<string>.Tag + " " + Holder<string>.Count);
        Log.W(Holder<object>.Tag + " " + Holder<object>.Count);
        Log.W(Holder<int[]>.Tag + " " + Holder<int[]>.Count);
        Log.W(Holder<List<int>>.Tag + " " + Holder<List<int>>.Count);
        Log.W(Gen<int>.Describe());
        Log.W(Gen<bool>.Describe());
        Log.W(Outer<int>.Inner<string>.Id);
        Log.W(Outer<int>.Id);
        Outer<int>.Inner<string>.N = 5;
        Outer<int>.Inner<double>.N = 7;
        Log.W(Outer<int>.Inner<string>.N + " " + Outer<int>.Inner<double>.N + " " + Outer<long>.Inner<string>.N);
        Log.W("before Derived");
        var d = new Derived<char>();
        Log.W("after Derived " + Derived<char>.DerVal + " " + Derived<char>.BaseVal);
        Log.W("Base<byte>: " + Base<byte>.BaseVal);
        Log.W("Derived<byte>: " + Derived<byte>.DerVal);
        Log.W("Lazy2: " + Lazy2<Widget>.Instance.Id + " " + Lazy2<Widget>.Instance.Id);
        Log.W("Lazy2 int: " + Lazy2<int>.Instance);
        var sv = new SVal<int>();
        Log.W("struct created without cctor? hits=" + SVal<int>.Hits);
        sv.Touch(); sv.Touch();
        SVal<string> ss = default(SVal<string>);
        ss.Touch();
        Log.W("hits " + SVal<int>.Hits + " " + SVal<string>.Hits);
        Log.W("ts " + Counter<int>.Get() + Counter<int>.Get() + Counter<string>.Get());
        BeforeFieldInit<int>.Nop();
        Log.W("S=" + BeforeFieldInit<int>.S);
        Holder<int>.Count = 100;
        Log.W(Gen<int>.Describe());
        Log.W(typeof(Holder<int>).FullName == typeof(Holder<int>).FullName ? "same" : "diff");
        Log.W(typeof(Outer<int>.Inner<string>).Name);
    }
}
