using System;

class Program
{
    static void Main()
    {
        int one = 1;
        for (int s = 0; s <= 70; s += 5)
        {
            Console.WriteLine(string.Format("s={0,2} int 1<<s={1,11} -1>>s={2,3} uint 0x80000000>>s={3,10} long 1<<s={4,20} ulong max>>s={5}",
                s, one << s, -1 >> s, 0x80000000u >> s, 1L << s, ulong.MaxValue >> s));
        }
        int sh = 33;
        Console.WriteLine("1<<33=" + (1 << sh));
        sh = 32;
        Console.WriteLine("1<<32=" + (1 << sh));
        sh = -1;
        Console.WriteLine("1<<-1=" + (1 << sh));
        Console.WriteLine("1L<<-1=" + (1L << sh));
        Console.WriteLine("100>>-30=" + (100 >> -30));
        sh = 64;
        Console.WriteLine("1L<<64=" + (1L << sh));
        sh = 65;
        Console.WriteLine("1L<<65=" + (1L << sh));
        Console.WriteLine("-16>>2=" + (-16 >> 2));
        Console.WriteLine("-17>>2=" + (-17 >> 2));
        Console.WriteLine("(uint)-16>>2=" + (unchecked((uint)-16) >> 2));
        Console.WriteLine("-1L>>63=" + (-1L >> 63));
        Console.WriteLine("long.MinValue>>63=" + (long.MinValue >> 63));
        Console.WriteLine("(ulong)long.MinValue>>63=" + (unchecked((ulong)long.MinValue) >> 63));

        // shifts on small types promote to int
        byte b = 0xFF;
        Console.WriteLine("byte<<4=" + (b << 4) + " type " + (b << 4).GetType().Name);
        sbyte sb = -1;
        Console.WriteLine("sbyte>>4=" + (sb >> 4));
        short s16 = -32768;
        Console.WriteLine("short<<1=" + (s16 << 1));
        ushort u16 = 0x8000;
        Console.WriteLine("ushort<<1=" + (u16 << 1));
        char c = 'A';
        Console.WriteLine("char<<1=" + (c << 1));
        // masking happens with shift count as int on small types too
        Console.WriteLine("byte<<33=" + (b << 33));

        // compound shift assignment
        int v = 1;
        for (int i = 0; i < 6; i++) { v <<= 5; Console.WriteLine("v<<=5 -> " + v); }
        long lv = -1;
        for (int i = 0; i < 4; i++) { lv >>= 17; Console.WriteLine("lv>>=17 -> " + lv); }
        ulong ulv = ulong.MaxValue;
        for (int i = 0; i < 4; i++) { ulv >>= 17; Console.WriteLine("ulv>>=17 -> " + ulv); }

        // rotate helpers
        uint x = 0x12345678;
        for (int r = 0; r < 32; r += 8)
        {
            uint rotl = (x << r) | (x >> (32 - r));
            Console.WriteLine("rotl " + r + " = " + rotl.ToString("X8"));
        }
    }
}
