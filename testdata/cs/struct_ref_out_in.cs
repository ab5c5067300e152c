// mcs-flags: -langversion:7.2
using System;

class Box { public int Value; public int[] Arr = { 1, 2, 3 }; }
struct S { public int F; }

class Program
{
    static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    static void Inc(ref int x) { x++; }
    static void SetOut(out int x, out string s) { x = 42; s = "set"; }
    static bool TryDivide(int a, int b, out int q) { if (b == 0) { q = 0; return false; } q = a / b; return true; }
    static int ReadIn(in int x) { return x * 2; }
    static void ReplaceBox(ref Box b) { b = new Box { Value = 100 }; }
    static void MutateBox(Box b) { b.Value = 50; b = new Box { Value = -1 }; }
    static void IncTwice(ref int a, ref int b) { a++; b++; }
    static ref int Find(int[] arr, int value)
    {
        for (int i = 0; i < arr.Length; i++) if (arr[i] == value) return ref arr[i];
        throw new InvalidOperationException("not found");
    }

    static int staticField = 10;

    static void Main()
    {
        int x = 1, y = 2;
        Swap(ref x, ref y);
        Console.WriteLine("swap ints: " + x + " " + y);
        string s1 = "a", s2 = "b";
        Swap(ref s1, ref s2);
        Console.WriteLine("swap strings: " + s1 + " " + s2);
        int[] arr = { 10, 20, 30 };
        Inc(ref arr[1]);
        Swap(ref arr[0], ref arr[2]);
        Console.WriteLine("ref array elements: " + string.Join(",", arr));
        var box = new Box();
        Inc(ref box.Value);
        Inc(ref box.Arr[2]);
        Console.WriteLine("ref class field: " + box.Value + " ref field array elem: " + box.Arr[2]);
        Inc(ref staticField);
        Console.WriteLine("ref static field: " + staticField);
        S[] sarr = new S[2];
        Inc(ref sarr[1].F);
        Console.WriteLine("ref struct field in array: " + sarr[1].F);
        int a, b2;
        string str;
        SetOut(out a, out str);
        Console.WriteLine("out: " + a + " " + str);
        foreach (var pair in new[] { new[] { 10, 3 }, new[] { 7, 0 } })
        {
            int q;
            bool ok = TryDivide(pair[0], pair[1], out q);
            Console.WriteLine("TryDivide(" + pair[0] + "," + pair[1] + ") = " + ok + " q=" + q);
        }
        if (int.TryParse("123", out int parsed)) Console.WriteLine("out var: " + parsed);
        TryDivide(9, 2, out b2);
        Console.WriteLine("out existing: " + b2);
        TryDivide(9, 3, out _);
        Console.WriteLine("out discard ok");
        int inVal = 21;
        Console.WriteLine("in param: " + ReadIn(in inVal) + " literal: " + ReadIn(5));
        var original = box;
        ReplaceBox(ref box);
        Console.WriteLine("ref reference replaced: box=" + box.Value + " original=" + original.Value);
        MutateBox(box);
        Console.WriteLine("byval reference mutated: " + box.Value);
        int same = 5;
        IncTwice(ref same, ref same);
        Console.WriteLine("aliasing ref: " + same);
        int[] data = { 1, 2, 3, 4 };
        ref int r = ref Find(data, 3);
        r = 300;
        Console.WriteLine("ref return: " + string.Join(",", data));
        Find(data, 4) = 400;
        Console.WriteLine("assign to ref return: " + string.Join(",", data));
        try { Find(data, 99) = 1; } catch (InvalidOperationException e) { Console.WriteLine("not found: " + e.Message); }
        ref int local = ref data[0];
        local += 10;
        Console.WriteLine("ref local: " + data[0]);
        int counter = 0;
        for (int i = 0; i < 5; i++) Inc(ref counter);
        Console.WriteLine("counter=" + counter);
        try
        {
            int[] nullArr = null;
            Inc(ref nullArr[0]);
        }
        catch (NullReferenceException e) { Console.WriteLine("ref to null array element: " + e.GetType().Name); }
        try { Inc(ref arr[5]); }
        catch (IndexOutOfRangeException e) { Console.WriteLine("ref to out of range element: " + e.GetType().Name); }
    }
}
