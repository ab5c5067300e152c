using System;
using System.Globalization;

class Temp : IFormattable
{
    double c; public Temp(double c) { this.c = c; }
    public string ToString(string fmt, IFormatProvider fp)
    {
        if (fmt == null) fmt = "C";
        switch (fmt) { case "F": return (c * 9 / 5 + 32).ToString("0.0", fp) + "F"; case "C": return c.ToString("0.0", fp) + "C"; default: throw new FormatException("bad fmt " + fmt); }
    }
    public override string ToString() { return ToString(null, null); }
}
class Upper : IFormatProvider, ICustomFormatter
{
    public object GetFormat(Type t) { return t == typeof(ICustomFormatter) ? this : null; }
    public string Format(string fmt, object arg, IFormatProvider fp)
    {
        if (arg is string) return ((string)arg).ToUpperInvariant() + (fmt != null ? "{" + fmt + "}" : "");
        if (arg is IFormattable) return "#" + ((IFormattable)arg).ToString(fmt, CultureInfo.InvariantCulture);
        return arg == null ? "NULL" : arg.ToString();
    }
}
class Program
{
    static void T(string label, Func<object> f)
    {
        try { Console.WriteLine(label + " = " + f()); } catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().Name); }
    }
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        T("temp default", () => string.Format("{0} {0:F} {0,8:C}|", new Temp(100)));
        T("temp bad fmt", () => string.Format("{0:K}", new Temp(1)));
        T("custom formatter", () => string.Format(new Upper(), "{0} {1:X} {2} {3:0.00}", "abc", 255, null, 1.5));
        T("int.Parse hex", () => int.Parse("ff", NumberStyles.HexNumber));
        T("int.Parse hex neg", () => int.Parse("FFFFFFFF", NumberStyles.AllowHexSpecifier));
        T("int.Parse thousands", () => int.Parse("1,234,567", NumberStyles.AllowThousands));
        T("int.Parse thousands no flag", () => int.Parse("1,234"));
        T("int.Parse parens", () => int.Parse("(42)", NumberStyles.AllowParentheses));
        T("int.Parse ws", () => int.Parse("  -17  "));
        T("int.Parse plus", () => int.Parse("+17"));
        T("int.Parse decimal point", () => int.Parse("1.0"));
        T("int.Parse decimal point allowed", () => int.Parse("1.0", NumberStyles.AllowDecimalPoint));
        T("int.Parse 1.5 allowed", () => int.Parse("1.5", NumberStyles.AllowDecimalPoint));
        T("int.Parse exponent", () => int.Parse("1e3", NumberStyles.AllowExponent));
        T("int.Parse trailing sign", () => int.Parse("5-", NumberStyles.AllowTrailingSign));
        T("int.Parse empty", () => int.Parse(""));
        T("int.Parse null", () => int.Parse(null));
        T("int.Parse currency", () => int.Parse("¤5", NumberStyles.Currency));
        int iv;
        T("int.TryParse bad", () => int.TryParse("12a", out iv) + " " + iv);
        T("int.TryParse overflow", () => int.TryParse("99999999999", out iv) + " " + iv);
        T("long.Parse", () => long.Parse("-0009223372036854775808"));
        T("ulong.Parse max", () => ulong.Parse("18446744073709551615"));
        T("byte.Parse hex", () => byte.Parse("7F", NumberStyles.HexNumber));
        T("sbyte.Parse", () => sbyte.Parse("-128"));
        T("double.Parse exp", () => double.Parse("1.5E+3", inv));
        T("double.Parse huge", () => double.Parse("1e400", inv));
        T("double.Parse tiny", () => double.Parse("1e-400", inv));
        T("double.Parse -0", () => (1 / double.Parse("-0", inv)));
        T("double.Parse NaN", () => double.Parse("NaN", inv));
        T("double.Parse Infinity", () => double.Parse("-Infinity", inv));
        T("double.Parse thousands", () => double.Parse("1,234.5", inv));
        T("double.Parse leading dot", () => double.Parse(".5", inv) + double.Parse("5.", inv));
        T("double.Parse hex", () => double.Parse("0x10", inv));
        T("double.Parse precise", () => double.Parse("0.1000000000000000055511151231257827", inv).ToString("R"));
        T("double.Parse many digits", () => double.Parse("123456789012345678901234567890", inv));
        double dv;
        T("double.TryParse bad", () => double.TryParse("1.2.3", NumberStyles.Float, inv, out dv) + " " + dv);
        T("float.Parse", () => float.Parse("3.4028236e38", inv));
        T("float.Parse round", () => float.Parse("16777217", inv).ToString("R"));
        T("decimal.Parse exp", () => decimal.Parse("1.5e2", NumberStyles.Float, inv));
        T("decimal.Parse many digits", () => decimal.Parse("0.12345678901234567890123456789", inv));
        T("decimal.Parse overflow", () => decimal.Parse("79228162514264337593543950336", inv));
        T("bool.Parse", () => bool.Parse(" TRUE ") + " " + bool.Parse("false"));
        T("bool.Parse bad", () => bool.Parse("yes"));
        T("char.Parse", () => char.Parse("x"));
        T("char.Parse bad", () => char.Parse("xy"));
        T("Convert.ToString base2", () => Convert.ToString(-5, 2));
        T("Convert.ToString base8", () => Convert.ToString(255L, 8));
        T("Convert.ToString base16 byte", () => Convert.ToString((byte)255, 16) + " " + Convert.ToString((short)-1, 16));
        T("Convert.ToInt32 base2", () => Convert.ToInt32("11111111111111111111111111111111", 2));
        T("Convert.ToInt64 base16", () => Convert.ToInt64("7fffffffffffffff", 16));
        T("Convert.ToByte base2 overflow", () => Convert.ToByte("111111111", 2));
        T("Convert.ToInt32 base3", () => Convert.ToInt32("12", 3));
        T("Convert.ToInt32(null string)", () => Convert.ToInt32((string)null));
        T("Convert.ToInt32(bool)", () => Convert.ToInt32(true));
        T("Convert.ToBoolean(\"True\")", () => Convert.ToBoolean("True"));
        T("Convert.ToBoolean(0.0)", () => Convert.ToBoolean(0.0) + " " + Convert.ToBoolean(double.NaN));
        T("Convert.ToDouble(\"1e5\")", () => Convert.ToDouble("1e5", inv));
        T("Convert.ToDecimal(double)", () => Convert.ToDecimal(0.1 + 0.2));
        T("Convert.ToChar(\"a\")", () => Convert.ToChar("a"));
        T("Convert.ToString(null obj)", () => "[" + Convert.ToString((object)null) + "]");
        T("Convert.ChangeType", () => Convert.ChangeType("42", typeof(int)) + " " + Convert.ChangeType(3.7, typeof(int)) + " " + Convert.ChangeType(1, typeof(bool)));
        T("Convert.ChangeType bad", () => Convert.ChangeType("x", typeof(int)));
        T("Base64", () => Convert.ToBase64String(new byte[] { 0, 1, 2, 253, 254, 255, 65 }));
        T("Base64 decode", () => BitConverter.ToString(Convert.FromBase64String("AAEC/f7/QQ==")));
        T("Base64 bad", () => Convert.FromBase64String("abc"));
        T("BitConverter", () => BitConverter.ToString(BitConverter.GetBytes(1.5)) + " " + BitConverter.ToInt32(new byte[] { 1, 0, 0, 128 }, 0) + " " + BitConverter.IsLittleEndian);
        T("BitConverter single", () => BitConverter.ToString(BitConverter.GetBytes(-0.0f)) + " " + BitConverter.ToSingle(new byte[] { 0, 0, 0xc0, 0x7f }, 0));
        T("int ToString invariant formats", () => 1234567.ToString("N", inv) + " " + (-42).ToString("C", inv) + " " + 0.5.ToString("P", inv));
        T("double round trip", () => { double x = 0.1 * 3; return double.Parse(x.ToString("R", inv), inv) == x; });
        T("double ToString G17", () => (0.1).ToString("G17", inv) + " " + (1.0 / 3).ToString("G17", inv) + " " + 100.0.ToString("G17", inv));
        T("float ToString R", () => 0.1f.ToString("R", inv) + " " + (1f / 3).ToString("R", inv) + " " + 16777216f.ToString("R"));
    }
}
