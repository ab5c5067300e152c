namespace System
{
    [Serializable]
    public struct Void { }

    public struct TypedReference
    {
        IntPtr Value;
        IntPtr Type;
    }

    public struct ArgIterator
    {
        IntPtr sig;
        IntPtr args;
        int num_args;
    }

    public struct RuntimeArgumentHandle
    {
        internal IntPtr args;
    }

    [Serializable]
    public struct RuntimeTypeHandle
    {
        internal IntPtr value;
        public IntPtr Value { get { return value; } }
        public override bool Equals(object obj)
        {
            if (!(obj is RuntimeTypeHandle)) return false;
            return value == ((RuntimeTypeHandle)obj).value;
        }
        public bool Equals(RuntimeTypeHandle handle) { return value == handle.value; }
        public override int GetHashCode() { return value.GetHashCode(); }
        public static bool operator ==(RuntimeTypeHandle left, RuntimeTypeHandle right) { return left.value == right.value; }
        public static bool operator !=(RuntimeTypeHandle left, RuntimeTypeHandle right) { return left.value != right.value; }
    }

    [Serializable]
    public struct RuntimeFieldHandle
    {
        internal IntPtr value;
        public IntPtr Value { get { return value; } }
        public override bool Equals(object obj)
        {
            if (!(obj is RuntimeFieldHandle)) return false;
            return value == ((RuntimeFieldHandle)obj).value;
        }
        public bool Equals(RuntimeFieldHandle handle) { return value == handle.value; }
        public override int GetHashCode() { return value.GetHashCode(); }
        public static bool operator ==(RuntimeFieldHandle left, RuntimeFieldHandle right) { return left.value == right.value; }
        public static bool operator !=(RuntimeFieldHandle left, RuntimeFieldHandle right) { return left.value != right.value; }
    }

    [Serializable]
    public struct RuntimeMethodHandle
    {
        internal IntPtr value;
        public IntPtr Value { get { return value; } }
        public override bool Equals(object obj)
        {
            if (!(obj is RuntimeMethodHandle)) return false;
            return value == ((RuntimeMethodHandle)obj).value;
        }
        public bool Equals(RuntimeMethodHandle handle) { return value == handle.value; }
        public override int GetHashCode() { return value.GetHashCode(); }
        public static bool operator ==(RuntimeMethodHandle left, RuntimeMethodHandle right) { return left.value == right.value; }
        public static bool operator !=(RuntimeMethodHandle left, RuntimeMethodHandle right) { return left.value != right.value; }
    }
}
