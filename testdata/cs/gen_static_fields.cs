using System;
using System.Collections.Generic;

class Registry<T>
{
    public static int Count;
    public static List<T> Items = new List<T>();
    public static readonly string TypeName;
    static Registry() { TypeName = typeof(T).Name; Console.WriteLine("  cctor Registry<" + TypeName + ">"); }
    public static void Add(T item) { Count++; Items.Add(item); }
}

class IdGen<T>
{
    private static int next = 1;
    public static int Next() { return next++; }
}

class Base<T> { public static string Tag = "Base<" + typeof(T).Name + ">"; }
class DerivedA : Base<int> { }
class DerivedB : Base<string> { }
class DerivedC : Base<int> { }

class Cache<TKey, TValue>
{
    public static Dictionary<TKey, TValue> Store = new Dictionary<TKey, TValue>();
}

class Program
{
    static void Main()
    {
        Console.WriteLine("adding ints");
        Registry<int>.Add(1);
        Registry<int>.Add(2);
        Console.WriteLine("adding strings");
        Registry<string>.Add("x");
        Console.WriteLine("adding doubles");
        Registry<double>.Add(1.5);
        Registry<double>.Add(2.5);
        Registry<double>.Add(3.5);
        Console.WriteLine("int count=" + Registry<int>.Count + " items=" + string.Join(",", Registry<int>.Items) + " name=" + Registry<int>.TypeName);
        Console.WriteLine("string count=" + Registry<string>.Count + " name=" + Registry<string>.TypeName);
        Console.WriteLine("double count=" + Registry<double>.Count + " sum=" + Sum(Registry<double>.Items));
        Console.WriteLine("IdGen<int>: " + IdGen<int>.Next() + " " + IdGen<int>.Next() + " " + IdGen<int>.Next());
        Console.WriteLine("IdGen<string>: " + IdGen<string>.Next() + " " + IdGen<string>.Next());
        Console.WriteLine("IdGen<List<int>>: " + IdGen<List<int>>.Next() + " IdGen<List<string>>: " + IdGen<List<string>>.Next() + " IdGen<List<int>> again: " + IdGen<List<int>>.Next());
        Console.WriteLine("IdGen<object>: " + IdGen<object>.Next() + " IdGen<int[]>: " + IdGen<int[]>.Next());
        Console.WriteLine("Base tags via derived: " + DerivedA.Tag + " " + DerivedB.Tag + " " + DerivedC.Tag);
        Base<int>.Tag = "changed";
        Console.WriteLine("after change: " + DerivedA.Tag + " " + DerivedC.Tag + " " + DerivedB.Tag);
        Cache<string, int>.Store["a"] = 1;
        Cache<string, long>.Store["a"] = 2;
        Cache<int, string>.Store[1] = "one";
        Console.WriteLine("Cache<string,int> " + Cache<string, int>.Store.Count + " Cache<string,long> " + Cache<string, long>.Store["a"] + " Cache<int,string> " + Cache<int, string>.Store[1] + " Cache<string,double> " + Cache<string, double>.Store.Count);
        Console.WriteLine("generic method statics via helper: " + Counter<int>() + " " + Counter<int>() + " " + Counter<string>() + " " + Counter<int>());
    }

    static double Sum(List<double> l) { double s = 0; foreach (var x in l) s += x; return s; }
    static int Counter<T>() { return ++CounterHolder<T>.Value; }
}

static class CounterHolder<T> { public static int Value; }
