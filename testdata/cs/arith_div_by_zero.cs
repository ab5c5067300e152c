using System;

class Program
{
    static int Zero() { return 0; }
    static int MinusOne() { return -1; }

    static void Run(string label, Func<object> f)
    {
        try
        {
            Console.WriteLine(label + " = " + f());
        }
        catch (Exception e)
        {
            Console.WriteLine(label + " threw " + e.GetType().FullName + ": " + e.Message);
        }
    }

    static void Main()
    {
        int z = Zero();
        int m1 = MinusOne();
        long lz = z;
        long lm1 = m1;
        Run("10/0", () => 10 / z);
        Run("10%0", () => 10 % z);
        Run("0/0", () => 0 / z);
        Run("10L/0", () => 10L / lz);
        Run("10L%0", () => 10L % lz);
        Run("10u/0", () => 10u / (uint)z);
        Run("10u%0", () => 10u % (uint)z);
        Run("10UL/0", () => 10UL / (ulong)lz);
        Run("(byte)10/0", () => (byte)10 / (byte)z);
        Run("(short)10%0", () => (short)10 % (short)z);
        Run("int.MinValue/-1", () => int.MinValue / m1);
        Run("int.MinValue%-1", () => int.MinValue % m1);
        Run("long.MinValue/-1", () => long.MinValue / lm1);
        Run("long.MinValue%-1", () => long.MinValue % lm1);
        Run("int.MaxValue/-1", () => int.MaxValue / m1);
        Run("int.MaxValue%-1", () => int.MaxValue % m1);
        Run("int.MinValue/1", () => int.MinValue / (-m1));
        Run("checked(int.MinValue/-1)", () => checked(int.MinValue / m1));
        Run("10.0/0", () => 10.0 / z);
        Run("-10.0/0", () => -10.0 / z);
        Run("0.0/0", () => 0.0 / z);
        Run("10.0%0", () => 10.0 % z);
        Run("10f/0", () => 10f / z);
        Run("10m/0", () => 10m / z);
        Run("10m%0", () => 10m % z);
        Run("Math.DivRem", () => { int r; int q = Math.DivRem(17, 5, out r); return q + " r " + r; });
        Run("Math.DivRem by 0", () => { int r; int q = Math.DivRem(17, z, out r); return q; });

        int count = 0;
        for (int d = -3; d <= 3; d++)
        {
            try
            {
                Console.WriteLine("100/" + d + "=" + (100 / d) + " 100%" + d + "=" + (100 % d));
            }
            catch (DivideByZeroException)
            {
                count++;
                Console.WriteLine("100/" + d + " -> DivideByZeroException");
            }
        }
        Console.WriteLine("caught " + count);

        // exceptions via compound assignment
        int acc = 50;
        try { acc /= z; } catch (DivideByZeroException e) { Console.WriteLine("acc/=0: " + e.GetType().Name + " acc=" + acc); }
        try { acc %= z; } catch (ArithmeticException e) { Console.WriteLine("acc%=0 as ArithmeticException: " + e.GetType().Name); }
        Console.WriteLine("DivideByZeroException is ArithmeticException: " + (new DivideByZeroException() is ArithmeticException));
        Console.WriteLine("OverflowException is ArithmeticException: " + (new OverflowException() is ArithmeticException));
    }
}
