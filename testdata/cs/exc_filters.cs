using System;

class HttpError : Exception
{
    public int Code;
    public HttpError(int code) : base("HTTP " + code) { Code = code; }
}

class Program
{
    static bool Log(string s) { Console.WriteLine("  filter evaluated: " + s); return false; }

    static string Handle(int code)
    {
        try { throw new HttpError(code); }
        catch (HttpError e) when (e.Code == 404) { return "not found"; }
        catch (HttpError e) when (e.Code >= 500) { return "server error " + e.Code; }
        catch (HttpError e) when (Log("code " + e.Code)) { return "unreachable"; }
        catch (HttpError e) { return "other " + e.Code; }
    }

    static void Inner()
    {
        try { throw new InvalidOperationException("inner"); }
        finally { Console.WriteLine("  inner finally"); }
    }

    static void Main()
    {
        foreach (int c in new[] { 404, 500, 503, 400, 301 }) Console.WriteLine(c + " -> " + Handle(c));
        Console.WriteLine("filter runs before inner finally (two-pass):");
        try { Inner(); }
        catch (InvalidOperationException e) when (Log("outer filter for " + e.Message) || true) { Console.WriteLine("  outer catch body"); }
        int count = 0;
        for (int i = 0; i < 5; i++)
        {
            try { throw new ArgumentException("i=" + i); }
            catch (ArgumentException) when (i % 2 == 0) { count++; }
            catch (ArgumentException e) { Console.WriteLine("odd handled separately: " + e.Message); }
        }
        Console.WriteLine("even count=" + count);
        try
        {
            try { throw new FormatException("unfiltered"); }
            catch (FormatException e) when (e.Message.StartsWith("x")) { Console.WriteLine("not here"); }
        }
        catch (FormatException e) { Console.WriteLine("filter false -> propagates to outer: " + e.Message); }
        string s = null;
        try { Console.WriteLine(s.Length); }
        catch (NullReferenceException) when (s == null) { Console.WriteLine("NRE filtered on local state"); }
    }

}
