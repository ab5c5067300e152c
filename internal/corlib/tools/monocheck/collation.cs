using System;
using System.Collections.Generic;
class P { static void Main() {
  var rnd = new Random(5);
  string alpha = "aAbBzZ09 -'_.,!~AaeéÉ";
  var words = new List<string> { "apple", "Apple", "APPLE", "banana", "Banana", "co-op", "coop", "Co-op", "a", "A", "", "ab", "a b", "a-b", "a_b", "abc1", "abc10", "abc2", "Zebra", "zebra", "éclair", "eclair", "Eclair", "résumé", "resume", "hello world", "hello-world", "hello_world", "x'y", "xy", "123", "12", "1a", "a1", "~", "!", "_a", "-a" };
  for (int i = 0; i < 400; i++) { int n = rnd.Next(1, 6); var c = new char[n]; for (int j = 0; j < n; j++) c[j] = alpha[rnd.Next(alpha.Length)]; words.Add(new string(c)); }
  int bad = 0, total = 0, badIc = 0;
  var ci = Shim.CompareInfo.Invariant;
  foreach (var a in words) foreach (var b in words) {
    total++;
    int m = Math.Sign(string.Compare(a, b, StringComparison.InvariantCulture)); int o = Math.Sign(ci.Compare(a, b, System.Globalization.CompareOptions.None));
    if (m != o) { bad++; if (bad <= 15) Console.WriteLine("[" + a + "] vs [" + b + "] mono=" + m + " ours=" + o); }
    int m2 = Math.Sign(string.Compare(a, b, StringComparison.InvariantCultureIgnoreCase)); int o2 = Math.Sign(ci.Compare(a, b, System.Globalization.CompareOptions.IgnoreCase));
    if (m2 != o2) badIc++;
  }
  Console.WriteLine("bad=" + bad + " badIc=" + badIc + " of " + total);
  var l1 = new List<string>(words); l1.Sort(StringComparer.InvariantCulture);
  var l2 = new List<string>(words); l2.Sort((x, y) => ci.Compare(x, y, System.Globalization.CompareOptions.None));
  int diffs = 0; for (int i = 0; i < l1.Count; i++) if (l1[i] != l2[i]) diffs++;
  Console.WriteLine("sorted position diffs=" + diffs);
}}
