using System.Text;

namespace System.IO
{
    // Primitive values as little-endian bytes; strings are prefixed with
    // their encoded byte length as a 7-bit encoded int.
    public class BinaryWriter : IDisposable
    {
        public static readonly BinaryWriter Null = new BinaryWriter();

        protected Stream OutStream;
        readonly Encoding _encoding;
        readonly bool _leaveOpen;
        readonly byte[] _buffer = new byte[16];

        protected BinaryWriter()
        {
            OutStream = Stream.Null;
            _encoding = new UTF8Encoding(false, true);
        }

        public BinaryWriter(Stream output) : this(output, new UTF8Encoding(false, true), false) { }

        public BinaryWriter(Stream output, Encoding encoding) : this(output, encoding, false) { }

        public BinaryWriter(Stream output, Encoding encoding, bool leaveOpen)
        {
            if (output == null) throw new ArgumentNullException("output");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!output.CanWrite) throw new ArgumentException("Stream was not writable.");
            OutStream = output;
            _encoding = encoding;
            _leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream
        {
            get
            {
                Flush();
                return OutStream;
            }
        }

        public virtual void Close() { Dispose(true); }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (_leaveOpen) OutStream.Flush();
                else OutStream.Close();
            }
        }

        public void Dispose() { Dispose(true); }

        public virtual void Flush() { OutStream.Flush(); }

        public virtual long Seek(int offset, SeekOrigin origin) { return OutStream.Seek(offset, origin); }

        void WriteLE(ulong v, int size)
        {
            for (int i = 0; i < size; i++)
            {
                _buffer[i] = (byte)v;
                v >>= 8;
            }
            OutStream.Write(_buffer, 0, size);
        }

        public virtual void Write(bool value) { OutStream.WriteByte(value ? (byte)1 : (byte)0); }
        public virtual void Write(byte value) { OutStream.WriteByte(value); }
        [CLSCompliant(false)]
        public virtual void Write(sbyte value) { OutStream.WriteByte((byte)value); }

        public virtual void Write(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            OutStream.Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(byte[] buffer, int index, int count) { OutStream.Write(buffer, index, count); }

        public virtual void Write(char ch)
        {
            if (char.IsSurrogate(ch)) throw new ArgumentException("Unicode surrogate characters must be written out as pairs together in the same call, not individually. Consider passing in a character array instead.");
            byte[] b = _encoding.GetBytes(new char[] { ch });
            OutStream.Write(b, 0, b.Length);
        }

        public virtual void Write(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            byte[] b = _encoding.GetBytes(chars, 0, chars.Length);
            OutStream.Write(b, 0, b.Length);
        }

        public virtual void Write(char[] chars, int index, int count)
        {
            byte[] b = _encoding.GetBytes(chars, index, count);
            OutStream.Write(b, 0, b.Length);
        }

        public virtual void Write(double value) { WriteLE((ulong)BitConverter.DoubleToInt64Bits(value), 8); }

        public virtual void Write(decimal value)
        {
            int[] bits = decimal.GetBits(value);
            for (int i = 0; i < 4; i++) WriteLE((uint)bits[i], 4);
        }

        public virtual void Write(short value) { WriteLE((ulong)(ushort)value, 2); }
        [CLSCompliant(false)]
        public virtual void Write(ushort value) { WriteLE(value, 2); }
        public virtual void Write(int value) { WriteLE((uint)value, 4); }
        [CLSCompliant(false)]
        public virtual void Write(uint value) { WriteLE(value, 4); }
        public virtual void Write(long value) { WriteLE((ulong)value, 8); }
        [CLSCompliant(false)]
        public virtual void Write(ulong value) { WriteLE(value, 8); }
        public virtual void Write(float value) { WriteLE((uint)BitConverter.SingleToInt32Bits(value), 4); }

        public virtual void Write(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            byte[] b = _encoding.GetBytes(value);
            Write7BitEncodedInt(b.Length);
            OutStream.Write(b, 0, b.Length);
        }

        protected void Write7BitEncodedInt(int value)
        {
            uint v = (uint)value;
            while (v >= 0x80)
            {
                Write((byte)(v | 0x80));
                v >>= 7;
            }
            Write((byte)v);
        }
    }

    public class BinaryReader : IDisposable
    {
        Stream _stream;
        readonly Encoding _encoding;
        readonly Decoder _decoder;
        readonly bool _leaveOpen;
        readonly byte[] _buffer = new byte[16];
        readonly char[] _single = new char[2];
        int _pendingChar = -1;

        public BinaryReader(Stream input) : this(input, new UTF8Encoding(), false) { }

        public BinaryReader(Stream input, Encoding encoding) : this(input, encoding, false) { }

        public BinaryReader(Stream input, Encoding encoding, bool leaveOpen)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!input.CanRead) throw new ArgumentException("Stream was not readable.");
            _stream = input;
            _encoding = encoding;
            _decoder = encoding.GetDecoder();
            _leaveOpen = leaveOpen;
        }

        public virtual Stream BaseStream { get { return _stream; } }

        public virtual void Close() { Dispose(true); }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing && _stream != null && !_leaveOpen) _stream.Close();
            _stream = null;
        }

        public void Dispose() { Dispose(true); }

        Stream Open()
        {
            if (_stream == null) throw new ObjectDisposedException(null, "Cannot access a closed file.");
            return _stream;
        }

        static void EndOfStream() { throw new EndOfStreamException("Unable to read beyond the end of the stream."); }

        protected virtual void FillBuffer(int numBytes)
        {
            if (numBytes < 0 || numBytes > _buffer.Length) throw new ArgumentOutOfRangeException("numBytes", "The number of bytes requested does not fit into BinaryReader's internal buffer.");
            Stream s = Open();
            if (numBytes == 1)
            {
                int b = s.ReadByte();
                if (b == -1) EndOfStream();
                _buffer[0] = (byte)b;
                return;
            }
            int read = 0;
            while (read < numBytes)
            {
                int n = s.Read(_buffer, read, numBytes - read);
                if (n == 0) EndOfStream();
                read += n;
            }
        }

        ulong ReadLE(int size)
        {
            FillBuffer(size);
            ulong v = 0;
            for (int i = size - 1; i >= 0; i--) v = (v << 8) | _buffer[i];
            return v;
        }

        // ReadOneChar decodes the next character, or returns -1 at the end of
        // the stream.
        int ReadOneChar()
        {
            if (_pendingChar >= 0)
            {
                int c = _pendingChar;
                _pendingChar = -1;
                return c;
            }
            Stream s = Open();
            byte[] one = new byte[1];
            while (true)
            {
                int b = s.ReadByte();
                int n;
                if (b == -1)
                {
                    n = _decoder.GetChars(one, 0, 0, _single, 0, true);
                    if (n == 0) return -1;
                }
                else
                {
                    one[0] = (byte)b;
                    n = _decoder.GetChars(one, 0, 1, _single, 0, false);
                }
                if (n > 0)
                {
                    if (n > 1) _pendingChar = _single[1];
                    return _single[0];
                }
            }
        }

        public virtual int PeekChar()
        {
            Stream s = Open();
            if (!s.CanSeek) return -1;
            if (_pendingChar >= 0) return _pendingChar;
            long pos = s.Position;
            int c = ReadOneChar();
            _pendingChar = -1;
            _decoder.Reset();
            s.Position = pos;
            return c;
        }

        public virtual int Read() { return ReadOneChar(); }

        public virtual bool ReadBoolean()
        {
            FillBuffer(1);
            return _buffer[0] != 0;
        }

        public virtual byte ReadByte()
        {
            int b = Open().ReadByte();
            if (b == -1) EndOfStream();
            return (byte)b;
        }

        [CLSCompliant(false)]
        public virtual sbyte ReadSByte()
        {
            FillBuffer(1);
            return (sbyte)_buffer[0];
        }

        public virtual char ReadChar()
        {
            int c = ReadOneChar();
            if (c == -1) EndOfStream();
            return (char)c;
        }

        public virtual short ReadInt16() { return (short)ReadLE(2); }
        [CLSCompliant(false)]
        public virtual ushort ReadUInt16() { return (ushort)ReadLE(2); }
        public virtual int ReadInt32() { return (int)ReadLE(4); }
        [CLSCompliant(false)]
        public virtual uint ReadUInt32() { return (uint)ReadLE(4); }
        public virtual long ReadInt64() { return (long)ReadLE(8); }
        [CLSCompliant(false)]
        public virtual ulong ReadUInt64() { return ReadLE(8); }
        public virtual float ReadSingle() { return BitConverter.Int32BitsToSingle((int)ReadLE(4)); }
        public virtual double ReadDouble() { return BitConverter.Int64BitsToDouble((long)ReadLE(8)); }

        public virtual decimal ReadDecimal()
        {
            FillBuffer(16);
            int[] bits = new int[4];
            for (int i = 0; i < 4; i++)
                bits[i] = _buffer[4 * i] | (_buffer[4 * i + 1] << 8) | (_buffer[4 * i + 2] << 16) | (_buffer[4 * i + 3] << 24);
            try { return new decimal(bits); }
            catch (ArgumentException e) { throw new IOException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.", e); }
        }

        public virtual string ReadString()
        {
            Stream s = Open();
            int len = Read7BitEncodedInt();
            if (len < 0) throw new IOException("BinaryReader encountered an invalid string length of " + len + " characters.");
            if (len == 0) return string.Empty;
            byte[] b = new byte[len];
            int read = 0;
            while (read < len)
            {
                int n = s.Read(b, read, len - read);
                if (n == 0) EndOfStream();
                read += n;
            }
            return _encoding.GetString(b, 0, len);
        }

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Open();
            int n = 0;
            while (n < count)
            {
                int c = ReadOneChar();
                if (c == -1) break;
                buffer[index + n++] = (char)c;
            }
            return n;
        }

        public virtual char[] ReadChars(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            Open();
            char[] r = new char[count];
            int n = Read(r, 0, count);
            if (n != count)
            {
                char[] c = new char[n];
                Array.Copy(r, c, n);
                r = c;
            }
            return r;
        }

        public virtual int Read(byte[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            return Open().Read(buffer, index, count);
        }

        public virtual byte[] ReadBytes(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            Stream s = Open();
            byte[] r = new byte[count];
            int read = 0;
            while (read < count)
            {
                int n = s.Read(r, read, count - read);
                if (n == 0) break;
                read += n;
            }
            if (read != count)
            {
                byte[] c = new byte[read];
                Array.Copy(r, c, read);
                r = c;
            }
            return r;
        }

        protected internal int Read7BitEncodedInt()
        {
            int value = 0;
            int shift = 0;
            while (true)
            {
                if (shift == 35) throw new FormatException("Too many bytes in what should have been a 7 bit encoded Int32.");
                byte b = ReadByte();
                value |= (b & 0x7F) << shift;
                shift += 7;
                if ((b & 0x80) == 0) return value;
            }
        }
    }
}
