using System;
class P { static void Main() {
  foreach (int seed in new[]{0, 42, 12345, -7, int.MinValue}) {
    var a = new Random(seed); var b = new Shim.Random(seed);
    bool ok = true;
    for (int i = 0; i < 1000; i++) {
      if (a.Next() != b.Next()) ok = false;
      if (a.Next(100) != b.Next(100)) ok = false;
      if (a.Next(-50, 50) != b.Next(-50, 50)) ok = false;
      if (a.Next(int.MinValue, int.MaxValue) != b.Next(int.MinValue, int.MaxValue)) ok = false;
      if (a.NextDouble() != b.NextDouble()) ok = false;
    }
    var ba = new byte[64]; var bb = new byte[64]; a.NextBytes(ba); b.NextBytes(bb);
    for (int i = 0; i < 64; i++) if (ba[i] != bb[i]) ok = false;
    Console.WriteLine(seed + ": " + ok);
  }
}}
