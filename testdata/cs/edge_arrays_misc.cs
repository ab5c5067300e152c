using System;
using System.Collections;
using System.Collections.Generic;

struct Pt { public int X, Y; public Pt(int x, int y) { X = x; Y = y; } public override string ToString() { return X + ":" + Y; } }
class Node { public string N; public Node(string n) { N = n; } public override string ToString() { return "N" + N; } }
class ByLen : IComparer { public int Compare(object a, object b) { return ((string)a).Length - ((string)b).Length; } }
class RevInt : IComparer<int> { public int Compare(int a, int b) { return b.CompareTo(a); } }

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static string J<T>(IEnumerable<T> e) { var l = new List<string>(); foreach (var x in e) l.Add(x == null ? "null" : x.ToString()); return "[" + string.Join(",", l) + "]"; }
    static void Main()
    {
        Pt[,] grid = new Pt[3, 4];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 4; j++) { grid[i, j].X = i; grid[i, j].Y = j; }
        grid[1, 2].X += 10;
        Pt tmp = grid[2, 3]; tmp.X = 99;
        P("grid: " + grid[1, 2] + " " + grid[2, 3] + " rank " + grid.Rank + " len " + grid.Length + " gl0 " + grid.GetLength(0) + " gl1 " + grid.GetLength(1) + " ub1 " + grid.GetUpperBound(1));
        int sum = 0; foreach (Pt p in grid) sum += p.X * 10 + p.Y;
        P("grid sum via foreach " + sum);
        Node[,,] cube = new Node[2, 2, 2];
        cube[1, 0, 1] = new Node("a");
        int nulls = 0; foreach (var n in cube) if (n == null) nulls++;
        P("cube nulls " + nulls + " " + cube[1, 0, 1] + " " + cube.GetType().Name + " " + grid.GetType().Name);
        Pt[][] jag = new Pt[3][];
        for (int i = 0; i < 3; i++) { jag[i] = new Pt[i + 1]; for (int k = 0; k <= i; k++) jag[i][k] = new Pt(i, k); }
        jag[2][1].Y = 50;
        Pt[] row = jag[2]; row[0].X = -1;
        P("jag: " + J(jag[2]) + " " + jag.GetType().Name);
        Pt[][][] deep = new Pt[2][][];
        deep[1] = new Pt[][] { new Pt[] { new Pt(7, 7) }, null };
        deep[1][0][0].X++;
        P("deep: " + deep[1][0][0] + " " + (deep[0] == null) + " " + (deep[1][1] == null));
        int[,] init = { { 1, 2, 3 }, { 4, 5, 6 } };
        int[,] clone = (int[,])init.Clone();
        clone[0, 0] = 100;
        P("md clone: " + init[0, 0] + " " + clone[0, 0] + " " + J(clone.Cast()));

        int[] ints = { 1, 2, 3, 4, 5 };
        long[] longs = new long[5];
        Array.Copy(ints, 1, longs, 0, 3);
        P("int->long copy: " + J(longs));
        object[] objs = new object[5];
        Array.Copy(ints, objs, 5);
        P("int->object copy: " + J(objs) + " " + objs[0].GetType().Name);
        int[] back = new int[5];
        Array.Copy(objs, back, 5);
        P("object->int copy: " + J(back));
        objs[2] = "str";
        try { Array.Copy(objs, back, 5); } catch (InvalidCastException) { P("object->int bad element ICE, back=" + J(back)); }
        try { Array.Copy(longs, new int[5], 2); P("long->int no error"); } catch (ArrayTypeMismatchException) { P("long->int ATME"); }
        Array.Copy(ints, 0, ints, 1, 4);
        P("overlap copy: " + J(ints));
        Array.Copy(ints, 1, ints, 0, 4);
        P("overlap copy back: " + J(ints));
        byte[] bytes = { 1, 2, 255 };
        int[] fromBytes = new int[3];
        Array.Copy(bytes, fromBytes, 3);
        P("byte->int: " + J(fromBytes));
        short[] shorts = new short[3];
        try { Array.Copy(fromBytes, shorts, 3); P("int->short ok?"); } catch (ArrayTypeMismatchException) { P("int->short ATME"); }
        Node[] nodes = { new Node("x"), null, new Node("y"), null };
        object[] nodeObjs = new object[4];
        Array.Copy(nodes, nodeObjs, 4);
        Buffer.BlockCopy(new int[] { 0x01020304 }, 0, bytes, 0, 3);
        P("BlockCopy: " + J(bytes) + " ByteLength " + Buffer.ByteLength(new long[3]));

        P("IndexOf null: " + Array.IndexOf(nodes, null) + " " + Array.LastIndexOf(nodes, null) + " " + Array.IndexOf(nodes, nodes[2]) + " " + Array.IndexOf(nodes, new Node("x")) + " " + Array.IndexOf(nodeObjs, null, 2) + " " + Array.IndexOf(new int?[] { 1, null }, null));
        P("IndexOf int: " + Array.IndexOf(new[] { 3, 1, 3 }, 3, 1) + " " + Array.IndexOf((Array)new[] { 1.0, double.NaN }, double.NaN) + " " + Array.IndexOf(new[] { "a", "b" }, "b", 0, 1));

        string[] keys = { "ccc", "a", "bb", "dddd", "" };
        int[] items = { 3, 1, 2, 4, 0 };
        Array.Sort(keys, items);
        P("keys+items: " + J(keys) + " " + J(items));
        int[] k2 = { 5, 3, 9, 1, 7 }; char[] v2 = { 'e', 'c', 'i', 'a', 'g' };
        Array.Sort(k2, v2, 1, 3);
        P("range sort: " + J(k2) + " " + J(v2));
        Array.Sort(k2, v2, new RevInt());
        P("rev keys: " + J(k2) + " " + new string(v2));
        string[] words = { "pear", "fig", "banana", "kiwi", "apple", "f" };
        Array.Sort(words, new ByLen());
        P("by len (unstable ok?): " + words[0] + " " + words[5]);
        Array.Sort(words, (a, b) => string.CompareOrdinal(b, a));
        P("comparison desc: " + J(words));
        Pt[] pts = { new Pt(3, 1), new Pt(1, 2), new Pt(2, 0) };
        Array.Sort(pts, (a, b) => a.X.CompareTo(b.X));
        P("struct sort: " + J(pts));
        Array.Reverse(pts, 0, 2);
        P("reverse part: " + J(pts));
        double[] dd = { 3, double.NaN, -0.0, 0.0, double.NegativeInfinity, 1 };
        Array.Sort(dd);
        P("double sort: " + J(dd));
        P("BinarySearch: " + Array.BinarySearch(new[] { 1, 3, 5, 7 }, 4) + " " + Array.BinarySearch(new[] { 1, 3, 5, 7 }, 7) + " " + Array.BinarySearch(new[] { 1, 3, 5, 7 }, 100) + " " + Array.BinarySearch(new[] { "a", "c" }, "b"));
        int[] resized = { 1, 2 };
        Array.Resize(ref resized, 4);
        P("resize: " + J(resized));
        Array.Clear(resized, 1, 2);
        P("clear: " + J(resized));
        P("Exists/TrueForAll/FindLast: " + Array.Exists(items, x => x > 3) + " " + Array.TrueForAll(items, x => x >= 0) + " " + Array.FindLast(items, x => x < 3) + " " + Array.FindIndex(items, x => x == 2) + " " + Array.FindLastIndex(items, x => x > 100));
        var ro = Array.AsReadOnly(items);
        P("readonly: " + ro.Count + " " + ro[0]);
        try { ((IList<int>)ro).Add(1); } catch (NotSupportedException) { P("readonly add NSE"); }
        try { ((IList<int>)items).Add(1); } catch (NotSupportedException) { P("array IList add NSE"); }
        int[] empty = new int[0];
        P("empty: " + empty.Length + " " + J(empty) + " " + Array.IndexOf(empty, 1));
        try { int sz = -1; var neg = new int[sz]; } catch (OverflowException) { P("negative size Overflow"); }
        object arrObj = new int[] { 1 };
        P("array type checks: " + (arrObj is Array) + " " + (arrObj is IList) + " " + (arrObj is ICollection<int>) + " " + (arrObj is IEnumerable<long>) + " " + ((Array)arrObj).Rank);
        int[][] jj = { new[] { 1 }, new[] { 2, 3 } };
        object[] asObj = jj;
        P("int[][] as object[]: " + asObj.Length + " " + ((int[])asObj[1])[1]);
        var eq = new int[] { 1, 2 }.Equals(new int[] { 1, 2 });
        P("array equals ref: " + eq);
        char[] chars = "hello".ToCharArray();
        Array.Reverse(chars);
        P(new string(chars) + " " + string.Join("", Array.ConvertAll(chars, ch => ((int)ch % 10).ToString())));
    }
}
static class Ext
{
    public static IEnumerable<object> Cast(this Array a) { foreach (var o in a) yield return o; }
}
