using System.IO;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public static class Console
    {
        // fd: 1 = stdout, 2 = stderr. Writes the UTF-16 string encoded as UTF-8.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalWrite(int fd, string value);

        // Reads one line from stdin without its terminator ("\n" or "\r\n"); null at end of input.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string InternalReadLine();

        // Reads one UTF-16 code unit from stdin; -1 at end of input.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalRead();

        static TextWriter stdout;
        static TextWriter stderr;
        static TextReader stdin;

        public static TextWriter Out
        {
            get
            {
                if (stdout == null) stdout = TextWriter.Synchronized(new ConsoleWriter(1));
                return stdout;
            }
        }

        public static TextWriter Error
        {
            get
            {
                if (stderr == null) stderr = TextWriter.Synchronized(new ConsoleWriter(2));
                return stderr;
            }
        }

        public static TextReader In
        {
            get
            {
                if (stdin == null) stdin = new ConsoleReader();
                return stdin;
            }
        }

        public static void SetOut(TextWriter newOut)
        {
            if (newOut == null) throw new ArgumentNullException("newOut");
            stdout = newOut;
        }

        public static void SetError(TextWriter newError)
        {
            if (newError == null) throw new ArgumentNullException("newError");
            stderr = newError;
        }

        public static void SetIn(TextReader newIn)
        {
            if (newIn == null) throw new ArgumentNullException("newIn");
            stdin = newIn;
        }

        public static bool IsOutputRedirected { get { return true; } }
        public static bool IsErrorRedirected { get { return true; } }
        public static bool IsInputRedirected { get { return true; } }

        public static Encoding OutputEncoding { get { return Encoding.UTF8; } set { } }
        public static Encoding InputEncoding { get { return Encoding.UTF8; } set { } }

        public static ConsoleColor ForegroundColor { get { return ConsoleColor.Gray; } set { } }
        public static ConsoleColor BackgroundColor { get { return ConsoleColor.Black; } set { } }
        public static void ResetColor() { }
        public static void Clear() { }
        public static int WindowWidth { get { return 80; } set { } }
        public static int WindowHeight { get { return 25; } set { } }
        public static int BufferWidth { get { return 80; } set { } }
        public static int BufferHeight { get { return 25; } set { } }
        public static bool CursorVisible { get { return true; } set { } }
        public static bool KeyAvailable { get { return false; } }
        public static string Title { get { return string.Empty; } set { } }
        public static void Beep() { }
        public static void Beep(int frequency, int duration) { }
        public static int CursorLeft { get { return 0; } set { } }
        public static int CursorTop { get { return 0; } set { } }
        public static int CursorSize { get { return 25; } set { } }
        public static int WindowLeft { get { return 0; } set { } }
        public static int WindowTop { get { return 0; } set { } }
        public static int LargestWindowWidth { get { return 80; } }
        public static int LargestWindowHeight { get { return 25; } }
        public static bool CapsLock { get { return false; } }
        public static bool NumberLock { get { return false; } }
        public static bool TreatControlCAsInput { get { return false; } set { } }
        public static void SetCursorPosition(int left, int top) { }
        public static void SetWindowPosition(int left, int top) { }
        public static void SetWindowSize(int width, int height) { }
        public static void SetBufferSize(int width, int height) { }

        public static Stream OpenStandardOutput() { return new ConsoleStream(1); }
        public static Stream OpenStandardOutput(int bufferSize) { return new ConsoleStream(1); }
        public static Stream OpenStandardError() { return new ConsoleStream(2); }
        public static Stream OpenStandardError(int bufferSize) { return new ConsoleStream(2); }
        public static Stream OpenStandardInput() { return new ConsoleStream(0); }
        public static Stream OpenStandardInput(int bufferSize) { return new ConsoleStream(0); }

        public static string ReadLine() { return In.ReadLine(); }
        public static int Read() { return In.Read(); }

        public static void WriteLine() { Out.WriteLine(); }
        public static void WriteLine(bool value) { Out.WriteLine(value); }
        public static void WriteLine(char value) { Out.WriteLine(value); }
        public static void WriteLine(char[] buffer) { Out.WriteLine(buffer); }
        public static void WriteLine(char[] buffer, int index, int count) { Out.WriteLine(buffer, index, count); }
        public static void WriteLine(decimal value) { Out.WriteLine(value); }
        public static void WriteLine(double value) { Out.WriteLine(value); }
        public static void WriteLine(float value) { Out.WriteLine(value); }
        public static void WriteLine(int value) { Out.WriteLine(value); }
        [CLSCompliant(false)]
        public static void WriteLine(uint value) { Out.WriteLine(value); }
        public static void WriteLine(long value) { Out.WriteLine(value); }
        [CLSCompliant(false)]
        public static void WriteLine(ulong value) { Out.WriteLine(value); }
        public static void WriteLine(object value) { Out.WriteLine(value); }
        public static void WriteLine(string value) { Out.WriteLine(value); }
        public static void WriteLine(string format, object arg0) { Out.WriteLine(format, arg0); }
        public static void WriteLine(string format, object arg0, object arg1) { Out.WriteLine(format, arg0, arg1); }
        public static void WriteLine(string format, object arg0, object arg1, object arg2) { Out.WriteLine(format, arg0, arg1, arg2); }
        public static void WriteLine(string format, params object[] arg)
        {
            if (arg == null) Out.WriteLine(format, null, null);
            else Out.WriteLine(format, arg);
        }

        public static void Write(bool value) { Out.Write(value); }
        public static void Write(char value) { Out.Write(value); }
        public static void Write(char[] buffer) { Out.Write(buffer); }
        public static void Write(char[] buffer, int index, int count) { Out.Write(buffer, index, count); }
        public static void Write(decimal value) { Out.Write(value); }
        public static void Write(double value) { Out.Write(value); }
        public static void Write(float value) { Out.Write(value); }
        public static void Write(int value) { Out.Write(value); }
        [CLSCompliant(false)]
        public static void Write(uint value) { Out.Write(value); }
        public static void Write(long value) { Out.Write(value); }
        [CLSCompliant(false)]
        public static void Write(ulong value) { Out.Write(value); }
        public static void Write(object value) { Out.Write(value); }
        public static void Write(string value) { Out.Write(value); }
        public static void Write(string format, object arg0) { Out.Write(format, arg0); }
        public static void Write(string format, object arg0, object arg1) { Out.Write(format, arg0, arg1); }
        public static void Write(string format, object arg0, object arg1, object arg2) { Out.Write(format, arg0, arg1, arg2); }
        public static void Write(string format, params object[] arg)
        {
            if (arg == null) Out.Write(format, null, null);
            else Out.Write(format, arg);
        }

        sealed class ConsoleWriter : TextWriter
        {
            int fd;
            char[] buf = new char[1];

            public ConsoleWriter(int fd) { this.fd = fd; CoreNewLine = new char[] { '\n' }; }

            public override Encoding Encoding { get { return Encoding.UTF8; } }

            public override void Write(char value)
            {
                InternalWrite(fd, new string(value, 1));
            }

            public override void Write(char[] buffer, int index, int count)
            {
                if (buffer == null) throw new ArgumentNullException("buffer");
                if (count > 0) InternalWrite(fd, new string(buffer, index, count));
            }

            public override void Write(string value)
            {
                if (value != null && value.Length > 0) InternalWrite(fd, value);
            }

            public override void WriteLine(string value)
            {
                if (value == null || value.Length == 0) InternalWrite(fd, "\n");
                else InternalWrite(fd, string.Concat(value, "\n"));
            }

            public override void WriteLine()
            {
                InternalWrite(fd, "\n");
            }
        }

        sealed class ConsoleReader : TextReader
        {
            // -2: nothing peeked; -1: end of input was peeked; otherwise the peeked char.
            int peeked = -2;

            public override string ReadLine()
            {
                if (peeked == -2) return InternalReadLine();
                int c = peeked;
                peeked = -2;
                if (c == -1) return null;
                if (c == '\n') return string.Empty;
                if (c == '\r')
                {
                    int d = InternalRead();
                    if (d == '\n' || d == -1) return string.Empty;
                    string tail = InternalReadLine();
                    return string.Concat(new string((char)d, 1), tail ?? string.Empty);
                }
                string rest = InternalReadLine();
                return string.Concat(new string((char)c, 1), rest ?? string.Empty);
            }

            public override int Read()
            {
                if (peeked != -2)
                {
                    int c = peeked;
                    peeked = -2;
                    return c;
                }
                return InternalRead();
            }

            public override int Peek()
            {
                if (peeked == -2) peeked = InternalRead();
                return peeked;
            }

            public override string ReadToEnd()
            {
                StringBuilder sb = new StringBuilder();
                int c;
                while ((c = Read()) >= 0) sb.Append((char)c);
                return sb.ToString();
            }
        }

        sealed class ConsoleStream : Stream
        {
            int fd;
            public ConsoleStream(int fd) { this.fd = fd; }
            public override bool CanRead { get { return fd == 0; } }
            public override bool CanWrite { get { return fd != 0; } }
            public override bool CanSeek { get { return false; } }
            public override long Length { get { throw new NotSupportedException("Stream does not support seeking."); } }
            public override long Position { get { throw new NotSupportedException("Stream does not support seeking."); } set { throw new NotSupportedException("Stream does not support seeking."); } }
            public override void Flush() { }
            public override long Seek(long offset, SeekOrigin origin) { throw new NotSupportedException("Stream does not support seeking."); }
            public override void SetLength(long value) { throw new NotSupportedException("Stream does not support seeking."); }
            public override int Read(byte[] buffer, int offset, int count)
            {
                int n = 0;
                while (n < count)
                {
                    int c = InternalRead();
                    if (c < 0) break;
                    buffer[offset + n++] = (byte)c;
                    if (c == '\n') break;
                }
                return n;
            }
            public override void Write(byte[] buffer, int offset, int count)
            {
                InternalWrite(fd, Encoding.UTF8.GetString(buffer, offset, count));
            }
        }
    }

    [Serializable]
    public enum ConsoleColor
    {
        Black, DarkBlue, DarkGreen, DarkCyan, DarkRed, DarkMagenta, DarkYellow, Gray,
        DarkGray, Blue, Green, Cyan, Red, Magenta, Yellow, White,
    }
}
