using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public class Object
    {
        public Object() { }

        ~Object() { }

        public virtual bool Equals(object obj)
        {
            return this == obj;
        }

        public static bool Equals(object objA, object objB)
        {
            if (objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB)
        {
            return objA == objB;
        }

        public virtual int GetHashCode()
        {
            return RuntimeHelpers.GetHashCode(this);
        }

        public virtual string ToString()
        {
            return GetType().ToString();
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type GetType();

        [MethodImpl(MethodImplOptions.InternalCall)]
        protected extern object MemberwiseClone();
    }
}
