using System;
using System.Globalization;
class P {
  static string R<T>(Func<T> f) { try { return f().ToString(); } catch (Exception e) { return "EX " + e.GetType().Name + ":" + e.Message; } }
  static void Main() {
  string[] inputs = { "0", "12", " 12 ", "-12", "+12", "- 12", "12-", "(12)", "1,234", "1,2,3,4", ",12", "12.00", "12.5", "1e3", "1E+2", "1e-1", "10e-1", "0x1F", "1F", "ff", "FFFFFFFF", "2147483647", "2147483648", "-2147483648", "-2147483649", "", " ", "\t5\n", "99999999999999999999", "18446744073709551615", "18446744073709551616", "-0", "¤5", "5¤", "1 2", "٣", "+-1", "--1", "12 .", ".5", "5.", "00012", "255", "256", "-128", "-129", "128" };
  NumberStyles[] styles = { NumberStyles.Integer, NumberStyles.Number, NumberStyles.Any, NumberStyles.HexNumber, NumberStyles.Float, NumberStyles.AllowThousands, NumberStyles.None, NumberStyles.Currency, NumberStyles.AllowParentheses | NumberStyles.AllowTrailingSign };
  int bad = 0;
  foreach (var st in styles) foreach (var s in inputs) {
    string a = R(() => int.Parse(s, st, CultureInfo.InvariantCulture)), b = R(() => Shim.Int32.Parse(s, st, null));
    string c = R(() => byte.Parse(s, st, CultureInfo.InvariantCulture)), d = R(() => Shim.Byte.Parse(s, st, null));
    string e = R(() => ulong.Parse(s, st, CultureInfo.InvariantCulture)), f = R(() => Shim.UInt64.Parse(s, st, null));
    string g = R(() => sbyte.Parse(s, st, CultureInfo.InvariantCulture)), h = R(() => Shim.SByte.Parse(s, st, null));
    string i = R(() => long.Parse(s, st, CultureInfo.InvariantCulture)), j = R(() => Shim.Int64.Parse(s, st, null));
    if (a != b) { bad++; Console.WriteLine("int [" + s + "] " + st + ": mono=" + a + " ours=" + b); }
    if (c != d) { bad++; Console.WriteLine("byte [" + s + "] " + st + ": mono=" + c + " ours=" + d); }
    if (e != f) { bad++; Console.WriteLine("ulong [" + s + "] " + st + ": mono=" + e + " ours=" + f); }
    if (g != h) { bad++; Console.WriteLine("sbyte [" + s + "] " + st + ": mono=" + g + " ours=" + h); }
    if (i != j) { bad++; Console.WriteLine("long [" + s + "] " + st + ": mono=" + i + " ours=" + j); }
  }
  Console.WriteLine("bad=" + bad);
}}
