using System;
using System.Collections.Generic;

struct Dbl { public double D; }
struct TwoInts { public int A, B; }
struct WithRef { public string S; public int N; }
struct WithObj { public object O; }
struct Inner { public int X; }
struct OuterS { public Inner I; public long L; }
struct Flt { public float F; public int Pad; }
struct Overrides { public int V; public override bool Equals(object o) { return o is Overrides && ((Overrides)o).V % 10 == V % 10; } public override int GetHashCode() { return V % 10; } }
struct Empty { }
struct HasNullable { public int? N; }
enum Col { R, G }

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static void Main()
    {
        P("Dbl 0/-0: " + new Dbl { D = 0.0 }.Equals(new Dbl { D = -0.0 }));
        P("Dbl NaN: " + new Dbl { D = double.NaN }.Equals(new Dbl { D = double.NaN }));
        P("Dbl 1/1: " + new Dbl { D = 1 }.Equals(new Dbl { D = 1 }));
        P("TwoInts: " + new TwoInts { A = 1, B = 2 }.Equals(new TwoInts { A = 1, B = 2 }) + " " + new TwoInts { A = 1, B = 2 }.Equals(new TwoInts { A = 2, B = 1 }) + " " + new TwoInts().Equals(null) + " " + new TwoInts().Equals(5));
        P("TwoInts hash equal: " + (new TwoInts { A = 1, B = 2 }.GetHashCode() == new TwoInts { A = 1, B = 2 }.GetHashCode()));
        string s1 = "ab", s2 = new string(new[] { 'a', 'b' });
        P("WithRef equal strings diff refs: " + new WithRef { S = s1, N = 1 }.Equals(new WithRef { S = s2, N = 1 }) + " " + new WithRef { S = null }.Equals(new WithRef { S = null }) + " " + new WithRef { S = "x" }.Equals(new WithRef { S = null }));
        P("WithRef hash equal: " + (new WithRef { S = s1, N = 1 }.GetHashCode() == new WithRef { S = s2, N = 1 }.GetHashCode()));
        P("WithObj boxed ints: " + new WithObj { O = 5 }.Equals(new WithObj { O = 5 }) + " " + new WithObj { O = 5 }.Equals(new WithObj { O = 5L }));
        P("WithObj doubles: " + new WithObj { O = 0.0 }.Equals(new WithObj { O = -0.0 }) + " " + new WithObj { O = double.NaN }.Equals(new WithObj { O = double.NaN }));
        P("Nested: " + new OuterS { I = new Inner { X = 3 }, L = 4 }.Equals(new OuterS { I = new Inner { X = 3 }, L = 4 }) + " " + new OuterS { I = new Inner { X = 3 } }.Equals(new OuterS { I = new Inner { X = 4 } }));
        P("Flt 0/-0: " + new Flt { F = 0f }.Equals(new Flt { F = -0f }) + " NaN: " + new Flt { F = float.NaN }.Equals(new Flt { F = float.NaN }));
        P("Overrides: " + new Overrides { V = 3 }.Equals(new Overrides { V = 13 }) + " " + ((object)new Overrides { V = 3 }).Equals(new Overrides { V = 23 }));
        P("Empty: " + new Empty().Equals(new Empty()) + " " + new Empty().Equals(new TwoInts()));
        P("HasNullable: " + new HasNullable { N = 1 }.Equals(new HasNullable { N = 1 }) + " " + new HasNullable().Equals(new HasNullable { N = 0 }));
        P("Boxed ==: " + ((object)1 == (object)1) + " Equals " + ((object)1).Equals(1) + " " + 1.Equals((object)1L) + " " + 1L.Equals(1) + " " + ((object)1L).Equals(1) + " " + 1.0.Equals(1) + " " + ((short)1).Equals(1) + " " + 1.Equals((short)1));
        object bo = 7; object bo2 = bo;
        P("ReferenceEquals box: " + ReferenceEquals(bo, bo2) + " " + ReferenceEquals(7, 7) + " " + object.Equals(bo, 7) + " " + object.Equals(null, null) + " " + object.Equals(bo, null));
        P("Enum Equals: " + Col.G.Equals(Col.G) + " " + Col.G.Equals(1) + " " + ((object)Col.G).Equals((object)Col.G) + " " + Col.R.Equals(null));
        P("char/int: " + 'a'.Equals(97) + " " + ((int)'a').Equals(97) + " " + 'a'.CompareTo('b'));
        P("double Equals: " + double.NaN.Equals(double.NaN) + " " + (double.NaN == double.NaN) + " " + 0.0.Equals(-0.0) + " " + (0.0 == -0.0) + " " + 0.0.CompareTo(-0.0) + " " + double.NaN.CompareTo(double.NegativeInfinity) + " " + float.NaN.Equals(float.NaN));
        P("decimal Equals: " + 1.0m.Equals(1m) + " " + ((object)1.0m).Equals(1.00m) + " " + 1m.Equals(1));
        var set = new HashSet<Dbl> { new Dbl { D = 1 }, new Dbl { D = 1 }, new Dbl { D = 2 } };
        P("HashSet<Dbl> count: " + set.Count);
        var set2 = new HashSet<WithRef> { new WithRef { S = s1 }, new WithRef { S = s2 } };
        P("HashSet<WithRef> count: " + set2.Count);
        var set3 = new HashSet<Overrides> { new Overrides { V = 1 }, new Overrides { V = 11 }, new Overrides { V = 2 } };
        P("HashSet<Overrides> count: " + set3.Count);
        var dict = new Dictionary<object, string>();
        dict[1] = "int"; dict[1L] = "long"; dict[(short)1] = "short"; dict[1.0] = "double"; dict["1"] = "string"; dict[Col.G] = "enum"; dict[1] = "int2";
        P("object-keyed dict: " + dict.Count + " " + dict[1] + " " + dict[1L] + " " + dict[Col.G]);
        var tup = Tuple.Create(1, "a");
        P("Tuple eq: " + tup.Equals(Tuple.Create(1, "a")) + " " + (tup == Tuple.Create(1, "a")) + " " + tup.Equals(Tuple.Create(1L, "a")));
        var kv = new KeyValuePair<string, int>("k", 1);
        P("KVP eq: " + kv.Equals(new KeyValuePair<string, int>("k", 1)) + " " + kv.Equals(new KeyValuePair<string, int>("k", 2)));
        P("string eq: " + "a".Equals((object)"a") + " " + string.Equals(null, null) + " " + "a".Equals(null) + " " + ((object)"ab" == (object)s2) + " " + ("ab" == s2));
        P("array struct eq: " + Array.IndexOf(new[] { new TwoInts { A = 1 }, new TwoInts { A = 2 } }, new TwoInts { A = 2 }) + " " + new List<WithRef> { new WithRef { S = s1 } }.Contains(new WithRef { S = s2 }));
        int? n1 = 5; object on = n1; long? nl = 5;
        P("nullable eq: " + n1.Equals(5) + " " + on.Equals(5) + " " + nl.Equals(5) + " " + n1.Equals(nl) + " " + (n1 == nl));
    }
}
