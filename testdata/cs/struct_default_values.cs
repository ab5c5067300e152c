// mcs-flags: -langversion:7.2
using System;
using System.Collections.Generic;

struct Inner { public int I; public string S; public double D; }
struct Outer { public Inner In; public bool B; public char C; public decimal M; public long L; public object O; }
class Ref { public int X = 1; }

class Fields
{
    public int i; public long l; public double d; public float f; public bool b; public char c; public byte by; public decimal m;
    public string s; public object o; public int[] arr; public int? ni; public Inner st; public DayOfWeek e;
}

class Program
{
    static T Def<T>() { return default(T); }
    static string Describe<T>()
    {
        T v = default(T);
        return typeof(T).Name + ": " + (v == null ? "null" : "[" + v + "]");
    }

    static void Main()
    {
        var f = new Fields();
        Console.WriteLine("int=" + f.i + " long=" + f.l + " double=" + f.d + " float=" + f.f + " bool=" + f.b + " char=" + (int)f.c + " byte=" + f.by + " decimal=" + f.m);
        Console.WriteLine("string null=" + (f.s == null) + " object null=" + (f.o == null) + " array null=" + (f.arr == null) + " int? null=" + (f.ni == null) + " enum=" + f.e);
        Console.WriteLine("struct field: I=" + f.st.I + " S null=" + (f.st.S == null) + " D=" + f.st.D);
        Outer o = new Outer();
        Console.WriteLine("nested default: " + o.In.I + " " + (o.In.S == null) + " " + o.B + " " + (int)o.C + " " + o.M + " " + o.L + " " + (o.O == null));
        Console.WriteLine(Describe<int>());
        Console.WriteLine(Describe<double>());
        Console.WriteLine(Describe<bool>());
        Console.WriteLine(Describe<char>().Replace("\0", "\\0"));
        Console.WriteLine(Describe<decimal>());
        Console.WriteLine(Describe<string>());
        Console.WriteLine(Describe<Ref>());
        Console.WriteLine(Describe<int?>());
        Console.WriteLine(Describe<DayOfWeek>());
        Console.WriteLine(Describe<Inner>());
        Console.WriteLine(Describe<KeyValuePair<string, int>>());
        Console.WriteLine(Describe<List<int>>());
        Console.WriteLine(Describe<int[]>());
        Console.WriteLine("Def<long>=" + Def<long>() + " Def<float>=" + Def<float>() + " Def<byte>=" + Def<byte>());
        var arr = new Inner[2];
        Console.WriteLine("array of structs default: " + arr[1].I + " " + (arr[1].S == null));
        var refs = new Ref[2];
        Console.WriteLine("array of refs default null: " + (refs[0] == null));
        var bools = new bool[3];
        var chars = new char[2];
        var decs = new decimal[2];
        Console.WriteLine("bool[] " + string.Join(",", bools) + " char[] codes " + (int)chars[0] + " decimal[] " + string.Join(",", decs));
        int local = default;
        string slocal = default;
        Console.WriteLine("default literal: " + local + " " + (slocal == null));
        var dict = new Dictionary<string, int>();
        int got;
        dict.TryGetValue("missing", out got);
        Console.WriteLine("TryGetValue missing out=" + got);
        var kv = default(KeyValuePair<int, string>);
        Console.WriteLine("default KVP key=" + kv.Key + " value null=" + (kv.Value == null));
        Console.WriteLine("default(DateTime-free) struct equals new: " + default(Inner).Equals(new Inner()));
        Console.WriteLine("default(ValueTuple<int,string>)=" + default((int, string)));
    }
}
