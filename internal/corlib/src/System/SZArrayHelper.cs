using System.Collections;
using System.Collections.Generic;

namespace System
{
    // Single-dimensional arrays T[] implement IList<T>, ICollection<T>, IEnumerable<T>,
    // IReadOnlyList<T> and IReadOnlyCollection<T>: the runtime dispatches those interface
    // methods to these static methods, passing the array first.
    internal static class SZArrayHelper
    {
        internal static IEnumerator<T> GetEnumerator<T>(T[] array)
        {
            return new SZGenericArrayEnumerator<T>(array);
        }

        internal static int get_Count<T>(T[] array) { return array.Length; }

        internal static T get_Item<T>(T[] array, int index)
        {
            if ((uint)index >= (uint)array.Length)
                throw new ArgumentOutOfRangeException("index");
            return array[index];
        }

        internal static void set_Item<T>(T[] array, int index, T value)
        {
            if ((uint)index >= (uint)array.Length)
                throw new ArgumentOutOfRangeException("index");
            array[index] = value;
        }

        internal static bool get_IsReadOnly<T>(T[] array) { return true; }

        internal static void Add<T>(T[] array, T value) { throw new NotSupportedException("Collection is of a fixed size"); }
        internal static void Insert<T>(T[] array, int index, T value) { throw new NotSupportedException("Collection is of a fixed size"); }
        internal static bool Remove<T>(T[] array, T value) { throw new NotSupportedException("Collection is of a fixed size"); }
        internal static void RemoveAt<T>(T[] array, int index) { throw new NotSupportedException("Collection is of a fixed size"); }
        internal static void Clear<T>(T[] array) { throw new NotSupportedException("Collection is read-only"); }

        internal static int IndexOf<T>(T[] array, T value)
        {
            return Array.IndexOfImpl(array, value, 0, array.Length);
        }

        internal static bool Contains<T>(T[] array, T value)
        {
            return Array.IndexOfImpl(array, value, 0, array.Length) >= 0;
        }

        internal static void CopyTo<T>(T[] array, T[] destination, int index)
        {
            Array.Copy(array, 0, destination, index, array.Length);
        }
    }

    [Serializable]
    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        T[] array;
        int index;
        int endIndex;

        internal SZGenericArrayEnumerator(T[] array)
        {
            this.array = array;
            index = -1;
            endIndex = array.Length;
        }

        public bool MoveNext()
        {
            if (index < endIndex)
            {
                index++;
                return index < endIndex;
            }
            return false;
        }

        public T Current
        {
            get
            {
                if (index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext");
                if (index >= endIndex) throw new InvalidOperationException("Enumeration already finished");
                return array[index];
            }
        }

        object IEnumerator.Current { get { return Current; } }

        void IEnumerator.Reset() { index = -1; }

        public void Dispose() { }
    }
}
