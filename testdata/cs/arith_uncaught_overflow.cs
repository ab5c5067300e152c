using System;

class Program
{
    static int Accumulate(int[] values)
    {
        int total = 0;
        foreach (int v in values)
        {
            total = checked(total + v);
            Console.WriteLine("running total " + total);
        }
        return total;
    }

    static void Main()
    {
        int[] small = { 1, 2, 3, 4, 5 };
        Console.WriteLine("small sum = " + Accumulate(small));
        int[] large = { 1000000000, 1000000000, 100000000, 47483647, 1, 2 };
        Console.WriteLine("starting large");
        int r = Accumulate(large);
        Console.WriteLine("never printed " + r);
    }
}
