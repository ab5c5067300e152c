// mcs-flags: -unsafe
// Loops whose counter steps by a variable amount: int and long counters,
// wrap-around at the int32 limit, descending loops, unsigned tests, and
// pointer loops compared by equality (the fused step-and-test of tier 1).
using System;

static unsafe class Steps
{
    static long IntSteps(int from, int to, int step)
    {
        long sum = 0;
        int n = 0;
        for (int i = from; i < to; i += step) { sum += i; n++; }
        return sum * 1000 + n;
    }

    static long LongSteps(long from, int to, int step)
    {
        long sum = 0;
        for (long j = from; j < to; j += step) sum += j;
        return sum;
    }

    static int Down(int from, int step)
    {
        int n = 0;
        for (int i = from; i > 0; i += step) n++;
        return n;
    }

    static int Wrap(int start, int step)
    {
        int n = 0;
        for (int i = start; i > 0 && n < 100; i += step) n++;
        return n;
    }

    static int Unsigned(uint limit, int step)
    {
        int n = 0;
        for (int i = 0; (uint)i < limit; i += step) n++;
        return n;
    }

    static int Pointers(int count, int step)
    {
        int* buf = stackalloc int[64];
        for (int k = 0; k < 64; k++) buf[k] = k;
        int sum = 0;
        int* end = buf + count;
        for (int* p = buf; p != end; p += step) sum += *p;
        long* lb = stackalloc long[8];
        long* le = lb + 8;
        int m = 0;
        for (long* q = lb; q < le; q += step) m++;
        return sum * 100 + m;
    }

    static int Main()
    {
        for (int round = 0; round < 3; round++)
        {
            Console.WriteLine("int " + IntSteps(0, 100, 3 + round) + " " + IntSteps(-50, 50, 7) + " " + IntSteps(5, 5, 1));
            Console.WriteLine("long " + LongSteps(1L << 33, int.MaxValue, 1 << 28) + " " + LongSteps(-10, 10, 4 + round));
            Console.WriteLine("down " + Down(100, -3) + " " + Down(7, -7 - round));
            Console.WriteLine("wrap " + Wrap(int.MaxValue - 10, 4) + " " + Wrap(1, int.MaxValue));
            Console.WriteLine("unsigned " + Unsigned(10, 3) + " " + Unsigned(0, 1));
            Console.WriteLine("pointers " + Pointers(64, 4) + " " + Pointers(12, 3 + round % 2 * 3) + " " + Pointers(0, 5));
        }
        return 0;
    }
}
