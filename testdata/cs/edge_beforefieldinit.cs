using System;

static class Log { public static string Say(string s) { Console.WriteLine("  init: " + s); return s; } }
class FieldOnly { public static string F = Log.Say("FieldOnly.F"); }
class MethodOnly { static string F = Log.Say("MethodOnly.F"); public static string M() { return "MethodOnly.M"; } }
class NeverRun { public static string F = Log.Say("NeverRun.F"); }
class InHelper { public static string F = Log.Say("InHelper.F"); }
class Precise { public static string F = Log.Say("Precise.F"); static Precise() { Console.WriteLine("  Precise cctor body"); } }
class Instance { static string F = Log.Say("Instance.F"); public int X = 1; }
class Gen<T> { public static string F = Log.Say("Gen<" + typeof(T).Name + ">.F"); }
class Program
{
    static void Helper()
    {
        Console.WriteLine("Helper first line");
        Console.WriteLine("Helper reads " + InHelper.F);
    }
    static void Main(string[] args)
    {
        Console.WriteLine("Main first line");
        Console.WriteLine("reading FieldOnly: " + FieldOnly.F);
        Console.WriteLine("calling MethodOnly: " + MethodOnly.M());
        if (args.Length > 100) Console.WriteLine(NeverRun.F);
        Console.WriteLine("before Helper");
        Helper();
        Console.WriteLine("before Precise");
        Console.WriteLine("Precise: " + Precise.F);
        Console.WriteLine("before new Instance");
        Console.WriteLine("Instance.X " + new Instance().X);
        Console.WriteLine("Gen<int>: " + Gen<int>.F);
        Console.WriteLine("Main last line");
    }
}
