using System.Collections.Generic;

namespace System.Collections
{
    [Serializable]
    public class ArrayList : IList, ICollection, IEnumerable, ICloneable
    {
        object[] _items;
        int _size;
        int _version;

        public ArrayList() { _items = new object[0]; }

        public ArrayList(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "'capacity' must be non-negative.");
            _items = new object[capacity];
        }

        public ArrayList(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", "Collection cannot be null.");
            _items = new object[c.Count];
            c.CopyTo(_items, 0);
            _size = c.Count;
        }

        public virtual int Capacity
        {
            get { return _items.Length; }
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value != _items.Length)
                {
                    object[] n = new object[value];
                    Array.Copy(_items, n, _size);
                    _items = n;
                }
            }
        }

        public virtual int Count { get { return _size; } }
        public virtual bool IsFixedSize { get { return false; } }
        public virtual bool IsReadOnly { get { return false; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }

        public virtual object this[int index]
        {
            get
            {
                if (index < 0 || index >= _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return _items[index];
            }
            set
            {
                if (index < 0 || index >= _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                _items[index] = value;
                _version++;
            }
        }

        void EnsureCapacity(int min)
        {
            if (_items.Length < min)
            {
                int newCapacity = _items.Length == 0 ? 4 : _items.Length * 2;
                if (newCapacity < min) newCapacity = min;
                Capacity = newCapacity;
            }
        }

        public virtual int Add(object value)
        {
            if (_size == _items.Length) EnsureCapacity(_size + 1);
            _items[_size] = value;
            _version++;
            return _size++;
        }

        public virtual void AddRange(ICollection c) { InsertRange(_size, c); }

        public virtual int BinarySearch(object value) { return BinarySearch(0, Count, value, null); }
        public virtual int BinarySearch(object value, IComparer comparer) { return BinarySearch(0, Count, value, comparer); }
        public virtual int BinarySearch(int index, int count, object value, IComparer comparer) { return Array.BinarySearch(_items, index, count, value, comparer); }

        public virtual void Clear()
        {
            Array.Clear(_items, 0, _size);
            _size = 0;
            _version++;
        }

        public virtual object Clone()
        {
            ArrayList la = new ArrayList(_size);
            la._size = _size;
            la._version = _version;
            Array.Copy(_items, 0, la._items, 0, _size);
            return la;
        }

        public virtual bool Contains(object item) { return IndexOf(item) >= 0; }

        public virtual void CopyTo(Array array) { CopyTo(array, 0); }
        public virtual void CopyTo(Array array, int arrayIndex) { Array.Copy(_items, 0, array, arrayIndex, _size); }
        public virtual void CopyTo(int index, Array array, int arrayIndex, int count) { Array.Copy(_items, index, array, arrayIndex, count); }

        public virtual IEnumerator GetEnumerator() { return GetEnumerator(0, _size); }

        public virtual IEnumerator GetEnumerator(int index, int count)
        {
            return new ArrayListEnumerator(this, index, count);
        }

        sealed class ArrayListEnumerator : IEnumerator, ICloneable
        {
            ArrayList list;
            int index, endIndex, version, startIndex;
            object current;

            public ArrayListEnumerator(ArrayList list, int index, int count)
            {
                this.list = list;
                startIndex = index;
                this.index = index - 1;
                endIndex = index + count;
                version = list._version;
            }

            public object Clone() { return MemberwiseClone(); }

            public bool MoveNext()
            {
                if (version != list._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < endIndex - 1)
                {
                    current = list[++index];
                    return true;
                }
                index = endIndex;
                return false;
            }

            public object Current
            {
                get
                {
                    if (index < startIndex) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (index >= endIndex) throw new InvalidOperationException("Enumeration already finished.");
                    return current;
                }
            }

            public void Reset()
            {
                if (version != list._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = startIndex - 1;
            }
        }

        public virtual int IndexOf(object value) { return Array.IndexOf((Array)_items, value, 0, _size); }
        public virtual int IndexOf(object value, int startIndex) { return Array.IndexOf((Array)_items, value, startIndex, _size - startIndex); }
        public virtual int IndexOf(object value, int startIndex, int count) { return Array.IndexOf((Array)_items, value, startIndex, count); }

        public virtual int LastIndexOf(object value) { return _size == 0 ? -1 : Array.LastIndexOf((Array)_items, value, _size - 1, _size); }

        public virtual void Insert(int index, object value)
        {
            if (index < 0 || index > _size) throw new ArgumentOutOfRangeException("index", "Insertion index was out of range. Must be non-negative and less than or equal to size.");
            if (_size == _items.Length) EnsureCapacity(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = value;
            _size++;
            _version++;
        }

        public virtual void InsertRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", "Collection cannot be null.");
            if (index < 0 || index > _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int count = c.Count;
            if (count > 0)
            {
                EnsureCapacity(_size + count);
                if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                object[] itemsToInsert = new object[count];
                c.CopyTo(itemsToInsert, 0);
                itemsToInsert.CopyTo(_items, index);
                _size += count;
                _version++;
            }
        }

        public virtual void Remove(object obj)
        {
            int index = IndexOf(obj);
            if (index >= 0) RemoveAt(index);
        }

        public virtual void RemoveAt(int index)
        {
            if (index < 0 || index >= _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = null;
            _version++;
        }

        public virtual void RemoveRange(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 0)
            {
                _size -= count;
                if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
                Array.Clear(_items, _size, count);
                _version++;
            }
        }

        public virtual ArrayList GetRange(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ArrayList r = new ArrayList(count);
            Array.Copy(_items, index, r._items, 0, count);
            r._size = count;
            return r;
        }

        public static ArrayList Repeat(object value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            ArrayList list = new ArrayList(count > 16 ? count : 16);
            for (int i = 0; i < count; i++) list.Add(value);
            return list;
        }

        public virtual void Reverse() { Reverse(0, Count); }
        public virtual void Reverse(int index, int count) { Array.Reverse(_items, index, count); _version++; }

        public virtual void SetRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", "Collection cannot be null.");
            c.CopyTo(_items, index);
            _version++;
        }

        public virtual void Sort() { Sort(0, Count, Comparer.Default); }
        public virtual void Sort(IComparer comparer) { Sort(0, Count, comparer); }
        public virtual void Sort(int index, int count, IComparer comparer) { Array.Sort(_items, index, count, comparer); _version++; }

        public virtual object[] ToArray()
        {
            object[] array = new object[_size];
            Array.Copy(_items, 0, array, 0, _size);
            return array;
        }

        public virtual Array ToArray(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            Array array = Array.CreateInstance(type, _size);
            Array.Copy(_items, 0, array, 0, _size);
            return array;
        }

        public virtual void TrimToSize() { Capacity = _size; }

        public static ArrayList Adapter(IList list)
        {
            if (list == null) throw new ArgumentNullException("list");
            ArrayList a = new ArrayList(list.Count);
            foreach (object o in list) a.Add(o);
            return a;
        }

        public static ArrayList Synchronized(ArrayList list) { return list; }
        public static ArrayList ReadOnly(ArrayList list) { return list; }
        public static ArrayList FixedSize(ArrayList list) { return list; }
    }

    [Serializable]
    public class Queue : ICollection, ICloneable
    {
        System.Collections.Generic.Queue<object> q = new System.Collections.Generic.Queue<object>();
        public Queue() { }
        public Queue(int capacity) { }
        public Queue(ICollection col) { foreach (object o in col) q.Enqueue(o); }
        public virtual int Count { get { return q.Count; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual void Enqueue(object obj) { q.Enqueue(obj); }
        public virtual object Dequeue() { return q.Dequeue(); }
        public virtual object Peek() { return q.Peek(); }
        public virtual void Clear() { q.Clear(); }
        public virtual bool Contains(object obj) { return q.Contains(obj); }
        public virtual object[] ToArray() { return q.ToArray(); }
        public virtual object Clone() { Queue n = new Queue(); foreach (object o in q) n.Enqueue(o); return n; }
        public virtual void CopyTo(Array array, int index) { object[] a = q.ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        public virtual IEnumerator GetEnumerator() { return ((IEnumerable)q).GetEnumerator(); }
    }

    [Serializable]
    public class Stack : ICollection, ICloneable
    {
        System.Collections.Generic.Stack<object> s = new System.Collections.Generic.Stack<object>();
        public Stack() { }
        public Stack(int initialCapacity) { }
        public Stack(ICollection col) { foreach (object o in col) s.Push(o); }
        public virtual int Count { get { return s.Count; } }
        public virtual bool IsSynchronized { get { return false; } }
        public virtual object SyncRoot { get { return this; } }
        public virtual void Push(object obj) { s.Push(obj); }
        public virtual object Pop() { return s.Pop(); }
        public virtual object Peek() { return s.Peek(); }
        public virtual void Clear() { s.Clear(); }
        public virtual bool Contains(object obj) { return s.Contains(obj); }
        public virtual object[] ToArray() { return s.ToArray(); }
        public virtual object Clone() { object[] a = s.ToArray(); Stack n = new Stack(); for (int i = a.Length - 1; i >= 0; i--) n.Push(a[i]); return n; }
        public virtual void CopyTo(Array array, int index) { object[] a = s.ToArray(); Array.Copy(a, 0, array, index, a.Length); }
        public virtual IEnumerator GetEnumerator() { return ((IEnumerable)s).GetEnumerator(); }
    }
}
