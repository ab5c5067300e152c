using System;

class Program
{
    static void Cleanup() { Console.WriteLine("cleanup called explicitly"); }

    static void Main()
    {
        Console.WriteLine("NewLine length: " + Environment.NewLine.Length);
        int[] values = { 3, 7, 11, 42, 5 };
        int found = -1;
        for (int i = 0; i < values.Length; i++)
        {
            Console.WriteLine("checking " + values[i]);
            if (values[i] % 2 == 0) { found = i; break; }
        }
        Cleanup();
        try
        {
            Console.WriteLine("exiting from inside try with code " + (40 + found));
            Environment.Exit(40 + found);
        }
        finally
        {
            Console.WriteLine("finally after Environment.Exit (mono does not run it)");
        }
        Console.WriteLine("never printed");
    }
}
