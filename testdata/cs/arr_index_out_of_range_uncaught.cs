using System;

class Program
{
    static int[] data = { 10, 20, 30, 40, 50 };

    static int Get(int i) { return data[i]; }

    static void Main()
    {
        for (int i = 0; i <= data.Length; i++)
        {
            Console.WriteLine("data[" + i + "] = " + Get(i));
        }
        Console.WriteLine("not reached");
    }
}
