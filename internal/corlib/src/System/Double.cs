using System.Globalization;

namespace System
{
    [Serializable]
    public struct Double : IComparable, IFormattable, IConvertible, IComparable<double>, IEquatable<double>
    {
        internal double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.94065645841247E-324;
        public const double NegativeInfinity = -1.0 / 0.0;
        public const double PositiveInfinity = 1.0 / 0.0;
        public const double NaN = 0.0 / 0.0;

        public static bool IsNaN(double d) { return d != d; }
        public static bool IsInfinity(double d) { return d == PositiveInfinity || d == NegativeInfinity; }
        public static bool IsPositiveInfinity(double d) { return d == PositiveInfinity; }
        public static bool IsNegativeInfinity(double d) { return d == NegativeInfinity; }
        public static bool IsFinite(double d) { return !IsNaN(d) && !IsInfinity(d); }
        public static bool IsNegative(double d) { return BitConverter.DoubleToInt64Bits(d) < 0; }
        public static bool IsNormal(double d) { return IsFinite(d) && d != 0 && Math.Abs(d) >= 2.2250738585072014E-308; }
        public static bool IsSubnormal(double d) { return IsFinite(d) && d != 0 && Math.Abs(d) < 2.2250738585072014E-308; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is double)) throw new ArgumentException("Object must be of type Double.");
            return CompareTo((double)value);
        }

        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is double)) return false;
            return Equals((double)obj);
        }

        public bool Equals(double obj)
        {
            if (obj == m_value) return true;
            return IsNaN(obj) && IsNaN(m_value);
        }


        public override int GetHashCode()
        {
            double d = m_value;
            if (d == 0) return 0;
            long bits = BitConverter.DoubleToInt64Bits(d);
            return unchecked((int)bits ^ (int)(bits >> 32));
        }

        public override string ToString() { return Number.FormatDouble(m_value, null); }
        public string ToString(IFormatProvider provider) { return Number.FormatDouble(m_value, null); }
        public string ToString(string format) { return Number.FormatDouble(m_value, format); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatDouble(m_value, format); }

        public TypeCode GetTypeCode() { return TypeCode.Double; }

        public static double Parse(string s) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null); }
        public static double Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static double Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider); }
        public static double Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            Number.ValidateFloatStyle(style);
            double r;
            int st = TryParseCore(s, style, out r);
            if (st == 1) throw new FormatException(Number.BadFormat);
            if (st == 2) throw new OverflowException("Value was either too large or too small for a Double.");
            return r;
        }

        static int TryParseCore(string s, NumberStyles style, out double result)
        {
            double d; int st = Number.ParseDouble(s, (int)style, out d);
            result = d;
            return st;
        }

        public static bool TryParse(string s, out double result) { return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result); }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            result = 0;
            Number.ValidateFloatStyle(style);
            if (s == null) return false;
            int st = TryParseCore(s, style, out result);
            if (st != 0) { result = 0; return false; }
            return true;
        }

        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Double' to 'Char'."); }
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
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Double' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
