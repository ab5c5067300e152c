using System;

class Program
{
    static void Work(int depth)
    {
        try
        {
            Console.WriteLine("enter " + depth);
            if (depth == 3) throw new InvalidOperationException("deep failure at " + depth);
            Work(depth + 1);
        }
        catch (ArgumentException)
        {
            Console.WriteLine("not matching handler");
        }
    }

    static void Main()
    {
        Console.WriteLine("start");
        try
        {
            Work(0);
        }
        catch (FormatException)
        {
            Console.WriteLine("wrong handler");
        }
        Console.WriteLine("unreachable");
    }
}
