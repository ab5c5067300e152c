using System.Collections;
using System.Collections.Generic;

namespace System
{
    // A window [Offset, Offset + Count) over an array; writes go to the array.
    [Serializable]
    public struct ArraySegment<T> : IList<T>, IReadOnlyList<T>
    {
        readonly T[] _array;
        readonly int _offset;
        readonly int _count;

        public static ArraySegment<T> Empty { get { return new ArraySegment<T>(new T[0]); } }

        public ArraySegment(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            _array = array;
            _offset = 0;
            _count = array.Length;
        }

        public ArraySegment(T[] array, int offset, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            // Mono 6.8 reports these with its resource keys as messages.
            if (offset < 0) throw new ArgumentOutOfRangeException(null, "ArgumentOutOfRange_NeedNonNegNum");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "ArgumentOutOfRange_NeedNonNegNum");
            if (array.Length - offset < count) throw new ArgumentException("Argument_InvalidOffLen");
            _array = array;
            _offset = offset;
            _count = count;
        }

        public T[] Array { get { return _array; } }
        public int Offset { get { return _offset; } }
        public int Count { get { return _count; } }

        void CheckArray()
        {
            if (_array == null) throw new InvalidOperationException("");
        }

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return _array[_offset + index];
            }
            set
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                _array[_offset + index] = value;
            }
        }

        public Enumerator GetEnumerator()
        {
            CheckArray();
            return new Enumerator(this);
        }

        public override int GetHashCode()
        {
            if (_array == null) return 0;
            int h = 5381;
            h = ((h << 5) + h) ^ _offset;
            h = ((h << 5) + h) ^ _count;
            return h ^ _array.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            return obj is ArraySegment<T> && Equals((ArraySegment<T>)obj);
        }

        public bool Equals(ArraySegment<T> obj)
        {
            return obj._array == _array && obj._offset == _offset && obj._count == _count;
        }

        public static bool operator ==(ArraySegment<T> a, ArraySegment<T> b) { return a.Equals(b); }
        public static bool operator !=(ArraySegment<T> a, ArraySegment<T> b) { return !a.Equals(b); }
        public static implicit operator ArraySegment<T>(T[] array) { return array != null ? new ArraySegment<T>(array) : default(ArraySegment<T>); }

        public ArraySegment<T> Slice(int index)
        {
            CheckArray();
            if ((uint)index > (uint)_count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return new ArraySegment<T>(_array, _offset + index, _count - index);
        }

        public ArraySegment<T> Slice(int index, int count)
        {
            CheckArray();
            if ((uint)index > (uint)_count || (uint)count > (uint)(_count - index)) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return new ArraySegment<T>(_array, _offset + index, count);
        }

        public T[] ToArray()
        {
            CheckArray();
            if (_count == 0) return new T[0];
            T[] r = new T[_count];
            System.Array.Copy(_array, _offset, r, 0, _count);
            return r;
        }

        public void CopyTo(T[] destination) { CopyTo(destination, 0); }

        public void CopyTo(T[] destination, int destinationIndex)
        {
            CheckArray();
            System.Array.Copy(_array, _offset, destination, destinationIndex, _count);
        }

        public void CopyTo(ArraySegment<T> destination)
        {
            CheckArray();
            destination.CheckArray();
            if (_count > destination._count) throw new ArgumentException("Destination is too short.");
            System.Array.Copy(_array, _offset, destination._array, destination._offset, _count);
        }

        T IList<T>.this[int index]
        {
            get
            {
                CheckArray();
                if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return _array[_offset + index];
            }
            set
            {
                CheckArray();
                if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                _array[_offset + index] = value;
            }
        }

        int IList<T>.IndexOf(T item)
        {
            CheckArray();
            int index = System.Array.IndexOf<T>(_array, item, _offset, _count);
            return index >= 0 ? index - _offset : -1;
        }

        void IList<T>.Insert(int index, T item) { throw new NotSupportedException("Specified method is not supported."); }
        void IList<T>.RemoveAt(int index) { throw new NotSupportedException("Specified method is not supported."); }

        T IReadOnlyList<T>.this[int index]
        {
            get
            {
                CheckArray();
                if (index < 0 || index >= _count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return _array[_offset + index];
            }
        }

        bool ICollection<T>.IsReadOnly { get { return true; } }
        void ICollection<T>.Add(T item) { throw new NotSupportedException("Specified method is not supported."); }
        void ICollection<T>.Clear() { throw new NotSupportedException("Specified method is not supported."); }

        bool ICollection<T>.Contains(T item)
        {
            CheckArray();
            return System.Array.IndexOf<T>(_array, item, _offset, _count) >= 0;
        }

        bool ICollection<T>.Remove(T item) { throw new NotSupportedException("Specified method is not supported."); }

        IEnumerator<T> IEnumerable<T>.GetEnumerator() { return GetEnumerator(); }
        IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }

        [Serializable]
        public struct Enumerator : IEnumerator<T>
        {
            readonly T[] _array;
            readonly int _start;
            readonly int _end;
            int _current;

            internal Enumerator(ArraySegment<T> segment)
            {
                _array = segment._array;
                _start = segment._offset;
                _end = segment._offset + segment._count;
                _current = segment._offset - 1;
            }

            public bool MoveNext()
            {
                if (_current < _end)
                {
                    _current++;
                    return _current < _end;
                }
                return false;
            }

            public T Current
            {
                get
                {
                    if (_current < _start) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (_current >= _end) throw new InvalidOperationException("Enumeration already finished.");
                    return _array[_current];
                }
            }

            object IEnumerator.Current { get { return Current; } }

            void IEnumerator.Reset() { _current = _start - 1; }

            public void Dispose() { }
        }
    }
}
