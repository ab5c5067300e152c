using System;
using System.Collections.Generic;

class MyEx : Exception { public int Code; public MyEx(string m, int c) : base(m) { Code = c; } }

class Program
{
    static List<string> log = new List<string>();
    static void L(string s) { Console.WriteLine(s); }
    static bool Filt(string tag, bool r) { L("filter " + tag + " -> " + r); return r; }

    static int ReturnInFinallyProtected()
    {
        int x = 1;
        try
        {
            try { x = 2; return x * 10; }
            finally { x = 3; L("inner finally x=" + x); }
        }
        finally { x = 4; L("outer finally x=" + x); }
    }
    static int LoopControl()
    {
        int sum = 0;
        for (int i = 0; i < 6; i++)
        {
            try
            {
                try
                {
                    if (i == 1) continue;
                    if (i == 4) break;
                    if (i == 2) throw new MyEx("two", 2);
                    sum += i;
                }
                finally { L("  fin-inner i=" + i); sum += 100; }
            }
            catch (MyEx e) when (e.Code == 2) { L("  caught " + e.Message); sum += 1000; continue; }
            finally { L("  fin-outer i=" + i); }
            L("  end body i=" + i);
        }
        return sum;
    }
    static void FilterOrder()
    {
        try
        {
            try
            {
                try { throw new MyEx("deep", 7); }
                finally { L("finally 1"); }
            }
            catch (MyEx e) when (Filt("A", e.Code == 1)) { L("catch A"); }
            finally { L("finally 2"); }
        }
        catch (MyEx e) when (Filt("B", e.Code == 7)) { L("catch B " + e.Message); }
        finally { L("finally 3"); }
    }
    static void Rethrow()
    {
        try
        {
            try { throw new InvalidOperationException("orig"); }
            catch (InvalidOperationException e) { L("catch1 " + e.Message); throw; }
            finally { L("rethrow finally"); }
        }
        catch (Exception e) { L("outer caught " + e.GetType().Name + " " + e.Message); }
        try
        {
            try { throw new ArgumentException("a"); }
            catch (ArgumentException e) { throw new MyEx("wrapped:" + e.Message, 9); }
        }
        catch (MyEx e) { L("wrapped caught " + e.Message + " inner? " + (e.InnerException == null)); }
        try
        {
            try { throw new MyEx("x", 1); }
            catch (MyEx e) { e.Code = 55; throw e; }
        }
        catch (MyEx e) { L("same object code " + e.Code); }
    }
    static void ThrowFromFinally()
    {
        try
        {
            try { throw new MyEx("first", 1); }
            finally { L("finally throws"); throw new MyEx("second", 2); }
        }
        catch (MyEx e) { L("caught " + e.Message); }
    }
    static void FilterThrows()
    {
        try
        {
            try { throw new MyEx("f", 3); }
            catch (MyEx) when (Bad()) { L("never"); }
            catch (MyEx e) { L("second clause got " + e.Message); }
        }
        catch (Exception e) { L("outer " + e.Message); }
    }
    static bool Bad() { L("filter about to throw"); throw new InvalidOperationException("in filter"); }
    static int Depth(int n)
    {
        try
        {
            if (n == 0) throw new MyEx("bottom", 0);
            return Depth(n - 1) + 1;
        }
        catch (MyEx e) when (n == 3) { L("caught at depth 3 from " + e.Message); return 1000; }
        finally { if (n % 2 == 0) L("unwind " + n); }
    }
    static IEnumerable<int> Gen()
    {
        try { yield return 1; yield return 2; throw new MyEx("from iterator", 5); }
        finally { L("iterator finally"); }
    }
    static void Main()
    {
        L("ret=" + ReturnInFinallyProtected());
        L("loop=" + LoopControl());
        FilterOrder();
        Rethrow();
        ThrowFromFinally();

        L("depth=" + Depth(6));
        try { foreach (var x in Gen()) L("got " + x); } catch (MyEx e) { L("iter ex " + e.Message + " " + e.Code); }
        int k = 0;
        while (true)
        {
            try { k++; if (k > 3) break; }
            finally { L("while finally k=" + k); }
        }
        try
        {
            checked { int big = int.MaxValue; big++; }
        }
        catch (OverflowException) when (k == 4) { L("overflow filtered k=" + k); }
        try { object o = "s"; int i = (int)o; }
        catch (InvalidCastException e) { L("ICE " + (e.Message.Length > 0)); }
        string s2 = null;
        try { L(s2.Length.ToString()); }
        catch (NullReferenceException) { L("NRE"); }
        try { int[] a = new int[2]; a[2] = 1; }
        catch (IndexOutOfRangeException) { L("IOOR"); }
        try { throw null; } catch (NullReferenceException) { L("throw null -> NRE"); }
        try { int z = 0; L("" + (5 % z)); } catch (DivideByZeroException) { L("mod zero"); }
        try { long mn = long.MinValue; long m1 = -1; L("" + (mn / m1)); } catch (OverflowException) { L("min/-1 overflow"); } catch (ArithmeticException e) { L("arith " + e.GetType().Name); }
        try { int mn = int.MinValue; int m1 = -1; L("" + (mn % m1)); } catch (OverflowException) { L("min%-1 overflow"); } catch (ArithmeticException e) { L("arith " + e.GetType().Name); }
    }
}
