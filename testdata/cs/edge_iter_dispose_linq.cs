using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void L(string s) { Console.WriteLine(s); }
    static IEnumerable<int> Outer(string tag)
    {
        L(tag + ": outer start");
        try
        {
            for (int i = 0; i < 3; i++)
            {
                try
                {
                    L(tag + ": yield " + i);
                    yield return i;
                    L(tag + ": resumed after " + i);
                }
                finally { L(tag + ": inner finally " + i); }
            }
        }
        finally { L(tag + ": outer finally"); }
        L(tag + ": outer end");
    }
    static IEnumerable<int> Nested(int depth)
    {
        try
        {
            yield return depth;
            if (depth > 0)
                foreach (var x in Nested(depth - 1)) yield return x * 10 + depth;
        }
        finally { L("nested finally d=" + depth); }
    }
    static IEnumerable<string> Src(string name, int n)
    {
        for (int i = 0; i < n; i++) { L("  src " + name + " produces " + i); yield return name + i; }
        L("  src " + name + " exhausted");
    }
    static IEnumerable<int> ThrowsLate()
    {
        yield return 1;
        throw new InvalidOperationException("late");
    }
    static IEnumerable<int> WithBreak()
    {
        int i = 0;
        while (true) { if (i == 3) yield break; yield return i++; }
    }
    class Custom : IEnumerable<int>
    {
        public IEnumerator<int> GetEnumerator() { return new En(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        class En : IEnumerator<int>
        {
            int i = -1;
            public int Current { get { return i * i; } }
            object IEnumerator.Current { get { return Current; } }
            public bool MoveNext() { return ++i < 4; }
            public void Reset() { i = -1; }
            public void Dispose() { L("Custom.En disposed at " + i); }
        }
    }
    static void Main()
    {
        foreach (var x in Outer("A")) { L("A got " + x); if (x == 1) break; }
        L("---");
        var e = Outer("B").GetEnumerator();
        L("B created, not started");
        e.Dispose();
        L("B disposed before start");
        e = Outer("C").GetEnumerator();
        e.MoveNext(); L("C current " + e.Current);
        e.Dispose();
        L("C MoveNext after dispose: " + e.MoveNext());
        L("---");
        foreach (var x in Outer("D")) L("D got " + x);
        L("---");
        foreach (var x in Nested(2)) { L("nested got " + x); if (x == 21) break; }
        L("--- deferred LINQ");
        var q = Src("a", 4).Where(s => { L("  where " + s); return s != "a1"; }).Select(s => { L("  select " + s); return s.ToUpper(); });
        L("query built");
        foreach (var s in q.Take(2)) L("consumed " + s);
        L("--- zip");
        foreach (var z in Src("x", 3).Zip(Src("y", 2), (p, r) => p + r)) L("zip " + z);
        L("--- orderby");
        var ord = Src("o", 3).OrderByDescending(s => s);
        L("ordered built");
        L("first=" + ord.First());
        L("--- concat/any");
        L("any=" + Src("c", 5).Concat(Src("d", 2)).Any(s => s == "c1"));
        L("--- skipwhile/count");
        L("count=" + Src("s", 4).SkipWhile(s => s != "s2").Count());
        L("--- groupby lazy");
        var g = Src("g", 3).GroupBy(s => s.Length);
        L("group built");
        foreach (var grp in g) L("key " + grp.Key + " n=" + grp.Count());
        L("--- throw late");
        try { foreach (var x in ThrowsLate()) L("late got " + x); } catch (InvalidOperationException ex) { L("caught " + ex.Message); }
        L("break: " + string.Join(",", WithBreak()));
        L("--- custom enumerator with linq");
        L("sum=" + new Custom().Sum());
        L("first>3=" + new Custom().First(x => x > 3));
        foreach (var x in new Custom()) { if (x == 1) break; }
        L("--- ToList then modify");
        var lst = Src("t", 2).ToList();
        lst.Add("extra");
        L(string.Join("|", lst));
        L("--- Reuse enumerable twice");
        var twice = Outer("R").Where(x => x % 2 == 0);
        L("r1=" + twice.Count());
        L("r2=" + twice.Sum());
        L("--- ElementAt / Last / Reverse");
        L("elemAt1=" + Src("e", 3).ElementAt(1));
        L("reverse first=" + Src("v", 3).Reverse().First());
    }
}
