using System;

class Program
{
    static void Main()
    {
        double[] ds = { 0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.4, -0.5, -1.5, -2.5, 127.9, 255.9, -128.9, 32767.5, 65535.99, 2147483647.0, -2147483648.0, 4294967295.0, 1e15, -1e15 };
        foreach (double d in ds)
        {
            string s = d + ": int=" + (int)d + " long=" + (long)d;
            if (d > -1 && d < 256) s += " byte=" + (byte)d;
            if (d > -129 && d < 128) s += " sbyte=" + (sbyte)d;
            if (d > -32769 && d < 32768) s += " short=" + (short)d;
            if (d > -1 && d < 65536) s += " ushort=" + (ushort)d + " char=" + (int)(char)d;
            if (d > -1 && d < 4294967296.0) s += " uint=" + (uint)d;
            if (d > -1) s += " ulong=" + (ulong)d;
            s += " float=" + (float)d + " decimal=" + (decimal)d;
            Console.WriteLine(s);
        }

        // integer to floating
        long[] ls = { 0, 1, -1, 123456789, 9007199254740993, long.MaxValue, long.MinValue, int.MaxValue, int.MinValue };
        foreach (long l in ls)
            Console.WriteLine(l + ": double=" + (double)l + " float=" + (float)l + " int=" + unchecked((int)l) + " uint=" + unchecked((uint)l) + " ushort=" + unchecked((ushort)l) + " decimal=" + (decimal)l);

        ulong[] us = { 0, 1, 9223372036854775808UL, 18446744073709551615UL, 18446744073709549568UL, 12345678901234567890UL };
        foreach (ulong u in us)
            Console.WriteLine(u + "UL: double=" + (double)u + " float=" + (float)u + " long=" + unchecked((long)u) + " decimal=" + (decimal)u);

        uint[] uis = { 0, 1, 2147483648u, 4294967295u };
        foreach (uint u in uis)
            Console.WriteLine(u + "u: double=" + (double)u + " float=" + (float)u + " int=" + unchecked((int)u) + " long=" + (long)u + " ulong=" + (ulong)u);

        // float to integral
        float[] fs = { 0.99f, -0.99f, 16777217f, 3.5f, -3.5f, 1e9f, 255.5f };
        foreach (float f in fs)
            Console.WriteLine(f + "f: int=" + (int)f + " long=" + (long)f + " double=" + (double)f);

        // decimal conversions
        decimal[] ms = { 0.5m, 1.5m, 2.5m, -2.5m, 123.456m, -0.0001m, 79228162514264337593543950335m };
        foreach (decimal m in ms)
        {
            string s = m + "m: double=" + (double)m + " float=" + (float)m;
            if (Math.Abs(m) < 1e9m) s += " int=" + (int)m + " long=" + (long)m;
            Console.WriteLine(s);
        }

        // char conversions
        char c = 'Z';
        Console.WriteLine("char Z: int=" + (int)c + " byte=" + (byte)c + " double=" + (double)c + " from int 97=" + (char)97);
        int big = 0x1F600;
        Console.WriteLine("(char)0x1F600=" + ((int)unchecked((char)big)).ToString("X"));

        // implicit widening in expressions
        int i = 7;
        long l2 = i;
        double d2 = l2;
        float f2 = i;
        Console.WriteLine("widen " + l2 + " " + d2 + " " + f2 + " " + (i / 2) + " " + (i / 2.0) + " " + (i / 2f) + " " + (i / 2m));
    }
}
