using System.Collections.Generic;

namespace System.Collections
{
    // Hashtable backed by the generic Dictionary (enumeration in insertion order).
    [Serializable]
    public class Hashtable : IDictionary, ICollection, IEnumerable, ICloneable
    {
        Dictionary<object, object> dict;
        IEqualityComparer keyComparer;

        sealed class Adapter : IEqualityComparer<object>
        {
            IEqualityComparer c;
            public Adapter(IEqualityComparer c) { this.c = c; }
            public new bool Equals(object x, object y) { return c == null ? x.Equals(y) : c.Equals(x, y); }
            public int GetHashCode(object o) { return c == null ? o.GetHashCode() : c.GetHashCode(o); }
        }

        public Hashtable() : this(0, (IEqualityComparer)null) { }
        public Hashtable(int capacity) : this(capacity, (IEqualityComparer)null) { }
        public Hashtable(IEqualityComparer equalityComparer) : this(0, equalityComparer) { }
        public Hashtable(int capacity, float loadFactor) : this(capacity, (IEqualityComparer)null) { }

        public Hashtable(int capacity, IEqualityComparer equalityComparer)
        {
            keyComparer = equalityComparer;
            dict = new Dictionary<object, object>(capacity, new Adapter(equalityComparer));
        }

        public Hashtable(IDictionary d) : this(d, (IEqualityComparer)null) { }

        public Hashtable(IDictionary d, IEqualityComparer equalityComparer) : this(d != null ? d.Count : 0, equalityComparer)
        {
            if (d == null) throw new ArgumentNullException("d");
            IDictionaryEnumerator e = d.GetEnumerator();
            while (e.MoveNext()) Add(e.Key, e.Value);
        }

        protected IEqualityComparer EqualityComparer { get { return keyComparer; } }

        public virtual object this[object key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                object v;
                dict.TryGetValue(key, out v);
                return v;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                dict[key] = value;
            }
        }

        public virtual int Count { get { return dict.Count; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual ICollection Keys { get { return new List<object>(dict.Keys); } }
        public virtual ICollection Values { get { return new List<object>(dict.Values); } }

        public virtual void Add(object key, object value)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            if (dict.ContainsKey(key)) throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
            dict.Add(key, value);
        }

        public virtual void Clear() { dict.Clear(); }
        public virtual object Clone() { Hashtable h = new Hashtable(Count, keyComparer); foreach (KeyValuePair<object, object> kv in dict) h.dict.Add(kv.Key, kv.Value); return h; }

        public virtual bool Contains(object key) { return ContainsKey(key); }

        public virtual bool ContainsKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            return dict.ContainsKey(key);
        }

        public virtual bool ContainsValue(object value) { return dict.ContainsValue(value); }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            int i = arrayIndex;
            foreach (KeyValuePair<object, object> kv in dict) array.SetValue(new DictionaryEntry(kv.Key, kv.Value), i++);
        }

        public virtual IDictionaryEnumerator GetEnumerator() { return ((IDictionary)dict).GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return ((IDictionary)dict).GetEnumerator(); }

        public virtual void Remove(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            dict.Remove(key);
        }

        public static Hashtable Synchronized(Hashtable table) { return table; }
    }
}
