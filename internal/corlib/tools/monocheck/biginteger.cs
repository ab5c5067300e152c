using System;
using SB = System.Numerics.BigInteger;
using MB = Shim.BigInteger;
class P {
  static string R(Func<string> f) { try { return f(); } catch (Exception e) { return "EX " + e.GetType().Name; } }
  static void Main() {
    var rnd = new Random(11); int bad = 0, n = 0;
    Func<string> gen = () => { int len = rnd.Next(1, 60); var c = new char[len]; for (int i = 0; i < len; i++) c[i] = (char)('0' + rnd.Next(10)); string s = new string(c).TrimStart('0'); if (s == "") s = "0"; return (rnd.Next(3) == 0 ? "-" : "") + s; };
    for (int it = 0; it < 3000; it++) {
      string a = gen(), b = gen(); if (rnd.Next(10) == 0) b = "0"; if (rnd.Next(10) == 0) b = a;
      SB sa = SB.Parse(a), sb = SB.Parse(b); MB ma = MB.Parse(a), mb = MB.Parse(b);
      int sh = rnd.Next(0, 100); int ex = rnd.Next(0, 6);
      string[] x = { (sa + sb).ToString(), (sa - sb).ToString(), (sa * sb).ToString(), R(() => (sa / sb).ToString()), R(() => (sa % sb).ToString()), SB.Compare(sa, sb).ToString(), (sa << sh).ToString(), (sa >> sh).ToString(), (sa & sb).ToString(), (sa | sb).ToString(), (sa ^ sb).ToString(), (~sa).ToString(), SB.Pow(sa, ex).ToString(), SB.GreatestCommonDivisor(sa, sb).ToString(), R(() => SB.ModPow(SB.Abs(sa), ex, sb).ToString()), sa.ToString("X"), BitConverter.ToString(sa.ToByteArray()), ((double)sa).ToString("R"), sa.IsEven.ToString(), sa.Sign.ToString(), R(() => ((long)sa).ToString()), sa.ToString("D70"), SB.Parse(sa.ToString("X"), System.Globalization.NumberStyles.HexNumber).ToString() };
      string[] y = { (ma + mb).ToString(), (ma - mb).ToString(), (ma * mb).ToString(), R(() => (ma / mb).ToString()), R(() => (ma % mb).ToString()), MB.Compare(ma, mb).ToString(), (ma << sh).ToString(), (ma >> sh).ToString(), (ma & mb).ToString(), (ma | mb).ToString(), (ma ^ mb).ToString(), (~ma).ToString(), MB.Pow(ma, ex).ToString(), MB.GreatestCommonDivisor(ma, mb).ToString(), R(() => MB.ModPow(MB.Abs(ma), ex, mb).ToString()), ma.ToString("X"), BitConverter.ToString(ma.ToByteArray()), ((double)ma).ToString("R"), ma.IsEven.ToString(), ma.Sign.ToString(), R(() => ((long)ma).ToString()), ma.ToString("D70"), MB.Parse(ma.ToString("X"), System.Globalization.NumberStyles.HexNumber).ToString() };
      for (int k = 0; k < x.Length; k++) { n++; if (x[k] != y[k]) { bad++; if (bad < 15) Console.WriteLine("k=" + k + " a=" + a + " b=" + b + " sh=" + sh + "\n mono=" + x[k] + "\n ours=" + y[k]); } }
    }
    foreach (var d in new double[] { 0, 1.5, -2.7, 1e20, -1e30, 123456789012345678901234567890.0 }) { if (new SB(d).ToString() != new MB(d).ToString()) { bad++; Console.WriteLine("double " + d); } }
    Console.WriteLine("bad=" + bad + " of " + n);
  }
}
