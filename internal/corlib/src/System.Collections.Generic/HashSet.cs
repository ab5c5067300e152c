namespace System.Collections.Generic
{
    // Buckets + slots with a free list, like the .NET Framework HashSet, so enumeration
    // order (insertion order, freed slots reused last-freed first) matches Mono.
    [Serializable]
    public class HashSet<T> : ISet<T>, ICollection<T>, IReadOnlyCollection<T>
    {
        struct Slot
        {
            internal int hashCode;  // lower 31 bits of hash code, -1 if unused
            internal int next;      // index of next entry, -1 if last
            internal T value;
        }

        int[] m_buckets;            // 1-based index into m_slots; 0 means empty
        Slot[] m_slots;
        int m_count;
        int m_lastIndex;
        int m_freeList;
        IEqualityComparer<T> m_comparer;
        int m_version;

        public HashSet() : this((IEqualityComparer<T>)null) { }

        public HashSet(IEqualityComparer<T> comparer)
        {
            m_comparer = comparer ?? EqualityComparer<T>.Default;
            m_freeList = -1;
        }

        public HashSet(int capacity) : this(capacity, null) { }

        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (capacity > 0) Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            int suggestedCapacity = 0;
            ICollection<T> coll = collection as ICollection<T>;
            if (coll != null) suggestedCapacity = coll.Count;
            Initialize(suggestedCapacity);
            UnionWith(collection);
            if ((m_count == 0 && m_slots.Length > HashHelpers.GetPrime(0)) || (m_count > 0 && m_slots.Length / m_count > 3))
                TrimExcess();
        }

        public IEqualityComparer<T> Comparer { get { return m_comparer; } }
        public int Count { get { return m_count; } }
        bool ICollection<T>.IsReadOnly { get { return false; } }

        void ICollection<T>.Add(T item) { AddIfNotPresent(item); }
        public bool Add(T item) { return AddIfNotPresent(item); }

        public void Clear()
        {
            if (m_lastIndex > 0)
            {
                Array.Clear(m_slots, 0, m_lastIndex);
                Array.Clear(m_buckets, 0, m_buckets.Length);
                m_lastIndex = 0;
                m_count = 0;
                m_freeList = -1;
            }
            m_version++;
        }

        int InternalGetHashCode(T item)
        {
            if (item == null) return 0;
            return m_comparer.GetHashCode(item) & 0x7FFFFFFF;
        }

        public bool Contains(T item)
        {
            if (m_buckets != null)
            {
                int hashCode = InternalGetHashCode(item);
                for (int i = m_buckets[hashCode % m_buckets.Length] - 1; i >= 0; i = m_slots[i].next)
                    if (m_slots[i].hashCode == hashCode && m_comparer.Equals(m_slots[i].value, item)) return true;
            }
            return false;
        }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = InternalIndexOf(equalValue);
            if (i >= 0)
            {
                actualValue = m_slots[i].value;
                return true;
            }
            actualValue = default(T);
            return false;
        }

        int InternalIndexOf(T item)
        {
            if (m_buckets != null)
            {
                int hashCode = InternalGetHashCode(item);
                for (int i = m_buckets[hashCode % m_buckets.Length] - 1; i >= 0; i = m_slots[i].next)
                    if (m_slots[i].hashCode == hashCode && m_comparer.Equals(m_slots[i].value, item)) return i;
            }
            return -1;
        }

        public bool Remove(T item)
        {
            if (m_buckets != null)
            {
                int hashCode = InternalGetHashCode(item);
                int bucket = hashCode % m_buckets.Length;
                int last = -1;
                for (int i = m_buckets[bucket] - 1; i >= 0; last = i, i = m_slots[i].next)
                {
                    if (m_slots[i].hashCode == hashCode && m_comparer.Equals(m_slots[i].value, item))
                    {
                        if (last < 0) m_buckets[bucket] = m_slots[i].next + 1;
                        else m_slots[last].next = m_slots[i].next;
                        m_slots[i].hashCode = -1;
                        m_slots[i].value = default(T);
                        m_slots[i].next = m_freeList;
                        m_count--;
                        m_version++;
                        if (m_count == 0)
                        {
                            m_lastIndex = 0;
                            m_freeList = -1;
                        }
                        else m_freeList = i;
                        return true;
                    }
                }
            }
            return false;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0, m_count); }
        public void CopyTo(T[] array, int arrayIndex) { CopyTo(array, arrayIndex, m_count); }

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            int numCopied = 0;
            for (int i = 0; i < m_lastIndex && numCopied < count; i++)
            {
                if (m_slots[i].hashCode >= 0)
                {
                    array[arrayIndex + numCopied] = m_slots[i].value;
                    numCopied++;
                }
            }
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) AddIfNotPresent(item);
        }

        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (m_count == 0) return;
            HashSet<T> otherSet = other as HashSet<T>;
            if (otherSet == null || !AreEqualityComparersEqual(this, otherSet))
                otherSet = new HashSet<T>(other, m_comparer);
            for (int i = 0; i < m_lastIndex; i++)
            {
                if (m_slots[i].hashCode >= 0)
                {
                    T item = m_slots[i].value;
                    if (!otherSet.Contains(item)) Remove(item);
                }
            }
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (m_count == 0) return;
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            foreach (T element in other) Remove(element);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (m_count == 0)
            {
                UnionWith(other);
                return;
            }
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            HashSet<T> otherSet = new HashSet<T>(other, m_comparer);
            foreach (T item in otherSet)
            {
                if (!Remove(item)) AddIfNotPresent(item);
            }
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (m_count == 0) return true;
            HashSet<T> o = new HashSet<T>(other, m_comparer);
            foreach (T item in this)
                if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, m_comparer);
            if (m_count >= o.Count) return false;
            foreach (T item in this)
                if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other)
                if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, m_comparer);
            if (o.Count >= m_count) return false;
            foreach (T item in o)
                if (!Contains(item)) return false;
            return true;
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (m_count == 0) return false;
            foreach (T element in other)
                if (Contains(element)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, m_comparer);
            if (o.Count != m_count) return false;
            foreach (T item in o)
                if (!Contains(item)) return false;
            return true;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int numRemoved = 0;
            for (int i = 0; i < m_lastIndex; i++)
            {
                if (m_slots[i].hashCode >= 0)
                {
                    T value = m_slots[i].value;
                    if (match(value))
                    {
                        if (Remove(value)) numRemoved++;
                    }
                }
            }
            return numRemoved;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            int cur = m_slots == null ? 0 : m_slots.Length;
            if (cur >= capacity) return cur;
            if (m_buckets == null)
            {
                Initialize(capacity);
                return m_slots.Length;
            }
            int newSize = HashHelpers.GetPrime(capacity);
            SetCapacity(newSize);
            return newSize;
        }

        public void TrimExcess()
        {
            if (m_count == 0)
            {
                m_buckets = null;
                m_slots = null;
                m_version++;
            }
            else
            {
                int newSize = HashHelpers.GetPrime(m_count);
                Slot[] newSlots = new Slot[newSize];
                int[] newBuckets = new int[newSize];
                int newIndex = 0;
                for (int i = 0; i < m_lastIndex; i++)
                {
                    if (m_slots[i].hashCode >= 0)
                    {
                        newSlots[newIndex] = m_slots[i];
                        int bucket = newSlots[newIndex].hashCode % newSize;
                        newSlots[newIndex].next = newBuckets[bucket] - 1;
                        newBuckets[bucket] = newIndex + 1;
                        newIndex++;
                    }
                }
                m_lastIndex = newIndex;
                m_slots = newSlots;
                m_buckets = newBuckets;
                m_freeList = -1;
            }
        }

        public static IEqualityComparer<HashSet<T>> CreateSetComparer() { return new HashSetEqualityComparer(); }

        sealed class HashSetEqualityComparer : IEqualityComparer<HashSet<T>>
        {
            public bool Equals(HashSet<T> x, HashSet<T> y)
            {
                if (x == null) return y == null;
                if (y == null) return false;
                return x.SetEquals(y);
            }

            public int GetHashCode(HashSet<T> obj)
            {
                int hashCode = 0;
                if (obj != null)
                    foreach (T t in obj) hashCode ^= (EqualityComparer<T>.Default.GetHashCode(t) & 0x7FFFFFFF);
                return hashCode;
            }
        }

        void Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            m_buckets = new int[size];
            m_slots = new Slot[size];
        }

        void IncreaseCapacity()
        {
            int newSize = HashHelpers.ExpandPrime(m_count);
            if (newSize <= m_count) throw new ArgumentException("HashSet capacity is too big.");
            SetCapacity(newSize);
        }

        void SetCapacity(int newSize)
        {
            Slot[] newSlots = new Slot[newSize];
            if (m_slots != null) Array.Copy(m_slots, 0, newSlots, 0, m_lastIndex);
            int[] newBuckets = new int[newSize];
            for (int i = 0; i < m_lastIndex; i++)
            {
                if (newSlots[i].hashCode >= 0)
                {
                    int bucket = newSlots[i].hashCode % newSize;
                    newSlots[i].next = newBuckets[bucket] - 1;
                    newBuckets[bucket] = i + 1;
                }
            }
            m_slots = newSlots;
            m_buckets = newBuckets;
        }

        bool AddIfNotPresent(T value)
        {
            if (m_buckets == null) Initialize(0);
            int hashCode = InternalGetHashCode(value);
            int bucket = hashCode % m_buckets.Length;
            for (int i = m_buckets[bucket] - 1; i >= 0; i = m_slots[i].next)
                if (m_slots[i].hashCode == hashCode && m_comparer.Equals(m_slots[i].value, value)) return false;
            int index;
            if (m_freeList >= 0)
            {
                index = m_freeList;
                m_freeList = m_slots[index].next;
            }
            else
            {
                if (m_lastIndex == m_slots.Length)
                {
                    IncreaseCapacity();
                    bucket = hashCode % m_buckets.Length;
                }
                index = m_lastIndex;
                m_lastIndex++;
            }
            m_slots[index].hashCode = hashCode;
            m_slots[index].value = value;
            m_slots[index].next = m_buckets[bucket] - 1;
            m_buckets[bucket] = index + 1;
            m_count++;
            m_version++;
            return true;
        }

        static bool AreEqualityComparersEqual(HashSet<T> set1, HashSet<T> set2)
        {
            return set1.Comparer.Equals(set2.Comparer);
        }

        [Serializable]
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            HashSet<T> set;
            int index;
            int version;
            T current;

            internal Enumerator(HashSet<T> set)
            {
                this.set = set;
                index = 0;
                version = set.m_version;
                current = default(T);
            }

            public void Dispose() { }

            public bool MoveNext()
            {
                if (version != set.m_version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while (index < set.m_lastIndex)
                {
                    if (set.m_slots[index].hashCode >= 0)
                    {
                        current = set.m_slots[index].value;
                        index++;
                        return true;
                    }
                    index++;
                }
                index = set.m_lastIndex + 1;
                current = default(T);
                return false;
            }

            public T Current { get { return current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (index == 0 || index == set.m_lastIndex + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (version != set.m_version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = 0;
                current = default(T);
            }
        }
    }
}
