using System;
using System.Globalization;
class P { static void Main() {
  System.Threading.Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
  string[] fmts = { "{0}", "{0,5}", "{0,-5}|", "{0:X}", "{0,8:F2}", "{{{0}}}", "a{{b", "}}", "{0:0.00}", "{1}{0}", "{0 }", "{0, 5}", "{0,5 :F1}", "{0:{{}}", "{0:a}}}b}", "{", "}", "{0", "{0,}", "{0,-}", "{0:}", "{a}", "{-1}", "{0,x}", "x{0}y{1}z", "{0:N2}{1:D3}", "{ 0}", "{0,1000000}" };
  object[] args = { 42, "s" };
  int bad = 0;
  foreach (var f in fmts) {
    string a, b;
    try { a = string.Format(f, args); } catch (Exception e) { a = "EX " + e.GetType().Name + ":" + e.Message; }
    try { b = new Shim.StringBuilder().AppendFormat(f, args).ToString(); } catch (Exception e) { b = "EX " + e.GetType().Name + ":" + e.Message; }
    if (a != b) { bad++; Console.WriteLine("fmt [" + f + "] mono=[" + (a.Length > 60 ? a.Substring(0,60) : a) + "] ours=[" + (b.Length > 60 ? b.Substring(0,60) : b) + "]"); }
  }
  var sb = new Shim.StringBuilder("hello");
  sb.Insert(2, "XY").Remove(0, 1).Replace("l", "L").Append('!', 3).Insert(0, 5).AppendLine("z");
  var sb2 = new System.Text.StringBuilder("hello");
  sb2.Insert(2, "XY").Remove(0, 1).Replace("l", "L").Append('!', 3).Insert(0, 5).AppendLine("z");
  if (sb.ToString() != sb2.ToString()) { bad++; Console.WriteLine("sb " + sb + " vs " + sb2); }
  Console.WriteLine("bad=" + bad);
}}
