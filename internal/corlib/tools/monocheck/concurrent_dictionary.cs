using System;
using System.Linq;
class P { static void Main() {
  var a = new System.Collections.Concurrent.ConcurrentDictionary<int,int>(); var b = new Shim.ConcurrentDictionary<int,int>();
  var r = new Random(4); int v;
  for (int i = 0; i < 20000; i++) { int k = r.Next(5000) * (r.Next(2) == 0 ? 1 : 37); if (r.Next(4) == 0) { a.TryRemove(k, out v); b.TryRemove(k, out v); } else { a[k] = i; b[k] = i; } }
  Console.WriteLine(string.Join(",", a.Select(kv => kv.Key)) == string.Join(",", b.Select(kv => kv.Key)));
  var c = new System.Collections.Concurrent.ConcurrentDictionary<long,int>(); var d = new Shim.ConcurrentDictionary<long,int>();
  for (long i = 0; i < 3000; i++) { c.TryAdd(i * 1000003, 1); d.TryAdd(i * 1000003, 1); }
  Console.WriteLine(string.Join(",", c.Keys) == string.Join(",", d.Keys));
}}
