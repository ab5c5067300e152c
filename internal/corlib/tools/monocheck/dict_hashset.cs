using System;
using System.Collections.Generic;
class P { static void Main() {
  var rnd = new Random(7); int bad = 0;
  for (int trial = 0; trial < 200; trial++) {
    var a = new Dictionary<int,int>(); var b = new Shim.Dictionary<int,int>();
    var ha = new HashSet<string>(); var hb = new Shim.HashSet<string>();
    for (int op = 0; op < 300; op++) {
      int k = rnd.Next(60); int kind = rnd.Next(4);
      if (kind < 2) { a[k] = op; b[k] = op; ha.Add("s" + k); hb.Add("s" + k); }
      else if (kind == 2) { a.Remove(k); b.Remove(k); ha.Remove("s" + k); hb.Remove("s" + k); }
      else if (rnd.Next(20) == 0) { a.Clear(); b.Clear(); }
    }
    var la = new List<string>(); foreach (var kv in a) la.Add(kv.Key + "=" + kv.Value);
    var lb = new List<string>(); foreach (var kv in b) lb.Add(kv.Key + "=" + kv.Value);
    if (string.Join(",", la) != string.Join(",", lb)) { bad++; if (bad < 3) Console.WriteLine("dict:\n" + string.Join(",", la) + "\n" + string.Join(",", lb)); }
    if (string.Join(",", ha) != string.Join(",", hb)) { bad++; if (bad < 3) Console.WriteLine("hs:\n" + string.Join(",", ha) + "\n" + string.Join(",", hb)); }
  }
  Console.WriteLine("bad=" + bad);
}}
