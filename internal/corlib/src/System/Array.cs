using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;

namespace System
{
    // Arrays are runtime-native objects: no instance fields.
    [Serializable]
    public abstract class Array : ICloneable, IList, ICollection, IEnumerable, IStructuralComparable, IStructuralEquatable
    {
        internal Array() { }

        // ---- runtime primitives ----
        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        public long LongLength { get { return Length; } }

        public extern int Rank
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLength(int dimension);

        public long GetLongLength(int dimension) { return GetLength(dimension); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLowerBound(int dimension);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetUpperBound(int dimension);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern object GetValue(int index);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern object GetValue(params int[] indices);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern void SetValue(object value, int index);

        public void SetValue(object value, params int[] indices)
        {
            if (indices == null) throw new ArgumentNullException("indices");
            if (indices.Length != Rank) throw new ArgumentException("Value does not fall within the expected range.", "idxs");
            InternalSetValue(value, indices);
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern void InternalSetValue(object value, int[] indices);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern object Clone();

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalClear(Array array, int index, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Array InternalCreate(Type elementType, int[] lengths);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Array InternalCreateBounded(Type elementType, int[] lengths, int[] lowerBounds);

        public object GetValue(int index1, int index2) { return GetValue(new int[] { index1, index2 }); }
        public object GetValue(int index1, int index2, int index3) { return GetValue(new int[] { index1, index2, index3 }); }
        public object GetValue(long index) { return GetValue((int)index); }
        public object GetValue(long index1, long index2) { return GetValue((int)index1, (int)index2); }
        public object GetValue(long index1, long index2, long index3) { return GetValue((int)index1, (int)index2, (int)index3); }
        public object GetValue(params long[] indices) { return GetValue(ToInt(indices)); }
        public void SetValue(object value, long index1, long index2) { SetValue(value, (int)index1, (int)index2); }
        public void SetValue(object value, long index1, long index2, long index3) { SetValue(value, (int)index1, (int)index2, (int)index3); }
        public void SetValue(object value, params long[] indices) { SetValue(value, ToInt(indices)); }
        public static Array CreateInstance(Type elementType, params long[] lengths) { return CreateInstance(elementType, ToInt(lengths)); }

        public static Array CreateInstance(Type elementType, int[] lengths, int[] lowerBounds)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (lengths == null) throw new ArgumentNullException("lengths");
            if (lowerBounds == null) throw new ArgumentNullException("lowerBounds");
            if (lengths.Length < 1) throw new ArgumentException("Arrays must contain >= 1 elements.");
            if (lengths.Length != lowerBounds.Length) throw new ArgumentException("Arrays must be of same size.");
            for (int i = 0; i < lengths.Length; i++)
            {
                if (lengths[i] < 0) throw new ArgumentOutOfRangeException("lengths", "Each value has to be >= 0.");
                if ((long)lowerBounds[i] + lengths[i] > int.MaxValue) throw new ArgumentOutOfRangeException("lengths", "Length + bound must not exceed Int32.MaxValue.");
            }
            return InternalCreateBounded(elementType, lengths, lowerBounds);
        }

        static int[] ToInt(long[] a)
        {
            if (a == null) throw new ArgumentNullException("indices");
            int[] r = new int[a.Length];
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] > int.MaxValue || a[i] < int.MinValue) throw new ArgumentOutOfRangeException("index", "Arrays larger than 2GB are not supported.");
                r[i] = (int)a[i];
            }
            return r;
        }
        public void SetValue(object value, int index1, int index2) { SetValue(value, new int[] { index1, index2 }); }
        public void SetValue(object value, int index1, int index2, int index3) { SetValue(value, new int[] { index1, index2, index3 }); }
        public void SetValue(object value, long index) { SetValue(value, (int)index); }

        public static Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            return InternalCreate(elementType, new int[] { length });
        }

        public static Array CreateInstance(Type elementType, int length1, int length2)
        {
            return CreateInstance(elementType, new int[] { length1, length2 });
        }

        public static Array CreateInstance(Type elementType, int length1, int length2, int length3)
        {
            return CreateInstance(elementType, new int[] { length1, length2, length3 });
        }

        public static Array CreateInstance(Type elementType, params int[] lengths)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (lengths == null) throw new ArgumentNullException("lengths");
            if (lengths.Length == 0) throw new ArgumentException("Must provide at least one rank.");
            for (int i = 0; i < lengths.Length; i++)
                if (lengths[i] < 0) throw new ArgumentOutOfRangeException("lengths[" + i + "]", "Non-negative number required.");
            return InternalCreate(elementType, lengths);
        }

        // ---- copy / clear ----
        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            Copy(sourceArray, sourceArray.GetLowerBound(0), destinationArray, destinationArray.GetLowerBound(0), length);
        }

        public static void Copy(Array sourceArray, Array destinationArray, long length)
        {
            Copy(sourceArray, destinationArray, (int)length);
        }

        public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length)
        {
            Copy(sourceArray, (int)sourceIndex, destinationArray, (int)destinationIndex, (int)length);
        }

        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Non-negative number required.");
            if (sourceIndex < 0) throw new ArgumentOutOfRangeException("sourceIndex", "Non-negative number required.");
            if (destinationIndex < 0) throw new ArgumentOutOfRangeException("destinationIndex", "Non-negative number required.");
            if (sourceArray.Rank != destinationArray.Rank) throw new RankException("Only single dimension arrays are supported here.");
            int srcLb = sourceArray.GetLowerBound(0);
            int dstLb = destinationArray.GetLowerBound(0);
            if (sourceIndex - srcLb > sourceArray.Length - length)
                throw new ArgumentException("Source array was not long enough. Check srcIndex and length, and the array's lower bounds", "sourceArray");
            if (destinationIndex - dstLb > destinationArray.Length - length)
                throw new ArgumentException("Destination array was not long enough. Check destIndex and length, and the array's lower bounds", "destinationArray");
            if (length == 0) return;
            InternalCopy(sourceArray, sourceIndex - srcLb, destinationArray, destinationIndex - dstLb, length);
        }

        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }

        public static void Clear(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            if (index < lb) throw new IndexOutOfRangeException("index < lower bound");
            if (length < 0) throw new IndexOutOfRangeException("length < 0");
            if (index - lb > array.Length - length) throw new IndexOutOfRangeException("index + length > size");
            if (length == 0) return;
            InternalClear(array, index - lb, length);
        }

        public void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (Rank != 1) throw new RankException("Only single dimension arrays are supported here.");
            if (array.Rank != 1) throw new ArgumentException("Only single dimension arrays are supported here.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Value has to be >= 0.");
            if (index > array.Length - Length)
                throw new ArgumentException("Destination array was not long enough. Check destIndex and length, and the array's lower bounds", "destinationArray");
            Copy(this, GetLowerBound(0), array, index + array.GetLowerBound(0), Length);
        }

        public void CopyTo(Array array, long index) { CopyTo(array, (int)index); }

        public void Initialize() { }

        public static T[] Empty<T>() { return EmptyArray<T>.Value; }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw new ArgumentOutOfRangeException("newSize", "Non-negative number required.");
            T[] a = array;
            if (a == null)
            {
                array = new T[newSize];
                return;
            }
            if (a.Length != newSize)
            {
                T[] n = new T[newSize];
                Copy(a, 0, n, 0, a.Length > newSize ? newSize : a.Length);
                array = n;
            }
        }

        public static ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            return new ReadOnlyCollection<T>(array);
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        // ---- searching ----
        static void CheckSZ(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException("Only single dimension arrays are supported here.");
        }

        public static int IndexOf(Array array, object value)
        {
            CheckSZ(array);
            return IndexOf(array, value, array.GetLowerBound(0), array.Length);
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            CheckSZ(array);
            int lb = array.GetLowerBound(0);
            return IndexOf(array, value, startIndex, array.Length - startIndex + lb);
        }

        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            CheckSZ(array);
            int lb = array.GetLowerBound(0);
            if (startIndex < lb || startIndex > array.Length + lb)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex + lb)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
            {
                object o = array.GetValue(i);
                if (o == null) { if (value == null) return i; }
                else if (o.Equals(value)) return i;
            }
            return lb - 1;
        }

        public static int LastIndexOf(Array array, object value)
        {
            CheckSZ(array);
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, array.Length - 1 + lb, array.Length);
        }

        public static int LastIndexOf(Array array, object value, int startIndex)
        {
            CheckSZ(array);
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, startIndex, startIndex + 1 - lb);
        }

        public static int LastIndexOf(Array array, object value, int startIndex, int count)
        {
            CheckSZ(array);
            int lb = array.GetLowerBound(0);
            if (array.Length == 0) return lb - 1;
            if (startIndex < lb || startIndex >= array.Length + lb)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (count > startIndex - lb + 1) throw new ArgumentOutOfRangeException("endIndex", "endIndex cannot be greater than startIndex.");
            int end = startIndex - count + 1;
            for (int i = startIndex; i >= end; i--)
            {
                object o = array.GetValue(i);
                if (o == null) { if (value == null) return i; }
                else if (o.Equals(value)) return i;
            }
            return lb - 1;
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOfImpl(array, value, 0, array.Length);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > array.Length - startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return IndexOfImpl(array, value, startIndex, count);
        }

        internal static int IndexOfImpl<T>(T[] array, T value, int startIndex, int count)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf(array, value, array.Length - 1, array.Length);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf(array, value, startIndex, array.Length == 0 ? 0 : startIndex + 1);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Length == 0)
            {
                if (startIndex != -1 && startIndex != 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
                if (count != 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
                return -1;
            }
            if (startIndex < 0 || startIndex >= array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return LastIndexOfImpl(array, value, startIndex, count);
        }

        internal static int LastIndexOfImpl<T>(T[] array, T value, int startIndex, int count)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            int end = startIndex - count + 1;
            for (int i = startIndex; i >= end; i--)
                if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static bool Exists<T>(T[] array, Predicate<T> match)
        {
            return FindIndex(array, match) != -1;
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (!match(array[i])) return false;
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (action == null) throw new ArgumentNullException("action");
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (converter == null) throw new ArgumentNullException("converter");
            TOutput[] r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++)
                if (match(array[i])) return array[i];
            return default(T);
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--)
                if (match(array[i])) return array[i];
            return default(T);
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            List<T> l = new List<T>();
            for (int i = 0; i < array.Length; i++)
                if (match(array[i])) l.Add(array[i]);
            return l.ToArray();
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindIndex(array, 0, array.Length, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindIndex(array, startIndex, array.Length - startIndex, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (startIndex < 0 || startIndex > array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > array.Length - count)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException("match");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
                if (match(array[i])) return i;
            return -1;
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindLastIndex(array, array.Length - 1, array.Length, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindLastIndex(array, startIndex, startIndex + 1, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            if (array.Length == 0)
            {
                if (startIndex != -1) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            else if (startIndex < 0 || startIndex >= array.Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
                if (match(array[i])) return i;
            return -1;
        }

        // ---- reverse ----
        public static void Reverse(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, array.GetLowerBound(0), array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(index < lb ? "index" : "length", "Non-negative number required.");
            if (array.Length - (index - lb) < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (array.Rank != 1) throw new RankException("Only single dimension arrays are supported here.");
            int i = index, j = index + length - 1;
            while (i < j)
            {
                object t = array.GetValue(i);
                array.SetValue(array.GetValue(j), i);
                array.SetValue(t, j);
                i++; j--;
            }
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int i = index, j = index + length - 1;
            while (i < j)
            {
                T t = array[i];
                array[i] = array[j];
                array[j] = t;
                i++; j--;
            }
        }

        // ---- binary search ----
        public static int BinarySearch(Array array, object value) { return BinarySearch(array, value, null); }

        public static int BinarySearch(Array array, object value, IComparer comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch(array, array.GetLowerBound(0), array.Length, value, comparer);
        }

        public static int BinarySearch(Array array, int index, int length, object value) { return BinarySearch(array, index, length, value, null); }

        public static int BinarySearch(Array array, int index, int length, object value, IComparer comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException("Only single dimension arrays are supported here.");
            int lb = array.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(index < lb ? "index" : "length", "Non-negative number required.");
            if (array.Length - (index - lb) < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (comparer == null) comparer = Comparer.Default;
            int lo = index, hi = index + length - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c;
                try { c = comparer.Compare(array.GetValue(mid), value); }
                catch (Exception e) { throw new InvalidOperationException("Failed to compare two elements in the array.", e); }
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public static int BinarySearch<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch(array, 0, array.Length, value, null);
        }

        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            return BinarySearch(array, 0, array.Length, value, comparer);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value)
        {
            return BinarySearch(array, index, length, value, null);
        }

        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            return ArraySortHelper<T>.BinarySearch(array, index, length, value, comparer);
        }

        // ---- sort ----
        public static void Sort(Array array) { Sort(array, null, array == null ? 0 : array.GetLowerBound(0), array == null ? 0 : array.Length, null); }
        public static void Sort(Array keys, Array items) { Sort(keys, items, keys == null ? 0 : keys.GetLowerBound(0), keys == null ? 0 : keys.Length, null); }
        public static void Sort(Array array, int index, int length) { Sort(array, null, index, length, null); }
        public static void Sort(Array keys, Array items, int index, int length) { Sort(keys, items, index, length, null); }
        public static void Sort(Array array, IComparer comparer) { Sort(array, null, array == null ? 0 : array.GetLowerBound(0), array == null ? 0 : array.Length, comparer); }
        public static void Sort(Array keys, Array items, IComparer comparer) { Sort(keys, items, keys == null ? 0 : keys.GetLowerBound(0), keys == null ? 0 : keys.Length, comparer); }
        public static void Sort(Array array, int index, int length, IComparer comparer) { Sort(array, null, index, length, comparer); }

        public static void Sort(Array keys, Array items, int index, int length, IComparer comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (keys.Rank != 1 || (items != null && items.Rank != 1)) throw new RankException("Only single dimension arrays are supported here.");
            int lb = keys.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", "Non-negative number required.");
            if (keys.Length - (index - lb) < length || (items != null && (index - lb) > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length <= 1) return;
            if (comparer == null) comparer = Comparer.Default;
            object[] k = new object[length];
            object[] it = items == null ? null : new object[length];
            for (int i = 0; i < length; i++)
            {
                k[i] = keys.GetValue(index + i);
                if (it != null) it[i] = items.GetValue(index + i);
            }
            IComparer<object> gc = new NonGenericComparerAdapter(comparer);
            if (it == null) ArraySortHelper<object>.IntrospectiveSort(k, 0, length, gc, keys.Length);
            else ArraySortHelper<object, object>.IntrospectiveSort(k, it, 0, length, gc, keys.Length);
            for (int i = 0; i < length; i++)
            {
                keys.SetValue(k[i], index + i);
                if (it != null) items.SetValue(it[i], index + i);
            }
        }

        sealed class NonGenericComparerAdapter : IComparer<object>
        {
            IComparer c;
            public NonGenericComparerAdapter(IComparer c) { this.c = c; }
            public int Compare(object x, object y) { return c.Compare(x, y); }
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            ArraySortHelper<T>.Sort(array, 0, array.Length, null);
        }

        public static void Sort<T>(T[] array, int index, int length)
        {
            Sort<T>(array, index, length, null);
        }

        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            ArraySortHelper<T>.Sort(array, 0, array.Length, comparer);
        }

        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length > 1) ArraySortHelper<T>.Sort(array, index, length, comparer);
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparison == null) throw new ArgumentNullException("comparison");
            ArraySortHelper<T>.Sort(array, 0, array.Length, new ComparisonComparer<T>(comparison));
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            Sort<TKey, TValue>(keys, items, 0, keys.Length, comparer);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length)
        {
            Sort<TKey, TValue>(keys, items, index, length, null);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", "Non-negative number required.");
            if (keys.Length - index < length || (items != null && index > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length <= 1) return;
            if (items == null)
            {
                ArraySortHelper<TKey>.Sort(keys, index, length, comparer);
                return;
            }
            if (comparer == null) comparer = Comparer<TKey>.Default;
            ArraySortHelper<TKey, TValue>.IntrospectiveSort(keys, items, index, length, comparer, keys.Length);
        }

        // ---- IList / ICollection ----
        int ICollection.Count { get { return Length; } }
        public bool IsSynchronized { get { return false; } }
        public object SyncRoot { get { return this; } }
        public bool IsFixedSize { get { return true; } }
        public bool IsReadOnly { get { return false; } }

        object IList.this[int index]
        {
            get { return GetValue(index); }
            set { SetValue(value, index); }
        }

        int IList.Add(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.Clear() { Clear(this, GetLowerBound(0), Length); }
        bool IList.Contains(object value) { return IndexOf(this, value) >= GetLowerBound(0); }
        int IList.IndexOf(object value) { return IndexOf(this, value); }
        void IList.Insert(int index, object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.Remove(object value) { throw new NotSupportedException("Collection was of a fixed size."); }
        void IList.RemoveAt(int index) { throw new NotSupportedException("Collection was of a fixed size."); }

        public IEnumerator GetEnumerator() { return new ArrayEnumerator(this); }

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Array o = other as Array;
            if (o == null || Length != o.Length) throw new ArgumentException("Object is not a array with the same number of elements as the array to compare it to.", "other");
            for (int i = 0; i < Length; i++)
            {
                int c = comparer.Compare(GetValue(i), o.GetValue(i));
                if (c != 0) return c;
            }
            return 0;
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            if ((object)this == other) return true;
            Array o = other as Array;
            if (o == null || o.Length != Length) return false;
            for (int i = 0; i < Length; i++)
                if (!comparer.Equals(GetValue(i), o.GetValue(i))) return false;
            return true;
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            if (comparer == null) throw new ArgumentNullException("comparer");
            int ret = 0;
            for (int i = (Length >= 8 ? Length - 8 : 0); i < Length; i++)
                ret = ((ret << 5) + ret) ^ comparer.GetHashCode(GetValue(i));
            return ret;
        }

        sealed class ArrayEnumerator : IEnumerator, ICloneable
        {
            Array array;
            int index;
            int total;

            public ArrayEnumerator(Array array)
            {
                this.array = array;
                index = -1;
                total = array.Length;
            }

            public object Clone() { return MemberwiseClone(); }

            public bool MoveNext()
            {
                if (index < total - 1)
                {
                    index++;
                    return true;
                }
                index = total;
                return false;
            }

            public object Current
            {
                get
                {
                    if (index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (index >= total) throw new InvalidOperationException("Enumeration already finished.");
                    if (array.Rank == 1) return array.GetValue(index + array.GetLowerBound(0));
                    int rank = array.Rank;
                    int[] idx = new int[rank];
                    int rem = index;
                    for (int d = rank - 1; d >= 0; d--)
                    {
                        int len = array.GetLength(d);
                        idx[d] = rem % len + array.GetLowerBound(d);
                        rem /= len;
                    }
                    return array.GetValue(idx);
                }
            }

            public void Reset() { index = -1; }
        }
    }

    internal static class EmptyArray<T>
    {
        public static readonly T[] Value = new T[0];
    }

    internal sealed class ComparisonComparer<T> : IComparer<T>
    {
        readonly Comparison<T> comparison;
        public ComparisonComparer(Comparison<T> comparison) { this.comparison = comparison; }
        public int Compare(T x, T y) { return comparison(x, y); }
    }
}
