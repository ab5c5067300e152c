using System;

class Program
{
    static int finallies;

    static int Level(int n, int throwAt)
    {
        try
        {
            if (n == throwAt) throw new InvalidOperationException("thrown at level " + n);
            return Level(n + 1, throwAt) + 1;
        }
        finally { finallies++; }
    }

    static int CatchAt(int n, int catchAt, int throwAt)
    {
        if (n == catchAt)
        {
            try { return CatchAt(n + 1, catchAt, throwAt); }
            catch (InvalidOperationException e) { Console.WriteLine("  caught at level " + n + ": " + e.Message); return -n; }
        }
        if (n == throwAt) throw new InvalidOperationException("from " + n);
        return CatchAt(n + 1, catchAt, throwAt);
    }

    static void Main()
    {
        try { Level(0, 1000); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message + " finallies=" + finallies); }
        finallies = 0;
        try { Level(0, 5000); }
        catch (InvalidOperationException e) { Console.WriteLine("caught: " + e.Message + " finallies=" + finallies); }
        Console.WriteLine("CatchAt: " + CatchAt(0, 50, 200));
        Console.WriteLine("CatchAt: " + CatchAt(0, 3, 4));
        int caught = 0;
        for (int i = 0; i < 10000; i++)
        {
            try { if (i % 3 == 0) throw new ArgumentException(); }
            catch (ArgumentException) { caught++; }
        }
        Console.WriteLine("caught in loop: " + caught);
        Func<int, int> thrower = null;
        thrower = k => { if (k == 0) throw new FormatException("lambda bottom"); return thrower(k - 1); };
        try { thrower(300); }
        catch (FormatException e) { Console.WriteLine("through lambdas: " + e.Message); }
        try { new Walker().Walk(0); }
        catch (Exception e) { Console.WriteLine("through virtual calls: " + e.GetType().Name + " " + e.Message); }
    }

    class Walker
    {
        public virtual void Walk(int d) { if (d == 100) throw new IndexOutOfRangeException("walked " + d); new SubWalker().Walk(d + 1); }
    }
    class SubWalker : Walker { public override void Walk(int d) { base.Walk(d + 1); } }
}
