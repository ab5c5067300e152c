using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public struct Char : IComparable, IConvertible, IComparable<char>, IEquatable<char>
    {
        internal char m_value;

        public const char MaxValue = (char)0xFFFF;
        public const char MinValue = (char)0x00;

        // Unicode general categories of U+0000..U+00FF, one letter per char: 'A' + (int)UnicodeCategory.
        const string Latin1Categories =
            "OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOLYYY[YYYUVYZYTYYIIIIIIIIIIYYZZZYYAAAAAAAAAAAAAAAAAAAAAAAAAAUYV\\S\\BBBBBBBBBBBBBBBBBBBBBBBBBBUZVZOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOLY[[[[]]\\]BWZT]\\]ZKK\\B]Y\\KBXKKKYAAAAAAAAAAAAAAAAAAAAAAAZAAAAAAABBBBBBBBBBBBBBBBBBBBBBBBZBBBBBBBB";

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int InternalGetUnicodeCategory(char c);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern char InternalToUpper(char c);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern char InternalToLower(char c);

        public override int GetHashCode() { return (int)m_value | ((int)m_value << 16); }

        public override bool Equals(object obj)
        {
            if (!(obj is char)) return false;
            return m_value == ((char)obj).m_value;
        }

        public bool Equals(char obj) { return m_value == obj; }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is char)) throw new ArgumentException("Object must be of type Char.");
            return m_value - ((char)value).m_value;
        }

        public int CompareTo(char value) { return m_value - value; }

        public override string ToString() { return new string(m_value, 1); }
        public string ToString(IFormatProvider provider) { return new string(m_value, 1); }
        public static string ToString(char c) { return new string(c, 1); }

        public static char Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (s.Length != 1) throw new FormatException("String must be exactly one character long.");
            return s[0];
        }

        public static bool TryParse(string s, out char result)
        {
            result = '\0';
            if (s == null || s.Length != 1) return false;
            result = s[0];
            return true;
        }

        public static UnicodeCategory GetUnicodeCategory(char c)
        {
            if (c < 256) return (UnicodeCategory)(Latin1Categories[c] - 'A');
            return (UnicodeCategory)InternalGetUnicodeCategory(c);
        }

        public static UnicodeCategory GetUnicodeCategory(string s, int index)
        {
            CheckStringIndex(s, index);
            return GetUnicodeCategory(s[index]);
        }

        static void CheckStringIndex(string s, int index)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((uint)index >= (uint)s.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
        }

        public static bool IsDigit(char c)
        {
            if (c < 256) return c >= '0' && c <= '9';
            return GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber;
        }
        public static bool IsDigit(string s, int index) { CheckStringIndex(s, index); return IsDigit(s[index]); }

        public static bool IsLetter(char c)
        {
            if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc <= UnicodeCategory.OtherLetter;
        }
        public static bool IsLetter(string s, int index) { CheckStringIndex(s, index); return IsLetter(s[index]); }

        public static bool IsLetterOrDigit(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc <= UnicodeCategory.OtherLetter || uc == UnicodeCategory.DecimalDigitNumber;
        }
        public static bool IsLetterOrDigit(string s, int index) { CheckStringIndex(s, index); return IsLetterOrDigit(s[index]); }

        public static bool IsUpper(char c)
        {
            if (c < 128) return c >= 'A' && c <= 'Z';
            return GetUnicodeCategory(c) == UnicodeCategory.UppercaseLetter;
        }
        public static bool IsUpper(string s, int index) { CheckStringIndex(s, index); return IsUpper(s[index]); }

        public static bool IsLower(char c)
        {
            if (c < 128) return c >= 'a' && c <= 'z';
            return GetUnicodeCategory(c) == UnicodeCategory.LowercaseLetter;
        }
        public static bool IsLower(string s, int index) { CheckStringIndex(s, index); return IsLower(s[index]); }

        public static bool IsWhiteSpace(char c)
        {
            if (c < 256) return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u0085' || c == '\u00a0';
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc == UnicodeCategory.SpaceSeparator || uc == UnicodeCategory.LineSeparator || uc == UnicodeCategory.ParagraphSeparator;
        }
        public static bool IsWhiteSpace(string s, int index) { CheckStringIndex(s, index); return IsWhiteSpace(s[index]); }

        public static bool IsPunctuation(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc >= UnicodeCategory.ConnectorPunctuation && uc <= UnicodeCategory.OtherPunctuation;
        }
        public static bool IsPunctuation(string s, int index) { CheckStringIndex(s, index); return IsPunctuation(s[index]); }

        public static bool IsSeparator(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc == UnicodeCategory.SpaceSeparator || uc == UnicodeCategory.LineSeparator || uc == UnicodeCategory.ParagraphSeparator;
        }
        public static bool IsSeparator(string s, int index) { CheckStringIndex(s, index); return IsSeparator(s[index]); }

        public static bool IsSymbol(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc >= UnicodeCategory.MathSymbol && uc <= UnicodeCategory.OtherSymbol;
        }
        public static bool IsSymbol(string s, int index) { CheckStringIndex(s, index); return IsSymbol(s[index]); }

        public static bool IsControl(char c) { return GetUnicodeCategory(c) == UnicodeCategory.Control; }
        public static bool IsControl(string s, int index) { CheckStringIndex(s, index); return IsControl(s[index]); }

        public static bool IsNumber(char c)
        {
            UnicodeCategory uc = GetUnicodeCategory(c);
            return uc >= UnicodeCategory.DecimalDigitNumber && uc <= UnicodeCategory.OtherNumber;
        }
        public static bool IsNumber(string s, int index) { CheckStringIndex(s, index); return IsNumber(s[index]); }

        public static bool IsSurrogate(char c) { return c >= '\ud800' && c <= '\udfff'; }
        public static bool IsSurrogate(string s, int index) { CheckStringIndex(s, index); return IsSurrogate(s[index]); }
        public static bool IsHighSurrogate(char c) { return c >= '\ud800' && c <= '\udbff'; }
        public static bool IsHighSurrogate(string s, int index) { CheckStringIndex(s, index); return IsHighSurrogate(s[index]); }
        public static bool IsLowSurrogate(char c) { return c >= '\udc00' && c <= '\udfff'; }
        public static bool IsLowSurrogate(string s, int index) { CheckStringIndex(s, index); return IsLowSurrogate(s[index]); }
        public static bool IsSurrogatePair(char highSurrogate, char lowSurrogate) { return IsHighSurrogate(highSurrogate) && IsLowSurrogate(lowSurrogate); }
        public static bool IsSurrogatePair(string s, int index)
        {
            CheckStringIndex(s, index);
            return index + 1 < s.Length && IsSurrogatePair(s[index], s[index + 1]);
        }

        public static string ConvertFromUtf32(int utf32)
        {
            if (utf32 < 0 || utf32 > 0x10FFFF || (utf32 >= 0xD800 && utf32 <= 0xDFFF))
                throw new ArgumentOutOfRangeException("utf32", "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            if (utf32 < 0x10000) return new string((char)utf32, 1);
            utf32 -= 0x10000;
            return new string(new char[] { (char)((utf32 >> 10) + 0xD800), (char)((utf32 & 0x3FF) + 0xDC00) });
        }

        public static int ConvertToUtf32(char highSurrogate, char lowSurrogate)
        {
            if (!IsHighSurrogate(highSurrogate)) throw new ArgumentOutOfRangeException("highSurrogate", "A valid high surrogate character is between 0xd800 and 0xdbff, inclusive.");
            if (!IsLowSurrogate(lowSurrogate)) throw new ArgumentOutOfRangeException("lowSurrogate", "A valid low surrogate character is between 0xdc00 and 0xdfff, inclusive.");
            return ((highSurrogate - 0xD800) << 10) + (lowSurrogate - 0xDC00) + 0x10000;
        }

        public static int ConvertToUtf32(string s, int index)
        {
            CheckStringIndex(s, index);
            char c = s[index];
            if (IsHighSurrogate(c) && index + 1 < s.Length && IsLowSurrogate(s[index + 1])) return ConvertToUtf32(c, s[index + 1]);
            if (IsSurrogate(c)) throw new ArgumentException("Found a high surrogate char without a following low surrogate at index: " + index + ". The input may not be in this encoding, or may not contain valid surrogate pairs.", "s");
            return c;
        }

        public static char ToUpper(char c)
        {
            if (c < 128) return (c >= 'a' && c <= 'z') ? (char)(c - 32) : c;
            if (c < 256)
            {
                if ((c >= '\u00e0' && c <= '\u00fe' && c != '\u00f7')) return (char)(c - 32);
                if (c == '\u00ff') return '\u0178';
                return c;
            }
            return InternalToUpper(c);
        }

        public static char ToLower(char c)
        {
            if (c < 128) return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
            if (c < 256)
            {
                if ((c >= '\u00c0' && c <= '\u00de' && c != '\u00d7')) return (char)(c + 32);
                return c;
            }
            return InternalToLower(c);
        }

        public static char ToUpper(char c, CultureInfo culture) { return ToUpper(c); }
        public static char ToLower(char c, CultureInfo culture) { return ToLower(c); }
        public static char ToUpperInvariant(char c) { return ToUpper(c); }
        public static char ToLowerInvariant(char c) { return ToLower(c); }

        public static double GetNumericValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            switch (c)
            {
                case '\u00b2': return 2;
                case '\u00b3': return 3;
                case '\u00b9': return 1;
                case '\u00bc': return 0.25;
                case '\u00bd': return 0.5;
                case '\u00be': return 0.75;
            }
            if (c >= '\u0660' && c <= '\u0669') return c - '\u0660';
            if (c >= '\u06f0' && c <= '\u06f9') return c - '\u06f0';
            if (c >= '\u0966' && c <= '\u096f') return c - '\u0966';
            if (c >= '\uff10' && c <= '\uff19') return c - '\uff10';
            if (c >= '\u2070' && c <= '\u2079' && c != '\u2071' && c != '\u2072' && c != '\u2073') return c - '\u2070';
            if (c >= '\u2080' && c <= '\u2089') return c - '\u2080';
            if (c >= '\u2460' && c <= '\u2468') return c - '\u2460' + 1;
            return -1;
        }

        public static double GetNumericValue(string s, int index) { CheckStringIndex(s, index); return GetNumericValue(s[index]); }

        public TypeCode GetTypeCode() { return TypeCode.Char; }

        bool IConvertible.ToBoolean(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Boolean'."); }
        char IConvertible.ToChar(IFormatProvider provider) { return m_value; }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(m_value); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(m_value); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(m_value); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(m_value); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(m_value); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(m_value); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(m_value); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(m_value); }
        float IConvertible.ToSingle(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Single'."); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Double'."); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'Decimal'."); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Char' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
