namespace System.Runtime.CompilerServices
{
    public static class RuntimeHelpers
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void InitializeArray(Array array, RuntimeFieldHandle fldHandle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetHashCode(object o);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void RunClassConstructor(RuntimeTypeHandle type);

        public static extern int OffsetToStringData
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        public static new bool Equals(object o1, object o2)
        {
            if (o1 == o2) return true;
            if (o1 == null || o2 == null) return false;
            if (o1 is ValueType) return o1.Equals(o2);
            return false;
        }

        public static object GetObjectValue(object obj) { return obj; }

        public static void PrepareConstrainedRegions() { }
        public static void EnsureSufficientExecutionStack() { }
        public static bool TryEnsureSufficientExecutionStack() { return true; }
        public static void ProbeForSufficientStack() { }
        public static bool IsReferenceOrContainsReferences<T>() { return !typeof(T).IsValueType; }
    }

    public interface IAsyncStateMachine
    {
        void MoveNext();
        void SetStateMachine(IAsyncStateMachine stateMachine);
    }

    public interface INotifyCompletion
    {
        void OnCompleted(Action continuation);
    }

    public interface ICriticalNotifyCompletion : INotifyCompletion
    {
        void UnsafeOnCompleted(Action continuation);
    }

    public sealed class ConditionalWeakTable<TKey, TValue> where TKey : class where TValue : class
    {
        System.Collections.Generic.Dictionary<object, TValue> table = new System.Collections.Generic.Dictionary<object, TValue>(new RefEq());

        sealed class RefEq : System.Collections.Generic.IEqualityComparer<object>
        {
            public new bool Equals(object x, object y) { return x == y; }
            public int GetHashCode(object o) { return RuntimeHelpers.GetHashCode(o); }
        }

        public delegate TValue CreateValueCallback(TKey key);

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            lock (table) table.Add(key, value);
        }

        public bool Remove(TKey key) { lock (table) return table.Remove(key); }

        public bool TryGetValue(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            lock (table) return table.TryGetValue(key, out value);
        }

        public TValue GetValue(TKey key, CreateValueCallback createValueCallback)
        {
            TValue v;
            lock (table)
            {
                if (table.TryGetValue(key, out v)) return v;
                v = createValueCallback(key);
                table[key] = v;
                return v;
            }
        }

        public TValue GetOrCreateValue(TKey key)
        {
            return GetValue(key, k => (TValue)Activator.CreateInstance(typeof(TValue)));
        }
    }
}

namespace System
{
    public static class GC
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        static extern void InternalCollect();

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        static extern long InternalGetTotalMemory(bool forceFullCollection);

        public static int MaxGeneration { get { return 2; } }

        public static void Collect() { InternalCollect(); }
        public static void Collect(int generation) { InternalCollect(); }
        public static void Collect(int generation, GCCollectionMode mode) { InternalCollect(); }
        public static void Collect(int generation, GCCollectionMode mode, bool blocking) { InternalCollect(); }
        public static long GetTotalMemory(bool forceFullCollection) { return InternalGetTotalMemory(forceFullCollection); }
        public static void KeepAlive(object obj) { }
        public static void SuppressFinalize(object obj) { if (obj == null) throw new ArgumentNullException("obj"); }
        public static void ReRegisterForFinalize(object obj) { if (obj == null) throw new ArgumentNullException("obj"); }
        public static void WaitForPendingFinalizers() { }
        public static int GetGeneration(object obj) { return 0; }
        public static int CollectionCount(int generation) { return 0; }
        public static void AddMemoryPressure(long bytesAllocated) { }
        public static void RemoveMemoryPressure(long bytesAllocated) { }
        public static long GetAllocatedBytesForCurrentThread() { return InternalGetTotalMemory(false); }
    }

    public enum GCCollectionMode { Default = 0, Forced = 1, Optimized = 2 }

    public static class Activator
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        static extern object InternalCreateInstance(Type type);

        public static object CreateInstance(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            return InternalCreateInstance(type);
        }

        public static object CreateInstance(Type type, bool nonPublic) { return CreateInstance(type); }

        public static T CreateInstance<T>()
        {
            return (T)InternalCreateInstance(typeof(T));
        }
    }

    [Serializable]
    public class WeakReference
    {
        // Runtime-managed weak handle (see ICALLS.md).
        IntPtr handle;
        bool trackResurrection;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        static extern IntPtr InternalAlloc(object target);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        static extern object InternalGet(IntPtr handle);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        static extern void InternalSet(IntPtr handle, object target);

        public WeakReference(object target) : this(target, false) { }

        public WeakReference(object target, bool trackResurrection)
        {
            this.trackResurrection = trackResurrection;
            handle = InternalAlloc(target);
        }

        public virtual bool IsAlive { get { return InternalGet(handle) != null; } }
        public virtual bool TrackResurrection { get { return trackResurrection; } }

        public virtual object Target
        {
            get { return InternalGet(handle); }
            set { InternalSet(handle, value); }
        }
    }

    [Serializable]
    public sealed class WeakReference<T> where T : class
    {
        WeakReference inner;

        public WeakReference(T target) : this(target, false) { }
        public WeakReference(T target, bool trackResurrection) { inner = new WeakReference(target, trackResurrection); }

        public bool TryGetTarget(out T target)
        {
            target = (T)inner.Target;
            return target != null;
        }

        public void SetTarget(T target) { inner.Target = target; }
    }
}
