using System;

class Program
{
    static void Try(string label, Func<object> f)
    {
        try
        {
            object r = f();
            Console.WriteLine(label + " = " + r);
        }
        catch (OverflowException e)
        {
            Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message);
        }
    }

    static void Main()
    {
        int imax = int.MaxValue, imin = int.MinValue;
        long lmax = long.MaxValue, lmin = long.MinValue;
        uint umax = uint.MaxValue;
        ulong ulmax = ulong.MaxValue;
        int one = 1, zero = 0, minusOne = -1;

        Try("checked(imax+1)", () => checked(imax + one));
        Try("checked(imin-1)", () => checked(imin - one));
        Try("checked(-imin)", () => checked(-imin));
        Try("checked(imax*2)", () => checked(imax * 2));
        Try("checked(imin*-1)", () => checked(imin * minusOne));
        Try("checked(imax-1)", () => checked(imax - one));
        Try("checked(46340*46340)", () => { int a = 46340; return checked(a * a); });
        Try("checked(46341*46341)", () => { int a = 46341; return checked(a * a); });
        Try("checked(lmax+1)", () => checked(lmax + one));
        Try("checked(lmin-1)", () => checked(lmin - one));
        Try("checked(lmax*lmax)", () => checked(lmax * lmax));
        Try("checked(umax+1)", () => checked(umax + (uint)one));
        Try("checked(0u-1)", () => checked((uint)zero - 1u));
        Try("checked(ulmax+1)", () => checked(ulmax + 1UL));
        Try("checked(ulmax*2)", () => checked(ulmax * 2UL));
        Try("checked(0UL-1)", () => checked((ulong)zero - 1UL));

        Try("checked((int)lmax)", () => checked((int)lmax));
        Try("checked((int)3000000000L)", () => { long v = 3000000000L; return checked((int)v); });
        Try("checked((int)-2147483648L)", () => { long v = -2147483648L; return checked((int)v); });
        Try("checked((uint)-1)", () => checked((uint)minusOne));
        Try("checked((ulong)-1L)", () => { long v = -1; return checked((ulong)v); });
        Try("checked((long)ulmax)", () => checked((long)ulmax));
        Try("checked((byte)256)", () => { int v = 256; return checked((byte)v); });
        Try("checked((byte)255)", () => { int v = 255; return checked((byte)v); });
        Try("checked((sbyte)128)", () => { int v = 128; return checked((sbyte)v); });
        Try("checked((sbyte)-128)", () => { int v = -128; return checked((sbyte)v); });
        Try("checked((short)40000)", () => { int v = 40000; return checked((short)v); });
        Try("checked((ushort)-1)", () => checked((ushort)minusOne));
        Try("checked((char)-1)", () => checked((char)minusOne));
        Try("checked((char)65535)", () => { int v = 65535; return (int)checked((char)v); });
        Try("checked((int)umax)", () => checked((int)umax));
        Try("checked((uint)imin)", () => checked((uint)imin));

        Try("checked((int)2147483647.5)", () => { double d = 2147483647.5; return checked((int)d); });
        Try("checked((int)2147483648.0)", () => { double d = 2147483648.0; return checked((int)d); });
        Try("checked((int)-2147483648.9)", () => { double d = -2147483648.9; return checked((int)d); });
        Try("checked((int)-2147483649.0)", () => { double d = -2147483649.0; return checked((int)d); });
        Try("checked((int)NaN)", () => { double d = double.NaN; return checked((int)d); });
        Try("checked((int)+Inf)", () => { double d = double.PositiveInfinity; return checked((int)d); });
        Try("checked((long)1e19)", () => { double d = 1e19; return checked((long)d); });
        Try("checked((ulong)1e19)", () => { double d = 1e19; return checked((ulong)d); });
        Try("checked((ulong)-0.5)", () => { double d = -0.5; return checked((ulong)d); });
        Try("checked((ulong)-1.0)", () => { double d = -1.0; return checked((ulong)d); });
        Try("checked((uint)-0.9)", () => { double d = -0.9; return checked((uint)d); });
        Try("checked((byte)255.9)", () => { double d = 255.9; return checked((byte)d); });
        Try("checked((byte)256.0)", () => { double d = 256.0; return checked((byte)d); });
        Try("checked((short)-32768.7f)", () => { float d = -32768.7f; return checked((short)d); });

        // unchecked in checked context
        checked
        {
            int a = imax;
            int b = unchecked(a + 1);
            Console.WriteLine("unchecked inside checked: " + b);
            try
            {
                a++;
                Console.WriteLine("no overflow?");
            }
            catch (OverflowException) { Console.WriteLine("a++ overflowed in checked block"); }
            try
            {
                a += 5;
            }
            catch (OverflowException) { Console.WriteLine("a+=5 overflowed in checked block"); }
        }

        // decimal overflow is always checked
        decimal dmax = decimal.MaxValue, dmin = decimal.MinValue, d3e9 = 3000000000m, d99 = 9.9m, dm1 = -1m;
        Try("decimal.MaxValue+1", () => dmax + 1m);
        Try("decimal.MinValue*2", () => dmin * 2m);
        Try("(int)decimal 3e9", () => (int)d3e9);
        Try("(long)decimal 9.9", () => (long)d99);
        Try("(byte)decimal -1", () => (byte)dm1);
    }
}
