using System;

class AppError : Exception { public AppError(string m) : base(m) { } }
class DbError : AppError { public DbError(string m) : base(m) { } }
class TimeoutDbError : DbError { public TimeoutDbError(string m) : base(m) { } }

class Program
{
    static string Classify(Exception toThrow)
    {
        try { throw toThrow; }
        catch (TimeoutDbError e) { return "TimeoutDbError handler: " + e.Message; }
        catch (DbError e) { return "DbError handler: " + e.Message; }
        catch (AppError e) { return "AppError handler: " + e.Message; }
        catch (ArgumentNullException e) { return "ArgumentNullException handler: " + e.ParamName; }
        catch (ArgumentException e) { return "ArgumentException handler: " + e.GetType().Name; }
        catch (SystemException e) { return "SystemException handler: " + e.GetType().Name; }
        catch (Exception e) { return "Exception handler: " + e.GetType().Name; }
    }

    static void Main()
    {
        Exception[] list = {
            new TimeoutDbError("t"), new DbError("d"), new AppError("a"), new ArgumentNullException("p"),
            new ArgumentOutOfRangeException("q"), new ArgumentException("r"), new InvalidOperationException(),
            new NullReferenceException(), new IndexOutOfRangeException(), new FormatException(), new Exception("plain"),
            new OverflowException(), new DivideByZeroException(), new ApplicationException("app"), new KeyNotFoundExceptionAlias()
        };
        foreach (var e in list) Console.WriteLine(e.GetType().Name.PadRight(28) + " -> " + Classify(e));
        Console.WriteLine("hierarchy checks:");
        Console.WriteLine("  ArgumentNullException is ArgumentException: " + (new ArgumentNullException() is ArgumentException));
        Console.WriteLine("  FormatException is SystemException: " + (new FormatException() is SystemException));
        Console.WriteLine("  KeyNotFoundException is SystemException: " + (new System.Collections.Generic.KeyNotFoundException() is SystemException));
        Console.WriteLine("  OverflowException is ArithmeticException: " + (new OverflowException() is ArithmeticException));
        Console.WriteLine("  ObjectDisposedException is InvalidOperationException: " + (new ObjectDisposedException("x") is InvalidOperationException));
        Console.WriteLine("  ApplicationException is SystemException: " + (new ApplicationException() is SystemException));
        Console.WriteLine("  TypeInitializationException is SystemException: " + (new TypeInitializationException("T", null) is SystemException));
    }
}

class KeyNotFoundExceptionAlias : System.Collections.Generic.KeyNotFoundException { }
