using System.Runtime.CompilerServices;

namespace System.Diagnostics
{
    public class Stopwatch
    {
        public static readonly long Frequency = 10000000;
        public static readonly bool IsHighResolution = true;

        long elapsed;
        long started;
        bool isRunning;

        // Monotonic clock in 100 ns ticks.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long GetTimestamp();

        public Stopwatch() { }

        public static Stopwatch StartNew()
        {
            Stopwatch s = new Stopwatch();
            s.Start();
            return s;
        }

        public void Start()
        {
            if (!isRunning)
            {
                started = GetTimestamp();
                isRunning = true;
            }
        }

        public void Stop()
        {
            if (isRunning)
            {
                elapsed += GetTimestamp() - started;
                isRunning = false;
                if (elapsed < 0) elapsed = 0;
            }
        }

        public void Reset()
        {
            elapsed = 0;
            isRunning = false;
            started = 0;
        }

        public void Restart()
        {
            elapsed = 0;
            started = GetTimestamp();
            isRunning = true;
        }

        public bool IsRunning { get { return isRunning; } }

        public long ElapsedTicks
        {
            get
            {
                long t = elapsed;
                if (isRunning) t += GetTimestamp() - started;
                return t;
            }
        }

        public TimeSpan Elapsed { get { return new TimeSpan(ElapsedTicks); } }
        public long ElapsedMilliseconds { get { return ElapsedTicks / 10000; } }
    }

    public static class Debug
    {
        [Conditional("DEBUG")] public static void Assert(bool condition) { if (!condition) throw new InvalidOperationException("Assertion failed."); }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message) { if (!condition) throw new InvalidOperationException("Assertion failed. " + message); }
        [Conditional("DEBUG")] public static void WriteLine(string message) { Console.Error.WriteLine(message); }
        [Conditional("DEBUG")] public static void WriteLine(object value) { Console.Error.WriteLine(value); }
        [Conditional("DEBUG")] public static void WriteLine(string format, params object[] args) { Console.Error.WriteLine(format, args); }
        [Conditional("DEBUG")] public static void Write(string message) { Console.Error.Write(message); }
        [Conditional("DEBUG")] public static void Print(string message) { Console.Error.WriteLine(message); }
        [Conditional("DEBUG")] public static void Fail(string message) { throw new InvalidOperationException(message); }
    }

    public static class Trace
    {
        [Conditional("TRACE")] public static void WriteLine(string message) { Console.Error.WriteLine(message); }
        [Conditional("TRACE")] public static void WriteLine(object value) { Console.Error.WriteLine(value); }
        [Conditional("TRACE")] public static void Write(string message) { Console.Error.Write(message); }
        [Conditional("TRACE")] public static void Assert(bool condition) { }
        [Conditional("TRACE")] public static void Assert(bool condition, string message) { }
        [Conditional("TRACE")] public static void TraceInformation(string message) { }
    }
}
