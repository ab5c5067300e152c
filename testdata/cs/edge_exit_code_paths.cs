using System;

class Program
{
    static int Depth(int n)
    {
        try
        {
            if (n == 0) { Environment.ExitCode = 5; return 0; }
            return Depth(n - 1) + 1;
        }
        finally { if (n == 3) Console.WriteLine("finally at 3, ExitCode=" + Environment.ExitCode); }
    }
    static void Main(string[] args)
    {
        Console.WriteLine("args=" + args.Length);
        Depth(5);
        Console.WriteLine("ExitCode now " + Environment.ExitCode);
        try { Environment.ExitCode = 300; }
        finally { Console.WriteLine("set 300"); }
        Console.Out.Write("no newline at end");
    }
}
