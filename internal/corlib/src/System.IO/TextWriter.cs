using System.Text;

namespace System.IO
{
    [Serializable]
    public abstract class TextWriter : IDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();

        protected char[] CoreNewLine = new char[] { '\n' };
        IFormatProvider internalFormatProvider;

        protected TextWriter() { }
        protected TextWriter(IFormatProvider formatProvider) { internalFormatProvider = formatProvider; }

        public virtual IFormatProvider FormatProvider { get { return internalFormatProvider; } }

        public abstract Encoding Encoding { get; }

        public virtual string NewLine
        {
            get { return new string(CoreNewLine); }
            set
            {
                if (value == null) value = Environment.NewLine;
                CoreNewLine = value.ToCharArray();
            }
        }

        public static TextWriter Synchronized(TextWriter writer)
        {
            if (writer == null) throw new ArgumentNullException("writer");
            return writer;
        }

        public virtual void Close() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { }
        public void Dispose() { Dispose(true); }
        public virtual void Flush() { }

        public virtual void Write(char value) { }

        public virtual void Write(char[] buffer)
        {
            if (buffer != null) Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < count; i++) Write(buffer[index + i]);
        }

        public virtual void Write(bool value) { Write(value ? "True" : "False"); }
        public virtual void Write(int value) { Write(value.ToString(FormatProvider)); }
        [CLSCompliant(false)]
        public virtual void Write(uint value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(long value) { Write(value.ToString(FormatProvider)); }
        [CLSCompliant(false)]
        public virtual void Write(ulong value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(float value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(double value) { Write(value.ToString(FormatProvider)); }
        public virtual void Write(decimal value) { Write(value.ToString(FormatProvider)); }

        public virtual void Write(string value)
        {
            if (value != null) Write(value.ToCharArray());
        }

        public virtual void Write(object value)
        {
            if (value != null)
            {
                IFormattable f = value as IFormattable;
                if (f != null) Write(f.ToString(null, FormatProvider));
                else Write(value.ToString());
            }
        }

        public virtual void Write(string format, object arg0) { Write(string.Format(FormatProvider, format, arg0)); }
        public virtual void Write(string format, object arg0, object arg1) { Write(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void Write(string format, object arg0, object arg1, object arg2) { Write(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void Write(string format, params object[] arg) { Write(string.Format(FormatProvider, format, arg)); }

        public virtual void WriteLine() { Write(CoreNewLine); }
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(bool value) { WriteLine(value ? "True" : "False"); }
        public virtual void WriteLine(int value) { WriteLine(value.ToString(FormatProvider)); }
        [CLSCompliant(false)]
        public virtual void WriteLine(uint value) { WriteLine(value.ToString(FormatProvider)); }
        public virtual void WriteLine(long value) { WriteLine(value.ToString(FormatProvider)); }
        [CLSCompliant(false)]
        public virtual void WriteLine(ulong value) { WriteLine(value.ToString(FormatProvider)); }
        public virtual void WriteLine(float value) { WriteLine(value.ToString(FormatProvider)); }
        public virtual void WriteLine(double value) { WriteLine(value.ToString(FormatProvider)); }
        public virtual void WriteLine(decimal value) { WriteLine(value.ToString(FormatProvider)); }

        public virtual void WriteLine(string value)
        {
            if (value != null) Write(value);
            Write(CoreNewLine);
        }

        public virtual void WriteLine(object value)
        {
            if (value == null) WriteLine();
            else
            {
                IFormattable f = value as IFormattable;
                if (f != null) WriteLine(f.ToString(null, FormatProvider));
                else WriteLine(value.ToString());
            }
        }

        public virtual void WriteLine(string format, object arg0) { WriteLine(string.Format(FormatProvider, format, arg0)); }
        public virtual void WriteLine(string format, object arg0, object arg1) { WriteLine(string.Format(FormatProvider, format, arg0, arg1)); }
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) { WriteLine(string.Format(FormatProvider, format, arg0, arg1, arg2)); }
        public virtual void WriteLine(string format, params object[] arg) { WriteLine(string.Format(FormatProvider, format, arg)); }

        public virtual System.Threading.Tasks.Task WriteAsync(char value) { Write(value); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteAsync(string value) { Write(value); return System.Threading.Tasks.Task.CompletedTask; }
        public System.Threading.Tasks.Task WriteAsync(char[] buffer) { Write(buffer); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteAsync(char[] buffer, int index, int count) { Write(buffer, index, count); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteLineAsync(char value) { WriteLine(value); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteLineAsync(string value) { WriteLine(value); return System.Threading.Tasks.Task.CompletedTask; }
        public System.Threading.Tasks.Task WriteLineAsync(char[] buffer) { WriteLine(buffer); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteLineAsync(char[] buffer, int index, int count) { WriteLine(buffer, index, count); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task WriteLineAsync() { WriteLine(); return System.Threading.Tasks.Task.CompletedTask; }
        public virtual System.Threading.Tasks.Task FlushAsync() { Flush(); return System.Threading.Tasks.Task.CompletedTask; }

        sealed class NullTextWriter : TextWriter
        {
            public override Encoding Encoding { get { return Encoding.UTF8; } }
            public override void Write(char value) { }
            public override void Write(string value) { }
            public override void Write(char[] buffer, int index, int count) { }
        }
    }

    [Serializable]
    public class StringWriter : TextWriter
    {
        StringBuilder sb;
        bool isOpen;

        public StringWriter() : this(new StringBuilder()) { }
        public StringWriter(IFormatProvider formatProvider) : this(new StringBuilder(), formatProvider) { }
        public StringWriter(StringBuilder sb) : this(sb, null) { }
        public StringWriter(StringBuilder sb, IFormatProvider formatProvider) : base(formatProvider)
        {
            if (sb == null) throw new ArgumentNullException("sb", "Buffer cannot be null.");
            this.sb = sb;
            isOpen = true;
        }

        public override Encoding Encoding { get { return Encoding.Unicode; } }

        public virtual StringBuilder GetStringBuilder() { return sb; }

        protected override void Dispose(bool disposing) { isOpen = false; }

        public override void Write(char value) { sb.Append(value); }
        public override void Write(char[] buffer, int index, int count) { sb.Append(buffer, index, count); }
        public override void Write(string value) { if (value != null) sb.Append(value); }
        public override string ToString() { return sb.ToString(); }
    }

    [Serializable]
    public abstract class TextReader : IDisposable
    {
        public static readonly TextReader Null = new StringReader(string.Empty);

        protected TextReader() { }

        public virtual void Close() { Dispose(true); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool disposing) { }

        public virtual int Peek() { return -1; }
        public virtual int Read() { return -1; }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int n = 0;
            do
            {
                int ch = Read();
                if (ch == -1) break;
                buffer[index + n++] = (char)ch;
            } while (n < count);
            return n;
        }

        public virtual int ReadBlock(char[] buffer, int index, int count)
        {
            int i, n = 0;
            do
            {
                n += (i = Read(buffer, index + n, count - n));
            } while (i > 0 && n < count);
            return n;
        }

        public virtual string ReadToEnd()
        {
            char[] chars = new char[4096];
            int len;
            StringBuilder sb = new StringBuilder(4096);
            while ((len = Read(chars, 0, chars.Length)) != 0) sb.Append(chars, 0, len);
            return sb.ToString();
        }

        public virtual string ReadLine()
        {
            StringBuilder sb = new StringBuilder();
            while (true)
            {
                int ch = Read();
                if (ch == -1) break;
                if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && Peek() == '\n') Read();
                    return sb.ToString();
                }
                sb.Append((char)ch);
            }
            if (sb.Length > 0) return sb.ToString();
            return null;
        }

        public virtual System.Threading.Tasks.Task<string> ReadLineAsync() { return System.Threading.Tasks.Task.FromResult(ReadLine()); }
        public virtual System.Threading.Tasks.Task<string> ReadToEndAsync() { return System.Threading.Tasks.Task.FromResult(ReadToEnd()); }
        public virtual System.Threading.Tasks.Task<int> ReadAsync(char[] buffer, int index, int count) { return System.Threading.Tasks.Task.FromResult(Read(buffer, index, count)); }
        public virtual System.Threading.Tasks.Task<int> ReadBlockAsync(char[] buffer, int index, int count) { return System.Threading.Tasks.Task.FromResult(ReadBlock(buffer, index, count)); }

        public static TextReader Synchronized(TextReader reader)
        {
            if (reader == null) throw new ArgumentNullException("reader");
            return reader;
        }
    }

    [Serializable]
    public class StringReader : TextReader
    {
        string s;
        int pos;
        int length;

        public StringReader(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            this.s = s;
            length = s.Length;
        }

        protected override void Dispose(bool disposing)
        {
            s = null;
            pos = 0;
            length = 0;
        }

        void CheckOpen()
        {
            if (s == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
        }

        public override int Peek()
        {
            CheckOpen();
            if (pos == length) return -1;
            return s[pos];
        }

        public override int Read()
        {
            CheckOpen();
            if (pos == length) return -1;
            return s[pos++];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            CheckOpen();
            int n = length - pos;
            if (n > 0)
            {
                if (n > count) n = count;
                s.CopyTo(pos, buffer, index, n);
                pos += n;
            }
            return n;
        }

        public override string ReadToEnd()
        {
            CheckOpen();
            string r = pos == 0 ? s : s.Substring(pos, length - pos);
            pos = length;
            return r;
        }

        public override string ReadLine()
        {
            CheckOpen();
            int i = pos;
            while (i < length)
            {
                char ch = s[i];
                if (ch == '\r' || ch == '\n')
                {
                    string result = s.Substring(pos, i - pos);
                    pos = i + 1;
                    if (ch == '\r' && pos < length && s[pos] == '\n') pos++;
                    return result;
                }
                i++;
            }
            if (i > pos)
            {
                string result = s.Substring(pos, i - pos);
                pos = i;
                return result;
            }
            return null;
        }
    }

    [Serializable]
    public enum SeekOrigin { Begin = 0, Current = 1, End = 2 }

    [Serializable]
    public abstract class Stream : IDisposable
    {
        public static readonly Stream Null = new NullStream();

        // NullStream accepts and discards every write; reads find nothing.
        [Serializable]
        sealed class NullStream : Stream
        {
            public override bool CanRead { get { return true; } }
            public override bool CanSeek { get { return true; } }
            public override bool CanWrite { get { return true; } }
            public override long Length { get { return 0; } }
            public override long Position { get { return 0; } set { } }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) { return 0; }
            public override void SetLength(long length) { }
            public override int Read(byte[] buffer, int offset, int count) { return 0; }
            public override int ReadByte() { return -1; }
            public override void Write(byte[] buffer, int offset, int count) { }
            public override void WriteByte(byte value) { }
        }

        protected Stream() { }

        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public virtual bool CanTimeout { get { return false; } }
        public abstract long Length { get; }
        public abstract long Position { get; set; }

        public abstract void Flush();
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual int ReadByte()
        {
            byte[] b = new byte[1];
            if (Read(b, 0, 1) == 0) return -1;
            return b[0];
        }

        public virtual void WriteByte(byte value)
        {
            Write(new byte[] { value }, 0, 1);
        }

        public void CopyTo(Stream destination) { CopyTo(destination, 81920); }

        public void CopyTo(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            byte[] buffer = new byte[bufferSize];
            int read;
            while ((read = Read(buffer, 0, buffer.Length)) != 0) destination.Write(buffer, 0, read);
        }

        public virtual void Close() { Dispose(true); }
        public void Dispose() { Close(); }
        protected virtual void Dispose(bool disposing) { }
    }

    [Serializable]
    public class MemoryStream : Stream
    {
        byte[] buffer;
        int origin;
        int position;
        int length;
        bool writable;
        bool expandable;
        bool exposable;
        bool isOpen = true;

        public MemoryStream() : this(0) { }

        public MemoryStream(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            buffer = new byte[capacity];
            writable = true;
            expandable = true;
            exposable = true;
        }

        public MemoryStream(byte[] buffer) : this(buffer, true) { }

        public MemoryStream(byte[] buffer, bool writable)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            this.buffer = buffer;
            length = buffer.Length;
            this.writable = writable;
        }

        public MemoryStream(byte[] buffer, int index, int count) : this(buffer, index, count, true, false) { }

        public MemoryStream(byte[] buffer, int index, int count, bool writable) : this(buffer, index, count, writable, false) { }

        public MemoryStream(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            this.buffer = buffer;
            origin = position = index;
            length = index + count;
            this.writable = writable;
            exposable = publiclyVisible;
        }

        void EnsureOpen()
        {
            if (!isOpen) throw new ObjectDisposedException(null, "Cannot access a closed Stream.");
        }

        void EnsureWritable()
        {
            if (!writable) throw new NotSupportedException("Stream does not support writing.");
        }

        public override bool CanRead { get { return isOpen; } }
        public override bool CanSeek { get { return isOpen; } }
        public override bool CanWrite { get { return writable; } }

        public override long Length
        {
            get
            {
                EnsureOpen();
                return length - origin;
            }
        }

        protected override void Dispose(bool disposing)
        {
            isOpen = false;
            writable = false;
            expandable = false;
        }

        public virtual int Capacity
        {
            get
            {
                EnsureOpen();
                return buffer.Length - origin;
            }
            set
            {
                if (value < length - origin) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                EnsureOpen();
                if (!expandable && value != Capacity) throw new NotSupportedException("Memory stream is not expandable.");
                if (expandable && value != buffer.Length)
                {
                    byte[] n = new byte[value];
                    if (length > 0) Array.Copy(buffer, n, length);
                    buffer = n;
                }
            }
        }

        public override long Position
        {
            get
            {
                EnsureOpen();
                return position - origin;
            }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                EnsureOpen();
                if (value > int.MaxValue) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                position = origin + (int)value;
            }
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin loc)
        {
            EnsureOpen();
            long p;
            switch (loc)
            {
                case SeekOrigin.Begin: p = origin + offset; break;
                case SeekOrigin.Current: p = position + offset; break;
                case SeekOrigin.End: p = length + offset; break;
                default: throw new ArgumentException("Invalid seek origin.");
            }
            if (p < origin) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            position = (int)p;
            return p - origin;
        }

        void EnsureCapacity(int value)
        {
            if (value > buffer.Length)
            {
                if (!expandable) throw new NotSupportedException("Memory stream is not expandable.");
                int newCap = buffer.Length * 2;
                if (newCap < 256) newCap = 256;
                if (newCap < value) newCap = value;
                Capacity = newCap;
            }
        }

        public override void SetLength(long value)
        {
            if (value < 0 || value > int.MaxValue) throw new ArgumentOutOfRangeException("value", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            EnsureWritable();
            int newLength = origin + (int)value;
            EnsureCapacity(newLength);
            if (newLength > length) Array.Clear(buffer, length, newLength - length);
            length = newLength;
            if (position > newLength) position = newLength;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - offset < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            EnsureOpen();
            int n = length - position;
            if (n > count) n = count;
            if (n <= 0) return 0;
            Array.Copy(this.buffer, position, buffer, offset, n);
            position += n;
            return n;
        }

        public override int ReadByte()
        {
            EnsureOpen();
            if (position >= length) return -1;
            return buffer[position++];
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - offset < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            EnsureOpen();
            EnsureWritable();
            int end = position + count;
            if (end > length)
            {
                EnsureCapacity(end);
                if (position > length) Array.Clear(this.buffer, length, position - length);
            }
            Array.Copy(buffer, offset, this.buffer, position, count);
            position = end;
            if (end > length) length = end;
        }

        public override void WriteByte(byte value)
        {
            EnsureOpen();
            EnsureWritable();
            if (position >= length)
            {
                EnsureCapacity(position + 1);
                if (position > length) Array.Clear(buffer, length, position - length);
                length = position + 1;
            }
            buffer[position++] = value;
        }

        public virtual byte[] ToArray()
        {
            byte[] r = new byte[length - origin];
            Array.Copy(buffer, origin, r, 0, length - origin);
            return r;
        }

        public virtual byte[] GetBuffer()
        {
            if (!exposable) throw new UnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed.");
            return buffer;
        }

        public virtual bool TryGetBuffer(out ArraySegment<byte> buffer)
        {
            if (!exposable)
            {
                buffer = default(ArraySegment<byte>);
                return false;
            }
            buffer = new ArraySegment<byte>(this.buffer, origin, length - origin);
            return true;
        }

        public virtual void WriteTo(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException("stream", "Stream cannot be null.");
            EnsureOpen();
            stream.Write(buffer, origin, length - origin);
        }
    }
}
