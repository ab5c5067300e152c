using System;
using System.Runtime.CompilerServices;
using System.Threading;

// Several threads call the same small hot methods (a static arithmetic
// method, a virtual method overridden in two classes, an interface method)
// while tiered compilation promotes them: calls keep running through the
// old versions while new ones are published. Results are deterministic.

interface IShape
{
    int Area(int k);
}

sealed class Square : IShape
{
    int side;
    public Square(int side) { this.side = side; }
    public int Area(int k) { return side * side + k; }
}

sealed class Rect : IShape
{
    int w, h;
    public Rect(int w, int h) { this.w = w; this.h = h; }
    public int Area(int k) { return w * h - k; }
}

abstract class Op
{
    public virtual int Apply(int x) { return x + 1; }
}

class Triple : Op
{
    public override int Apply(int x) { return x * 3 + 1; }
}

class Flip : Op
{
    public override int Apply(int x) { return (x ^ 0x5A5A) - 7; }
}

class Program
{
    const int Iters = 200000;

    static int Mix(int a, int b)
    {
        return (a * 31 + b) ^ (a >> 3);
    }

    // Not inlined, so that every thread keeps calling it through its entry
    // point while it is promoted (Mix is inlined into the loop once OSR
    // moves it to tier 1, after which nothing may call Mix again).
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Step(int a, int b)
    {
        return (a * 17 + b) ^ (a >> 5);
    }

    static long Work(int id, int iters)
    {
        Op[] ops = { new Triple(), new Flip() };
        IShape[] shapes = { new Square(id + 2), new Rect(id + 1, 5) };
        Op mostlyTriple = ops[0];
        long acc = id;
        for (int i = 0; i < iters; i++)
        {
            int v = Mix(i, id);
            acc += ops[i & 1].Apply(v & 0xFFFF);
            acc ^= shapes[(i >> 1) & 1].Area(i & 1023);
            // A site that is almost always Triple: a guarded devirtualisation
            // with a rarely taken fallback.
            Op o = (i % 97 == 0) ? ops[1] : mostlyTriple;
            acc += o.Apply(i & 255);
            acc += Step(i, id) & 0xFF;
            acc = (acc * 1000003) % 2147483647;
        }
        return acc;
    }

    static void Main()
    {
        const int N = 4;
        long[] results = new long[N];
        Thread[] threads = new Thread[N];
        for (int p = 0; p < N; p++)
        {
            int id = p;
            threads[p] = new Thread(() => { results[id] = Work(id, Iters); });
            threads[p].Start();
        }
        long mainResult = Work(N, Iters);
        foreach (Thread t in threads) t.Join();
        for (int p = 0; p < N; p++)
            Console.WriteLine("thread " + p + ": " + results[p]);
        Console.WriteLine("main: " + mainResult);

        // Again after promotion: the same inputs give the same results.
        bool same = true;
        for (int p = 0; p < N; p++)
            if (Work(p, Iters / 10) != Work(p, Iters / 10)) same = false;
        Console.WriteLine("repeatable: " + same);
        long check = 0;
        for (int p = 0; p < N; p++) check ^= results[p] * (p + 1);
        Console.WriteLine("checksum: " + (check ^ mainResult));
    }
}
