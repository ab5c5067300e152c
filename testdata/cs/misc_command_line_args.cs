using System;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("args.Length=" + args.Length);
        for (int i = 0; i < args.Length; i++) Console.WriteLine("args[" + i + "]=[" + args[i] + "]");
        string[] cl = Environment.GetCommandLineArgs();
        Console.WriteLine("GetCommandLineArgs length=" + cl.Length + " (program + args)");
        Console.WriteLine("program path ends with .exe: " + cl[0].EndsWith(".exe"));
        for (int i = 1; i < cl.Length; i++) Console.WriteLine("cl[" + i + "]=[" + cl[i] + "] same as args: " + (cl[i] == args[i - 1]));
        int sum = 0;
        int nonNumeric = 0;
        foreach (var a in args)
        {
            int v;
            if (int.TryParse(a, out v)) sum += v; else nonNumeric++;
        }
        Console.WriteLine("sum of numeric args=" + sum + " non-numeric=" + nonNumeric);
        string mode = args.Length > 0 ? args[0] : "none";
        switch (mode)
        {
            case "--verbose": Console.WriteLine("verbose mode"); break;
            case "none": Console.WriteLine("no args"); break;
            default: Console.WriteLine("mode " + mode); break;
        }
        return nonNumeric;
    }
}
