using System;

class Program
{
    static string Dense(int x)
    {
        switch (x)
        {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            case 5:
            case 6: return "five-or-six";
            case 7: return "seven";
            default: return "other(" + x + ")";
        }
    }

    static string Sparse(int x)
    {
        switch (x)
        {
            case -1000000: return "minus million";
            case -1: return "minus one";
            case 10: return "ten";
            case 100: return "hundred";
            case 1000: return "thousand";
            case 65536: return "2^16";
            case int.MaxValue: return "max";
            case int.MinValue: return "min";
            default: return "unknown";
        }
    }

    static string LongSwitch(long x)
    {
        switch (x)
        {
            case 1L: return "1L";
            case 5000000000L: return "5e9";
            case -5000000000L: return "-5e9";
            default: return "long default";
        }
    }

    static int FallThroughGoto(int x)
    {
        int acc = 0;
        switch (x)
        {
            case 3: acc += 100; goto case 2;
            case 2: acc += 10; goto case 1;
            case 1: acc += 1; break;
            case 9: acc = -1; goto default;
            default: acc += 1000; break;
        }
        return acc;
    }

    enum Color { Red, Green, Blue, Yellow = 10 }

    static string EnumSwitch(Color c)
    {
        switch (c)
        {
            case Color.Red: return "R";
            case Color.Green: return "G";
            case Color.Blue: return "B";
            default: return "?" + c;
        }
    }

    static void Main()
    {
        for (int i = -1; i <= 9; i++) Console.WriteLine("Dense(" + i + ")=" + Dense(i));
        int[] sp = { -1000000, -1, 0, 10, 100, 1000, 65536, int.MaxValue, int.MinValue, 999 };
        foreach (int v in sp) Console.WriteLine("Sparse(" + v + ")=" + Sparse(v));
        long[] ls = { 1, 5000000000L, -5000000000L, 2 };
        foreach (long v in ls) Console.WriteLine("LongSwitch(" + v + ")=" + LongSwitch(v));
        for (int i = 0; i <= 4; i++) Console.WriteLine("FallThroughGoto(" + i + ")=" + FallThroughGoto(i));
        Console.WriteLine("FallThroughGoto(9)=" + FallThroughGoto(9));
        foreach (Color c in new[] { Color.Red, Color.Green, Color.Blue, Color.Yellow, (Color)7 })
            Console.WriteLine("EnumSwitch(" + c + ")=" + EnumSwitch(c));

        // switch on byte and char and bool-ish
        byte bv = 200;
        switch (bv) { case 200: Console.WriteLine("byte 200"); break; default: Console.WriteLine("byte other"); break; }
        // switch inside loop with break/continue
        for (int i = 0; i < 8; i++)
        {
            switch (i % 4)
            {
                case 0: continue;
                case 1: Console.Write("one "); break;
                case 2: Console.Write("two "); break;
                default:
                    if (i == 7) { Console.Write("seven-exit "); break; }
                    Console.Write("three ");
                    break;
            }
            Console.Write("| ");
        }
        Console.WriteLine();
        // nested switches
        for (int a = 0; a < 3; a++)
            for (int b = 0; b < 3; b++)
            {
                string r;
                switch (a)
                {
                    case 0:
                        switch (b) { case 0: r = "00"; break; case 1: r = "01"; break; default: r = "0x"; break; }
                        break;
                    case 1: r = "1" + b; break;
                    default: r = "xx"; break;
                }
                Console.Write(r + " ");
            }
        Console.WriteLine();
        // large dense switch
        int sum = 0;
        for (int i = 0; i < 40; i++)
        {
            switch (i)
            {
                case 0: case 2: case 4: case 6: case 8: case 10: case 12: case 14: case 16: case 18: sum += i; break;
                case 1: case 3: case 5: case 7: case 9: sum -= i; break;
                case 20: case 21: case 22: case 23: case 24: case 25: sum *= 2; break;
                case 30: sum = sum / 3; break;
                default: sum++; break;
            }
        }
        Console.WriteLine("large switch sum=" + sum);
    }
}
