using System;

class Program
{
    static int ok, ovf;
    static void T(string label, Func<object> f)
    {
        try { object r = f(); ok++; Console.WriteLine(label + " = " + r + " (" + r.GetType().Name + ")"); }
        catch (OverflowException) { ovf++; Console.WriteLine(label + " -> Overflow"); }
    }
    static void Main()
    {
        sbyte sb = -128; byte b = 255; short s = -32768; ushort us = 65535; int i = int.MinValue; uint ui = uint.MaxValue;
        long l = long.MinValue; ulong ul = ulong.MaxValue; char c = '\uffff'; float f = 3e9f; double d = -1.5; decimal m = 1e20m;
        T("sbyte->byte", () => checked((byte)sb));
        T("byte->sbyte", () => checked((sbyte)b));
        T("short->ushort", () => checked((ushort)s));
        T("ushort->short", () => checked((short)us));
        T("ushort->char", () => checked((char)us));
        T("char->short", () => checked((short)c));
        T("char->sbyte", () => checked((sbyte)'a'));
        T("int->uint", () => checked((uint)i));
        T("uint->int", () => checked((int)ui));
        T("uint->long", () => checked((long)ui));
        T("long->ulong", () => checked((ulong)l));
        T("ulong->long", () => checked((long)ul));
        T("ulong->uint", () => checked((uint)(ul >> 32)));
        T("ulong->int", () => checked((int)(ul >> 33)));
        T("ulong->int2", () => checked((int)(ul >> 34)));
        T("float->int", () => checked((int)f));
        T("float->uint", () => checked((uint)f));
        T("float->long", () => checked((long)f));
        T("double->byte", () => checked((byte)d));
        T("double->sbyte", () => checked((sbyte)d));
        T("double->ulong -0.9", () => checked((ulong)D(-0.9)));
        T("double->uint 4294967295.9", () => checked((uint)D(4294967295.9)));
        T("double->int NaN", () => checked((int)D(double.NaN)));
        T("double->long 9.3e18", () => checked((long)D(9.3e18)));
        T("double->ulong 1.8e19", () => checked((ulong)D(1.8e19)));
        T("decimal->long", () => checked((long)m));
        T("decimal->ulong", () => checked((ulong)m));
        T("decimal->int -2147483648.9", () => (int)M(-2147483648.9m));
        T("decimal->byte 255.99", () => (byte)M(255.99m));
        T("decimal->byte 256", () => (byte)(m / 1e20m * 256));
        T("double->decimal huge", () => (decimal)D(1e30));
        T("float->decimal NaN", () => (decimal)(float)D(double.NaN));
        T("unchecked long->int", () => unchecked((int)l));
        T("unchecked ulong->sbyte", () => unchecked((sbyte)ul));
        T("unchecked double->int big", () => unchecked((int)D(3e10)) == int.MinValue ? "MIN" : "other");
        T("unchecked uint->float", () => (float)ui);
        T("ulong->double", () => (double)ul);
        T("ulong->float", () => (float)ul);
        T("long->double", () => (double)long.MaxValue);
        T("int+int mixed expr", () => checked(i + (int)(sbyte)-1));
        T("uint-1 checked", () => checked(ui + 1u));
        T("uint 0 - 1", () => { uint z = 0; return checked(z - 1); });
        T("ulong*2", () => checked(ul * 2));
        T("long*-1", () => checked(l * -1));
        T("-long.min", () => checked(-l));
        T("-int.min unchecked", () => unchecked(-i));
        T("byte+byte -> int no overflow", () => checked(b + b));
        T("(byte)(b+1)", () => checked((byte)(b + 1)));
        T("short*short", () => checked((short)(s * s)));
        T("int*int to long", () => checked((long)i * i));
        T("int*int", () => checked(i * 2));
        T("compound +=", () => { byte bb = 250; checked { bb += 10; } return bb; });
        T("compound unchecked +=", () => { byte bb = 250; unchecked { bb += 10; } return bb; });
        T("++ on sbyte max", () => { sbyte x = 127; checked { x++; } return x; });
        T("-- on ulong 0", () => { ulong x = 0; checked { x--; } return x; });
        T("char++ max", () => { char x = '\uffff'; checked { x++; } return (int)x; });
        T("nested unchecked in checked", () => checked(unchecked(i - 1) + 0));
        T("checked call inside unchecked", () => unchecked(Add(int.MaxValue, 1)));
        T("shift never overflows", () => checked(1 << 31));
        T("int / -1 min", () => { int z = -1; return i / z; });
        T("long % -1 min", () => { long z = -1; return l % z; });
        T("conv.ovf.u from negative int to ulong", () => { int neg = -1; return checked((ulong)neg); });
        T("conv.ovf.i.un uint->int ok", () => { uint x = 5; return checked((int)x); });
        T("uint->ulong", () => (ulong)ui);
        T("int->ulong unchecked sign ext", () => unchecked((ulong)i));
        T("sbyte->ulong unchecked", () => unchecked((ulong)sb));
        T("sbyte->uint unchecked", () => unchecked((uint)sb));
        T("char->int", () => (int)c);
        T("short->char unchecked", () => (int)unchecked((char)s));
        T("Convert.ToByte(256)", () => Convert.ToByte(256));
        T("Convert.ToInt32(2.5)", () => Convert.ToInt32(2.5));
        T("Convert.ToInt32(3.5)", () => Convert.ToInt32(3.5));
        T("Convert.ToInt32(-2.5)", () => Convert.ToInt32(-2.5));
        T("Convert.ToUInt32(-1)", () => Convert.ToUInt32(-1));
        T("Convert.ToSByte(\"-129\")", () => Convert.ToSByte("-129"));
        T("Convert.ToInt16(\"7fff\",16)", () => Convert.ToInt16("7fff", 16));
        T("Convert.ToInt16(\"ffff\",16)", () => Convert.ToInt16("ffff", 16));
        T("Convert.ToInt64(1e19)", () => Convert.ToInt64(1e19));
        T("Convert.ToChar(65536)", () => Convert.ToChar(65536));
        T("int.Parse overflow", () => int.Parse("2147483648"));
        T("long.Parse min", () => long.Parse("-9223372036854775808"));
        T("ulong.Parse neg", () => ulong.Parse("-0"));
        T("byte.Parse", () => byte.Parse("256"));
        Console.WriteLine("ok=" + ok + " ovf=" + ovf);
    }
    static double D(double x) { return x; }
    static decimal M(decimal x) { return x; }
    static int Add(int a, int b) { return checked(a + b); }
}
