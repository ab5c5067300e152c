namespace System.Collections.Generic
{
    [Serializable]
    public class Queue<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        T[] _array;
        int _head;
        int _tail;
        int _size;
        int _version;

        public Queue() { _array = EmptyArray<T>.Value; }

        public Queue(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _array = new T[4];
            foreach (T item in collection) Enqueue(item);
        }

        public int Count { get { return _size; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public void Clear()
        {
            if (_head < _tail) Array.Clear(_array, _head, _size);
            else if (_size > 0)
            {
                Array.Clear(_array, _head, _array.Length - _head);
                Array.Clear(_array, 0, _tail);
            }
            _head = 0;
            _tail = 0;
            _size = 0;
            _version++;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (array.Length - arrayIndex < _size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int numToCopy = _size;
            if (numToCopy == 0) return;
            int firstPart = Math.Min(_array.Length - _head, numToCopy);
            Array.Copy(_array, _head, array, arrayIndex, firstPart);
            numToCopy -= firstPart;
            if (numToCopy > 0) Array.Copy(_array, 0, array, arrayIndex + _array.Length - _head, numToCopy);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            T[] a = ToArray();
            Array.Copy(a, 0, array, index, a.Length);
        }

        public void Enqueue(T item)
        {
            if (_size == _array.Length)
            {
                int newcapacity = (int)((long)_array.Length * 200 / 100);
                if (newcapacity < _array.Length + 4) newcapacity = _array.Length + 4;
                SetCapacity(newcapacity);
            }
            _array[_tail] = item;
            _tail = (_tail + 1) % _array.Length;
            _size++;
            _version++;
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public T Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            T removed = _array[_head];
            _array[_head] = default(T);
            _head = (_head + 1) % _array.Length;
            _size--;
            _version++;
            return removed;
        }

        public bool TryDequeue(out T result)
        {
            if (_size == 0)
            {
                result = default(T);
                return false;
            }
            result = Dequeue();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0)
            {
                result = default(T);
                return false;
            }
            result = _array[_head];
            return true;
        }

        public bool Contains(T item)
        {
            int index = _head;
            int count = _size;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            while (count-- > 0)
            {
                if (c.Equals(_array[index], item)) return true;
                index = (index + 1) % _array.Length;
            }
            return false;
        }

        internal T GetElement(int i) { return _array[(_head + i) % _array.Length]; }

        public T[] ToArray()
        {
            T[] arr = new T[_size];
            if (_size == 0) return arr;
            if (_head < _tail) Array.Copy(_array, _head, arr, 0, _size);
            else
            {
                Array.Copy(_array, _head, arr, 0, _array.Length - _head);
                Array.Copy(_array, 0, arr, _array.Length - _head, _tail);
            }
            return arr;
        }

        void SetCapacity(int capacity)
        {
            T[] newarray = new T[capacity];
            if (_size > 0)
            {
                if (_head < _tail) Array.Copy(_array, _head, newarray, 0, _size);
                else
                {
                    Array.Copy(_array, _head, newarray, 0, _array.Length - _head);
                    Array.Copy(_array, 0, newarray, _array.Length - _head, _tail);
                }
            }
            _array = newarray;
            _head = 0;
            _tail = (_size == capacity) ? 0 : _size;
            _version++;
        }

        public void TrimExcess()
        {
            int threshold = (int)(((double)_array.Length) * 0.9);
            if (_size < threshold) SetCapacity(_size);
        }

        [Serializable]
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            Queue<T> _q;
            int _index;   // -1 = not started, -2 = ended/disposed
            int _version;
            T _currentElement;

            internal Enumerator(Queue<T> q)
            {
                _q = q;
                _version = q._version;
                _index = -1;
                _currentElement = default(T);
            }

            public void Dispose()
            {
                _index = -2;
                _currentElement = default(T);
            }

            public bool MoveNext()
            {
                if (_version != _q._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index == -2) return false;
                _index++;
                if (_index == _q._size)
                {
                    _index = -2;
                    _currentElement = default(T);
                    return false;
                }
                _currentElement = _q.GetElement(_index);
                return true;
            }

            public T Current
            {
                get
                {
                    if (_index < 0)
                    {
                        if (_index == -1) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                        throw new InvalidOperationException("Enumeration already finished.");
                    }
                    return _currentElement;
                }
            }

            object IEnumerator.Current { get { return Current; } }

            void IEnumerator.Reset()
            {
                if (_version != _q._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = -1;
                _currentElement = default(T);
            }
        }
    }

    [Serializable]
    public class Stack<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        T[] _array;
        int _size;
        int _version;
        const int DefaultCapacity = 4;

        public Stack() { _array = EmptyArray<T>.Value; }

        public Stack(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _array = new T[capacity];
        }

        public Stack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _array = EmptyArray<T>.Value;
            foreach (T item in collection) Push(item);
        }

        public int Count { get { return _size; } }
        bool ICollection.IsSynchronized { get { return false; } }
        object ICollection.SyncRoot { get { return this; } }

        public void Clear()
        {
            Array.Clear(_array, 0, _size);
            _size = 0;
            _version++;
        }

        public bool Contains(T item)
        {
            int count = _size;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            while (count-- > 0)
                if (c.Equals(_array[count], item)) return true;
            return false;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex", "Non-negative number required.");
            if (array.Length - arrayIndex < _size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int srcIndex = 0;
            int dstIndex = arrayIndex + _size;
            for (int i = 0; i < _size; i++) array[--dstIndex] = _array[srcIndex++];
        }

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            T[] a = ToArray();
            Array.Copy(a, 0, array, arrayIndex, a.Length);
        }

        public Enumerator GetEnumerator() { return new Enumerator(this); }
        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return new Enumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new Enumerator(this); }

        public void TrimExcess()
        {
            int threshold = (int)(((double)_array.Length) * 0.9);
            if (_size < threshold)
            {
                T[] n = new T[_size];
                Array.Copy(_array, n, _size);
                _array = n;
                _version++;
            }
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            return _array[_size - 1];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0)
            {
                result = default(T);
                return false;
            }
            result = _array[_size - 1];
            return true;
        }

        public T Pop()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            _version++;
            T item = _array[--_size];
            _array[_size] = default(T);
            return item;
        }

        public bool TryPop(out T result)
        {
            if (_size == 0)
            {
                result = default(T);
                return false;
            }
            result = Pop();
            return true;
        }

        public void Push(T item)
        {
            if (_size == _array.Length)
            {
                T[] newArray = new T[(_array.Length == 0) ? DefaultCapacity : 2 * _array.Length];
                Array.Copy(_array, 0, newArray, 0, _size);
                _array = newArray;
            }
            _array[_size++] = item;
            _version++;
        }

        public T[] ToArray()
        {
            T[] objArray = new T[_size];
            int i = 0;
            while (i < _size)
            {
                objArray[i] = _array[_size - i - 1];
                i++;
            }
            return objArray;
        }

        [Serializable]
        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            Stack<T> _stack;
            int _index;   // -2 = not started, -1 = ended
            int _version;
            T _currentElement;

            internal Enumerator(Stack<T> stack)
            {
                _stack = stack;
                _version = stack._version;
                _index = -2;
                _currentElement = default(T);
            }

            public void Dispose() { _index = -1; }

            public bool MoveNext()
            {
                bool retval;
                if (_version != _stack._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index == -2)
                {
                    _index = _stack._size - 1;
                    retval = (_index >= 0);
                    if (retval) _currentElement = _stack._array[_index];
                    return retval;
                }
                if (_index == -1) return false;
                retval = (--_index >= 0);
                if (retval) _currentElement = _stack._array[_index];
                else _currentElement = default(T);
                return retval;
            }

            public T Current
            {
                get
                {
                    if (_index == -2) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (_index == -1) throw new InvalidOperationException("Enumeration already finished.");
                    return _currentElement;
                }
            }

            object IEnumerator.Current { get { return Current; } }

            void IEnumerator.Reset()
            {
                if (_version != _stack._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = -2;
                _currentElement = default(T);
            }
        }
    }
}
