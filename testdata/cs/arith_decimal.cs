using System;

class Program
{
    static void Main()
    {
        decimal a = 10.25m, b = 3m;
        Console.WriteLine("a+b=" + (a + b));
        Console.WriteLine("a-b=" + (a - b));
        Console.WriteLine("a*b=" + (a * b));
        Console.WriteLine("a/b=" + (a / b));
        Console.WriteLine("a%b=" + (a % b));
        Console.WriteLine("-a%b=" + (-a % b));
        Console.WriteLine("1/3=" + (1m / 3m));
        Console.WriteLine("2/3=" + (2m / 3m));
        Console.WriteLine("1/3*3=" + (1m / 3m * 3m));
        Console.WriteLine("0.1+0.2=" + (0.1m + 0.2m) + " ==0.3: " + (0.1m + 0.2m == 0.3m));
        Console.WriteLine("1.10+2.205=" + (1.10m + 2.205m));
        Console.WriteLine("1.50*2=" + (1.50m * 2m));
        Console.WriteLine("1.50*2.00=" + (1.50m * 2.00m));
        Console.WriteLine("10/4=" + (10m / 4m));
        Console.WriteLine("10.00/4=" + (10.00m / 4m));
        Console.WriteLine("100/10=" + (100m / 10m));
        Console.WriteLine("1.000 == 1: " + (1.000m == 1m) + " ToString " + 1.000m);
        Console.WriteLine("MaxValue=" + decimal.MaxValue);
        Console.WriteLine("MinValue=" + decimal.MinValue);
        Console.WriteLine("One=" + decimal.One + " Zero=" + decimal.Zero + " MinusOne=" + decimal.MinusOne);
        Console.WriteLine("small=" + 0.0000000000000000000000000001m);
        Console.WriteLine("small/10=" + (0.0000000000000000000000000001m / 10m));
        Console.WriteLine("Max/3=" + (decimal.MaxValue / 3m));
        Console.WriteLine("1e28/7=" + (10000000000000000000000000000m / 7m));

        Console.WriteLine("Round(2.5)=" + Math.Round(2.5m) + " Round(3.5)=" + Math.Round(3.5m) + " Round(-2.5)=" + Math.Round(-2.5m));
        Console.WriteLine("Round(2.345,2)=" + Math.Round(2.345m, 2) + " Round(2.355,2)=" + Math.Round(2.355m, 2));
        Console.WriteLine("Round away(2.5)=" + Math.Round(2.5m, MidpointRounding.AwayFromZero) + " Round away(2.345,2)=" + Math.Round(2.345m, 2, MidpointRounding.AwayFromZero));
        Console.WriteLine("decimal.Round(1.005,2)=" + decimal.Round(1.005m, 2));
        Console.WriteLine("Truncate(-3.7)=" + decimal.Truncate(-3.7m) + " Floor(-3.7)=" + decimal.Floor(-3.7m) + " Ceiling(-3.7)=" + decimal.Ceiling(-3.7m));
        Console.WriteLine("Floor(3.7)=" + Math.Floor(3.7m) + " Ceiling(3.2)=" + Math.Ceiling(3.2m));
        Console.WriteLine("Abs(-1.5)=" + Math.Abs(-1.5m) + " Max=" + Math.Max(1.5m, 1.50m) + " Sign=" + Math.Sign(-0.001m));
        Console.WriteLine("Negate=" + decimal.Negate(5.5m) + " Remainder=" + decimal.Remainder(7.5m, 2m));
        Console.WriteLine("Add=" + decimal.Add(1.1m, 2.2m) + " Multiply=" + decimal.Multiply(1.1m, 2.2m) + " Divide=" + decimal.Divide(1m, 8m) + " Subtract=" + decimal.Subtract(5m, 7.25m));
        Console.WriteLine("Compare=" + decimal.Compare(1m, 2m) + " CompareTo=" + 2.0m.CompareTo(2m) + " Equals=" + 2.0m.Equals(2m));

        Console.WriteLine("Parse(\"123.4500\")=" + decimal.Parse("123.4500"));
        Console.WriteLine("Parse(\"-0.001\")=" + decimal.Parse("-0.001"));
        Console.WriteLine("(decimal)0.1=" + (decimal)0.1 + " (decimal)1.0/3=" + (decimal)(1.0 / 3));
        Console.WriteLine("(decimal)123.456f=" + (decimal)123.456f);
        Console.WriteLine("(double)1/3m=" + (double)(1m / 3m));
        Console.WriteLine("int+decimal=" + (5 + 0.5m) + " long*decimal=" + (3000000000L * 1.5m));

        decimal balance = 1000m;
        decimal rate = 0.035m;
        for (int year = 1; year <= 10; year++)
        {
            balance = Math.Round(balance * (1 + rate), 2);
            Console.WriteLine("year " + year + ": " + balance);
        }
        decimal sum = 0;
        for (int i = 1; i <= 100; i++) sum += 1m / i;
        Console.WriteLine("harmonic 100=" + sum);
        decimal prod = 1;
        for (int i = 1; i <= 27; i++) prod *= i;
        Console.WriteLine("27!=" + prod);
        try { prod *= 28 * 29; Console.WriteLine("no overflow " + prod); }
        catch (OverflowException e) { Console.WriteLine("Overflow: " + e.Message); }
        int[] bits = decimal.GetBits(-123.45m);
        Console.WriteLine("GetBits(-123.45)=" + bits[0] + "," + bits[1] + "," + bits[2] + "," + bits[3].ToString("X8"));
        Console.WriteLine("new decimal(12345, 0, 0, true, 3)=" + new decimal(12345, 0, 0, true, 3));
        Console.WriteLine("new decimal(1.5)=" + new decimal(1.5) + " new decimal(42L)=" + new decimal(42L));
    }
}
