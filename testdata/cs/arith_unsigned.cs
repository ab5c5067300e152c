using System;

class Program
{
    static void Main()
    {
        uint a = 4000000000u, b = 3u;
        Console.WriteLine(a + b);
        Console.WriteLine(a / b);
        Console.WriteLine(a % b);
        Console.WriteLine(unchecked(a * b));
        Console.WriteLine(unchecked(b - a));
        Console.WriteLine(unchecked(0u - 1u));
        Console.WriteLine(uint.MaxValue);
        Console.WriteLine(unchecked(uint.MaxValue + 1));
        Console.WriteLine("uint compare: " + (a > b) + " " + (a > 1u) + " " + (uint.MaxValue > 0u));
        int neg = -1;
        Console.WriteLine("(uint)-1=" + unchecked((uint)neg));
        Console.WriteLine("(uint)-1 > 5u: " + (unchecked((uint)neg) > 5u));
        Console.WriteLine("-1 > 5: " + (neg > 5));
        Console.WriteLine("uint >> 1: " + (0x80000000u >> 1) + " int >> 1: " + (unchecked((int)0x80000000u) >> 1));
        Console.WriteLine("uint/7: " + (0xFFFFFFF0u / 7u) + " int/7: " + (unchecked((int)0xFFFFFFF0u) / 7));
        Console.WriteLine("uint%7: " + (0xFFFFFFF0u % 7u) + " int%7: " + (unchecked((int)0xFFFFFFF0u) % 7));

        ulong c = 18000000000000000000UL, d = 7UL;
        Console.WriteLine(c);
        Console.WriteLine(c / d);
        Console.WriteLine(c % d);
        Console.WriteLine(unchecked(c + c));
        Console.WriteLine(unchecked(c * d));
        Console.WriteLine(ulong.MaxValue);
        Console.WriteLine(unchecked(ulong.MaxValue + 1));
        Console.WriteLine(unchecked(0UL - 1UL));
        Console.WriteLine("ulong compare: " + (c > d) + " " + (ulong.MaxValue > (ulong)long.MaxValue));
        long ln = -2;
        Console.WriteLine("(ulong)-2=" + unchecked((ulong)ln));
        Console.WriteLine("ulong>>3=" + (ulong.MaxValue >> 3));
        Console.WriteLine("long>>3=" + (-1L >> 3));
        Console.WriteLine("ulong/3=" + (ulong.MaxValue / 3));
        Console.WriteLine("ulong%1000=" + (ulong.MaxValue % 1000));

        // uint + int mixing promotes to long
        uint u = 10;
        int s = -20;
        var mix = u + s;
        Console.WriteLine("uint+int type=" + mix.GetType().Name + " value=" + mix);
        var mix2 = u * 3;
        Console.WriteLine("uint*3 type=" + mix2.GetType().Name + " value=" + mix2);
        ulong ul = 5;
        var mix3 = ul + 3u;
        Console.WriteLine("ulong+uint type=" + mix3.GetType().Name + " value=" + mix3);

        // sort order by unsigned comparison
        uint[] arr = { 5, 0xFFFFFFFF, 0x80000000, 1, 0x7FFFFFFF };
        Array.Sort(arr);
        foreach (var x in arr) Console.WriteLine("sorted " + x);
        int[] sarr = { 5, -1, int.MinValue, 1, int.MaxValue };
        Array.Sort(sarr);
        foreach (var x in sarr) Console.WriteLine("ssorted " + x);

        Console.WriteLine("CompareTo: " + 0xFFFFFFFFu.CompareTo(1u) + " " + ulong.MaxValue.CompareTo(0UL));
        Console.WriteLine("Hex: " + uint.MaxValue.ToString("X") + " " + ulong.MaxValue.ToString("x"));
        Console.WriteLine("Parse: " + uint.Parse("4294967295") + " " + ulong.Parse("18446744073709551615"));

        // loop counting down with unsigned
        uint cnt = 0;
        for (uint k = 5; k != uint.MaxValue; k--) cnt++;
        Console.WriteLine("countdown iterations=" + cnt);
    }
}
