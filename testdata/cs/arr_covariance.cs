using System;

class Animal { public virtual string Name() { return "animal"; } }
class Cat : Animal { public override string Name() { return "cat"; } }
class Dog : Animal { public override string Name() { return "dog"; } }

class Program
{
    static void Fill(object[] arr, object value)
    {
        try
        {
            for (int i = 0; i < arr.Length; i++) arr[i] = value;
            Console.WriteLine("  filled " + arr.GetType().Name + " with " + (value == null ? "null" : value.GetType().Name));
        }
        catch (ArrayTypeMismatchException e)
        {
            Console.WriteLine("  " + e.GetType().FullName + " storing " + value.GetType().Name + " into " + arr.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        string[] strs = { "a", "b" };
        object[] objs = strs;
        Console.WriteLine("string[] as object[]: " + objs.Length + " " + objs[0] + " same=" + ReferenceEquals(objs, strs));
        Fill(objs, "ok");
        Fill(objs, 42);
        Fill(objs, null);
        Console.WriteLine("strs now: [" + strs[0] + "] [" + strs[1] + "]");
        Animal[] animals = new Cat[2];
        animals[0] = new Cat();
        try { animals[1] = new Dog(); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine("Dog into Cat[]: " + e.GetType().Name); }
        try { animals[1] = new Animal(); }
        catch (ArrayTypeMismatchException e) { Console.WriteLine("Animal into Cat[]: " + e.GetType().Name); }
        Console.WriteLine("animals[0]=" + animals[0].Name() + " animals[1] null=" + (animals[1] == null));
        Fill(new Animal[2], new Dog());
        Fill(new Cat[1], new Cat());
        Fill(new Cat[1], new Dog());
        object[] arrOfArr = new int[][] { new[] { 1 } };
        Console.WriteLine("int[][] as object[]: " + arrOfArr.Length);
        try { arrOfArr[0] = new long[0]; } catch (ArrayTypeMismatchException) { Console.WriteLine("long[] into int[][]: ArrayTypeMismatchException"); }
        object o = new int[] { 1, 2 };
        Console.WriteLine("int[] is object[]: " + (o is object[]) + " is Array: " + (o is Array) + " is int[]: " + (o is int[]));
        object o2 = new string[0];
        Console.WriteLine("string[] is object[]: " + (o2 is object[]) + " is IComparable[]: " + (o2 is IComparable[]));
        try { object[] bad = (object[])o; Console.WriteLine(bad.Length); }
        catch (InvalidCastException e) { Console.WriteLine("cast int[] to object[]: " + e.GetType().Name); }
        Array arr = strs;
        Console.WriteLine("Array base: Length=" + arr.Length + " Rank=" + arr.Rank);
        IComparable[] comps = new string[] { "z", "a" };
        Array.Sort(comps);
        Console.WriteLine("sorted via IComparable[]: " + comps[0] + comps[1]);
        uint[] us = { 1, 2 };
        object ous = us;
        Console.WriteLine("uint[] is int[] (CLR allows): " + (ous is int[]));
    }
}
