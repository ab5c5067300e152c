using System;

class Program
{
    static void Main()
    {
        string name = "World";
        int n = 42;
        double d = Math.PI;
        Console.WriteLine($"Hello, {name}!");
        Console.WriteLine($"n={n} n*2={n * 2} n/5={n / 5.0}");
        Console.WriteLine($"pi={d:F3} [{d,10:F2}] [{d,-10:F1}] [{n,5}] [{n,-5}]");
        Console.WriteLine($"hex={n:X4} pct={0.25:P0} sci={12345.678:E2}");
        Console.WriteLine($"ternary: {(n > 40 ? "big" : "small")}");
        Console.WriteLine($"method call: {name.ToUpper()} length {name.Length}");
        Console.WriteLine($"braces: {{ {n} }}");
        Console.WriteLine($"null: [{null}] [{(string)null}]");
        object o = null;
        Console.WriteLine($"null obj: [{o}]");
        Console.WriteLine($"nested: {$"inner {n}"}");
        Console.WriteLine($"char: {'x'} bool: {true} decimal: {1.10m}");
        string verbatim = $@"C:\path\{name}";
        Console.WriteLine(verbatim);
        int[] arr = { 1, 2, 3 };
        Console.WriteLine($"array: {string.Join(",", arr)} count={arr.Length}");
        for (int i = 0; i < 4; i++)
            Console.WriteLine($"{i,2}: {i * i,4} {Math.Sqrt(i),8:0.0000} {(i % 2 == 0 ? "even" : "odd"),-5}|");
        DateLike dl = new DateLike { Y = 2020, M = 2, D = 29 };
        Console.WriteLine($"custom ToString: {dl}");
        string s = $"{n}";
        Console.WriteLine("simple interp type=" + s.GetType().Name + " value=" + s);
        Console.WriteLine($"{n}{n}{n}");
        Console.WriteLine($"expr {n + 1}{n - 1} {n % 5}");
        Console.WriteLine($"escaped quote \"{name}\" and tab\t{n}");
    }
}

class DateLike
{
    public int Y, M, D;
    public override string ToString() { return $"{Y:D4}-{M:D2}-{D:D2}"; }
}
