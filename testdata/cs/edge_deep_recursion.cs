using System;
using System.Collections.Generic;

class Node { public int V; public Node Next; }
struct Acc { public long Sum; public int Depth; }

class Program
{
    static int Depth(int n) { return n == 0 ? 0 : 1 + Depth(n - 1); }
    static long SumTo(long n, long acc) { if (n == 0) return acc; return SumTo(n - 1, acc + n); }
    static int ListLen(Node n) { return n == null ? 0 : 1 + ListLen(n.Next); }
    static void WithStruct(ref Acc a, int n) { if (n == 0) return; a.Sum += n; a.Depth++; WithStruct(ref a, n - 1); }
    static int Mutual(int n) { return n <= 0 ? 0 : 1 + Mutual2(n - 1); }
    static int Mutual2(int n) { return n <= 0 ? 0 : 2 + Mutual(n - 1); }
    static int TryDepth(int n)
    {
        try { if (n == 0) throw new InvalidOperationException("bottom"); return TryDepth(n - 1) + 1; }
        finally { if (n == 50000) Console.WriteLine("outermost finally"); }
    }
    static int CatchDepth(int n)
    {
        if (n == 0) throw new ArgumentException("deep");
        try { return CatchDepth(n - 1); }
        catch (ArgumentException) when (n == 40000) { return -n; }
    }
    static T GenDepth<T>(T x, int n) { return n == 0 ? x : GenDepth<T>(x, n - 1); }
    interface IRec { int Go(int n); }
    class Rec : IRec { public int Go(int n) { return n == 0 ? 0 : ((IRec)this).Go(n - 1) + 1; } }
    abstract class VBase { public abstract int V(int n); }
    class VDer : VBase { public override int V(int n) { return n == 0 ? 7 : V(n - 1); } }
    static IEnumerable<int> Count(int n) { for (int i = 0; i < n; i++) yield return i; }
    static Func<int, int> selfRef;
    static void Main()
    {
        Console.WriteLine("Depth " + Depth(50000));
        Console.WriteLine("SumTo " + SumTo(60000, 0));
        Node head = null; for (int i = 0; i < 50000; i++) head = new Node { V = i, Next = head };
        Console.WriteLine("ListLen " + ListLen(head));
        Acc a = new Acc(); WithStruct(ref a, 50000);
        Console.WriteLine("ref struct " + a.Sum + " " + a.Depth);
        Console.WriteLine("Mutual " + Mutual(50001));
        try { TryDepth(50000); } catch (InvalidOperationException e) { Console.WriteLine("caught " + e.Message); }
        Console.WriteLine("CatchDepth " + CatchDepth(50000));
        Console.WriteLine("GenDepth " + GenDepth("s", 50000) + GenDepth(3.5, 50000));
        Console.WriteLine("iface rec " + new Rec().Go(50000));
        Console.WriteLine("virtual rec " + new VDer().V(50000));
        selfRef = n => n == 0 ? 0 : selfRef(n - 1) + 1;
        Console.WriteLine("lambda rec " + selfRef(30000));
        long s = 0; foreach (var x in Count(100000)) s += x;
        Console.WriteLine("iter sum " + s);
        var dict = new Dictionary<int, int>();
        Func<int, int> memo = null;
        memo = n => { if (n < 2) return n; int r; if (dict.TryGetValue(n, out r)) return r; r = (memo(n - 1) + memo(n - 2)) % 1000007; dict[n] = r; return r; };
        Console.WriteLine("memo " + memo(20000));
        Console.WriteLine("ToString deep " + Nest(2000).Length);
    }
    static string Nest(int n) { return n == 0 ? "" : "(" + Nest(n - 1) + ")"; }
}
