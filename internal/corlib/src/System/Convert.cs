using System.Text;

namespace System
{
    [Flags]
    public enum Base64FormattingOptions { None = 0, InsertLineBreaks = 1 }

    public static partial class Convert
    {
        public static readonly object DBNull = System.DBNull.Value;

        const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static bool IsDBNull(object value) { return value == System.DBNull.Value; }

        public static TypeCode GetTypeCode(object value)
        {
            if (value == null) return TypeCode.Empty;
            IConvertible c = value as IConvertible;
            if (c != null) return c.GetTypeCode();
            return TypeCode.Object;
        }

        public static string ToString(object value) { return ToString(value, null); }

        public static string ToString(object value, IFormatProvider provider)
        {
            if (value == null) return string.Empty;
            IFormattable f = value as IFormattable;
            if (f != null) return f.ToString(null, provider);
            return value.ToString();
        }

        public static string ToString(string value) { return value; }
        public static string ToString(string value, IFormatProvider provider) { return value; }

        public static DateTime ToDateTime(object value) { return value == null ? DateTime.MinValue : ((IConvertible)value).ToDateTime(null); }
        public static DateTime ToDateTime(object value, IFormatProvider provider) { return ToDateTime(value); }
        public static DateTime ToDateTime(string value) { return value == null ? DateTime.MinValue : DateTime.Parse(value); }
        public static DateTime ToDateTime(string value, IFormatProvider provider) { return ToDateTime(value); }
        public static DateTime ToDateTime(DateTime value) { return value; }
        [CLSCompliant(false)]
        public static DateTime ToDateTime(sbyte value) { throw new InvalidCastException("Invalid cast from 'SByte' to 'DateTime'."); }
        public static DateTime ToDateTime(byte value) { throw new InvalidCastException("Invalid cast from 'Byte' to 'DateTime'."); }
        public static DateTime ToDateTime(short value) { throw new InvalidCastException("Invalid cast from 'Int16' to 'DateTime'."); }
        [CLSCompliant(false)]
        public static DateTime ToDateTime(ushort value) { throw new InvalidCastException("Invalid cast from 'UInt16' to 'DateTime'."); }
        public static DateTime ToDateTime(int value) { throw new InvalidCastException("Invalid cast from 'Int32' to 'DateTime'."); }
        [CLSCompliant(false)]
        public static DateTime ToDateTime(uint value) { throw new InvalidCastException("Invalid cast from 'UInt32' to 'DateTime'."); }
        public static DateTime ToDateTime(long value) { throw new InvalidCastException("Invalid cast from 'Int64' to 'DateTime'."); }
        [CLSCompliant(false)]
        public static DateTime ToDateTime(ulong value) { throw new InvalidCastException("Invalid cast from 'UInt64' to 'DateTime'."); }
        public static DateTime ToDateTime(bool value) { throw new InvalidCastException("Invalid cast from 'Boolean' to 'DateTime'."); }
        public static DateTime ToDateTime(char value) { throw new InvalidCastException("Invalid cast from 'Char' to 'DateTime'."); }
        public static DateTime ToDateTime(float value) { throw new InvalidCastException("Invalid cast from 'Single' to 'DateTime'."); }
        public static DateTime ToDateTime(double value) { throw new InvalidCastException("Invalid cast from 'Double' to 'DateTime'."); }
        public static DateTime ToDateTime(decimal value) { throw new InvalidCastException("Invalid cast from 'Decimal' to 'DateTime'."); }


        static void CheckBase(int fromBase)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16)
                throw new ArgumentException("Invalid Base.");
        }

        // Parses digits in base 2/8/10/16 into a 64-bit pattern (two's complement for non-decimal bases).
        static ulong ParseBase(string value, int fromBase, int bits, out bool negative)
        {
            negative = false;
            if (value == null) return 0;
            if (value.Length == 0) throw new ArgumentOutOfRangeException("Index was out of range. Must be non-negative and less than the size of the collection.");
            int i = 0, n = value.Length;
            if (value[0] == '-')
            {
                if (fromBase != 10) throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
                negative = true;
                i = 1;
            }
            if (fromBase == 16 && n - i >= 2 && value[i] == '0' && (value[i + 1] == 'x' || value[i + 1] == 'X')) i += 2;
            if (i >= n) throw new FormatException("Could not find any recognizable digits.");
            ulong r = 0;
            ulong limit = bits == 64 ? ulong.MaxValue : ((1UL << bits) - 1);
            int start = i;
            for (; i < n; i++)
            {
                char c = value[i];
                int d;
                if (c >= '0' && c <= '9') d = c - '0';
                else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
                else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
                else d = 99;
                if (d >= fromBase)
                {
                    if (i == start) throw new FormatException("Could not find any recognizable digits.");
                    throw new FormatException("Additional non-parsable characters are at the end of the string.");
                }
                ulong next = unchecked(r * (ulong)fromBase + (ulong)d);
                if ((r != 0 && (next - (ulong)d) / (ulong)fromBase != r) || next > limit)
                    throw new OverflowException(bits == 32 ? "Value was either too large or too small for an Int32." :
                        bits == 64 ? "Value was either too large or too small for an Int64." :
                        bits == 16 ? "Value was either too large or too small for an Int16." :
                        "Value was either too large or too small for an unsigned byte.");
                r = next;
            }
            return r;
        }

        public static int ToInt32(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return int.Parse(value);
            bool neg;
            return unchecked((int)(uint)ParseBase(value, fromBase, 32, out neg));
        }

        public static long ToInt64(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return long.Parse(value);
            bool neg;
            return unchecked((long)ParseBase(value, fromBase, 64, out neg));
        }

        public static short ToInt16(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return short.Parse(value);
            bool neg;
            return unchecked((short)(ushort)ParseBase(value, fromBase, 16, out neg));
        }

        public static byte ToByte(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return byte.Parse(value);
            bool neg;
            return (byte)ParseBase(value, fromBase, 8, out neg);
        }

        [CLSCompliant(false)]
        public static uint ToUInt32(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return uint.Parse(value);
            bool neg;
            return (uint)ParseBase(value, fromBase, 32, out neg);
        }

        [CLSCompliant(false)]
        public static ulong ToUInt64(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return ulong.Parse(value);
            bool neg;
            return ParseBase(value, fromBase, 64, out neg);
        }

        [CLSCompliant(false)]
        public static ushort ToUInt16(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return ushort.Parse(value);
            bool neg;
            return (ushort)ParseBase(value, fromBase, 16, out neg);
        }

        [CLSCompliant(false)]
        public static sbyte ToSByte(string value, int fromBase)
        {
            CheckBase(fromBase);
            if (value == null) return 0;
            if (fromBase == 10) return sbyte.Parse(value);
            bool neg;
            return unchecked((sbyte)(byte)ParseBase(value, fromBase, 8, out neg));
        }

        static string ToBaseString(ulong v, int toBase, int bits)
        {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException("Invalid Base.");
            if (bits < 64) v &= (1UL << bits) - 1;
            if (v == 0) return "0";
            char[] buf = new char[64];
            int p = 64;
            while (v != 0)
            {
                int d = (int)(v % (ulong)toBase);
                buf[--p] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
                v /= (ulong)toBase;
            }
            return new string(buf, p, 64 - p);
        }

        public static string ToString(byte value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBaseString(value, toBase, 8);
        }

        public static string ToString(short value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBaseString(unchecked((ulong)value), toBase, 16);
        }

        public static string ToString(int value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBaseString(unchecked((ulong)value), toBase, 32);
        }

        public static string ToString(long value, int toBase)
        {
            if (toBase == 10) return value.ToString();
            return ToBaseString(unchecked((ulong)value), toBase, 64);
        }

        public static object ChangeType(object value, Type conversionType) { return ChangeType(value, conversionType, null); }

        public static object ChangeType(object value, Type conversionType, IFormatProvider provider)
        {
            if (conversionType == null) throw new ArgumentNullException("conversionType");
            if (value == null)
            {
                if (conversionType.IsValueType) throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            if (value.GetType() == conversionType) return value;
            IConvertible ic = value as IConvertible;
            if (ic == null)
            {
                if (conversionType.IsInstanceOfType(value)) return value;
                throw new InvalidCastException("Object must implement IConvertible.");
            }
            return ToTypeCode(ic, Type.GetTypeCode(conversionType), conversionType, provider);
        }

        public static object ChangeType(object value, TypeCode typeCode) { return ChangeType(value, typeCode, null); }

        public static object ChangeType(object value, TypeCode typeCode, IFormatProvider provider)
        {
            if (value == null && (typeCode == TypeCode.Empty || typeCode == TypeCode.String || typeCode == TypeCode.Object)) return null;
            IConvertible ic = value as IConvertible;
            if (ic == null) throw new InvalidCastException("Object must implement IConvertible.");
            return ToTypeCode(ic, typeCode, null, provider);
        }

        static object ToTypeCode(IConvertible ic, TypeCode tc, Type conversionType, IFormatProvider provider)
        {
            switch (tc)
            {
                case TypeCode.Boolean: return ic.ToBoolean(provider);
                case TypeCode.Char: return ic.ToChar(provider);
                case TypeCode.SByte: return ic.ToSByte(provider);
                case TypeCode.Byte: return ic.ToByte(provider);
                case TypeCode.Int16: return ic.ToInt16(provider);
                case TypeCode.UInt16: return ic.ToUInt16(provider);
                case TypeCode.Int32: return ic.ToInt32(provider);
                case TypeCode.UInt32: return ic.ToUInt32(provider);
                case TypeCode.Int64: return ic.ToInt64(provider);
                case TypeCode.UInt64: return ic.ToUInt64(provider);
                case TypeCode.Single: return ic.ToSingle(provider);
                case TypeCode.Double: return ic.ToDouble(provider);
                case TypeCode.Decimal: return ic.ToDecimal(provider);
                case TypeCode.DateTime: return ic.ToDateTime(provider);
                case TypeCode.String: return ic.ToString(provider);
                case TypeCode.Object:
                    if (conversionType == null || conversionType.IsInstanceOfType(ic)) return ic;
                    return ic.ToType(conversionType, provider);
                case TypeCode.DBNull: throw new InvalidCastException("Object cannot be cast to DBNull.");
                case TypeCode.Empty: throw new InvalidCastException("Object cannot be cast to Empty.");
            }
            throw new ArgumentException("Unknown TypeCode value.");
        }

        internal static object DefaultToType(IConvertible value, Type targetType, IFormatProvider provider)
        {
            if (targetType == null) throw new ArgumentNullException("targetType");
            if (value.GetType() == targetType) return value;
            TypeCode tc = Type.GetTypeCode(targetType);
            if (tc != TypeCode.Object) return ToTypeCode(value, tc, targetType, provider);
            if (targetType == typeof(object)) return value;
            if (targetType.IsInstanceOfType(value)) return value;
            throw new InvalidCastException("Invalid cast from '" + value.GetType().FullName + "' to '" + targetType.FullName + "'.");
        }

        // ---- Base64 ----
        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length, Base64FormattingOptions.None);
        }

        public static string ToBase64String(byte[] inArray, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length, options);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length)
        {
            return ToBase64String(inArray, offset, length, Base64FormattingOptions.None);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            StringBuilder sb = new StringBuilder((length + 2) / 3 * 4);
            int end = offset + length;
            int lineLen = 0;
            for (int i = offset; i < end; i += 3)
            {
                if ((options & Base64FormattingOptions.InsertLineBreaks) != 0 && lineLen == 76)
                {
                    sb.Append("\r\n");
                    lineLen = 0;
                }
                int b0 = inArray[i];
                int b1 = i + 1 < end ? inArray[i + 1] : 0;
                int b2 = i + 2 < end ? inArray[i + 2] : 0;
                sb.Append(Base64Chars[b0 >> 2]);
                sb.Append(Base64Chars[((b0 & 3) << 4) | (b1 >> 4)]);
                sb.Append(i + 1 < end ? Base64Chars[((b1 & 15) << 2) | (b2 >> 6)] : '=');
                sb.Append(i + 2 < end ? Base64Chars[b2 & 63] : '=');
                lineLen += 4;
            }
            return sb.ToString();
        }

        public static byte[] FromBase64String(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return FromBase64CharArray(s.ToCharArray(), 0, s.Length);
        }

        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            int[] vals = new int[length];
            int n = 0;
            int pad = 0;
            for (int i = offset; i < offset + length; i++)
            {
                char c = inArray[i];
                if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
                if (c == '=')
                {
                    pad++;
                    continue;
                }
                if (pad > 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                int v = Base64Chars.IndexOf(c);
                if (v < 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                vals[n++] = v;
            }
            if (pad > 2 || (n + pad) % 4 != 0)
                throw new FormatException("Invalid length for a Base-64 char array or string.");
            int outLen = n * 6 / 8;
            byte[] r = new byte[outLen];
            int bitBuf = 0, bits = 0, o = 0;
            for (int i = 0; i < n; i++)
            {
                bitBuf = (bitBuf << 6) | vals[i];
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    if (o < outLen) r[o++] = (byte)(bitBuf >> bits);
                    bitBuf &= (1 << bits) - 1;
                }
            }
            return r;
        }
    }
}
