using System;

class Program
{
    static void Main()
    {
        var r = new Random(42);
        Console.Write("Next(100) x20:");
        for (int i = 0; i < 20; i++) Console.Write(" " + r.Next(100));
        Console.WriteLine();
        Console.WriteLine("NextDouble x5:");
        for (int i = 0; i < 5; i++) Console.WriteLine("  " + r.NextDouble().ToString("R"));
        Console.Write("Next() x5:");
        for (int i = 0; i < 5; i++) Console.Write(" " + r.Next());
        Console.WriteLine();
        Console.Write("Next(-10,10) x10:");
        for (int i = 0; i < 10; i++) Console.Write(" " + r.Next(-10, 10));
        Console.WriteLine();
        var bytes = new byte[8];
        r.NextBytes(bytes);
        Console.WriteLine("NextBytes: " + BitConverter.ToString(bytes));
        var r0 = new Random(0);
        Console.Write("seed 0 Next(1000) x5:");
        for (int i = 0; i < 5; i++) Console.Write(" " + r0.Next(1000));
        Console.WriteLine();
        var rneg = new Random(-12345);
        Console.Write("seed -12345 Next(50) x5:");
        for (int i = 0; i < 5; i++) Console.Write(" " + rneg.Next(50));
        Console.WriteLine();
        var rmax = new Random(int.MaxValue);
        Console.WriteLine("seed int.MaxValue NextDouble: " + rmax.NextDouble().ToString("R"));
        var a = new Random(7);
        var b = new Random(7);
        bool same = true;
        for (int i = 0; i < 1000; i++) if (a.Next() != b.Next()) same = false;
        Console.WriteLine("same seed same sequence: " + same);
        Console.WriteLine("Next(0)=" + r.Next(0) + " Next(1)=" + r.Next(1) + " Next(5,5)=" + r.Next(5, 5));
        try { r.Next(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Next(-1): " + e.GetType().Name); }
        try { r.Next(10, 5); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Next(10,5): " + e.GetType().Name); }
        var dice = new int[6];
        var rd = new Random(2023);
        for (int i = 0; i < 6000; i++) dice[rd.Next(1, 7) - 1]++;
        Console.WriteLine("dice histogram: " + string.Join(",", dice));
        var deck = new int[10];
        for (int i = 0; i < 10; i++) deck[i] = i;
        var rs = new Random(99);
        for (int i = deck.Length - 1; i > 0; i--) { int j = rs.Next(i + 1); int t = deck[i]; deck[i] = deck[j]; deck[j] = t; }
        Console.WriteLine("shuffled: " + string.Join(",", deck));
        Console.WriteLine("large range Next(int.MinValue,int.MaxValue): " + new Random(1).Next(int.MinValue, int.MaxValue));
    }
}
