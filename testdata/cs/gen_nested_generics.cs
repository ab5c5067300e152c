using System;
using System.Collections.Generic;

class Outer<T>
{
    public T Value;
    public class Inner<U>
    {
        public T OuterVal; public U InnerVal;
        public string Describe() { return "Outer<" + typeof(T).Name + ">.Inner<" + typeof(U).Name + ">(" + OuterVal + "," + InnerVal + ")"; }
    }
    public class Plain { public string Name() { return "Outer<" + typeof(T).Name + ">.Plain"; } }
    public Inner<string> MakeInner(string s) { return new Inner<string> { OuterVal = Value, InnerVal = s }; }
}

class Graph<TNode>
{
    private readonly Dictionary<TNode, List<TNode>> adj = new Dictionary<TNode, List<TNode>>();
    private readonly List<TNode> order = new List<TNode>();
    public void AddEdge(TNode a, TNode b)
    {
        Ensure(a); Ensure(b);
        adj[a].Add(b);
    }
    private void Ensure(TNode n) { if (!adj.ContainsKey(n)) { adj[n] = new List<TNode>(); order.Add(n); } }
    public List<TNode> Bfs(TNode start)
    {
        var seen = new HashSet<TNode> { start };
        var q = new Queue<TNode>();
        var result = new List<TNode>();
        q.Enqueue(start);
        while (q.Count > 0)
        {
            var n = q.Dequeue();
            result.Add(n);
            foreach (var m in adj[n]) if (seen.Add(m)) q.Enqueue(m);
        }
        return result;
    }
    public List<TNode> TopoSort()
    {
        var indeg = new Dictionary<TNode, int>();
        foreach (var n in order) indeg[n] = 0;
        foreach (var n in order) foreach (var m in adj[n]) indeg[m]++;
        var q = new Queue<TNode>();
        foreach (var n in order) if (indeg[n] == 0) q.Enqueue(n);
        var r = new List<TNode>();
        while (q.Count > 0)
        {
            var n = q.Dequeue(); r.Add(n);
            foreach (var m in adj[n]) if (--indeg[m] == 0) q.Enqueue(m);
        }
        return r;
    }
}

class Program
{
    static void Main()
    {
        var o = new Outer<int> { Value = 7 };
        var inner = o.MakeInner("x");
        Console.WriteLine(inner.Describe());
        var inner2 = new Outer<string>.Inner<double> { OuterVal = "s", InnerVal = 2.5 };
        Console.WriteLine(inner2.Describe());
        Console.WriteLine(new Outer<bool>.Plain().Name());
        Console.WriteLine("type names: " + inner.GetType().Name + " " + typeof(Outer<int>.Plain).Name);
        var map = new Dictionary<string, List<KeyValuePair<int, string[]>>>();
        map["a"] = new List<KeyValuePair<int, string[]>> { new KeyValuePair<int, string[]>(1, new[] { "x", "y" }) };
        map["a"].Add(new KeyValuePair<int, string[]>(2, new string[0]));
        foreach (var kv in map["a"]) Console.WriteLine("nested kv " + kv.Key + " -> [" + string.Join(",", kv.Value) + "]");
        var g = new Graph<string>();
        g.AddEdge("shirt", "tie"); g.AddEdge("tie", "jacket"); g.AddEdge("pants", "shoes"); g.AddEdge("pants", "belt");
        g.AddEdge("belt", "jacket"); g.AddEdge("shirt", "belt"); g.AddEdge("socks", "shoes");
        Console.WriteLine("bfs from shirt: " + string.Join(" ", g.Bfs("shirt")));
        Console.WriteLine("topo: " + string.Join(" ", g.TopoSort()));
        var gi = new Graph<int>();
        for (int i = 1; i < 10; i++) { gi.AddEdge(i, (i * 2) % 10); gi.AddEdge(i, (i * 3) % 10); }
        Console.WriteLine("int bfs from 1: " + string.Join(" ", gi.Bfs(1)));
        Func<List<Func<int, int>>> makeFuncs = () => new List<Func<int, int>> { x => x + 1, x => x * x, x => -x };
        var funcs = makeFuncs();
        int val = 3;
        foreach (var f in funcs) val = f(val);
        Console.WriteLine("pipeline result " + val);
        var tupleList = new List<Tuple<string, List<int>>> { Tuple.Create("evens", new List<int> { 2, 4 }), Tuple.Create("odds", new List<int> { 1, 3, 5 }) };
        foreach (var t in tupleList) Console.WriteLine(t.Item1 + ": " + t.Item2.Count + " items, sum " + Sum(t.Item2));
        var jagged = new List<int[]>[2];
        jagged[0] = new List<int[]> { new[] { 1, 2 }, new[] { 3 } };
        Console.WriteLine("array of list of arrays: " + jagged[0][1][0] + " null slot: " + (jagged[1] == null));
    }
    static int Sum(List<int> l) { int s = 0; foreach (var x in l) s += x; return s; }
}
