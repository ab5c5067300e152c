using System.Globalization;
using System.Runtime.CompilerServices;

namespace System
{
    // Number formatting and floating-point parsing are implemented by the runtime
    // (invariant culture). See ICALLS.md for the exact contract.
    internal static class Number
    {
        internal const string BadFormat = "Input string was not in a correct format.";

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FormatInt64(long value, string format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FormatUInt64(ulong value, string format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FormatDouble(double value, string format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FormatSingle(float value, string format);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FormatDecimal(decimal value, string format);

        // Returns 0 = ok, 1 = format error, 2 = overflow.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ParseDouble(string s, int styles, out double result);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int ParseDecimal(string s, int styles, out decimal result);

        internal static bool IsHexFormat(string format)
        {
            return format != null && format.Length > 0 && (format[0] == 'X' || format[0] == 'x') &&
                   (format.Length == 1 || (format.Length <= 3 && IsDigits(format, 1)));
        }

        static bool IsDigits(string s, int start)
        {
            for (int i = start; i < s.Length; i++)
                if (s[i] < '0' || s[i] > '9') return false;
            return true;
        }

        internal static void ValidateIntegerStyle(NumberStyles style)
        {
            if ((style & ~NumberStyles.Any & ~NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & NumberStyles.AllowHexSpecifier) != 0 && (style & ~NumberStyles.HexNumber) != 0)
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.");
        }

        internal static void ValidateFloatStyle(NumberStyles style)
        {
            ValidateIntegerStyle(style);
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
                throw new ArgumentException("The number style AllowHexSpecifier is not supported on floating point data types.");
        }

        static bool IsWhite(char c)
        {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        // Parses an integer according to style. Returns 0 ok, 1 format error, 2 overflow
        // (magnitude does not fit in 64 bits). magnitude/negative describe the value.
        internal static int ParseIntegerCore(string s, NumberStyles style, out ulong magnitude, out bool negative)
        {
            magnitude = 0;
            negative = false;
            int n = s.Length;
            int i = 0;
            if ((style & NumberStyles.AllowLeadingWhite) != 0)
                while (i < n && IsWhite(s[i])) i++;
            int end = n;
            if ((style & NumberStyles.AllowTrailingWhite) != 0)
                while (end > i && IsWhite(s[end - 1])) end--;
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
            {
                if (i >= end) return 1;
                bool overflow = false;
                for (; i < end; i++)
                {
                    char c = s[i];
                    int d;
                    if (c >= '0' && c <= '9') d = c - '0';
                    else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
                    else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
                    else return 1;
                    if ((magnitude >> 60) != 0) overflow = true;
                    magnitude = (magnitude << 4) | (uint)d;
                }
                return overflow ? 2 : 0;
            }
            bool parens = false;
            bool signSeen = false;
            // leading sign / parenthesis / currency symbol
            while (i < end)
            {
                char c = s[i];
                if (!signSeen && (style & NumberStyles.AllowLeadingSign) != 0 && (c == '-' || c == '+'))
                {
                    signSeen = true;
                    negative = c == '-';
                    i++;
                }
                else if (!parens && !signSeen && (style & NumberStyles.AllowParentheses) != 0 && c == '(')
                {
                    parens = true;
                    signSeen = true;
                    negative = true;
                    i++;
                }
                else if ((style & NumberStyles.AllowCurrencySymbol) != 0 && c == '\u00a4')
                {
                    i++;
                }
                else break;
            }
            bool anyDigit = false;
            bool ovf = false;
            bool inFraction = false;
            bool nonZeroFraction = false;
            int exponent = 0;
            for (; i < end; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9')
                {
                    anyDigit = true;
                    if (inFraction)
                    {
                        if (c != '0') nonZeroFraction = true;
                        continue;
                    }
                    uint d = (uint)(c - '0');
                    if (magnitude > 1844674407370955161UL || (magnitude == 1844674407370955161UL && d > 5)) ovf = true;
                    magnitude = unchecked(magnitude * 10 + d);
                }
                else if (c == ',' && !inFraction && (style & NumberStyles.AllowThousands) != 0 && anyDigit)
                {
                    continue;
                }
                else if (c == '.' && !inFraction && (style & NumberStyles.AllowDecimalPoint) != 0)
                {
                    inFraction = true;
                }
                else break;
            }
            if (!anyDigit) return 1;
            if (i < end && (c0(s, i) == 'e' || c0(s, i) == 'E') && (style & NumberStyles.AllowExponent) != 0)
            {
                int k = i + 1;
                bool eneg = false;
                if (k < end && (s[k] == '+' || s[k] == '-')) { eneg = s[k] == '-'; k++; }
                int st = k;
                while (k < end && s[k] >= '0' && s[k] <= '9')
                {
                    if (exponent < 100000) exponent = exponent * 10 + (s[k] - '0');
                    k++;
                }
                if (k == st) return 1;
                if (eneg) exponent = -exponent;
                i = k;
            }
            // trailing sign / parenthesis / currency symbol
            while (i < end)
            {
                char c = s[i];
                if (!signSeen && (style & NumberStyles.AllowTrailingSign) != 0 && (c == '-' || c == '+'))
                {
                    signSeen = true;
                    negative = c == '-';
                    i++;
                }
                else if (parens && c == ')')
                {
                    parens = false;
                    i++;
                }
                else if ((style & NumberStyles.AllowCurrencySymbol) != 0 && c == '\u00a4')
                {
                    i++;
                }
                else if ((style & NumberStyles.AllowTrailingWhite) != 0 && IsWhite(c))
                {
                    i++;
                }
                else return 1;
            }
            if (parens) return 1;
            if (exponent != 0)
            {
                // apply a (rare) exponent on the integer part
                if (exponent > 0)
                {
                    for (int e = 0; e < exponent; e++)
                    {
                        if (magnitude > 1844674407370955161UL) { ovf = true; break; }
                        magnitude *= 10;
                    }
                }
                else
                {
                    for (int e = 0; e < -exponent && magnitude != 0; e++)
                    {
                        if (magnitude % 10 != 0) nonZeroFraction = true;
                        magnitude /= 10;
                    }
                }
            }
            if (ovf) return 2;
            if (nonZeroFraction) return 2;
            return 0;
        }

        static char c0(string s, int i) { return s[i]; }
    }
}
