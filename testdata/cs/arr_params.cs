using System;

class Program
{
    static int Sum(params int[] xs) { int s = 0; foreach (int x in xs) s += x; return s; }
    static string Describe(string label, params object[] items)
    {
        if (items == null) return label + ": null array";
        return label + ": " + items.Length + " [" + string.Join(",", items) + "]";
    }
    static string Fmt(string f, params object[] a) { return string.Format(f, a); }
    static int Count(params string[] s) { return s.Length; }
    static string Overload(int a) { return "single int"; }
    static string Overload(params int[] a) { return "params int[" + a.Length + "]"; }
    static string Overload(int a, int b) { return "two ints"; }

    static void Main()
    {
        Console.WriteLine("Sum()=" + Sum());
        Console.WriteLine("Sum(1)=" + Sum(1));
        Console.WriteLine("Sum(1,2,3)=" + Sum(1, 2, 3));
        Console.WriteLine("Sum(array)=" + Sum(new[] { 10, 20, 30, 40 }));
        Console.WriteLine(Describe("none"));
        Console.WriteLine(Describe("mixed", 1, "two", 3.0, 'c'));
        Console.WriteLine(Describe("null literal", null));
        Console.WriteLine(Describe("null as object", (object)null));
        Console.WriteLine(Describe("object[] passed directly", new object[] { "a", "b" }));
        Console.WriteLine(Describe("string[] passed (covariant)", new string[] { "x", "y", "z" }));
        Console.WriteLine(Describe("int[] passed as single object", new int[] { 1, 2 }));
        Console.WriteLine(Fmt("{0}-{1}-{2}", "a", 2, 3.5));
        Console.WriteLine("Count(): " + Count() + " Count(a,b): " + Count("a", "b"));
        Console.WriteLine("Overload(1)=" + Overload(1) + " Overload(1,2)=" + Overload(1, 2) + " Overload(1,2,3)=" + Overload(1, 2, 3) + " Overload()=" + Overload());
        int[] arr = { 1, 2 };
        Console.WriteLine("Sum modifies? " + Sum(arr) + " " + arr[0]);
        Console.WriteLine("Math.Max via params-like: " + Max(3, 9, 2));
        Console.WriteLine("concat params: " + string.Concat("a", "b", "c", "d", "e"));
        Console.WriteLine("string.Join params: " + string.Join("-", "x", "y", "z"));
        Console.WriteLine("nested params call: " + Sum(Sum(1, 2), Sum(3, 4), Sum()));
    }

    static int Max(int first, params int[] rest) { int m = first; foreach (int x in rest) if (x > m) m = x; return m; }
}
