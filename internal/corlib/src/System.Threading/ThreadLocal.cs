using System.Collections.Generic;

namespace System.Threading
{
    // Per-thread values: every thread keeps a [ThreadStatic] table from the
    // instance's id (never reused) to its slot; instances that track all
    // values also keep every slot created, newest first.
    public class ThreadLocal<T> : IDisposable
    {
        sealed class Slot
        {
            public T Value;
        }

        [ThreadStatic]
        static Dictionary<int, Slot> slots;

        static int lastId;

        readonly int id;
        Func<T> valueFactory;
        readonly bool trackAllValues;
        List<Slot> allSlots;
        volatile bool disposed;

        public ThreadLocal() : this(false) { }

        public ThreadLocal(bool trackAllValues)
        {
            id = Interlocked.Increment(ref lastId);
            this.trackAllValues = trackAllValues;
            if (trackAllValues) allSlots = new List<Slot>();
        }

        public ThreadLocal(Func<T> valueFactory) : this(valueFactory, false) { }

        public ThreadLocal(Func<T> valueFactory, bool trackAllValues) : this(trackAllValues)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            this.valueFactory = valueFactory;
        }

        void CheckDisposed()
        {
            if (disposed) throw new ObjectDisposedException("The ThreadLocal object has been disposed.");
        }

        Slot Find()
        {
            Dictionary<int, Slot> d = slots;
            if (d == null) return null;
            Slot s;
            return d.TryGetValue(id, out s) ? s : null;
        }

        Slot Create(T value)
        {
            Dictionary<int, Slot> d = slots;
            if (d == null) slots = d = new Dictionary<int, Slot>();
            Slot s = new Slot();
            s.Value = value;
            d[id] = s;
            if (trackAllValues)
            {
                lock (allSlots) allSlots.Insert(0, s);
            }
            return s;
        }

        public T Value
        {
            get
            {
                CheckDisposed();
                Slot s = Find();
                if (s != null) return s.Value;
                T v = valueFactory == null ? default(T) : valueFactory();
                CheckDisposed();
                if (Find() != null) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
                return Create(v).Value;
            }
            set
            {
                CheckDisposed();
                Slot s = Find();
                if (s != null) s.Value = value;
                else Create(value);
            }
        }

        public bool IsValueCreated
        {
            get
            {
                CheckDisposed();
                return Find() != null;
            }
        }

        public IList<T> Values
        {
            get
            {
                if (!trackAllValues) throw new InvalidOperationException("The ThreadLocal object is not tracking values. To use the Values property, use a ThreadLocal constructor that accepts the trackAllValues parameter and set the parameter to true.");
                CheckDisposed();
                List<T> r = new List<T>();
                lock (allSlots)
                {
                    foreach (Slot s in allSlots) r.Add(s.Value);
                }
                return r;
            }
        }

        public void Dispose()
        {
            Dispose(true);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposed) return;
            disposed = true;
            valueFactory = null;
            Dictionary<int, Slot> d = slots;
            if (d != null) d.Remove(id);
            if (allSlots != null)
            {
                lock (allSlots) allSlots.Clear();
            }
        }

        public override string ToString()
        {
            return Value.ToString();
        }
    }
}
