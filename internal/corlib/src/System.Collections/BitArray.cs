namespace System.Collections
{
    // Bits packed 32 to an int, bit i in word i / 32 at position i % 32.
    [Serializable]
    public sealed class BitArray : ICollection, IEnumerable, ICloneable
    {
        int[] m_array;
        int m_length;
        int _version;

        static int Words(int bits) { return bits > 0 ? ((bits - 1) / 32) + 1 : 0; }

        public BitArray(int length) : this(length, false) { }

        public BitArray(int length, bool defaultValue)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", length, "Non-negative number required.");
            m_array = new int[Words(length)];
            m_length = length;
            int fill = defaultValue ? -1 : 0;
            for (int i = 0; i < m_array.Length; i++) m_array[i] = fill;
        }

        public BitArray(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (bytes.Length > int.MaxValue / 8) throw new ArgumentException("The input array length must not exceed Int32.MaxValue / 8. Number of elements: " + bytes.Length + ".", "bytes");
            m_array = new int[Words(bytes.Length * 8)];
            m_length = bytes.Length * 8;
            for (int i = 0; i < bytes.Length; i++)
                m_array[i / 4] |= bytes[i] << (8 * (i % 4));
        }

        public BitArray(bool[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            m_array = new int[Words(values.Length)];
            m_length = values.Length;
            for (int i = 0; i < values.Length; i++)
                if (values[i]) m_array[i / 32] |= 1 << (i % 32);
        }

        public BitArray(int[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            if (values.Length > int.MaxValue / 32) throw new ArgumentException("The input array length must not exceed Int32.MaxValue / 32. Number of elements: " + values.Length + ".", "values");
            m_array = (int[])values.Clone();
            m_length = values.Length * 32;
        }

        public BitArray(BitArray bits)
        {
            if (bits == null) throw new ArgumentNullException("bits");
            m_array = new int[Words(bits.m_length)];
            System.Array.Copy(bits.m_array, m_array, m_array.Length);
            m_length = bits.m_length;
        }

        public bool this[int index]
        {
            get { return Get(index); }
            set { Set(index, value); }
        }

        public bool Get(int index)
        {
            if (index < 0 || index >= m_length) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            return (m_array[index / 32] & (1 << (index % 32))) != 0;
        }

        public void Set(int index, bool value)
        {
            if (index < 0 || index >= m_length) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value) m_array[index / 32] |= 1 << (index % 32);
            else m_array[index / 32] &= ~(1 << (index % 32));
            _version++;
        }

        public void SetAll(bool value)
        {
            int fill = value ? -1 : 0;
            for (int i = 0; i < m_array.Length; i++) m_array[i] = fill;
            _version++;
        }

        void CheckOperand(BitArray value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (m_length != value.m_length) throw new ArgumentException("Array lengths must be the same.");
        }

        public BitArray And(BitArray value)
        {
            CheckOperand(value);
            for (int i = 0; i < Words(m_length); i++) m_array[i] &= value.m_array[i];
            _version++;
            return this;
        }

        public BitArray Or(BitArray value)
        {
            CheckOperand(value);
            for (int i = 0; i < Words(m_length); i++) m_array[i] |= value.m_array[i];
            _version++;
            return this;
        }

        public BitArray Xor(BitArray value)
        {
            CheckOperand(value);
            for (int i = 0; i < Words(m_length); i++) m_array[i] ^= value.m_array[i];
            _version++;
            return this;
        }

        public BitArray Not()
        {
            for (int i = 0; i < Words(m_length); i++) m_array[i] = ~m_array[i];
            _version++;
            return this;
        }

        public BitArray RightShift(int count)
        {
            if (count <= 0)
            {
                if (count < 0) throw new ArgumentOutOfRangeException("count", count, "Non-negative number required.");
                _version++;
                return this;
            }
            bool[] bits = new bool[m_length];
            for (int i = 0; i + count < m_length; i++) bits[i] = Get(i + count);
            Assign(bits);
            return this;
        }

        public BitArray LeftShift(int count)
        {
            if (count <= 0)
            {
                if (count < 0) throw new ArgumentOutOfRangeException("count", count, "Non-negative number required.");
                _version++;
                return this;
            }
            bool[] bits = new bool[m_length];
            for (int i = count; i < m_length; i++) bits[i] = Get(i - count);
            Assign(bits);
            return this;
        }

        void Assign(bool[] bits)
        {
            for (int i = 0; i < m_array.Length; i++) m_array[i] = 0;
            for (int i = 0; i < bits.Length; i++)
                if (bits[i]) m_array[i / 32] |= 1 << (i % 32);
            _version++;
        }

        public int Length
        {
            get { return m_length; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", value, "Non-negative number required.");
                int words = Words(value);
                if (words > m_array.Length || words + 256 < m_array.Length)
                {
                    int[] n = new int[words];
                    System.Array.Copy(m_array, n, words > m_array.Length ? m_array.Length : words);
                    m_array = n;
                }
                if (value > m_length)
                {
                    // Clear the bits beyond the old length.
                    int last = Words(m_length) - 1;
                    int bits = m_length % 32;
                    if (bits > 0) m_array[last] &= (1 << bits) - 1;
                    for (int i = last + 1; i < words; i++) m_array[i] = 0;
                }
                m_length = value;
                _version++;
            }
        }

        public int Count { get { return m_length; } }
        object _syncRoot;

        public object SyncRoot
        {
            get
            {
                if (_syncRoot == null) Threading.Interlocked.CompareExchange<object>(ref _syncRoot, new object(), null);
                return _syncRoot;
            }
        }
        public bool IsSynchronized { get { return false; } }
        public bool IsReadOnly { get { return false; } }

        public void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", index, "Non-negative number required.");
            if (array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
            if (array is int[])
            {
                int words = Words(m_length);
                if (array.Length - index < words) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
                System.Array.Copy(m_array, 0, array, index, words);
                int extra = m_length % 32;
                if (extra > 0) ((int[])array)[index + words - 1] &= (1 << extra) - 1;
            }
            else if (array is byte[])
            {
                int bytes = (m_length + 7) / 8;
                if (array.Length - index < bytes) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
                byte[] b = (byte[])array;
                for (int i = 0; i < bytes; i++) b[index + i] = (byte)((m_array[i / 4] >> ((i % 4) * 8)) & 0xFF);
                int extra = m_length % 8;
                if (extra > 0) b[index + bytes - 1] &= (byte)((1 << extra) - 1);
            }
            else if (array is bool[])
            {
                if (array.Length - index < m_length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
                bool[] b = (bool[])array;
                for (int i = 0; i < m_length; i++) b[index + i] = Get(i);
            }
            else throw new ArgumentException("Only supported array types for CopyTo on BitArrays are Boolean[], Int32[] and Byte[].", "array");
        }

        public object Clone()
        {
            BitArray b = new BitArray(this);
            return b;
        }

        public IEnumerator GetEnumerator() { return new BitArrayEnumeratorSimple(this); }

        [Serializable]
        sealed class BitArrayEnumeratorSimple : IEnumerator, ICloneable
        {
            readonly BitArray bitarray;
            int index;
            readonly int version;
            bool currentElement;

            internal BitArrayEnumeratorSimple(BitArray bitarray)
            {
                this.bitarray = bitarray;
                index = -1;
                version = bitarray._version;
            }

            public object Clone() { return MemberwiseClone(); }

            public bool MoveNext()
            {
                if (version != bitarray._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (index < bitarray.Count - 1)
                {
                    index++;
                    currentElement = bitarray.Get(index);
                    return true;
                }
                index = bitarray.Count;
                return false;
            }

            public object Current
            {
                get
                {
                    if (index == -1) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (index >= bitarray.Count) throw new InvalidOperationException("Enumeration already finished.");
                    return currentElement;
                }
            }

            public void Reset()
            {
                if (version != bitarray._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                index = -1;
            }
        }
    }
}
