using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> WithFinally(string name)
    {
        Console.WriteLine("  " + name + ": start");
        try
        {
            for (int i = 1; i <= 5; i++)
            {
                Console.WriteLine("  " + name + ": yield " + i);
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine("  " + name + ": finally");
        }
        Console.WriteLine("  " + name + ": after try (only on full enumeration)");
    }

    static IEnumerable<int> Nested()
    {
        try
        {
            try { yield return 1; yield return 2; }
            finally { Console.WriteLine("  inner finally"); }
            yield return 3;
        }
        finally { Console.WriteLine("  outer finally"); }
    }

    static IEnumerable<string> Lines()
    {
        using (var r = new Res("reader"))
        {
            yield return "line1";
            yield return "line2";
            yield return "line3";
        }
    }

    static IEnumerable<int> ThrowsInside()
    {
        try
        {
            yield return 1;
            throw new InvalidOperationException("iterator failure");
        }
        finally { Console.WriteLine("  ThrowsInside finally"); }
    }

    class Res : IDisposable
    {
        string n;
        public Res(string n) { this.n = n; Console.WriteLine("  open " + n); }
        public void Dispose() { Console.WriteLine("  dispose " + n); }
    }

    static void Main()
    {
        Console.WriteLine("full enumeration:");
        foreach (var x in WithFinally("A")) { }
        Console.WriteLine("break after 2:");
        foreach (var x in WithFinally("B")) { if (x == 2) break; }
        Console.WriteLine("exception in loop body:");
        try { foreach (var x in WithFinally("C")) { if (x == 3) throw new Exception("body"); } }
        catch (Exception e) { Console.WriteLine("  caught " + e.Message); }
        Console.WriteLine("manual Dispose mid-way:");
        var en = WithFinally("D").GetEnumerator();
        en.MoveNext(); en.MoveNext();
        en.Dispose();
        Console.WriteLine("  MoveNext after Dispose: " + en.MoveNext());
        Console.WriteLine("Dispose before start (no finally expected):");
        var en2 = WithFinally("E").GetEnumerator();
        en2.Dispose();
        Console.WriteLine("nested finally, break at 2:");
        foreach (var x in Nested()) { Console.WriteLine("  got " + x); if (x == 2) break; }
        Console.WriteLine("nested finally, full:");
        foreach (var x in Nested()) Console.WriteLine("  got " + x);
        Console.WriteLine("using in iterator, take 1:");
        foreach (var l in Lines()) { Console.WriteLine("  " + l); break; }
        Console.WriteLine("exception from iterator:");
        try { foreach (var x in ThrowsInside()) Console.WriteLine("  got " + x); }
        catch (InvalidOperationException e) { Console.WriteLine("  caught " + e.Message); }
        Console.WriteLine("LINQ First disposes:");
        int first = System.Linq.Enumerable.First(WithFinally("F"));
        Console.WriteLine("  first=" + first);
    }
}
