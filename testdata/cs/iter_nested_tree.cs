using System;
using System.Collections.Generic;
using System.Linq;

class Tree
{
    public string Name;
    public List<Tree> Kids = new List<Tree>();
    public Tree(string n, params Tree[] k) { Name = n; Kids.AddRange(k); }

    public IEnumerable<string> PreOrder()
    {
        yield return Name;
        foreach (var k in Kids) foreach (var s in k.PreOrder()) yield return s;
    }
    public IEnumerable<string> PostOrder()
    {
        foreach (var k in Kids) foreach (var s in k.PostOrder()) yield return s;
        yield return Name;
    }
    public IEnumerable<KeyValuePair<int, string>> WithDepth(int d = 0)
    {
        yield return new KeyValuePair<int, string>(d, Name);
        foreach (var k in Kids) foreach (var p in k.WithDepth(d + 1)) yield return p;
    }
    public IEnumerable<string> BreadthFirst()
    {
        var q = new Queue<Tree>();
        q.Enqueue(this);
        while (q.Count > 0)
        {
            var t = q.Dequeue();
            yield return t.Name;
            foreach (var k in t.Kids) q.Enqueue(k);
        }
    }
    public IEnumerable<string> Paths(string prefix = "")
    {
        string me = prefix + "/" + Name;
        if (Kids.Count == 0) { yield return me; yield break; }
        foreach (var k in Kids) foreach (var p in k.Paths(me)) yield return p;
    }
}

class Program
{
    static IEnumerable<int> Outer()
    {
        for (int i = 0; i < 3; i++)
        {
            Console.WriteLine("  outer " + i);
            foreach (var x in Inner(i)) yield return x;
        }
    }
    static IEnumerable<int> Inner(int i)
    {
        try
        {
            for (int j = 0; j < 2; j++) { Console.WriteLine("    inner " + i + "." + j); yield return i * 10 + j; }
        }
        finally { Console.WriteLine("    inner " + i + " finally"); }
    }

    static void Main()
    {
        var t = new Tree("root",
            new Tree("a", new Tree("a1"), new Tree("a2", new Tree("a2x"))),
            new Tree("b"),
            new Tree("c", new Tree("c1"), new Tree("c2"), new Tree("c3")));
        Console.WriteLine("pre:  " + string.Join(" ", t.PreOrder()));
        Console.WriteLine("post: " + string.Join(" ", t.PostOrder()));
        Console.WriteLine("bfs:  " + string.Join(" ", t.BreadthFirst()));
        foreach (var p in t.WithDepth()) Console.WriteLine(new string(' ', p.Key * 2) + p.Value);
        Console.WriteLine("paths: " + string.Join(" ", t.Paths()));
        Console.WriteLine("max depth: " + t.WithDepth().Max(p => p.Key) + " leaves: " + t.Paths().Count());
        Console.WriteLine("nested iterator interplay, stop at 11:");
        foreach (var x in Outer()) { Console.WriteLine("  got " + x); if (x == 11) break; }
    }
}
