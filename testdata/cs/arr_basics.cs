using System;

class Program
{
    static readonly int[] Primes = { 2, 3, 5, 7, 11, 13, 17, 19, 23, 29 };
    static readonly byte[] Bytes = { 0x00, 0x7F, 0x80, 0xFF };
    static readonly double[] Doubles = { 1.5, -2.25, 1e10 };
    static readonly string[] Words = { "alpha", "beta", null, "delta" };
    static readonly char[] Chars = { 'x', 'y', 'z' };
    static readonly long[] Longs = { long.MinValue, 0, long.MaxValue };
    static readonly bool[] Bools = { true, false, true };

    static void Main()
    {
        int[] a = new int[5];
        Console.WriteLine("new int[5]: " + string.Join(",", a) + " Length=" + a.Length);
        for (int i = 0; i < a.Length; i++) a[i] = i * i;
        Console.WriteLine("squares: " + string.Join(",", a));
        Console.WriteLine("primes: " + string.Join(" ", Primes) + " sum=" + Sum(Primes));
        Console.WriteLine("bytes: " + string.Join(" ", Bytes) + " doubles: " + string.Join(" ", Doubles));
        Console.WriteLine("words: " + string.Join("|", Words) + " chars: " + new string(Chars) + " longs: " + string.Join(" ", Longs) + " bools: " + string.Join(" ", Bools));
        int[] b = { 1, 2, 3 };
        int[] c = new int[] { 4, 5, 6 };
        var d = new[] { 7, 8, 9 };
        Console.WriteLine("initializer forms: " + b[2] + c[0] + d[1]);
        int[] alias = b;
        alias[0] = 100;
        Console.WriteLine("arrays are references: b[0]=" + b[0]);
        int[] empty = new int[0];
        Console.WriteLine("empty length=" + empty.Length + " Array.Empty length=" + Array.Empty<string>().Length);
        try { a[5] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine("a[5]: " + e.GetType().FullName + ": " + e.Message); }
        int minus1 = -1;
        try { Console.WriteLine(a[minus1]); } catch (IndexOutOfRangeException e) { Console.WriteLine("a[-1]: " + e.GetType().Name); }
        try { int[] neg = new int[minus1]; Console.WriteLine(neg.Length); } catch (OverflowException e) { Console.WriteLine("new int[-1]: " + e.GetType().Name); }
        int[] nul = null;
        try { Console.WriteLine(nul.Length); } catch (NullReferenceException e) { Console.WriteLine("null.Length: " + e.GetType().Name); }
        try { nul[0] = 1; } catch (NullReferenceException e) { Console.WriteLine("null[0]=: " + e.GetType().Name); }
        long idx = 2;
        Console.WriteLine("long index: " + Primes[idx] + " uint index: " + Primes[3u] + " byte index: " + Primes[(byte)4]);
        int total = 0;
        foreach (int p in Primes) total += p;
        Console.WriteLine("foreach total=" + total);
        int[] rev = new int[Primes.Length];
        for (int i = 0; i < Primes.Length; i++) rev[Primes.Length - 1 - i] = Primes[i];
        Console.WriteLine("reversed: " + string.Join(",", rev));
        object[] objs = { 1, "two", 3.0, null, new int[] { 4 } };
        foreach (object o in objs) Console.Write((o == null ? "null" : o.GetType().Name) + " ");
        Console.WriteLine();
        int[] big = new int[100000];
        for (int i = 0; i < big.Length; i++) big[i] = i % 7;
        long bs = 0;
        foreach (int x in big) bs += x;
        Console.WriteLine("big sum=" + bs);
        Console.WriteLine("Rank=" + a.Rank + " GetLength(0)=" + a.GetLength(0));
        Console.WriteLine("GetType: " + a.GetType().Name + " " + Words.GetType().Name + " " + new int[2][].GetType().Name);
        Console.WriteLine("array equality by reference: " + (b == alias) + " " + (b == new int[] { 100, 2, 3 }) + " Equals " + b.Equals(new int[] { 100, 2, 3 }));
        char[] cs = new char[3];
        Console.WriteLine("default char array codes: " + (int)cs[0] + (int)cs[2]);
        string[] ss = new string[2];
        Console.WriteLine("default string array: " + (ss[0] == null));
    }

    static int Sum(int[] arr) { int s = 0; for (int i = 0; i < arr.Length; i++) s += arr[i]; return s; }
}
