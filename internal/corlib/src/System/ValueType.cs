using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract class ValueType
    {
        protected ValueType() { }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern bool Equals(object obj);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetHashCode();

        public override string ToString()
        {
            return GetType().FullName; // mono: the full name, with assembly-qualified generic arguments
        }
    }
}
