using System;
using System.Collections.Generic;

enum Color : byte { Red = 1, Green = 2, Blue = 4 }
enum Big : long { Min = long.MinValue, Max = long.MaxValue }
struct Money
{
    public decimal Amt;
    public Money(decimal a) { Amt = a; }
    public static Money operator +(Money a, Money b) { return new Money(a.Amt + b.Amt); }
    public static bool operator ==(Money a, Money b) { return a.Amt == b.Amt; }
    public static bool operator !=(Money a, Money b) { return a.Amt != b.Amt; }
    public static bool operator <(Money a, Money b) { return a.Amt < b.Amt; }
    public static bool operator >(Money a, Money b) { return a.Amt > b.Amt; }
    public static Money operator -(Money a) { return new Money(-a.Amt); }
    public override bool Equals(object o) { return o is Money && ((Money)o).Amt == Amt; }
    public override int GetHashCode() { return 0; }
    public override string ToString() { return "$" + Amt; }
}

class Program
{
    static string S(object o) { return o == null ? "null" : o.ToString(); }
    static void P(string s) { Console.WriteLine(s); }
    static int? Maybe(int x) { return x < 0 ? (int?)null : x; }
    static void Main()
    {
        int? a = 5, b = null, c = 0;
        P("a+b=" + S(a + b) + " a*c=" + S(a * c) + " -b=" + S(-b) + " ~a=" + S(~a));
        P("a<b " + (a < b) + " a>b " + (a > b) + " a<=b " + (a <= b) + " a==b " + (a == b) + " a!=b " + (a != b));
        P("b==null " + (b == null) + " b<null " + ((int?)null < b) + " null==null " + (b == (int?)null));
        try { P("a/c=" + S(a / c)); } catch (DivideByZeroException) { P("a/c div by zero"); }
        P("b/c=" + S(b / c));
        P("a<<b " + S(a << b) + " a<<2 " + S(a << 2) + " a&b " + S(a & b));
        bool? t = true, f = false, n = null;
        P("t&n=" + S(t & n) + " f&n=" + S(f & n) + " t|n=" + S(t | n) + " f|n=" + S(f | n) + " n^t=" + S(n ^ t) + " !n=" + S(!n));
        P("n&n=" + S(n & n) + " n|n=" + S(n | n));
        P("if(n==true) " + (n == true) + " n!=false " + (n != false) + " n.GetValueOrDefault " + n.GetValueOrDefault());
        P("?? chain: " + S(b ?? Maybe(-1) ?? Maybe(3) ?? 9));
        int z = b ?? c ?? 7;
        P("z=" + z);
        P("GetValueOrDefault: " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-3) + " " + a.GetValueOrDefault(-3));
        P("HasValue: " + a.HasValue + " " + b.HasValue);
        try { int v = b.Value; P("v" + v); } catch (InvalidOperationException) { P("b.Value threw InvalidOperationException"); }
        try { int v = (int)b; P("v" + v); } catch (InvalidOperationException) { P("(int)b threw InvalidOperationException"); }
        object boxedNull = b;
        P("boxed null is null: " + (boxedNull == null));
        object boxedA = a;
        P("boxed a type: " + boxedA.GetType().Name + " " + (boxedA is int) + " " + (boxedA is int?));
        int? unb = (int?)boxedA;
        int? unbNull = (int?)boxedNull;
        P("unbox: " + S(unb) + " " + S(unbNull));
        P("as int?: " + S(boxedA as int?) + " " + S((object)"str" as int?) + " " + S(((object)3L) as int?));
        P("Equals: " + a.Equals(5) + " " + b.Equals(null) + " " + a.Equals(null) + " hash null: " + b.GetHashCode());
        P("ToString null: [" + b.ToString() + "] " + a.ToString());

        Color? col = Color.Green;
        Color? nocol = null;
        object bc = col;
        P("boxed nullable enum: " + bc + " " + bc.GetType().Name + " " + (bc is Color) + " " + (bc is byte));
        Color cc = (Color)bc;
        Color? cc2 = (Color?)bc;
        P("unboxed " + cc + " " + cc2 + " " + S((Color?)(object)nocol));
        P("enum lifted: " + S(col | Color.Blue) + " " + S(nocol | Color.Blue) + " " + (col == Color.Green) + " " + (col < Color.Blue) + " " + (nocol < Color.Blue));
        P("enum ints: " + S((int?)col) + " " + S((byte?)nocol) + " " + S(col + 1));
        try { object wrong = (object)Color.Red; int bad = (int)wrong; P("bad " + bad); } catch (InvalidCastException) { P("unbox Color as int -> InvalidCastException"); }
        object bcolor = Color.Blue;
        P("unbox Color as byte? " + ((bcolor is byte) ? "yes" : "no"));
        try { byte bb = (byte)bcolor; P("byte " + bb); } catch (InvalidCastException) { P("unbox Color as byte -> InvalidCastException"); }
        object bint = 4;
        try { Color x = (Color)bint; P("int->Color unbox: " + x); } catch (InvalidCastException) { P("int->Color ICE"); }
        try { uint x = (uint)bint; P("int->uint unbox: " + x); } catch (InvalidCastException) { P("int->uint ICE"); }
        try { long x = (long)bint; P("bad"); } catch (InvalidCastException) { P("int->long ICE"); }
        Big? big = Big.Min;
        P("Big: " + big + " " + S((long?)big) + " " + S(big == Big.Max));

        double? d1 = double.NaN, d2 = 1.0, dn = null;
        P("NaN cmp: " + (d1 == d1) + " " + (d1 != d1) + " " + (d1 < d2) + " " + (dn == dn) + " " + (dn != d1));
        decimal? m1 = 1.5m, m2 = null;
        P("decimal: " + S(m1 * 2) + " " + S(m1 + m2) + " " + S(m1 % 1m) + " " + (m1 > 1));
        Money? mo = new Money(3), mn = null;
        P("user lifted: " + S(mo + mo) + " " + S(mo + mn) + " " + (mo == mn) + " " + (mn == null) + " " + (mo < mn) + " " + (mo > new Money(1)) + " " + S(-mo));
        long? lg = int.MaxValue;
        P("widen: " + S(lg + 1) + " " + S(a + lg) + " " + S((short?)a));
        int? big2 = int.MaxValue;
        try { int? r = checked(big2 + 1); P("r=" + r); } catch (OverflowException) { P("lifted checked overflow"); }
        P("unchecked: " + S(unchecked(big2 + 1)));
        int? inc = 5; inc++; ++inc; int? ninc = null; ninc++;
        P("incs: " + S(inc) + " " + S(ninc));
        inc += b; P("+= null: " + S(inc));
        var list = new List<int?> { 3, null, 1, null, 2 };
        list.Sort();
        P("sorted: " + string.Join(",", list.ConvertAll(x => S(x)).ToArray()));
        P("Nullable.Compare " + Nullable.Compare(b, a) + " " + Nullable.Compare(a, a) + " Equals " + Nullable.Equals(b, (int?)null));
        P("underlying: " + Nullable.GetUnderlyingType(typeof(int?)).Name + " " + S(Nullable.GetUnderlyingType(typeof(int))));
        P("typeof: " + typeof(int?).Name + " " + typeof(int?).FullName.Substring(0, 15));
        int?[] arr = new int?[3]; arr[1] = 4;
        P("arr: " + S(arr[0]) + " " + S(arr[1]) + " " + arr.Length);
        char? ch = 'x';
        P("char?: " + S(ch + 1) + " " + S((char?)(ch + 1)));
    }
}
