using System;

class Program
{
    static int Validate(int[] data)
    {
        int errors = 0;
        for (int i = 0; i < data.Length; i++)
        {
            if (data[i] < 0) { Console.WriteLine("negative at " + i + ": " + data[i]); errors++; }
            else if (data[i] > 100) { Console.WriteLine("too big at " + i + ": " + data[i]); errors++; }
            else Console.WriteLine("ok at " + i + ": " + data[i]);
        }
        return errors;
    }

    static int Main()
    {
        int[] data = { 5, -3, 50, 101, 100, 0, -1, 77 };
        int errors = Validate(data);
        Console.WriteLine("errors=" + errors);
        if (errors > 0)
        {
            Console.WriteLine("returning error count as exit code");
            return errors;
        }
        return 0;
    }
}
