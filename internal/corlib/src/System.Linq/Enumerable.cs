using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement>
    {
        TKey Key { get; }
    }

    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }

    public interface IOrderedEnumerable<TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }

    public class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>
    {
        internal TKey key;
        internal List<TElement> elements = new List<TElement>();

        internal Grouping(TKey key) { this.key = key; }

        public TKey Key { get { return key; } }
        public IEnumerator<TElement> GetEnumerator() { return elements.GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return elements.GetEnumerator(); }

        int ICollection<TElement>.Count { get { return elements.Count; } }
        bool ICollection<TElement>.IsReadOnly { get { return true; } }
        void ICollection<TElement>.Add(TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        void ICollection<TElement>.Clear() { throw new NotSupportedException("Specified method is not supported."); }
        bool ICollection<TElement>.Contains(TElement item) { return elements.Contains(item); }
        void ICollection<TElement>.CopyTo(TElement[] array, int arrayIndex) { elements.CopyTo(array, arrayIndex); }
        bool ICollection<TElement>.Remove(TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        int IList<TElement>.IndexOf(TElement item) { return elements.IndexOf(item); }
        void IList<TElement>.Insert(int index, TElement item) { throw new NotSupportedException("Specified method is not supported."); }
        void IList<TElement>.RemoveAt(int index) { throw new NotSupportedException("Specified method is not supported."); }
        TElement IList<TElement>.this[int index]
        {
            get { return elements[index]; }
            set { throw new NotSupportedException("Specified method is not supported."); }
        }
    }

    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        // Groups in order of first key occurrence; null keys are supported.
        List<Grouping<TKey, TElement>> groups = new List<Grouping<TKey, TElement>>();
        Dictionary<TKey, Grouping<TKey, TElement>> map;
        Grouping<TKey, TElement> nullGroup;

        internal Lookup(IEqualityComparer<TKey> comparer)
        {
            map = new Dictionary<TKey, Grouping<TKey, TElement>>(comparer ?? EqualityComparer<TKey>.Default);
        }

        internal Grouping<TKey, TElement> GetGrouping(TKey key, bool create)
        {
            Grouping<TKey, TElement> g;
            if (key == null)
            {
                if (nullGroup == null && create)
                {
                    nullGroup = new Grouping<TKey, TElement>(key);
                    groups.Add(nullGroup);
                }
                return nullGroup;
            }
            if (!map.TryGetValue(key, out g) && create)
            {
                g = new Grouping<TKey, TElement>(key);
                map.Add(key, g);
                groups.Add(g);
            }
            return g;
        }

        internal static Lookup<TKey, TElement> Create<TSource>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            if (elementSelector == null) throw new ArgumentNullException("elementSelector");
            Lookup<TKey, TElement> lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source)
                lookup.GetGrouping(keySelector(item), true).elements.Add(elementSelector(item));
            return lookup;
        }

        public int Count { get { return groups.Count; } }

        public IEnumerable<TElement> this[TKey key]
        {
            get
            {
                Grouping<TKey, TElement> g = GetGrouping(key, false);
                if (g != null) return g;
                return EmptyArray<TElement>.Value;
            }
        }

        public bool Contains(TKey key) { return GetGrouping(key, false) != null; }

        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator()
        {
            for (int i = 0; i < groups.Count; i++) yield return groups[i];
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            for (int i = 0; i < groups.Count; i++) yield return resultSelector(groups[i].key, groups[i].elements);
        }
    }

    internal abstract class OrderedEnumerableBase<TElement> : IOrderedEnumerable<TElement>
    {
        internal IEnumerable<TElement> source;

        internal abstract Sorter GetSorter(TElement[] elements, Sorter next);

        internal abstract class Sorter
        {
            internal abstract void ComputeKeys(TElement[] elements);
            internal abstract int Compare(int index1, int index2);
        }

        public IEnumerator<TElement> GetEnumerator()
        {
            TElement[] buffer = new List<TElement>(source).ToArray();
            int n = buffer.Length;
            if (n > 0)
            {
                Sorter sorter = GetSorter(buffer, null);
                sorter.ComputeKeys(buffer);
                int[] map = new int[n];
                for (int i = 0; i < n; i++) map[i] = i;
                MergeSort(map, new int[n], 0, n, sorter);
                for (int i = 0; i < n; i++) yield return buffer[map[i]];
            }
        }

        // Stable merge sort of indices.
        static void MergeSort(int[] a, int[] tmp, int lo, int hi, Sorter s)
        {
            if (hi - lo < 2) return;
            if (hi - lo <= 8)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    int v = a[i];
                    int j = i - 1;
                    while (j >= lo && s.Compare(a[j], v) > 0)
                    {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = v;
                }
                return;
            }
            int mid = (lo + hi) >> 1;
            MergeSort(a, tmp, lo, mid, s);
            MergeSort(a, tmp, mid, hi, s);
            if (s.Compare(a[mid - 1], a[mid]) <= 0) return;
            int p = lo, q = mid, k = lo;
            while (p < mid && q < hi)
            {
                if (s.Compare(a[q], a[p]) < 0) tmp[k++] = a[q++];
                else tmp[k++] = a[p++];
            }
            while (p < mid) tmp[k++] = a[p++];
            while (q < hi) tmp[k++] = a[q++];
            Array.Copy(tmp, lo, a, lo, hi - lo);
        }

        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        IOrderedEnumerable<TElement> IOrderedEnumerable<TElement>.CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            OrderedEnumerable<TElement, TKey> result = new OrderedEnumerable<TElement, TKey>(source, keySelector, comparer, descending);
            result.parent = this;
            return result;
        }
    }

    internal sealed class OrderedEnumerable<TElement, TKey> : OrderedEnumerableBase<TElement>
    {
        internal OrderedEnumerableBase<TElement> parent;
        Func<TElement, TKey> keySelector;
        IComparer<TKey> comparer;
        bool descending;

        internal OrderedEnumerable(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            this.source = source;
            this.keySelector = keySelector;
            this.comparer = comparer ?? Comparer<TKey>.Default;
            this.descending = descending;
        }

        internal override Sorter GetSorter(TElement[] elements, Sorter next)
        {
            Sorter s = new KeySorter(keySelector, comparer, descending, next);
            if (parent != null) s = parent.GetSorter(elements, s);
            return s;
        }

        sealed class KeySorter : Sorter
        {
            Func<TElement, TKey> keySelector;
            IComparer<TKey> comparer;
            bool descending;
            Sorter next;
            TKey[] keys;

            public KeySorter(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, Sorter next)
            {
                this.keySelector = keySelector;
                this.comparer = comparer;
                this.descending = descending;
                this.next = next;
            }

            internal override void ComputeKeys(TElement[] elements)
            {
                keys = new TKey[elements.Length];
                for (int i = 0; i < keys.Length; i++) keys[i] = keySelector(elements[i]);
                if (next != null) next.ComputeKeys(elements);
            }

            internal override int Compare(int index1, int index2)
            {
                int c = comparer.Compare(keys[index1], keys[index2]);
                if (c == 0)
                {
                    if (next == null) return 0;
                    return next.Compare(index1, index2);
                }
                return descending ? (c > 0 ? -1 : 1) : c;
            }
        }
    }

    public static partial class Enumerable
    {
        static Exception NoElements() { return new InvalidOperationException("Sequence contains no elements"); }
        static Exception NoMatch() { return new InvalidOperationException("Sequence contains no matching element"); }
        static Exception MoreThanOne() { return new InvalidOperationException("Sequence contains more than one element"); }
        static Exception MoreThanOneMatch() { return new InvalidOperationException("Sequence contains more than one matching element"); }
        static void Check(object o, string name) { if (o == null) throw new ArgumentNullException(name); }

        // ---- filtering / projection ----
        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return WhereIterator(source, predicate);
        }

        static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
                if (predicate(item)) yield return item;
        }

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return WhereIndexIterator(source, predicate);
        }

        static IEnumerable<TSource> WhereIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                if (predicate(item, index)) yield return item;
            }
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectIterator(source, selector);
        }

        static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            foreach (TSource item in source) yield return selector(item);
        }

        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectIndexIterator(source, selector);
        }

        static IEnumerable<TResult> SelectIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                yield return selector(item, index);
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectManyIterator(source, selector);
        }

        static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            foreach (TSource element in source)
                foreach (TResult subElement in selector(element))
                    yield return subElement;
        }

        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            Check(source, "source");
            Check(selector, "selector");
            return SelectManyIndexIterator(source, selector);
        }

        static IEnumerable<TResult> SelectManyIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked { index++; }
                foreach (TResult subElement in selector(element, index))
                    yield return subElement;
            }
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source");
            Check(collectionSelector, "collectionSelector");
            Check(resultSelector, "resultSelector");
            return SelectManyResultIterator(source, collectionSelector, resultSelector);
        }

        static IEnumerable<TResult> SelectManyResultIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            foreach (TSource element in source)
                foreach (TCollection subElement in collectionSelector(element))
                    yield return resultSelector(element, subElement);
        }

        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source");
            Check(collectionSelector, "collectionSelector");
            Check(resultSelector, "resultSelector");
            return SelectManyIndexResultIterator(source, collectionSelector, resultSelector);
        }

        static IEnumerable<TResult> SelectManyIndexResultIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked { index++; }
                foreach (TCollection subElement in collectionSelector(element, index))
                    yield return resultSelector(element, subElement);
            }
        }

        // ---- partitioning ----
        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return TakeIterator(source, count);
        }

        static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            if (count > 0)
            {
                foreach (TSource element in source)
                {
                    yield return element;
                    if (--count == 0) break;
                }
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return TakeWhileIterator(source, predicate);
        }

        static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource element in source)
            {
                if (!predicate(element)) break;
                yield return element;
            }
        }

        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return TakeWhileIndexIterator(source, predicate);
        }

        static IEnumerable<TSource> TakeWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource element in source)
            {
                checked { index++; }
                if (!predicate(element, index)) break;
                yield return element;
            }
        }

        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return TakeLastIterator(source, count);
        }

        static IEnumerable<TSource> TakeLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            if (count <= 0) yield break;
            Queue<TSource> q = new Queue<TSource>();
            foreach (TSource e in source)
            {
                if (q.Count == count) q.Dequeue();
                q.Enqueue(e);
            }
            foreach (TSource e in q) yield return e;
        }

        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return SkipIterator(source, count);
        }

        static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                while (count > 0 && e.MoveNext()) count--;
                if (count <= 0)
                {
                    while (e.MoveNext()) yield return e.Current;
                }
            }
        }

        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return SkipLastIterator(source, count);
        }

        static IEnumerable<TSource> SkipLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            Queue<TSource> q = new Queue<TSource>();
            foreach (TSource e in source)
            {
                if (q.Count == count && count > 0) yield return q.Dequeue();
                if (count > 0) q.Enqueue(e);
                else yield return e;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return SkipWhileIterator(source, predicate);
        }

        static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool yielding = false;
            foreach (TSource element in source)
            {
                if (!yielding && !predicate(element)) yielding = true;
                if (yielding) yield return element;
            }
        }

        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            return SkipWhileIndexIterator(source, predicate);
        }

        static IEnumerable<TSource> SkipWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            bool yielding = false;
            foreach (TSource element in source)
            {
                checked { index++; }
                if (!yielding && !predicate(element, index)) yielding = true;
                if (yielding) yield return element;
            }
        }

        // ---- joins / grouping ----
        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
        {
            return Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer");
            Check(inner, "inner");
            Check(outerKeySelector, "outerKeySelector");
            Check(innerKeySelector, "innerKeySelector");
            Check(resultSelector, "resultSelector");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, x => x, comparer);
            foreach (TOuter item in outer)
            {
                TKey k = outerKeySelector(item);
                if (k == null) continue;
                Grouping<TKey, TInner> g = lookup.GetGrouping(k, false);
                if (g != null)
                    for (int i = 0; i < g.elements.Count; i++)
                        yield return resultSelector(item, g.elements[i]);
            }
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            return GroupJoin(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer");
            Check(inner, "inner");
            Check(outerKeySelector, "outerKeySelector");
            Check(innerKeySelector, "innerKeySelector");
            Check(resultSelector, "resultSelector");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }

        static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TInner> lookup = Lookup<TKey, TInner>.Create(inner, innerKeySelector, x => x, comparer);
            foreach (TOuter item in outer)
            {
                TKey k = outerKeySelector(item);
                Grouping<TKey, TInner> g = k == null ? null : lookup.GetGrouping(k, false);
                yield return resultSelector(item, g == null ? (IEnumerable<TInner>)EmptyArray<TInner>.Value : g);
            }
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return GroupBy(source, keySelector, x => x, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            return GroupBy(source, keySelector, x => x, comparer);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return GroupBy(source, keySelector, elementSelector, (IEqualityComparer<TKey>)null);
        }

        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(elementSelector, "elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, comparer);
        }

        static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
            foreach (IGrouping<TKey, TElement> g in lookup) yield return g;
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, x => x, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            return GroupBy(source, keySelector, x => x, resultSelector, comparer);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
        {
            return GroupBy(source, keySelector, elementSelector, resultSelector, null);
        }

        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(elementSelector, "elementSelector");
            Check(resultSelector, "resultSelector");
            return GroupByResultIterator(source, keySelector, elementSelector, resultSelector, comparer);
        }

        static IEnumerable<TResult> GroupByResultIterator<TSource, TKey, TElement, TResult>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
            foreach (TResult r in lookup.ApplyResultSelector(resultSelector)) yield return r;
        }

        // ---- ordering ----
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, null, false);
        }

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, null, true);
        }

        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            return new OrderedEnumerable<TSource, TKey>(source, keySelector, comparer, true);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable<TKey>(keySelector, null, false);
        }

        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable<TKey>(keySelector, comparer, false);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable<TKey>(keySelector, null, true);
        }

        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            return source.CreateOrderedEnumerable<TKey>(keySelector, comparer, true);
        }

        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return ReverseIterator(source);
        }

        static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
        {
            TSource[] buffer = ToArray(source);
            for (int i = buffer.Length - 1; i >= 0; i--) yield return buffer[i];
        }

        // ---- sets ----
        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            Check(first, "first");
            Check(second, "second");
            return ConcatIterator(first, second);
        }

        static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            foreach (TSource element in first) yield return element;
            foreach (TSource element in second) yield return element;
        }

        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            return AppendIterator(source, element);
        }

        static IEnumerable<TSource> AppendIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            foreach (TSource e in source) yield return e;
            yield return element;
        }

        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            return PrependIterator(source, element);
        }

        static IEnumerable<TSource> PrependIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            yield return element;
            foreach (TSource e in source) yield return e;
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            Check(first, "first");
            Check(second, "second");
            Check(resultSelector, "resultSelector");
            return ZipIterator(first, second, resultSelector);
        }

        static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            using (IEnumerator<TFirst> e1 = first.GetEnumerator())
            using (IEnumerator<TSecond> e2 = second.GetEnumerator())
                while (e1.MoveNext() && e2.MoveNext())
                    yield return resultSelector(e1.Current, e2.Current);
        }

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source)
        {
            return Distinct(source, null);
        }

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            return DistinctIterator(source, comparer);
        }

        static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(comparer);
            foreach (TSource element in source)
                if (set.Add(element)) yield return element;
        }

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Union(first, second, null);
        }

        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first");
            Check(second, "second");
            return UnionIterator(first, second, comparer);
        }

        static IEnumerable<TSource> UnionIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(comparer);
            foreach (TSource element in first)
                if (set.Add(element)) yield return element;
            foreach (TSource element in second)
                if (set.Add(element)) yield return element;
        }

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Intersect(first, second, null);
        }

        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first");
            Check(second, "second");
            return IntersectIterator(first, second, comparer);
        }

        static IEnumerable<TSource> IntersectIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource element in first)
                if (set.Remove(element)) yield return element;
        }

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return Except(first, second, null);
        }

        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first");
            Check(second, "second");
            return ExceptIterator(first, second, comparer);
        }

        static IEnumerable<TSource> ExceptIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            HashSet<TSource> set = new HashSet<TSource>(second, comparer);
            foreach (TSource element in first)
                if (set.Add(element)) yield return element;
        }

        // ---- conversion ----
        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) { return source; }

        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null)
            {
                TSource[] r = new TSource[c.Count];
                c.CopyTo(r, 0);
                return r;
            }
            return new List<TSource>(source).ToArray();
        }

        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return new List<TSource>(source);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return new HashSet<TSource>(source);
        }

        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            return new HashSet<TSource>(source, comparer);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return ToDictionary(source, keySelector, x => x, null);
        }

        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            return ToDictionary(source, keySelector, x => x, comparer);
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return ToDictionary(source, keySelector, elementSelector, null);
        }

        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source");
            Check(keySelector, "keySelector");
            Check(elementSelector, "elementSelector");
            Dictionary<TKey, TElement> d = new Dictionary<TKey, TElement>(comparer);
            foreach (TSource element in source) d.Add(keySelector(element), elementSelector(element));
            return d;
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            return Lookup<TKey, TSource>.Create(source, keySelector, x => x, null);
        }

        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            return Lookup<TKey, TSource>.Create(source, keySelector, x => x, comparer);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, null);
        }

        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            return Lookup<TKey, TElement>.Create(source, keySelector, elementSelector, comparer);
        }

        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source)
        {
            Check(source, "source");
            return OfTypeIterator<TResult>(source);
        }

        static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source)
        {
            foreach (object obj in source)
                if (obj is TResult) yield return (TResult)obj;
        }

        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source)
        {
            IEnumerable<TResult> typedSource = source as IEnumerable<TResult>;
            if (typedSource != null) return typedSource;
            Check(source, "source");
            return CastIterator<TResult>(source);
        }

        static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source)
        {
            foreach (object obj in source) yield return (TResult)obj;
        }

        // ---- element operators ----
        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (list.Count > 0) return list[0];
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                    if (e.MoveNext()) return e.Current;
            }
            throw NoElements();
        }

        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource element in source)
                if (predicate(element)) return element;
            throw NoMatch();
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                if (list.Count > 0) return list[0];
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                    if (e.MoveNext()) return e.Current;
            }
            return default(TSource);
        }

        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource element in source)
                if (predicate(element)) return element;
            return default(TSource);
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null)
            {
                int count = list.Count;
                if (count > 0) return list[count - 1];
            }
            else
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    if (e.MoveNext())
                    {
                        TSource result;
                        do { result = e.Current; } while (e.MoveNext());
                        return result;
                    }
                }
            }
            throw NoElements();
        }

        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            TSource result = default(TSource);
            bool found = false;
            foreach (TSource element in source)
            {
                if (predicate(element))
                {
                    result = element;
                    found = true;
                }
            }
            if (found) return result;
            throw NoMatch();
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            TSource result = default(TSource);
            foreach (TSource element in source) result = element;
            return result;
        }

        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            TSource result = default(TSource);
            foreach (TSource element in source)
                if (predicate(element)) result = element;
            return result;
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                TSource result = e.Current;
                if (!e.MoveNext()) return result;
            }
            throw MoreThanOne();
        }

        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            TSource result = default(TSource);
            long count = 0;
            foreach (TSource element in source)
            {
                if (predicate(element))
                {
                    result = element;
                    checked { count++; }
                }
            }
            if (count == 0) throw NoMatch();
            if (count == 1) return result;
            throw MoreThanOneMatch();
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) return default(TSource);
                TSource result = e.Current;
                if (!e.MoveNext()) return result;
            }
            throw MoreThanOne();
        }

        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            TSource result = default(TSource);
            long count = 0;
            foreach (TSource element in source)
            {
                if (predicate(element))
                {
                    result = element;
                    checked { count++; }
                }
            }
            if (count == 0) return default(TSource);
            if (count == 1) return result;
            throw MoreThanOneMatch();
        }

        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            IList<TSource> list = source as IList<TSource>;
            if (list != null) return list[index];
            if (index >= 0)
            {
                using (IEnumerator<TSource> e = source.GetEnumerator())
                {
                    while (e.MoveNext())
                    {
                        if (index == 0) return e.Current;
                        index--;
                    }
                }
            }
            throw new ArgumentOutOfRangeException("index");
        }

        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            if (index >= 0)
            {
                IList<TSource> list = source as IList<TSource>;
                if (list != null)
                {
                    if (index < list.Count) return list[index];
                }
                else
                {
                    using (IEnumerator<TSource> e = source.GetEnumerator())
                    {
                        while (e.MoveNext())
                        {
                            if (index == 0) return e.Current;
                            index--;
                        }
                    }
                }
            }
            return default(TSource);
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source)
        {
            return DefaultIfEmpty(source, default(TSource));
        }

        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            return DefaultIfEmptyIterator(source, defaultValue);
        }

        static IEnumerable<TSource> DefaultIfEmptyIterator<TSource>(IEnumerable<TSource> source, TSource defaultValue)
        {
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (e.MoveNext())
                {
                    do { yield return e.Current; } while (e.MoveNext());
                }
                else yield return defaultValue;
            }
        }

        // ---- generation ----
        public static IEnumerable<int> Range(int start, int count)
        {
            long max = ((long)start) + count - 1;
            if (count < 0 || max > int.MaxValue) throw new ArgumentOutOfRangeException("count");
            return RangeIterator(start, count);
        }

        static IEnumerable<int> RangeIterator(int start, int count)
        {
            for (int i = 0; i < count; i++) yield return start + i;
        }

        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            return RepeatIterator(element, count);
        }

        static IEnumerable<TResult> RepeatIterator<TResult>(TResult element, int count)
        {
            for (int i = 0; i < count; i++) yield return element;
        }

        public static IEnumerable<TResult> Empty<TResult>() { return EmptyArray<TResult>.Value; }

        // ---- quantifiers ----
        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator())
                return e.MoveNext();
        }

        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource element in source)
                if (predicate(element)) return true;
            return false;
        }

        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            foreach (TSource element in source)
                if (!predicate(element)) return false;
            return true;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            ICollection<TSource> c = source as ICollection<TSource>;
            if (c != null) return c.Count;
            ICollection nc = source as ICollection;
            if (nc != null) return nc.Count;
            int count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
                while (e.MoveNext()) checked { count++; }
            return count;
        }

        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            int count = 0;
            foreach (TSource element in source)
                if (predicate(element)) checked { count++; }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            long count = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator())
                while (e.MoveNext()) checked { count++; }
            return count;
        }

        public static long LongCount<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source");
            Check(predicate, "predicate");
            long count = 0;
            foreach (TSource element in source)
                if (predicate(element)) checked { count++; }
            return count;
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            ICollection<TSource> collection = source as ICollection<TSource>;
            if (collection != null) return collection.Contains(value);
            return Contains(source, value, null);
        }

        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            Check(source, "source");
            foreach (TSource element in source)
                if (comparer.Equals(element, value)) return true;
            return false;
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            return SequenceEqual(first, second, null);
        }

        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            if (comparer == null) comparer = EqualityComparer<TSource>.Default;
            Check(first, "first");
            Check(second, "second");
            using (IEnumerator<TSource> e1 = first.GetEnumerator())
            using (IEnumerator<TSource> e2 = second.GetEnumerator())
            {
                while (e1.MoveNext())
                {
                    if (!(e2.MoveNext() && comparer.Equals(e1.Current, e2.Current))) return false;
                }
                if (e2.MoveNext()) return false;
            }
            return true;
        }

        // ---- aggregation ----
        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            Check(source, "source");
            Check(func, "func");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                TSource result = e.Current;
                while (e.MoveNext()) result = func(result, e.Current);
                return result;
            }
        }

        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            Check(source, "source");
            Check(func, "func");
            TAccumulate result = seed;
            foreach (TSource element in source) result = func(result, element);
            return result;
        }

        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            Check(source, "source");
            Check(func, "func");
            Check(resultSelector, "resultSelector");
            TAccumulate result = seed;
            foreach (TSource element in source) result = func(result, element);
            return resultSelector(result);
        }

        public static TSource Min<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            Comparer<TSource> comparer = Comparer<TSource>.Default;
            TSource value = default(TSource);
            if (value == null)
            {
                foreach (TSource x in source)
                    if (x != null && (value == null || comparer.Compare(x, value) < 0)) value = x;
                return value;
            }
            bool hasValue = false;
            foreach (TSource x in source)
            {
                if (hasValue)
                {
                    if (comparer.Compare(x, value) < 0) value = x;
                }
                else
                {
                    value = x;
                    hasValue = true;
                }
            }
            if (hasValue) return value;
            throw NoElements();
        }

        public static TSource Max<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            Comparer<TSource> comparer = Comparer<TSource>.Default;
            TSource value = default(TSource);
            if (value == null)
            {
                foreach (TSource x in source)
                    if (x != null && (value == null || comparer.Compare(x, value) > 0)) value = x;
                return value;
            }
            bool hasValue = false;
            foreach (TSource x in source)
            {
                if (hasValue)
                {
                    if (comparer.Compare(x, value) > 0) value = x;
                }
                else
                {
                    value = x;
                    hasValue = true;
                }
            }
            if (hasValue) return value;
            throw NoElements();
        }

        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Min(Select(source, selector));
        }

        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            return Max(Select(source, selector));
        }
    }
}
