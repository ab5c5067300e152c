using System.Globalization;

namespace System
{
    [Serializable]
    public struct UInt16 : IComparable, IFormattable, IConvertible, IComparable<ushort>, IEquatable<ushort>
    {
        internal ushort m_value;

        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is ushort)) throw new ArgumentException("Object must be of type UInt16.");
            return m_value - ((ushort)value).m_value;
        }

        // The difference, as .NET Framework and Mono return it.
        public int CompareTo(ushort value) { return m_value - value; }

        public override bool Equals(object obj)
        {
            if (!(obj is ushort)) return false;
            return m_value == ((ushort)obj).m_value;
        }

        public bool Equals(ushort obj)
        {
            return m_value == obj;
        }

        public override int GetHashCode()
        {
            return unchecked((int)m_value);
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
            return Number.FormatUInt64(m_value, format);
        }

        public TypeCode GetTypeCode() { return TypeCode.UInt16; }

        internal static int TryParseCore(string s, NumberStyles style, out ushort result)
        {
            result = 0;
            ulong mag;
            bool neg;
            int st = Number.ParseIntegerCore(s, style, out mag, out neg);
            if (st != 0) return st;
            bool hex = (style & NumberStyles.AllowHexSpecifier) != 0;
            if (neg && mag != 0) return 2;
            if (mag > 65535UL) return 2;
            result = (ushort)mag;
            return 0;
        }

        public static ushort Parse(string s)
        {
            return Parse(s, NumberStyles.Integer, null);
        }

        public static ushort Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static ushort Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer, provider);
        }

        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            Number.ValidateIntegerStyle(style);
            ushort r;
            int st = TryParseCore(s, style, out r);
            if (st == 1) throw new FormatException(Number.BadFormat);
            if (st == 2) throw new OverflowException("Value was either too large or too small for a UInt16.");
            return r;
        }

        public static bool TryParse(string s, out ushort result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
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
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'UInt16' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
