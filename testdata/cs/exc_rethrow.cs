using System;

class Program
{
    static void Thrower(string s) { throw new InvalidOperationException(s); }

    static void Rethrow()
    {
        try { Thrower("original"); }
        catch (InvalidOperationException) { Console.WriteLine("  Rethrow: caught, rethrowing with throw;"); throw; }
    }

    static void ThrowSame()
    {
        try { Thrower("same object"); }
        catch (InvalidOperationException e) { Console.WriteLine("  ThrowSame: throw e"); throw e; }
    }

    static void Wrap()
    {
        try { Thrower("inner cause"); }
        catch (InvalidOperationException e) { throw new ApplicationException("wrapped", e); }
    }

    static void Main()
    {
        try { Rethrow(); }
        catch (Exception e) { Console.WriteLine("Main caught " + e.GetType().Name + ": " + e.Message); }
        Exception saved = null;
        try { ThrowSame(); }
        catch (Exception e) { saved = e; Console.WriteLine("Main caught " + e.GetType().Name + ": " + e.Message); }
        try { throw saved; }
        catch (InvalidOperationException e) { Console.WriteLine("rethrown saved instance same object: " + ReferenceEquals(e, saved)); }
        try { Wrap(); }
        catch (ApplicationException e)
        {
            Console.WriteLine("wrapped: " + e.Message + " inner: " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
            Console.WriteLine("GetBaseException: " + e.GetBaseException().Message);
        }
        try
        {
            try { throw new ArgumentNullException("param1"); }
            catch (ArgumentException e) { Console.WriteLine("caught as ArgumentException: " + e.GetType().Name + " param=" + e.ParamName); throw; }
        }
        catch (ArgumentNullException e) { Console.WriteLine("outer caught original type: " + e.GetType().Name); }
        int attempts = 0;
        while (true)
        {
            try
            {
                attempts++;
                if (attempts < 3) throw new TimeoutException("attempt " + attempts);
                Console.WriteLine("succeeded after " + attempts);
                break;
            }
            catch (TimeoutException e) { Console.WriteLine("retry after: " + e.Message); }
        }
        try
        {
            try { throw new Exception("level1"); }
            catch (Exception e1)
            {
                try { throw new Exception("level2", e1); }
                catch (Exception e2) { throw new Exception("level3", e2); }
            }
        }
        catch (Exception e)
        {
            for (Exception cur = e; cur != null; cur = cur.InnerException) Console.WriteLine("chain: " + cur.Message);
        }
        Console.WriteLine("catch-all without variable:");
        try { int[] a = new int[1]; a[2] = 0; }
        catch { Console.WriteLine("  caught something"); }
    }
}
