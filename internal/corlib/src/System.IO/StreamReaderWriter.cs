using System.Text;

namespace System.IO
{
    // Characters are buffered and encoded into the stream on Flush (or when
    // the buffer fills, or after each write with AutoFlush).
    [Serializable]
    public class StreamWriter : TextWriter
    {
        public static new readonly StreamWriter Null = new StreamWriter(Stream.Null, new UTF8Encoding(false, true), 128, true);

        const int DefaultBufferSize = 1024;

        Stream stream;
        readonly Encoding encoding;
        readonly Encoder encoder;
        char[] charBuffer;
        int charPos;
        bool autoFlush;
        bool haveWrittenPreamble;
        readonly bool leaveOpen;

        public StreamWriter(Stream stream) : this(stream, new UTF8Encoding(false, true), DefaultBufferSize, false) { }

        public StreamWriter(Stream stream, Encoding encoding) : this(stream, encoding, DefaultBufferSize, false) { }

        public StreamWriter(Stream stream, Encoding encoding, int bufferSize) : this(stream, encoding, bufferSize, false) { }

        public StreamWriter(Stream stream, Encoding encoding, int bufferSize, bool leaveOpen) : base(null)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!stream.CanWrite) throw new ArgumentException("Stream was not writable.");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            this.stream = stream;
            this.encoding = encoding;
            encoder = encoding.GetEncoder();
            charBuffer = new char[bufferSize < 128 ? 128 : bufferSize];
            this.leaveOpen = leaveOpen;
            if (stream.CanSeek && stream.Position > 0) haveWrittenPreamble = true;
        }

        public virtual bool AutoFlush
        {
            get { return autoFlush; }
            set
            {
                CheckOpen();
                autoFlush = value;
                if (value) Flush(true, false);
            }
        }

        public virtual Stream BaseStream { get { return stream; } }

        public override Encoding Encoding { get { return encoding; } }

        void CheckOpen()
        {
            if (stream == null) throw new ObjectDisposedException(null, "Can not write to a closed TextWriter.");
        }

        void Flush(bool flushStream, bool flushEncoder)
        {
            CheckOpen();
            if (!haveWrittenPreamble)
            {
                haveWrittenPreamble = true;
                byte[] preamble = encoding.GetPreamble();
                if (preamble.Length > 0) stream.Write(preamble, 0, preamble.Length);
            }
            int count = encoder.GetByteCount(charBuffer, 0, charPos, flushEncoder);
            byte[] bytes = new byte[count];
            int n = encoder.GetBytes(charBuffer, 0, charPos, bytes, 0, flushEncoder);
            charPos = 0;
            if (n > 0) stream.Write(bytes, 0, n);
            if (flushStream) stream.Flush();
        }

        public override void Flush() { Flush(true, true); }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (stream != null && disposing) Flush(true, true);
            }
            finally
            {
                if (stream != null && disposing && !leaveOpen) stream.Close();
                stream = null;
                charBuffer = null;
            }
        }

        public override void Close() { Dispose(true); }

        public override void Write(char value)
        {
            CheckOpen();
            if (charPos == charBuffer.Length) Flush(false, false);
            charBuffer[charPos++] = value;
            if (autoFlush) Flush(true, false);
        }

        public override void Write(char[] buffer)
        {
            if (buffer != null) Write(buffer, 0, buffer.Length);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            CheckOpen();
            while (count > 0)
            {
                if (charPos == charBuffer.Length) Flush(false, false);
                int n = charBuffer.Length - charPos;
                if (n > count) n = count;
                Array.Copy(buffer, index, charBuffer, charPos, n);
                charPos += n;
                index += n;
                count -= n;
            }
            if (autoFlush) Flush(true, false);
        }

        public override void Write(string value)
        {
            if (value == null) return;
            CheckOpen();
            int index = 0;
            int count = value.Length;
            while (count > 0)
            {
                if (charPos == charBuffer.Length) Flush(false, false);
                int n = charBuffer.Length - charPos;
                if (n > count) n = count;
                value.CopyTo(index, charBuffer, charPos, n);
                charPos += n;
                index += n;
                count -= n;
            }
            if (autoFlush) Flush(true, false);
        }
    }

    // Bytes are read from the stream in blocks and decoded into a character
    // buffer; the encoding may be detected from a byte order mark.
    [Serializable]
    public class StreamReader : TextReader
    {
        public static new readonly StreamReader Null = new NullStreamReader();

        const int DefaultBufferSize = 1024;

        Stream stream;
        Encoding encoding;
        Decoder decoder;
        byte[] byteBuffer;
        int byteLen;
        char[] charBuffer;
        int charPos;
        int charLen;
        bool detectEncoding;
        bool checkPreamble;
        bool isEof;
        bool isBlocked;
        readonly bool leaveOpen;

        internal StreamReader() { }

        public StreamReader(Stream stream) : this(stream, true) { }

        public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks) : this(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks, DefaultBufferSize, false) { }

        public StreamReader(Stream stream, Encoding encoding) : this(stream, encoding, true, DefaultBufferSize, false) { }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(stream, encoding, detectEncodingFromByteOrderMarks, DefaultBufferSize, false) { }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize) : this(stream, encoding, detectEncodingFromByteOrderMarks, bufferSize, false) { }

        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize, bool leaveOpen)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (encoding == null) throw new ArgumentNullException("encoding");
            if (!stream.CanRead) throw new ArgumentException("Stream was not readable.");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "Positive number required.");
            this.stream = stream;
            this.encoding = encoding;
            decoder = encoding.GetDecoder();
            if (bufferSize < 128) bufferSize = 128;
            byteBuffer = new byte[bufferSize];
            charBuffer = new char[encoding.GetMaxCharCount(bufferSize) + 2];
            detectEncoding = detectEncodingFromByteOrderMarks;
            checkPreamble = encoding.GetPreamble().Length > 0;
            this.leaveOpen = leaveOpen;
        }

        public virtual Encoding CurrentEncoding { get { return encoding; } }

        public virtual Stream BaseStream { get { return stream; } }

        public bool EndOfStream
        {
            get
            {
                CheckOpen();
                if (charPos < charLen) return false;
                return ReadBuffer() == 0;
            }
        }

        void CheckOpen()
        {
            if (stream == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
        }

        public override void Close() { Dispose(true); }

        protected override void Dispose(bool disposing)
        {
            if (disposing && stream != null && !leaveOpen) stream.Close();
            stream = null;
            charPos = charLen = byteLen = 0;
        }

        public void DiscardBufferedData()
        {
            byteLen = 0;
            charPos = charLen = 0;
            isEof = false;
            isBlocked = false;
            decoder = encoding.GetDecoder();
        }

        // SkipPreamble drops a byte order mark at the start of the stream:
        // the encoding's own, or (when detecting) any known one, which then
        // selects the encoding.
        int SkipPreamble(int n)
        {
            if (checkPreamble)
            {
                checkPreamble = false;
                byte[] pre = encoding.GetPreamble();
                bool match = n >= pre.Length;
                for (int i = 0; match && i < pre.Length; i++) match = byteBuffer[i] == pre[i];
                if (match)
                {
                    detectEncoding = false;
                    return pre.Length;
                }
            }
            if (!detectEncoding || n < 2) return 0;
            detectEncoding = false;
            byte b0 = byteBuffer[0], b1 = byteBuffer[1];
            if (b0 == 0xFE && b1 == 0xFF) return Switch(new UnicodeEncoding(true, true), 2);
            if (b0 == 0xFF && b1 == 0xFE)
            {
                if (n >= 4 && byteBuffer[2] == 0 && byteBuffer[3] == 0) return Switch(new UTF32Encoding(), 4);
                return Switch(new UnicodeEncoding(false, true), 2);
            }
            if (n >= 3 && b0 == 0xEF && b1 == 0xBB && byteBuffer[2] == 0xBF) return Switch(Encoding.UTF8, 3);
            return 0;
        }

        int Switch(Encoding e, int skip)
        {
            encoding = e;
            decoder = e.GetDecoder();
            int need = e.GetMaxCharCount(byteBuffer.Length) + 2;
            if (charBuffer.Length < need) charBuffer = new char[need];
            return skip;
        }

        // ReadBuffer refills the character buffer; it returns the number of
        // characters available (0 at the end of the stream).
        int ReadBuffer()
        {
            charPos = 0;
            charLen = 0;
            while (charLen == 0)
            {
                if (isEof) return 0;
                byteLen = stream.Read(byteBuffer, 0, byteBuffer.Length);
                isBlocked = byteLen < byteBuffer.Length;
                int start = 0;
                if (byteLen == 0)
                {
                    isEof = true;
                    charLen = decoder.GetChars(byteBuffer, 0, 0, charBuffer, 0, true);
                    return charLen;
                }
                if (checkPreamble || detectEncoding)
                {
                    // A byte order mark may arrive split over small reads.
                    while (byteLen < 4)
                    {
                        int more = stream.Read(byteBuffer, byteLen, byteBuffer.Length - byteLen);
                        if (more == 0) break;
                        byteLen += more;
                    }
                    start = SkipPreamble(byteLen);
                }
                charLen = decoder.GetChars(byteBuffer, start, byteLen - start, charBuffer, 0, false);
            }
            return charLen;
        }

        public override int Peek()
        {
            CheckOpen();
            if (charPos == charLen && ReadBuffer() == 0) return -1;
            return charBuffer[charPos];
        }

        public override int Read()
        {
            CheckOpen();
            if (charPos == charLen && ReadBuffer() == 0) return -1;
            return charBuffer[charPos++];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            CheckOpen();
            int read = 0;
            while (count > 0)
            {
                int n = charLen - charPos;
                if (n == 0) n = ReadBuffer();
                if (n == 0) break;
                if (n > count) n = count;
                Array.Copy(charBuffer, charPos, buffer, index + read, n);
                charPos += n;
                read += n;
                count -= n;
                if (isBlocked) break;
            }
            return read;
        }

        public override string ReadToEnd()
        {
            CheckOpen();
            StringBuilder sb = new StringBuilder(charLen - charPos);
            do
            {
                sb.Append(charBuffer, charPos, charLen - charPos);
                charPos = charLen;
            } while (ReadBuffer() > 0);
            return sb.ToString();
        }

        public override string ReadLine()
        {
            CheckOpen();
            if (charPos == charLen && ReadBuffer() == 0) return null;
            StringBuilder sb = null;
            while (true)
            {
                int i = charPos;
                while (i < charLen)
                {
                    char ch = charBuffer[i];
                    if (ch == '\r' || ch == '\n')
                    {
                        string s;
                        if (sb != null)
                        {
                            sb.Append(charBuffer, charPos, i - charPos);
                            s = sb.ToString();
                        }
                        else s = new string(charBuffer, charPos, i - charPos);
                        charPos = i + 1;
                        if (ch == '\r' && (charPos < charLen || ReadBuffer() > 0) && charBuffer[charPos] == '\n') charPos++;
                        return s;
                    }
                    i++;
                }
                if (sb == null) sb = new StringBuilder(charLen - charPos + 80);
                sb.Append(charBuffer, charPos, charLen - charPos);
                charPos = charLen;
                if (ReadBuffer() == 0) return sb.ToString();
            }
        }

        sealed class NullStreamReader : StreamReader
        {
            public override Stream BaseStream { get { return Stream.Null; } }
            public override Encoding CurrentEncoding { get { return Encoding.Unicode; } }
            protected override void Dispose(bool disposing) { }
            public override int Peek() { return -1; }
            public override int Read() { return -1; }
            public override int Read(char[] buffer, int index, int count) { return 0; }
            public override string ReadLine() { return null; }
            public override string ReadToEnd() { return string.Empty; }
        }
    }
}
