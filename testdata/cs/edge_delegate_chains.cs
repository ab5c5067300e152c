using System;
using System.Collections.Generic;

delegate void Note(List<string> log);
delegate int IntOp(int x);

class Tgt
{
    public string Name;
    public Tgt(string n) { Name = n; }
    public void M(List<string> log) { log.Add(Name + ".M"); }
    public void N(List<string> log) { log.Add(Name + ".N"); }
    public static void S(List<string> log) { log.Add("static S"); }
    public int Twice(int x) { return x * 2; }
    public virtual int Virt(int x) { return x + 1; }
}
class Tgt2 : Tgt
{
    public Tgt2() : base("t2") { }
    public override int Virt(int x) { return x + 100; }
}

class Program
{
    static Note A, B, C, D;
    static string Run(Note n)
    {
        if (n == null) return "<null>";
        var log = new List<string>();
        n(log);
        return string.Join(",", log) + " [" + n.GetInvocationList().Length + "]";
    }
    static int Plus1(int x) { Console.Write("p1 "); return x + 1; }
    static int Times3(int x) { Console.Write("t3 "); return x * 3; }
    static void Main()
    {
        var t1 = new Tgt("t1");
        A = t1.M; B = t1.N; C = Tgt.S; D = new Tgt("t3").M;
        Note abc = A + B + C;
        Note abcab = abc + A + B;
        Console.WriteLine("abc: " + Run(abc));
        Console.WriteLine("abcab: " + Run(abcab));
        Console.WriteLine("abcab - (A+B): " + Run(abcab - (A + B)));
        Console.WriteLine("abcab - (B+C): " + Run(abcab - (B + C)));
        Console.WriteLine("abcab - (A+C): " + Run(abcab - (A + C)));
        Console.WriteLine("abcab - A: " + Run(abcab - A));
        Console.WriteLine("abc - abc: " + Run(abc - abc));
        Console.WriteLine("abc - D: " + Run(abc - D));
        Console.WriteLine("A - abc: " + Run(A - abc));
        Console.WriteLine("null + A: " + Run(null + A) + " A + null: " + Run(A + null));
        Note fresh = new Tgt("t1").M;
        Console.WriteLine("remove equal-but-different target: " + Run(abc - fresh));
        Note sameTarget = t1.M;
        Console.WriteLine("remove same target new delegate: " + Run(abc - sameTarget));
        Console.WriteLine("Equals: " + (A == sameTarget) + " " + A.Equals(sameTarget) + " " + (A == (Note)fresh) + " " + ((A + B) == (A + B)) + " " + ((A + B) == (B + A)));
        Console.WriteLine("RemoveAll: " + Run((Note)Delegate.RemoveAll(abcab, A + B)) + " | " + Run((Note)Delegate.RemoveAll(abcab, A)));
        Console.WriteLine("Remove: " + Run((Note)Delegate.Remove(abcab, A)));
        Note combined = (Note)Delegate.Combine(new Delegate[] { A, null, B, C, null });
        Console.WriteLine("Combine array: " + Run(combined));
        Console.WriteLine("Combine empty: " + (Delegate.Combine(new Delegate[0]) == null) + " " + (Delegate.Combine(null, null) == null));
        var list = abcab.GetInvocationList();
        foreach (var dd in list) Console.Write((dd.Target == null ? "static" : ((Tgt)dd.Target).Name) + ":" + dd.Method.Name + " ");
        Console.WriteLine();
        Console.WriteLine("static Target null: " + (C.Target == null) + " method " + C.Method.Name);
        IntOp ops = Plus1;
        ops += Times3;
        ops += Plus1;
        Console.WriteLine("ret last: " + ops(10));
        int acc = 0;
        foreach (IntOp op in ops.GetInvocationList()) acc = op(acc);
        Console.WriteLine("manual chain: " + acc);
        Tgt v = new Tgt2();
        IntOp virt = v.Virt;
        Console.WriteLine("virtual bound: " + virt(1) + " target " + ((Tgt)virt.Target).Name + " method decl " + virt.Method.DeclaringType.Name);
        IntOp viaBase = new Tgt("b").Virt;
        Console.WriteLine("base: " + viaBase(1) + " equal? " + (virt == viaBase));
        Func<int, int> f = v.Twice;
        IntOp io = new IntOp(f);
        Console.WriteLine("delegate from delegate: " + io(21) + " " + (io.Target == (object)f));
        Func<int, int> fromInvoke = new Func<int, int>(io.Invoke);
        Console.WriteLine("invoke wrap " + fromInvoke(5));
        // exception in middle of chain stops rest
        Note thrower = l => { l.Add("thrower"); throw new InvalidOperationException("stop"); };
        var chain = A + thrower + B;
        var log2 = new List<string>();
        try { chain(log2); } catch (InvalidOperationException) { Console.WriteLine("chain stopped: " + string.Join(",", log2)); }
        // event-like add/remove in loop
        Note ev = null;
        for (int i = 0; i < 5; i++) ev += (i % 2 == 0) ? A : B;
        Console.WriteLine("ev: " + Run(ev));
        ev -= A; ev -= A;
        Console.WriteLine("ev-A-A: " + Run(ev));
        ev -= B; ev -= B; ev -= A;
        Console.WriteLine("ev all removed: " + Run(ev));
        // DynamicInvoke
        Console.WriteLine("DynamicInvoke: " + ops.DynamicInvoke(1));
        Func<string, string, string> cat = string.Concat;
        Console.WriteLine(cat("x", "y") + " " + cat.Method.Name);
        Action<string> wl = Console.WriteLine;
        wl("via Action<string> bound to Console.WriteLine");
        Predicate<int> isEven = x => x % 2 == 0;
        Converter<int, string> conv = x => "#" + x;
        Console.WriteLine(string.Join(",", Array.ConvertAll(Array.FindAll(new[] { 1, 2, 3, 4 }, isEven), conv)));
        Comparison<int> desc = (x, y) => y.CompareTo(x);
        var arr = new[] { 3, 1, 2 };
        Array.Sort(arr, desc);
        Console.WriteLine(string.Join(",", arr));
    }
}
