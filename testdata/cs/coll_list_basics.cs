using System;
using System.Collections.Generic;

class Program
{
    static string S<T>(List<T> l) { return "[" + string.Join(",", l) + "] (Count=" + l.Count + ")"; }

    static void Main()
    {
        var l = new List<int>();
        Console.WriteLine("empty: " + S(l) + " Capacity=" + l.Capacity);
        for (int i = 0; i < 5; i++) l.Add(i * 10);
        Console.WriteLine("Add: " + S(l));
        l.Insert(0, -10);
        l.Insert(3, 15);
        l.Insert(l.Count, 99);
        Console.WriteLine("Insert: " + S(l));
        l.AddRange(new[] { 7, 8 });
        Console.WriteLine("AddRange: " + S(l));
        l.InsertRange(2, new List<int> { 100, 200 });
        Console.WriteLine("InsertRange: " + S(l));
        Console.WriteLine("Remove(15)=" + l.Remove(15) + " Remove(12345)=" + l.Remove(12345) + " " + S(l));
        l.RemoveAt(0);
        Console.WriteLine("RemoveAt(0): " + S(l));
        l.RemoveRange(1, 2);
        Console.WriteLine("RemoveRange(1,2): " + S(l));
        Console.WriteLine("IndexOf(30)=" + l.IndexOf(30) + " LastIndexOf(7)=" + l.LastIndexOf(7) + " Contains(40)=" + l.Contains(40) + " Contains(41)=" + l.Contains(41));
        Console.WriteLine("indexer l[2]=" + l[2]);
        l[2] = -5;
        Console.WriteLine("set l[2]=-5: " + S(l));
        var range = l.GetRange(1, 3);
        range[0] = 12345;
        Console.WriteLine("GetRange(1,3) copy: " + S(range) + " original " + S(l));
        l.Reverse();
        Console.WriteLine("Reverse: " + S(l));
        l.Reverse(0, 3);
        Console.WriteLine("Reverse(0,3): " + S(l));
        int[] arr = l.ToArray();
        Console.WriteLine("ToArray length=" + arr.Length);
        int[] dest = new int[12];
        l.CopyTo(dest, 2);
        Console.WriteLine("CopyTo: " + string.Join(",", dest));
        var copy = new List<int>(l);
        copy.Clear();
        Console.WriteLine("Clear on copy: " + S(copy) + " original " + S(l));
        var withCap = new List<string>(100);
        Console.WriteLine("Capacity ctor: " + withCap.Capacity + " Count " + withCap.Count);
        var grow = new List<int>();
        var caps = new List<int>();
        for (int i = 0; i < 40; i++) { grow.Add(i); if (!caps.Contains(grow.Capacity)) caps.Add(grow.Capacity); }
        Console.WriteLine("capacity growth: " + string.Join(",", caps));
        grow.TrimExcess();
        Console.WriteLine("after TrimExcess capacity=" + grow.Capacity);
        var strs = new List<string> { "b", null, "a" };
        Console.WriteLine("with null: Count=" + strs.Count + " IndexOf(null)=" + strs.IndexOf(null) + " Contains(null)=" + strs.Contains(null));
        strs.Remove(null);
        Console.WriteLine("removed null: " + S(strs));
        foreach (var x in new List<double> { 1.5, 2.5 }) Console.Write(x + ";");
        Console.WriteLine();
        var nested = new List<List<int>> { new List<int> { 1 }, new List<int> { 2, 3 } };
        nested[1].Add(4);
        Console.WriteLine("nested: " + nested[1].Count);
        try { l[100] = 1; } catch (ArgumentOutOfRangeException e) { Console.WriteLine("set out of range: " + e.GetType().Name); }
        try { l.RemoveRange(0, 100); } catch (ArgumentException e) { Console.WriteLine("RemoveRange too many: " + e.GetType().Name); }
        var ro = l.AsReadOnly();
        Console.WriteLine("AsReadOnly count=" + ro.Count + " [0]=" + ro[0]);
        Console.WriteLine("Exists>50: " + l.Exists(x => x > 50) + " TrueForAll>-100: " + l.TrueForAll(x => x > -100));
    }
}
