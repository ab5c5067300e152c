using System;

class Bad
{
    public static int X = Compute();
    static Bad() { Console.WriteLine("Bad explicit cctor body"); }
    static int Compute() { Console.WriteLine("Bad.Compute running"); throw new InvalidOperationException("boom in cctor"); }
    public static void Touch() { Console.WriteLine("touch"); }
}
class Bad2
{
    static Bad2() { Console.WriteLine("Bad2 cctor"); throw new ArgumentException("arg"); }
    public static int Y = 5;
    public int Inst = 3;
}
class Bad3<T>
{
    static Bad3() { Console.WriteLine("Bad3<" + typeof(T).Name + "> cctor"); if (typeof(T) == typeof(int)) throw new NotSupportedException("int not ok"); }
    public static string Name() { return "Bad3<" + typeof(T).Name + ">"; }
}
class Good
{
    public static int Counter;
    static Good() { Counter = 10; Console.WriteLine("Good cctor"); }
}

class Program
{
    static int Main()
    {
        for (int i = 0; i < 2; i++)
        {
            try { Console.WriteLine("X=" + Bad.X); }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("attempt " + i + ": TIE type=" + e.TypeName + " inner=" + e.InnerException.GetType().Name + " msg=" + e.InnerException.Message);
            }
        }
        try { Bad.Touch(); } catch (TypeInitializationException) { Console.WriteLine("Touch -> TIE"); }
        try { var b = new Bad2(); Console.WriteLine(b.Inst); } catch (TypeInitializationException e) { Console.WriteLine("new Bad2 -> TIE " + e.InnerException.Message); }
        try { Console.WriteLine(Bad2.Y); } catch (TypeInitializationException e) { Console.WriteLine("Bad2.Y -> TIE " + (e.InnerException is ArgumentException)); }
        try { Console.WriteLine(Bad3<string>.Name()); } catch (TypeInitializationException) { Console.WriteLine("no"); }
        try { Console.WriteLine(Bad3<int>.Name()); } catch (TypeInitializationException e) { Console.WriteLine("Bad3<int> TIE " + e.InnerException.Message); }
        try { Console.WriteLine(Bad3<int>.Name()); } catch (TypeInitializationException e) { Console.WriteLine("Bad3<int> again TIE " + e.InnerException.GetType().Name); }
        Console.WriteLine(Bad3<long>.Name());
        Good.Counter++;
        Console.WriteLine("Good " + Good.Counter);
        int code = 0;
        try { code = Bad.X; } catch (Exception e) { code = e is TypeInitializationException ? 42 : 1; }
        Console.WriteLine("returning " + code);
        return code;
    }
}
