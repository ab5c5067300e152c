// fib: naive doubly recursive Fibonacci (call overhead, integer arithmetic).
// Size: N = 38 (first command-line argument overrides). Prints fib(N).
using System;

static class Fib
{
    static int F(int n)
    {
        return n < 2 ? n : F(n - 1) + F(n - 2);
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 38;
        Console.WriteLine("fib(" + n + ") = " + F(n));
        return 0;
    }
}
