// mcs-flags: -checked+
using System;

class Program
{
    static int Mul(int a, int b) { return a * b; }
    static int UncheckedMul(int a, int b) { return unchecked(a * b); }

    static void Main()
    {
        Console.WriteLine("compiled with -checked+: default arithmetic is checked");
        try { Console.WriteLine(Mul(100000, 100000)); }
        catch (OverflowException e) { Console.WriteLine("Mul overflow: " + e.GetType().Name); }
        Console.WriteLine("unchecked expression: " + UncheckedMul(100000, 100000));
        int big = int.MaxValue;
        try { big++; Console.WriteLine(big); }
        catch (OverflowException) { Console.WriteLine("big++ overflow in checked-by-default"); }
        unchecked
        {
            int w = int.MaxValue;
            w++;
            Console.WriteLine("unchecked block wraps: " + w);
            byte b = (byte)300.ToString().Length;
            long l = long.MinValue;
            l--;
            Console.WriteLine("unchecked long wrap: " + l + " b=" + b);
            int conv = (int)3000000000L;
            Console.WriteLine("unchecked narrowing: " + conv);
        }
        try { long v = 3000000000L; int narrowed = (int)v; Console.WriteLine(narrowed); }
        catch (OverflowException) { Console.WriteLine("checked narrowing conversion overflow"); }
        try { uint u = 0; u--; Console.WriteLine(u); }
        catch (OverflowException) { Console.WriteLine("uint underflow"); }
        double d = 1e20;
        try { long ld = (long)d; Console.WriteLine(ld); }
        catch (OverflowException) { Console.WriteLine("double->long overflow"); }
        const int c1 = int.MaxValue;
        Console.WriteLine("constant folded unchecked: " + unchecked(c1 + 1));
        int shift = 1 << 31;
        Console.WriteLine("shift is never checked: " + shift);
        int neg = int.MinValue;
        try { Console.WriteLine(-neg); } catch (OverflowException) { Console.WriteLine("negate MinValue overflow"); }
        Console.WriteLine("float ops never overflow-check: " + (float.MaxValue * 2));
        int sum = 0;
        try { for (int i = 0; i < 100000; i++) sum += i; Console.WriteLine(sum); }
        catch (OverflowException) { Console.WriteLine("loop sum overflowed at checked add, sum=" + sum); }
        char ch = char.MaxValue;
        try { ch++; Console.WriteLine((int)ch); } catch (OverflowException) { Console.WriteLine("char++ overflow"); }
        short sh = short.MinValue;
        try { sh--; } catch (OverflowException) { Console.WriteLine("short-- overflow"); }
        decimal m = decimal.MaxValue;
        try { m += 1; } catch (OverflowException) { Console.WriteLine("decimal overflow"); }
    }
}
