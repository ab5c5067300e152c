using System;
using System.Collections.Generic;

class Resource : IDisposable
{
    public static List<string> Log = new List<string>();
    private readonly string name;
    private bool disposed;
    public Resource(string n) { name = n; Console.WriteLine("  open " + n); }
    public void Use(bool fail)
    {
        if (disposed) throw new ObjectDisposedException(name);
        Console.WriteLine("  use " + name);
        if (fail) throw new InvalidOperationException("failure using " + name);
    }
    public void Dispose()
    {
        if (disposed) { Console.WriteLine("  dispose " + name + " (again, ignored)"); return; }
        disposed = true;
        Console.WriteLine("  dispose " + name);
        Log.Add(name);
    }
}

class ThrowingDispose : IDisposable
{
    public void Dispose() { Console.WriteLine("  ThrowingDispose.Dispose throwing"); throw new ApplicationException("from Dispose"); }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("simple using:");
        using (var r = new Resource("A")) r.Use(false);
        Console.WriteLine("using with exception:");
        try { using (var r = new Resource("B")) r.Use(true); }
        catch (InvalidOperationException e) { Console.WriteLine("  caught " + e.Message); }
        Console.WriteLine("nested using disposes in reverse order:");
        using (var r1 = new Resource("C1"))
        using (var r2 = new Resource("C2"))
        {
            r1.Use(false); r2.Use(false);
        }
        Console.WriteLine("multiple declarators:");
        using (Resource x = new Resource("D1"), y = new Resource("D2")) { }
        Console.WriteLine("using null is fine:");
        using (Resource n = null) { Console.WriteLine("  body with null resource"); }
        Console.WriteLine("use after dispose:");
        var held = new Resource("E");
        using (held) { }
        try { held.Use(false); }
        catch (ObjectDisposedException e) { Console.WriteLine("  " + e.GetType().Name + " object=" + e.ObjectName); }
        held.Dispose();
        Console.WriteLine("exception in Dispose replaces body exception:");
        try
        {
            using (new ThrowingDispose()) { throw new InvalidOperationException("from body"); }
        }
        catch (Exception e) { Console.WriteLine("  caught " + e.GetType().Name + ": " + e.Message); }
        Console.WriteLine("return inside using:");
        Console.WriteLine("  returned " + ReturnInside());
        Console.WriteLine("break inside using in loop:");
        for (int i = 0; i < 3; i++)
        {
            using (var r = new Resource("L" + i)) { if (i == 1) break; }
        }
        Console.WriteLine("disposed order: " + string.Join(",", Resource.Log));
        Console.WriteLine("manual try/finally equivalent:");
        Resource m = new Resource("M");
        try { m.Use(false); }
        finally { if (m != null) ((IDisposable)m).Dispose(); }
    }

    static int ReturnInside()
    {
        using (var r = new Resource("R")) { return 42; }
    }
}
