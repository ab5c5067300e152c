using System.Globalization;

namespace System
{
    [Serializable]
    public struct SByte : IComparable, IFormattable, IConvertible, IComparable<sbyte>, IEquatable<sbyte>
    {
        internal sbyte m_value;

        public const sbyte MaxValue = 127;
        public const sbyte MinValue = unchecked((sbyte)-128);

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is sbyte)) throw new ArgumentException("Object must be of type SByte.");
            return m_value - ((sbyte)value).m_value;
        }

        // The difference, as .NET Framework and Mono return it.
        public int CompareTo(sbyte value) { return m_value - value; }

        public override bool Equals(object obj)
        {
            if (!(obj is sbyte)) return false;
            return m_value == ((sbyte)obj).m_value;
        }

        public bool Equals(sbyte obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return unchecked((int)m_value ^ ((int)m_value << 8));
        }

        public override string ToString()
        {
            return ToString((string)null);
        }

        public string ToString(IFormatProvider provider)
        {
            return ToString((string)null);
        }

        public string ToString(string format, IFormatProvider provider)
        {
            return ToString(format);
        }

        public string ToString(string format)
        {
            if (m_value < 0 && Number.IsHexFormat(format)) return Number.FormatUInt64((byte)m_value, format);
            return Number.FormatInt64(m_value, format);
        }

        public TypeCode GetTypeCode() { return TypeCode.SByte; }

        internal static int TryParseCore(string s, NumberStyles style, out sbyte result)
        {
            result = 0;
            ulong mag;
            bool neg;
            int st = Number.ParseIntegerCore(s, style, out mag, out neg);
            if (st != 0) return st;
            bool hex = (style & NumberStyles.AllowHexSpecifier) != 0;
            if (hex) {
                if (mag > 0xFFUL) return 2;
                result = unchecked((sbyte)mag);
                return 0;
            }
            if (neg) {
                if (mag > 127UL + 1UL) return 2;
                result = unchecked((sbyte)(0UL - mag));
                return 0;
            }
            if (mag > 127UL) return 2;
            result = (sbyte)mag;
            return 0;
        }

        public static sbyte Parse(string s)
        {
            return Parse(s, NumberStyles.Integer, null);
        }

        public static sbyte Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static sbyte Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer, provider);
        }

        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            Number.ValidateIntegerStyle(style);
            sbyte r;
            int st = TryParseCore(s, style, out r);
            if (st == 1) throw new FormatException(Number.BadFormat);
            if (st == 2) throw new OverflowException("Value was either too large or too small for a signed byte.");
            return r;
        }

        public static bool TryParse(string s, out sbyte result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            result = 0;
            Number.ValidateIntegerStyle(style);
            if (s == null) return false;
            return TryParseCore(s, style, out result) == 0;
        }

        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(m_value); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(m_value); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(m_value); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(m_value); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'SByte' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
