using System.Collections.Generic;

namespace System.Threading
{
    public enum LockRecursionPolicy { NoRecursion = 0, SupportsRecursion = 1 }

    // Many readers or one writer, plus at most one upgradeable reader that
    // coexists with readers and may become the writer. All state is guarded
    // by a monitor; waiters sleep on it and are woken on every release.
    // Waiting writers (and a waiting upgrade) keep new readers out.
    public class ReaderWriterLockSlim : IDisposable
    {
        readonly object sync = new object();
        readonly LockRecursionPolicy policy;
        readonly Dictionary<int, int> readCounts = new Dictionary<int, int>();
        int writer = -1;
        int writeCount;
        int upgrader = -1;
        int upgradeCount;
        int waitingReaders, waitingWriters, waitingUpgraders;
        bool disposed;

        public ReaderWriterLockSlim() : this(LockRecursionPolicy.NoRecursion) { }

        public ReaderWriterLockSlim(LockRecursionPolicy recursionPolicy) { policy = recursionPolicy; }

        public LockRecursionPolicy RecursionPolicy { get { return policy; } }

        static int Me { get { return Thread.CurrentThread.ManagedThreadId; } }

        bool Recursive { get { return policy == LockRecursionPolicy.SupportsRecursion; } }

        void CheckDisposed()
        {
            if (disposed) throw new ObjectDisposedException(null);
        }

        static int ToTimeout(TimeSpan timeout)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue) throw new ArgumentOutOfRangeException("timeout");
            return (int)ms;
        }

        static void CheckTimeout(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
        }

        // Wait sleeps on the monitor until woken or the deadline passes; it
        // returns false once the deadline has passed.
        bool Wait(int timeout, long start)
        {
            if (timeout == Timeout.Infinite)
            {
                Monitor.Wait(sync);
                return true;
            }
            long left = timeout - (Environment.TickCount64 - start);
            if (left <= 0) return false;
            Monitor.Wait(sync, (int)left);
            return true;
        }

        int ReadCountOf(int id)
        {
            int n;
            return readCounts.TryGetValue(id, out n) ? n : 0;
        }

        public void EnterReadLock() { TryEnterReadLock(Timeout.Infinite); }
        public bool TryEnterReadLock(TimeSpan timeout) { return TryEnterReadLock(ToTimeout(timeout)); }

        public bool TryEnterReadLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            int me = Me;
            lock (sync)
            {
                CheckDisposed();
                int held = ReadCountOf(me);
                if (held > 0)
                {
                    if (!Recursive) throw new LockRecursionException("Recursive read lock acquisitions not allowed in this mode.");
                    readCounts[me] = held + 1;
                    return true;
                }
                if (writer == me)
                {
                    if (!Recursive) throw new LockRecursionException("A read lock may not be acquired with the write lock held in this mode.");
                    readCounts[me] = 1;
                    return true;
                }
                if (upgrader != me)
                {
                    long start = Environment.TickCount64;
                    waitingReaders++;
                    try
                    {
                        while (writer != -1 || waitingWriters > 0)
                            if (!Wait(millisecondsTimeout, start)) return false;
                    }
                    finally { waitingReaders--; }
                }
                readCounts[me] = 1;
                return true;
            }
        }

        public void ExitReadLock()
        {
            int me = Me;
            lock (sync)
            {
                int held = ReadCountOf(me);
                if (held == 0) throw new SynchronizationLockException("The read lock is being released without being held.");
                if (held == 1) readCounts.Remove(me);
                else readCounts[me] = held - 1;
                Monitor.PulseAll(sync);
            }
        }

        public void EnterWriteLock() { TryEnterWriteLock(Timeout.Infinite); }
        public bool TryEnterWriteLock(TimeSpan timeout) { return TryEnterWriteLock(ToTimeout(timeout)); }

        public bool TryEnterWriteLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            int me = Me;
            lock (sync)
            {
                CheckDisposed();
                if (writer == me)
                {
                    if (!Recursive) throw new LockRecursionException("Recursive write lock acquisitions not allowed in this mode.");
                    writeCount++;
                    return true;
                }
                if (ReadCountOf(me) > 0) throw new LockRecursionException("Write lock may not be acquired with read lock held. This pattern is prone to deadlocks. Please ensure that read locks are released before taking a write lock. If an upgrade is necessary, use an upgrade lock in place of the read lock.");
                long start = Environment.TickCount64;
                waitingWriters++;
                try
                {
                    while (writer != -1 || readCounts.Count > 0 || (upgrader != -1 && upgrader != me))
                        if (!Wait(millisecondsTimeout, start)) return false;
                }
                finally
                {
                    waitingWriters--;
                    Monitor.PulseAll(sync);
                }
                writer = me;
                writeCount = 1;
                return true;
            }
        }

        public void ExitWriteLock()
        {
            lock (sync)
            {
                if (writer != Me) throw new SynchronizationLockException("The write lock is being released without being held.");
                if (--writeCount == 0) writer = -1;
                Monitor.PulseAll(sync);
            }
        }

        public void EnterUpgradeableReadLock() { TryEnterUpgradeableReadLock(Timeout.Infinite); }
        public bool TryEnterUpgradeableReadLock(TimeSpan timeout) { return TryEnterUpgradeableReadLock(ToTimeout(timeout)); }

        public bool TryEnterUpgradeableReadLock(int millisecondsTimeout)
        {
            CheckTimeout(millisecondsTimeout);
            int me = Me;
            lock (sync)
            {
                CheckDisposed();
                if (upgrader == me)
                {
                    if (!Recursive) throw new LockRecursionException("Recursive upgradeable lock acquisitions not allowed in this mode.");
                    upgradeCount++;
                    return true;
                }
                if (ReadCountOf(me) > 0) throw new LockRecursionException("Upgradeable lock may not be acquired with read lock held.");
                if (writer == me)
                {
                    if (!Recursive) throw new LockRecursionException("Upgradeable lock may not be acquired with write lock held in this mode. Acquiring Upgradeable lock gives the ability to read along with an option to upgrade to a writer.");
                    upgrader = me;
                    upgradeCount = 1;
                    return true;
                }
                long start = Environment.TickCount64;
                waitingUpgraders++;
                try
                {
                    while (writer != -1 || upgrader != -1 || waitingWriters > 0)
                        if (!Wait(millisecondsTimeout, start)) return false;
                }
                finally { waitingUpgraders--; }
                upgrader = me;
                upgradeCount = 1;
                return true;
            }
        }

        public void ExitUpgradeableReadLock()
        {
            lock (sync)
            {
                if (upgrader != Me) throw new SynchronizationLockException("The upgradeable lock is being released without being held.");
                if (--upgradeCount == 0) upgrader = -1;
                Monitor.PulseAll(sync);
            }
        }

        public bool IsReadLockHeld { get { lock (sync) return !disposed && ReadCountOf(Me) > 0; } }
        public bool IsWriteLockHeld { get { lock (sync) return !disposed && writer == Me; } }
        public bool IsUpgradeableReadLockHeld { get { lock (sync) return !disposed && upgrader == Me; } }
        public int CurrentReadCount { get { lock (sync) return readCounts.Count; } }
        public int RecursiveReadCount { get { lock (sync) return ReadCountOf(Me); } }
        public int RecursiveWriteCount { get { lock (sync) return writer == Me ? writeCount : 0; } }
        public int RecursiveUpgradeCount { get { lock (sync) return upgrader == Me ? upgradeCount : 0; } }
        public int WaitingReadCount { get { return waitingReaders; } }
        public int WaitingWriteCount { get { return waitingWriters; } }
        public int WaitingUpgradeCount { get { return waitingUpgraders; } }

        public void Dispose()
        {
            lock (sync)
            {
                if (disposed) return;
                if (readCounts.Count > 0 || writer != -1 || upgrader != -1 || waitingReaders > 0 || waitingWriters > 0 || waitingUpgraders > 0)
                    throw new SynchronizationLockException("The lock is being disposed while still being used. It either is being held by a thread and/or has active waiters waiting to acquire the lock.");
                disposed = true;
            }
        }
    }
}
