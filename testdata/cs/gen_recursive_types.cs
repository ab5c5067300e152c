using System;
using System.Collections.Generic;

class Node<T> : IComparable<Node<T>> where T : IComparable<T>
{
    public T Value;
    public Node<T> Left, Right;
    public Node(T v) { Value = v; }
    public int CompareTo(Node<T> other) { return Value.CompareTo(other.Value); }
    public override string ToString() { return "Node(" + Value + ")"; }
}

class BST<T> where T : IComparable<T>
{
    private Node<T> root;
    public int Count { get; private set; }
    public bool Insert(T v)
    {
        var n = new Node<T>(v);
        if (root == null) { root = n; Count++; return true; }
        var cur = root;
        while (true)
        {
            int c = n.CompareTo(cur);
            if (c == 0) return false;
            if (c < 0) { if (cur.Left == null) { cur.Left = n; break; } cur = cur.Left; }
            else { if (cur.Right == null) { cur.Right = n; break; } cur = cur.Right; }
        }
        Count++;
        return true;
    }
    public IEnumerable<T> InOrder() { return Walk(root); }
    private IEnumerable<T> Walk(Node<T> n)
    {
        if (n == null) yield break;
        foreach (var x in Walk(n.Left)) yield return x;
        yield return n.Value;
        foreach (var x in Walk(n.Right)) yield return x;
    }
    public int Height() { return H(root); }
    private int H(Node<T> n) { return n == null ? 0 : 1 + Math.Max(H(n.Left), H(n.Right)); }
    public bool Contains(T v)
    {
        var cur = root;
        while (cur != null)
        {
            int c = v.CompareTo(cur.Value);
            if (c == 0) return true;
            cur = c < 0 ? cur.Left : cur.Right;
        }
        return false;
    }
}

abstract class Shape<TSelf> where TSelf : Shape<TSelf>
{
    public abstract TSelf Scale(double k);
    public TSelf Twice() { return Scale(2); }
}
class Sq : Shape<Sq> { public double S; public override Sq Scale(double k) { return new Sq { S = S * k }; } }

class Version : IComparable<Version>, IEquatable<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) { int c = Major.CompareTo(o.Major); return c != 0 ? c : Minor.CompareTo(o.Minor); }
    public bool Equals(Version o) { return o != null && CompareTo(o) == 0; }
    public override bool Equals(object o) { return Equals(o as Version); }
    public override int GetHashCode() { return Major * 1000 + Minor; }
    public override string ToString() { return Major + "." + Minor; }
}

class Program
{
    static void Main()
    {
        var t = new BST<int>();
        int[] vals = { 50, 30, 70, 20, 40, 60, 80, 30, 65, 10 };
        foreach (var v in vals) Console.WriteLine("insert " + v + " -> " + t.Insert(v));
        Console.WriteLine("count=" + t.Count + " height=" + t.Height() + " inorder=" + string.Join(",", t.InOrder()));
        Console.WriteLine("contains 65=" + t.Contains(65) + " contains 66=" + t.Contains(66));
        var ts = new BST<string>();
        foreach (var s in "the quick brown fox jumps over the lazy dog".Split(' ')) ts.Insert(s);
        Console.WriteLine("string tree: " + string.Join(" ", ts.InOrder()) + " count=" + ts.Count);
        var tv = new BST<Version>();
        tv.Insert(new Version(1, 10)); tv.Insert(new Version(1, 2)); tv.Insert(new Version(2, 0)); tv.Insert(new Version(0, 9)); tv.Insert(new Version(1, 2));
        Console.WriteLine("version tree: " + string.Join(" ", tv.InOrder()) + " count=" + tv.Count);
        var nodes = new List<Node<double>> { new Node<double>(3.5), new Node<double>(-1), new Node<double>(2) };
        nodes.Sort();
        Console.WriteLine("sorted nodes: " + string.Join(" ", nodes));
        var sq = new Sq { S = 1.5 }.Twice().Twice();
        Console.WriteLine("CRTP: " + sq.S + " type " + sq.GetType().Name);
        var nested = new List<List<Dictionary<string, int>>>();
        nested.Add(new List<Dictionary<string, int>> { new Dictionary<string, int> { { "a", 1 } } });
        Console.WriteLine("nested generic: " + nested[0][0]["a"] + " type " + nested.GetType().Name);
        var big = new BST<int>();
        var rnd = new Random(7);
        for (int i = 0; i < 1000; i++) big.Insert(rnd.Next(10000));
        int prev = -1; bool sorted = true;
        foreach (var x in big.InOrder()) { if (x <= prev) sorted = false; prev = x; }
        Console.WriteLine("random tree count=" + big.Count + " sorted=" + sorted + " height=" + big.Height());
    }
}
