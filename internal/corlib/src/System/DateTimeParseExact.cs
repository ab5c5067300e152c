using System.Globalization;

namespace System
{
    // DateTime.ParseExact: the string must match the (invariant-culture)
    // format exactly, field by field. Parse returns null on success, else
    // the message of the FormatException to report.
    internal sealed class DateTimeExactParser
    {
        const string BadString = "String was not recognized as a valid DateTime.";
        internal const string BadFormat = "Format specifier was invalid.";

        readonly string s;
        readonly DateTimeStyles styles;
        int pos;

        int year = -1, month = -1, day = -1, hour = -1, hour12 = -1, minute = -1, second = -1, dayOfWeek = -1, ampm = -1;
        long fraction;
        bool hasOffset, isUtc;
        long offsetTicks;

        internal DateTimeExactParser(string s, DateTimeStyles styles)
        {
            this.s = s;
            this.styles = styles;
        }

        internal static string StandardFormat(char c)
        {
            switch (c)
            {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'm': case 'M': return "MMMM dd";
                case 'o': case 'O': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'r': case 'R': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'U': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'y': case 'Y': return "yyyy MMMM";
            }
            return null;
        }

        internal static void ValidateStyles(DateTimeStyles style, string name)
        {
            if (((int)style & ~0xFF) != 0) throw new ArgumentException("An undefined DateTimeStyles value is being used.", name);
            if ((style & DateTimeStyles.AssumeLocal) != 0 && (style & DateTimeStyles.AssumeUniversal) != 0)
                throw new ArgumentException("The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.", name);
            if ((style & DateTimeStyles.RoundtripKind) != 0 && (style & (DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)) != 0)
                throw new ArgumentException("The DateTimeStyles value RoundtripKind cannot be used with the values AssumeLocal, AssumeUniversal or AdjustToUniversal.", name);
        }

        bool Has(DateTimeStyles st) { return (styles & st) != 0; }

        void SkipWhite()
        {
            while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
        }

        // Digits reads between min and max decimal digits.
        bool Digits(int min, int max, out int value)
        {
            value = 0;
            int n = 0;
            while (n < max && pos < s.Length && s[pos] >= '0' && s[pos] <= '9')
            {
                value = value * 10 + (s[pos] - '0');
                pos++;
                n++;
            }
            return n >= min;
        }

        int MatchName(string[] names)
        {
            int best = -1, bestLen = 0;
            for (int i = 0; i < names.Length; i++)
            {
                string n = names[i];
                if (n.Length == 0 || n.Length <= bestLen || pos + n.Length > s.Length) continue;
                if (string.Compare(s, pos, n, 0, n.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    best = i;
                    bestLen = n.Length;
                }
            }
            if (best >= 0) pos += bestLen;
            return best;
        }

        string dupField;

        bool Set(ref int field, int value, char pattern)
        {
            if (field != -1 && field != value)
            {
                dupField = "DateTime pattern '" + pattern + "' appears more than once with different values.";
                return false;
            }
            field = value;
            return true;
        }

        bool Offset(int len)
        {
            if (pos >= s.Length || (s[pos] != '+' && s[pos] != '-')) return false;
            bool neg = s[pos] == '-';
            pos++;
            int h, m = 0;
            if (!Digits(len == 1 ? 1 : 2, 2, out h)) return false;
            if (len >= 3)
            {
                if (pos >= s.Length || s[pos] != ':') return false;
                pos++;
                if (!Digits(2, 2, out m)) return false;
            }
            if (h > 14 || m > 59) return false;
            long off = h * TimeSpan.TicksPerHour + m * TimeSpan.TicksPerMinute;
            if (neg) off = -off;
            if (hasOffset && off != offsetTicks) return false;
            hasOffset = true;
            offsetTicks = off;
            return true;
        }

        internal string Parse(string format, out DateTime result)
        {
            result = DateTime.MinValue;
            if (format.Length == 0) return BadFormat;
            if (format.Length == 1)
            {
                format = StandardFormat(format[0]);
                if (format == null) return BadFormat;
            }
            if (Has(DateTimeStyles.AllowLeadingWhite)) SkipWhite();
            bool inner = Has(DateTimeStyles.AllowInnerWhite);
            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int len = 1;
                while (i + len < format.Length && format[i + len] == ch) len++;
                if (inner && !char.IsWhiteSpace(ch)) SkipWhite();
                int v;
                switch (ch)
                {
                    case 'd':
                        if (len <= 2)
                        {
                            if (!Digits(len, 2, out v)) return BadString;
                            if (!Set(ref day, v, 'd')) return dupField;
                        }
                        else
                        {
                            v = MatchName(len == 3 ? DateTimeFormatInfo.AbbrDayNamesArr : DateTimeFormatInfo.DayNamesArr);
                            if (v < 0) return BadString;
                            if (!Set(ref dayOfWeek, v, 'd')) return dupField;
                        }
                        break;
                    case 'M':
                        if (len <= 2)
                        {
                            if (!Digits(len, 2, out v)) return BadString;
                        }
                        else
                        {
                            v = MatchName(len == 3 ? DateTimeFormatInfo.AbbrMonthNamesArr : DateTimeFormatInfo.MonthNamesArr) + 1;
                            if (v <= 0) return BadString;
                        }
                        if (!Set(ref month, v, 'M')) return dupField;
                        break;
                    case 'y':
                        if (len <= 2)
                        {
                            if (!Digits(len, 2, out v)) return BadString;
                            v += v < 30 ? 2000 : 1900;
                        }
                        else if (!Digits(len, len, out v)) return BadString;
                        if (!Set(ref year, v, 'y')) return dupField;
                        break;
                    case 'h':
                        if (!Digits(len >= 2 ? 2 : 1, 2, out v) || v > 12) return BadString;
                        if (!Set(ref hour12, v, 'h')) return dupField;
                        break;
                    case 'H':
                        if (!Digits(len >= 2 ? 2 : 1, 2, out v)) return BadString;
                        if (!Set(ref hour, v, 'H')) return dupField;
                        break;
                    case 'm':
                        if (!Digits(len >= 2 ? 2 : 1, 2, out v)) return BadString;
                        if (!Set(ref minute, v, 'm')) return dupField;
                        break;
                    case 's':
                        if (!Digits(len >= 2 ? 2 : 1, 2, out v)) return BadString;
                        if (!Set(ref second, v, 's')) return dupField;
                        break;
                    case 'f':
                    case 'F':
                        {
                            if (len > 7) return BadString;
                            int start = pos;
                            if (!Digits(ch == 'f' ? len : 0, len, out v)) return BadString;
                            int n = pos - start;
                            long f = v;
                            for (int k = n; k < 7; k++) f *= 10;
                            fraction = f;
                            break;
                        }
                    case 't':
                        {
                            if (pos >= s.Length) return BadString;
                            char c = char.ToUpperInvariant(s[pos]);
                            if (c != 'A' && c != 'P') return BadString;
                            pos++;
                            if (len >= 2)
                            {
                                if (pos >= s.Length || char.ToUpperInvariant(s[pos]) != 'M') return BadString;
                                pos++;
                            }
                            if (!Set(ref ampm, c == 'A' ? 0 : 1, 't')) return dupField;
                            break;
                        }
                    case 'z':
                        if (!Offset(len)) return BadString;
                        break;
                    case 'K':
                        len = 1;
                        if (pos < s.Length && s[pos] == 'Z')
                        {
                            pos++;
                            isUtc = true;
                        }
                        else if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
                        {
                            if (!Offset(3)) return BadString;
                        }
                        break;
                    case '\'':
                    case '"':
                        {
                            int end = format.IndexOf(ch, i + 1);
                            if (end < 0) return "Cannot find a matching quote character for the character '" + ch + "'.";
                            string lit = format.Substring(i + 1, end - i - 1);
                            if (!Literal(lit)) return BadString;
                            len = end - i + 1;
                            break;
                        }
                    case '\\':
                        if (i + 1 >= format.Length) return BadFormat;
                        if (!Literal(format[i + 1].ToString())) return BadString;
                        len = 2;
                        break;
                    case '%':
                        if (i + 1 >= format.Length || format[i + 1] == '%') return BadFormat;
                        len = 1;
                        break;
                    case '.':
                        // ".FFF" may be absent entirely when the fraction is zero.
                        len = 1;
                        if (i + 1 < format.Length && format[i + 1] == 'F' && (pos >= s.Length || s[pos] != '.'))
                        {
                            i++;
                            while (i + 1 < format.Length && format[i + 1] == 'F') i++;
                            break;
                        }
                        if (!Literal(".")) return BadString;
                        break;
                    default:
                        len = 1;
                        if (inner && char.IsWhiteSpace(ch))
                        {
                            SkipWhite();
                            break;
                        }
                        if (!Literal(ch.ToString())) return BadString;
                        break;
                }
                i += len;
            }
            if (Has(DateTimeStyles.AllowTrailingWhite)) SkipWhite();
            if (pos != s.Length) return BadString;
            return Compose(out result);
        }

        bool Literal(string lit)
        {
            for (int k = 0; k < lit.Length; k++)
            {
                if (pos >= s.Length) return false;
                char c = lit[k];
                if (char.IsWhiteSpace(c) && Has(DateTimeStyles.AllowInnerWhite))
                {
                    SkipWhite();
                    continue;
                }
                if (s[pos] != c) return false;
                pos++;
            }
            return true;
        }

        string Compose(out DateTime result)
        {
            result = DateTime.MinValue;
            string calendarError = "The DateTime represented by the string is not supported in calendar " + s + ".";
            int h = hour;
            if (hour12 != -1)
            {
                int h12 = hour12 % 12 + (ampm == 1 ? 12 : 0);
                if (h != -1 && h != h12) return "DateTime pattern 'h' appears more than once with different values.";
                h = h12;
            }
            else if (h != -1 && ampm != -1 && (h < 12) != (ampm == 0)) return BadString;
            if (h == -1) h = 0;
            int mi = minute == -1 ? 0 : minute;
            int se = second == -1 ? 0 : second;
            int y = year, mo = month, d = day;
            if (y == -1 && mo == -1 && d == -1)
            {
                if (Has(DateTimeStyles.NoCurrentDateDefault))
                {
                    y = 1; mo = 1; d = 1;
                }
                else
                {
                    DateTime today = DateTime.Now;
                    if (hasOffset || isUtc) today = DateTime.UtcNow;
                    y = today.Year; mo = today.Month; d = today.Day;
                }
            }
            else
            {
                if (y == -1) y = DateTime.Now.Year;
                if (mo == -1) mo = 1;
                if (d == -1) d = 1;
            }
            if (y < 1 || y > 9999 || mo < 1 || mo > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo) || h > 23 || mi > 59 || se > 59)
                return calendarError;
            DateTime dt = new DateTime(y, mo, d, h, mi, se).AddTicks(fraction);
            if (dayOfWeek != -1 && (int)dt.DayOfWeek != dayOfWeek)
                return "String was not recognized as a valid DateTime because the day of week was incorrect.";
            if (hasOffset || isUtc)
            {
                DateTime utc = new DateTime(dt.Ticks - offsetTicks, DateTimeKind.Utc);
                if (Has(DateTimeStyles.AdjustToUniversal)) result = utc;
                else if (isUtc && Has(DateTimeStyles.RoundtripKind)) result = utc;
                else result = utc.ToLocalTime();
                return null;
            }
            if (Has(DateTimeStyles.AssumeUniversal))
            {
                DateTime utc = new DateTime(dt.Ticks, DateTimeKind.Utc);
                result = Has(DateTimeStyles.AdjustToUniversal) ? utc : utc.ToLocalTime();
                return null;
            }
            if (Has(DateTimeStyles.AssumeLocal))
            {
                DateTime local = new DateTime(dt.Ticks, DateTimeKind.Local);
                result = Has(DateTimeStyles.AdjustToUniversal) ? local.ToUniversalTime() : local;
                return null;
            }
            result = dt;
            return null;
        }
    }
}
