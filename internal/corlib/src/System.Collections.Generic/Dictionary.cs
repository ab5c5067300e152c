namespace System.Collections.Generic
{
    // Buckets + entries array with a free list (last freed slot reused first), prime
    // sized via HashHelpers: enumeration order matches the .NET Framework / Mono.
    [Serializable]
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        struct Entry
        {
            public int hashCode;    // lower 31 bits of hash code, -1 if unused
            public int next;        // index of next entry, -1 if last
            public TKey key;
            public TValue value;
        }

        int[] buckets;
        Entry[] entries;
        int count;
        int version;
        int freeList;
        int freeCount;
        IEqualityComparer<TKey> comparer;
        KeyCollection keys;
        ValueCollection values;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (capacity > 0) Initialize(capacity);
            this.comparer = comparer ?? EqualityComparer<TKey>.Default;
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this((collection as ICollection<KeyValuePair<TKey, TValue>>) != null ? ((ICollection<KeyValuePair<TKey, TValue>>)collection).Count : 0, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (KeyValuePair<TKey, TValue> pair in collection) Add(pair.Key, pair.Value);
        }

        public IEqualityComparer<TKey> Comparer { get { return comparer; } }

        public int Count { get { return count - freeCount; } }

        public KeyCollection Keys
        {
            get
            {
                if (keys == null) keys = new KeyCollection(this);
                return keys;
            }
        }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }

        public ValueCollection Values
        {
            get
            {
                if (values == null) values = new ValueCollection(this);
                return values;
            }
        }

        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i >= 0) return entries[i].value;
                throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
            }
            set { Insert(key, value, false); }
        }

        public void Add(TKey key, TValue value)
        {
            Insert(key, value, true);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair)
        {
            Add(keyValuePair.Key, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(entries[i].value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(entries[i].value, keyValuePair.Value))
            {
                Remove(keyValuePair.Key);
                return true;
            }
            return false;
        }

        public void Clear()
        {
            if (count > 0)
            {
                for (int i = 0; i < buckets.Length; i++) buckets[i] = -1;
                Array.Clear(entries, 0, count);
                freeList = -1;
                count = 0;
                freeCount = 0;
                version++;
            }
        }

        public bool ContainsKey(TKey key)
        {
            return FindEntry(key) >= 0;
        }

        public bool ContainsValue(TValue value)
        {
            if (value == null)
            {
                for (int i = 0; i < count; i++)
                    if (entries[i].hashCode >= 0 && entries[i].value == null) return true;
            }
            else
            {
                EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
                for (int i = 0; i < count; i++)
                    if (entries[i].hashCode >= 0 && c.Equals(entries[i].value, value)) return true;
            }
            return false;
        }

        void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            int n = count;
            Entry[] e = entries;
            for (int i = 0; i < n; i++)
                if (e[i].hashCode >= 0) array[index++] = new KeyValuePair<TKey, TValue>(e[i].key, e[i].value);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            CopyTo(array, index);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this, Enumerator.KeyValuePair); }

        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator()
        {
            return new Enumerator(this, Enumerator.KeyValuePair);
        }

        int FindEntry(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (buckets != null)
            {
                int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
                for (int i = buckets[hashCode % buckets.Length]; i >= 0; i = entries[i].next)
                    if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key)) return i;
            }
            return -1;
        }

        void Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            buckets = new int[size];
            for (int i = 0; i < buckets.Length; i++) buckets[i] = -1;
            entries = new Entry[size];
            freeList = -1;
        }

        void Insert(TKey key, TValue value, bool add)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (buckets == null) Initialize(0);
            int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
            int targetBucket = hashCode % buckets.Length;
            for (int i = buckets[targetBucket]; i >= 0; i = entries[i].next)
            {
                if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key))
                {
                    if (add) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
                    entries[i].value = value;
                    version++;
                    return;
                }
            }
            int index;
            if (freeCount > 0)
            {
                index = freeList;
                freeList = entries[index].next;
                freeCount--;
            }
            else
            {
                if (count == entries.Length)
                {
                    Resize();
                    targetBucket = hashCode % buckets.Length;
                }
                index = count;
                count++;
            }
            entries[index].hashCode = hashCode;
            entries[index].next = buckets[targetBucket];
            entries[index].key = key;
            entries[index].value = value;
            buckets[targetBucket] = index;
            version++;
        }

        void Resize()
        {
            Resize(HashHelpers.ExpandPrime(count));
        }

        void Resize(int newSize)
        {
            int[] newBuckets = new int[newSize];
            for (int i = 0; i < newBuckets.Length; i++) newBuckets[i] = -1;
            Entry[] newEntries = new Entry[newSize];
            Array.Copy(entries, 0, newEntries, 0, count);
            for (int i = 0; i < count; i++)
            {
                if (newEntries[i].hashCode >= 0)
                {
                    int bucket = newEntries[i].hashCode % newSize;
                    newEntries[i].next = newBuckets[bucket];
                    newBuckets[bucket] = i;
                }
            }
            buckets = newBuckets;
            entries = newEntries;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (buckets != null)
            {
                int hashCode = comparer.GetHashCode(key) & 0x7FFFFFFF;
                int bucket = hashCode % buckets.Length;
                int last = -1;
                for (int i = buckets[bucket]; i >= 0; last = i, i = entries[i].next)
                {
                    if (entries[i].hashCode == hashCode && comparer.Equals(entries[i].key, key))
                    {
                        if (last < 0) buckets[bucket] = entries[i].next;
                        else entries[last].next = entries[i].next;
                        entries[i].hashCode = -1;
                        entries[i].next = freeList;
                        entries[i].key = default(TKey);
                        entries[i].value = default(TValue);
                        freeList = i;
                        freeCount++;
                        version++;
                        return true;
                    }
                }
            }
            return false;
        }

        public bool Remove(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0)
            {
                value = entries[i].value;
                Remove(key);
                return true;
            }
            value = default(TValue);
            return false;
        }

        public bool TryAdd(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (FindEntry(key) >= 0) return false;
            Insert(key, value, true);
            return true;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0)
            {
                value = entries[i].value;
                return true;
            }
            value = default(TValue);
            return false;
        }

        public TValue GetValueOrDefault(TKey key)
        {
            int i = FindEntry(key);
            return i >= 0 ? entries[i].value : default(TValue);
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            int cur = entries == null ? 0 : entries.Length;
            if (cur >= capacity) return cur;
            if (buckets == null)
            {
                Initialize(capacity);
                return entries.Length;
            }
            int newSize = HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        public void TrimExcess() { }
        public void TrimExcess(int capacity)
        {
            if (capacity < Count) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            KeyValuePair<TKey, TValue>[] pairs = array as KeyValuePair<TKey, TValue>[];
            if (pairs != null)
            {
                CopyTo(pairs, index);
                return;
            }
            DictionaryEntry[] dentries = array as DictionaryEntry[];
            if (dentries != null)
            {
                for (int i = 0; i < count; i++)
                    if (entries[i].hashCode >= 0) dentries[index++] = new DictionaryEntry(entries[i].key, entries[i].value);
                return;
            }
            object[] objects = array as object[];
            if (objects == null) throw new ArgumentException("Target array type is not compatible with the type of items in the collection.");
            for (int i = 0; i < count; i++)
                if (entries[i].hashCode >= 0) objects[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
        }

        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this, Enumerator.KeyValuePair); }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        ICollection IDictionary.Keys { get { return Keys; } }
        ICollection IDictionary.Values { get { return Values; } }

        object IDictionary.this[object key]
        {
            get
            {
                if (key is TKey)
                {
                    int i = FindEntry((TKey)key);
                    if (i >= 0) return entries[i].value;
                }
                return null;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                this[(TKey)key] = (TValue)value;
            }
        }

        void IDictionary.Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key");
            Add((TKey)key, (TValue)value);
        }

        bool IDictionary.Contains(object key)
        {
            if (key is TKey) return ContainsKey((TKey)key);
            return false;
        }

        IDictionaryEnumerator IDictionary.GetEnumerator() { return new Enumerator(this, Enumerator.DictEntry); }

        void IDictionary.Remove(object key)
        {
            if (key is TKey) Remove((TKey)key);
        }

        [Serializable]
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            Dictionary<TKey, TValue> dictionary;
            int version;
            int index;
            KeyValuePair<TKey, TValue> current;
            int getEnumeratorRetType;

            internal const int DictEntry = 1;
            internal const int KeyValuePair = 2;

            internal Enumerator(Dictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                this.dictionary = dictionary;
                version = dictionary.version;
                index = 0;
                this.getEnumeratorRetType = getEnumeratorRetType;
                current = new KeyValuePair<TKey, TValue>();
            }

            public bool MoveNext()
            {
                if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)index < (uint)dictionary.count)
                {
                    if (dictionary.entries[index].hashCode >= 0)
                    {
                        current = new KeyValuePair<TKey, TValue>(dictionary.entries[index].key, dictionary.entries[index].value);
                        index++;
                        return true;
                    }
                    index++;
                }
                index = dictionary.count + 1;
                current = new KeyValuePair<TKey, TValue>();
                return false;
            }

            public KeyValuePair<TKey, TValue> Current { get { return current; } }

            public void Dispose() { }

            object IEnumerator.Current
            {
                get
                {
                    if (index == 0 || (index == dictionary.count + 1)) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    if (getEnumeratorRetType == DictEntry) return new DictionaryEntry(current.Key, current.Value);
                    return new KeyValuePair<TKey, TValue>(current.Key, current.Value);
                }
            }

            void IEnumerator.Reset()
            {
                if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = 0;
                current = new KeyValuePair<TKey, TValue>();
            }

            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get
                {
                    if (index == 0 || (index == dictionary.count + 1)) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return new DictionaryEntry(current.Key, current.Value);
                }
            }

            object IDictionaryEnumerator.Key
            {
                get
                {
                    if (index == 0 || (index == dictionary.count + 1)) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return current.Key;
                }
            }

            object IDictionaryEnumerator.Value
            {
                get
                {
                    if (index == 0 || (index == dictionary.count + 1)) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return current.Value;
                }
            }
        }

        [Serializable]
        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            Dictionary<TKey, TValue> dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                this.dictionary = dictionary;
            }

            public Enumerator GetEnumerator() { return new Enumerator(dictionary); }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
                if (array.Length - index < dictionary.Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                int n = dictionary.count;
                Entry[] e = dictionary.entries;
                for (int i = 0; i < n; i++)
                    if (e[i].hashCode >= 0) array[index++] = e[i].key;
            }

            public int Count { get { return dictionary.Count; } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Contains(TKey item) { return dictionary.ContainsKey(item); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(dictionary); }

            void ICollection.CopyTo(Array array, int index)
            {
                TKey[] keys = array as TKey[];
                if (keys != null) { CopyTo(keys, index); return; }
                object[] objects = array as object[];
                if (objects == null) throw new ArgumentException("Target array type is not compatible with the type of items in the collection.");
                int n = dictionary.count;
                Entry[] e = dictionary.entries;
                for (int i = 0; i < n; i++)
                    if (e[i].hashCode >= 0) objects[index++] = e[i].key;
            }

            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return dictionary; } }

            [Serializable]
            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                Dictionary<TKey, TValue> dictionary;
                int index;
                int version;
                TKey currentKey;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    this.dictionary = dictionary;
                    version = dictionary.version;
                    index = 0;
                    currentKey = default(TKey);
                }

                public void Dispose() { }

                public bool MoveNext()
                {
                    if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)index < (uint)dictionary.count)
                    {
                        if (dictionary.entries[index].hashCode >= 0)
                        {
                            currentKey = dictionary.entries[index].key;
                            index++;
                            return true;
                        }
                        index++;
                    }
                    index = dictionary.count + 1;
                    currentKey = default(TKey);
                    return false;
                }

                public TKey Current { get { return currentKey; } }

                object IEnumerator.Current
                {
                    get
                    {
                        if (index == 0 || (index == dictionary.count + 1)) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return currentKey;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    index = 0;
                    currentKey = default(TKey);
                }
            }
        }

        [Serializable]
        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            Dictionary<TKey, TValue> dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                this.dictionary = dictionary;
            }

            public Enumerator GetEnumerator() { return new Enumerator(dictionary); }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
                if (array.Length - index < dictionary.Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                int n = dictionary.count;
                Entry[] e = dictionary.entries;
                for (int i = 0; i < n; i++)
                    if (e[i].hashCode >= 0) array[index++] = e[i].value;
            }

            public int Count { get { return dictionary.Count; } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Contains(TValue item) { return dictionary.ContainsValue(item); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(dictionary); }

            void ICollection.CopyTo(Array array, int index)
            {
                TValue[] vals = array as TValue[];
                if (vals != null) { CopyTo(vals, index); return; }
                object[] objects = array as object[];
                if (objects == null) throw new ArgumentException("Target array type is not compatible with the type of items in the collection.");
                int n = dictionary.count;
                Entry[] e = dictionary.entries;
                for (int i = 0; i < n; i++)
                    if (e[i].hashCode >= 0) objects[index++] = e[i].value;
            }

            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return dictionary; } }

            [Serializable]
            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                Dictionary<TKey, TValue> dictionary;
                int index;
                int version;
                TValue currentValue;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    this.dictionary = dictionary;
                    version = dictionary.version;
                    index = 0;
                    currentValue = default(TValue);
                }

                public void Dispose() { }

                public bool MoveNext()
                {
                    if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)index < (uint)dictionary.count)
                    {
                        if (dictionary.entries[index].hashCode >= 0)
                        {
                            currentValue = dictionary.entries[index].value;
                            index++;
                            return true;
                        }
                        index++;
                    }
                    index = dictionary.count + 1;
                    currentValue = default(TValue);
                    return false;
                }

                public TValue Current { get { return currentValue; } }

                object IEnumerator.Current
                {
                    get
                    {
                        if (index == 0 || (index == dictionary.count + 1)) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return currentValue;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (version != dictionary.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    index = 0;
                    currentValue = default(TValue);
                }
            }
        }
    }
}
