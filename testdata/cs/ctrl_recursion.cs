using System;

class Program
{
    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }
    static long SumTo(long n, long acc) { if (n == 0) return acc; return SumTo(n - 1, acc + n); }
    static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }
    static int Ackermann(int m, int n)
    {
        if (m == 0) return n + 1;
        if (n == 0) return Ackermann(m - 1, 1);
        return Ackermann(m - 1, Ackermann(m, n - 1));
    }
    static bool IsEven(int n) { return n == 0 ? true : IsOdd(n - 1); }
    static bool IsOdd(int n) { return n == 0 ? false : IsEven(n - 1); }
    static int Gcd(int a, int b) { return b == 0 ? a : Gcd(b, a % b); }
    static void Hanoi(int n, char from, char to, char via, ref int moves, bool print)
    {
        if (n == 0) return;
        Hanoi(n - 1, from, via, to, ref moves, print);
        moves++;
        if (print) Console.WriteLine("move disk " + n + " " + from + "->" + to);
        Hanoi(n - 1, via, to, from, ref moves, print);
    }
    static void Permute(char[] a, int k, System.Collections.Generic.List<string> output)
    {
        if (k == a.Length) { output.Add(new string(a)); return; }
        for (int i = k; i < a.Length; i++)
        {
            char t = a[k]; a[k] = a[i]; a[i] = t;
            Permute(a, k + 1, output);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }
    static int DeepWithLocals(int n, double x, string s)
    {
        if (n == 0) return s.Length + (int)x;
        double y = x + 0.5;
        string t = n % 1000 == 0 ? s + "." : s;
        return DeepWithLocals(n - 1, y, t);
    }
    static int QuickSelectSum(int[] a, int lo, int hi)
    {
        if (lo > hi) return 0;
        int mid = (lo + hi) / 2;
        return a[mid] + QuickSelectSum(a, lo, mid - 1) + QuickSelectSum(a, mid + 1, hi);
    }

    static void Main()
    {
        Console.WriteLine("Depth(10000)=" + Depth(10000));
        Console.WriteLine("Depth(50000)=" + Depth(50000));
        Console.WriteLine("SumTo(20000)=" + SumTo(20000, 0));
        Console.WriteLine("DeepWithLocals(10000)=" + DeepWithLocals(10000, 0, "x"));
        for (int i = 0; i <= 20; i += 4) Console.WriteLine("Fib(" + i + ")=" + Fib(i));
        Console.WriteLine("Fib(25)=" + Fib(25));
        Console.WriteLine("Ackermann(2,3)=" + Ackermann(2, 3));
        Console.WriteLine("Ackermann(3,3)=" + Ackermann(3, 3));
        Console.WriteLine("IsEven(5001)=" + IsEven(5001) + " IsOdd(5001)=" + IsOdd(5001));
        Console.WriteLine("Gcd(1071,462)=" + Gcd(1071, 462) + " Gcd(17,5)=" + Gcd(17, 5));
        int moves = 0;
        Hanoi(3, 'A', 'C', 'B', ref moves, true);
        Console.WriteLine("hanoi 3 moves=" + moves);
        moves = 0;
        Hanoi(16, 'A', 'C', 'B', ref moves, false);
        Console.WriteLine("hanoi 16 moves=" + moves);
        var perms = new System.Collections.Generic.List<string>();
        Permute("abcd".ToCharArray(), 0, perms);
        Console.WriteLine("perms=" + perms.Count + ": " + string.Join(" ", perms));
        int[] arr = new int[1000];
        for (int i = 0; i < arr.Length; i++) arr[i] = i;
        Console.WriteLine("tree sum=" + QuickSelectSum(arr, 0, arr.Length - 1));
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine("lambda fact(10)=" + fact(10));
    }
}
