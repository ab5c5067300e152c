using System;
using System.Collections.Generic;

class DataException2 : Exception
{
    public DataException2(string m, Exception inner) : base(m, inner) { }
}

class Program
{
    static void Level3() { throw new FormatException("bad format at level 3"); }
    static void Level2() { try { Level3(); } catch (FormatException e) { throw new InvalidOperationException("level 2 failed", e); } }
    static void Level1() { try { Level2(); } catch (InvalidOperationException e) { throw new DataException2("level 1 failed", e); } }

    static void Main()
    {
        try { Level1(); }
        catch (Exception e)
        {
            int depth = 0;
            for (var cur = e; cur != null; cur = cur.InnerException, depth++)
                Console.WriteLine(new string(' ', depth * 2) + cur.GetType().FullName + ": " + cur.Message);
            Console.WriteLine("GetBaseException: " + e.GetBaseException().GetType().Name);
        }
        var ae = new ArgumentException("custom message", "paramName");
        Console.WriteLine("ArgumentException.Message: [" + ae.Message.Replace(Environment.NewLine, "\\n") + "] ParamName=" + ae.ParamName);
        var ane = new ArgumentNullException("thing", "thing was null");
        Console.WriteLine("ArgumentNullException: [" + ane.Message.Replace(Environment.NewLine, "\\n") + "]");
        var aore = new ArgumentOutOfRangeException("idx", 42, "must be small");
        Console.WriteLine("ArgumentOutOfRangeException: [" + aore.Message.Replace(Environment.NewLine, "\\n") + "] ActualValue=" + aore.ActualValue);
        var ode = new ObjectDisposedException("MyObject");
        Console.WriteLine("ObjectDisposedException: [" + ode.Message.Replace(Environment.NewLine, "\\n") + "] ObjectName=" + ode.ObjectName);
        var knf = new KeyNotFoundException("no such key");
        Console.WriteLine("KeyNotFoundException custom: " + knf.Message);
        Exception plain = new Exception("outer", new Exception("inner"));
        Console.WriteLine("ToString contains inner marker: " + plain.ToString().Contains("---> System.Exception: inner"));
        Console.WriteLine("ToString first line: " + plain.ToString().Split('\n')[0].TrimEnd());
        try { throw new NotSupportedException(); }
        catch (Exception e) { Console.WriteLine("default messages: " + e.Message); }
        try { throw new InvalidCastException("custom cast message"); }
        catch (InvalidCastException e) { Console.WriteLine("custom: " + e.Message); }
        var list = new List<Exception> { new DivideByZeroException("dz"), new OverflowException("of"), new ArithmeticException("ar") };
        foreach (var ex in list) Console.WriteLine("  " + ex.GetType().Name + " is ArithmeticException: " + (ex is ArithmeticException) + " message: " + ex.Message);
        Console.WriteLine("rethrowing final exception uncaught:");
        throw new DataException2("fatal: giving up", new TimeoutException("took too long"));
    }
}
