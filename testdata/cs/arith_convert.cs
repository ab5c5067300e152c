using System;

class Program
{
    static void C(string label, Func<object> f)
    {
        try
        {
            object r = f();
            Console.WriteLine(label + " = " + r + " (" + (r == null ? "null" : r.GetType().Name) + ")");
        }
        catch (Exception e) { Console.WriteLine(label + " -> " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        C("ToInt32(2.5)", () => Convert.ToInt32(2.5));
        C("ToInt32(3.5)", () => Convert.ToInt32(3.5));
        C("ToInt32(-2.5)", () => Convert.ToInt32(-2.5));
        C("ToInt32(2.6)", () => Convert.ToInt32(2.6));
        C("ToInt32(\"123\")", () => Convert.ToInt32("123"));
        C("ToInt32(\"-0\")", () => Convert.ToInt32("-0"));
        C("ToInt32(null string)", () => Convert.ToInt32((string)null));
        C("ToInt32(\"x\")", () => Convert.ToInt32("x"));
        C("ToInt32(true)", () => Convert.ToInt32(true));
        C("ToInt32('A')", () => Convert.ToInt32('A'));
        C("ToInt32(1e10)", () => Convert.ToInt32(1e10));
        C("ToInt32(5000000000L)", () => Convert.ToInt32(5000000000L));
        C("ToInt32(2.5m)", () => Convert.ToInt32(2.5m));
        C("ToInt32(\"ff\",16)", () => Convert.ToInt32("ff", 16));
        C("ToInt32(\"-101\",2)", () => Convert.ToInt32("101", 2));
        C("ToInt32(\"777\",8)", () => Convert.ToInt32("777", 8));
        C("ToInt32(\"FFFFFFFF\",16)", () => Convert.ToInt32("FFFFFFFF", 16));
        C("ToInt64(\"7fffffffffffffff\",16)", () => Convert.ToInt64("7fffffffffffffff", 16));
        C("ToString(255,2)", () => Convert.ToString(255, 2));
        C("ToString(255,16)", () => Convert.ToString(255, 16));
        C("ToString(-1,16)", () => Convert.ToString(-1, 16));
        C("ToString(8,8)", () => Convert.ToString(8, 8));
        C("ToString(-8L,2)", () => Convert.ToString(-8L, 2));
        C("ToByte(255.4)", () => Convert.ToByte(255.4));
        C("ToByte(256)", () => Convert.ToByte(256));
        C("ToByte(-1)", () => Convert.ToByte(-1));
        C("ToSByte(\"-128\")", () => Convert.ToSByte("-128"));
        C("ToInt16(40000)", () => Convert.ToInt16(40000));
        C("ToUInt16(65535.5)", () => Convert.ToUInt16(65535.4));
        C("ToUInt32(-1L)", () => Convert.ToUInt32(-1L));
        C("ToUInt64(\"18446744073709551615\")", () => Convert.ToUInt64("18446744073709551615"));
        C("ToInt64(1.5)", () => Convert.ToInt64(1.5));
        C("ToInt64(-1.5f)", () => Convert.ToInt64(-1.5f));
        C("ToDouble(\"1.25\")", () => Convert.ToDouble("1.25"));
        C("ToDouble(7)", () => Convert.ToDouble(7));
        C("ToDouble(1.1f)", () => Convert.ToDouble(1.1f));
        C("ToDouble(0.1m)", () => Convert.ToDouble(0.1m));
        C("ToSingle(1.0/3)", () => Convert.ToSingle(1.0 / 3));
        C("ToDecimal(0.1)", () => Convert.ToDecimal(0.1));
        C("ToDecimal(1.0f/3)", () => Convert.ToDecimal(1.0f / 3));
        C("ToDecimal(\"3.50\")", () => Convert.ToDecimal("3.50"));
        C("ToDecimal(1e30)", () => Convert.ToDecimal(1e30));
        C("ToBoolean(0)", () => Convert.ToBoolean(0));
        C("ToBoolean(-3)", () => Convert.ToBoolean(-3));
        C("ToBoolean(0.0)", () => Convert.ToBoolean(0.0));
        C("ToBoolean(\"True\")", () => Convert.ToBoolean("True"));
        C("ToBoolean(\"1\")", () => Convert.ToBoolean("1"));
        C("ToChar(65)", () => Convert.ToChar(65));
        C("ToChar(-1)", () => Convert.ToChar(-1));
        C("ToChar(\"Q\")", () => Convert.ToChar("Q"));
        C("ToString(12.5)", () => Convert.ToString(12.5));
        C("ToString(true)", () => Convert.ToString(true));
        C("ToString('c')", () => Convert.ToString('c'));
        C("ToString(null obj)", () => Convert.ToString((object)null));
        C("ToString(-5L)", () => Convert.ToString(-5L));
        C("ToInt32(object 42L)", () => Convert.ToInt32((object)42L));
        C("ToInt32(object null)", () => Convert.ToInt32((object)null));
        C("ToDouble(object \"2\")", () => Convert.ToDouble((object)"2"));
        C("ToBase64String", () => Convert.ToBase64String(new byte[] { 1, 2, 3, 250, 251, 252, 253 }));
        C("FromBase64String", () => BitConverter.ToString(Convert.FromBase64String("AQID+vv8/Q==")));
        C("ChangeType(\"12\", int)", () => Convert.ChangeType("12", typeof(int)));
        C("ChangeType(3.7, int)", () => Convert.ChangeType(3.7, typeof(int)));
        C("ChangeType(1, string)", () => Convert.ChangeType(1, typeof(string)));
    }
}
