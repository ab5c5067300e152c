namespace System
{
    [Serializable]
    public struct Void { }

    // Value holds a managed pointer to the referenced location, Type a
    // RuntimeTypeHandle value (both runtime-managed).
    public struct TypedReference
    {
        IntPtr Value;
        IntPtr Type;

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern Type GetTargetType(TypedReference value);

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public static extern object ToObject(TypedReference value);

        public static RuntimeTypeHandle TargetTypeToken(TypedReference value) { return GetTargetType(value).TypeHandle; }
    }

    // The variable part of a vararg call: args refers to the runtime's list
    // of extra arguments, num_args is the position of the next one.
    public struct ArgIterator
    {
        IntPtr sig;
        IntPtr args;
        int num_args;

        public ArgIterator(RuntimeArgumentHandle arglist)
        {
            sig = IntPtr.Zero;
            args = arglist.args;
            num_args = 0;
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern int GetRemainingCount();

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        public extern TypedReference GetNextArg();

        public void End() { num_args = GetRemainingCount() + num_args; }
        public override bool Equals(object o) { throw new NotSupportedException("ArgIterator does not support Equals."); }
        public override int GetHashCode() { return args.GetHashCode(); }
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
