using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    [Serializable]
    public class ReadOnlyCollection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        IList<T> list;

        public ReadOnlyCollection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            this.list = list;
        }

        public int Count { get { return list.Count; } }
        public T this[int index] { get { return list[index]; } }
        protected IList<T> Items { get { return list; } }

        public bool Contains(T value) { return list.Contains(value); }
        public void CopyTo(T[] array, int index) { list.CopyTo(array, index); }
        public IEnumerator<T> GetEnumerator() { return list.GetEnumerator(); }
        public int IndexOf(T value) { return list.IndexOf(value); }

        static void ReadOnly() { throw new NotSupportedException("Collection is read-only."); }

        bool ICollection<T>.IsReadOnly { get { return true; } }
        T IList<T>.this[int index] { get { return list[index]; } set { ReadOnly(); } }
        void ICollection<T>.Add(T value) { ReadOnly(); }
        void ICollection<T>.Clear() { ReadOnly(); }
        void IList<T>.Insert(int index, T value) { ReadOnly(); }
        bool ICollection<T>.Remove(T value) { ReadOnly(); return false; }
        void IList<T>.RemoveAt(int index) { ReadOnly(); }
        IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable)list).GetEnumerator(); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        void ICollection.CopyTo(Array array, int index)
        {
            int i = index;
            foreach (T item in list) array.SetValue(item, i++);
        }

        bool IList.IsFixedSize { get { return true; } }
        bool IList.IsReadOnly { get { return true; } }
        object IList.this[int index] { get { return list[index]; } set { ReadOnly(); } }
        int IList.Add(object value) { ReadOnly(); return -1; }
        void IList.Clear() { ReadOnly(); }
        bool IList.Contains(object value) { return (value is T || value == null) && Contains((T)value); }
        int IList.IndexOf(object value) { return (value is T || value == null) ? IndexOf((T)value) : -1; }
        void IList.Insert(int index, object value) { ReadOnly(); }
        void IList.Remove(object value) { ReadOnly(); }
        void IList.RemoveAt(int index) { ReadOnly(); }
    }

    [Serializable]
    public class Collection<T> : IList<T>, IList, IReadOnlyList<T>
    {
        IList<T> items;

        public Collection() { items = new List<T>(); }
        public Collection(IList<T> list)
        {
            if (list == null) throw new ArgumentNullException("list");
            items = list;
        }

        public int Count { get { return items.Count; } }
        protected IList<T> Items { get { return items; } }

        public T this[int index]
        {
            get { return items[index]; }
            set
            {
                if (index < 0 || index >= items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                SetItem(index, value);
            }
        }

        public void Add(T item) { InsertItem(items.Count, item); }
        public void Clear() { ClearItems(); }
        public void CopyTo(T[] array, int index) { items.CopyTo(array, index); }
        public bool Contains(T item) { return items.Contains(item); }
        public IEnumerator<T> GetEnumerator() { return items.GetEnumerator(); }
        public int IndexOf(T item) { return items.IndexOf(item); }

        public void Insert(int index, T item)
        {
            if (index < 0 || index > items.Count) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            InsertItem(index, item);
        }

        public bool Remove(T item)
        {
            int index = items.IndexOf(item);
            if (index < 0) return false;
            RemoveItem(index);
            return true;
        }

        public void RemoveAt(int index)
        {
            if (index < 0 || index >= items.Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            RemoveItem(index);
        }

        protected virtual void ClearItems() { items.Clear(); }
        protected virtual void InsertItem(int index, T item) { items.Insert(index, item); }
        protected virtual void RemoveItem(int index) { items.RemoveAt(index); }
        protected virtual void SetItem(int index, T item) { items[index] = item; }

        bool ICollection<T>.IsReadOnly { get { return items.IsReadOnly; } }
        IEnumerator IEnumerable.GetEnumerator() { return ((IEnumerable)items).GetEnumerator(); }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }
        void ICollection.CopyTo(Array array, int index)
        {
            int i = index;
            foreach (T item in items) array.SetValue(item, i++);
        }
        object IList.this[int index] { get { return items[index]; } set { this[index] = (T)value; } }
        bool IList.IsReadOnly { get { return items.IsReadOnly; } }
        bool IList.IsFixedSize { get { return false; } }
        int IList.Add(object value) { Add((T)value); return Count - 1; }
        bool IList.Contains(object value) { return (value is T || value == null) && Contains((T)value); }
        int IList.IndexOf(object value) { return (value is T || value == null) ? IndexOf((T)value) : -1; }
        void IList.Insert(int index, object value) { Insert(index, (T)value); }
        void IList.Remove(object value) { if (value is T || value == null) Remove((T)value); }
    }
}
