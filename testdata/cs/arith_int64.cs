using System;

class Program
{
    static void Main()
    {
        long a = 1234567890123L, b = 987654L;
        Console.WriteLine(a + b);
        Console.WriteLine(a - b);
        Console.WriteLine(a * b);
        Console.WriteLine(a / b);
        Console.WriteLine(a % b);
        Console.WriteLine(-a / b);
        Console.WriteLine(-a % b);
        Console.WriteLine(long.MaxValue);
        Console.WriteLine(long.MinValue);
        Console.WriteLine(unchecked(long.MaxValue + 1));
        Console.WriteLine(unchecked(long.MinValue - 1));
        Console.WriteLine(unchecked(-long.MinValue));
        Console.WriteLine(unchecked(long.MaxValue * 3));
        Console.WriteLine(unchecked(a * a * a));

        // mixed int/long promotion
        int i = int.MaxValue;
        long l1 = i + 1L;
        long l2 = unchecked(i + 1);
        Console.WriteLine("i+1L=" + l1 + " (long)(i+1)=" + l2);
        long big = (long)i * i;
        Console.WriteLine("(long)i*i=" + big);
        Console.WriteLine("i*i as long=" + (long)unchecked(i * i));

        // factorials with wraparound
        long f = 1;
        for (int n = 1; n <= 25; n++)
        {
            f = unchecked(f * n);
            Console.WriteLine(n + "! = " + f);
        }

        // fibonacci
        long x = 0, y = 1;
        for (int n = 0; n < 92; n++) { long t = x + y; x = y; y = t; }
        Console.WriteLine("fib92=" + x);

        // 64-bit shifts and bit tricks
        long m = 1L << 40;
        Console.WriteLine("1L<<40=" + m);
        Console.WriteLine("1L<<63=" + (1L << 63));
        Console.WriteLine("1L<<64=" + (1L << 64));
        Console.WriteLine("-1L>>10=" + (-1L >> 10));
        Console.WriteLine("0x7FFFFFFFFFFFFFFF>>62=" + (0x7FFFFFFFFFFFFFFFL >> 62));
        long bits = 0x0123456789ABCDEFL;
        Console.WriteLine("bits=" + bits.ToString("X16"));
        Console.WriteLine("~bits=" + (~bits).ToString("X16"));
        Console.WriteLine("bits^mask=" + (bits ^ 0x00FF00FF00FF00FFL).ToString("X16"));
        int pop = 0;
        for (long v = bits; v != 0; v &= v - 1) pop++;
        Console.WriteLine("popcount=" + pop);

        // division semantics
        long[] ns = { 7, -7 };
        long[] ds = { 2, -2 };
        foreach (long n in ns)
            foreach (long d in ds)
                Console.WriteLine(n + "/" + d + "=" + (n / d) + " " + n + "%" + d + "=" + (n % d));

        Console.WriteLine("long.MinValue/2=" + (long.MinValue / 2));
        Console.WriteLine("long.MinValue%7=" + (long.MinValue % 7));
        Console.WriteLine("long.MaxValue%1000=" + (long.MaxValue % 1000));
        Console.WriteLine("CompareTo=" + a.CompareTo(b) + " " + b.CompareTo(a));
        Console.WriteLine("Parse=" + long.Parse("-9223372036854775808"));
        Console.WriteLine("Abs=" + Math.Abs(-1234567890123L));
        Console.WriteLine("Max=" + Math.Max(a, b) + " Min=" + Math.Min(a, b));
    }
}
