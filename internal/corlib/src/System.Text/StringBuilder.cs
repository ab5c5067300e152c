using System.Runtime.CompilerServices;

namespace System.Text
{
    [Serializable]
    public sealed class StringBuilder
    {
        char[] m_chars;
        int m_length;
        int m_maxCapacity;

        const int DefaultCapacity = 16;

        public StringBuilder() : this(DefaultCapacity) { }

        public StringBuilder(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "'capacity' must be greater than zero.");
            m_chars = new char[capacity == 0 ? DefaultCapacity : capacity];
            m_maxCapacity = int.MaxValue;
        }

        public StringBuilder(int capacity, int maxCapacity) : this(capacity)
        {
            if (maxCapacity < 1) throw new ArgumentOutOfRangeException("maxCapacity", "MaxCapacity must be one or greater.");
            if (capacity > maxCapacity) throw new ArgumentOutOfRangeException("capacity", "Capacity exceeds maximum capacity.");
            m_maxCapacity = maxCapacity;
        }

        public StringBuilder(string value) : this(value, DefaultCapacity) { }

        public StringBuilder(string value, int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "'capacity' must be greater than zero.");
            if (value == null) value = string.Empty;
            int cap = capacity == 0 ? DefaultCapacity : capacity;
            if (cap < value.Length) cap = value.Length;
            m_chars = new char[cap];
            m_maxCapacity = int.MaxValue;
            Append(value);
        }

        public StringBuilder(string value, int startIndex, int length, int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "'capacity' must be greater than zero.");
            if (value == null) value = string.Empty;
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > value.Length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            int cap = capacity == 0 ? DefaultCapacity : capacity;
            if (cap < length) cap = length;
            m_chars = new char[cap];
            m_maxCapacity = int.MaxValue;
            Append(value, startIndex, length);
        }

        public int Capacity
        {
            get { return m_chars.Length; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Capacity must be positive.");
                if (value > m_maxCapacity) throw new ArgumentOutOfRangeException("value", "Capacity exceeds maximum capacity.");
                if (value < m_length) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value != m_chars.Length)
                {
                    char[] n = new char[value];
                    Array.Copy(m_chars, n, m_length);
                    m_chars = n;
                }
            }
        }

        public int MaxCapacity { get { return m_maxCapacity; } }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            if (capacity > m_chars.Length) Grow(capacity);
            return m_chars.Length;
        }

        public int Length
        {
            get { return m_length; }
            set
            {
                if (value < 0 || value > m_maxCapacity) throw new ArgumentOutOfRangeException("value", "Length cannot be less than zero.");
                if (value > m_length)
                {
                    if (value > m_chars.Length) Grow(value);
                    for (int i = m_length; i < value; i++) m_chars[i] = '\0';
                }
                m_length = value;
            }
        }

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)m_length) throw new IndexOutOfRangeException();
                return m_chars[index];
            }
            set
            {
                if ((uint)index >= (uint)m_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                m_chars[index] = value;
            }
        }

        void Grow(int needed)
        {
            if (needed > m_maxCapacity) throw new ArgumentOutOfRangeException("requiredLength", "capacity was less than the current size.");
            int cap = m_chars.Length * 2;
            if (cap < needed) cap = needed;
            if (cap > m_maxCapacity) cap = m_maxCapacity;
            if (cap < 16) cap = 16;
            char[] n = new char[cap];
            Array.Copy(m_chars, n, m_length);
            m_chars = n;
        }

        public override string ToString()
        {
            return string.FromCharArray(m_chars, 0, m_length);
        }

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > m_length) throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > m_length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            return string.FromCharArray(m_chars, startIndex, length);
        }

        public StringBuilder Clear()
        {
            m_length = 0;
            return this;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (destinationIndex < 0) throw new ArgumentOutOfRangeException("destinationIndex", "Non-negative number required.");
            if (destinationIndex > destination.Length - count) throw new ArgumentException("Destination array was not long enough. Check destIndex and length, and the array's lower bounds");
            if ((uint)sourceIndex > (uint)m_length || sourceIndex > m_length - count) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Array.Copy(m_chars, sourceIndex, destination, destinationIndex, count);
        }

        // ---- Append ----
        public StringBuilder Append(char value)
        {
            if (m_length == m_chars.Length) Grow(m_length + 1);
            m_chars[m_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException("repeatCount", "Count cannot be less than zero.");
            if (repeatCount == 0) return this;
            int newLen = m_length + repeatCount;
            if (newLen > m_chars.Length) Grow(newLen);
            for (int i = m_length; i < newLen; i++) m_chars[i] = value;
            m_length = newLen;
            return this;
        }

        public StringBuilder Append(string value)
        {
            if (value == null) return this;
            int n = value.Length;
            if (n == 0) return this;
            int newLen = m_length + n;
            if (newLen > m_chars.Length) Grow(newLen);
            value.CopyTo(0, m_chars, m_length, n);
            m_length = newLen;
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (count == 0) return this;
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int newLen = m_length + count;
            if (newLen > m_chars.Length) Grow(newLen);
            value.CopyTo(startIndex, m_chars, m_length, count);
            m_length = newLen;
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null || value.Length == 0) return this;
            return Append(value, 0, value.Length);
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Value must be positive.");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (charCount > value.Length - startIndex) throw new ArgumentOutOfRangeException("charCount", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (charCount == 0) return this;
            int newLen = m_length + charCount;
            if (newLen > m_chars.Length) Grow(newLen);
            Array.Copy(value, startIndex, m_chars, m_length, charCount);
            m_length = newLen;
            return this;
        }

        public StringBuilder Append(StringBuilder value)
        {
            if (value == null || value.m_length == 0) return this;
            int newLen = m_length + value.m_length;
            if (newLen > m_chars.Length) Grow(newLen);
            Array.Copy(value.m_chars, 0, m_chars, m_length, value.m_length);
            m_length = newLen;
            return this;
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (value == null) return this;
            return Append(value.ToString(startIndex, count));
        }

        public StringBuilder Append(bool value) { return Append(value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Append(sbyte value) { return Append(value.ToString()); }
        public StringBuilder Append(byte value) { return Append(value.ToString()); }
        public StringBuilder Append(short value) { return Append(value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Append(ushort value) { return Append(value.ToString()); }
        public StringBuilder Append(int value) { return Append(value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Append(uint value) { return Append(value.ToString()); }
        public StringBuilder Append(long value) { return Append(value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Append(ulong value) { return Append(value.ToString()); }
        public StringBuilder Append(float value) { return Append(value.ToString()); }
        public StringBuilder Append(double value) { return Append(value.ToString()); }
        public StringBuilder Append(decimal value) { return Append(value.ToString()); }
        public StringBuilder Append(object value)
        {
            if (value == null) return this;
            return Append(value.ToString());
        }

        [CLSCompliant(false)]
        public unsafe StringBuilder Append(char* value, int valueCount)
        {
            if (valueCount < 0) throw new ArgumentOutOfRangeException("valueCount", "Count cannot be less than zero.");
            for (int i = 0; i < valueCount; i++) Append(value[i]);
            return this;
        }

        public StringBuilder AppendJoin(string separator, params object[] values) { return Append(string.Join(separator, values)); }
        public StringBuilder AppendJoin(string separator, params string[] values) { return Append(string.Join(separator, values)); }
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) { return Append(string.Join<T>(separator, values)); }
        public StringBuilder AppendJoin(char separator, params object[] values) { return Append(string.Join(separator, values)); }
        public StringBuilder AppendJoin(char separator, params string[] values) { return Append(string.Join(separator, values)); }
        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values) { return Append(string.Join<T>(separator, values)); }

        public StringBuilder AppendLine() { return Append(Environment.NewLine); }
        public StringBuilder AppendLine(string value) { Append(value); return Append(Environment.NewLine); }

        public StringBuilder AppendFormat(string format, object arg0) { return AppendFormatHelper(null, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1) { return AppendFormatHelper(null, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) { return AppendFormatHelper(null, format, new object[] { arg0, arg1, arg2 }); }
        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException((format == null) ? "format" : "args");
            return AppendFormatHelper(null, format, args);
        }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) { return AppendFormatHelper(provider, format, new object[] { arg0 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1) { return AppendFormatHelper(provider, format, new object[] { arg0, arg1 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return AppendFormatHelper(provider, format, new object[] { arg0, arg1, arg2 }); }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException((format == null) ? "format" : "args");
            return AppendFormatHelper(provider, format, args);
        }

        static void FormatError()
        {
            throw new FormatException("Input string was not in a correct format.");
        }

        // Composite formatting: {index[,alignment][:formatString]} with {{ and }} escapes.
        internal StringBuilder AppendFormatHelper(IFormatProvider provider, string format, object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            int pos = 0;
            int len = format.Length;
            ICustomFormatter cf = null;
            if (provider != null) cf = provider.GetFormat(typeof(ICustomFormatter)) as ICustomFormatter;
            while (true)
            {
                char ch = '\0';
                while (pos < len)
                {
                    ch = format[pos];
                    pos++;
                    if (ch == '}')
                    {
                        if (pos < len && format[pos] == '}') pos++;
                        else FormatError();
                    }
                    if (ch == '{')
                    {
                        if (pos < len && format[pos] == '{') pos++;
                        else
                        {
                            pos--;
                            break;
                        }
                    }
                    Append(ch);
                }
                if (pos == len) break;
                pos++;
                if (pos == len || (ch = format[pos]) < '0' || ch > '9') FormatError();
                int index = 0;
                do
                {
                    index = index * 10 + ch - '0';
                    pos++;
                    if (pos == len) FormatError();
                    ch = format[pos];
                } while (ch >= '0' && ch <= '9' && index < 1000000);
                if (index >= args.Length) throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                while (pos < len && (ch = format[pos]) == ' ') pos++;
                bool leftJustify = false;
                int width = 0;
                if (ch == ',')
                {
                    pos++;
                    while (pos < len && format[pos] == ' ') pos++;
                    if (pos == len) FormatError();
                    ch = format[pos];
                    if (ch == '-')
                    {
                        leftJustify = true;
                        pos++;
                        if (pos == len) FormatError();
                        ch = format[pos];
                    }
                    if (ch < '0' || ch > '9') FormatError();
                    do
                    {
                        width = width * 10 + ch - '0';
                        pos++;
                        if (pos == len) FormatError();
                        ch = format[pos];
                    } while (ch >= '0' && ch <= '9' && width < 1000000);
                }
                while (pos < len && (ch = format[pos]) == ' ') pos++;
                object arg = args[index];
                string fmt = null;
                if (ch == ':')
                {
                    pos++;
                    StringBuilder fsb = null;
                    while (true)
                    {
                        if (pos == len) FormatError();
                        ch = format[pos];
                        pos++;
                        if (ch == '{')
                        {
                            if (pos < len && format[pos] == '{') pos++;
                            else FormatError();
                        }
                        else if (ch == '}')
                        {
                            if (pos < len && format[pos] == '}') pos++;
                            else
                            {
                                pos--;
                                break;
                            }
                        }
                        if (fsb == null) fsb = new StringBuilder();
                        fsb.Append(ch);
                    }
                    if (fsb != null) fmt = fsb.ToString();
                }
                if (ch != '}') FormatError();
                pos++;
                string s = null;
                if (cf != null) s = cf.Format(fmt, arg, provider);
                if (s == null)
                {
                    IFormattable f = arg as IFormattable;
                    if (f != null) s = f.ToString(fmt, provider);
                    else if (arg != null) s = arg.ToString();
                }
                if (s == null) s = string.Empty;
                int pad = width - s.Length;
                if (!leftJustify && pad > 0) Append(' ', pad);
                Append(s);
                if (leftJustify && pad > 0) Append(' ', pad);
            }
            return this;
        }

        // ---- Insert ----
        void MakeRoom(int index, int count)
        {
            int newLen = m_length + count;
            if (newLen > m_chars.Length) Grow(newLen);
            Array.Copy(m_chars, index, m_chars, index + count, m_length - index);
            m_length = newLen;
        }

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null || value.Length == 0) return this;
            MakeRoom(index, value.Length);
            value.CopyTo(0, m_chars, index, value.Length);
            return this;
        }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null || value.Length == 0 || count == 0) return this;
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }

        public StringBuilder Insert(int index, char value)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            MakeRoom(index, 1);
            m_chars[index] = value;
            return this;
        }

        public StringBuilder Insert(int index, char[] value)
        {
            if ((uint)index > (uint)m_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value == null || value.Length == 0) return this;
            MakeRoom(index, value.Length);
            Array.Copy(value, 0, m_chars, index, value.Length);
            return this;
        }

        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount)
        {
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            return Insert(index, new string(value, startIndex, charCount));
        }

        public StringBuilder Insert(int index, bool value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Insert(int index, sbyte value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, byte value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, short value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Insert(int index, ushort value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, int value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Insert(int index, uint value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, long value) { return Insert(index, value.ToString()); }
        [CLSCompliant(false)]
        public StringBuilder Insert(int index, ulong value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, float value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, double value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, decimal value) { return Insert(index, value.ToString()); }
        public StringBuilder Insert(int index, object value) { return value == null ? this : Insert(index, value.ToString()); }

        // ---- Remove / Replace ----
        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length > m_length - startIndex) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length == 0) return this;
            Array.Copy(m_chars, startIndex + length, m_chars, startIndex, m_length - startIndex - length);
            m_length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar)
        {
            return Replace(oldChar, newChar, 0, m_length);
        }

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > m_length - count) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (m_chars[i] == oldChar) m_chars[i] = newChar;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue)
        {
            return Replace(oldValue, newValue, 0, m_length);
        }

        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)m_length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > m_length - count) throw new ArgumentOutOfRangeException("count", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("Empty name is not legal.", "oldValue");
            if (newValue == null) newValue = string.Empty;
            string before = string.FromCharArray(m_chars, 0, startIndex);
            string mid = string.FromCharArray(m_chars, startIndex, count).Replace(oldValue, newValue);
            string after = string.FromCharArray(m_chars, startIndex + count, m_length - startIndex - count);
            m_length = 0;
            Append(before).Append(mid).Append(after);
            return this;
        }

        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb.m_length != m_length) return false;
            for (int i = 0; i < m_length; i++)
                if (m_chars[i] != sb.m_chars[i]) return false;
            return true;
        }
    }
}
