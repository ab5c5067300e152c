namespace System.Collections.Generic
{
    // Balanced (AVL) binary search tree. Enumeration is in comparer order.
    // A view (GetViewBetween) is a TreeSubSet whose elements are those of the
    // underlying set within [lower, upper]: it has no nodes of its own.
    [Serializable]
    public class SortedSet<T> : ISet<T>, ICollection<T>, ICollection, IReadOnlyCollection<T>
    {
        internal sealed class Node
        {
            public T Item;
            public Node Left;
            public Node Right;
            public int Height = 1;
            public Node(T item) { Item = item; }
        }

        Node root;
        int count;
        int version;
        IComparer<T> comparer;

        // For a view: the set holding the nodes, and the inclusive range.
        SortedSet<T> underlying;
        T lower, upper;

        // Tree is the set whose nodes hold this set's elements.
        SortedSet<T> Tree { get { return underlying ?? this; } }

        internal bool InRange(T item)
        {
            return underlying == null || (comparer.Compare(item, lower) >= 0 && comparer.Compare(item, upper) <= 0);
        }

        public SortedSet() : this((IComparer<T>)null) { }

        public SortedSet(IComparer<T> comparer)
        {
            this.comparer = comparer ?? Comparer<T>.Default;
        }

        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }

        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) Add(item);
        }

        public IComparer<T> Comparer { get { return comparer; } }
        public int Count
        {
            get
            {
                if (underlying == null) return count;
                int n = 0;
                CountRange(underlying.root, ref n);
                return n;
            }
        }

        void CountRange(Node n, ref int total)
        {
            while (n != null)
            {
                if (comparer.Compare(n.Item, lower) < 0) n = n.Right;
                else if (comparer.Compare(n.Item, upper) > 0) n = n.Left;
                else
                {
                    total++;
                    CountRange(n.Left, ref total);
                    n = n.Right;
                }
            }
        }
        bool ICollection<T>.IsReadOnly { get { return false; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        static int H(Node n) { return n == null ? 0 : n.Height; }

        static void Fix(Node n)
        {
            int l = H(n.Left), r = H(n.Right);
            n.Height = (l > r ? l : r) + 1;
        }

        static Node RotateRight(Node n)
        {
            Node l = n.Left;
            n.Left = l.Right;
            l.Right = n;
            Fix(n);
            Fix(l);
            return l;
        }

        static Node RotateLeft(Node n)
        {
            Node r = n.Right;
            n.Right = r.Left;
            r.Left = n;
            Fix(n);
            Fix(r);
            return r;
        }

        static Node Balance(Node n)
        {
            Fix(n);
            int bf = H(n.Left) - H(n.Right);
            if (bf > 1)
            {
                if (H(n.Left.Left) < H(n.Left.Right)) n.Left = RotateLeft(n.Left);
                return RotateRight(n);
            }
            if (bf < -1)
            {
                if (H(n.Right.Right) < H(n.Right.Left)) n.Right = RotateRight(n.Right);
                return RotateLeft(n);
            }
            return n;
        }

        Node Insert(Node n, T item, ref bool added)
        {
            if (n == null)
            {
                added = true;
                return new Node(item);
            }
            int c = comparer.Compare(item, n.Item);
            if (c == 0) return n;
            if (c < 0) n.Left = Insert(n.Left, item, ref added);
            else n.Right = Insert(n.Right, item, ref added);
            return Balance(n);
        }

        static Node RemoveMin(Node n, out Node min)
        {
            if (n.Left == null)
            {
                min = n;
                return n.Right;
            }
            n.Left = RemoveMin(n.Left, out min);
            return Balance(n);
        }

        Node Delete(Node n, T item, ref bool removed)
        {
            if (n == null) return null;
            int c = comparer.Compare(item, n.Item);
            if (c < 0) n.Left = Delete(n.Left, item, ref removed);
            else if (c > 0) n.Right = Delete(n.Right, item, ref removed);
            else
            {
                removed = true;
                if (n.Left == null) return n.Right;
                if (n.Right == null) return n.Left;
                Node min;
                Node right = RemoveMin(n.Right, out min);
                min.Right = right;
                min.Left = n.Left;
                return Balance(min);
            }
            return Balance(n);
        }

        void ICollection<T>.Add(T item) { Add(item); }

        public bool Add(T item)
        {
            if (underlying != null)
            {
                if (!InRange(item)) throw new ArgumentOutOfRangeException("item");
                return underlying.Add(item);
            }
            bool added = false;
            root = Insert(root, item, ref added);
            if (added)
            {
                count++;
                version++;
            }
            return added;
        }

        public bool Remove(T item)
        {
            if (underlying != null) return InRange(item) && underlying.Remove(item);
            bool removed = false;
            root = Delete(root, item, ref removed);
            if (removed)
            {
                count--;
                version++;
            }
            return removed;
        }

        public virtual void Clear()
        {
            if (underlying != null)
            {
                foreach (T item in ToList()) underlying.Remove(item);
                return;
            }
            root = null;
            count = 0;
            version++;
        }

        internal Node FindNode(T item)
        {
            if (!InRange(item)) return null;
            Node n = Tree.root;
            while (n != null)
            {
                int c = comparer.Compare(item, n.Item);
                if (c == 0) return n;
                n = c < 0 ? n.Left : n.Right;
            }
            return null;
        }

        public virtual bool Contains(T item) { return FindNode(item) != null; }

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            Node n = FindNode(equalValue);
            if (n != null)
            {
                actualValue = n.Item;
                return true;
            }
            actualValue = default(T);
            return false;
        }

        public T Min
        {
            get
            {
                if (underlying != null)
                {
                    List<T> l = ToList();
                    return l.Count == 0 ? default(T) : l[0];
                }
                if (root == null) return default(T);
                Node n = root;
                while (n.Left != null) n = n.Left;
                return n.Item;
            }
        }

        public T Max
        {
            get
            {
                if (underlying != null)
                {
                    List<T> l = ToList();
                    return l.Count == 0 ? default(T) : l[l.Count - 1];
                }
                if (root == null) return default(T);
                Node n = root;
                while (n.Right != null) n = n.Right;
                return n.Item;
            }
        }

        // Touch invalidates running enumerators after an in-place change of a
        // node's item (SortedDictionary's indexer replacing a value).
        internal void Touch() { version++; }

        internal void InOrder(Node n, List<T> output, bool hasLower, T lower, bool hasUpper, T upper)
        {
            if (n == null) return;
            bool goLeft = !hasLower || comparer.Compare(n.Item, lower) > 0;
            bool goRight = !hasUpper || comparer.Compare(n.Item, upper) < 0;
            if (goLeft) InOrder(n.Left, output, hasLower, lower, hasUpper, upper);
            if ((!hasLower || comparer.Compare(n.Item, lower) >= 0) && (!hasUpper || comparer.Compare(n.Item, upper) <= 0))
                output.Add(n.Item);
            if (goRight) InOrder(n.Right, output, hasLower, lower, hasUpper, upper);
        }

        internal List<T> ToList()
        {
            if (underlying != null)
            {
                List<T> r = new List<T>();
                InOrder(underlying.root, r, true, lower, true, upper);
                return r;
            }
            List<T> l = new List<T>(count);
            InOrder(root, l, false, default(T), false, default(T));
            return l;
        }

        public IEnumerable<T> Reverse()
        {
            List<T> l = ToList();
            for (int i = l.Count - 1; i >= 0; i--) yield return l[i];
        }

        public virtual SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (underlying != null)
            {
                if (comparer.Compare(lower, lowerValue) > 0) throw new ArgumentOutOfRangeException("lowerValue");
                if (comparer.Compare(upper, upperValue) < 0) throw new ArgumentOutOfRangeException("upperValue");
                return underlying.GetViewBetween(lowerValue, upperValue);
            }
            if (comparer.Compare(lowerValue, upperValue) > 0) throw new ArgumentException("Must be less than or equal to upperValue.", "lowerValue");
            return new TreeSubSet(this, lowerValue, upperValue);
        }

        sealed class TreeSubSet : SortedSet<T>
        {
            public TreeSubSet(SortedSet<T> underlying, T lower, T upper) : base(underlying.comparer)
            {
                this.underlying = underlying;
                this.lower = lower;
                this.upper = upper;
            }
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            List<T> matches = new List<T>();
            foreach (T item in ToList())
                if (match(item)) matches.Add(item);
            foreach (T item in matches) Remove(item);
            return matches.Count;
        }

        public void CopyTo(T[] array) { CopyTo(array, 0, Count); }
        public void CopyTo(T[] array, int index) { CopyTo(array, index, Count); }

        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (index > array.Length || count > array.Length - index) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            List<T> l = ToList();
            for (int i = 0; i < count && i < l.Count; i++) array[index + i] = l[i];
        }

        void ICollection.CopyTo(Array array, int index)
        {
            List<T> l = ToList();
            for (int i = 0; i < l.Count; i++) array.SetValue(l[i], index + i);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) Add(item);
        }

        public virtual void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            foreach (T item in ToList())
                if (!o.Contains(item)) Remove(item);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            foreach (T item in new List<T>(other)) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if ((object)other == (object)this)
            {
                Clear();
                return;
            }
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            foreach (T item in o.ToList())
                if (!Remove(item)) Add(item);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            foreach (T item in ToList())
                if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            return o.Count > Count && IsSubsetOf(o);
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
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            return Count > o.Count && IsSupersetOf(o);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other)
                if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            SortedSet<T> o = new SortedSet<T>(other, comparer);
            return o.Count == Count && IsSupersetOf(o);
        }

        public static IEqualityComparer<SortedSet<T>> CreateSetComparer() { return new SetComparer(); }

        sealed class SetComparer : IEqualityComparer<SortedSet<T>>
        {
            public bool Equals(SortedSet<T> x, SortedSet<T> y)
            {
                if (x == null) return y == null;
                if (y == null) return false;
                return x.SetEquals(y);
            }

            public int GetHashCode(SortedSet<T> obj)
            {
                int h = 0;
                if (obj != null) foreach (T t in obj) h ^= EqualityComparer<T>.Default.GetHashCode(t) & 0x7FFFFFFF;
                return h;
            }
        }

        [Serializable]
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            SortedSet<T> set;
            SortedSet<T> tree;
            int version;
            Stack<Node> stack;
            T current;
            bool started;
            bool done;

            internal Enumerator(SortedSet<T> set)
            {
                this.set = set;
                tree = set.Tree;
                version = tree.version;
                stack = new Stack<Node>();
                current = default(T);
                started = false;
                done = false;
            }

            void PushLeft(Node n)
            {
                while (n != null)
                {
                    if (set.underlying != null && set.comparer.Compare(n.Item, set.lower) < 0)
                    {
                        n = n.Right;
                        continue;
                    }
                    stack.Push(n);
                    n = n.Left;
                }
            }

            public bool MoveNext()
            {
                if (version != tree.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (!started)
                {
                    started = true;
                    PushLeft(tree.root);
                }
                if (stack.Count == 0 || (set.underlying != null && set.comparer.Compare(stack.Peek().Item, set.upper) > 0))
                {
                    stack.Clear();
                    done = true;
                    current = default(T);
                    return false;
                }
                Node n = stack.Pop();
                current = n.Item;
                PushLeft(n.Right);
                return true;
            }

            public void Dispose() { }

            public T Current { get { return current; } }

            object IEnumerator.Current
            {
                get
                {
                    if (!started || done) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return current;
                }
            }

            void IEnumerator.Reset()
            {
                if (version != tree.version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                stack.Clear();
                started = false;
                done = false;
                current = default(T);
            }
        }
    }
}
