using System;

// Virtual and interface calls in hot loops, whose receiver classes change
// after the loop has been optimised with the profile of its first
// iterations: classes the profile never saw, a subclass of a profiled
// class (a type test must be exact), boxed structs, null receivers (the
// exception must come from the call), and a receiver whose override
// throws. Results must not depend on the tier.

interface IValue
{
    int Get(int k);
}

class A : IValue
{
    public int V;
    public A(int v) { V = v; }
    public virtual int Get(int k) { return V + k; }
}

class B : IValue
{
    public int V;
    public B(int v) { V = v; }
    public int Get(int k) { return V * k; }
}

class SubA : A
{
    public SubA(int v) : base(v) { }
    public override int Get(int k) { return -V - k; }
}

class Thrower : A
{
    public Thrower() : base(0) { }
    public override int Get(int k) { throw new InvalidOperationException("thrower " + k); }
}

struct S : IValue
{
    public int V;
    public int Get(int k) { return V - k; }
}

class C : IValue
{
    public int Get(int k) { return 1000; }
}

static class Program
{
    static IValue Pick(int i, int phase)
    {
        switch (phase)
        {
            case 0: return (i & 1) == 0 ? (IValue)new A(i & 7) : new B(i & 3);
            case 1:
                if (i % 3 == 0) return new SubA(i & 7);
                if (i % 3 == 1) return new C();
                return new S { V = i & 15 };
            default:
                switch (i % 5)
                {
                    case 0: return null;
                    case 1: return new A(2);
                    case 2: return new Thrower();
                    case 3: return new B(3);
                    default: return new S { V = 1 };
                }
        }
    }

    static long Run(IValue[] items, int rounds)
    {
        long sum = 0;
        for (int r = 0; r < rounds; r++)
        {
            for (int i = 0; i < items.Length; i++)
            {
                sum += items[i].Get(r);
            }
        }
        return sum;
    }

    static long RunVirtual(A[] items, int rounds)
    {
        long sum = 0;
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < items.Length; i++)
                sum += items[i].Get(i);
        return sum;
    }

    static int Main()
    {
        // One long loop whose receivers change phase while it runs.
        long total = 0;
        int errors = 0, nulls = 0;
        for (int i = 0; i < 30000; i++)
        {
            IValue v = Pick(i, i < 20000 ? 0 : i < 25000 ? 1 : 2);
            try
            {
                total += v.Get(i);
            }
            catch (NullReferenceException)
            {
                nulls++;
            }
            catch (InvalidOperationException e)
            {
                if (errors++ == 0) Console.WriteLine(e.Message);
            }
        }
        Console.WriteLine("total " + total + " nulls " + nulls + " errors " + errors);

        var items = new IValue[16];
        for (int i = 0; i < items.Length; i++) items[i] = Pick(i, 0);
        Console.WriteLine("run " + Run(items, 200));
        for (int i = 0; i < items.Length; i++) items[i] = Pick(i, 1);
        Console.WriteLine("run " + Run(items, 200));

        var arr = new A[8];
        for (int i = 0; i < arr.Length; i++) arr[i] = new A(i);
        Console.WriteLine("virtual " + RunVirtual(arr, 300));
        arr[3] = new SubA(3);
        arr[5] = new Thrower();
        try
        {
            Console.WriteLine("virtual " + RunVirtual(arr, 300));
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        arr[5] = null;
        try
        {
            Console.WriteLine("virtual " + RunVirtual(arr, 300));
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null receiver");
        }
        return 0;
    }
}
