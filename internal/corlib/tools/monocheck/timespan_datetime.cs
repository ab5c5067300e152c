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
  Console.WriteLine("bad=" + bad);
}}
