using System;

class Program
{
    static int Add(int a, int b) { return a + b; }
    static int Mul(int a, int b) { return a * b; }

    static void Main()
    {
        int a = 17, b = 5;
        Console.WriteLine("a+b=" + (a + b));
        Console.WriteLine("a-b=" + (a - b));
        Console.WriteLine("a*b=" + (a * b));
        Console.WriteLine("a/b=" + (a / b));
        Console.WriteLine("a%b=" + (a % b));
        Console.WriteLine("-a/b=" + (-a / b));
        Console.WriteLine("-a%b=" + (-a % b));
        Console.WriteLine("a/-b=" + (a / -b));
        Console.WriteLine("a%-b=" + (a % -b));
        Console.WriteLine("-a/-b=" + (-a / -b));
        Console.WriteLine("-a%-b=" + (-a % -b));

        int max = int.MaxValue;
        int min = int.MinValue;
        Console.WriteLine("max=" + max);
        Console.WriteLine("min=" + min);
        Console.WriteLine("max+1=" + unchecked(max + 1));
        Console.WriteLine("min-1=" + unchecked(min - 1));
        Console.WriteLine("-min=" + unchecked(-min));
        Console.WriteLine("max*2=" + unchecked(max * 2));
        Console.WriteLine("max*max=" + unchecked(max * max));
        Console.WriteLine("min*-1=" + unchecked(min * -1));
        Console.WriteLine("Add(max,max)=" + Add(max, max));
        Console.WriteLine("Mul(65536,65536)=" + Mul(65536, 65536));
        Console.WriteLine("Mul(46341,46341)=" + Mul(46341, 46341));
        Console.WriteLine("Mul(123456789,987)=" + Mul(123456789, 987));

        int x = 0;
        x += 10; Console.WriteLine("x+=10 -> " + x);
        x -= 3; Console.WriteLine("x-=3 -> " + x);
        x *= 7; Console.WriteLine("x*=7 -> " + x);
        x /= 4; Console.WriteLine("x/=4 -> " + x);
        x %= 5; Console.WriteLine("x%=5 -> " + x);
        x <<= 4; Console.WriteLine("x<<=4 -> " + x);
        x >>= 1; Console.WriteLine("x>>=1 -> " + x);
        x |= 3; Console.WriteLine("x|=3 -> " + x);
        x &= 10; Console.WriteLine("x&=10 -> " + x);
        x ^= 15; Console.WriteLine("x^=15 -> " + x);

        int i = 5;
        int j = i++ + ++i;
        Console.WriteLine("i=" + i + " j=" + j);
        j = i-- - --i;
        Console.WriteLine("i=" + i + " j=" + j);
        int k = 3;
        k = k++ * 2;
        Console.WriteLine("k=" + k);

        Console.WriteLine("precedence 2+3*4=" + (2 + 3 * 4));
        Console.WriteLine("precedence (2+3)*4=" + ((2 + 3) * 4));
        Console.WriteLine("precedence 100/10/5=" + (100 / 10 / 5));
        Console.WriteLine("precedence 100-10-5=" + (100 - 10 - 5));
        Console.WriteLine("precedence 1<<2+1=" + (1 << 2 + 1));
        Console.WriteLine("~0=" + (~0) + " ~5=" + (~5) + " -~5=" + (-~5));

        long sum = 0;
        for (int n = 1; n <= 100000; n++) sum += n;
        Console.WriteLine("sum 1..100000=" + sum);
        int isum = 0;
        for (int n = 1; n <= 100000; n++) isum += n;
        Console.WriteLine("int sum 1..100000 (wraps)=" + isum);

        int hash = 17;
        foreach (char c in "hello world")
            hash = hash * 31 + c;
        Console.WriteLine("hash=" + hash);

        Console.WriteLine("compare: " + (a > b) + " " + (a < b) + " " + (a >= 17) + " " + (a <= 16) + " " + (a == 17) + " " + (a != 17));
        Console.WriteLine("CompareTo: " + a.CompareTo(b) + " " + b.CompareTo(a) + " " + a.CompareTo(17));
        Console.WriteLine("Equals: " + a.Equals(17) + " " + a.Equals((object)17) + " " + a.Equals((object)17L));
        Console.WriteLine("GetHashCode of 12345: " + 12345.GetHashCode());
        Console.WriteLine("GetHashCode of -1: " + (-1).GetHashCode());
    }
}
