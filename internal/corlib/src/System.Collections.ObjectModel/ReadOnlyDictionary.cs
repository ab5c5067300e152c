using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A read-only wrapper: reads go to the wrapped dictionary, every
    // mutation throws NotSupportedException.
    [Serializable]
    public class ReadOnlyDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        const string ReadOnlyMessage = "Collection is read-only.";

        readonly IDictionary<TKey, TValue> m_dictionary;
        object _syncRoot;
        KeyCollection _keys;
        ValueCollection _values;

        public ReadOnlyDictionary(IDictionary<TKey, TValue> dictionary)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            m_dictionary = dictionary;
        }

        protected IDictionary<TKey, TValue> Dictionary { get { return m_dictionary; } }

        public KeyCollection Keys
        {
            get
            {
                if (_keys == null) _keys = new KeyCollection(m_dictionary.Keys);
                return _keys;
            }
        }

        public ValueCollection Values
        {
            get
            {
                if (_values == null) _values = new ValueCollection(m_dictionary.Values);
                return _values;
            }
        }

        public bool ContainsKey(TKey key) { return m_dictionary.ContainsKey(key); }
        public bool TryGetValue(TKey key, out TValue value) { return m_dictionary.TryGetValue(key, out value); }
        public TValue this[TKey key] { get { return m_dictionary[key]; } }
        public int Count { get { return m_dictionary.Count; } }
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() { return m_dictionary.GetEnumerator(); }

        ICollection<TKey> IDictionary<TKey, TValue>.Keys { get { return Keys; } }
        ICollection<TValue> IDictionary<TKey, TValue>.Values { get { return Values; } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys { get { return Keys; } }
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values { get { return Values; } }

        TValue IDictionary<TKey, TValue>.this[TKey key]
        {
            get { return m_dictionary[key]; }
            set { throw new NotSupportedException(ReadOnlyMessage); }
        }

        void IDictionary<TKey, TValue>.Add(TKey key, TValue value) { throw new NotSupportedException(ReadOnlyMessage); }
        bool IDictionary<TKey, TValue>.Remove(TKey key) { throw new NotSupportedException(ReadOnlyMessage); }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly { get { return true; } }
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) { return m_dictionary.Contains(item); }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) { m_dictionary.CopyTo(array, arrayIndex); }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) { throw new NotSupportedException(ReadOnlyMessage); }
        void ICollection<KeyValuePair<TKey, TValue>>.Clear() { throw new NotSupportedException(ReadOnlyMessage); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) { throw new NotSupportedException(ReadOnlyMessage); }

        IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable)m_dictionary).GetEnumerator(); }

        static bool IsCompatibleKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return key is TKey;
        }

        void IDictionary.Add(object key, object value) { throw new NotSupportedException(ReadOnlyMessage); }
        void IDictionary.Clear() { throw new NotSupportedException(ReadOnlyMessage); }
        bool IDictionary.Contains(object key) { return IsCompatibleKey(key) && ContainsKey((TKey)key); }

        IDictionaryEnumerator IDictionary.GetEnumerator()
        {
            IDictionary d = m_dictionary as IDictionary;
            if (d != null) return d.GetEnumerator();
            return new DictionaryEnumerator(m_dictionary);
        }

        bool IDictionary.IsFixedSize { get { return true; } }
        bool IDictionary.IsReadOnly { get { return true; } }
        ICollection IDictionary.Keys { get { return Keys; } }
        void IDictionary.Remove(object key) { throw new NotSupportedException(ReadOnlyMessage); }
        ICollection IDictionary.Values { get { return Values; } }

        object IDictionary.this[object key]
        {
            get
            {
                if (IsCompatibleKey(key))
                {
                    TValue v;
                    if (m_dictionary.TryGetValue((TKey)key, out v)) return v;
                }
                return null;
            }
            set { throw new NotSupportedException(ReadOnlyMessage); }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            foreach (KeyValuePair<TKey, TValue> kv in m_dictionary)
            {
                if (array is DictionaryEntry[]) array.SetValue(new DictionaryEntry(kv.Key, kv.Value), index++);
                else array.SetValue(kv, index++);
            }
        }

        bool ICollection.IsSynchronized { get { return false; } }

        object ICollection.SyncRoot
        {
            get
            {
                if (_syncRoot == null)
                {
                    ICollection c = m_dictionary as ICollection;
                    _syncRoot = c != null ? c.SyncRoot : new object();
                }
                return _syncRoot;
            }
        }

        [Serializable]
        sealed class DictionaryEnumerator : IDictionaryEnumerator
        {
            readonly IEnumerator<KeyValuePair<TKey, TValue>> e;

            public DictionaryEnumerator(IDictionary<TKey, TValue> dictionary) { e = dictionary.GetEnumerator(); }

            public DictionaryEntry Entry { get { return new DictionaryEntry(e.Current.Key, e.Current.Value); } }
            public object Key { get { return e.Current.Key; } }
            public object Value { get { return e.Current.Value; } }
            public object Current { get { return Entry; } }
            public bool MoveNext() { return e.MoveNext(); }
            public void Reset() { e.Reset(); }
        }

        static void CopyItems<T>(ICollection<T> collection, Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < collection.Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            foreach (T item in collection) array.SetValue(item, index++);
        }

        [Serializable]
        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            readonly ICollection<TKey> collection;
            object _syncRoot;

            internal KeyCollection(ICollection<TKey> collection)
            {
                if (collection == null) throw new ArgumentNullException("collection");
                this.collection = collection;
            }

            public int Count { get { return collection.Count; } }
            public void CopyTo(TKey[] array, int arrayIndex) { collection.CopyTo(array, arrayIndex); }
            public IEnumerator<TKey> GetEnumerator() { return collection.GetEnumerator(); }

            bool ICollection<TKey>.IsReadOnly { get { return true; } }
            void ICollection<TKey>.Add(TKey item) { throw new NotSupportedException(ReadOnlyMessage); }
            void ICollection<TKey>.Clear() { throw new NotSupportedException(ReadOnlyMessage); }
            bool ICollection<TKey>.Contains(TKey item) { return collection.Contains(item); }
            bool ICollection<TKey>.Remove(TKey item) { throw new NotSupportedException(ReadOnlyMessage); }
            IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable)collection).GetEnumerator(); }
            void ICollection.CopyTo(Array array, int index) { CopyItems(collection, array, index); }
            bool ICollection.IsSynchronized { get { return false; } }

            object ICollection.SyncRoot
            {
                get
                {
                    if (_syncRoot == null)
                    {
                        ICollection c = collection as ICollection;
                        _syncRoot = c != null ? c.SyncRoot : new object();
                    }
                    return _syncRoot;
                }
            }
        }

        [Serializable]
        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            readonly ICollection<TValue> collection;
            object _syncRoot;

            internal ValueCollection(ICollection<TValue> collection)
            {
                if (collection == null) throw new ArgumentNullException("collection");
                this.collection = collection;
            }

            public int Count { get { return collection.Count; } }
            public void CopyTo(TValue[] array, int arrayIndex) { collection.CopyTo(array, arrayIndex); }
            public IEnumerator<TValue> GetEnumerator() { return collection.GetEnumerator(); }

            bool ICollection<TValue>.IsReadOnly { get { return true; } }
            void ICollection<TValue>.Add(TValue item) { throw new NotSupportedException(ReadOnlyMessage); }
            void ICollection<TValue>.Clear() { throw new NotSupportedException(ReadOnlyMessage); }
            bool ICollection<TValue>.Contains(TValue item) { return collection.Contains(item); }
            bool ICollection<TValue>.Remove(TValue item) { throw new NotSupportedException(ReadOnlyMessage); }
            IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable)collection).GetEnumerator(); }
            void ICollection.CopyTo(Array array, int index) { CopyItems(collection, array, index); }
            bool ICollection.IsSynchronized { get { return false; } }

            object ICollection.SyncRoot
            {
                get
                {
                    if (_syncRoot == null)
                    {
                        ICollection c = collection as ICollection;
                        _syncRoot = c != null ? c.SyncRoot : new object();
                    }
                    return _syncRoot;
                }
            }
        }
    }
}
