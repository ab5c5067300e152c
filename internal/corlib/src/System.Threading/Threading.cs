using System.Runtime.CompilerServices;

namespace System.Threading
{
    public delegate void ThreadStart();
    public delegate void ParameterizedThreadStart(object obj);
    public delegate void WaitCallback(object state);
    public delegate void TimerCallback(object state);
    public delegate void ContextCallback(object state);
    public delegate void SendOrPostCallback(object state);

    public static class Monitor
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalEnter(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool InternalTryEnter(object obj, int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalExit(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool InternalIsEntered(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool InternalWait(object obj, int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalPulse(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalPulseAll(object obj);

        static void CheckObj(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
        }

        public static void Enter(object obj)
        {
            CheckObj(obj);
            InternalEnter(obj);
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("Argument must be initialized to false", "lockTaken");
            CheckObj(obj);
            InternalEnter(obj);
            lockTaken = true;
        }

        public static void Exit(object obj)
        {
            CheckObj(obj);
            if (!InternalIsEntered(obj)) throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
            InternalExit(obj);
        }

        public static bool TryEnter(object obj) { return TryEnter(obj, 0); }

        public static void TryEnter(object obj, ref bool lockTaken) { TryEnter(obj, 0, ref lockTaken); }

        public static bool TryEnter(object obj, int millisecondsTimeout)
        {
            CheckObj(obj);
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return InternalTryEnter(obj, millisecondsTimeout);
        }

        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("Argument must be initialized to false", "lockTaken");
            lockTaken = TryEnter(obj, millisecondsTimeout);
        }

        public static bool TryEnter(object obj, TimeSpan timeout) { return TryEnter(obj, ToMs(timeout)); }
        public static void TryEnter(object obj, TimeSpan timeout, ref bool lockTaken) { TryEnter(obj, ToMs(timeout), ref lockTaken); }

        static int ToMs(TimeSpan timeout)
        {
            long tm = (long)timeout.TotalMilliseconds;
            if (tm < -1 || tm > int.MaxValue) throw new ArgumentOutOfRangeException("timeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            return (int)tm;
        }

        public static bool IsEntered(object obj)
        {
            CheckObj(obj);
            return InternalIsEntered(obj);
        }

        public static bool Wait(object obj) { return Wait(obj, Timeout.Infinite); }
        public static bool Wait(object obj, TimeSpan timeout) { return Wait(obj, ToMs(timeout)); }
        public static bool Wait(object obj, int millisecondsTimeout, bool exitContext) { return Wait(obj, millisecondsTimeout); }
        public static bool Wait(object obj, TimeSpan timeout, bool exitContext) { return Wait(obj, ToMs(timeout)); }

        public static bool Wait(object obj, int millisecondsTimeout)
        {
            CheckObj(obj);
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (!InternalIsEntered(obj)) throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
            return InternalWait(obj, millisecondsTimeout);
        }

        public static void Pulse(object obj)
        {
            CheckObj(obj);
            if (!InternalIsEntered(obj)) throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
            InternalPulse(obj);
        }

        public static void PulseAll(object obj)
        {
            CheckObj(obj);
            if (!InternalIsEntered(obj)) throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
            InternalPulseAll(obj);
        }
    }

    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, -1);
    }

    public static class Interlocked
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int CompareExchange(ref int location1, int value, int comparand);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long CompareExchange(ref long location1, long value, long comparand);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double CompareExchange(ref double location1, double value, double comparand);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern float CompareExchange(ref float location1, float value, float comparand);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern object CompareExchange(ref object location1, object value, object comparand);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern IntPtr CompareExchange(ref IntPtr location1, IntPtr value, IntPtr comparand);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern T CompareExchange<T>(ref T location1, T value, T comparand) where T : class;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Exchange(ref int location1, int value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long Exchange(ref long location1, long value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Exchange(ref double location1, double value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern float Exchange(ref float location1, float value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern object Exchange(ref object location1, object value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern IntPtr Exchange(ref IntPtr location1, IntPtr value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern T Exchange<T>(ref T location1, T value) where T : class;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int Add(ref int location1, int value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long Add(ref long location1, long value);

        public static int Increment(ref int location) { return Add(ref location, 1); }
        public static long Increment(ref long location) { return Add(ref location, 1); }
        public static int Decrement(ref int location) { return Add(ref location, -1); }
        public static long Decrement(ref long location) { return Add(ref location, -1); }
        public static long Read(ref long location) { return CompareExchange(ref location, 0, 0); }
        public static void MemoryBarrier() { }
        public static void MemoryBarrierProcessWide() { }
    }

    public static class Volatile
    {
        public static bool Read(ref bool location) { return location; }
        public static byte Read(ref byte location) { return location; }
        public static short Read(ref short location) { return location; }
        public static int Read(ref int location) { return location; }
        public static long Read(ref long location) { return Interlocked.Read(ref location); }
        public static double Read(ref double location) { return location; }
        public static float Read(ref float location) { return location; }
        public static IntPtr Read(ref IntPtr location) { return location; }
        public static T Read<T>(ref T location) where T : class { return location; }
        [CLSCompliant(false)] public static sbyte Read(ref sbyte location) { return location; }
        [CLSCompliant(false)] public static ushort Read(ref ushort location) { return location; }
        [CLSCompliant(false)] public static uint Read(ref uint location) { return location; }
        [CLSCompliant(false)] public static ulong Read(ref ulong location) { return location; }
        [CLSCompliant(false)] public static UIntPtr Read(ref UIntPtr location) { return location; }
        [CLSCompliant(false)] public static void Write(ref sbyte location, sbyte value) { location = value; }
        [CLSCompliant(false)] public static void Write(ref ushort location, ushort value) { location = value; }
        [CLSCompliant(false)] public static void Write(ref uint location, uint value) { location = value; }
        [CLSCompliant(false)] public static void Write(ref ulong location, ulong value) { location = value; }
        [CLSCompliant(false)] public static void Write(ref UIntPtr location, UIntPtr value) { location = value; }
        public static void Write(ref bool location, bool value) { location = value; }
        public static void Write(ref byte location, byte value) { location = value; }
        public static void Write(ref short location, short value) { location = value; }
        public static void Write(ref int location, int value) { location = value; }
        public static void Write(ref long location, long value) { Interlocked.Exchange(ref location, value); }
        public static void Write(ref double location, double value) { location = value; }
        public static void Write(ref float location, float value) { location = value; }
        public static void Write(ref IntPtr location, IntPtr value) { location = value; }
        public static void Write<T>(ref T location, T value) where T : class { location = value; }
    }

    [Flags]
    public enum ThreadState
    {
        Running = 0, StopRequested = 1, SuspendRequested = 2, Background = 4, Unstarted = 8, Stopped = 16,
        WaitSleepJoin = 32, Suspended = 64, AbortRequested = 128, Aborted = 256,
    }

    public enum ThreadPriority { Lowest = 0, BelowNormal = 1, Normal = 2, AboveNormal = 3, Highest = 4 }

    // Thread objects are created in C#; the runtime associates an OS-level thread (goroutine)
    // with the object when Start is called and keys its bookkeeping by the object identity.
    public sealed class Thread
    {
        Delegate start;
        object startArg;
        string name;
        bool isBackground;
        int maxStackSize;
        internal int started;   // 0 = unstarted, 1 = started
        ThreadPriority priority = ThreadPriority.Normal;

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalStart(Thread thread);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool InternalJoin(Thread thread, int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalSleep(int millisecondsTimeout);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Thread InternalCurrentThread();

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int InternalGetManagedThreadId(Thread thread);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool InternalIsAlive(Thread thread);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalYield();

        public Thread(ThreadStart start)
        {
            if (start == null) throw new ArgumentNullException("start");
            this.start = start;
        }

        public Thread(ThreadStart start, int maxStackSize) : this(start) { this.maxStackSize = maxStackSize; }

        public Thread(ParameterizedThreadStart start)
        {
            if (start == null) throw new ArgumentNullException("start");
            this.start = start;
        }

        public Thread(ParameterizedThreadStart start, int maxStackSize) : this(start) { this.maxStackSize = maxStackSize; }

        // Called by the runtime on the new thread.
        internal void StartCallback()
        {
            ThreadStart ts = start as ThreadStart;
            if (ts != null) ts();
            else ((ParameterizedThreadStart)start)(startArg);
        }

        public void Start()
        {
            if (Interlocked.CompareExchange(ref started, 1, 0) != 0)
                throw new ThreadStateException("Thread has already been started.");
            InternalStart(this);
        }

        public void Start(object parameter)
        {
            if (start is ThreadStart)
                throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            startArg = parameter;
            Start();
        }

        public void Join()
        {
            if (started == 0) throw new ThreadStateException("Thread has not been started.");
            InternalJoin(this, Timeout.Infinite);
        }

        public bool Join(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (started == 0) throw new ThreadStateException("Thread has not been started.");
            return InternalJoin(this, millisecondsTimeout);
        }

        public bool Join(TimeSpan timeout) { return Join((int)timeout.TotalMilliseconds); }

        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            InternalSleep(millisecondsTimeout);
        }

        public static void Sleep(TimeSpan timeout) { Sleep((int)timeout.TotalMilliseconds); }

        public static bool Yield()
        {
            InternalYield();
            return true;
        }

        public static void SpinWait(int iterations) { InternalYield(); }
        public static int VolatileRead(ref int address) { return address; }
        public static long VolatileRead(ref long address) { return Interlocked.Read(ref address); }
        public static double VolatileRead(ref double address) { return address; }
        public static object VolatileRead(ref object address) { return address; }
        public static byte VolatileRead(ref byte address) { return address; }
        public static short VolatileRead(ref short address) { return address; }
        public static float VolatileRead(ref float address) { return address; }
        public static IntPtr VolatileRead(ref IntPtr address) { return address; }
        public static void VolatileWrite(ref int address, int value) { address = value; }
        public static void VolatileWrite(ref long address, long value) { Interlocked.Exchange(ref address, value); }
        public static void VolatileWrite(ref double address, double value) { address = value; }
        public static void VolatileWrite(ref object address, object value) { address = value; }
        public static void VolatileWrite(ref byte address, byte value) { address = value; }
        public static void VolatileWrite(ref short address, short value) { address = value; }
        public static void VolatileWrite(ref float address, float value) { address = value; }
        public static void VolatileWrite(ref IntPtr address, IntPtr value) { address = value; }
        public static void BeginCriticalRegion() { }
        public static void EndCriticalRegion() { }
        public static void BeginThreadAffinity() { }
        public static void EndThreadAffinity() { }
        public static int GetCurrentProcessorId() { return 0; }
        public void Interrupt() { }
        public void Abort() { throw new PlatformNotSupportedException("Thread abort is not supported on this platform."); }
        public void Abort(object stateInfo) { Abort(); }
        public static void MemoryBarrier() { }

        public static Thread CurrentThread { get { return InternalCurrentThread(); } }

        public int ManagedThreadId { get { return InternalGetManagedThreadId(this); } }

        public bool IsAlive { get { return InternalIsAlive(this); } }

        public bool IsBackground
        {
            get { return isBackground; }
            set { isBackground = value; }
        }

        public bool IsThreadPoolThread { get { return false; } }

        public string Name
        {
            get { return name; }
            set
            {
                if (name != null) throw new InvalidOperationException("This property has already been set and cannot be modified.");
                name = value;
            }
        }

        public ThreadPriority Priority { get { return priority; } set { priority = value; } }

        public ThreadState ThreadState
        {
            get
            {
                if (started == 0) return ThreadState.Unstarted;
                if (IsAlive) return isBackground ? ThreadState.Background : ThreadState.Running;
                return ThreadState.Stopped;
            }
        }

        public System.Globalization.CultureInfo CurrentCulture
        {
            get { return System.Globalization.CultureInfo.CurrentCulture; }
            set { System.Globalization.CultureInfo.CurrentCulture = value; }
        }

        public System.Globalization.CultureInfo CurrentUICulture
        {
            get { return System.Globalization.CultureInfo.CurrentUICulture; }
            set { System.Globalization.CultureInfo.CurrentUICulture = value; }
        }

        public override int GetHashCode() { return ManagedThreadId; }
    }

    public abstract class WaitHandle : IDisposable
    {
        public const int WaitTimeout = 258;
        protected WaitHandle() { }
        public virtual bool WaitOne() { return WaitOne(Timeout.Infinite); }
        public virtual bool WaitOne(int millisecondsTimeout) { return WaitCore(millisecondsTimeout); }
        public virtual bool WaitOne(TimeSpan timeout) { return WaitOne((int)timeout.TotalMilliseconds); }
        public virtual bool WaitOne(int millisecondsTimeout, bool exitContext) { return WaitOne(millisecondsTimeout); }
        internal virtual bool WaitCore(int millisecondsTimeout) { return true; }
        public virtual void Close() { Dispose(true); }
        public void Dispose() { Dispose(true); }
        protected virtual void Dispose(bool explicitDisposing) { }

        public static bool WaitAll(WaitHandle[] waitHandles)
        {
            foreach (WaitHandle h in waitHandles) h.WaitOne();
            return true;
        }

        public static int WaitAny(WaitHandle[] waitHandles)
        {
            while (true)
            {
                for (int i = 0; i < waitHandles.Length; i++)
                    if (waitHandles[i].WaitOne(0)) return i;
                Thread.Sleep(1);
            }
        }
    }

    public enum EventResetMode { AutoReset = 0, ManualReset = 1 }

    public class EventWaitHandle : WaitHandle
    {
        readonly object sync = new object();
        bool signaled;
        EventResetMode mode;

        public EventWaitHandle(bool initialState, EventResetMode mode)
        {
            signaled = initialState;
            this.mode = mode;
        }

        public bool Set()
        {
            lock (sync)
            {
                signaled = true;
                Monitor.PulseAll(sync);
            }
            return true;
        }

        public bool Reset()
        {
            lock (sync) signaled = false;
            return true;
        }

        internal override bool WaitCore(int millisecondsTimeout)
        {
            lock (sync)
            {
                long deadline = millisecondsTimeout < 0 ? long.MaxValue : Environment.TickCount64 + millisecondsTimeout;
                while (!signaled)
                {
                    if (millisecondsTimeout < 0) Monitor.Wait(sync);
                    else
                    {
                        long left = deadline - Environment.TickCount64;
                        if (left <= 0) return false;
                        Monitor.Wait(sync, (int)left);
                    }
                }
                if (mode == EventResetMode.AutoReset) signaled = false;
                return true;
            }
        }
    }

    public sealed class AutoResetEvent : EventWaitHandle
    {
        public AutoResetEvent(bool initialState) : base(initialState, EventResetMode.AutoReset) { }
    }

    public sealed class ManualResetEvent : EventWaitHandle
    {
        public ManualResetEvent(bool initialState) : base(initialState, EventResetMode.ManualReset) { }
    }

    public class ManualResetEventSlim : IDisposable
    {
        ManualResetEvent ev;
        bool isSet;
        public ManualResetEventSlim() : this(false) { }
        public ManualResetEventSlim(bool initialState) { ev = new ManualResetEvent(initialState); isSet = initialState; }
        public bool IsSet { get { return isSet; } }
        public void Set() { isSet = true; ev.Set(); }
        public void Reset() { isSet = false; ev.Reset(); }
        public void Wait() { ev.WaitOne(); }
        public bool Wait(int millisecondsTimeout) { return ev.WaitOne(millisecondsTimeout); }
        public void Dispose() { }
    }

    public class CountdownEvent : IDisposable
    {
        readonly object sync = new object();
        int initial;
        int current;

        public CountdownEvent(int initialCount)
        {
            if (initialCount < 0) throw new ArgumentOutOfRangeException("initialCount");
            initial = initialCount;
            current = initialCount;
        }

        public int CurrentCount { get { return current; } }
        public int InitialCount { get { return initial; } }
        public bool IsSet { get { return current <= 0; } }

        public bool Signal()
        {
            lock (sync)
            {
                if (current <= 0) throw new InvalidOperationException("Invalid attempt made to decrement the event's count below zero.");
                current--;
                if (current == 0) Monitor.PulseAll(sync);
                return current == 0;
            }
        }

        public void AddCount() { lock (sync) current++; }
        public void Reset() { lock (sync) current = initial; }

        public void Wait()
        {
            lock (sync)
            {
                while (current > 0) Monitor.Wait(sync);
            }
        }

        public void Dispose() { }
    }

    public class SemaphoreSlim : IDisposable
    {
        readonly object sync = new object();
        int count;
        int max;

        public SemaphoreSlim(int initialCount) : this(initialCount, int.MaxValue) { }
        public SemaphoreSlim(int initialCount, int maxCount) { count = initialCount; max = maxCount; }

        public int CurrentCount { get { return count; } }

        public void Wait()
        {
            lock (sync)
            {
                while (count == 0) Monitor.Wait(sync);
                count--;
            }
        }

        public bool Wait(int millisecondsTimeout)
        {
            lock (sync)
            {
                if (count == 0)
                {
                    if (millisecondsTimeout == 0) return false;
                    if (millisecondsTimeout < 0) { while (count == 0) Monitor.Wait(sync); }
                    else
                    {
                        Monitor.Wait(sync, millisecondsTimeout);
                        if (count == 0) return false;
                    }
                }
                count--;
                return true;
            }
        }

        public int Release() { return Release(1); }

        public int Release(int releaseCount)
        {
            lock (sync)
            {
                int old = count;
                if (count + releaseCount > max) throw new SemaphoreFullException();
                count += releaseCount;
                Monitor.PulseAll(sync);
                return old;
            }
        }

        public void Dispose() { }
    }

    public struct CancellationToken
    {
        CancellationTokenSource source;

        internal CancellationToken(CancellationTokenSource source) { this.source = source; }
        public CancellationToken(bool canceled) { source = canceled ? CancellationTokenSource.CanceledSource : null; }

        public static CancellationToken None { get { return default(CancellationToken); } }
        public bool IsCancellationRequested { get { return source != null && source.IsCancellationRequested; } }
        public bool CanBeCanceled { get { return source != null; } }

        public void ThrowIfCancellationRequested()
        {
            if (IsCancellationRequested) throw new OperationCanceledException("The operation was canceled.", this);
        }

        public CancellationTokenRegistration Register(Action callback, bool useSynchronizationContext) { return Register(callback); }
        public CancellationTokenRegistration Register(Action<object> callback, object state)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return Register(delegate { callback(state); });
        }
        public CancellationTokenRegistration Register(Action<object> callback, object state, bool useSynchronizationContext) { return Register(callback, state); }

        public CancellationTokenRegistration Register(Action callback)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            if (source != null) source.AddCallback(callback);
            return new CancellationTokenRegistration();
        }

        public bool Equals(CancellationToken other) { return source == other.source; }
        public override bool Equals(object other) { return other is CancellationToken && Equals((CancellationToken)other); }
        public override int GetHashCode() { return source == null ? 0 : source.GetHashCode(); }
        public static bool operator ==(CancellationToken left, CancellationToken right) { return left.Equals(right); }
        public static bool operator !=(CancellationToken left, CancellationToken right) { return !left.Equals(right); }
    }

    public struct CancellationTokenRegistration : IDisposable
    {
        public void Dispose() { }
    }

    public class CancellationTokenSource : IDisposable
    {
        internal static readonly CancellationTokenSource CanceledSource = CreateCanceled();
        volatile bool canceled;
        System.Collections.Generic.List<Action> callbacks;

        static CancellationTokenSource CreateCanceled()
        {
            CancellationTokenSource s = new CancellationTokenSource();
            s.canceled = true;
            return s;
        }

        public CancellationTokenSource() { }

        public bool IsCancellationRequested { get { return canceled; } }
        public CancellationToken Token { get { return new CancellationToken(this); } }

        internal void AddCallback(Action a)
        {
            bool run = false;
            lock (this)
            {
                if (canceled) run = true;
                else
                {
                    if (callbacks == null) callbacks = new System.Collections.Generic.List<Action>();
                    callbacks.Add(a);
                }
            }
            if (run) a();
        }

        public void Cancel()
        {
            System.Collections.Generic.List<Action> cbs;
            lock (this)
            {
                if (canceled) return;
                canceled = true;
                cbs = callbacks;
                callbacks = null;
            }
            if (cbs != null)
                for (int i = cbs.Count - 1; i >= 0; i--) cbs[i]();
        }

        public void Cancel(bool throwOnFirstException) { Cancel(); }
        public void Dispose() { }
    }

    public static class ThreadPool
    {
        public static bool QueueUserWorkItem(WaitCallback callBack) { return QueueUserWorkItem(callBack, null); }

        public static bool QueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            Thread t = new Thread(delegate () { callBack(state); });
            t.IsBackground = true;
            t.Start();
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(WaitCallback callBack, object state) { return QueueUserWorkItem(callBack, state); }
        public static bool QueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            return QueueUserWorkItem(delegate (object o) { callBack(state); }, null);
        }
        public static void GetAvailableThreads(out int workerThreads, out int completionPortThreads) { workerThreads = 1000; completionPortThreads = 1000; }
        public static bool SetMinThreads(int workerThreads, int completionPortThreads) { return true; }
        public static bool SetMaxThreads(int workerThreads, int completionPortThreads) { return true; }
        public static void GetMinThreads(out int workerThreads, out int completionPortThreads) { workerThreads = 1; completionPortThreads = 1; }
        public static void GetMaxThreads(out int workerThreads, out int completionPortThreads) { workerThreads = 1000; completionPortThreads = 1000; }
    }
}
