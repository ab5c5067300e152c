using System;
using System.Collections.Generic;

delegate void Work(int n);
delegate bool Check(string s);

class Program
{
    static void RunAll(List<Work> items, int arg) { foreach (var w in items) w(arg); }

    static void Main()
    {
        var works = new List<Work>();
        int total = 0;
        works.Add(delegate (int n) { total += n; Console.WriteLine("  add " + n + " total " + total); });
        works.Add(delegate (int n) { total *= n; Console.WriteLine("  mul " + n + " total " + total); });
        works.Add(delegate { Console.WriteLine("  parameterless anonymous method ignores args"); });
        RunAll(works, 3);
        RunAll(works, 2);
        Check isLong = delegate (string s) { return s.Length > 4; };
        Check startsA = delegate (string s) { return s.StartsWith("a"); };
        foreach (var w in new[] { "apple", "ant", "banana", "kiwi" })
            Console.WriteLine(w + ": long=" + isLong(w) + " startsA=" + startsA(w));
        Func<int, int> square = delegate (int x) { return x * x; };
        Console.WriteLine("Func via anonymous method: " + square(12));
        EventHandler h = delegate { Console.WriteLine("  EventHandler without params"); };
        h(null, EventArgs.Empty);
        Action<int> countdown = null;
        countdown = delegate (int n) { Console.Write(n + " "); if (n > 0) countdown(n - 1); else Console.WriteLine("liftoff"); };
        countdown(5);
        var list = new List<int> { 5, 2, 8, 1, 9 };
        list.Sort(delegate (int a, int b) { return b.CompareTo(a); });
        Console.WriteLine("sorted desc with anonymous method: " + string.Join(",", list));
        Console.WriteLine("FindAll anonymous: " + string.Join(",", list.FindAll(delegate (int x) { return x > 4; })));
        int captured = 10;
        Func<int> getCaptured = delegate { return captured; };
        captured = 20;
        Console.WriteLine("anonymous captured: " + getCaptured());
        Func<int, Func<int>> outer = delegate (int p) { return delegate { return p * captured; }; };
        Console.WriteLine("nested anonymous: " + outer(3)());
        Action<string> a1 = delegate (string s) { Console.WriteLine("  a1 " + s); };
        a1 += delegate (string s) { Console.WriteLine("  a2 " + s.ToUpper()); };
        a1("multi");
    }
}
