using System;

class Program
{
    static int step;
    static void Log(string s) { Console.WriteLine(++step + ": " + s); }

    static int ReturnFromTry()
    {
        try { Log("try returns 1"); return 1; }
        finally { Log("finally after return in try"); }
    }

    static int ReturnOverridesInFinallyVariable()
    {
        int x = 10;
        try { return x; }
        finally { x = 20; Log("finally sets x=20 but return value already captured"); }
    }

    static string Nested(bool throwInner)
    {
        string r = "";
        try
        {
            r += "A";
            try
            {
                r += "B";
                if (throwInner) throw new InvalidOperationException("inner");
                r += "C";
            }
            catch (ArgumentException) { r += "X"; }
            finally { r += "D"; }
            r += "E";
        }
        catch (InvalidOperationException) { r += "F"; }
        finally { r += "G"; }
        return r;
    }

    static void Main()
    {
        try
        {
            Log("try start");
            throw new Exception("first");
        }
        catch (Exception e) { Log("catch " + e.Message); }
        finally { Log("finally"); }
        Log("after");
        Log("ReturnFromTry -> " + ReturnFromTry());
        Log("ReturnOverrides -> " + ReturnOverridesInFinallyVariable());
        Log("Nested(false)=" + Nested(false));
        Log("Nested(true)=" + Nested(true));
        try
        {
            try { Log("inner try"); throw new ArgumentException("arg"); }
            finally { Log("inner finally runs before outer catch"); }
        }
        catch (ArgumentException e) { Log("outer catch " + e.Message); }
        for (int i = 0; i < 3; i++)
        {
            try
            {
                if (i == 1) { Log("continue at 1"); continue; }
                Log("body " + i);
            }
            finally { Log("loop finally " + i); }
        }
        try { Log("try without exception"); }
        catch { Log("never"); }
        finally { Log("finally without exception"); }
        try
        {
            try { throw new FormatException("fmt"); }
            catch (FormatException e) { Log("caught " + e.Message + ", throwing new"); throw new InvalidOperationException("from catch"); }
            finally { Log("finally after catch threw"); }
        }
        catch (InvalidOperationException e) { Log("outer got " + e.Message); }
        int depth = 0;
        try { Recurse(ref depth); }
        catch (Exception e) { Log("caught at top " + e.Message + " depth " + depth); }
        Log("end");
    }

    static void Recurse(ref int d)
    {
        d++;
        try
        {
            if (d == 3) throw new Exception("at depth 3");
            Recurse(ref d);
        }
        finally { Log("unwinding finally at level (d=" + d + ")"); }
    }
}
