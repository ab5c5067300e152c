using System;

delegate int Calc(int x);
delegate void Notify(string s);

class Program
{
    static int log;
    static int Double(int x) { Console.WriteLine("  Double(" + x + ")"); log++; return x * 2; }
    static int Square(int x) { Console.WriteLine("  Square(" + x + ")"); log++; return x * x; }
    static int Negate(int x) { Console.WriteLine("  Negate(" + x + ")"); log++; return -x; }
    static void A(string s) { Console.WriteLine("  A:" + s); }
    static void B(string s) { Console.WriteLine("  B:" + s); }
    static void C(string s) { Console.WriteLine("  C:" + s); }

    static void Main()
    {
        Calc c = Double;
        c += Square;
        c += Negate;
        Console.WriteLine("invoke chain, result is last:");
        Console.WriteLine("result=" + c(5));
        Console.WriteLine("invocation list length=" + c.GetInvocationList().Length);
        { int idx = 0; foreach (Calc d in c.GetInvocationList()) Console.WriteLine("  individual #" + (idx++) + " -> " + d(3)); }
        c -= Square;
        Console.WriteLine("after -= Square: result=" + c(4));
        c -= Square;
        Console.WriteLine("removing absent delegate is a no-op: count=" + c.GetInvocationList().Length);
        c += Double;
        Console.WriteLine("Double twice: result=" + c(1) + " count=" + c.GetInvocationList().Length);
        c -= Double;
        Console.WriteLine("-= removes last occurrence: order:");
        foreach (Calc d in c.GetInvocationList()) d(0);
        Notify n = A;
        n += B;
        n += C;
        n("first");
        Notify ab = A;
        ab += B;
        Notify removed = n - ab;
        Console.WriteLine("remove sub-chain A+B:");
        removed("second");
        Notify bc = B;
        bc += C;
        Console.WriteLine("remove sub-chain B+C:");
        (n - bc)("third");
        Notify ac = A;
        ac += C;
        Console.WriteLine("remove non-contiguous A+C (no change):");
        (n - ac)("fourth");
        Notify combined = (Notify)Delegate.Combine(new Notify(C), new Notify(A));
        Console.WriteLine("Delegate.Combine C,A:");
        combined("fifth");
        Notify empty = n;
        empty -= A; empty -= B; empty -= C;
        Console.WriteLine("all removed -> null: " + (empty == null));
        Notify fromNull = null;
        fromNull += A;
        Console.WriteLine("null += A:");
        fromNull("sixth");
        Action<int> acts = null;
        int total = 0;
        for (int i = 1; i <= 4; i++) { int k = i; acts += x => total += x * k; }
        acts(10);
        Console.WriteLine("closures in multicast total=" + total);
        Func<string> f = () => "one";
        f += () => "two";
        f += () => "three";
        Console.WriteLine("Func multicast returns last: " + f());
        Notify thrower = A;
        thrower += s => { throw new InvalidOperationException("boom in " + s); };
        thrower += C;
        try { thrower("seventh"); }
        catch (InvalidOperationException e) { Console.WriteLine("exception stops chain: " + e.Message); }
        Console.WriteLine("log count=" + log);
    }
}
