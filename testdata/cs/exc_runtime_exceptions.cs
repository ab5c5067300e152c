using System;
using System.Collections.Generic;

class Node { public int Value; public Node Next; public int Get() { return Value; } public virtual int VGet() { return Value; } }

class Program
{
    static void T(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message); }
    }

    static void Main()
    {
        Node n = null;
        int[] arr = null;
        string s = null;
        object o = "string";
        object boxed = 42;
        T("null field read", () => Console.WriteLine(n.Value));
        T("null field write", () => n.Value = 1);
        T("null method call", () => n.Get());
        T("null virtual call", () => n.VGet());
        T("null array index", () => Console.WriteLine(arr[0]));
        T("null array length", () => Console.WriteLine(arr.Length));
        T("null string method", () => s.Trim());
        T("null chained", () => Console.WriteLine(new Node().Next.Value));
        T("null unbox", () => { object x = null; int i = (int)x; });
        T("null delegate", () => { Action a = null; a(); });
        T("null throw", () => { Exception ex = null; throw ex; });
        T("null foreach", () => { List<int> nl = null; foreach (var x in nl) { } });
        T("null lock", () => { lock ((object)null) { } });
        T("bad cast string->Node", () => { Node bad = (Node)o; });
        T("bad unbox int->long", () => { long l = (long)boxed; });
        T("bad unbox int->string", () => { string x = (string)boxed; });
        T("bad cast to interface", () => { IDisposable d = (IDisposable)o; });
        T("index out of range", () => { int[] a = new int[3]; a[3] = 1; });
        T("string index", () => { char c = "abc"[5]; });
        T("list index", () => { var l = new List<int> { 1 }; int v = l[1]; });
        T("divide by zero", () => { int z = 0; Console.WriteLine(1 / z); });
        T("checked overflow", () => { int m = int.MaxValue; Console.WriteLine(checked(m + 1)); });
        T("array type mismatch", () => { object[] a = new string[1]; a[0] = 1; });
        T("key not found", () => { var d = new Dictionary<string, int>(); int v = d["missing"]; });
        T("duplicate key", () => { var d = new Dictionary<string, int> { { "a", 1 } }; d.Add("a", 2); });
        T("modified collection", () => { var l = new List<int> { 1, 2, 3 }; foreach (var x in l) l.Add(x); });
        T("empty stack pop", () => new Stack<int>().Pop());
        T("empty queue dequeue", () => new Queue<int>().Dequeue());
        T("format", () => int.Parse("12a"));
        T("overflow parse", () => byte.Parse("300"));
        T("negative array size", () => { int sz = -5; var a = new int[sz]; });
        T("argument null", () => new List<int>(null));
        T("argument out of range", () => new List<int>().RemoveAt(0));
        T("substring", () => "abc".Substring(2, 5));
        T("invalid operation nullable", () => { int? x = null; int y = x.Value; });
        T("enum parse", () => Enum.Parse(typeof(DayOfWeek), "Funday"));
        T("not implemented", () => { throw new NotImplementedException(); });
        T("not supported", () => { IList<int> ro = new int[2]; ro.Add(1); });
        T("rank mismatch", () => { int[,] m = new int[2, 2]; m[2, 0] = 1; });
        T("array copy", () => Array.Copy(new int[2], new int[1], 2));
        T("string format", () => string.Format("{1}", "only zero"));
        T("convert", () => Convert.ToInt32("zz"));
    }
}
