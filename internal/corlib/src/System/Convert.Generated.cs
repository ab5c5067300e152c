using System.Globalization;
using System.Text;

namespace System
{
    public interface IConvertible
    {
        TypeCode GetTypeCode();
        bool ToBoolean(IFormatProvider provider);
        char ToChar(IFormatProvider provider);
        sbyte ToSByte(IFormatProvider provider);
        byte ToByte(IFormatProvider provider);
        short ToInt16(IFormatProvider provider);
        ushort ToUInt16(IFormatProvider provider);
        int ToInt32(IFormatProvider provider);
        uint ToUInt32(IFormatProvider provider);
        long ToInt64(IFormatProvider provider);
        ulong ToUInt64(IFormatProvider provider);
        float ToSingle(IFormatProvider provider);
        double ToDouble(IFormatProvider provider);
        decimal ToDecimal(IFormatProvider provider);
        DateTime ToDateTime(IFormatProvider provider);
        string ToString(IFormatProvider provider);
        object ToType(Type conversionType, IFormatProvider provider);
    }

    public static partial class Convert
    {
        public static bool ToBoolean(bool value) { return value; }
        public static bool ToBoolean(char value) { throw new InvalidCastException("Invalid cast from 'Char' to 'Boolean'."); }
        [CLSCompliant(false)]
        public static bool ToBoolean(sbyte value) { return value != 0; }
        public static bool ToBoolean(byte value) { return value != 0; }
        public static bool ToBoolean(short value) { return value != 0; }
        [CLSCompliant(false)]
        public static bool ToBoolean(ushort value) { return value != 0; }
        public static bool ToBoolean(int value) { return value != 0; }
        [CLSCompliant(false)]
        public static bool ToBoolean(uint value) { return value != 0; }
        public static bool ToBoolean(long value) { return value != 0; }
        [CLSCompliant(false)]
        public static bool ToBoolean(ulong value) { return value != 0; }
        public static bool ToBoolean(float value) { return value != 0; }
        public static bool ToBoolean(double value) { return value != 0; }
        public static bool ToBoolean(decimal value) { return value != 0; }
        public static bool ToBoolean(string value) { return value == null ? false : bool.Parse(value); }
        public static bool ToBoolean(string value, IFormatProvider provider) { return ToBoolean(value); }
        public static bool ToBoolean(object value) { return value == null ? false : ((IConvertible)value).ToBoolean(null); }
        public static bool ToBoolean(object value, IFormatProvider provider) { return ToBoolean(value); }
        public static bool ToBoolean(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Boolean'."); }
        public static char ToChar(bool value) { throw new InvalidCastException("Invalid cast from 'Boolean' to 'Char'."); }
        public static char ToChar(char value) { return value; }
        [CLSCompliant(false)]
        public static char ToChar(sbyte value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a character."); return unchecked((char)value); }
        public static char ToChar(byte value) { return (char)value; }
        public static char ToChar(short value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a character."); return unchecked((char)value); }
        [CLSCompliant(false)]
        public static char ToChar(ushort value) { return (char)value; }
        public static char ToChar(int value) { if (value < 0 || value > 65535) throw new OverflowException("Value was either too large or too small for a character."); return unchecked((char)value); }
        [CLSCompliant(false)]
        public static char ToChar(uint value) { if (value > 65535) throw new OverflowException("Value was either too large or too small for a character."); return unchecked((char)value); }
        public static char ToChar(long value) { if (value < 0 || value > 65535) throw new OverflowException("Value was either too large or too small for a character."); return unchecked((char)value); }
        [CLSCompliant(false)]
        public static char ToChar(ulong value) { if (value > 65535) throw new OverflowException("Value was either too large or too small for a character."); return unchecked((char)value); }
        public static char ToChar(float value) { throw new InvalidCastException("Invalid cast from 'Single' to 'Char'."); }
        public static char ToChar(double value) { throw new InvalidCastException("Invalid cast from 'Double' to 'Char'."); }
        public static char ToChar(decimal value) { throw new InvalidCastException("Invalid cast from 'Decimal' to 'Char'."); }
        public static char ToChar(string value) { if (value == null) throw new ArgumentNullException("value"); if (value.Length != 1) throw new FormatException("String must be exactly one character long."); return value[0]; }
        public static char ToChar(string value, IFormatProvider provider) { return ToChar(value); }
        public static char ToChar(object value) { return value == null ? (char)0 : ((IConvertible)value).ToChar(null); }
        public static char ToChar(object value, IFormatProvider provider) { return ToChar(value); }
        public static char ToChar(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Char'."); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(bool value) { return value ? (sbyte)1 : (sbyte)0; }
        [CLSCompliant(false)]
        public static sbyte ToSByte(char value) { if (value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(sbyte value) { return value; }
        [CLSCompliant(false)]
        public static sbyte ToSByte(byte value) { if (value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(short value) { if (value < -128 || value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(ushort value) { if (value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(int value) { if (value < -128 || value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(uint value) { if (value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(long value) { if (value < -128 || value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(ulong value) { if (value > 127) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(float value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < -128.0 - 0.0 || r > 127.0) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)r); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(double value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < -128.0 - 0.0 || r > 127.0) throw new OverflowException("Value was either too large or too small for a signed byte."); return unchecked((sbyte)r); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(decimal value) { return decimal.ToSByte(decimal.Round(value, 0)); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(string value) { return value == null ? (sbyte)0 : sbyte.Parse(value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(string value, IFormatProvider provider) { return value == null ? (sbyte)0 : sbyte.Parse(value, provider); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(object value) { return value == null ? (sbyte)0 : ((IConvertible)value).ToSByte(null); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(object value, IFormatProvider provider) { return ToSByte(value); }
        [CLSCompliant(false)]
        public static sbyte ToSByte(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'SByte'."); }
        public static byte ToByte(bool value) { return value ? (byte)1 : (byte)0; }
        public static byte ToByte(char value) { if (value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        [CLSCompliant(false)]
        public static byte ToByte(sbyte value) { if (value < 0) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        public static byte ToByte(byte value) { return value; }
        public static byte ToByte(short value) { if (value < 0 || value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        [CLSCompliant(false)]
        public static byte ToByte(ushort value) { if (value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        public static byte ToByte(int value) { if (value < 0 || value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        [CLSCompliant(false)]
        public static byte ToByte(uint value) { if (value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        public static byte ToByte(long value) { if (value < 0 || value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        [CLSCompliant(false)]
        public static byte ToByte(ulong value) { if (value > 255) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)value); }
        public static byte ToByte(float value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < 0.0 - 0.0 || r > 255.0) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)r); }
        public static byte ToByte(double value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < 0.0 - 0.0 || r > 255.0) throw new OverflowException("Value was either too large or too small for an unsigned byte."); return unchecked((byte)r); }
        public static byte ToByte(decimal value) { return decimal.ToByte(decimal.Round(value, 0)); }
        public static byte ToByte(string value) { return value == null ? (byte)0 : byte.Parse(value); }
        public static byte ToByte(string value, IFormatProvider provider) { return value == null ? (byte)0 : byte.Parse(value, provider); }
        public static byte ToByte(object value) { return value == null ? (byte)0 : ((IConvertible)value).ToByte(null); }
        public static byte ToByte(object value, IFormatProvider provider) { return ToByte(value); }
        public static byte ToByte(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Byte'."); }
        public static short ToInt16(bool value) { return value ? (short)1 : (short)0; }
        public static short ToInt16(char value) { if (value > 32767) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)value); }
        [CLSCompliant(false)]
        public static short ToInt16(sbyte value) { return (short)value; }
        public static short ToInt16(byte value) { return (short)value; }
        public static short ToInt16(short value) { return value; }
        [CLSCompliant(false)]
        public static short ToInt16(ushort value) { if (value > 32767) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)value); }
        public static short ToInt16(int value) { if (value < -32768 || value > 32767) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)value); }
        [CLSCompliant(false)]
        public static short ToInt16(uint value) { if (value > 32767) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)value); }
        public static short ToInt16(long value) { if (value < -32768 || value > 32767) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)value); }
        [CLSCompliant(false)]
        public static short ToInt16(ulong value) { if (value > 32767) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)value); }
        public static short ToInt16(float value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < -32768.0 - 0.0 || r > 32767.0) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)r); }
        public static short ToInt16(double value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < -32768.0 - 0.0 || r > 32767.0) throw new OverflowException("Value was either too large or too small for an Int16."); return unchecked((short)r); }
        public static short ToInt16(decimal value) { return decimal.ToInt16(decimal.Round(value, 0)); }
        public static short ToInt16(string value) { return value == null ? (short)0 : short.Parse(value); }
        public static short ToInt16(string value, IFormatProvider provider) { return value == null ? (short)0 : short.Parse(value, provider); }
        public static short ToInt16(object value) { return value == null ? (short)0 : ((IConvertible)value).ToInt16(null); }
        public static short ToInt16(object value, IFormatProvider provider) { return ToInt16(value); }
        public static short ToInt16(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int16'."); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(bool value) { return value ? (ushort)1 : (ushort)0; }
        [CLSCompliant(false)]
        public static ushort ToUInt16(char value) { return (ushort)value; }
        [CLSCompliant(false)]
        public static ushort ToUInt16(sbyte value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(byte value) { return (ushort)value; }
        [CLSCompliant(false)]
        public static ushort ToUInt16(short value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(ushort value) { return value; }
        [CLSCompliant(false)]
        public static ushort ToUInt16(int value) { if (value < 0 || value > 65535) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(uint value) { if (value > 65535) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(long value) { if (value < 0 || value > 65535) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(ulong value) { if (value > 65535) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(float value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < 0.0 - 0.0 || r > 65535.0) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)r); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(double value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < 0.0 - 0.0 || r > 65535.0) throw new OverflowException("Value was either too large or too small for a UInt16."); return unchecked((ushort)r); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(decimal value) { return decimal.ToUInt16(decimal.Round(value, 0)); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(string value) { return value == null ? (ushort)0 : ushort.Parse(value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(string value, IFormatProvider provider) { return value == null ? (ushort)0 : ushort.Parse(value, provider); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(object value) { return value == null ? (ushort)0 : ((IConvertible)value).ToUInt16(null); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(object value, IFormatProvider provider) { return ToUInt16(value); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt16'."); }
        public static int ToInt32(bool value) { return value ? (int)1 : (int)0; }
        public static int ToInt32(char value) { return (int)value; }
        [CLSCompliant(false)]
        public static int ToInt32(sbyte value) { return (int)value; }
        public static int ToInt32(byte value) { return (int)value; }
        public static int ToInt32(short value) { return (int)value; }
        [CLSCompliant(false)]
        public static int ToInt32(ushort value) { return (int)value; }
        public static int ToInt32(int value) { return value; }
        [CLSCompliant(false)]
        public static int ToInt32(uint value) { if (value > 2147483647) throw new OverflowException("Value was either too large or too small for an Int32."); return unchecked((int)value); }
        public static int ToInt32(long value) { if (value < -2147483648 || value > 2147483647) throw new OverflowException("Value was either too large or too small for an Int32."); return unchecked((int)value); }
        [CLSCompliant(false)]
        public static int ToInt32(ulong value) { if (value > 2147483647) throw new OverflowException("Value was either too large or too small for an Int32."); return unchecked((int)value); }
        public static int ToInt32(float value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < -2147483648.0 - 0.0 || r > 2147483647.0) throw new OverflowException("Value was either too large or too small for an Int32."); return unchecked((int)r); }
        public static int ToInt32(double value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < -2147483648.0 - 0.0 || r > 2147483647.0) throw new OverflowException("Value was either too large or too small for an Int32."); return unchecked((int)r); }
        public static int ToInt32(decimal value) { return decimal.ToInt32(decimal.Round(value, 0)); }
        public static int ToInt32(string value) { return value == null ? (int)0 : int.Parse(value); }
        public static int ToInt32(string value, IFormatProvider provider) { return value == null ? (int)0 : int.Parse(value, provider); }
        public static int ToInt32(object value) { return value == null ? (int)0 : ((IConvertible)value).ToInt32(null); }
        public static int ToInt32(object value, IFormatProvider provider) { return ToInt32(value); }
        public static int ToInt32(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int32'."); }
        [CLSCompliant(false)]
        public static uint ToUInt32(bool value) { return value ? (uint)1 : (uint)0; }
        [CLSCompliant(false)]
        public static uint ToUInt32(char value) { return (uint)value; }
        [CLSCompliant(false)]
        public static uint ToUInt32(sbyte value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt32."); return unchecked((uint)value); }
        [CLSCompliant(false)]
        public static uint ToUInt32(byte value) { return (uint)value; }
        [CLSCompliant(false)]
        public static uint ToUInt32(short value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt32."); return unchecked((uint)value); }
        [CLSCompliant(false)]
        public static uint ToUInt32(ushort value) { return (uint)value; }
        [CLSCompliant(false)]
        public static uint ToUInt32(int value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt32."); return unchecked((uint)value); }
        [CLSCompliant(false)]
        public static uint ToUInt32(uint value) { return value; }
        [CLSCompliant(false)]
        public static uint ToUInt32(long value) { if (value < 0 || value > 4294967295) throw new OverflowException("Value was either too large or too small for a UInt32."); return unchecked((uint)value); }
        [CLSCompliant(false)]
        public static uint ToUInt32(ulong value) { if (value > 4294967295) throw new OverflowException("Value was either too large or too small for a UInt32."); return unchecked((uint)value); }
        [CLSCompliant(false)]
        public static uint ToUInt32(float value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < 0.0 - 0.0 || r > 4294967295.0) throw new OverflowException("Value was either too large or too small for a UInt32."); return unchecked((uint)r); }
        [CLSCompliant(false)]
        public static uint ToUInt32(double value) { double r = Math.Round((double)value); if (double.IsNaN(r) || r < 0.0 - 0.0 || r > 4294967295.0) throw new OverflowException("Value was either too large or too small for a UInt32."); return unchecked((uint)r); }
        [CLSCompliant(false)]
        public static uint ToUInt32(decimal value) { return decimal.ToUInt32(decimal.Round(value, 0)); }
        [CLSCompliant(false)]
        public static uint ToUInt32(string value) { return value == null ? (uint)0 : uint.Parse(value); }
        [CLSCompliant(false)]
        public static uint ToUInt32(string value, IFormatProvider provider) { return value == null ? (uint)0 : uint.Parse(value, provider); }
        [CLSCompliant(false)]
        public static uint ToUInt32(object value) { return value == null ? (uint)0 : ((IConvertible)value).ToUInt32(null); }
        [CLSCompliant(false)]
        public static uint ToUInt32(object value, IFormatProvider provider) { return ToUInt32(value); }
        [CLSCompliant(false)]
        public static uint ToUInt32(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt32'."); }
        public static long ToInt64(bool value) { return value ? (long)1 : (long)0; }
        public static long ToInt64(char value) { return (long)value; }
        [CLSCompliant(false)]
        public static long ToInt64(sbyte value) { return (long)value; }
        public static long ToInt64(byte value) { return (long)value; }
        public static long ToInt64(short value) { return (long)value; }
        [CLSCompliant(false)]
        public static long ToInt64(ushort value) { return (long)value; }
        public static long ToInt64(int value) { return (long)value; }
        [CLSCompliant(false)]
        public static long ToInt64(uint value) { return (long)value; }
        public static long ToInt64(long value) { return value; }
        [CLSCompliant(false)]
        public static long ToInt64(ulong value) { if (value > 9223372036854775807UL) throw new OverflowException("Value was either too large or too small for an Int64."); return unchecked((long)value); }
        public static long ToInt64(float value) { double r = Math.Round((double)value); if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0)) throw new OverflowException("Value was either too large or too small for an Int64."); return (long)r; }
        public static long ToInt64(double value) { double r = Math.Round((double)value); if (!(r >= -9223372036854775808.0 && r < 9223372036854775808.0)) throw new OverflowException("Value was either too large or too small for an Int64."); return (long)r; }
        public static long ToInt64(decimal value) { return decimal.ToInt64(decimal.Round(value, 0)); }
        public static long ToInt64(string value) { return value == null ? (long)0 : long.Parse(value); }
        public static long ToInt64(string value, IFormatProvider provider) { return value == null ? (long)0 : long.Parse(value, provider); }
        public static long ToInt64(object value) { return value == null ? (long)0 : ((IConvertible)value).ToInt64(null); }
        public static long ToInt64(object value, IFormatProvider provider) { return ToInt64(value); }
        public static long ToInt64(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int64'."); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(bool value) { return value ? (ulong)1 : (ulong)0; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(char value) { return (ulong)value; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(sbyte value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt64."); return unchecked((ulong)value); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(byte value) { return (ulong)value; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(short value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt64."); return unchecked((ulong)value); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(ushort value) { return (ulong)value; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(int value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt64."); return unchecked((ulong)value); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(uint value) { return (ulong)value; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(long value) { if (value < 0) throw new OverflowException("Value was either too large or too small for a UInt64."); return unchecked((ulong)value); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(ulong value) { return value; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(float value) { double r = Math.Round((double)value); if (!(r > -1.0 && r < 18446744073709551616.0)) throw new OverflowException("Value was either too large or too small for a UInt64."); return (ulong)r; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(double value) { double r = Math.Round((double)value); if (!(r > -1.0 && r < 18446744073709551616.0)) throw new OverflowException("Value was either too large or too small for a UInt64."); return (ulong)r; }
        [CLSCompliant(false)]
        public static ulong ToUInt64(decimal value) { return decimal.ToUInt64(decimal.Round(value, 0)); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(string value) { return value == null ? (ulong)0 : ulong.Parse(value); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(string value, IFormatProvider provider) { return value == null ? (ulong)0 : ulong.Parse(value, provider); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(object value) { return value == null ? (ulong)0 : ((IConvertible)value).ToUInt64(null); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(object value, IFormatProvider provider) { return ToUInt64(value); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt64'."); }
        public static float ToSingle(bool value) { return value ? (float)1 : (float)0; }
        public static float ToSingle(char value) { throw new InvalidCastException("Invalid cast from 'Char' to 'Single'."); }
        [CLSCompliant(false)]
        public static float ToSingle(sbyte value) { return (float)value; }
        public static float ToSingle(byte value) { return (float)value; }
        public static float ToSingle(short value) { return (float)value; }
        [CLSCompliant(false)]
        public static float ToSingle(ushort value) { return (float)value; }
        public static float ToSingle(int value) { return (float)value; }
        [CLSCompliant(false)]
        public static float ToSingle(uint value) { return (float)value; }
        public static float ToSingle(long value) { return (float)value; }
        [CLSCompliant(false)]
        public static float ToSingle(ulong value) { return (float)value; }
        public static float ToSingle(float value) { return value; }
        public static float ToSingle(double value) { return (float)value; }
        public static float ToSingle(decimal value) { return (float)value; }
        public static float ToSingle(string value) { return value == null ? (float)0 : float.Parse(value); }
        public static float ToSingle(string value, IFormatProvider provider) { return value == null ? (float)0 : float.Parse(value, provider); }
        public static float ToSingle(object value) { return value == null ? (float)0 : ((IConvertible)value).ToSingle(null); }
        public static float ToSingle(object value, IFormatProvider provider) { return ToSingle(value); }
        public static float ToSingle(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Single'."); }
        public static double ToDouble(bool value) { return value ? (double)1 : (double)0; }
        public static double ToDouble(char value) { throw new InvalidCastException("Invalid cast from 'Char' to 'Double'."); }
        [CLSCompliant(false)]
        public static double ToDouble(sbyte value) { return (double)value; }
        public static double ToDouble(byte value) { return (double)value; }
        public static double ToDouble(short value) { return (double)value; }
        [CLSCompliant(false)]
        public static double ToDouble(ushort value) { return (double)value; }
        public static double ToDouble(int value) { return (double)value; }
        [CLSCompliant(false)]
        public static double ToDouble(uint value) { return (double)value; }
        public static double ToDouble(long value) { return (double)value; }
        [CLSCompliant(false)]
        public static double ToDouble(ulong value) { return (double)value; }
        public static double ToDouble(float value) { return (double)value; }
        public static double ToDouble(double value) { return value; }
        public static double ToDouble(decimal value) { return (double)value; }
        public static double ToDouble(string value) { return value == null ? (double)0 : double.Parse(value); }
        public static double ToDouble(string value, IFormatProvider provider) { return value == null ? (double)0 : double.Parse(value, provider); }
        public static double ToDouble(object value) { return value == null ? (double)0 : ((IConvertible)value).ToDouble(null); }
        public static double ToDouble(object value, IFormatProvider provider) { return ToDouble(value); }
        public static double ToDouble(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Double'."); }
        public static decimal ToDecimal(bool value) { return value ? (decimal)1 : (decimal)0; }
        public static decimal ToDecimal(char value) { throw new InvalidCastException("Invalid cast from 'Char' to 'Decimal'."); }
        [CLSCompliant(false)]
        public static decimal ToDecimal(sbyte value) { return (decimal)value; }
        public static decimal ToDecimal(byte value) { return (decimal)value; }
        public static decimal ToDecimal(short value) { return (decimal)value; }
        [CLSCompliant(false)]
        public static decimal ToDecimal(ushort value) { return (decimal)value; }
        public static decimal ToDecimal(int value) { return (decimal)value; }
        [CLSCompliant(false)]
        public static decimal ToDecimal(uint value) { return (decimal)value; }
        public static decimal ToDecimal(long value) { return (decimal)value; }
        [CLSCompliant(false)]
        public static decimal ToDecimal(ulong value) { return (decimal)value; }
        public static decimal ToDecimal(float value) { return (decimal)value; }
        public static decimal ToDecimal(double value) { return (decimal)value; }
        public static decimal ToDecimal(decimal value) { return value; }
        public static decimal ToDecimal(string value) { return value == null ? (decimal)0 : decimal.Parse(value); }
        public static decimal ToDecimal(string value, IFormatProvider provider) { return value == null ? (decimal)0 : decimal.Parse(value, provider); }
        public static decimal ToDecimal(object value) { return value == null ? (decimal)0 : ((IConvertible)value).ToDecimal(null); }
        public static decimal ToDecimal(object value, IFormatProvider provider) { return ToDecimal(value); }
        public static decimal ToDecimal(DateTime value) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Decimal'."); }
        public static string ToString(bool value) { return value.ToString(); }
        public static string ToString(bool value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(char value) { return value.ToString(); }
        public static string ToString(char value, IFormatProvider provider) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(sbyte value) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(sbyte value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(byte value) { return value.ToString(); }
        public static string ToString(byte value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(short value) { return value.ToString(); }
        public static string ToString(short value, IFormatProvider provider) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(ushort value) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(ushort value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(int value) { return value.ToString(); }
        public static string ToString(int value, IFormatProvider provider) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(uint value) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(uint value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(long value) { return value.ToString(); }
        public static string ToString(long value, IFormatProvider provider) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(ulong value) { return value.ToString(); }
        [CLSCompliant(false)]
        public static string ToString(ulong value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(float value) { return value.ToString(); }
        public static string ToString(float value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(double value) { return value.ToString(); }
        public static string ToString(double value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(decimal value) { return value.ToString(); }
        public static string ToString(decimal value, IFormatProvider provider) { return value.ToString(); }
        public static string ToString(DateTime value) { return value.ToString(); }
        public static string ToString(DateTime value, IFormatProvider provider) { return value.ToString(); }
    }
}
