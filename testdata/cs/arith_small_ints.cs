using System;

class Program
{
    static void Main()
    {
        byte b1 = 200, b2 = 100;
        var bsum = b1 + b2;
        Console.WriteLine("byte+byte type=" + bsum.GetType().Name + " value=" + bsum);
        byte bw = unchecked((byte)(b1 + b2));
        Console.WriteLine("(byte)(200+100)=" + bw);
        b1 += b2;
        Console.WriteLine("b1+=b2 -> " + b1);
        byte bz = 0;
        bz--;
        Console.WriteLine("byte 0-- -> " + bz);
        bz++;
        Console.WriteLine("byte 255++ -> " + bz);

        sbyte s1 = 127;
        s1++;
        Console.WriteLine("sbyte 127++ -> " + s1);
        sbyte s2 = -128;
        s2--;
        Console.WriteLine("sbyte -128-- -> " + s2);
        sbyte s3 = -128;
        Console.WriteLine("-(sbyte)-128 = " + (-s3) + " type " + (-s3).GetType().Name);
        Console.WriteLine("(sbyte)(-(-128)) = " + unchecked((sbyte)(-s3)));

        short sh = 32767;
        sh++;
        Console.WriteLine("short 32767++ -> " + sh);
        short sh2 = 1000;
        short prod = unchecked((short)(sh2 * sh2));
        Console.WriteLine("(short)(1000*1000)=" + prod);
        ushort us = 0;
        us--;
        Console.WriteLine("ushort 0-- -> " + us);
        ushort us2 = 40000;
        Console.WriteLine("(short)40000=" + unchecked((short)us2));

        int[] vals = { 0, 1, 127, 128, 255, 256, -1, -128, -129, 32767, 32768, 65535, 65536, -32768, -32769, 1000000 };
        foreach (int v in vals)
        {
            Console.WriteLine(string.Format("{0,8}: byte={1,4} sbyte={2,5} short={3,7} ushort={4,6} char={5,6}",
                v, unchecked((byte)v), unchecked((sbyte)v), unchecked((short)v), unchecked((ushort)v), (int)unchecked((char)v)));
        }

        // sign extension vs zero extension
        sbyte neg = -5;
        int fromS = neg;
        byte asB = unchecked((byte)neg);
        int fromB = asB;
        Console.WriteLine("sbyte -5 -> int " + fromS + ", via byte " + fromB);
        short nshort = -2;
        ushort asUs = unchecked((ushort)nshort);
        Console.WriteLine("short -2 -> ushort " + asUs + " -> uint " + (uint)asUs + " -> long " + (long)nshort);
        Console.WriteLine("(uint)(short)-2 = " + unchecked((uint)nshort));
        Console.WriteLine("(ulong)(sbyte)-1 = " + unchecked((ulong)(sbyte)-1));

        // small type arithmetic in arrays
        byte[] data = new byte[8];
        for (int i = 0; i < data.Length; i++) data[i] = (byte)(i * 50);
        Console.WriteLine(string.Join(",", data));
        int chk = 0;
        foreach (byte x in data) chk = (chk + x) & 0xFF;
        Console.WriteLine("checksum=" + chk);
        short[] sd = { -1, 2, -3, 4 };
        int total = 0;
        foreach (short x in sd) total += x;
        Console.WriteLine("short total=" + total);

        Console.WriteLine("Max/Min: " + byte.MaxValue + " " + sbyte.MinValue + " " + sbyte.MaxValue + " " + short.MinValue + " " + short.MaxValue + " " + ushort.MaxValue);
        byte shifted = unchecked((byte)(0xF0 << 2));
        Console.WriteLine("(byte)(0xF0<<2)=" + shifted);
        Console.WriteLine("byte>>: " + (((byte)0x80) >> 3) + " sbyte>>: " + (((sbyte)-128) >> 3));
        Console.WriteLine("~(byte)5=" + (~(byte)5) + " (byte)~5=" + unchecked((byte)~5));
    }
}
