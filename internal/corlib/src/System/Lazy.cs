using System.Threading;

namespace System
{
    [Serializable]
    public class Lazy<T>
    {
        Func<T> factory;
        T value;
        volatile bool created;
        Exception error;
        bool invoking;
        readonly object sync = new object();
        LazyThreadSafetyMode mode;

        public Lazy() : this(LazyThreadSafetyMode.ExecutionAndPublication) { }
        public Lazy(bool isThreadSafe) : this(isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None) { }
        public Lazy(LazyThreadSafetyMode mode) { this.mode = mode; }
        public Lazy(Func<T> valueFactory) : this(valueFactory, LazyThreadSafetyMode.ExecutionAndPublication) { }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None) { }

        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            factory = valueFactory;
            this.mode = mode;
        }

        public Lazy(T value)
        {
            this.value = value;
            created = true;
        }

        public bool IsValueCreated { get { return created; } }

        public T Value
        {
            get
            {
                if (created) return value;
                if (mode == LazyThreadSafetyMode.PublicationOnly)
                {
                    Func<T> pf = factory;
                    T v = pf == null ? CreateDefault() : pf();
                    lock (sync)
                    {
                        if (!created)
                        {
                            value = v;
                            created = true;
                            factory = null;
                        }
                        return value;
                    }
                }
                lock (sync)
                {
                    if (created) return value;
                    if (error != null) throw error;
                    if (invoking) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                    if (factory == null)
                    {
                        value = CreateDefault();
                    }
                    else
                    {
                        invoking = true;
                        try { value = factory(); }
                        catch (Exception e)
                        {
                            error = e;
                            throw;
                        }
                        finally { invoking = false; }
                        factory = null;
                    }
                    created = true;
                    return value;
                }
            }
        }

        static T CreateDefault()
        {
            try { return (T)Activator.CreateInstance(typeof(T)); }
            catch (MissingMethodException) { throw new MissingMemberException("The lazily-initialized type does not have a public, parameterless constructor."); }
        }

        public override string ToString()
        {
            if (!created) return "Value is not created.";
            return value.ToString();
        }
    }

    public class Lazy<T, TMetadata> : Lazy<T>
    {
        TMetadata metadata;
        public Lazy(Func<T> valueFactory, TMetadata metadata) : base(valueFactory) { this.metadata = metadata; }
        public Lazy(TMetadata metadata) : base() { this.metadata = metadata; }
        public TMetadata Metadata { get { return metadata; } }
    }
}

namespace System.Threading
{
    public enum LazyThreadSafetyMode { None = 0, PublicationOnly = 1, ExecutionAndPublication = 2 }

    public static class LazyInitializer
    {
        public static T EnsureInitialized<T>(ref T target) where T : class
        {
            if (target != null) return target;
            Interlocked.CompareExchange(ref target, (T)Activator.CreateInstance(typeof(T)), null);
            return target;
        }

        public static T EnsureInitialized<T>(ref T target, Func<T> valueFactory) where T : class
        {
            if (target != null) return target;
            Interlocked.CompareExchange(ref target, valueFactory(), null);
            return target;
        }
    }
}
