using System.Globalization;

namespace System
{
    [Serializable]
    public struct Single : IComparable, IFormattable, IConvertible, IComparable<float>, IEquatable<float>
    {
        internal float m_value;

        public const float MinValue = -3.40282347E+38f;
        public const float MaxValue = 3.40282347E+38f;
        public const float Epsilon = 1.401298E-45f;
        public const float NegativeInfinity = -1.0f / 0.0f;
        public const float PositiveInfinity = 1.0f / 0.0f;
        public const float NaN = 0.0f / 0.0f;

        public static bool IsNaN(float d) { return d != d; }
        public static bool IsInfinity(float d) { return d == PositiveInfinity || d == NegativeInfinity; }
        public static bool IsPositiveInfinity(float d) { return d == PositiveInfinity; }
        public static bool IsNegativeInfinity(float d) { return d == NegativeInfinity; }
        public static bool IsFinite(float d) { return !IsNaN(d) && !IsInfinity(d); }
        public static bool IsNegative(float d) { return BitConverter.InternalSingleToInt32Bits(d) < 0; }
        public static bool IsNormal(float d) { return IsFinite(d) && d != 0 && Math.Abs(d) >= 1.17549435E-38f; }
        public static bool IsSubnormal(float d) { return IsFinite(d) && d != 0 && Math.Abs(d) < 1.17549435E-38f; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is float)) throw new ArgumentException("Object must be of type Single.");
            return CompareTo((float)value);
        }

        public int CompareTo(float value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj)
        {
            if (!(obj is float)) return false;
            return Equals((float)obj);
        }

        public bool Equals(float obj)
        {
            if (obj == m_value) return true;
            return IsNaN(obj) && IsNaN(m_value);
        }


        public override int GetHashCode()
        {
            float d = m_value;
            if (d == 0) return 0;
            return BitConverter.InternalSingleToInt32Bits(d);
        }

        public override string ToString() { return Number.FormatSingle(m_value, null); }
        public string ToString(IFormatProvider provider) { return Number.FormatSingle(m_value, null); }
        public string ToString(string format) { return Number.FormatSingle(m_value, format); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatSingle(m_value, format); }

        public TypeCode GetTypeCode() { return TypeCode.Single; }

        public static float Parse(string s) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null); }
        public static float Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static float Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider); }
        public static float Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            Number.ValidateFloatStyle(style);
            float r;
            int st = TryParseCore(s, style, out r);
            if (st == 1) throw new FormatException(Number.BadFormat);
            if (st == 2) throw new OverflowException("Value was either too large or too small for a Single.");
            return r;
        }

        static int TryParseCore(string s, NumberStyles style, out float result)
        {
            double d; int st = Number.ParseDouble(s, (int)style, out d);
            result = (float)d; if (st == 0 && float.IsInfinity(result) && !double.IsInfinity(d)) st = 2;
            return st;
        }

        public static bool TryParse(string s, out float result) { return TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, null, out result); }
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            result = 0;
            Number.ValidateFloatStyle(style);
            if (s == null) return false;
            int st = TryParseCore(s, style, out result);
            if (st != 0) { result = 0; return false; }
            return true;
        }

        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(m_value); }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Single' to 'Char'."); }
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
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Single' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
