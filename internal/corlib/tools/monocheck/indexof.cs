using System;
class P {
  static string R(Func<int> f) { try { return f().ToString(); } catch (Exception e) { return e.GetType().Name + ":" + e.Message.Replace("\n", " "); } }
  static void Main() {
  string[] hs = { "", "a", "abcabc", "aaaa", "xyz" };
  string[] ns = { "", "a", "bc", "abc", "aa", "z" };
  int bad = 0;
  foreach (var h in hs) foreach (var n in ns) for (int st = -1; st <= h.Length + 1; st++) for (int c = -1; c <= h.Length + 2; c++) {
    var si = new Shim.SI(h); int st2 = st, c2 = c; string n2 = n;
    string[] a = { R(() => h.IndexOf(n2, st2, c2, StringComparison.Ordinal)), R(() => h.LastIndexOf(n2, st2, c2, StringComparison.Ordinal)), R(() => h.IndexOf(n2.Length > 0 ? n2[0] : 'q', st2, c2)), R(() => h.LastIndexOf(n2.Length > 0 ? n2[0] : 'q', st2, c2)), R(() => h.IndexOf(n2, st2, StringComparison.Ordinal)), R(() => h.LastIndexOf(n2, st2, StringComparison.Ordinal)), R(() => h.LastIndexOf(n2.Length > 0 ? n2[0] : 'q', st2)), R(() => h.IndexOfAny(new[]{'b','z'}, st2, c2)), R(() => h.LastIndexOfAny(new[]{'b','z'}, st2, c2)) };
    string[] b = { R(() => si.IndexOf(n2, st2, c2, StringComparison.Ordinal)), R(() => si.LastIndexOf(n2, st2, c2, StringComparison.Ordinal)), R(() => si.IndexOf(n2.Length > 0 ? n2[0] : 'q', st2, c2)), R(() => si.LastIndexOf(n2.Length > 0 ? n2[0] : 'q', st2, c2)), R(() => si.IndexOf(n2, st2, StringComparison.Ordinal)), R(() => si.LastIndexOf(n2, st2, StringComparison.Ordinal)), R(() => si.LastIndexOf(n2.Length > 0 ? n2[0] : 'q', st2)), R(() => si.IndexOfAny(new[]{'b','z'}, st2, c2)), R(() => si.LastIndexOfAny(new[]{'b','z'}, st2, c2)) };
    for (int k = 0; k < a.Length; k++) if (a[k] != b[k]) { bad++; if (bad < 25) Console.WriteLine("k=" + k + " h=[" + h + "] n=[" + n + "] st=" + st + " c=" + c + " mono=" + a[k] + " ours=" + b[k]); }
  }
  Console.WriteLine("bad=" + bad);
}}
