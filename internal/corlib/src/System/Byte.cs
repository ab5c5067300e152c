using System.Globalization;

namespace System
{
    [Serializable]
    public struct Byte : IComparable, IFormattable, IConvertible, IComparable<byte>, IEquatable<byte>
    {
        internal byte m_value;

        public const byte MaxValue = 255;
        public const byte MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is byte)) throw new ArgumentException("Object must be of type Byte.");
            return m_value - ((byte)value).m_value;
        }

        // The difference, as .NET Framework and Mono return it.
        public int CompareTo(byte value) { return m_value - value; }

        public override bool Equals(object obj)
        {
            if (!(obj is byte)) return false;
            return m_value == ((byte)obj).m_value;
        }

        public bool Equals(byte obj)
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

        public TypeCode GetTypeCode() { return TypeCode.Byte; }

        internal static int TryParseCore(string s, NumberStyles style, out byte result)
        {
            result = 0;
            ulong mag;
            bool neg;
            int st = Number.ParseIntegerCore(s, style, out mag, out neg);
            if (st != 0) return st;
            bool hex = (style & NumberStyles.AllowHexSpecifier) != 0;
            if (neg && mag != 0) return 2;
            if (mag > 255UL) return 2;
            result = (byte)mag;
            return 0;
        }

        public static byte Parse(string s)
        {
            return Parse(s, NumberStyles.Integer, null);
        }

        public static byte Parse(string s, NumberStyles style)
        {
            return Parse(s, style, null);
        }

        public static byte Parse(string s, IFormatProvider provider)
        {
            return Parse(s, NumberStyles.Integer, provider);
        }

        public static byte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            Number.ValidateIntegerStyle(style);
            byte r;
            int st = TryParseCore(s, style, out r);
            if (st == 1) throw new FormatException(Number.BadFormat);
            if (st == 2) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return r;
        }

        public static bool TryParse(string s, out byte result)
        {
            return TryParse(s, NumberStyles.Integer, null, out result);
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
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
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Byte' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
