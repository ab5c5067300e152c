// Loop-invariant hoisting: invariants at several nesting levels, values
// that change only on a rare path of the loop, loops that run zero times
// around computations that would fault (division by zero, checked
// conversions), loops inside handlers and re-entered after a throw,
// do-while and while(true) shapes, float and string invariants, and a loop
// whose invariant is a local changed through a reference.
using System;

static class Hoist
{
    static long Nested(int n)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                for (int k = 0; k < 5; k++)
                    sum += ((i * 31 + j * 17 + k) ^ (i >> 2)) + (j << 3) * (i + 1);
        return sum;
    }

    // x changes only when i hits the rare value: what uses it is not
    // invariant.
    static long RarePath(int n, int x)
    {
        long sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += x * 7 + 1;
            if (i == n / 2) x += 1000;
        }
        return sum;
    }

    // A zero-trip loop must not raise what its body would.
    static int ZeroTrip(int n, int d, long big)
    {
        int s = 0;
        for (int i = 0; i < n; i++)
        {
            s += 100 / d;
            s += checked((int)big);
            s += 100 % d;
        }
        return s;
    }

    static int Faulting(int[] a, int d)
    {
        int total = 0;
        for (int round = 0; round < 3; round++)
        {
            try
            {
                for (int i = 0; i < a.Length + 2; i++)
                    total += a[i] * (d + round) + 100 / (d - round);
            }
            catch (IndexOutOfRangeException) { total += 1000; }
            catch (DivideByZeroException) { total += 5000; }
        }
        return total;
    }

    static int DoWhile(int n, int m)
    {
        int i = 0, s = 0;
        do
        {
            s += (m * 3) ^ i;
            i++;
        } while (i < n);
        return s;
    }

    static int WhileTrue(int n, int m)
    {
        int i = 0, s = 0;
        while (true)
        {
            if (i >= n) break;
            s += (m << 2) - i;
            i += 1;
        }
        return s;
    }

    static double Floats(int n, double x, double y)
    {
        double s = 0;
        for (int i = 0; i < n; i++) s += x * y + i;
        return s;
    }

    static int Strings(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++) s += "invariant".Length + i;
        return s;
    }

    static void Bump(ref int v) { v += 3; }

    static int ByRef(int n)
    {
        int m = 2, s = 0;
        for (int i = 0; i < n; i++)
        {
            s += m * 10;
            if ((i & 3) == 3) Bump(ref m);
        }
        return s;
    }

    static long Longs(int n, long a, long b)
    {
        long s = 0;
        for (int i = 0; i < n; i++) s += a * b + (a ^ b) + i;
        return s;
    }

    static int Main()
    {
        Console.WriteLine(Nested(0) + " " + Nested(1) + " " + Nested(37));
        Console.WriteLine(RarePath(0, 5) + " " + RarePath(1, 5) + " " + RarePath(101, 5));
        Console.WriteLine(ZeroTrip(0, 0, long.MaxValue));
        try { ZeroTrip(1, 0, 1); } catch (DivideByZeroException) { Console.WriteLine("div"); }
        try { ZeroTrip(1, 1, long.MaxValue); } catch (OverflowException) { Console.WriteLine("ovf"); }
        Console.WriteLine(ZeroTrip(3, 7, 11));
        Console.WriteLine(Faulting(new int[] { 1, 2, 3, 4 }, 1) + " " + Faulting(new int[0], 0));
        Console.WriteLine(DoWhile(1, 5) + " " + DoWhile(0, 5) + " " + DoWhile(1000, 9));
        Console.WriteLine(WhileTrue(0, 5) + " " + WhileTrue(1000, 9));
        Console.WriteLine(Floats(0, 1.5, 2.5) + " " + Floats(1000, 1.5, 2.25));
        Console.WriteLine(Strings(0) + " " + Strings(500));
        Console.WriteLine(ByRef(0) + " " + ByRef(1) + " " + ByRef(400));
        Console.WriteLine(Longs(0, 3, 5) + " " + Longs(300, 1L << 40, 12345));
        long total = 0;
        for (int rep = 0; rep < 50; rep++)
        {
            total += Nested(12) + RarePath(50, rep) + DoWhile(20, rep) + WhileTrue(20, rep) + ByRef(20) + Longs(20, rep, rep + 1);
            total += (long)Floats(10, rep, 0.5) + Strings(5) + ZeroTrip(rep & 1, rep + 1, rep);
        }
        Console.WriteLine(total);
        return 0;
    }
}
