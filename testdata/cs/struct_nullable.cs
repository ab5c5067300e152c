using System;

struct Money { public decimal Amount; public override string ToString() { return "$" + Amount; } }

class Program
{
    static string Show(int? v) { return v.HasValue ? v.Value.ToString() : "null"; }

    static void Main()
    {
        int? a = 5, b = null, c = 10;
        Console.WriteLine("a=" + Show(a) + " b=" + Show(b) + " HasValue: " + a.HasValue + " " + b.HasValue);
        Console.WriteLine("a+c=" + Show(a + c) + " a+b=" + Show(a + b) + " a*c=" + Show(a * c) + " -a=" + Show(-a) + " ~a=" + Show(~a));
        Console.WriteLine("a<c " + (a < c) + " a<b " + (a < b) + " a>b " + (a > b) + " b==null " + (b == null) + " a==5 " + (a == 5) + " b!=a " + (b != a));
        int? n2 = null;
        Console.WriteLine("null==null " + (b == n2) + " null<null " + (b < n2) + " null<=null " + (b <= n2));
        Console.WriteLine("GetValueOrDefault: " + a.GetValueOrDefault() + " " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1));
        Console.WriteLine("?? : " + (b ?? 99) + " " + (a ?? 99));
        try { int v = b.Value; Console.WriteLine(v); }
        catch (InvalidOperationException e) { Console.WriteLine("b.Value: " + e.GetType().Name + ": " + e.Message); }
        try { int v = (int)b; Console.WriteLine(v); }
        catch (InvalidOperationException e) { Console.WriteLine("(int)b: " + e.GetType().Name); }

        object boxedA = a;
        object boxedB = b;
        Console.WriteLine("boxed HasValue type=" + boxedA.GetType().Name + " value=" + boxedA);
        Console.WriteLine("boxed null is null: " + (boxedB == null));
        int? unboxedToNullable = (int?)boxedA;
        int unboxedToInt = (int)boxedA;
        Console.WriteLine("unbox to int?=" + Show(unboxedToNullable) + " to int=" + unboxedToInt);
        object plainBoxed = 42;
        int? fromPlain = (int?)plainBoxed;
        Console.WriteLine("unbox plain int to int?=" + Show(fromPlain));
        int? fromNull = (int?)boxedB;
        Console.WriteLine("unbox null to int?=" + Show(fromNull));
        Console.WriteLine("boxed is int: " + (boxedA is int) + " is int?: " + (boxedA is int?));
        Console.WriteLine("a.Equals(5): " + a.Equals(5) + " b.Equals(null): " + b.Equals(null) + " a.GetHashCode()=" + a.GetHashCode() + " b.GetHashCode()=" + b.GetHashCode());
        Console.WriteLine("b.ToString()=[" + b.ToString() + "] a.ToString()=" + a.ToString());

        bool? t = true, f = false, u = null;
        Console.WriteLine("bool? &: t&u=" + (t & u) + " f&u=" + (f & u) + " u&u=" + (u & u));
        Console.WriteLine("bool? |: t|u=" + (t | u) + " f|u=" + (f | u) + " u|u=" + (u | u));
        Console.WriteLine("bool? ^: t^u=" + (t ^ u) + " !u=" + (!u) + " !t=" + (!t));
        Console.WriteLine("u==true " + (u == true) + " u==false " + (u == false) + " u==null " + (u == null));

        double? d = 2.5;
        long? l = 3;
        var mixed = d * l;
        Console.WriteLine("double?*long? = " + mixed + " type " + mixed.GetType().Name);
        int? inc = 1;
        inc++;
        inc += 10;
        Console.WriteLine("inc=" + inc);
        int? nul = null;
        nul++;
        Console.WriteLine("null++ = [" + nul + "]");
        Money? m = new Money { Amount = 9.99m };
        Console.WriteLine("struct nullable: " + m + " amount=" + m.Value.Amount + " null struct: [" + (Money?)null + "]");
        int?[] arr = { 1, null, 3, null, 5 };
        int sum = 0, nulls = 0;
        foreach (var x in arr) { if (x.HasValue) sum += x.Value; else nulls++; }
        Console.WriteLine("sum=" + sum + " nulls=" + nulls);
        Console.WriteLine("Nullable.GetUnderlyingType-free compare: " + Nullable.Compare(a, c) + " " + Nullable.Compare(b, a) + " Equals: " + Nullable.Equals(b, n2));
        int? def = default(int?);
        Console.WriteLine("default(int?) HasValue=" + def.HasValue);
        var nn = new Nullable<int>(7);
        Console.WriteLine("new Nullable<int>(7)=" + nn);
        DayOfWeek? day = DayOfWeek.Tuesday;
        Console.WriteLine("enum nullable: " + day + " " + (int?)day);
        string s = null;
        int? len = s?.Length;
        Console.WriteLine("s?.Length=" + Show(len));
        Console.WriteLine("lifted conversion int?->long?: " + (long?)a + " int?->double? " + (double?)c / 4);
    }
}
