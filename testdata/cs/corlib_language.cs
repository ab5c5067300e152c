using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;

class Node<T> where T : IComparable<T> { public T Value; public Node<T> Left, Right; }
class BST<T> where T : IComparable<T> {
  Node<T> root;
  public void Insert(T v) { root = Ins(root, v); }
  Node<T> Ins(Node<T> n, T v) { if (n == null) return new Node<T> { Value = v }; if (v.CompareTo(n.Value) < 0) n.Left = Ins(n.Left, v); else n.Right = Ins(n.Right, v); return n; }
  public IEnumerable<T> InOrder() { return Walk(root); }
  IEnumerable<T> Walk(Node<T> n) { if (n == null) yield break; foreach (var x in Walk(n.Left)) yield return x; yield return n.Value; foreach (var x in Walk(n.Right)) yield return x; }
}
struct Vec { public double X, Y; public Vec(double x, double y) { X = x; Y = y; } public static Vec operator +(Vec a, Vec b) => new Vec(a.X + b.X, a.Y + b.Y); public override string ToString() => $"<{X}, {Y}>"; }
abstract class Shape { public abstract double Area(); public override string ToString() => GetType().Name + ":" + Area().ToString("F2"); }
class Sq : Shape { public double S; public override double Area() => S * S; }
class Rect : Shape { public double W, H; public override double Area() => W * H; }
enum Op { Add, Sub, Mul }
class Counter { public int Count { get; private set; } public event Action<int> Changed; public void Inc() { Count++; Changed?.Invoke(Count); } }
class P {
  static int Sum(params int[] xs) { int s = 0; foreach (var x in xs) s += x; return s; }
  static string Opt(string a, int b = 5, string c = "z") => a + b + c;
  static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
  static bool TryDiv(int a, int b, out int q) { if (b == 0) { q = 0; return false; } q = a / b; return true; }
  static async Task<int> Compute(int x) { await Task.Delay(1); return x * 2; }
  static async Task Run() { int r = await Compute(21); Console.WriteLine("async " + r); var all = await Task.WhenAll(Compute(1), Compute(2)); Console.WriteLine(all.Sum()); }
  static void Main() {
    var t = new BST<int>(); foreach (var v in new[] { 5, 3, 8, 1, 4 }) t.Insert(v); Console.WriteLine(string.Join(" ", t.InOrder()));
    Console.WriteLine(new Vec(1, 2) + new Vec(3, 4));
    var shapes = new List<Shape> { new Sq { S = 2 }, new Rect { W = 2, H = 3 } }; shapes.ForEach(s => Console.WriteLine(s));
    foreach (Op op in Enum.GetValues(typeof(Op))) { int r; switch (op) { case Op.Add: r = 3 + 4; break; case Op.Sub: r = 3 - 4; break; default: r = 12; break; } Console.Write(op + "=" + r + " "); } Console.WriteLine();
    string cmd = "stop"; switch (cmd) { case "go": case "start": case "run": case "walk": case "jump": case "swim": case "fly": Console.WriteLine("moving"); break; case "stop": Console.WriteLine("stopped"); break; default: Console.WriteLine("?"); break; }
    object o = 42; if (o is int n && n > 40) Console.WriteLine("int " + n); 
    Console.WriteLine(Sum() + Sum(1, 2, 3) + " " + Opt("a") + Opt("b", c: "y") + nameof(Main));
    int x1 = 1, x2 = 2; Swap(ref x1, ref x2); Console.WriteLine(x1 + "" + x2 + (TryDiv(7, 2, out var q) ? q : -1));
    var c = new Counter(); c.Changed += v => Console.Write("changed" + v + " "); c.Inc(); c.Inc(); Console.WriteLine(c.Count);
    string s2 = null; Console.WriteLine(s2?.Length ?? -1); int[] arr = null; Console.WriteLine(arr?.Length.ToString() ?? "null");
    var anon = new { A = 1, B = "x" }; Console.WriteLine(anon + " " + anon.Equals(new { A = 1, B = "x" }) + " " + (anon.GetHashCode() == new { A = 1, B = "x" }.GetHashCode()));
    Func<int, Func<int, int>> adder = a => b => a + b; Console.WriteLine(adder(2)(3));
    var dict = new Dictionary<string, List<int>>(); dict["a"] = new List<int> { 1 }; dict["a"].Add(2); foreach (var k in dict.Keys) Console.WriteLine(k + dict[k].Count);
    var sb = new StringBuilder(); for (int i = 0; i < 3; i++) sb.AppendFormat("[{0:D2}]", i); Console.WriteLine(sb);
    checked { long big = long.MaxValue; try { big++; } catch (OverflowException) { Console.WriteLine("ovf"); } }
    unchecked { int w = int.MaxValue; w++; Console.WriteLine(w); }
    char ch = 'a'; ch++; Console.WriteLine(ch); Console.WriteLine((char)('a' + 2)); Console.WriteLine(1 << 10 | 3 & 5 ^ 6); Console.WriteLine(-7 / 2 + " " + -7 % 2 + " " + 7.0 / 2 + " " + (int)-2.7 + " " + (long)3e18);
    double dd = 1.0 / 0; float ff = 0.1f + 0.2f; Console.WriteLine(dd + " " + ff + " " + (double)ff + " " + 0.1 * 3 + " " + 1e-10 + " " + 123456789.0 * 1000);
    var mat = new int[3, 3]; for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) mat[i, j] = i * j; Console.WriteLine(mat[2, 2] + " " + mat.GetLength(0));
    foreach (var kv in new SortedDictionary<int, string> { [3] = "c", [1] = "a" }) Console.Write(kv.Value); Console.WriteLine();
    var tuple = (Name: "n", Age: 3); Console.WriteLine(tuple.Name + tuple.Age + tuple);
    Run().Wait();
    var tk = Task.Run(() => 5); Console.WriteLine(tk.Result);
    try { Task.Run(() => { throw new InvalidOperationException("in task"); }).Wait(); } catch (AggregateException e) { Console.WriteLine(e.InnerException.Message); }
    Parallel.For(0, 4, i => { }); Console.WriteLine(Enumerable.Range(0, 5).Aggregate(new StringBuilder(), (acc, i) => acc.Append(i)).ToString());
    IEnumerable<int> lazyQ = Enumerable.Range(1, 3).Select(i => { Console.Write("eval" + i + " "); return i; }); Console.WriteLine(lazyQ.First());
    int? ni = null; Console.WriteLine(ni.HasValue + " " + (ni ?? 3) + " " + (ni + 1 == null));
    Console.WriteLine(string.Format("{0:0.0}|{1,6:N1}|{2:P0}|{3:E2}|{4:X8}", 3.14159, 1234.56, 0.5, 12345.678, 255));
    Console.WriteLine($"{Math.PI:F4} {DateTime.MinValue:yyyy} {TimeSpan.FromMinutes(90):g} {Guid.Empty:N}");
  }
}
