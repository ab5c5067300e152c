using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }

    [Serializable]
    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }

    [Serializable]
    public struct DateTime : IComparable, IFormattable, IConvertible, IComparable<DateTime>, IEquatable<DateTime>
    {
        const long TicksPerMillisecond = 10000;
        const long TicksPerSecond = TicksPerMillisecond * 1000;
        const long TicksPerMinute = TicksPerSecond * 60;
        const long TicksPerHour = TicksPerMinute * 60;
        const long TicksPerDay = TicksPerHour * 24;
        const int DaysPerYear = 365;
        const int DaysPer4Years = DaysPerYear * 4 + 1;
        const int DaysPer100Years = DaysPer4Years * 25 - 1;
        const int DaysPer400Years = DaysPer100Years * 4 + 1;
        const int DaysTo10000 = DaysPer400Years * 25 - 366;
        internal const long MinTicks = 0;
        internal const long MaxTicks = DaysTo10000 * TicksPerDay - 1;
        const long UnixEpochTicks = 621355968000000000;

        static readonly int[] DaysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        static readonly int[] DaysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };

        public static readonly DateTime MinValue = new DateTime(MinTicks, DateTimeKind.Unspecified);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks, DateTimeKind.Unspecified);
        public static readonly DateTime UnixEpoch = new DateTime(UnixEpochTicks, DateTimeKind.Utc);

        long ticks;
        DateTimeKind kind;

        // Current UTC time as ticks (100ns units) since 0001-01-01T00:00:00.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern long InternalUtcNowTicks();

        // Offset (ticks) of the local time zone from UTC at the given UTC instant.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern long InternalLocalOffsetTicks(long utcTicks);

        public DateTime(long ticks)
        {
            if (ticks < MinTicks || ticks > MaxTicks) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            this.ticks = ticks;
            kind = DateTimeKind.Unspecified;
        }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if (ticks < MinTicks || ticks > MaxTicks) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            this.ticks = ticks;
            this.kind = kind;
        }

        public DateTime(int year, int month, int day)
        {
            ticks = DateToTicks(year, month, day);
            kind = DateTimeKind.Unspecified;
        }

        public DateTime(int year, int month, int day, int hour, int minute, int second)
            : this(year, month, day, hour, minute, second, 0, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind)
            : this(year, month, day, hour, minute, second, 0, kind) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond)
            : this(year, month, day, hour, minute, second, millisecond, DateTimeKind.Unspecified) { }

        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind)
        {
            if (millisecond < 0 || millisecond >= 1000) throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            long t = DateToTicks(year, month, day) + TimeToTicks(hour, minute, second);
            t += millisecond * TicksPerMillisecond;
            if (t < MinTicks || t > MaxTicks) throw new ArgumentException("Combination of arguments to the DateTime constructor is out of the legal range.");
            ticks = t;
            this.kind = kind;
        }

        static long DateToTicks(int year, int month, int day)
        {
            if (year >= 1 && year <= 9999 && month >= 1 && month <= 12)
            {
                int[] days = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
                if (day >= 1 && day <= days[month] - days[month - 1])
                {
                    int y = year - 1;
                    int n = y * 365 + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
                    return n * TicksPerDay;
                }
            }
            throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
        }

        static long TimeToTicks(int hour, int minute, int second)
        {
            if (hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60)
                return hour * TicksPerHour + minute * TicksPerMinute + second * TicksPerSecond;
            throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
        }

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? DaysToMonth366 : DaysToMonth365;
            return days[month] - days[month - 1];
        }

        // part: 0 = year, 1 = day of year, 2 = month, 3 = day
        int GetDatePart(int part)
        {
            int n = (int)(ticks / TicksPerDay);
            int y400 = n / DaysPer400Years;
            n -= y400 * DaysPer400Years;
            int y100 = n / DaysPer100Years;
            if (y100 == 4) y100 = 3;
            n -= y100 * DaysPer100Years;
            int y4 = n / DaysPer4Years;
            n -= y4 * DaysPer4Years;
            int y1 = n / DaysPerYear;
            if (y1 == 4) y1 = 3;
            if (part == 0) return y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * DaysPerYear;
            if (part == 1) return n + 1;
            bool leapYear = y1 == 3 && (y4 != 24 || y100 == 3);
            int[] days = leapYear ? DaysToMonth366 : DaysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= days[m]) m++;
            if (part == 2) return m;
            return n - days[m - 1] + 1;
        }

        public long Ticks { get { return ticks; } }
        public DateTimeKind Kind { get { return kind; } }
        public DateTime Date { get { return new DateTime(ticks - ticks % TicksPerDay, kind); } }
        public int Year { get { return GetDatePart(0); } }
        public int Month { get { return GetDatePart(2); } }
        public int Day { get { return GetDatePart(3); } }
        public int DayOfYear { get { return GetDatePart(1); } }
        public DayOfWeek DayOfWeek { get { return (DayOfWeek)((ticks / TicksPerDay + 1) % 7); } }
        public int Hour { get { return (int)((ticks / TicksPerHour) % 24); } }
        public int Minute { get { return (int)((ticks / TicksPerMinute) % 60); } }
        public int Second { get { return (int)((ticks / TicksPerSecond) % 60); } }
        public int Millisecond { get { return (int)((ticks / TicksPerMillisecond) % 1000); } }
        public TimeSpan TimeOfDay { get { return new TimeSpan(ticks % TicksPerDay); } }

        public static DateTime UtcNow { get { return new DateTime(InternalUtcNowTicks(), DateTimeKind.Utc); } }

        public static DateTime Now
        {
            get
            {
                long utc = InternalUtcNowTicks();
                return new DateTime(utc + InternalLocalOffsetTicks(utc), DateTimeKind.Local);
            }
        }

        public static DateTime Today { get { return Now.Date; } }

        public DateTime ToUniversalTime()
        {
            if (kind == DateTimeKind.Utc) return this;
            long offset = InternalLocalOffsetTicks(ticks);
            return new DateTime(ticks - offset, DateTimeKind.Utc);
        }

        public DateTime ToLocalTime()
        {
            if (kind == DateTimeKind.Local) return this;
            return new DateTime(ticks + InternalLocalOffsetTicks(ticks), DateTimeKind.Local);
        }

        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) { return new DateTime(value.ticks, kind); }

        public DateTime Add(TimeSpan value) { return AddTicks(value._ticks); }

        public DateTime AddTicks(long value)
        {
            long t = ticks + value;
            if (t < MinTicks || t > MaxTicks) throw new ArgumentOutOfRangeException("value", "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(t, kind);
        }

        DateTime AddUnits(double value, long scale)
        {
            double millis = value * (scale / TicksPerMillisecond) + (value >= 0 ? 0.5 : -0.5);
            if (millis <= -315537897600000.0 || millis >= 315537897600000.0) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            return AddTicks((long)millis * TicksPerMillisecond);
        }

        public DateTime AddMilliseconds(double value) { return AddUnits(value, TicksPerMillisecond); }
        public DateTime AddSeconds(double value) { return AddUnits(value, TicksPerSecond); }
        public DateTime AddMinutes(double value) { return AddUnits(value, TicksPerMinute); }
        public DateTime AddHours(double value) { return AddUnits(value, TicksPerHour); }
        public DateTime AddDays(double value) { return AddUnits(value, TicksPerDay); }

        public DateTime AddMonths(int months)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
            int y = GetDatePart(0);
            int m = GetDatePart(2);
            int d = GetDatePart(3);
            int i = m - 1 + months;
            if (i >= 0)
            {
                m = i % 12 + 1;
                y = y + i / 12;
            }
            else
            {
                m = 12 + (i + 1) % 12;
                y = y + (i - 11) / 12;
            }
            if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException("months", "The added or subtracted value results in an un-representable DateTime.");
            int days = DaysInMonth(y, m);
            if (d > days) d = days;
            return new DateTime(DateToTicks(y, m, d) + ticks % TicksPerDay, kind);
        }

        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000) throw new ArgumentOutOfRangeException("years", "Years value must be between +/-10000.");
            return AddMonths(value * 12);
        }

        public TimeSpan Subtract(DateTime value) { return new TimeSpan(ticks - value.ticks); }
        public DateTime Subtract(TimeSpan value) { return AddTicks(-value._ticks); }

        public static DateTime operator +(DateTime d, TimeSpan t) { return d.AddTicks(t._ticks); }
        public static DateTime operator -(DateTime d, TimeSpan t) { return d.AddTicks(-t._ticks); }
        public static TimeSpan operator -(DateTime d1, DateTime d2) { return new TimeSpan(d1.ticks - d2.ticks); }
        public static bool operator ==(DateTime d1, DateTime d2) { return d1.ticks == d2.ticks; }
        public static bool operator !=(DateTime d1, DateTime d2) { return d1.ticks != d2.ticks; }
        public static bool operator <(DateTime t1, DateTime t2) { return t1.ticks < t2.ticks; }
        public static bool operator <=(DateTime t1, DateTime t2) { return t1.ticks <= t2.ticks; }
        public static bool operator >(DateTime t1, DateTime t2) { return t1.ticks > t2.ticks; }
        public static bool operator >=(DateTime t1, DateTime t2) { return t1.ticks >= t2.ticks; }

        public static int Compare(DateTime t1, DateTime t2)
        {
            if (t1.ticks > t2.ticks) return 1;
            if (t1.ticks < t2.ticks) return -1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is DateTime)) throw new ArgumentException("Object must be of type DateTime.");
            return Compare(this, (DateTime)value);
        }

        public int CompareTo(DateTime value) { return Compare(this, value); }
        public override bool Equals(object value) { return value is DateTime && ticks == ((DateTime)value).ticks; }
        public bool Equals(DateTime value) { return ticks == value.ticks; }
        public static bool Equals(DateTime t1, DateTime t2) { return t1.ticks == t2.ticks; }
        public override int GetHashCode() { return (int)ticks ^ (int)(ticks >> 32); }

        public long ToBinary() { return ticks | ((long)kind << 62); }
        public static DateTime FromBinary(long dateData) { return new DateTime(dateData & 0x3FFFFFFFFFFFFFFF, (DateTimeKind)((ulong)dateData >> 62)); }
        public double ToOADate() { return (ticks - 599264352000000000L) / (double)TicksPerDay; }
        public long ToFileTimeUtc() { return ticks - 504911232000000000L; }

        public string ToShortDateString() { return ToString("MM/dd/yyyy"); }
        public string ToLongDateString() { return ToString("dddd, dd MMMM yyyy"); }
        public string ToShortTimeString() { return ToString("HH:mm"); }
        public string ToLongTimeString() { return ToString("HH:mm:ss"); }

        public override string ToString() { return ToString(null, null); }
        public string ToString(string format) { return ToString(format, null); }
        public string ToString(IFormatProvider provider) { return ToString(null, provider); }

        public string ToString(string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0) format = "G";
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'd': format = "MM/dd/yyyy"; break;
                    case 'D': format = "dddd, dd MMMM yyyy"; break;
                    case 'f': format = "dddd, dd MMMM yyyy HH:mm"; break;
                    case 'F': format = "dddd, dd MMMM yyyy HH:mm:ss"; break;
                    case 'g': format = "MM/dd/yyyy HH:mm"; break;
                    case 'G': format = "MM/dd/yyyy HH:mm:ss"; break;
                    case 'm': case 'M': format = "MMMM dd"; break;
                    case 'o': case 'O': format = kind == DateTimeKind.Utc ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff'Z'" : (kind == DateTimeKind.Local ? "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffzzz" : "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff"); break;
                    case 'r': case 'R': format = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"; break;
                    case 's': format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; break;
                    case 't': format = "HH:mm"; break;
                    case 'T': format = "HH:mm:ss"; break;
                    case 'u': format = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; break;
                    case 'U': format = "dddd, dd MMMM yyyy HH:mm:ss"; break;
                    case 'y': case 'Y': format = "yyyy MMMM"; break;
                    default: throw new FormatException("Input string was not in a correct format.");
                }
            }
            return FormatCustom(format);
        }

        static void Pad(StringBuilder sb, int v, int width)
        {
            string s = v.ToString();
            for (int i = s.Length; i < width; i++) sb.Append('0');
            sb.Append(s);
        }

        string FormatCustom(string format)
        {
            StringBuilder sb = new StringBuilder();
            int year = Year, month = Month, day = Day, hour = Hour, minute = Minute, second = Second;
            int fraction = (int)(ticks % TicksPerSecond);
            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int len = 1;
                while (i + len < format.Length && format[i + len] == ch) len++;
                switch (ch)
                {
                    case 'd':
                        if (len == 1 || len == 2) Pad(sb, day, len);
                        else if (len == 3) sb.Append(DateTimeFormatInfo.AbbrDayNamesArr[(int)DayOfWeek]);
                        else sb.Append(DateTimeFormatInfo.DayNamesArr[(int)DayOfWeek]);
                        break;
                    case 'M':
                        if (len == 1 || len == 2) Pad(sb, month, len);
                        else if (len == 3) sb.Append(DateTimeFormatInfo.AbbrMonthNamesArr[month - 1]);
                        else sb.Append(DateTimeFormatInfo.MonthNamesArr[month - 1]);
                        break;
                    case 'y':
                        if (len <= 2) Pad(sb, year % 100, len);
                        else Pad(sb, year, len);
                        break;
                    case 'h':
                        {
                            int h = hour % 12;
                            if (h == 0) h = 12;
                            Pad(sb, h, len > 2 ? 2 : len);
                            break;
                        }
                    case 'H': Pad(sb, hour, len > 2 ? 2 : len); break;
                    case 'm': Pad(sb, minute, len > 2 ? 2 : len); break;
                    case 's': Pad(sb, second, len > 2 ? 2 : len); break;
                    case 'f':
                    case 'F':
                        {
                            if (len > 7) throw new FormatException("Input string was not in a correct format.");
                            int f = fraction;
                            for (int k = len; k < 7; k++) f /= 10;
                            string fs = f.ToString().PadLeft(len, '0');
                            if (ch == 'F')
                            {
                                fs = fs.TrimEnd('0');
                                if (fs.Length == 0 && sb.Length > 0 && sb[sb.Length - 1] == '.') sb.Length--;
                            }
                            sb.Append(fs);
                            break;
                        }
                    case 't':
                        if (len == 1) sb.Append(hour < 12 ? 'A' : 'P');
                        else sb.Append(hour < 12 ? "AM" : "PM");
                        break;
                    case 'K':
                        if (kind == DateTimeKind.Utc) sb.Append('Z');
                        else if (kind == DateTimeKind.Local) AppendOffset(sb, 3);
                        break;
                    case 'z':
                        AppendOffset(sb, len);
                        break;
                    case ':': sb.Append(':'); len = 1; break;
                    case '/': sb.Append('/'); len = 1; break;
                    case '\'':
                    case '"':
                        {
                            int end = format.IndexOf(ch, i + 1);
                            if (end < 0) throw new FormatException("Cannot find a matching quote character for the character '" + ch + "'.");
                            sb.Append(format, i + 1, end - i - 1);
                            len = end - i + 1;
                            break;
                        }
                    case '\\':
                        if (i + 1 >= format.Length) throw new FormatException("Input string was not in a correct format.");
                        sb.Append(format[i + 1]);
                        len = 2;
                        break;
                    case '%':
                        len = 1;
                        break;
                    default:
                        sb.Append(ch, len);
                        break;
                }
                i += len;
            }
            return sb.ToString();
        }

        void AppendOffset(StringBuilder sb, int len)
        {
            long off = kind == DateTimeKind.Utc ? 0 : InternalLocalOffsetTicks(ticks);
            if (off < 0) { sb.Append('-'); off = -off; } else sb.Append('+');
            int h = (int)(off / TicksPerHour);
            int m = (int)(off / TicksPerMinute % 60);
            if (len == 1) sb.Append(h);
            else
            {
                Pad(sb, h, 2);
                if (len >= 3)
                {
                    sb.Append(':');
                    Pad(sb, m, 2);
                }
            }
        }

        public static DateTime Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            DateTime r;
            if (!TryParse(s, out r)) throw new FormatException("String was not recognized as a valid DateTime.");
            return r;
        }

        public static DateTime Parse(string s, IFormatProvider provider) { return Parse(s); }
        public static DateTime Parse(string s, IFormatProvider provider, DateTimeStyles styles) { return Parse(s); }

        // Accepts "yyyy-MM-dd[ T]HH:mm[:ss[.fffffff]][Z]" and "MM/dd/yyyy[ HH:mm[:ss]]".
        public static bool TryParse(string s, out DateTime result)
        {
            result = MinValue;
            if (s == null) return false;
            s = s.Trim();
            int year, month, day, hour = 0, minute = 0, second = 0;
            long frac = 0;
            DateTimeKind k = DateTimeKind.Unspecified;
            string datePart = s, timePart = null;
            int sp = s.IndexOfAny(new char[] { ' ', 'T' });
            if (sp > 0)
            {
                datePart = s.Substring(0, sp);
                timePart = s.Substring(sp + 1).Trim();
            }
            string[] d;
            if (datePart.IndexOf('-') > 0)
            {
                d = datePart.Split('-');
                if (d.Length != 3 || !int.TryParse(d[0], out year) || !int.TryParse(d[1], out month) || !int.TryParse(d[2], out day)) return false;
            }
            else if (datePart.IndexOf('/') > 0)
            {
                d = datePart.Split('/');
                if (d.Length != 3 || !int.TryParse(d[0], out month) || !int.TryParse(d[1], out day) || !int.TryParse(d[2], out year)) return false;
            }
            else return false;
            if (timePart != null && timePart.Length > 0)
            {
                if (timePart.EndsWith("Z"))
                {
                    k = DateTimeKind.Utc;
                    timePart = timePart.Substring(0, timePart.Length - 1);
                }
                string[] t = timePart.Split(':');
                if (t.Length < 2 || t.Length > 3) return false;
                if (!int.TryParse(t[0], out hour) || !int.TryParse(t[1], out minute)) return false;
                if (t.Length == 3)
                {
                    string sec = t[2];
                    int dot = sec.IndexOf('.');
                    if (dot >= 0)
                    {
                        string f = sec.Substring(dot + 1);
                        if (f.Length == 0 || f.Length > 7 || !long.TryParse(f.PadRight(7, '0'), out frac)) return false;
                        sec = sec.Substring(0, dot);
                    }
                    if (!int.TryParse(sec, out second)) return false;
                }
            }
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
            if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
            result = new DateTime(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + frac, k);
            return true;
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider)
        {
            return ParseExact(s, format, provider, DateTimeStyles.None);
        }

        public static DateTime ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style)
        {
            DateTimeExactParser.ValidateStyles(style, "style");
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            DateTime r;
            string err = new DateTimeExactParser(s, style).Parse(format, out r);
            if (err != null) throw new FormatException(err);
            return r;
        }

        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style)
        {
            DateTimeExactParser.ValidateStyles(style, "style");
            if (s == null) throw new ArgumentNullException("s");
            if (formats == null) throw new ArgumentNullException("formats");
            if (formats.Length == 0) throw new FormatException(DateTimeExactParser.BadFormat);
            foreach (string f in formats)
            {
                if (f == null || f.Length == 0) throw new FormatException(DateTimeExactParser.BadFormat);
                DateTime r;
                if (new DateTimeExactParser(s, style).Parse(f, out r) == null) return r;
            }
            throw new FormatException("String was not recognized as a valid DateTime.");
        }

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeExactParser.ValidateStyles(style, "style");
            result = MinValue;
            if (s == null || format == null) return false;
            DateTime r;
            if (new DateTimeExactParser(s, style).Parse(format, out r) != null) return false;
            result = r;
            return true;
        }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            DateTimeExactParser.ValidateStyles(style, "style");
            result = MinValue;
            if (s == null || formats == null) return false;
            foreach (string f in formats)
            {
                if (f == null || f.Length == 0) return false;
                DateTime r;
                if (new DateTimeExactParser(s, style).Parse(f, out r) == null)
                {
                    result = r;
                    return true;
                }
            }
            return false;
        }

        public TypeCode GetTypeCode() { return TypeCode.DateTime; }

        bool IConvertible.ToBoolean(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Boolean'."); }
        char IConvertible.ToChar(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Char'."); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'SByte'."); }
        byte IConvertible.ToByte(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Byte'."); }
        short IConvertible.ToInt16(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int16'."); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt16'."); }
        int IConvertible.ToInt32(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int32'."); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt32'."); }
        long IConvertible.ToInt64(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Int64'."); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'UInt64'."); }
        float IConvertible.ToSingle(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Single'."); }
        double IConvertible.ToDouble(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Double'."); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'DateTime' to 'Decimal'."); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { return this; }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
