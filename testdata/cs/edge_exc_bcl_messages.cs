using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

class Program
{
    static void T(string label, Action a)
    {
        try { a(); Console.WriteLine(label + ": no exception"); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message.Replace(Environment.NewLine, "\\n")); }
    }
    static void Main()
    {
        object o = "s"; string sn = null; int[] arr = new int[2]; int zero = 0;
        T("cast", () => { var x = (int)o; });
        T("cast class", () => { var x = (Exception)o; });
        T("unbox null", () => { object n = null; var x = (int)n; });
        T("nullref", () => { var l = sn.Length; });
        T("index", () => { arr[2] = 1; });
        T("index neg", () => { arr[-1] = 1; });
        T("div", () => { var x = 1 / zero; });
        T("overflow", () => { checked { var x = int.MaxValue + zero + 1; } });
        T("conv overflow", () => { double d = 1e20; checked { var x = (int)d; } });
        T("array type mismatch", () => { object[] oa = new string[1]; oa[0] = 1; });
        T("new array negative", () => { int n = -1; var a = new int[n]; });
        T("list index", () => { var l = new List<int>(); var x = l[0]; });
        T("list insert", () => { new List<int>().Insert(5, 1); });
        T("list remove range", () => { new List<int> { 1 }.RemoveRange(0, 5); });
        T("dict key missing", () => { var x = new Dictionary<string, int>()["nope"]; });
        T("dict key missing int", () => { var x = new Dictionary<int, int>()[42]; });
        T("dict null key", () => { new Dictionary<string, int>()[null] = 1; });
        T("dict dup", () => { var d = new Dictionary<string, int> { { "a", 1 } }; d.Add("a", 2); });
        T("enum modified", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l.Add(3); });
        T("dict enum modified", () => { var d = new Dictionary<int, int> { { 1, 1 } }; foreach (var k in d.Keys) d[k + 1] = 0; });
        T("queue empty", () => new Queue<int>().Dequeue());
        T("stack empty", () => new Stack<int>().Pop());
        T("first empty", () => new int[0].First());
        T("single many", () => new[] { 1, 2 }.Single());
        T("max empty", () => new int[0].Max());
        T("substring", () => "abc".Substring(2, 5));
        T("substring neg", () => "abc".Substring(-1));
        T("string index", () => { var c = "abc"[5]; });
        T("format", () => string.Format("{1}", 1));
        T("format bad", () => string.Format("{x}", 1));
        T("parse int", () => int.Parse("abc"));
        T("parse overflow", () => int.Parse("99999999999"));
        T("parse null", () => int.Parse(null));
        T("enum parse", () => Enum.Parse(typeof(DayOfWeek), "Funday"));
        T("arg null ctor", () => new string((char[])null).ToString());
        T("sb remove", () => new StringBuilder("ab").Remove(1, 5));
        T("array copy", () => Array.Copy(new int[2], new int[1], 2));
        T("array rank", () => new int[2, 2].GetLength(2));
        T("nullable value", () => { int? n = null; var x = n.Value; });
        T("lazy recursion", () => { Lazy<int> l = null; l = new Lazy<int>(() => l.Value); var x = l.Value; });
        T("not implemented", () => { throw new NotImplementedException(); });
        T("not supported", () => { throw new NotSupportedException(); });
        T("invalid op", () => { throw new InvalidOperationException(); });
        T("arg", () => { throw new ArgumentException(); });
        T("arg msg param", () => { throw new ArgumentException("bad thing", "p"); });
        T("arg null", () => { throw new ArgumentNullException("p"); });
        T("arg null msg", () => { throw new ArgumentNullException("p", "custom"); });
        T("aoor", () => { throw new ArgumentOutOfRangeException("idx", 5, "too big"); });
        T("aoor plain", () => { throw new ArgumentOutOfRangeException(); });
        T("format exc", () => { throw new FormatException(); });
        T("exception", () => { throw new Exception(); });
        T("exception null msg", () => { throw new Exception(null); });
        T("app exc", () => { throw new ApplicationException(); });
        T("timeout", () => { throw new TimeoutException(); });
        T("obj disposed", () => { throw new ObjectDisposedException("thing"); });
        T("key not found plain", () => { throw new KeyNotFoundException(); });
        T("rank", () => { throw new RankException(); });
        T("nullref plain", () => { throw new NullReferenceException(); });
        T("index plain", () => { throw new IndexOutOfRangeException(); });
        T("stack overflow type", () => { throw new StackOverflowException(); });
        T("OOM type", () => { throw new OutOfMemoryException(); });
        T("arith", () => { throw new ArithmeticException(); });
        T("div plain", () => { throw new DivideByZeroException(); });
        T("overflow plain", () => { throw new OverflowException(); });
        T("invalid cast plain", () => { throw new InvalidCastException(); });
        T("ATME plain", () => { throw new ArrayTypeMismatchException(); });
        T("TIE", () => { throw new TypeInitializationException("Foo.Bar", new Exception("inner")); });
        T("aggregate", () => { throw new AggregateException(new Exception("a"), new InvalidOperationException("b")); });
        var e1 = new Exception("outer", new Exception("inner"));
        Console.WriteLine("ToString first line: " + e1.ToString().Split('\n')[0]);
        Console.WriteLine("GetBaseException: " + e1.GetBaseException().Message);
        var ae = new ArgumentException("m", "pn");
        Console.WriteLine("ParamName: " + ae.ParamName + " HResult nonzero: " + (ae.HResult != 0));
        Console.WriteLine("Data count: " + new Exception().Data.Count);
        try { throw new InvalidOperationException("with data"); } catch (Exception e) { Console.WriteLine("StackTrace non-null: " + (e.StackTrace != null) + " Source set: " + (e.Source != null)); }
        Console.WriteLine("unthrown StackTrace null: " + (new Exception().StackTrace == null));
    }
}
