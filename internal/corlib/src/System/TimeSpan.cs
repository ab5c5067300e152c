using System.Globalization;
using System.Text;

namespace System
{
    [Serializable]
    public struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable
    {
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;

        const long MaxSeconds = long.MaxValue / TicksPerSecond;
        const long MinSeconds = long.MinValue / TicksPerSecond;
        const long MaxMilliSeconds = long.MaxValue / TicksPerMillisecond;
        const long MinMilliSeconds = long.MinValue / TicksPerMillisecond;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        internal long _ticks;

        public TimeSpan(long ticks) { _ticks = ticks; }

        public TimeSpan(int hours, int minutes, int seconds)
        {
            _ticks = TimeToTicks(hours, minutes, seconds);
        }

        public TimeSpan(int days, int hours, int minutes, int seconds) : this(days, hours, minutes, seconds, 0) { }

        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds)
        {
            long totalMilliSeconds = ((long)days * 3600 * 24 + (long)hours * 3600 + (long)minutes * 60 + seconds) * 1000 + milliseconds;
            if (totalMilliSeconds > MaxMilliSeconds || totalMilliSeconds < MinMilliSeconds)
                throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
            _ticks = totalMilliSeconds * TicksPerMillisecond;
        }

        static long TimeToTicks(int hour, int minute, int second)
        {
            long totalSeconds = (long)hour * 3600 + (long)minute * 60 + (long)second;
            if (totalSeconds > MaxSeconds || totalSeconds < MinSeconds)
                throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
            return totalSeconds * TicksPerSecond;
        }

        public long Ticks { get { return _ticks; } }
        public int Days { get { return (int)(_ticks / TicksPerDay); } }
        public int Hours { get { return (int)((_ticks / TicksPerHour) % 24); } }
        public int Milliseconds { get { return (int)((_ticks / TicksPerMillisecond) % 1000); } }
        public int Minutes { get { return (int)((_ticks / TicksPerMinute) % 60); } }
        public int Seconds { get { return (int)((_ticks / TicksPerSecond) % 60); } }

        public double TotalDays { get { return ((double)_ticks) / TicksPerDay; } }
        public double TotalHours { get { return (double)_ticks / TicksPerHour; } }

        public double TotalMilliseconds
        {
            get
            {
                double temp = (double)_ticks / TicksPerMillisecond;
                if (temp > MaxMilliSeconds) return (double)MaxMilliSeconds;
                if (temp < MinMilliSeconds) return (double)MinMilliSeconds;
                return temp;
            }
        }

        public double TotalMinutes { get { return (double)_ticks / TicksPerMinute; } }
        public double TotalSeconds { get { return (double)_ticks / TicksPerSecond; } }

        public TimeSpan Add(TimeSpan ts)
        {
            long result = _ticks + ts._ticks;
            if ((_ticks >> 63 == ts._ticks >> 63) && (_ticks >> 63 != result >> 63))
                throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = _ticks - ts._ticks;
            if ((_ticks >> 63 != ts._ticks >> 63) && (_ticks >> 63 != result >> 63))
                throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Duration()
        {
            if (_ticks == MinValue._ticks) throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
        }

        public TimeSpan Negate()
        {
            if (_ticks == MinValue._ticks) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-_ticks);
        }

        public TimeSpan Multiply(double factor) { return this * factor; }
        public TimeSpan Divide(double divisor) { return this / divisor; }
        public double Divide(TimeSpan ts) { return this / ts; }

        static TimeSpan Interval(double value, int scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            double tmp = value * scale;
            double millis = tmp + (value >= 0 ? 0.5 : -0.5);
            if ((millis > long.MaxValue / TicksPerMillisecond) || (millis < long.MinValue / TicksPerMillisecond))
                throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan((long)millis * TicksPerMillisecond);
        }

        public static TimeSpan FromDays(double value) { return Interval(value, 86400000); }
        public static TimeSpan FromHours(double value) { return Interval(value, 3600000); }
        public static TimeSpan FromMinutes(double value) { return Interval(value, 60000); }
        public static TimeSpan FromSeconds(double value) { return Interval(value, 1000); }
        public static TimeSpan FromMilliseconds(double value) { return Interval(value, 1); }
        public static TimeSpan FromTicks(long value) { return new TimeSpan(value); }

        public static int Compare(TimeSpan t1, TimeSpan t2)
        {
            if (t1._ticks > t2._ticks) return 1;
            if (t1._ticks < t2._ticks) return -1;
            return 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (!(value is TimeSpan)) throw new ArgumentException("Object must be of type TimeSpan.");
            return Compare(this, (TimeSpan)value);
        }

        public int CompareTo(TimeSpan value) { return Compare(this, value); }

        public override bool Equals(object value)
        {
            if (value is TimeSpan) return _ticks == ((TimeSpan)value)._ticks;
            return false;
        }

        public bool Equals(TimeSpan obj) { return _ticks == obj._ticks; }
        public static bool Equals(TimeSpan t1, TimeSpan t2) { return t1._ticks == t2._ticks; }

        public override int GetHashCode() { return (int)_ticks ^ (int)(_ticks >> 32); }

        static void Pad(StringBuilder sb, long v, int width)
        {
            string s = v.ToString();
            for (int i = s.Length; i < width; i++) sb.Append('0');
            sb.Append(s);
        }

        public override string ToString() { return ToString(null, null); }
        public string ToString(string format) { return ToString(format, null); }

        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (format == null || format.Length == 0 || format == "c" || format == "t" || format == "T")
                return FormatConstant();
            if (format == "g" || format == "G") return FormatGeneral(format == "G");
            return FormatCustom(format);
        }

        string FormatConstant()
        {
            StringBuilder sb = new StringBuilder();
            long ticks = _ticks;
            int day = (int)(ticks / TicksPerDay);
            long time = ticks % TicksPerDay;
            if (ticks < 0)
            {
                sb.Append('-');
                day = -day;
                time = -time;
            }
            if (day != 0)
            {
                sb.Append(day);
                sb.Append('.');
            }
            Pad(sb, (time / TicksPerHour) % 24, 2);
            sb.Append(':');
            Pad(sb, (time / TicksPerMinute) % 60, 2);
            sb.Append(':');
            Pad(sb, (time / TicksPerSecond) % 60, 2);
            int frac = (int)(time % TicksPerSecond);
            if (frac != 0)
            {
                sb.Append('.');
                Pad(sb, frac, 7);
            }
            return sb.ToString();
        }

        string FormatGeneral(bool longForm)
        {
            StringBuilder sb = new StringBuilder();
            long ticks = _ticks;
            int day = (int)(ticks / TicksPerDay);
            long time = ticks % TicksPerDay;
            if (ticks < 0)
            {
                sb.Append('-');
                day = -day;
                time = -time;
            }
            if (longForm || day != 0)
            {
                sb.Append(day);
                sb.Append(':');
            }
            if (longForm) Pad(sb, (time / TicksPerHour) % 24, 2);
            else sb.Append((time / TicksPerHour) % 24);
            sb.Append(':');
            Pad(sb, (time / TicksPerMinute) % 60, 2);
            sb.Append(':');
            Pad(sb, (time / TicksPerSecond) % 60, 2);
            int frac = (int)(time % TicksPerSecond);
            if (longForm)
            {
                sb.Append('.');
                Pad(sb, frac, 7);
            }
            else if (frac != 0)
            {
                sb.Append('.');
                string f = frac.ToString().PadLeft(7, '0').TrimEnd('0');
                sb.Append(f);
            }
            return sb.ToString();
        }

        string FormatCustom(string format)
        {
            StringBuilder sb = new StringBuilder();
            long ticks = _ticks;
            int day = Math.Abs((int)(ticks / TicksPerDay));
            long time = ticks % TicksPerDay;
            int hours = Math.Abs((int)(time / TicksPerHour % 24));
            int minutes = Math.Abs((int)(time / TicksPerMinute % 60));
            int seconds = Math.Abs((int)(time / TicksPerSecond % 60));
            int fraction = Math.Abs((int)(time % TicksPerSecond));
            int i = 0;
            while (i < format.Length)
            {
                char ch = format[i];
                int len = 1;
                while (i + len < format.Length && format[i + len] == ch) len++;
                switch (ch)
                {
                    case 'd':
                        if (len > 8) throw new FormatException("Input string was not in a correct format.");
                        Pad(sb, day, len);
                        break;
                    case 'h':
                        if (len > 2) throw new FormatException("Input string was not in a correct format.");
                        Pad(sb, hours, len);
                        break;
                    case 'm':
                        if (len > 2) throw new FormatException("Input string was not in a correct format.");
                        Pad(sb, minutes, len);
                        break;
                    case 's':
                        if (len > 2) throw new FormatException("Input string was not in a correct format.");
                        Pad(sb, seconds, len);
                        break;
                    case 'f':
                        {
                            if (len > 7) throw new FormatException("Input string was not in a correct format.");
                            long f = fraction;
                            for (int k = len; k < 7; k++) f /= 10;
                            Pad(sb, f, len);
                            break;
                        }
                    case 'F':
                        {
                            if (len > 7) throw new FormatException("Input string was not in a correct format.");
                            long f = fraction;
                            for (int k = len; k < 7; k++) f /= 10;
                            string fs = f.ToString().PadLeft(len, '0').TrimEnd('0');
                            sb.Append(fs);
                            break;
                        }
                    case '\'':
                    case '"':
                        {
                            int end = format.IndexOf(ch, i + 1);
                            if (end < 0) throw new FormatException("Input string was not in a correct format.");
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
                        if (len > 1 || i + 1 >= format.Length || format[i + 1] == '%') throw new FormatException("Input string was not in a correct format.");
                        len = 1;
                        break;
                    default:
                        throw new FormatException("Input string was not in a correct format.");
                }
                i += len;
            }
            return sb.ToString();
        }

        public static TimeSpan Parse(string s)
        {
            TimeSpan r;
            if (s == null) throw new ArgumentNullException("input");
            if (!TryParse(s, out r)) throw new FormatException("String was not recognized as a valid TimeSpan.");
            return r;
        }

        public static TimeSpan Parse(string input, IFormatProvider formatProvider) { return Parse(input); }

        public static bool TryParse(string s, out TimeSpan result)
        {
            result = Zero;
            if (s == null) return false;
            s = s.Trim();
            if (s.Length == 0) return false;
            bool neg = false;
            if (s[0] == '-') { neg = true; s = s.Substring(1); }
            long days = 0, hours = 0, minutes = 0, seconds = 0, frac = 0;
            int dot = s.IndexOf('.');
            int colon = s.IndexOf(':');
            string rest = s;
            if (colon < 0)
            {
                if (!long.TryParse(s, out days)) return false;
            }
            else
            {
                if (dot >= 0 && dot < colon)
                {
                    if (!long.TryParse(s.Substring(0, dot), out days)) return false;
                    rest = s.Substring(dot + 1);
                }
                string[] parts = rest.Split(':');
                if (parts.Length < 2 || parts.Length > 3) return false;
                if (!long.TryParse(parts[0], out hours) || hours > 23) return false;
                if (!long.TryParse(parts[1], out minutes) || minutes > 59) return false;
                if (parts.Length == 3)
                {
                    string sec = parts[2];
                    int d2 = sec.IndexOf('.');
                    if (d2 >= 0)
                    {
                        string f = sec.Substring(d2 + 1);
                        if (f.Length == 0 || f.Length > 7) return false;
                        if (!long.TryParse(f.PadRight(7, '0'), out frac)) return false;
                        sec = sec.Substring(0, d2);
                    }
                    if (!long.TryParse(sec, out seconds) || seconds > 59) return false;
                }
            }
            long t = days * TicksPerDay + hours * TicksPerHour + minutes * TicksPerMinute + seconds * TicksPerSecond + frac;
            result = new TimeSpan(neg ? -t : t);
            return true;
        }

        public static TimeSpan operator -(TimeSpan t)
        {
            if (t._ticks == MinValue._ticks) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-t._ticks);
        }

        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) { return t1.Subtract(t2); }
        public static TimeSpan operator +(TimeSpan t) { return t; }
        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) { return t1.Add(t2); }

        public static TimeSpan operator *(TimeSpan timeSpan, double factor)
        {
            if (double.IsNaN(factor)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "factor");
            double ticks = Math.Round(timeSpan.Ticks * factor);
            if (ticks > long.MaxValue || ticks < long.MinValue) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return FromTicks((long)ticks);
        }

        public static TimeSpan operator *(double factor, TimeSpan timeSpan) { return timeSpan * factor; }

        public static TimeSpan operator /(TimeSpan timeSpan, double divisor)
        {
            if (double.IsNaN(divisor)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "divisor");
            double ticks = Math.Round(timeSpan.Ticks / divisor);
            if (ticks > long.MaxValue || ticks < long.MinValue || double.IsNaN(ticks)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return FromTicks((long)ticks);
        }

        public static double operator /(TimeSpan t1, TimeSpan t2) { return t1.Ticks / (double)t2.Ticks; }

        public static bool operator ==(TimeSpan t1, TimeSpan t2) { return t1._ticks == t2._ticks; }
        public static bool operator !=(TimeSpan t1, TimeSpan t2) { return t1._ticks != t2._ticks; }
        public static bool operator <(TimeSpan t1, TimeSpan t2) { return t1._ticks < t2._ticks; }
        public static bool operator <=(TimeSpan t1, TimeSpan t2) { return t1._ticks <= t2._ticks; }
        public static bool operator >(TimeSpan t1, TimeSpan t2) { return t1._ticks > t2._ticks; }
        public static bool operator >=(TimeSpan t1, TimeSpan t2) { return t1._ticks >= t2._ticks; }
    }
}
