using System.Globalization;
using System.Text;

namespace System.Numerics
{
    // Arbitrary-precision integer: sign (-1, 0, 1) and a little-endian magnitude of
    // 32-bit limbs without leading zero limbs (null for zero).
    [Serializable]
    public struct BigInteger : IFormattable, IComparable, IComparable<BigInteger>, IEquatable<BigInteger>
    {
        readonly int _sign;
        readonly uint[] _bits;

        static readonly BigInteger s_one = new BigInteger(1);
        static readonly BigInteger s_minusOne = new BigInteger(-1);

        BigInteger(int sign, uint[] mag)
        {
            mag = Trim(mag);
            _bits = mag;
            _sign = mag == null ? 0 : sign;
        }

        public BigInteger(int value) : this((long)value) { }

        [CLSCompliant(false)]
        public BigInteger(uint value) : this((ulong)value) { }

        public BigInteger(long value)
        {
            if (value == 0)
            {
                _sign = 0;
                _bits = null;
                return;
            }
            ulong m = value < 0 ? unchecked((ulong)(-value)) : (ulong)value;
            _sign = value < 0 ? -1 : 1;
            _bits = FromUInt64(m);
        }

        [CLSCompliant(false)]
        public BigInteger(ulong value)
        {
            _sign = value == 0 ? 0 : 1;
            _bits = value == 0 ? null : FromUInt64(value);
        }

        public BigInteger(float value) : this((double)value) { }

        public BigInteger(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value)) throw new OverflowException("BigInteger cannot represent infinity.");
            BigInteger r = FromDouble(value);
            _sign = r._sign;
            _bits = r._bits;
        }

        public BigInteger(decimal value)
        {
            int[] b = decimal.GetBits(decimal.Truncate(value));
            uint[] mag = new uint[] { (uint)b[0], (uint)b[1], (uint)b[2] };
            mag = Trim(mag);
            _bits = mag;
            _sign = mag == null ? 0 : (value < 0 ? -1 : 1);
        }

        [CLSCompliant(false)]
        public BigInteger(byte[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            int n = value.Length;
            if (n == 0)
            {
                _sign = 0;
                _bits = null;
                return;
            }
            bool neg = (value[n - 1] & 0x80) != 0;
            uint[] limbs = new uint[(n + 3) / 4];
            for (int i = 0; i < n; i++) limbs[i / 4] |= (uint)value[i] << (8 * (i % 4));
            if (neg)
            {
                // sign-extend the top limb, then negate the two's complement value
                for (int i = n; i < limbs.Length * 4; i++) limbs[i / 4] |= 0xFFu << (8 * (i % 4));
                limbs = TwosNegate(limbs);
            }
            limbs = Trim(limbs);
            _bits = limbs;
            _sign = limbs == null ? 0 : (neg ? -1 : 1);
        }

        static uint[] FromUInt64(ulong m)
        {
            if ((m >> 32) == 0) return new uint[] { (uint)m };
            return new uint[] { (uint)m, (uint)(m >> 32) };
        }

        static uint[] Trim(uint[] a)
        {
            if (a == null) return null;
            int n = a.Length;
            while (n > 0 && a[n - 1] == 0) n--;
            if (n == 0) return null;
            if (n == a.Length) return a;
            uint[] r = new uint[n];
            Array.Copy(a, r, n);
            return r;
        }

        public static BigInteger Zero { get { return new BigInteger(); } }
        public static BigInteger One { get { return s_one; } }
        public static BigInteger MinusOne { get { return s_minusOne; } }

        public bool IsZero { get { return _sign == 0; } }
        public bool IsOne { get { return _sign == 1 && _bits.Length == 1 && _bits[0] == 1; } }
        public bool IsEven { get { return _sign == 0 || (_bits[0] & 1) == 0; } }
        public bool IsPowerOfTwo
        {
            get
            {
                if (_sign != 1) return false;
                int ones = 0;
                for (int i = 0; i < _bits.Length; i++)
                {
                    uint v = _bits[i];
                    while (v != 0) { ones += (int)(v & 1); v >>= 1; }
                }
                return ones == 1;
            }
        }
        public int Sign { get { return _sign; } }

        // ---- magnitude arithmetic ----
        static int CompareMag(uint[] a, uint[] b)
        {
            int la = a == null ? 0 : a.Length, lb = b == null ? 0 : b.Length;
            if (la != lb) return la < lb ? -1 : 1;
            for (int i = la - 1; i >= 0; i--)
                if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return 0;
        }

        static uint[] AddMag(uint[] a, uint[] b)
        {
            if (a == null) return b;
            if (b == null) return a;
            if (a.Length < b.Length) { uint[] t = a; a = b; b = t; }
            uint[] r = new uint[a.Length + 1];
            ulong carry = 0;
            for (int i = 0; i < a.Length; i++)
            {
                ulong s = (ulong)a[i] + (i < b.Length ? b[i] : 0u) + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[a.Length] = (uint)carry;
            return Trim(r);
        }

        // a >= b
        static uint[] SubMag(uint[] a, uint[] b)
        {
            if (b == null) return a;
            uint[] r = new uint[a.Length];
            long borrow = 0;
            for (int i = 0; i < a.Length; i++)
            {
                long d = (long)a[i] - (i < b.Length ? b[i] : 0u) - borrow;
                if (d < 0)
                {
                    d += 0x100000000L;
                    borrow = 1;
                }
                else borrow = 0;
                r[i] = (uint)d;
            }
            return Trim(r);
        }

        static uint[] MulMag(uint[] a, uint[] b)
        {
            if (a == null || b == null) return null;
            uint[] r = new uint[a.Length + b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                ulong carry = 0;
                ulong ai = a[i];
                if (ai == 0) continue;
                for (int j = 0; j < b.Length; j++)
                {
                    ulong t = ai * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)t;
                    carry = t >> 32;
                }
                int k = i + b.Length;
                while (carry != 0)
                {
                    ulong t = (ulong)r[k] + carry;
                    r[k] = (uint)t;
                    carry = t >> 32;
                    k++;
                }
            }
            return Trim(r);
        }

        static uint[] DivRemSmall(uint[] a, uint d, out uint rem)
        {
            uint[] q = new uint[a.Length];
            ulong r = 0;
            for (int i = a.Length - 1; i >= 0; i--)
            {
                ulong cur = (r << 32) | a[i];
                q[i] = (uint)(cur / d);
                r = cur % d;
            }
            rem = (uint)r;
            return Trim(q);
        }

        static int LeadingZeros(uint x)
        {
            if (x == 0) return 32;
            int n = 0;
            while ((x & 0x80000000u) == 0) { n++; x <<= 1; }
            return n;
        }

        // Knuth's algorithm D (base 2^32).
        static uint[] DivRemMag(uint[] u, uint[] v, out uint[] rem)
        {
            if (v == null) throw new DivideByZeroException();
            if (CompareMag(u, v) < 0)
            {
                rem = u;
                return null;
            }
            if (v.Length == 1)
            {
                uint r1;
                uint[] q1 = DivRemSmall(u, v[0], out r1);
                rem = r1 == 0 ? null : new uint[] { r1 };
                return q1;
            }
            int n = v.Length, m = u.Length;
            int s = LeadingZeros(v[n - 1]);
            uint[] vn = new uint[n];
            for (int i = n - 1; i > 0; i--) vn[i] = (v[i] << s) | (s == 0 ? 0 : (uint)((ulong)v[i - 1] >> (32 - s)));
            vn[0] = v[0] << s;
            uint[] un = new uint[m + 1];
            un[m] = s == 0 ? 0 : (uint)((ulong)u[m - 1] >> (32 - s));
            for (int i = m - 1; i > 0; i--) un[i] = (u[i] << s) | (s == 0 ? 0 : (uint)((ulong)u[i - 1] >> (32 - s)));
            un[0] = u[0] << s;
            uint[] q = new uint[m - n + 1];
            const ulong b = 0x100000000UL;
            for (int j = m - n; j >= 0; j--)
            {
                ulong num = ((ulong)un[j + n] << 32) | un[j + n - 1];
                ulong qhat = num / vn[n - 1];
                ulong rhat = num - qhat * vn[n - 1];
                while (qhat >= b || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2]))
                {
                    qhat--;
                    rhat += vn[n - 1];
                    if (rhat >= b) break;
                }
                long k = 0;
                long t;
                for (int i = 0; i < n; i++)
                {
                    ulong p = qhat * vn[i];
                    t = (long)un[i + j] - k - (long)(p & 0xFFFFFFFFUL);
                    un[i + j] = (uint)t;
                    k = (long)(p >> 32) - (t >> 32);
                }
                t = (long)un[j + n] - k;
                un[j + n] = (uint)t;
                q[j] = (uint)qhat;
                if (t < 0)
                {
                    q[j]--;
                    k = 0;
                    for (int i = 0; i < n; i++)
                    {
                        t = (long)un[i + j] + vn[i] + k;
                        un[i + j] = (uint)t;
                        k = t >> 32;
                    }
                    un[j + n] = (uint)(un[j + n] + k);
                }
            }
            uint[] r = new uint[n];
            for (int i = 0; i < n - 1; i++) r[i] = (un[i] >> s) | (s == 0 ? 0 : (uint)((ulong)un[i + 1] << (32 - s)));
            r[n - 1] = un[n - 1] >> s;
            rem = Trim(r);
            return Trim(q);
        }

        // ---- arithmetic ----
        public static BigInteger Negate(BigInteger value) { return new BigInteger(-value._sign, value._bits); }
        public static BigInteger Abs(BigInteger value) { return value._sign < 0 ? Negate(value) : value; }

        public static BigInteger Add(BigInteger left, BigInteger right)
        {
            if (left._sign == 0) return right;
            if (right._sign == 0) return left;
            if (left._sign == right._sign) return new BigInteger(left._sign, AddMag(left._bits, right._bits));
            int c = CompareMag(left._bits, right._bits);
            if (c == 0) return Zero;
            if (c > 0) return new BigInteger(left._sign, SubMag(left._bits, right._bits));
            return new BigInteger(right._sign, SubMag(right._bits, left._bits));
        }

        public static BigInteger Subtract(BigInteger left, BigInteger right) { return Add(left, Negate(right)); }

        public static BigInteger Multiply(BigInteger left, BigInteger right)
        {
            if (left._sign == 0 || right._sign == 0) return Zero;
            return new BigInteger(left._sign * right._sign, MulMag(left._bits, right._bits));
        }

        public static BigInteger DivRem(BigInteger dividend, BigInteger divisor, out BigInteger remainder)
        {
            if (divisor._sign == 0) throw new DivideByZeroException();
            uint[] r;
            uint[] q = DivRemMag(dividend._bits, divisor._bits, out r);
            remainder = new BigInteger(dividend._sign, r);
            return new BigInteger(dividend._sign * divisor._sign, q);
        }

        public static BigInteger Divide(BigInteger dividend, BigInteger divisor)
        {
            BigInteger r;
            return DivRem(dividend, divisor, out r);
        }

        public static BigInteger Remainder(BigInteger dividend, BigInteger divisor)
        {
            BigInteger r;
            DivRem(dividend, divisor, out r);
            return r;
        }

        public static BigInteger Pow(BigInteger value, int exponent)
        {
            if (exponent < 0) throw new ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
            BigInteger result = One;
            BigInteger b = value;
            while (exponent != 0)
            {
                if ((exponent & 1) != 0) result = result * b;
                exponent >>= 1;
                if (exponent != 0) b = b * b;
            }
            return result;
        }

        public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
        {
            if (exponent._sign < 0) throw new ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
            if (modulus._sign == 0) throw new DivideByZeroException();
            BigInteger result = One % modulus;
            BigInteger b = value % modulus;
            BigInteger e = exponent;
            while (!e.IsZero)
            {
                if (!e.IsEven) result = (result * b) % modulus;
                e = e >> 1;
                if (!e.IsZero) b = (b * b) % modulus;
            }
            return result;
        }

        public static BigInteger GreatestCommonDivisor(BigInteger left, BigInteger right)
        {
            BigInteger a = Abs(left), b = Abs(right);
            while (!b.IsZero)
            {
                BigInteger t = a % b;
                a = b;
                b = t;
            }
            return a;
        }

        public static BigInteger Max(BigInteger left, BigInteger right) { return Compare(left, right) < 0 ? right : left; }
        public static BigInteger Min(BigInteger left, BigInteger right) { return Compare(left, right) <= 0 ? left : right; }

        public static double Log(BigInteger value) { return Log(value, Math.E); }

        public static double Log(BigInteger value, double baseValue)
        {
            if (value._sign < 0 || baseValue == 1.0) return double.NaN;
            if (baseValue == double.PositiveInfinity) return value.IsOne ? 0.0 : double.NaN;
            if (baseValue == 0.0 && !value.IsOne) return double.NaN;
            if (value._sign == 0) return double.NegativeInfinity;
            int len = value._bits.Length;
            if (len <= 2) return Math.Log((double)(ulong)value) / Math.Log(baseValue);
            // use the top 64 bits
            ulong h = value._bits[len - 1], m = value._bits[len - 2], l = value._bits[len - 3];
            int c = LeadingZeros((uint)h);
            ulong top = (h << 32 + c) | (m << c) | (l >> (32 - c));
            long shift = (long)(len - 2) * 32 - c;
            return (Math.Log(top) + shift * 0.69314718055994530942) / Math.Log(baseValue);
        }

        public static double Log10(BigInteger value) { return Log(value, 10); }

        public static int Compare(BigInteger left, BigInteger right)
        {
            if (left._sign != right._sign) return left._sign < right._sign ? -1 : 1;
            int c = CompareMag(left._bits, right._bits);
            return left._sign < 0 ? -c : c;
        }

        public int CompareTo(BigInteger other) { return Compare(this, other); }
        public int CompareTo(long other) { return Compare(this, new BigInteger(other)); }
        [CLSCompliant(false)]
        public int CompareTo(ulong other) { return Compare(this, new BigInteger(other)); }

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (!(obj is BigInteger)) throw new ArgumentException("The parameter must be a BigInteger.", "obj");
            return Compare(this, (BigInteger)obj);
        }

        public bool Equals(BigInteger other) { return Compare(this, other) == 0; }
        public bool Equals(long other) { return Compare(this, new BigInteger(other)) == 0; }
        [CLSCompliant(false)]
        public bool Equals(ulong other) { return Compare(this, new BigInteger(other)) == 0; }
        public override bool Equals(object obj) { return obj is BigInteger && Equals((BigInteger)obj); }

        public override int GetHashCode()
        {
            if (_sign == 0) return 0;
            if (_bits.Length == 1 && _bits[0] <= int.MaxValue) return _sign * (int)_bits[0];
            uint hash = (uint)_sign;
            for (int i = _bits.Length - 1; i >= 0; i--) hash = ((hash << 7) | (hash >> 25)) ^ _bits[i];
            return (int)hash;
        }

        // ---- two's complement helpers (for bitwise operators) ----
        static uint[] TwosNegate(uint[] a)
        {
            uint[] r = new uint[a.Length];
            ulong carry = 1;
            for (int i = 0; i < a.Length; i++)
            {
                ulong t = (ulong)(~a[i]) + carry;
                r[i] = (uint)t;
                carry = t >> 32;
            }
            return r;
        }

        uint[] ToTwos(int len)
        {
            uint[] r = new uint[len];
            if (_bits != null) Array.Copy(_bits, r, _bits.Length);
            if (_sign < 0) r = TwosNegate(r);
            return r;
        }

        static BigInteger FromTwos(uint[] r)
        {
            bool neg = (r[r.Length - 1] & 0x80000000u) != 0;
            if (neg) return new BigInteger(-1, TwosNegate(r));
            return new BigInteger(1, r);
        }

        static BigInteger Bitwise(BigInteger a, BigInteger b, int op)
        {
            int len = Math.Max(a._bits == null ? 0 : a._bits.Length, b._bits == null ? 0 : b._bits.Length) + 1;
            uint[] x = a.ToTwos(len), y = b.ToTwos(len);
            uint[] r = new uint[len];
            for (int i = 0; i < len; i++)
                r[i] = op == 0 ? (x[i] & y[i]) : op == 1 ? (x[i] | y[i]) : (x[i] ^ y[i]);
            return FromTwos(r);
        }

        public static BigInteger operator &(BigInteger left, BigInteger right) { return Bitwise(left, right, 0); }
        public static BigInteger operator |(BigInteger left, BigInteger right) { return Bitwise(left, right, 1); }
        public static BigInteger operator ^(BigInteger left, BigInteger right) { return Bitwise(left, right, 2); }
        public static BigInteger operator ~(BigInteger value) { return -(value + One); }

        public static BigInteger operator <<(BigInteger value, int shift)
        {
            if (shift < 0) return value >> -shift;
            if (value._sign == 0 || shift == 0) return value;
            int limbs = shift / 32, bitsShift = shift % 32;
            uint[] a = value._bits;
            uint[] r = new uint[a.Length + limbs + 1];
            for (int i = 0; i < a.Length; i++)
            {
                ulong v = (ulong)a[i] << bitsShift;
                r[i + limbs] |= (uint)v;
                r[i + limbs + 1] |= (uint)(v >> 32);
            }
            return new BigInteger(value._sign, r);
        }

        public static BigInteger operator >>(BigInteger value, int shift)
        {
            if (shift < 0) return value << -shift;
            if (value._sign == 0 || shift == 0) return value;
            if (value._sign < 0)
            {
                // floor semantics: -((|x| - 1) >> n) - 1
                BigInteger m = Negate(value) - One;
                return Negate(m >> shift) - One;
            }
            int limbs = shift / 32, bitsShift = shift % 32;
            uint[] a = value._bits;
            if (limbs >= a.Length) return Zero;
            uint[] r = new uint[a.Length - limbs];
            for (int i = 0; i < r.Length; i++)
            {
                ulong v = a[i + limbs];
                if (i + limbs + 1 < a.Length) v |= (ulong)a[i + limbs + 1] << 32;
                r[i] = (uint)(v >> bitsShift);
            }
            return new BigInteger(1, r);
        }

        public static BigInteger operator -(BigInteger value) { return Negate(value); }
        public static BigInteger operator +(BigInteger value) { return value; }
        public static BigInteger operator ++(BigInteger value) { return value + One; }
        public static BigInteger operator --(BigInteger value) { return value - One; }
        public static BigInteger operator +(BigInteger left, BigInteger right) { return Add(left, right); }
        public static BigInteger operator -(BigInteger left, BigInteger right) { return Subtract(left, right); }
        public static BigInteger operator *(BigInteger left, BigInteger right) { return Multiply(left, right); }
        public static BigInteger operator /(BigInteger dividend, BigInteger divisor) { return Divide(dividend, divisor); }
        public static BigInteger operator %(BigInteger dividend, BigInteger divisor) { return Remainder(dividend, divisor); }
        public static bool operator <(BigInteger left, BigInteger right) { return Compare(left, right) < 0; }
        public static bool operator <=(BigInteger left, BigInteger right) { return Compare(left, right) <= 0; }
        public static bool operator >(BigInteger left, BigInteger right) { return Compare(left, right) > 0; }
        public static bool operator >=(BigInteger left, BigInteger right) { return Compare(left, right) >= 0; }
        public static bool operator ==(BigInteger left, BigInteger right) { return Compare(left, right) == 0; }
        public static bool operator !=(BigInteger left, BigInteger right) { return Compare(left, right) != 0; }
        public static bool operator <(BigInteger left, long right) { return left.CompareTo(right) < 0; }
        public static bool operator <=(BigInteger left, long right) { return left.CompareTo(right) <= 0; }
        public static bool operator >(BigInteger left, long right) { return left.CompareTo(right) > 0; }
        public static bool operator >=(BigInteger left, long right) { return left.CompareTo(right) >= 0; }
        public static bool operator ==(BigInteger left, long right) { return left.Equals(right); }
        public static bool operator !=(BigInteger left, long right) { return !left.Equals(right); }
        public static bool operator <(long left, BigInteger right) { return right.CompareTo(left) > 0; }
        public static bool operator <=(long left, BigInteger right) { return right.CompareTo(left) >= 0; }
        public static bool operator >(long left, BigInteger right) { return right.CompareTo(left) < 0; }
        public static bool operator >=(long left, BigInteger right) { return right.CompareTo(left) <= 0; }
        public static bool operator ==(long left, BigInteger right) { return right.Equals(left); }
        public static bool operator !=(long left, BigInteger right) { return !right.Equals(left); }
        [CLSCompliant(false)] public static bool operator <(BigInteger left, ulong right) { return left.CompareTo(right) < 0; }
        [CLSCompliant(false)] public static bool operator <=(BigInteger left, ulong right) { return left.CompareTo(right) <= 0; }
        [CLSCompliant(false)] public static bool operator >(BigInteger left, ulong right) { return left.CompareTo(right) > 0; }
        [CLSCompliant(false)] public static bool operator >=(BigInteger left, ulong right) { return left.CompareTo(right) >= 0; }
        [CLSCompliant(false)] public static bool operator ==(BigInteger left, ulong right) { return left.Equals(right); }
        [CLSCompliant(false)] public static bool operator !=(BigInteger left, ulong right) { return !left.Equals(right); }
        [CLSCompliant(false)] public static bool operator <(ulong left, BigInteger right) { return right.CompareTo(left) > 0; }
        [CLSCompliant(false)] public static bool operator <=(ulong left, BigInteger right) { return right.CompareTo(left) >= 0; }
        [CLSCompliant(false)] public static bool operator >(ulong left, BigInteger right) { return right.CompareTo(left) < 0; }
        [CLSCompliant(false)] public static bool operator >=(ulong left, BigInteger right) { return right.CompareTo(left) <= 0; }
        [CLSCompliant(false)] public static bool operator ==(ulong left, BigInteger right) { return right.Equals(left); }
        [CLSCompliant(false)] public static bool operator !=(ulong left, BigInteger right) { return !right.Equals(left); }

        // ---- conversions ----
        public static implicit operator BigInteger(byte value) { return new BigInteger((long)value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(sbyte value) { return new BigInteger((long)value); }
        public static implicit operator BigInteger(short value) { return new BigInteger((long)value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(ushort value) { return new BigInteger((long)value); }
        public static implicit operator BigInteger(int value) { return new BigInteger((long)value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(uint value) { return new BigInteger((ulong)value); }
        public static implicit operator BigInteger(long value) { return new BigInteger(value); }
        [CLSCompliant(false)] public static implicit operator BigInteger(ulong value) { return new BigInteger(value); }
        public static explicit operator BigInteger(float value) { return new BigInteger((double)value); }
        public static explicit operator BigInteger(double value) { return new BigInteger(value); }
        public static explicit operator BigInteger(decimal value) { return new BigInteger(value); }

        static Exception Ovf(string type) { return new OverflowException("Value was either too large or too small for " + type + "."); }

        ulong MagnitudeUInt64(string type)
        {
            if (_bits == null) return 0;
            if (_bits.Length > 2) throw Ovf(type);
            ulong v = _bits[0];
            if (_bits.Length == 2) v |= (ulong)_bits[1] << 32;
            return v;
        }

        public static explicit operator long(BigInteger value)
        {
            ulong m = value.MagnitudeUInt64("an Int64");
            if (value._sign >= 0)
            {
                if (m > long.MaxValue) throw Ovf("an Int64");
                return (long)m;
            }
            if (m > 0x8000000000000000UL) throw Ovf("an Int64");
            return unchecked(-(long)m);
        }

        [CLSCompliant(false)]
        public static explicit operator ulong(BigInteger value)
        {
            if (value._sign < 0) throw Ovf("a UInt64");
            return value.MagnitudeUInt64("a UInt64");
        }

        public static explicit operator int(BigInteger value)
        {
            long v;
            try { v = (long)value; } catch (OverflowException) { throw Ovf("an Int32"); }
            if (v < int.MinValue || v > int.MaxValue) throw Ovf("an Int32");
            return (int)v;
        }

        [CLSCompliant(false)]
        public static explicit operator uint(BigInteger value)
        {
            ulong v;
            try { v = (ulong)value; } catch (OverflowException) { throw Ovf("a UInt32"); }
            if (v > uint.MaxValue) throw Ovf("a UInt32");
            return (uint)v;
        }

        public static explicit operator short(BigInteger value) { int v = (int)value; if (v < short.MinValue || v > short.MaxValue) throw Ovf("an Int16"); return (short)v; }
        [CLSCompliant(false)] public static explicit operator ushort(BigInteger value) { uint v = (uint)value; if (v > ushort.MaxValue) throw Ovf("a UInt16"); return (ushort)v; }
        public static explicit operator byte(BigInteger value) { uint v = (uint)value; if (v > byte.MaxValue) throw Ovf("an unsigned byte"); return (byte)v; }
        [CLSCompliant(false)] public static explicit operator sbyte(BigInteger value) { int v = (int)value; if (v < sbyte.MinValue || v > sbyte.MaxValue) throw Ovf("a signed byte"); return (sbyte)v; }

        // Like Mono: the top 64 bits are truncated (not rounded) to 53 significant bits.
        public static explicit operator double(BigInteger value)
        {
            if (value._sign == 0) return 0.0;
            uint[] a = value._bits;
            int n = a.Length;
            ulong h = a[n - 1];
            ulong m = n > 1 ? a[n - 2] : 0;
            ulong l = n > 2 ? a[n - 3] : 0;
            int z = LeadingZeros((uint)h);
            int exp = (n - 2) * 32 - z;
            ulong man = (h << (32 + z)) | (m << z) | (z == 0 ? 0 : (l >> (32 - z)));
            // man has its top bit set: keep 53 bits
            man >>= 11;
            exp += 11;
            double r = man;
            if (exp > 0)
            {
                while (exp >= 32 && !double.IsInfinity(r)) { r *= 4294967296.0; exp -= 32; }
                while (exp > 0 && !double.IsInfinity(r)) { r *= 2.0; exp--; }
            }
            else
            {
                while (exp <= -32) { r /= 4294967296.0; exp += 32; }
                while (exp < 0) { r /= 2.0; exp++; }
            }
            return value._sign < 0 ? -r : r;
        }

        public static explicit operator float(BigInteger value) { return (float)(double)value; }

        public static explicit operator decimal(BigInteger value)
        {
            if (value._bits != null && value._bits.Length > 3) throw Ovf("a Decimal");
            int lo = value._bits == null ? 0 : (int)value._bits[0];
            int mid = value._bits != null && value._bits.Length > 1 ? (int)value._bits[1] : 0;
            int hi = value._bits != null && value._bits.Length > 2 ? (int)value._bits[2] : 0;
            return new decimal(lo, mid, hi, value._sign < 0, 0);
        }

        static BigInteger FromDouble(double value)
        {
            bool neg = value < 0;
            value = Math.Truncate(Math.Abs(value));
            if (value < 18446744073709551616.0) return neg ? -new BigInteger((ulong)value) : new BigInteger((ulong)value);
            long bits = BitConverter.DoubleToInt64Bits(value);
            int exp = (int)((bits >> 52) & 0x7FF) - 1075;
            ulong man = ((ulong)bits & 0xFFFFFFFFFFFFFUL) | 0x10000000000000UL;
            BigInteger r = new BigInteger(man) << exp;
            return neg ? -r : r;
        }

        public byte[] ToByteArray()
        {
            if (_sign == 0) return new byte[] { 0 };
            int len = _bits.Length + 1;
            uint[] t = ToTwos(len);
            byte[] b = new byte[len * 4];
            for (int i = 0; i < len; i++)
            {
                b[i * 4] = (byte)t[i];
                b[i * 4 + 1] = (byte)(t[i] >> 8);
                b[i * 4 + 2] = (byte)(t[i] >> 16);
                b[i * 4 + 3] = (byte)(t[i] >> 24);
            }
            // minimal length keeping the sign bit
            int n = b.Length;
            byte ext = _sign < 0 ? (byte)0xFF : (byte)0;
            while (n > 1 && b[n - 1] == ext && ((b[n - 2] & 0x80) == (ext & 0x80))) n--;
            byte[] r = new byte[n];
            Array.Copy(b, r, n);
            return r;
        }

        // ---- formatting / parsing ----
        string ToDecimalString()
        {
            if (_sign == 0) return "0";
            StringBuilder sb = new StringBuilder();
            uint[] cur = _bits;
            System.Collections.Generic.List<uint> chunks = new System.Collections.Generic.List<uint>();
            while (cur != null)
            {
                uint rem;
                cur = DivRemSmall(cur, 1000000000u, out rem);
                chunks.Add(rem);
            }
            if (_sign < 0) sb.Append('-');
            sb.Append(chunks[chunks.Count - 1].ToString());
            for (int i = chunks.Count - 2; i >= 0; i--) sb.Append(chunks[i].ToString("D9"));
            return sb.ToString();
        }

        string ToHexString(bool upper, int minDigits)
        {
            byte[] bytes = ToByteArray();
            StringBuilder sb = new StringBuilder();
            string digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
            for (int i = bytes.Length - 1; i >= 0; i--)
            {
                sb.Append(digits[bytes[i] >> 4]);
                sb.Append(digits[bytes[i] & 15]);
            }
            string s = sb.ToString();
            // drop redundant leading nibbles that do not change the sign
            char ext = _sign < 0 ? (upper ? 'F' : 'f') : '0';
            int start = 0;
            while (start < s.Length - 1 && s[start] == ext)
            {
                int next = "0123456789abcdef".IndexOf(char.ToLowerInvariant(s[start + 1]));
                bool nextNeg = next >= 8;
                if (nextNeg != (_sign < 0)) break;
                start++;
            }
            s = s.Substring(start);
            if (s.Length < minDigits) s = new string(ext, minDigits - s.Length) + s;
            return s;
        }

        public override string ToString() { return ToDecimalString(); }
        public string ToString(IFormatProvider provider) { return ToDecimalString(); }
        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format)) return ToDecimalString();
            char f = format[0];
            int prec = -1;
            if (format.Length > 1)
            {
                int p;
                if (int.TryParse(format.Substring(1), out p)) prec = p;
            }
            if (f == 'X' || f == 'x') return ToHexString(f == 'X', prec < 0 ? 0 : prec);
            if (f == 'G' || f == 'g' || f == 'R' || f == 'r')
            {
                if (prec <= 0) return ToDecimalString();
            }
            if (f == 'D' || f == 'd')
            {
                string s = ToDecimalString();
                bool neg = _sign < 0;
                string digits = neg ? s.Substring(1) : s;
                if (prec > digits.Length) digits = new string('0', prec - digits.Length) + digits;
                return neg ? "-" + digits : digits;
            }
            if (_bits == null || _bits.Length <= 2)
            {
                if (_sign >= 0) return ((ulong)this).ToString(format, provider);
                if (CompareMag(_bits, new uint[] { 0, 0x80000000u }) <= 0) return ((long)this).ToString(format, provider);
            }
            return ToDecimalString();
        }

        public static BigInteger Parse(string value) { return Parse(value, NumberStyles.Integer, null); }
        public static BigInteger Parse(string value, NumberStyles style) { return Parse(value, style, null); }
        public static BigInteger Parse(string value, IFormatProvider provider) { return Parse(value, NumberStyles.Integer, provider); }

        public static BigInteger Parse(string value, NumberStyles style, IFormatProvider provider)
        {
            if (value == null) throw new ArgumentNullException("value");
            BigInteger r;
            if (!TryParse(value, style, provider, out r)) throw new FormatException("The value could not be parsed.");
            return r;
        }

        public static bool TryParse(string value, out BigInteger result) { return TryParse(value, NumberStyles.Integer, null, out result); }

        public static bool TryParse(string value, NumberStyles style, IFormatProvider provider, out BigInteger result)
        {
            result = Zero;
            if (value == null) return false;
            string s = value;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) s = s.TrimStart(' ', '\t', '\n', '\v', '\f', '\r');
            if ((style & NumberStyles.AllowTrailingWhite) != 0) s = s.TrimEnd(' ', '\t', '\n', '\v', '\f', '\r');
            if (s.Length == 0) return false;
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
            {
                BigInteger acc = Zero;
                for (int i = 0; i < s.Length; i++)
                {
                    int d = "0123456789abcdef".IndexOf(char.ToLowerInvariant(s[i]));
                    if (d < 0) return false;
                    acc = (acc << 4) + d;
                }
                // the first hex digit carries the sign (two's complement)
                int first = "0123456789abcdef".IndexOf(char.ToLowerInvariant(s[0]));
                if (first >= 8) acc = acc - (One << (4 * s.Length));
                result = acc;
                return true;
            }
            bool neg = false;
            int pos = 0;
            if ((style & NumberStyles.AllowLeadingSign) != 0 && (s[0] == '-' || s[0] == '+'))
            {
                neg = s[0] == '-';
                pos = 1;
            }
            int end = s.Length;
            if (!neg && pos == 0 && (style & NumberStyles.AllowTrailingSign) != 0 && end > 0 && (s[end - 1] == '-' || s[end - 1] == '+'))
            {
                neg = s[end - 1] == '-';
                end--;
            }
            if (pos >= end) return false;
            BigInteger r = Zero;
            BigInteger billion = new BigInteger(1000000000);
            int chunk = 0, chunkLen = 0;
            bool any = false;
            for (int i = pos; i < end; i++)
            {
                char c = s[i];
                if (c == ',' && (style & NumberStyles.AllowThousands) != 0 && any) continue;
                if (c < '0' || c > '9') return false;
                any = true;
                chunk = chunk * 10 + (c - '0');
                chunkLen++;
                if (chunkLen == 9)
                {
                    r = r * billion + chunk;
                    chunk = 0;
                    chunkLen = 0;
                }
            }
            if (!any) return false;
            if (chunkLen > 0)
            {
                int p10 = 1;
                for (int k = 0; k < chunkLen; k++) p10 *= 10;
                r = r * p10 + chunk;
            }
            result = neg ? -r : r;
            return true;
        }
    }
}
