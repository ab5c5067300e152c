using System;

class Program
{
    static void Main()
    {
        Console.WriteLine("for:");
        for (int i = 0; i < 5; i++) Console.Write(i + " ");
        Console.WriteLine();
        for (int i = 10, j = 0; i > j; i -= 3, j++) Console.Write("(" + i + "," + j + ") ");
        Console.WriteLine();
        int k = 0;
        for (; ; ) { if (++k > 4) break; Console.Write(k + " "); }
        Console.WriteLine();

        Console.WriteLine("while:");
        int n = 27, steps = 0;
        while (n != 1) { n = n % 2 == 0 ? n / 2 : 3 * n + 1; steps++; }
        Console.WriteLine("collatz(27) steps=" + steps);
        int w = 100;
        while (w > 100) w--;
        Console.WriteLine("while false body: w=" + w);

        Console.WriteLine("do-while:");
        int d = 100;
        do { Console.Write(d + " "); d++; } while (d < 100);
        Console.WriteLine();
        int digits = 0, num = 9876543;
        do { digits++; num /= 10; } while (num != 0);
        Console.WriteLine("digits=" + digits);

        Console.WriteLine("foreach over string/array:");
        foreach (char c in "loop") Console.Write("[" + c + "]");
        Console.WriteLine();
        int total = 0;
        foreach (int v in new[] { 3, 1, 4, 1, 5, 9, 2, 6 }) total += v;
        Console.WriteLine("total=" + total);

        Console.WriteLine("continue:");
        for (int i = 0; i < 20; i++)
        {
            if (i % 3 == 0) continue;
            if (i > 14) break;
            Console.Write(i + " ");
        }
        Console.WriteLine();

        Console.WriteLine("primes < 60:");
        for (int p = 2; p < 60; p++)
        {
            bool prime = true;
            for (int q = 2; q * q <= p; q++)
                if (p % q == 0) { prime = false; break; }
            if (prime) Console.Write(p + " ");
        }
        Console.WriteLine();

        Console.WriteLine("multiplication table:");
        for (int r = 1; r <= 6; r++)
        {
            for (int c = 1; c <= 6; c++) Console.Write(string.Format("{0,4}", r * c));
            Console.WriteLine();
        }

        Console.WriteLine("loop variable after loop:");
        int idx;
        for (idx = 0; idx < 7; idx += 2) { }
        Console.WriteLine("idx=" + idx);

        Console.WriteLine("nested while with flags:");
        int a = 0, count = 0;
        while (a < 5)
        {
            int b = 0;
            while (b < a) { count += a * b; b++; }
            a++;
        }
        Console.WriteLine("count=" + count);

        long big = 0;
        for (long i = 0; i < 3000000; i++) big += i & 7;
        Console.WriteLine("big loop=" + big);

        Console.WriteLine("countdown with unsigned-safe loop:");
        for (int i = 5; i-- > 0; ) Console.Write(i + " ");
        Console.WriteLine();
        Console.WriteLine("float loop:");
        for (double x = 0; x < 1; x += 0.25) Console.Write(x + " ");
        Console.WriteLine();
    }
}
