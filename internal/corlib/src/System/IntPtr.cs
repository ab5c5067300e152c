namespace System
{
    [Serializable]
    public unsafe struct IntPtr : IEquatable<IntPtr>
    {
        void* m_value;

        public static readonly IntPtr Zero;

        public IntPtr(int value) { m_value = (void*)value; }
        public IntPtr(long value) { m_value = (void*)value; }
        public IntPtr(void* value) { m_value = value; }

        public static int Size { get { return sizeof(void*); } }

        public int ToInt32() { return (int)m_value; }
        public long ToInt64() { return (long)m_value; }
        public void* ToPointer() { return m_value; }

        public override bool Equals(object obj)
        {
            if (!(obj is IntPtr)) return false;
            return m_value == ((IntPtr)obj).m_value;
        }

        public bool Equals(IntPtr other) { return m_value == other.m_value; }

        public override int GetHashCode()
        {
            long v = (long)m_value;
            return unchecked((int)v ^ (int)(v >> 32));
        }

        public override string ToString() { return ((long)m_value).ToString(); }
        public string ToString(string format) { return ((long)m_value).ToString(format); }

        public static bool operator ==(IntPtr value1, IntPtr value2) { return value1.m_value == value2.m_value; }
        public static bool operator !=(IntPtr value1, IntPtr value2) { return value1.m_value != value2.m_value; }

        public static explicit operator IntPtr(int value) { return new IntPtr(value); }
        public static explicit operator IntPtr(long value) { return new IntPtr(value); }
        public static explicit operator IntPtr(void* value) { return new IntPtr(value); }
        public static explicit operator int(IntPtr value) { return (int)value.m_value; }
        public static explicit operator long(IntPtr value) { return (long)value.m_value; }
        public static explicit operator void*(IntPtr value) { return value.m_value; }

        public static IntPtr Add(IntPtr pointer, int offset) { return new IntPtr((long)pointer.m_value + offset); }
        public static IntPtr Subtract(IntPtr pointer, int offset) { return new IntPtr((long)pointer.m_value - offset); }
        public static IntPtr operator +(IntPtr pointer, int offset) { return new IntPtr((long)pointer.m_value + offset); }
        public static IntPtr operator -(IntPtr pointer, int offset) { return new IntPtr((long)pointer.m_value - offset); }
    }

    [Serializable]
    public unsafe struct UIntPtr : IEquatable<UIntPtr>
    {
        void* m_value;

        public static readonly UIntPtr Zero;

        public UIntPtr(uint value) { m_value = (void*)value; }
        public UIntPtr(ulong value) { m_value = (void*)value; }
        public UIntPtr(void* value) { m_value = value; }

        public static int Size { get { return sizeof(void*); } }

        public uint ToUInt32() { return (uint)m_value; }
        public ulong ToUInt64() { return (ulong)m_value; }
        public void* ToPointer() { return m_value; }

        public override bool Equals(object obj)
        {
            if (!(obj is UIntPtr)) return false;
            return m_value == ((UIntPtr)obj).m_value;
        }

        public bool Equals(UIntPtr other) { return m_value == other.m_value; }

        public override int GetHashCode()
        {
            ulong v = (ulong)m_value;
            return unchecked((int)v ^ (int)(v >> 32));
        }

        public override string ToString() { return ((ulong)m_value).ToString(); }

        public static bool operator ==(UIntPtr value1, UIntPtr value2) { return value1.m_value == value2.m_value; }
        public static bool operator !=(UIntPtr value1, UIntPtr value2) { return value1.m_value != value2.m_value; }

        public static explicit operator UIntPtr(uint value) { return new UIntPtr(value); }
        public static explicit operator UIntPtr(ulong value) { return new UIntPtr(value); }
        public static explicit operator UIntPtr(void* value) { return new UIntPtr(value); }
        public static explicit operator uint(UIntPtr value) { return (uint)value.m_value; }
        public static explicit operator ulong(UIntPtr value) { return (ulong)value.m_value; }
        public static explicit operator void*(UIntPtr value) { return value.m_value; }
    }
}
