using System;

class Program
{
    static int PopCount(uint v) { int c = 0; while (v != 0) { c += (int)(v & 1); v >>= 1; } return c; }
    static int Clz(uint v) { if (v == 0) return 32; int n = 0; while ((v & 0x80000000u) == 0) { n++; v <<= 1; } return n; }
    static uint Reverse(uint v)
    {
        uint r = 0;
        for (int i = 0; i < 32; i++) { r = (r << 1) | (v & 1); v >>= 1; }
        return r;
    }

    static void Main()
    {
        int a = 0x5A5A, b = 0x0FF0;
        Console.WriteLine("a&b=" + (a & b).ToString("X"));
        Console.WriteLine("a|b=" + (a | b).ToString("X"));
        Console.WriteLine("a^b=" + (a ^ b).ToString("X"));
        Console.WriteLine("~a=" + (~a).ToString("X"));
        Console.WriteLine("a&~b=" + (a & ~b).ToString("X"));
        Console.WriteLine("-a=" + (-a) + " ~a+1=" + (~a + 1));
        Console.WriteLine("a & -a=" + (a & -a));

        uint[] tests = { 0, 1, 2, 3, 0xFF, 0x100, 0x80000000, 0xFFFFFFFF, 0xDEADBEEF, 12345678 };
        foreach (uint t in tests)
        {
            Console.WriteLine(string.Format("{0,10} {0:X8} pop={1,2} clz={2,2} rev={3:X8} lowbit={4:X8} isPow2={5}",
                t, PopCount(t), Clz(t), Reverse(t), t & (~t + 1), t != 0 && (t & (t - 1)) == 0));
        }

        // bool logical ops (non short circuit)
        bool t1 = true, f1 = false;
        Console.WriteLine("t&f=" + (t1 & f1) + " t|f=" + (t1 | f1) + " t^f=" + (t1 ^ f1) + " t^t=" + (t1 ^ t1) + " !t=" + (!t1));
        bool acc = false;
        acc |= true; Console.WriteLine("acc|=true " + acc);
        acc &= false; Console.WriteLine("acc&=false " + acc);
        acc ^= true; Console.WriteLine("acc^=true " + acc);

        // long bit ops
        long la = unchecked((long)0xF0F0F0F0F0F0F0F0UL), lb = 0x0FF00FF00FF00FF0L;
        Console.WriteLine("la&lb=" + (la & lb).ToString("X16"));
        Console.WriteLine("la|lb=" + (la | lb).ToString("X16"));
        Console.WriteLine("la^lb=" + (la ^ lb).ToString("X16"));
        Console.WriteLine("~la=" + (~la).ToString("X16"));
        Console.WriteLine("la as decimal string=" + la);

        // byte ops yield int
        byte x = 0xAA, y = 0x0F;
        var r = x & y;
        Console.WriteLine("byte&byte type=" + r.GetType().Name + " value=" + r);
        byte nb = (byte)~x;
        Console.WriteLine("(byte)~0xAA=" + nb);

        // xor swap and parity
        int p = 123, q = 456;
        p ^= q; q ^= p; p ^= q;
        Console.WriteLine("swapped p=" + p + " q=" + q);
        int parity = 0;
        for (int v = 0x1234567; v != 0; v >>= 1) parity ^= v & 1;
        Console.WriteLine("parity=" + parity);

        // bitmask set membership
        int set = 0;
        int[] add = { 1, 5, 9, 31, 5 };
        foreach (int e in add) set |= 1 << e;
        Console.WriteLine("set=" + set + " hex=" + set.ToString("x"));
        for (int e = 0; e < 32; e += 3) Console.Write(((set >> e) & 1) != 0 ? "1" : "0");
        Console.WriteLine();
        set &= ~(1 << 5);
        Console.WriteLine("after clear 5: " + set);
        Console.WriteLine("contains 31: " + ((set & (1 << 31)) != 0) + " contains 5: " + ((set & (1 << 5)) != 0));
    }
}
