using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    // 96-bit integer mantissa (hi:mid:lo) scaled by 10^-scale (0..28). flags holds the
    // scale in bits 16-23 and the sign in bit 31. Arithmetic that needs rounding is done
    // by the runtime (see ICALLS.md).
    [Serializable]
    public struct Decimal : IFormattable, IComparable, IConvertible, IComparable<decimal>, IEquatable<decimal>
    {
        const int SignMask = unchecked((int)0x80000000);
        const int ScaleMask = 0x00FF0000;
        const int ScaleShift = 16;

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        int flags;
        int hi;
        int lo;
        int mid;

        // ---- runtime arithmetic ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern decimal InternalAdd(decimal d1, decimal d2);
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern decimal InternalMultiply(decimal d1, decimal d2);
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern decimal InternalDivide(decimal d1, decimal d2);
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern decimal InternalRemainder(decimal d1, decimal d2);
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int InternalCompare(decimal d1, decimal d2);
        // mode: 0 = ToEven, 1 = AwayFromZero, 2 = toward zero, 3 = toward -inf, 4 = toward +inf
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern decimal InternalRound(decimal d, int decimals, int mode);
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern decimal InternalFromDouble(double value, int significantDigits);
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern double InternalToDouble(decimal d);

        // ---- constructors ----
        public Decimal(int value)
        {
            hi = 0;
            mid = 0;
            if (value >= 0)
            {
                flags = 0;
                lo = value;
            }
            else
            {
                flags = SignMask;
                lo = unchecked(-value);
            }
        }

        [CLSCompliant(false)]
        public Decimal(uint value)
        {
            flags = 0;
            hi = 0;
            mid = 0;
            lo = unchecked((int)value);
        }

        public Decimal(long value)
        {
            hi = 0;
            ulong m;
            if (value >= 0)
            {
                flags = 0;
                m = (ulong)value;
            }
            else
            {
                flags = SignMask;
                m = unchecked((ulong)(-value));
            }
            lo = unchecked((int)m);
            mid = unchecked((int)(m >> 32));
        }

        [CLSCompliant(false)]
        public Decimal(ulong value)
        {
            flags = 0;
            hi = 0;
            lo = unchecked((int)value);
            mid = unchecked((int)(value >> 32));
        }

        public Decimal(float value)
        {
            if (float.IsNaN(value) || float.IsInfinity(value) || value > 7.9228162514264338E+28 || value < -7.9228162514264338E+28)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            this = InternalFromDouble(value, 7);
        }

        public Decimal(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || value > 7.9228162514264338E+28 || value < -7.9228162514264338E+28)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            this = InternalFromDouble(value, 15);
        }

        public Decimal(int[] bits)
        {
            if (bits == null) throw new ArgumentNullException("bits");
            if (bits.Length != 4) throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.");
            int f = bits[3];
            if ((f & ~(SignMask | ScaleMask)) != 0 || (f & ScaleMask) > (28 << ScaleShift))
                throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.");
            lo = bits[0];
            mid = bits[1];
            hi = bits[2];
            flags = f;
        }

        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > 28) throw new ArgumentOutOfRangeException("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            this.lo = lo;
            this.mid = mid;
            this.hi = hi;
            flags = ((int)scale) << ScaleShift;
            if (isNegative) flags |= SignMask;
        }

        internal int Scale { get { return (flags & ScaleMask) >> ScaleShift; } }
        internal bool IsNegative { get { return flags < 0; } }
        bool IsZero { get { return lo == 0 && mid == 0 && hi == 0; } }

        public static int[] GetBits(decimal d)
        {
            return new int[] { d.lo, d.mid, d.hi, d.flags };
        }

        // ---- arithmetic ----
        public static decimal Add(decimal d1, decimal d2) { return InternalAdd(d1, d2); }
        public static decimal Subtract(decimal d1, decimal d2) { return InternalAdd(d1, Negate(d2)); }
        public static decimal Multiply(decimal d1, decimal d2) { return InternalMultiply(d1, d2); }

        public static decimal Divide(decimal d1, decimal d2)
        {
            if (d2.IsZero) throw new DivideByZeroException();
            return InternalDivide(d1, d2);
        }

        public static decimal Remainder(decimal d1, decimal d2)
        {
            if (d2.IsZero) throw new DivideByZeroException();
            return InternalRemainder(d1, d2);
        }

        public static decimal Negate(decimal d)
        {
            d.flags ^= SignMask;
            return d;
        }

        public static decimal Abs(decimal d)
        {
            d.flags &= ~SignMask;
            return d;
        }

        public static int Compare(decimal d1, decimal d2) { return InternalCompare(d1, d2); }

        public static decimal Round(decimal d) { return InternalRound(d, 0, 0); }
        public static decimal Round(decimal d, int decimals) { return Round(d, decimals, MidpointRounding.ToEven); }
        public static decimal Round(decimal d, MidpointRounding mode) { return Round(d, 0, mode); }

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if (decimals < 0 || decimals > 28) throw new ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            if (mode != MidpointRounding.ToEven && mode != MidpointRounding.AwayFromZero)
                throw new ArgumentException("The value '" + (int)mode + "' is not valid for this usage of the type MidpointRounding.", "mode");
            return InternalRound(d, decimals, (int)mode);
        }

        public static decimal Truncate(decimal d) { return InternalRound(d, 0, 2); }
        public static decimal Floor(decimal d) { return InternalRound(d, 0, 3); }
        public static decimal Ceiling(decimal d) { return InternalRound(d, 0, 4); }

        public static decimal operator +(decimal d) { return d; }
        public static decimal operator -(decimal d) { return Negate(d); }
        public static decimal operator ++(decimal d) { return Add(d, One); }
        public static decimal operator --(decimal d) { return Subtract(d, One); }
        public static decimal operator +(decimal d1, decimal d2) { return Add(d1, d2); }
        public static decimal operator -(decimal d1, decimal d2) { return Subtract(d1, d2); }
        public static decimal operator *(decimal d1, decimal d2) { return Multiply(d1, d2); }
        public static decimal operator /(decimal d1, decimal d2) { return Divide(d1, d2); }
        public static decimal operator %(decimal d1, decimal d2) { return Remainder(d1, d2); }
        public static bool operator ==(decimal d1, decimal d2) { return InternalCompare(d1, d2) == 0; }
        public static bool operator !=(decimal d1, decimal d2) { return InternalCompare(d1, d2) != 0; }
        public static bool operator <(decimal d1, decimal d2) { return InternalCompare(d1, d2) < 0; }
        public static bool operator <=(decimal d1, decimal d2) { return InternalCompare(d1, d2) <= 0; }
        public static bool operator >(decimal d1, decimal d2) { return InternalCompare(d1, d2) > 0; }
        public static bool operator >=(decimal d1, decimal d2) { return InternalCompare(d1, d2) >= 0; }

        // ---- conversions ----
        public static implicit operator decimal(byte value) { return new decimal((int)value); }
        [CLSCompliant(false)]
        public static implicit operator decimal(sbyte value) { return new decimal((int)value); }
        public static implicit operator decimal(short value) { return new decimal((int)value); }
        [CLSCompliant(false)]
        public static implicit operator decimal(ushort value) { return new decimal((int)value); }
        public static implicit operator decimal(char value) { return new decimal((int)value); }
        public static implicit operator decimal(int value) { return new decimal(value); }
        [CLSCompliant(false)]
        public static implicit operator decimal(uint value) { return new decimal(value); }
        public static implicit operator decimal(long value) { return new decimal(value); }
        [CLSCompliant(false)]
        public static implicit operator decimal(ulong value) { return new decimal(value); }
        public static explicit operator decimal(float value) { return new decimal(value); }
        public static explicit operator decimal(double value) { return new decimal(value); }

        public static explicit operator byte(decimal value) { return ToByte(value); }
        [CLSCompliant(false)]
        public static explicit operator sbyte(decimal value) { return ToSByte(value); }
        public static explicit operator char(decimal value)
        {
            try { return (char)ToUInt16(value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static explicit operator short(decimal value) { return ToInt16(value); }
        [CLSCompliant(false)]
        public static explicit operator ushort(decimal value) { return ToUInt16(value); }
        public static explicit operator int(decimal value) { return ToInt32(value); }
        [CLSCompliant(false)]
        public static explicit operator uint(decimal value) { return ToUInt32(value); }
        public static explicit operator long(decimal value) { return ToInt64(value); }
        [CLSCompliant(false)]
        public static explicit operator ulong(decimal value) { return ToUInt64(value); }
        public static explicit operator float(decimal value) { return ToSingle(value); }
        public static explicit operator double(decimal value) { return ToDouble(value); }

        public static double ToDouble(decimal d) { return InternalToDouble(d); }
        public static float ToSingle(decimal d) { return (float)InternalToDouble(d); }
        public static decimal FromOACurrency(long cy) { return new decimal(cy) / 10000m; }
        public static long ToOACurrency(decimal value) { return ToInt64(Round(value * 10000m)); }

        // Truncates toward zero; returns false when the integer part needs more than 64 bits.
        static bool TruncateToUInt64(decimal d, out ulong magnitude, out bool negative)
        {
            decimal t = d.Scale == 0 ? d : InternalRound(d, 0, 2);
            negative = t.IsNegative && !t.IsZero;
            magnitude = ((ulong)(uint)t.mid << 32) | (uint)t.lo;
            return t.hi == 0;
        }

        public static long ToInt64(decimal d)
        {
            ulong m;
            bool neg;
            if (TruncateToUInt64(d, out m, out neg))
            {
                if (!neg && m <= long.MaxValue) return (long)m;
                if (neg && m <= 0x8000000000000000UL) return unchecked(-(long)m);
            }
            throw new OverflowException("Value was either too large or too small for an Int64.");
        }

        [CLSCompliant(false)]
        public static ulong ToUInt64(decimal d)
        {
            ulong m;
            bool neg;
            if (TruncateToUInt64(d, out m, out neg) && (!neg || m == 0)) return m;
            throw new OverflowException("Value was either too large or too small for a UInt64.");
        }

        public static int ToInt32(decimal d)
        {
            ulong m;
            bool neg;
            if (TruncateToUInt64(d, out m, out neg))
            {
                if (!neg && m <= int.MaxValue) return (int)m;
                if (neg && m <= 0x80000000UL) return unchecked(-(int)m);
            }
            throw new OverflowException("Value was either too large or too small for an Int32.");
        }

        [CLSCompliant(false)]
        public static uint ToUInt32(decimal d)
        {
            ulong m;
            bool neg;
            if (TruncateToUInt64(d, out m, out neg) && (!neg || m == 0) && m <= uint.MaxValue) return (uint)m;
            throw new OverflowException("Value was either too large or too small for a UInt32.");
        }

        public static short ToInt16(decimal d)
        {
            int v;
            try { v = ToInt32(d); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
            if (v < short.MinValue || v > short.MaxValue) throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)v;
        }

        [CLSCompliant(false)]
        public static ushort ToUInt16(decimal d)
        {
            uint v;
            try { v = ToUInt32(d); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
            if (v > ushort.MaxValue) throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)v;
        }

        public static byte ToByte(decimal value)
        {
            uint v;
            try { v = ToUInt32(value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
            if (v > byte.MaxValue) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)v;
        }

        [CLSCompliant(false)]
        public static sbyte ToSByte(decimal value)
        {
            int v;
            try { v = ToInt32(value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
            if (v < sbyte.MinValue || v > sbyte.MaxValue) throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)v;
        }

        // ---- object members ----
        public override bool Equals(object value)
        {
            if (!(value is decimal)) return false;
            return InternalCompare(this, (decimal)value) == 0;
        }

        public bool Equals(decimal value) { return InternalCompare(this, value) == 0; }

        public static bool Equals(decimal d1, decimal d2) { return InternalCompare(d1, d2) == 0; }

        public override int GetHashCode()
        {
            double d = InternalToDouble(this);
            if (d == 0.0) return 0;
            long bits = BitConverter.DoubleToInt64Bits(d);
            return unchecked((int)bits ^ (int)(bits >> 32));
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is decimal)) throw new ArgumentException("Object must be of type Decimal.");
            return InternalCompare(this, (decimal)value);
        }

        public int CompareTo(decimal value) { return InternalCompare(this, value); }

        public override string ToString() { return Number.FormatDecimal(this, null); }
        public string ToString(string format) { return Number.FormatDecimal(this, format); }
        public string ToString(IFormatProvider provider) { return Number.FormatDecimal(this, null); }
        public string ToString(string format, IFormatProvider provider) { return Number.FormatDecimal(this, format); }

        public static decimal Parse(string s) { return Parse(s, NumberStyles.Number, null); }
        public static decimal Parse(string s, NumberStyles style) { return Parse(s, style, null); }
        public static decimal Parse(string s, IFormatProvider provider) { return Parse(s, NumberStyles.Number, provider); }

        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            Number.ValidateFloatStyle(style);
            decimal r;
            int st = Number.ParseDecimal(s, (int)style, out r);
            if (st == 1) throw new FormatException(Number.BadFormat);
            if (st == 2) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return r;
        }

        public static bool TryParse(string s, out decimal result) { return TryParse(s, NumberStyles.Number, null, out result); }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            result = 0m;
            Number.ValidateFloatStyle(style);
            if (s == null) return false;
            decimal r;
            if (Number.ParseDecimal(s, (int)style, out r) != 0) return false;
            result = r;
            return true;
        }

        public TypeCode GetTypeCode() { return TypeCode.Decimal; }

        bool IConvertible.ToBoolean(IFormatProvider provider) { return !IsZero; }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Decimal' to 'Char'."); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(this); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(this); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(this); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(this); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(this); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(this); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(this); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(this); }
        float IConvertible.ToSingle(IFormatProvider provider) { return ToSingle(this); }
        double IConvertible.ToDouble(IFormatProvider provider) { return ToDouble(this); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return this; }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Decimal' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    public enum MidpointRounding
    {
        ToEven = 0,
        AwayFromZero = 1,
    }
}
