using System;

class Program
{
    static void Main()
    {
        Array inst = Array.CreateInstance(typeof(int), new[] { 2, 3 }, new[] { 1, 10 });
        inst.SetValue(42, 2, 12);
        Console.WriteLine("lower bounds: " + inst.GetLowerBound(0) + " " + inst.GetLowerBound(1) + " " + inst.GetValue(2, 12) + " " + inst.Length + " ub " + inst.GetUpperBound(1));
        try { inst.GetValue(0, 10); } catch (IndexOutOfRangeException) { Console.WriteLine("lb OOR"); }
        inst.SetValue(7, 1, 10);
        int s = 0; foreach (int v in inst) s += v;
        Console.WriteLine("sum " + s + " " + inst.GetType().Name + " " + (inst is int[,]));
        Array one = Array.CreateInstance(typeof(string), new[] { 3 }, new[] { -1 });
        one.SetValue("neg", -1);
        Console.WriteLine("1d lb: " + one.GetValue(-1) + " " + one.GetLowerBound(0) + " " + (one is string[]) + " " + one.GetType().Name);
    }
}
