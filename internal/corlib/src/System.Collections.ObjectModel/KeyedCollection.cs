using System.Collections.Generic;

namespace System.Collections.ObjectModel
{
    // A list of items that can also be looked up by a key taken from each
    // item. Until the number of keyed items exceeds the creation threshold,
    // lookups scan the list; afterwards a dictionary is kept in step.
    [Serializable]
    public abstract class KeyedCollection<TKey, TItem> : Collection<TItem>
    {
        readonly IEqualityComparer<TKey> comparer;
        Dictionary<TKey, TItem> dict;
        int keyCount;
        readonly int threshold;

        protected KeyedCollection() : this(null, 0) { }

        protected KeyedCollection(IEqualityComparer<TKey> comparer) : this(comparer, 0) { }

        protected KeyedCollection(IEqualityComparer<TKey> comparer, int dictionaryCreationThreshold) : base(new List<TItem>())
        {
            if (dictionaryCreationThreshold < -1) throw new ArgumentOutOfRangeException("dictionaryCreationThreshold", "The specified threshold for creating dictionary is out of range.");
            this.comparer = comparer ?? EqualityComparer<TKey>.Default;
            threshold = dictionaryCreationThreshold == -1 ? int.MaxValue : dictionaryCreationThreshold;
        }

        public IEqualityComparer<TKey> Comparer { get { return comparer; } }

        protected IDictionary<TKey, TItem> Dictionary { get { return dict; } }

        public TItem this[TKey key]
        {
            get
            {
                TItem item;
                if (TryGetValue(key, out item)) return item;
                throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
            }
        }

        public bool Contains(TKey key)
        {
            TItem item;
            return TryGetValue(key, out item);
        }

        public bool TryGetValue(TKey key, out TItem item)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (dict != null) return dict.TryGetValue(key, out item);
            foreach (TItem it in Items)
            {
                TKey k = GetKeyForItem(it);
                if (k != null && comparer.Equals(key, k))
                {
                    item = it;
                    return true;
                }
            }
            item = default(TItem);
            return false;
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (dict != null)
            {
                TItem item;
                return dict.TryGetValue(key, out item) && Remove(item);
            }
            IList<TItem> items = Items;
            for (int i = 0; i < items.Count; i++)
            {
                TKey k = GetKeyForItem(items[i]);
                if (k != null && comparer.Equals(key, k))
                {
                    RemoveItem(i);
                    return true;
                }
            }
            return false;
        }

        bool HoldsItem(TItem item)
        {
            TKey key;
            if (dict == null || (key = GetKeyForItem(item)) == null) return Items.Contains(item);
            TItem held;
            return dict.TryGetValue(key, out held) && EqualityComparer<TItem>.Default.Equals(held, item);
        }

        protected void ChangeItemKey(TItem item, TKey newKey)
        {
            if (!HoldsItem(item)) throw new ArgumentException("The specified item does not exist in this KeyedCollection.");
            TKey oldKey = GetKeyForItem(item);
            if (comparer.Equals(oldKey, newKey)) return;
            if (newKey != null) AddKey(newKey, item);
            if (oldKey != null) RemoveKey(oldKey);
        }

        protected abstract TKey GetKeyForItem(TItem item);

        protected override void ClearItems()
        {
            base.ClearItems();
            if (dict != null) dict.Clear();
            keyCount = 0;
        }

        protected override void InsertItem(int index, TItem item)
        {
            TKey key = GetKeyForItem(item);
            if (key != null) AddKey(key, item);
            base.InsertItem(index, item);
        }

        protected override void RemoveItem(int index)
        {
            TKey key = GetKeyForItem(Items[index]);
            if (key != null) RemoveKey(key);
            base.RemoveItem(index);
        }

        protected override void SetItem(int index, TItem item)
        {
            TKey newKey = GetKeyForItem(item);
            TKey oldKey = GetKeyForItem(Items[index]);
            if (comparer.Equals(oldKey, newKey))
            {
                if (newKey != null && dict != null) dict[newKey] = item;
            }
            else
            {
                if (newKey != null) AddKey(newKey, item);
                if (oldKey != null) RemoveKey(oldKey);
            }
            base.SetItem(index, item);
        }

        void AddKey(TKey key, TItem item)
        {
            if (dict == null && keyCount == threshold)
            {
                dict = new Dictionary<TKey, TItem>(comparer);
                foreach (TItem it in Items)
                {
                    TKey k = GetKeyForItem(it);
                    if (k != null) dict.Add(k, it);
                }
            }
            if (dict != null)
            {
                dict.Add(key, item);
                return;
            }
            if (Contains(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key);
            keyCount++;
        }

        void RemoveKey(TKey key)
        {
            if (dict != null) dict.Remove(key);
            else keyCount--;
        }
    }
}
