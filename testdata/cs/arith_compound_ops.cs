using System;

class Box { public int I; public long L; public double D; public byte B; public int[] Arr = new int[3]; }

class Program
{
    static int counter;
    static int Next() { counter++; Console.WriteLine("  Next() called -> " + counter); return counter; }
    static Box box = new Box();
    static Box GetBox() { Console.WriteLine("  GetBox()"); return box; }

    static void Main()
    {
        Box b = new Box();
        b.I += 5; b.I *= 3; b.I -= 1; b.I /= 2; b.I %= 4; b.I <<= 3; b.I >>= 1; b.I ^= 0xFF; b.I |= 0x100; b.I &= 0x1F0;
        Console.WriteLine("field I=" + b.I);
        b.L = long.MaxValue; b.L++;
        Console.WriteLine("field L=" + b.L);
        b.D = 1; b.D /= 3; b.D *= 3;
        Console.WriteLine("field D=" + b.D);
        b.B = 250; b.B += 10;
        Console.WriteLine("field B=" + b.B);
        b.Arr[1] += 7; b.Arr[1] *= 6; b.Arr[2]--; ++b.Arr[0];
        Console.WriteLine("arr=" + string.Join(",", b.Arr));

        Console.WriteLine("evaluation order of arr[Next()] += Next():");
        int[] a = new int[10];
        a[Next()] += Next();
        Console.WriteLine("a=" + string.Join(",", a));
        Console.WriteLine("GetBox().I += Next():");
        GetBox().I += Next();
        Console.WriteLine("box.I=" + box.I);
        Console.WriteLine("GetBox().Arr[Next()]++:");
        GetBox().Arr[Next() % 3]++;
        Console.WriteLine("box.Arr=" + string.Join(",", box.Arr));

        Console.WriteLine("left-to-right operand evaluation:");
        int r = Next() * 10 + Next() - Next();
        Console.WriteLine("r=" + r);

        int x = 10;
        x += x++ + ++x;
        Console.WriteLine("x += x++ + ++x -> " + x);
        int y = 5;
        y = y++ + y++;
        Console.WriteLine("y = y++ + y++ -> " + y);
        int z = 2;
        z *= z += 3;
        Console.WriteLine("z *= z += 3 -> " + z);
        int p = 1, q = 2;
        p = q = p + q;
        Console.WriteLine("p = q = p+q -> " + p + " " + q);

        long l = 3;
        l <<= 62;
        Console.WriteLine("l<<=62 -> " + l);
        short s = 10;
        s *= 5000;
        Console.WriteLine("short *= 5000 -> " + s);
        char c = 'a';
        c += (char)1;
        c++;
        Console.WriteLine("char -> " + c);
        float f = 1;
        f /= 3;
        Console.WriteLine("float /= 3 -> " + f);
        decimal m = 10;
        m /= 4;
        m++;
        Console.WriteLine("decimal -> " + m);
        string str = "a";
        str += 1;
        str += 'c';
        str += 2.5;
        str += null;
        str += true;
        Console.WriteLine("string += -> " + str);
        int? n = 5;
        n += 3;
        Console.WriteLine("int? += -> " + n);
        n = null;
        n += 3;
        Console.WriteLine("null int? += -> [" + n + "]");
        uint u = 0;
        u -= 1;
        Console.WriteLine("uint -= 1 -> " + u);
        double dd = 0.1;
        dd++;
        Console.WriteLine("double ++ -> " + dd);
    }
}
