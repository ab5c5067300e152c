using System;

class Faulty
{
    public static int Value;
    static Faulty() { Value = Compute(); }
    static int Compute() { Console.WriteLine("  Faulty static init running"); throw new InvalidOperationException("static init failed"); }
    public static void Touch() { Console.WriteLine("Faulty.Touch"); }
}

class FaultyCtor
{
    public static string Name;
    static FaultyCtor()
    {
        Console.WriteLine("  FaultyCtor cctor running");
        Name = "x";
        int z = 0;
        Name = (1 / z).ToString();
    }
}

class Good
{
    public static int Value = 5;
    static Good() { Console.WriteLine("  Good cctor"); }
}

class Program
{
    static void TouchFaulty() { Faulty.Touch(); }

    static void Main()
    {
        Console.WriteLine("Main start");
        for (int i = 0; i < 2; i++)
        {
            try { TouchFaulty(); }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("attempt " + i + ": " + e.GetType().Name + " type=" + e.TypeName + " inner=" + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
            }
        }
        try { Console.WriteLine(Faulty.Value); }
        catch (TypeInitializationException e) { Console.WriteLine("field access: " + e.GetType().Name + " msg=" + e.Message); }
        try { Console.WriteLine(FaultyCtor.Name); }
        catch (TypeInitializationException e) { Console.WriteLine("FaultyCtor: inner=" + e.InnerException.GetType().Name); }
        try { Console.WriteLine(FaultyCtor.Name); }
        catch (TypeInitializationException e) { Console.WriteLine("FaultyCtor again: inner=" + (e.InnerException == null ? "null" : e.InnerException.GetType().Name)); }
        Console.WriteLine("Good.Value=" + Good.Value);
    }
}
