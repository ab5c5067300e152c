using System.Text;

namespace System
{
    [Serializable]
    public struct Guid : IFormattable, IComparable, IComparable<Guid>, IEquatable<Guid>
    {
        public static readonly Guid Empty = new Guid();

        int _a;
        short _b;
        short _c;
        byte _d, _e, _f, _g, _h, _i, _j, _k;

        static Random rng;
        static readonly object rngLock = new object();

        public Guid(byte[] b)
        {
            if (b == null) throw new ArgumentNullException("b");
            if (b.Length != 16) throw new ArgumentException("Byte array for GUID must be exactly 16 bytes long.");
            _a = b[3] << 24 | b[2] << 16 | b[1] << 8 | b[0];
            _b = (short)(b[5] << 8 | b[4]);
            _c = (short)(b[7] << 8 | b[6]);
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }

        public Guid(int a, short b, short c, byte[] d)
        {
            if (d == null) throw new ArgumentNullException("d");
            if (d.Length != 8) throw new ArgumentException("Byte array for GUID must be exactly 8 bytes long.");
            _a = a; _b = b; _c = c;
            _d = d[0]; _e = d[1]; _f = d[2]; _g = d[3]; _h = d[4]; _i = d[5]; _j = d[6]; _k = d[7];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a; _b = b; _c = c; _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k;
        }

        [CLSCompliant(false)]
        public Guid(uint a, ushort b, ushort c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
            : this((int)a, (short)b, (short)c, d, e, f, g, h, i, j, k) { }

        public Guid(string g)
        {
            if (g == null) throw new ArgumentNullException("g");
            Guid r;
            if (!TryParse(g, out r)) throw new FormatException("Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
            this = r;
        }

        public static Guid NewGuid()
        {
            byte[] b = new byte[16];
            lock (rngLock)
            {
                if (rng == null) rng = new Random(unchecked((int)System.Diagnostics.Stopwatch.GetTimestamp() ^ Environment.TickCount));
                rng.NextBytes(b);
            }
            b[7] = (byte)((b[7] & 0x0F) | 0x40);
            b[8] = (byte)((b[8] & 0x3F) | 0x80);
            return new Guid(b);
        }

        public byte[] ToByteArray()
        {
            return new byte[] {
                (byte)_a, (byte)(_a >> 8), (byte)(_a >> 16), (byte)(_a >> 24),
                (byte)_b, (byte)(_b >> 8), (byte)_c, (byte)(_c >> 8),
                _d, _e, _f, _g, _h, _i, _j, _k };
        }

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            Guid r;
            if (!TryParse(input, out r)) throw new FormatException("Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).");
            return r;
        }

        public static bool TryParse(string input, out Guid result)
        {
            result = Empty;
            if (input == null) return false;
            string s = input.Trim();
            if (s.Length > 2 && ((s[0] == '{' && s[s.Length - 1] == '}') || (s[0] == '(' && s[s.Length - 1] == ')')))
                s = s.Substring(1, s.Length - 2);
            StringBuilder hex = new StringBuilder();
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '-')
                {
                    if (i != 8 && i != 13 && i != 18 && i != 23) return false;
                    continue;
                }
                if (!Uri_IsHex(c)) return false;
                hex.Append(c);
            }
            if (hex.Length != 32) return false;
            if (s.Length != 32 && s.Length != 36) return false;
            string h = hex.ToString();
            byte[] d = new byte[8];
            for (int i = 0; i < 8; i++) d[i] = Convert.ToByte(h.Substring(16 + i * 2, 2), 16);
            result = new Guid(Convert.ToInt32(h.Substring(0, 8), 16), Convert.ToInt16(h.Substring(8, 4), 16), Convert.ToInt16(h.Substring(12, 4), 16), d);
            return true;
        }

        static bool Uri_IsHex(char c)
        {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        public override string ToString() { return ToString("D", null); }
        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) format = "D";
            string n = ((uint)_a).ToString("x8") + ((ushort)_b).ToString("x4") + ((ushort)_c).ToString("x4") +
                _d.ToString("x2") + _e.ToString("x2") + _f.ToString("x2") + _g.ToString("x2") +
                _h.ToString("x2") + _i.ToString("x2") + _j.ToString("x2") + _k.ToString("x2");
            string dashed = n.Substring(0, 8) + "-" + n.Substring(8, 4) + "-" + n.Substring(12, 4) + "-" + n.Substring(16, 4) + "-" + n.Substring(20);
            switch (format)
            {
                case "N": case "n": return n;
                case "D": case "d": return dashed;
                case "B": case "b": return "{" + dashed + "}";
                case "P": case "p": return "(" + dashed + ")";
            }
            throw new FormatException("Format String can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");
        }

        public override int GetHashCode()
        {
            return _a ^ (((int)_b << 16) | (int)(ushort)_c) ^ (((int)_f << 24) | _k);
        }

        public override bool Equals(object o)
        {
            if (!(o is Guid)) return false;
            return Equals((Guid)o);
        }

        public bool Equals(Guid g)
        {
            return g._a == _a && g._b == _b && g._c == _c && g._d == _d && g._e == _e && g._f == _f &&
                   g._g == _g && g._h == _h && g._i == _i && g._j == _j && g._k == _k;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is Guid)) throw new ArgumentException("Object must be of type GUID.", "value");
            return CompareTo((Guid)value);
        }

        public int CompareTo(Guid value)
        {
            if (value._a != _a) return (uint)_a < (uint)value._a ? -1 : 1;
            if (value._b != _b) return (ushort)_b < (ushort)value._b ? -1 : 1;
            if (value._c != _c) return (ushort)_c < (ushort)value._c ? -1 : 1;
            byte[] x = ToByteArray(), y = value.ToByteArray();
            for (int i = 8; i < 16; i++)
                if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
            return 0;
        }

        public static bool operator ==(Guid a, Guid b) { return a.Equals(b); }
        public static bool operator !=(Guid a, Guid b) { return !a.Equals(b); }
    }
}
