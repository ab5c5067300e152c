using System;
class P { static void Main() {
  string[] inputs = { "", ",", ",,", "a", "a,b", ",a,,b,", "a,,b,c", "  a  b ", "a;b,c", ",,a", "a,,", "ab--cd-", "--", "a--b---c", "x y\tz\n" };
  char[][] seps = { new[]{','}, new[]{',',';'}, null, new char[0], new[]{'-'} };
  string[][] sseps = { new[]{"--"}, new[]{"-", "--"}, new[]{"--", "-"}, new[]{""}, null, new[]{","} };
  int bad = 0;
  foreach (var s in inputs) for (int count = 0; count < 5; count++) foreach (StringSplitOptions o in new[]{StringSplitOptions.None, StringSplitOptions.RemoveEmptyEntries}) {
    foreach (var sep in seps) { var a = string.Join("|", s.Split(sep, count, o)); var b = string.Join("|", new Shim.SS(s).Split(sep, count, o)); if (a != b) { bad++; Console.WriteLine("[" + s + "] c=" + count + " " + o + " mono=" + a + " ours=" + b); } }
    foreach (var sep in sseps) { var a = string.Join("|", s.Split(sep, count, o)); var b = string.Join("|", new Shim.SS(s).Split(sep, count, o)); if (a != b) { bad++; Console.WriteLine("S[" + s + "] c=" + count + " " + o + " mono=" + a + " ours=" + b); } }
  }
  foreach (var s in inputs) foreach (var tc in new[] { null, new char[0], new[]{','}, new[]{'a', ','} }) {
    if (s.Trim(tc) != new Shim.SS(s).Trim(tc, 2)) { bad++; Console.WriteLine("trim " + s); }
    if (s.TrimStart(tc) != new Shim.SS(s).Trim(tc, 0)) { bad++; Console.WriteLine("trims " + s); }
    if (s.TrimEnd(tc) != new Shim.SS(s).Trim(tc, 1)) { bad++; Console.WriteLine("trime " + s); }
  }
  Console.WriteLine("bad=" + bad);
}}
