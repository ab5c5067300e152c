namespace System.Collections.Generic
{
    [Serializable]
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        sealed class KeyComparer : IComparer<KeyValuePair<TKey, TValue>>
        {
            internal IComparer<TKey> keyComparer;
            public KeyComparer(IComparer<TKey> c) { keyComparer = c; }
            public int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y) { return keyComparer.Compare(x.Key, y.Key); }
        }

        SortedSet<KeyValuePair<TKey, TValue>> set;
        KeyComparer kc;
        KeyCollection keys;
        ValueCollection values;

        public SortedDictionary() : this((IComparer<TKey>)null) { }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            kc = new KeyComparer(comparer ?? Comparer<TKey>.Default);
            set = new SortedSet<KeyValuePair<TKey, TValue>>(kc);
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        public IComparer<TKey> Comparer { get { return kc.keyComparer; } }
        public int Count { get { return set.Count; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        SortedSet<KeyValuePair<TKey, TValue>>.Node Find(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return set.FindNode(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public TValue this[TKey key]
        {
            get
            {
                SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(key);
                if (n == null) throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
                return n.Item.Value;
            }
            set
            {
                SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(key);
                if (n == null) set.Add(new KeyValuePair<TKey, TValue>(key, value));
                else
                {
                    n.Item = new KeyValuePair<TKey, TValue>(n.Item.Key, value);
                    set.Touch();
                }
            }
        }


        public KeyCollection Keys { get { return keys ?? (keys = new KeyCollection(this)); } }
        public ValueCollection Values { get { return values ?? (values = new ValueCollection(this)); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (!set.Add(new KeyValuePair<TKey, TValue>(key, value)))
                throw new ArgumentException("An item with the same key has already been added. Key: " + key);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair) { Add(keyValuePair.Key, keyValuePair.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(keyValuePair.Key);
            return n != null && EqualityComparer<TValue>.Default.Equals(n.Item.Value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(keyValuePair.Key);
            if (n != null && EqualityComparer<TValue>.Default.Equals(n.Item.Value, keyValuePair.Value))
                return set.Remove(keyValuePair);
            return false;
        }

        public void Clear() { set.Clear(); }
        public bool ContainsKey(TKey key) { return Find(key) != null; }

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            foreach (KeyValuePair<TKey, TValue> kv in set)
                if (c.Equals(kv.Value, value)) return true;
            return false;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) { set.CopyTo(array, index); }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return set.Remove(new KeyValuePair<TKey, TValue>(key, default(TValue)));
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Node n = Find(key);
            if (n == null)
            {
                value = default(TValue);
                return false;
            }
            value = n.Item.Value;
            return true;
        }

        public Enumerator GetEnumerator() { return new Enumerator(set.GetEnumerator()); }

        [Serializable]
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            SortedSet<KeyValuePair<TKey, TValue>>.Enumerator inner;
            bool started;
            bool done;

            internal Enumerator(SortedSet<KeyValuePair<TKey, TValue>>.Enumerator inner)
            {
                this.inner = inner;
                started = false;
                done = false;
            }

            public bool MoveNext()
            {
                started = true;
                bool r = inner.MoveNext();
                done = !r;
                return r;
            }

            public KeyValuePair<TKey, TValue> Current { get { return inner.Current; } }
            public void Dispose() { }

            void CheckState()
            {
                if (!started || done) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
            }

            object IEnumerator.Current { get { CheckState(); return inner.Current; } }
            void IEnumerator.Reset() { ((IEnumerator)inner).Reset(); started = false; done = false; }
            object IDictionaryEnumerator.Key { get { CheckState(); return inner.Current.Key; } }
            object IDictionaryEnumerator.Value { get { CheckState(); return inner.Current.Value; } }
            DictionaryEntry IDictionaryEnumerator.Entry { get { CheckState(); return new DictionaryEntry(inner.Current.Key, inner.Current.Value); } }
        }
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() { return GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index) { ((ICollection)set).CopyTo(array, index); }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        ICollection IDictionary.Keys { get { return Keys; } }
        ICollection IDictionary.Values { get { return Values; } }

        object IDictionary.this[object key]
        {
            get
            {
                TValue v;
                if (key is TKey && TryGetValue((TKey)key, out v)) return v;
                return null;
            }
            set { this[(TKey)key] = (TValue)value; }
        }

        void IDictionary.Add(object key, object value) { Add((TKey)key, (TValue)value); }
        bool IDictionary.Contains(object key) { return key is TKey && ContainsKey((TKey)key); }
        void IDictionary.Remove(object key) { if (key is TKey) Remove((TKey)key); }

        IDictionaryEnumerator IDictionary.GetEnumerator() { return GetEnumerator(); }

        [Serializable]
        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            SortedDictionary<TKey, TValue> dictionary;

            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                this.dictionary = dictionary;
            }

            public int Count { get { return dictionary.Count; } }
            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return dictionary; } }

            public Enumerator GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(dictionary); }

            [Serializable]
            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                SortedSet<KeyValuePair<TKey, TValue>>.Enumerator inner;
                bool started;
                bool done;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    inner = dictionary.set.GetEnumerator();
                    started = false;
                    done = false;
                }

                public bool MoveNext()
                {
                    started = true;
                    bool r = inner.MoveNext();
                    done = !r;
                    return r;
                }

                public TKey Current { get { return inner.Current.Key; } }

                object IEnumerator.Current
                {
                    get
                    {
                        if (!started || done) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return inner.Current.Key;
                    }
                }

                void IEnumerator.Reset()
                {
                    ((IEnumerator)inner).Reset();
                    started = false;
                    done = false;
                }

                public void Dispose() { }
            }

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                foreach (KeyValuePair<TKey, TValue> kv in dictionary.set) array[index++] = kv.Key;
            }

            void ICollection.CopyTo(Array array, int index)
            {
                foreach (KeyValuePair<TKey, TValue> kv in dictionary.set) array.SetValue(kv.Key, index++);
            }

            bool ICollection<TKey>.Contains(TKey item) { return dictionary.ContainsKey(item); }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
        }

        [Serializable]
        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            SortedDictionary<TKey, TValue> dictionary;

            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                this.dictionary = dictionary;
            }

            public int Count { get { return dictionary.Count; } }
            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return dictionary; } }

            public Enumerator GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() { return new Enumerator(dictionary); }
            IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(dictionary); }

            [Serializable]
            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                SortedSet<KeyValuePair<TKey, TValue>>.Enumerator inner;
                bool started;
                bool done;

                internal Enumerator(SortedDictionary<TKey, TValue> dictionary)
                {
                    inner = dictionary.set.GetEnumerator();
                    started = false;
                    done = false;
                }

                public bool MoveNext()
                {
                    started = true;
                    bool r = inner.MoveNext();
                    done = !r;
                    return r;
                }

                public TValue Current { get { return inner.Current.Value; } }

                object IEnumerator.Current
                {
                    get
                    {
                        if (!started || done) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return inner.Current.Value;
                    }
                }

                void IEnumerator.Reset()
                {
                    ((IEnumerator)inner).Reset();
                    started = false;
                    done = false;
                }

                public void Dispose() { }
            }

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                foreach (KeyValuePair<TKey, TValue> kv in dictionary.set) array[index++] = kv.Value;
            }

            void ICollection.CopyTo(Array array, int index)
            {
                foreach (KeyValuePair<TKey, TValue> kv in dictionary.set) array.SetValue(kv.Value, index++);
            }

            bool ICollection<TValue>.Contains(TValue item) { return dictionary.ContainsValue(item); }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed."); }
        }
    }

    [Serializable]
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        TKey[] keys;
        TValue[] values;
        int _size;
        int version;
        IComparer<TKey> comparer;
        KeyList keyList;
        ValueList valueList;

        public SortedList() : this(0, null) { }
        public SortedList(int capacity) : this(capacity, null) { }
        public SortedList(IComparer<TKey> comparer) : this(0, comparer) { }

        public SortedList(int capacity, IComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            keys = new TKey[capacity];
            values = new TValue[capacity];
            this.comparer = comparer ?? Comparer<TKey>.Default;
        }

        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer)
            : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public int Capacity
        {
            get { return keys.Length; }
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value != keys.Length)
                {
                    TKey[] nk = new TKey[value];
                    TValue[] nv = new TValue[value];
                    Array.Copy(keys, nk, _size);
                    Array.Copy(values, nv, _size);
                    keys = nk;
                    values = nv;
                }
            }
        }

        public IComparer<TKey> Comparer { get { return comparer; } }
        public int Count { get { return _size; } }
        public IList<TKey> Keys { get { return keyList ?? (keyList = new KeyList(this)); } }
        public IList<TValue> Values { get { return valueList ?? (valueList = new ValueList(this)); } }
        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return false; } }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            int i = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            Insert(~i, key, value);
        }

        void Insert(int index, TKey key, TValue value)
        {
            if (_size == keys.Length)
            {
                int newCapacity = keys.Length == 0 ? 4 : keys.Length * 2;
                Capacity = newCapacity;
            }
            if (index < _size)
            {
                Array.Copy(keys, index, keys, index + 1, _size - index);
                Array.Copy(values, index, values, index + 1, _size - index);
            }
            keys[index] = key;
            values[index] = value;
            _size++;
            version++;
        }

        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i >= 0) return values[i];
                throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                int i = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
                if (i >= 0)
                {
                    values[i] = value;
                    version++;
                    return;
                }
                Insert(~i, key, value);
            }
        }

        public void Clear()
        {
            version++;
            Array.Clear(keys, 0, _size);
            Array.Clear(values, 0, _size);
            _size = 0;
        }

        public bool ContainsKey(TKey key) { return IndexOfKey(key) >= 0; }
        public bool ContainsValue(TValue value) { return IndexOfValue(value) >= 0; }

        public int IndexOfKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int ret = Array.BinarySearch<TKey>(keys, 0, _size, key, comparer);
            return ret >= 0 ? ret : -1;
        }

        public int IndexOfValue(TValue value) { return Array.IndexOf(values, value, 0, _size); }

        public void RemoveAt(int index)
        {
            if (index < 0 || index >= _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _size--;
            if (index < _size)
            {
                Array.Copy(keys, index + 1, keys, index, _size - index);
                Array.Copy(values, index + 1, values, index, _size - index);
            }
            keys[_size] = default(TKey);
            values[_size] = default(TValue);
            version++;
        }

        public bool Remove(TKey key)
        {
            int i = IndexOfKey(key);
            if (i >= 0) RemoveAt(i);
            return i >= 0;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0)
            {
                value = values[i];
                return true;
            }
            value = default(TValue);
            return false;
        }

        public void TrimExcess()
        {
            int threshold = (int)(((double)keys.Length) * 0.9);
            if (_size < threshold) Capacity = _size;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair) { Add(keyValuePair.Key, keyValuePair.Value); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = IndexOfKey(keyValuePair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = IndexOfKey(keyValuePair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(values[i], keyValuePair.Value))
            {
                RemoveAt(i);
                return true;
            }
            return false;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(keys[i], values[i]);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            int v = version;
            for (int i = 0; i < _size; i++)
            {
                if (v != version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                yield return new KeyValuePair<TKey, TValue>(keys[i], values[i]);
            }
            if (v != version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _size; i++) array.SetValue(new KeyValuePair<TKey, TValue>(keys[i], values[i]), index + i);
        }
        bool IDictionary.IsFixedSize { get { return false; } }
        bool IDictionary.IsReadOnly { get { return false; } }
        ICollection IDictionary.Keys { get { return (ICollection)Keys; } }
        ICollection IDictionary.Values { get { return (ICollection)Values; } }
        object IDictionary.this[object key]
        {
            get
            {
                TValue v;
                if (key is TKey && TryGetValue((TKey)key, out v)) return v;
                return null;
            }
            set { this[(TKey)key] = (TValue)value; }
        }
        void IDictionary.Add(object key, object value) { Add((TKey)key, (TValue)value); }
        bool IDictionary.Contains(object key) { return key is TKey && ContainsKey((TKey)key); }
        void IDictionary.Remove(object key) { if (key is TKey) Remove((TKey)key); }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            Dictionary<TKey, TValue> d = new Dictionary<TKey, TValue>();
            for (int i = 0; i < _size; i++) d.Add(keys[i], values[i]);
            return ((IDictionary)d).GetEnumerator();
        }

        [Serializable]
        sealed class KeyList : IList<TKey>, ICollection
        {
            SortedList<TKey, TValue> list;
            internal KeyList(SortedList<TKey, TValue> list) { this.list = list; }
            public int Count { get { return list._size; } }
            public bool IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return list; } }
            public TKey this[int index]
            {
                get
                {
                    if (index < 0 || index >= list._size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                    return list.keys[index];
                }
                set { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            }
            public void Add(TKey key) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public void Clear() { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public bool Contains(TKey key) { return list.ContainsKey(key); }
            public void CopyTo(TKey[] array, int arrayIndex) { Array.Copy(list.keys, 0, array, arrayIndex, list._size); }
            void ICollection.CopyTo(Array array, int arrayIndex) { Array.Copy(list.keys, 0, array, arrayIndex, list._size); }
            public void Insert(int index, TKey value) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public IEnumerator<TKey> GetEnumerator()
            {
                for (int i = 0; i < list._size; i++) yield return list.keys[i];
            }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
            public int IndexOf(TKey key) { return list.IndexOfKey(key); }
            public bool Remove(TKey key) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public void RemoveAt(int index) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
        }

        [Serializable]
        sealed class ValueList : IList<TValue>, ICollection
        {
            SortedList<TKey, TValue> list;
            internal ValueList(SortedList<TKey, TValue> list) { this.list = list; }
            public int Count { get { return list._size; } }
            public bool IsReadOnly { get { return true; } }
            bool ICollection.IsSynchronized { get { return false; } }
            object ICollection.SyncRoot { get { return list; } }
            public TValue this[int index]
            {
                get
                {
                    if (index < 0 || index >= list._size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                    return list.values[index];
                }
                set { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            }
            public void Add(TValue key) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public void Clear() { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public bool Contains(TValue value) { return list.ContainsValue(value); }
            public void CopyTo(TValue[] array, int arrayIndex) { Array.Copy(list.values, 0, array, arrayIndex, list._size); }
            void ICollection.CopyTo(Array array, int arrayIndex) { Array.Copy(list.values, 0, array, arrayIndex, list._size); }
            public void Insert(int index, TValue value) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public IEnumerator<TValue> GetEnumerator()
            {
                for (int i = 0; i < list._size; i++) yield return list.values[i];
            }
            IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
            public int IndexOf(TValue value) { return list.IndexOfValue(value); }
            public bool Remove(TValue value) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
            public void RemoveAt(int index) { throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList."); }
        }
    }
}
