using System;
class P { static void Main() {
  var rnd = new Random(9); int bad = 0, n = 0;
  var vals = new System.Collections.Generic.List<double> { 2.5, 3.5, -2.5, 0.5, -0.5, 1.5, 2.675, 2.345, 1.005, 1.015, 1.025, 0.125, 0.375, -1.125, 123.455, 9.995, 99.995, 0.045, 1e15+0.5, 4.5e15, -0.0, 1234.5678, 0.285, 1.255 };
  vals.Add(0.49999999999999994); vals.Add(-0.49999999999999994); vals.Add(-1.5); vals.Add(-3.5); vals.Add(1e300); vals.Add(double.NaN); vals.Add(4503599627370497.0); for (int i = 0; i < 20000; i++) vals.Add(Math.Round(rnd.NextDouble() * 1000 - 500, rnd.Next(1, 6)) + (rnd.Next(2) == 0 ? 0 : 5 * Math.Pow(10, -rnd.Next(2, 7))));
  foreach (var v in vals) for (int d = 0; d <= 6; d++) {
    n++;
    double a = Math.Round(v, d), b = Shim.Math.Round(v, d);
    double c = Math.Round(v, d, MidpointRounding.AwayFromZero), e = Shim.Math.Round(v, d, MidpointRounding.AwayFromZero);
    if (!a.Equals(b)) { bad++; if (bad < 10) Console.WriteLine("even " + v.ToString("R") + " d=" + d + " mono=" + a.ToString("R") + " ours=" + b.ToString("R")); }
    if (!c.Equals(e)) { bad++; if (bad < 10) Console.WriteLine("away " + v.ToString("R") + " d=" + d + " mono=" + c.ToString("R") + " ours=" + e.ToString("R")); }
  }
  foreach (var v in vals) { if (!Math.Round(v).Equals(Shim.Math.Round(v))) { bad++; if (bad < 20) Console.WriteLine("r0 " + v); } }
  Console.WriteLine("bad=" + bad + " of " + n);
}}
