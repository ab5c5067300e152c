using System;

class Program
{
    static string Hex(byte[] b) { return BitConverter.ToString(b); }

    static void Main()
    {
        Console.WriteLine("IsLittleEndian=" + BitConverter.IsLittleEndian);
        Console.WriteLine("int 1: " + Hex(BitConverter.GetBytes(1)));
        Console.WriteLine("int -1: " + Hex(BitConverter.GetBytes(-1)));
        Console.WriteLine("int 0x12345678: " + Hex(BitConverter.GetBytes(0x12345678)));
        Console.WriteLine("long: " + Hex(BitConverter.GetBytes(0x0102030405060708L)));
        Console.WriteLine("short: " + Hex(BitConverter.GetBytes((short)-2)));
        Console.WriteLine("ushort: " + Hex(BitConverter.GetBytes((ushort)0xABCD)));
        Console.WriteLine("uint: " + Hex(BitConverter.GetBytes(0xDEADBEEFu)));
        Console.WriteLine("ulong: " + Hex(BitConverter.GetBytes(ulong.MaxValue)));
        Console.WriteLine("bool: " + Hex(BitConverter.GetBytes(true)) + " " + Hex(BitConverter.GetBytes(false)));
        Console.WriteLine("char: " + Hex(BitConverter.GetBytes('A')));
        Console.WriteLine("double 1.0: " + Hex(BitConverter.GetBytes(1.0)));
        Console.WriteLine("double -2.5: " + Hex(BitConverter.GetBytes(-2.5)));
        Console.WriteLine("float 1.0: " + Hex(BitConverter.GetBytes(1.0f)));
        Console.WriteLine("float 0.1: " + Hex(BitConverter.GetBytes(0.1f)));

        byte[] buf = { 0x78, 0x56, 0x34, 0x12, 0xFF, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x80, 0x3F };
        Console.WriteLine("ToInt32(0)=" + BitConverter.ToInt32(buf, 0).ToString("X"));
        Console.WriteLine("ToInt32(4)=" + BitConverter.ToInt32(buf, 4));
        Console.WriteLine("ToUInt32(4)=" + BitConverter.ToUInt32(buf, 4));
        Console.WriteLine("ToInt16(0)=" + BitConverter.ToInt16(buf, 0).ToString("X"));
        Console.WriteLine("ToUInt16(4)=" + BitConverter.ToUInt16(buf, 4));
        Console.WriteLine("ToInt64(0)=" + BitConverter.ToInt64(buf, 0));
        Console.WriteLine("ToUInt64(4)=" + BitConverter.ToUInt64(buf, 4));
        Console.WriteLine("ToSingle(8)=" + BitConverter.ToSingle(buf, 8));
        Console.WriteLine("ToDouble(0)=" + BitConverter.ToDouble(buf, 0).ToString("R"));
        Console.WriteLine("ToBoolean(4)=" + BitConverter.ToBoolean(buf, 4) + " ToBoolean(8)=" + BitConverter.ToBoolean(buf, 8));
        Console.WriteLine("ToChar(0)=" + (int)BitConverter.ToChar(buf, 0));
        Console.WriteLine("ToString(buf,2,5)=" + BitConverter.ToString(buf, 2, 5));
        Console.WriteLine("ToString(buf,9)=" + BitConverter.ToString(buf, 9));
        Console.WriteLine("ToString(empty)=[" + BitConverter.ToString(new byte[0]) + "]");

        double[] ds = { 0.0, -0.0, 1.0, double.NaN, double.PositiveInfinity, double.Epsilon, double.MaxValue, Math.PI };
        foreach (double d in ds)
        {
            long bits = BitConverter.DoubleToInt64Bits(d);
            Console.WriteLine("DoubleToInt64Bits(" + d.ToString("R") + ")=" + bits.ToString("X16") + " back=" + BitConverter.Int64BitsToDouble(bits).ToString("R"));
        }
        Console.WriteLine("Int64BitsToDouble(0x3FF8000000000000)=" + BitConverter.Int64BitsToDouble(0x3FF8000000000000L));
        Console.WriteLine("Int64BitsToDouble(0x7FF0000000000001) is NaN=" + double.IsNaN(BitConverter.Int64BitsToDouble(0x7FF0000000000001L)));
        try { BitConverter.ToInt32(buf, 10); }
        catch (ArgumentException e) { Console.WriteLine("ToInt32(buf,10): " + e.GetType().Name); }
        try { BitConverter.ToInt32(null, 0); }
        catch (ArgumentNullException e) { Console.WriteLine("ToInt32(null): " + e.GetType().Name + " param=" + e.ParamName); }
        try { BitConverter.ToInt32(buf, -1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("ToInt32(buf,-1): " + e.GetType().Name); }

        // roundtrip
        for (int i = -3; i <= 3; i++)
        {
            int v = i * 1000003;
            byte[] b = BitConverter.GetBytes(v);
            Console.WriteLine(v + " -> " + Hex(b) + " -> " + BitConverter.ToInt32(b, 0));
        }
    }
}
