using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("break inner only:");
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                if (j > i) break;
                Console.Write(i + "" + j + " ");
            }
            Console.WriteLine();
        }
        Console.WriteLine("continue inner:");
        for (int i = 0; i < 3; i++)
        {
            for (int j = 0; j < 5; j++)
            {
                if ((i + j) % 2 == 0) continue;
                Console.Write(i + "" + j + " ");
            }
        }
        Console.WriteLine();
        Console.WriteLine("flag to break outer:");
        bool stop = false;
        int found = -1;
        for (int i = 0; i < 10 && !stop; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                if (i * j == 42) { found = i * 100 + j; stop = true; break; }
            }
        }
        Console.WriteLine("found=" + found);
        Console.WriteLine("break in while inside foreach:");
        foreach (int start in new[] { 3, 7, 12 })
        {
            int v = start, iterations = 0;
            while (true)
            {
                if (v == 1) break;
                v = v % 2 == 0 ? v / 2 : 3 * v + 1;
                iterations++;
                if (iterations > 8) { Console.Write("(cut) "); break; }
            }
            Console.WriteLine(start + " -> " + v + " after " + iterations);
        }
        Console.WriteLine("continue in do-while:");
        int k = 0;
        do
        {
            k++;
            if (k % 2 == 0) continue;
            Console.Write(k + " ");
        } while (k < 9);
        Console.WriteLine();
        Console.WriteLine("break/continue with finally:");
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1) continue;
                if (i == 3) break;
                Console.WriteLine(" body " + i);
            }
            finally
            {
                Console.WriteLine(" finally " + i);
            }
        }
        Console.WriteLine("triple nested:");
        int count = 0;
        for (int a = 0; a < 5; a++)
        {
            if (a == 3) continue;
            for (int b = 0; b < 5; b++)
            {
                if (b == a) continue;
                for (int c = 0; c < 5; c++)
                {
                    if (c > b) break;
                    count++;
                }
            }
        }
        Console.WriteLine("count=" + count);
        Console.WriteLine("switch break does not exit loop:");
        for (int i = 0; i < 3; i++)
        {
            switch (i) { case 1: Console.Write("[one] "); break; default: Console.Write("[" + i + "] "); break; }
            Console.Write("after-switch" + i + " ");
        }
        Console.WriteLine();
    }
}
