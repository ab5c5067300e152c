using System.Collections.Generic;
using System.Threading;

namespace System.Collections.Concurrent
{
    // Hash table with per-bucket chains (new nodes at the head), striped lock counts and
    // the same growth policy as the .NET Core / Mono implementation, so that enumeration
    // order matches. A single monitor protects all operations.
    [Serializable]
    public class ConcurrentDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        sealed class Node
        {
            internal readonly TKey key;
            internal TValue value;
            internal Node next;
            internal readonly int hashcode;

            internal Node(TKey key, TValue value, int hashcode, Node next)
            {
                this.key = key;
                this.value = value;
                this.next = next;
                this.hashcode = hashcode;
            }
        }

        const int DefaultCapacity = 31;
        const int MaxLockNumber = 1024;

        readonly object sync = new object();
        Node[] buckets;
        int[] countPerLock;
        int lockCount;
        int budget;
        bool growLockArray;
        readonly IEqualityComparer<TKey> comparer;

        public ConcurrentDictionary() : this(DefaultConcurrencyLevel, DefaultCapacity, true, null) { }
        public ConcurrentDictionary(int concurrencyLevel, int capacity) : this(concurrencyLevel, capacity, false, null) { }
        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }
        public ConcurrentDictionary(IEqualityComparer<TKey> comparer) : this(DefaultConcurrencyLevel, DefaultCapacity, true, comparer) { }

        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(DefaultConcurrencyLevel, DefaultCapacity, true, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            InitializeFromCollection(collection);
        }

        public ConcurrentDictionary(int concurrencyLevel, IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this(concurrencyLevel, DefaultCapacity, false, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            InitializeFromCollection(collection);
        }

        public ConcurrentDictionary(int concurrencyLevel, int capacity, IEqualityComparer<TKey> comparer) : this(concurrencyLevel, capacity, false, comparer) { }

        ConcurrentDictionary(int concurrencyLevel, int capacity, bool growLockArray, IEqualityComparer<TKey> comparer)
        {
            if (concurrencyLevel < 1) throw new ArgumentOutOfRangeException("concurrencyLevel", "The concurrencyLevel argument must be positive.");
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "The capacity argument must be greater than or equal to zero.");
            if (capacity < concurrencyLevel) capacity = concurrencyLevel;
            lockCount = concurrencyLevel;
            countPerLock = new int[lockCount];
            buckets = new Node[capacity];
            this.comparer = comparer ?? EqualityComparer<TKey>.Default;
            this.growLockArray = growLockArray;
            budget = buckets.Length / lockCount;
        }

        static int DefaultConcurrencyLevel { get { return Environment.ProcessorCount; } }

        void InitializeFromCollection(IEnumerable<KeyValuePair<TKey, TValue>> collection)
        {
            foreach (KeyValuePair<TKey, TValue> pair in collection)
            {
                if (pair.Key == null) throw new ArgumentNullException("key");
                if (!TryAddInternal(pair.Key, pair.Value, false, out TValue dummy))
                    throw new ArgumentException("The source argument contains duplicate keys.");
            }
            if (budget == 0) budget = buckets.Length / lockCount;
        }

        int Hash(TKey key) { return comparer.GetHashCode(key); }

        void GetBucketAndLockNo(int hashcode, out int bucketNo, out int lockNo, int bucketCount, int lockCount)
        {
            bucketNo = (hashcode & 0x7fffffff) % bucketCount;
            lockNo = bucketNo % lockCount;
        }

        bool TryAddInternal(TKey key, TValue value, bool updateIfExists, out TValue resultingValue)
        {
            int hashcode = Hash(key);
            bool resize = false;
            lock (sync)
            {
                int bucketNo, lockNo;
                GetBucketAndLockNo(hashcode, out bucketNo, out lockNo, buckets.Length, lockCount);
                for (Node node = buckets[bucketNo]; node != null; node = node.next)
                {
                    if (hashcode == node.hashcode && comparer.Equals(node.key, key))
                    {
                        if (updateIfExists) node.value = value;
                        resultingValue = node.value;
                        return false;
                    }
                }
                buckets[bucketNo] = new Node(key, value, hashcode, buckets[bucketNo]);
                countPerLock[lockNo]++;
                if (countPerLock[lockNo] > budget) resize = true;
            }
            if (resize) GrowTable();
            resultingValue = value;
            return true;
        }

        void GrowTable()
        {
            lock (sync)
            {
                long approxCount = 0;
                for (int i = 0; i < countPerLock.Length; i++) approxCount += countPerLock[i];
                if (approxCount < buckets.Length / 4)
                {
                    budget = 2 * budget;
                    if (budget < 0) budget = int.MaxValue;
                    return;
                }
                int newLength = buckets.Length * 2 + 1;
                while (newLength % 3 == 0 || newLength % 5 == 0 || newLength % 7 == 0) newLength += 2;
                int newLockCount = lockCount;
                if (growLockArray && lockCount < MaxLockNumber) newLockCount = lockCount * 2;
                Node[] newBuckets = new Node[newLength];
                int[] newCountPerLock = new int[newLockCount];
                for (int i = 0; i < buckets.Length; i++)
                {
                    Node current = buckets[i];
                    while (current != null)
                    {
                        Node next = current.next;
                        int newBucketNo, newLockNo;
                        GetBucketAndLockNo(current.hashcode, out newBucketNo, out newLockNo, newBuckets.Length, newLockCount);
                        newBuckets[newBucketNo] = new Node(current.key, current.value, current.hashcode, newBuckets[newBucketNo]);
                        newCountPerLock[newLockNo]++;
                        current = next;
                    }
                }
                budget = Math.Max(1, newBuckets.Length / newLockCount);
                buckets = newBuckets;
                countPerLock = newCountPerLock;
                lockCount = newLockCount;
            }
        }

        Node Find(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int hashcode = Hash(key);
            int bucketNo, lockNo;
            GetBucketAndLockNo(hashcode, out bucketNo, out lockNo, buckets.Length, lockCount);
            for (Node n = buckets[bucketNo]; n != null; n = n.next)
                if (hashcode == n.hashcode && comparer.Equals(n.key, key)) return n;
            return null;
        }

        public bool TryAdd(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            TValue dummy;
            return TryAddInternal(key, value, false, out dummy);
        }

        public bool ContainsKey(TKey key)
        {
            lock (sync) return Find(key) != null;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            lock (sync)
            {
                Node n = Find(key);
                if (n != null)
                {
                    value = n.value;
                    return true;
                }
            }
            value = default(TValue);
            return false;
        }

        public bool TryRemove(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            int hashcode = Hash(key);
            lock (sync)
            {
                int bucketNo, lockNo;
                GetBucketAndLockNo(hashcode, out bucketNo, out lockNo, buckets.Length, lockCount);
                Node prev = null;
                for (Node curr = buckets[bucketNo]; curr != null; curr = curr.next)
                {
                    if (hashcode == curr.hashcode && comparer.Equals(curr.key, key))
                    {
                        if (prev == null) buckets[bucketNo] = curr.next;
                        else prev.next = curr.next;
                        value = curr.value;
                        countPerLock[lockNo]--;
                        return true;
                    }
                    prev = curr;
                }
            }
            value = default(TValue);
            return false;
        }

        public bool TryUpdate(TKey key, TValue newValue, TValue comparisonValue)
        {
            lock (sync)
            {
                Node n = Find(key);
                if (n == null) return false;
                if (!EqualityComparer<TValue>.Default.Equals(n.value, comparisonValue)) return false;
                n.value = newValue;
                return true;
            }
        }

        public void Clear()
        {
            lock (sync)
            {
                buckets = new Node[DefaultCapacity];
                countPerLock = new int[countPerLock.Length];
                budget = Math.Max(1, DefaultCapacity / lockCount);
            }
        }

        public TValue this[TKey key]
        {
            get
            {
                TValue value;
                if (!TryGetValue(key, out value)) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return value;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                TValue dummy;
                TryAddInternal(key, value, true, out dummy);
            }
        }

        public TValue GetOrAdd(TKey key, Func<TKey, TValue> valueFactory)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            TValue resultingValue;
            if (TryGetValue(key, out resultingValue)) return resultingValue;
            TryAddInternal(key, valueFactory(key), false, out resultingValue);
            return resultingValue;
        }

        public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> valueFactory, TArg factoryArgument)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            TValue resultingValue;
            if (TryGetValue(key, out resultingValue)) return resultingValue;
            TryAddInternal(key, valueFactory(key, factoryArgument), false, out resultingValue);
            return resultingValue;
        }

        public TValue GetOrAdd(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            TValue resultingValue;
            TryAddInternal(key, value, false, out resultingValue);
            return resultingValue;
        }

        public TValue AddOrUpdate(TKey key, Func<TKey, TValue> addValueFactory, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (addValueFactory == null) throw new ArgumentNullException("addValueFactory");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            while (true)
            {
                TValue oldValue;
                if (TryGetValue(key, out oldValue))
                {
                    TValue newValue = updateValueFactory(key, oldValue);
                    if (TryUpdate(key, newValue, oldValue)) return newValue;
                }
                else
                {
                    TValue resultingValue;
                    if (TryAddInternal(key, addValueFactory(key), false, out resultingValue)) return resultingValue;
                }
            }
        }

        public TValue AddOrUpdate<TArg>(TKey key, Func<TKey, TArg, TValue> addValueFactory, Func<TKey, TValue, TArg, TValue> updateValueFactory, TArg factoryArgument)
        {
            return AddOrUpdate(key, k => addValueFactory(k, factoryArgument), (k, v) => updateValueFactory(k, v, factoryArgument));
        }

        public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            while (true)
            {
                TValue oldValue;
                if (TryGetValue(key, out oldValue))
                {
                    TValue newValue = updateValueFactory(key, oldValue);
                    if (TryUpdate(key, newValue, oldValue)) return newValue;
                }
                else
                {
                    TValue resultingValue;
                    if (TryAddInternal(key, addValue, false, out resultingValue)) return resultingValue;
                }
            }
        }

        public bool IsEmpty { get { return Count == 0; } }

        public int Count
        {
            get
            {
                lock (sync)
                {
                    int c = 0;
                    for (int i = 0; i < countPerLock.Length; i++) c += countPerLock[i];
                    return c;
                }
            }
        }

        List<KeyValuePair<TKey, TValue>> Snapshot()
        {
            lock (sync)
            {
                List<KeyValuePair<TKey, TValue>> l = new List<KeyValuePair<TKey, TValue>>();
                for (int i = 0; i < buckets.Length; i++)
                    for (Node n = buckets[i]; n != null; n = n.next)
                        l.Add(new KeyValuePair<TKey, TValue>(n.key, n.value));
                return l;
            }
        }

        public ICollection<TKey> Keys
        {
            get
            {
                List<TKey> l = new List<TKey>();
                foreach (KeyValuePair<TKey, TValue> kv in Snapshot()) l.Add(kv.Key);
                return new System.Collections.ObjectModel.ReadOnlyCollection<TKey>(l);
            }
        }

        public ICollection<TValue> Values
        {
            get
            {
                List<TValue> l = new List<TValue>();
                foreach (KeyValuePair<TKey, TValue> kv in Snapshot()) l.Add(kv.Value);
                return new System.Collections.ObjectModel.ReadOnlyCollection<TValue>(l);
            }
        }

        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        public KeyValuePair<TKey, TValue>[] ToArray() { return Snapshot().ToArray(); }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            // live enumeration over the buckets, like .NET (not a snapshot)
            Node[] b = buckets;
            for (int i = 0; i < b.Length; i++)
            {
                Node current = b[i];
                while (current != null)
                {
                    yield return new KeyValuePair<TKey, TValue>(current.key, current.value);
                    current = current.next;
                }
            }
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        void IDictionary<TKey, TValue>.Add(TKey key, TValue value)
        {
            if (!TryAdd(key, value)) throw new ArgumentException("The key already existed in the dictionary.");
        }

        bool IDictionary<TKey, TValue>.Remove(TKey key)
        {
            TValue dummy;
            return TryRemove(key, out dummy);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair) { ((IDictionary<TKey, TValue>)this).Add(keyValuePair.Key, keyValuePair.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            TValue value;
            return TryGetValue(keyValuePair.Key, out value) && EqualityComparer<TValue>.Default.Equals(value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            lock (sync)
            {
                TValue v;
                if (TryGetValue(keyValuePair.Key, out v) && EqualityComparer<TValue>.Default.Equals(v, keyValuePair.Value))
                    return TryRemove(keyValuePair.Key, out v);
                return false;
            }
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            foreach (KeyValuePair<TKey, TValue> kv in Snapshot()) array[index++] = kv;
        }

        void IDictionary.Add(object key, object value) { ((IDictionary<TKey, TValue>)this).Add((TKey)key, (TValue)value); }
        bool IDictionary.Contains(object key) { return key is TKey && ContainsKey((TKey)key); }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            Dictionary<TKey, TValue> d = new Dictionary<TKey, TValue>();
            foreach (KeyValuePair<TKey, TValue> kv in Snapshot()) d.Add(kv.Key, kv.Value);
            return ((IDictionary)d).GetEnumerator();
        }

        bool IDictionary.IsFixedSize { get { return false; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        ICollection IDictionary.Keys { get { return (ICollection)Keys; } }
        void IDictionary.Remove(object key) { if (key is TKey) { TValue dummy; TryRemove((TKey)key, out dummy); } }
        ICollection IDictionary.Values { get { return (ICollection)Values; } }

        object IDictionary.this[object key]
        {
            get
            {
                TValue value;
                if (key is TKey && TryGetValue((TKey)key, out value)) return value;
                return null;
            }
            set { this[(TKey)key] = (TValue)value; }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            foreach (KeyValuePair<TKey, TValue> kv in Snapshot()) array.SetValue(kv, index++);
        }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections."); } }
    }

    public interface IProducerConsumerCollection<T> : IEnumerable<T>, ICollection
    {
        void CopyTo(T[] array, int index);
        bool TryAdd(T item);
        bool TryTake(out T item);
        T[] ToArray();
    }

    [Serializable]
    public class ConcurrentQueue<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        readonly object sync = new object();
        readonly Queue<T> q = new Queue<T>();

        public ConcurrentQueue() { }
        public ConcurrentQueue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) q.Enqueue(item);
        }

        public int Count { get { lock (sync) return q.Count; } }
        public bool IsEmpty { get { return Count == 0; } }
        public void Enqueue(T item) { lock (sync) q.Enqueue(item); }
        public bool TryDequeue(out T result) { lock (sync) return q.TryDequeue(out result); }
        public bool TryPeek(out T result) { lock (sync) return q.TryPeek(out result); }
        public void Clear() { lock (sync) q.Clear(); }
        public T[] ToArray() { lock (sync) return q.ToArray(); }
        public void CopyTo(T[] array, int index) { T[] a = ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        bool IProducerConsumerCollection<T>.TryAdd(T item) { Enqueue(item); return true; }
        bool IProducerConsumerCollection<T>.TryTake(out T item) { return TryDequeue(out item); }
        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        void ICollection.CopyTo(Array array, int index) { T[] a = ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections."); } }
    }

    [Serializable]
    public class ConcurrentStack<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        readonly object sync = new object();
        readonly Stack<T> s = new Stack<T>();

        public ConcurrentStack() { }
        public ConcurrentStack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) s.Push(item);
        }

        public int Count { get { lock (sync) return s.Count; } }
        public bool IsEmpty { get { return Count == 0; } }
        public void Push(T item) { lock (sync) s.Push(item); }
        public void PushRange(T[] items) { lock (sync) foreach (T item in items) s.Push(item); }
        public bool TryPop(out T result) { lock (sync) return s.TryPop(out result); }
        public bool TryPeek(out T result) { lock (sync) return s.TryPeek(out result); }
        public void Clear() { lock (sync) s.Clear(); }
        public T[] ToArray() { lock (sync) return s.ToArray(); }
        public void CopyTo(T[] array, int index) { T[] a = ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        bool IProducerConsumerCollection<T>.TryAdd(T item) { Push(item); return true; }
        bool IProducerConsumerCollection<T>.TryTake(out T item) { return TryPop(out item); }
        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        void ICollection.CopyTo(Array array, int index) { T[] a = ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections."); } }
    }

    // Bag: items come back in LIFO order (single-threaded use), like Mono's per-thread lists.
    [Serializable]
    public class ConcurrentBag<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        readonly object sync = new object();
        readonly List<T> items = new List<T>();

        public ConcurrentBag() { }
        public ConcurrentBag(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) items.Add(item);
        }

        public int Count { get { lock (sync) return items.Count; } }
        public bool IsEmpty { get { return Count == 0; } }
        public void Add(T item) { lock (sync) items.Add(item); }

        public bool TryTake(out T result)
        {
            lock (sync)
            {
                if (items.Count == 0)
                {
                    result = default(T);
                    return false;
                }
                result = items[items.Count - 1];
                items.RemoveAt(items.Count - 1);
                return true;
            }
        }

        public bool TryPeek(out T result)
        {
            lock (sync)
            {
                if (items.Count == 0)
                {
                    result = default(T);
                    return false;
                }
                result = items[items.Count - 1];
                return true;
            }
        }

        public void Clear() { lock (sync) items.Clear(); }

        public T[] ToArray()
        {
            lock (sync)
            {
                T[] a = items.ToArray();
                Array.Reverse(a);
                return a;
            }
        }

        public void CopyTo(T[] array, int index) { T[] a = ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        bool IProducerConsumerCollection<T>.TryAdd(T item) { Add(item); return true; }
        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        void ICollection.CopyTo(Array array, int index) { T[] a = ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections."); } }
    }

    public class BlockingCollection<T> : IEnumerable<T>, ICollection, IDisposable, IReadOnlyCollection<T>
    {
        readonly object sync = new object();
        readonly IProducerConsumerCollection<T> collection;
        readonly int boundedCapacity;
        bool addingCompleted;

        public BlockingCollection() : this(new ConcurrentQueue<T>(), -1) { }
        public BlockingCollection(int boundedCapacity) : this(new ConcurrentQueue<T>(), boundedCapacity) { }
        public BlockingCollection(IProducerConsumerCollection<T> collection) : this(collection, -1) { }

        public BlockingCollection(IProducerConsumerCollection<T> collection, int boundedCapacity)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            this.collection = collection;
            this.boundedCapacity = boundedCapacity;
        }

        public int Count { get { return collection.Count; } }
        public int BoundedCapacity { get { return boundedCapacity; } }
        public bool IsAddingCompleted { get { return addingCompleted; } }
        public bool IsCompleted { get { lock (sync) return addingCompleted && collection.Count == 0; } }

        public void Add(T item)
        {
            lock (sync)
            {
                if (addingCompleted) throw new InvalidOperationException("The collection has been marked as complete with regards to additions.");
                while (boundedCapacity > 0 && collection.Count >= boundedCapacity) Monitor.Wait(sync);
                collection.TryAdd(item);
                Monitor.PulseAll(sync);
            }
        }

        public bool TryAdd(T item)
        {
            lock (sync)
            {
                if (addingCompleted) throw new InvalidOperationException("The collection has been marked as complete with regards to additions.");
                if (boundedCapacity > 0 && collection.Count >= boundedCapacity) return false;
                collection.TryAdd(item);
                Monitor.PulseAll(sync);
                return true;
            }
        }

        public T Take()
        {
            T item;
            if (!TryTake(out item, Timeout.Infinite))
                throw new InvalidOperationException("The collection argument is empty and has been marked as complete with regards to additions.");
            return item;
        }

        public bool TryTake(out T item) { return TryTake(out item, 0); }

        public bool TryTake(out T item, int millisecondsTimeout)
        {
            lock (sync)
            {
                long deadline = Environment.TickCount64 + millisecondsTimeout;
                while (true)
                {
                    if (collection.TryTake(out item))
                    {
                        Monitor.PulseAll(sync);
                        return true;
                    }
                    if (addingCompleted) return false;
                    if (millisecondsTimeout == 0) return false;
                    if (millisecondsTimeout < 0) Monitor.Wait(sync);
                    else
                    {
                        long left = deadline - Environment.TickCount64;
                        if (left <= 0) return false;
                        Monitor.Wait(sync, (int)left);
                    }
                }
            }
        }

        public void CompleteAdding()
        {
            lock (sync)
            {
                addingCompleted = true;
                Monitor.PulseAll(sync);
            }
        }

        public IEnumerable<T> GetConsumingEnumerable()
        {
            T item;
            while (TryTake(out item, Timeout.Infinite)) yield return item;
        }

        public T[] ToArray() { return collection.ToArray(); }
        public void CopyTo(T[] array, int index) { collection.CopyTo(array, index); }
        public IEnumerator<T> GetEnumerator() { return ((IEnumerable<T>)collection.ToArray()).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
        void ICollection.CopyTo(Array array, int index) { ((ICollection)collection).CopyTo(array, index); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections."); } }
        public void Dispose() { }
    }

    public abstract class Partitioner<TSource>
    {
        protected Partitioner() { }
    }
}
