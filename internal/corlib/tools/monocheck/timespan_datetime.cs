using System;
using System.Globalization;
class P { static void Main() {
  System.Threading.Thread.CurrentThread.CurrentCulture = CultureInfo.InvariantCulture;
  int bad = 0;
  long[] ticks = { 0, 1, 10000, 12345678901, -12345678901, 864000000000, 864000000001, -1, TimeSpan.MaxValue.Ticks, TimeSpan.MinValue.Ticks, 36000000000 + 5000, 10000000 };
  string[] tfs = { null, "c", "g", "G", @"hh\:mm\:ss", @"d\.hh\:mm", "%d", @"mm\:ss\.fff", @"ss\.FFF", "'x'hh" };
  foreach (var t in ticks) foreach (var f in tfs) {
    string a, b;
    try { a = new TimeSpan(t).ToString(f, CultureInfo.InvariantCulture); } catch (Exception e) { a = "EX " + e.GetType().Name; }
    try { b = new Shim.TimeSpan(t).ToString(f, null); } catch (Exception e) { b = "EX " + e.GetType().Name; }
    if (a != b) { bad++; Console.WriteLine("ts " + t + " [" + f + "] mono=" + a + " ours=" + b); }
  }
  double[] secs = { 1.5, 0.0004, 0.0005, -2.5, 123456.789, 1e-7 };
  foreach (var s in secs) { string a = TimeSpan.FromSeconds(s).ToString(), b = Shim.TimeSpan.FromSeconds(s).ToString(); if (a != b) { bad++; Console.WriteLine("fromsec " + s + " " + a + " " + b); } }
  var dts = new[] { new DateTime(2020, 2, 29, 13, 45, 7, 89), new DateTime(1, 1, 1), new DateTime(9999, 12, 31, 23, 59, 59), new DateTime(2023, 7, 4, 0, 5, 0) };
  string[] dfs = { null, "d", "D", "f", "F", "g", "G", "M", "s", "t", "T", "u", "Y", "yyyy-MM-dd HH:mm:ss.fff", "dddd dd MMMM yy h:mm tt", "ddd MMM d, yyyy", "HH:mm:ss.FFFFFFF", "o", "r" };
  foreach (var d in dts) foreach (var f in dfs) {
    var sd = new Shim.DateTime(d.Ticks);
    string a, b;
    try { a = d.ToString(f, CultureInfo.InvariantCulture); } catch (Exception e) { a = "EX " + e.GetType().Name; }
    try { b = sd.ToString(f, null); } catch (Exception e) { b = "EX " + e.GetType().Name; }
    if (a != b) { bad++; Console.WriteLine("dt [" + f + "] mono=" + a + " ours=" + b); }
    if (d.DayOfWeek.ToString() != sd.DayOfWeek.ToString() || d.DayOfYear != sd.DayOfYear || (d.Year < 9999 && d.AddMonths(13).Ticks != sd.AddMonths(13).Ticks) || (d.Year > 1 && d.Year < 9999 && d.AddDays(-1.5).Ticks != sd.AddDays(-1.5).Ticks)) { bad++; Console.WriteLine("dt parts " + d); }
  }
  // ParseExact: strings formatted by Mono, plus malformed variants of them.
  var rnd = new Random(7);
  string[] pfs = { "yyyy-MM-dd HH:mm:ss.fff", "dddd dd MMMM yy h:mm tt", "ddd MMM d, yyyy", "HH:mm:ss.FFFFFFF", "s", "u", "d", "G", "r", "yyyyMMddHHmmss", "%d", "MM/dd", "y-M-d H:m:s", "yyyy'T'HH" };
  for (int k = 0; k < 3000; k++) {
    var d = new DateTime(1 + rnd.Next(9998), 1 + rnd.Next(12), 1 + rnd.Next(28), rnd.Next(24), rnd.Next(60), rnd.Next(60), rnd.Next(1000));
    string f = pfs[rnd.Next(pfs.Length)];
    string input = d.ToString(f, CultureInfo.InvariantCulture);
    switch (rnd.Next(6)) {
      case 0: if (input.Length > 0) input = input.Remove(rnd.Next(input.Length), 1); break;
      case 1: input = input.Insert(rnd.Next(input.Length + 1), rnd.Next(2) == 0 ? " " : "9"); break;
      case 2: input = input.Replace('0', '6').Replace('1', '7'); break;
    }
    var style = rnd.Next(3) == 0 ? DateTimeStyles.AllowWhiteSpaces : DateTimeStyles.None;
    string a, b;
    try { var r = DateTime.ParseExact(input, f, CultureInfo.InvariantCulture, style); a = r.Ticks + " " + r.Kind; } catch (Exception e) { a = "EX " + e.GetType().Name + " " + e.Message; }
    try { var r = Shim.DateTime.ParseExact(input, f, null, style); b = r.Ticks + " " + r.Kind; } catch (Exception e) { b = "EX " + e.GetType().Name + " " + e.Message; }
    if (a != b) { bad++; Console.WriteLine("parse [" + f + "] '" + input + "' mono=" + a + " ours=" + b); }
  }
  Console.WriteLine("bad=" + bad);
}}
