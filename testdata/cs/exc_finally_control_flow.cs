using System;

class Program
{
    static string Trace = "";

    static int BreakInFinallyLoop()
    {
        int i = 0;
        while (true)
        {
            try { i++; if (i == 3) throw new Exception("x"); }
            catch { Trace += "c" + i; break; }
            finally { Trace += "f" + i; }
        }
        return i;
    }

    static int NestedFinallyReturn()
    {
        try
        {
            try { return 1; }
            finally { Trace += "[inner]"; }
        }
        finally { Trace += "[outer]"; }
    }

    static void ThrowInFinally()
    {
        try { throw new ArgumentException("original"); }
        finally { throw new InvalidOperationException("from finally"); }
    }

    static int ExceptionSkipsRest()
    {
        int x = 0;
        try
        {
            x = 1;
            int z = 0;
            x = 10 / z;
            x = 2;
        }
        catch (DivideByZeroException) { x += 100; }
        return x;
    }

    static System.Collections.Generic.IEnumerable<int> Gen()
    {
        try { yield return 1; yield return 2; yield return 3; }
        finally { Trace += "[gen-finally]"; }
    }

    static void Main()
    {
        Console.WriteLine("BreakInFinallyLoop=" + BreakInFinallyLoop() + " trace=" + Trace);
        Trace = "";
        Console.WriteLine("NestedFinallyReturn=" + NestedFinallyReturn() + " trace=" + Trace);
        try { ThrowInFinally(); }
        catch (Exception e) { Console.WriteLine("finally exception replaces: " + e.GetType().Name + " " + e.Message); }
        Console.WriteLine("ExceptionSkipsRest=" + ExceptionSkipsRest());
        Trace = "";
        foreach (int v in Gen()) { Trace += v; if (v == 2) break; }
        Console.WriteLine("iterator finally on break: " + Trace);
        Trace = "";
        for (int i = 0; i < 4; i++)
        {
            try
            {
                try { if (i % 2 == 0) continue; Trace += "b" + i; }
                finally { Trace += "i" + i; }
            }
            finally { Trace += "o" + i + " "; }
        }
        Console.WriteLine("continue through two finallies: " + Trace);
        Trace = "";
        int result = 0;
        try { result = Compute(5); }
        finally { Trace += "done"; }
        Console.WriteLine("Compute=" + result + " " + Trace);
        int counter = 0;
        try
        {
            try { counter++; throw new Exception(); }
            finally { counter += 10; }
        }
        catch { counter += 100; }
        finally { counter += 1000; }
        Console.WriteLine("counter=" + counter);
        string s = "start";
        try
        {
            try { s += "-try"; return_like(ref s); }
            finally { s += "-finally"; }
        }
        catch (Exception e) { s += "-catch(" + e.Message + ")"; }
        Console.WriteLine(s);
    }

    static void return_like(ref string s) { s += "-call"; throw new Exception("E"); }
    static int Compute(int n) { try { return n * n; } finally { Trace += "compute-finally;"; } }
}
