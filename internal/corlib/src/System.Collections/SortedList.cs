using System.Collections.Generic;

namespace System.Collections
{
    // Keys and values in two parallel arrays sorted by key (binary search).
    [Serializable]
    public class SortedList : IDictionary, ICollection, IEnumerable, ICloneable
    {
        object[] keys;
        object[] values;
        int _size;
        int version;
        IComparer comparer;
        KeyList keyList;
        ValueList valueList;

        const string IndexMessage = "Index was out of range. Must be non-negative and less than the size of the collection.";
        const string NestedMessage = "This operation is not supported on SortedList nested types because they require modifying the original SortedList.";

        public SortedList()
        {
            keys = new object[0];
            values = new object[0];
            comparer = Comparer.Default;
        }

        public SortedList(int initialCapacity)
        {
            if (initialCapacity < 0) throw new ArgumentOutOfRangeException("initialCapacity", "Non-negative number required.");
            keys = new object[initialCapacity];
            values = new object[initialCapacity];
            comparer = Comparer.Default;
        }

        public SortedList(IComparer comparer) : this()
        {
            if (comparer != null) this.comparer = comparer;
        }

        public SortedList(IComparer comparer, int capacity) : this(comparer)
        {
            Capacity = capacity;
        }

        public SortedList(IDictionary d) : this(d, null) { }

        public SortedList(IDictionary d, IComparer comparer) : this(comparer, d != null ? d.Count : 0)
        {
            if (d == null) throw new ArgumentNullException("d", "Dictionary cannot be null.");
            d.Keys.CopyTo(keys, 0);
            d.Values.CopyTo(values, 0);
            Array.Sort(keys, values, 0, d.Count, this.comparer);
            _size = d.Count;
        }

        public virtual void Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            int i = Search(key);
            if (i >= 0) throw new ArgumentException("Item has already been added. Key in dictionary: '" + GetKey(i) + "'  Key being added: '" + key + "'");
            Insert(~i, key, value);
        }

        public virtual int Capacity
        {
            get { return keys.Length; }
            set
            {
                if (value < Count) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value != keys.Length)
                {
                    object[] nk = new object[value];
                    object[] nv = new object[value];
                    if (_size > 0)
                    {
                        Array.Copy(keys, 0, nk, 0, _size);
                        Array.Copy(values, 0, nv, 0, _size);
                    }
                    keys = nk;
                    values = nv;
                }
            }
        }

        public virtual int Count { get { return _size; } }
        public virtual ICollection Keys { get { return GetKeyList(); } }
        public virtual ICollection Values { get { return GetValueList(); } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual void Clear()
        {
            version++;
            Array.Clear(keys, 0, _size);
            Array.Clear(values, 0, _size);
            _size = 0;
        }

        public virtual object Clone()
        {
            SortedList sl = new SortedList(_size);
            Array.Copy(keys, 0, sl.keys, 0, _size);
            Array.Copy(values, 0, sl.values, 0, _size);
            sl._size = _size;
            sl.version = version;
            sl.comparer = comparer;
            return sl;
        }

        public virtual bool Contains(object key) { return IndexOfKey(key) >= 0; }
        public virtual bool ContainsKey(object key) { return IndexOfKey(key) >= 0; }
        public virtual bool ContainsValue(object value) { return IndexOfValue(value) >= 0; }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array", "Array cannot be null.");
            if (array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
            if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (array.Length - arrayIndex < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < Count; i++)
                array.SetValue(new DictionaryEntry(keys[i], values[i]), i + arrayIndex);
        }

        void EnsureCapacity(int min)
        {
            int n = keys.Length == 0 ? 16 : keys.Length * 2;
            if (n < min) n = min;
            Capacity = n;
        }

        public virtual object GetByIndex(int index)
        {
            if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException("index", IndexMessage);
            return values[index];
        }

        public virtual IDictionaryEnumerator GetEnumerator() { return new SortedListEnumerator(this, 0, _size, SortedListEnumerator.DictEntry); }
        IEnumerator IEnumerable.GetEnumerator() { return new SortedListEnumerator(this, 0, _size, SortedListEnumerator.DictEntry); }

        public virtual object GetKey(int index)
        {
            if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException("index", IndexMessage);
            return keys[index];
        }

        public virtual IList GetKeyList()
        {
            if (keyList == null) keyList = new KeyList(this);
            return keyList;
        }

        public virtual IList GetValueList()
        {
            if (valueList == null) valueList = new ValueList(this);
            return valueList;
        }

        public virtual object this[object key]
        {
            get
            {
                int i = IndexOfKey(key);
                return i >= 0 ? values[i] : null;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                int i = Search(key);
                if (i >= 0)
                {
                    values[i] = value;
                    version++;
                    return;
                }
                Insert(~i, key, value);
            }
        }

        // Search is the binary search of key: its index, or the complement of
        // the insertion point.
        int Search(object key)
        {
            int lo = 0, hi = _size - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c;
                try { c = comparer.Compare(keys[mid], key); }
                catch (Exception e) { throw new InvalidOperationException("Failed to compare two elements in the array.", e); }
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1;
                else hi = mid - 1;
            }
            return ~lo;
        }

        public virtual int IndexOfKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            int i = Search(key);
            return i >= 0 ? i : -1;
        }

        public virtual int IndexOfValue(object value)
        {
            for (int i = 0; i < _size; i++)
                if (value == null ? values[i] == null : value.Equals(values[i])) return i;
            return -1;
        }

        void Insert(int index, object key, object value)
        {
            if (_size == keys.Length) EnsureCapacity(_size + 1);
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

        public virtual void RemoveAt(int index)
        {
            if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException("index", IndexMessage);
            _size--;
            if (index < _size)
            {
                Array.Copy(keys, index + 1, keys, index, _size - index);
                Array.Copy(values, index + 1, values, index, _size - index);
            }
            keys[_size] = null;
            values[_size] = null;
            version++;
        }

        public virtual void Remove(object key)
        {
            int i = IndexOfKey(key);
            if (i >= 0) RemoveAt(i);
        }

        public virtual void SetByIndex(int index, object value)
        {
            if (index < 0 || index >= Count) throw new ArgumentOutOfRangeException("index", IndexMessage);
            values[index] = value;
            version++;
        }

        public static SortedList Synchronized(SortedList list)
        {
            if (list == null) throw new ArgumentNullException("list");
            return new SyncSortedList(list);
        }

        public virtual void TrimToSize() { Capacity = _size; }

        [Serializable]
        sealed class SyncSortedList : SortedList
        {
            readonly SortedList _list;
            readonly object _root;

            internal SyncSortedList(SortedList list)
            {
                _list = list;
                _root = list.SyncRoot;
            }

            public override int Count { get { lock (_root) return _list.Count; } }
            public override object SyncRoot { get { return _root; } }
            public override bool IsReadOnly { get { return _list.IsReadOnly; } }
            public override bool IsFixedSize { get { return _list.IsFixedSize; } }
            public override bool IsSynchronized { get { return true; } }
            public override object this[object key]
            {
                get { lock (_root) return _list[key]; }
                set { lock (_root) _list[key] = value; }
            }
            public override void Add(object key, object value) { lock (_root) _list.Add(key, value); }
            public override int Capacity { get { lock (_root) return _list.Capacity; } }
            public override void Clear() { lock (_root) _list.Clear(); }
            public override object Clone() { lock (_root) return _list.Clone(); }
            public override bool Contains(object key) { lock (_root) return _list.Contains(key); }
            public override bool ContainsKey(object key) { lock (_root) return _list.ContainsKey(key); }
            public override bool ContainsValue(object key) { lock (_root) return _list.ContainsValue(key); }
            public override void CopyTo(Array array, int index) { lock (_root) _list.CopyTo(array, index); }
            public override object GetByIndex(int index) { lock (_root) return _list.GetByIndex(index); }
            public override IDictionaryEnumerator GetEnumerator() { lock (_root) return _list.GetEnumerator(); }
            public override object GetKey(int index) { lock (_root) return _list.GetKey(index); }
            public override IList GetKeyList() { lock (_root) return _list.GetKeyList(); }
            public override IList GetValueList() { lock (_root) return _list.GetValueList(); }
            public override int IndexOfKey(object key)
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                lock (_root) return _list.IndexOfKey(key);
            }
            public override int IndexOfValue(object value) { lock (_root) return _list.IndexOfValue(value); }
            public override void RemoveAt(int index) { lock (_root) _list.RemoveAt(index); }
            public override void Remove(object key) { lock (_root) _list.Remove(key); }
            public override void SetByIndex(int index, object value) { lock (_root) _list.SetByIndex(index, value); }
            public override void TrimToSize() { lock (_root) _list.TrimToSize(); }
        }

        [Serializable]
        sealed class SortedListEnumerator : IDictionaryEnumerator, ICloneable
        {
            readonly SortedList _sortedList;
            object _key;
            object _value;
            int _index;
            readonly int _startIndex;
            readonly int _endIndex;
            readonly int _version;
            bool _current;
            readonly int _getObjectRetType;

            internal const int Keys = 1;
            internal const int Values = 2;
            internal const int DictEntry = 3;

            internal SortedListEnumerator(SortedList sortedList, int index, int count, int getObjRetType)
            {
                _sortedList = sortedList;
                _index = index;
                _startIndex = index;
                _endIndex = index + count;
                _version = sortedList.version;
                _getObjectRetType = getObjRetType;
            }

            public object Clone() { return MemberwiseClone(); }

            public object Key
            {
                get
                {
                    if (_version != _sortedList.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    if (!_current) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _key;
                }
            }

            public bool MoveNext()
            {
                if (_version != _sortedList.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index < _endIndex)
                {
                    _key = _sortedList.keys[_index];
                    _value = _sortedList.values[_index];
                    _index++;
                    _current = true;
                    return true;
                }
                _key = null;
                _value = null;
                _current = false;
                return false;
            }

            public DictionaryEntry Entry
            {
                get
                {
                    if (_version != _sortedList.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    if (!_current) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return new DictionaryEntry(_key, _value);
                }
            }

            public object Current
            {
                get
                {
                    if (!_current) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    if (_getObjectRetType == Keys) return _key;
                    if (_getObjectRetType == Values) return _value;
                    return new DictionaryEntry(_key, _value);
                }
            }

            public object Value
            {
                get
                {
                    if (_version != _sortedList.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    if (!_current) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _value;
                }
            }

            public void Reset()
            {
                if (_version != _sortedList.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = _startIndex;
                _current = false;
                _key = null;
                _value = null;
            }
        }

        [Serializable]
        sealed class KeyList : IList
        {
            readonly SortedList sortedList;

            internal KeyList(SortedList sortedList) { this.sortedList = sortedList; }

            public int Count { get { return sortedList._size; } }
            public bool IsReadOnly { get { return true; } }
            public bool IsFixedSize { get { return true; } }
            public bool IsSynchronized { get { return sortedList.IsSynchronized; } }
            public object SyncRoot { get { return sortedList.SyncRoot; } }

            public int Add(object key) { throw new NotSupportedException(NestedMessage); }
            public void Clear() { throw new NotSupportedException(NestedMessage); }
            public bool Contains(object key) { return sortedList.Contains(key); }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array != null && array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
                Array.Copy(sortedList.keys, 0, array, arrayIndex, sortedList.Count);
            }

            public void Insert(int index, object value) { throw new NotSupportedException(NestedMessage); }

            public object this[int index]
            {
                get { return sortedList.GetKey(index); }
                set { throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed."); }
            }

            public IEnumerator GetEnumerator() { return new SortedListEnumerator(sortedList, 0, sortedList.Count, SortedListEnumerator.Keys); }

            public int IndexOf(object key)
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                int i = sortedList.Search(key);
                return i >= 0 ? i : -1;
            }

            public void Remove(object key) { throw new NotSupportedException(NestedMessage); }
            public void RemoveAt(int index) { throw new NotSupportedException(NestedMessage); }
        }

        [Serializable]
        sealed class ValueList : IList
        {
            readonly SortedList sortedList;

            internal ValueList(SortedList sortedList) { this.sortedList = sortedList; }

            public int Count { get { return sortedList._size; } }
            public bool IsReadOnly { get { return true; } }
            public bool IsFixedSize { get { return true; } }
            public bool IsSynchronized { get { return sortedList.IsSynchronized; } }
            public object SyncRoot { get { return sortedList.SyncRoot; } }

            public int Add(object key) { throw new NotSupportedException(NestedMessage); }
            public void Clear() { throw new NotSupportedException(NestedMessage); }
            public bool Contains(object value) { return sortedList.ContainsValue(value); }

            public void CopyTo(Array array, int arrayIndex)
            {
                if (array != null && array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
                Array.Copy(sortedList.values, 0, array, arrayIndex, sortedList.Count);
            }

            public void Insert(int index, object value) { throw new NotSupportedException(NestedMessage); }

            public object this[int index]
            {
                get { return sortedList.GetByIndex(index); }
                set { throw new NotSupportedException(NestedMessage); }
            }

            public IEnumerator GetEnumerator() { return new SortedListEnumerator(sortedList, 0, sortedList.Count, SortedListEnumerator.Values); }

            public int IndexOf(object value) { return Array.IndexOf(sortedList.values, value, 0, sortedList.Count); }

            public void Remove(object value) { throw new NotSupportedException(NestedMessage); }
            public void RemoveAt(int index) { throw new NotSupportedException(NestedMessage); }
        }
    }
}
