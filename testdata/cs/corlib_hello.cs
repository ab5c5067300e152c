using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
class P {
  enum Color { Red, Green, Blue }
  [Flags] enum F { A = 1, B = 2, C = 4 }
  static IEnumerable<int> Gen(int n) { for (int i = 0; i < n; i++) yield return i * i; }
  event EventHandler Ev;
  static void Main(string[] args) {
    Console.WriteLine("Hello, World!");
    int x = 42; double d = 3.14; string s = "abc";
    Console.WriteLine("x={0} d={1} s={2}", x, d, s);
    Console.WriteLine($"interp {x} {d:F2} {s.ToUpper()}");
    var list = new List<int> { 5, 3, 1, 4 };
    list.Sort();
    Console.WriteLine(string.Join(",", list));
    var dict = new Dictionary<string, int>();
    dict["a"] = 1; dict["b"] = 2;
    foreach (var kv in dict) Console.WriteLine(kv.Key + "=" + kv.Value);
    var sb = new StringBuilder();
    sb.Append("x").Append(1).AppendLine().AppendFormat("{0:N2}", 1234.5);
    Console.WriteLine(sb.ToString());
    int? n = null; Console.WriteLine(n.HasValue ? "has" : "none");
    Console.WriteLine(Color.Green); Console.WriteLine(F.A | F.C);
    foreach (var v in Gen(3)) Console.Write(v + " ");
    Console.WriteLine();
    object o = 5; if (o is int) Console.WriteLine((int)o + 1);
    lock (list) { Console.WriteLine("locked"); }
    try { throw new InvalidOperationException("bad"); } catch (Exception e) { Console.WriteLine(e.Message); }
    using (var sw = new System.IO.StringWriter()) { sw.Write("q"); Console.WriteLine(sw.ToString()); }
    var p = new P(); p.Ev += (a, b) => Console.WriteLine("ev"); p.Ev(null, EventArgs.Empty);
    switch (s) { case "a": break; case "b": break; case "c": break; case "d": break; case "e": break; case "f": break; case "g": break; case "abc": Console.WriteLine("sw"); break; }
    int[] arr = { 3, 1, 2 }; Array.Sort(arr); Console.WriteLine(arr.Length + " " + arr[0]);
    var arr2 = new int[2,3]; arr2[1,2] = 5; Console.WriteLine(arr2[1,2]);
    Console.WriteLine(typeof(int).Name + " " + x.GetType());
    decimal m = 1.10m + 1.20m; Console.WriteLine(m);
    Console.WriteLine(Math.Max(1, 2) + Math.Sqrt(16));
    char c = 'a'; Console.WriteLine(char.IsLetter(c));
    Console.WriteLine(long.MaxValue); Console.WriteLine(1.5f);
    var t = Tuple.Create(1, "a"); Console.WriteLine(t);
    var vt = (1, "b"); Console.WriteLine(vt.Item2);
    Func<int, int> sq = z => z * z; Console.WriteLine(sq(5));
    Console.WriteLine(list.Where(z => z > 2).Select(z => z * 2).Sum());
    string str = null; Console.WriteLine(str ?? "null");
    Console.WriteLine(s.Substring(1) + s.IndexOf('b') + s.Replace("b", "B") + s.Split(',').Length);
  }
}
