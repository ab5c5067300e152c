using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract class Type : MemberInfo
    {
        public static readonly Type[] EmptyTypes = new Type[0];
        public static readonly object Missing = System.Reflection.Missing.Value;
        public static readonly char Delimiter = '.';

        protected Type() { }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern Type GetTypeFromHandle(RuntimeTypeHandle handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Type InternalGetType(string typeName);

        public static Type GetType(string typeName) { return GetType(typeName, false); }

        public static Type GetType(string typeName, bool throwOnError)
        {
            if (typeName == null) throw new ArgumentNullException("typeName");
            Type t = InternalGetType(typeName);
            if (t == null && throwOnError) throw new TypeLoadException("Could not load type '" + typeName + "'.");
            return t;
        }

        public static Type GetType(string typeName, bool throwOnError, bool ignoreCase) { return GetType(typeName, throwOnError); }

        public static RuntimeTypeHandle GetTypeHandle(object o)
        {
            if (o == null) throw new ArgumentNullException(null, "Invalid handle.");
            return o.GetType().TypeHandle;
        }

        public virtual RuntimeTypeHandle TypeHandle { get { throw new NotSupportedException(); } }

        public abstract string FullName { get; }
        public abstract string Namespace { get; }
        public abstract Type BaseType { get; }
        public abstract string AssemblyQualifiedName { get; }

        public override MemberTypes MemberType { get { return MemberTypes.TypeInfo; } }
        public override Type DeclaringType { get { return null; } }
        public override Type ReflectedType { get { return null; } }
        public virtual Type UnderlyingSystemType { get { return this; } }

        public bool IsValueType { get { return IsValueTypeImpl(); } }
        protected virtual bool IsValueTypeImpl() { return false; }
        public virtual bool IsEnum { get { return false; } }
        public bool IsArray { get { return IsArrayImpl(); } }
        protected virtual bool IsArrayImpl() { return false; }
        public bool IsPointer { get { return IsPointerImpl(); } }
        protected virtual bool IsPointerImpl() { return false; }
        public bool IsByRef { get { return IsByRefImpl(); } }
        protected virtual bool IsByRefImpl() { return false; }
        public bool IsPrimitive { get { return IsPrimitiveImpl(); } }
        protected virtual bool IsPrimitiveImpl() { return false; }
        public bool IsClass { get { return !IsInterface && !IsValueType; } }
        public virtual bool IsInterface { get { return false; } }
        public virtual bool IsAbstract { get { return false; } }
        public virtual bool IsSealed { get { return false; } }
        public virtual bool IsGenericType { get { return false; } }
        public virtual bool IsGenericTypeDefinition { get { return false; } }
        public virtual bool IsGenericParameter { get { return false; } }
        public virtual bool ContainsGenericParameters { get { return false; } }
        public virtual bool IsConstructedGenericType { get { return IsGenericType && !IsGenericTypeDefinition; } }
        public bool IsPublic { get { return true; } }
        public bool IsNested { get { return DeclaringType != null; } }
        public bool HasElementType { get { return HasElementTypeImpl(); } }
        protected virtual bool HasElementTypeImpl() { return IsArray || IsPointer || IsByRef; }
        public virtual bool IsSerializable { get { return false; } }
        public virtual int GenericParameterPosition { get { throw new InvalidOperationException("Method may only be called on a Type for which Type.IsGenericParameter is true."); } }

        public virtual Type GetElementType() { return null; }
        public virtual Type[] GetGenericArguments() { return EmptyTypes; }
        public virtual Type[] GenericTypeArguments { get { return IsGenericType && !IsGenericTypeDefinition ? GetGenericArguments() : EmptyTypes; } }
        public virtual Type GetGenericTypeDefinition() { throw new InvalidOperationException("This operation is only valid on generic types."); }
        public virtual int GetArrayRank() { throw new ArgumentException("Must be an array type."); }
        public virtual Type MakeGenericType(params Type[] typeArguments) { throw new NotSupportedException(); }
        public virtual Type MakeArrayType() { throw new NotSupportedException(); }
        public virtual Type MakeArrayType(int rank) { throw new NotSupportedException(); }
        public virtual Type[] GetInterfaces() { return EmptyTypes; }
        public virtual Type GetEnumUnderlyingType()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return Enum.GetUnderlyingType(this);
        }
        public virtual string[] GetEnumNames() { return Enum.GetNames(this); }
        public virtual Array GetEnumValues() { return Enum.GetValues(this); }
        public virtual bool IsEnumDefined(object value) { return Enum.IsDefined(this, value); }
        public virtual string GetEnumName(object value) { return Enum.GetName(this, value); }

        public virtual bool IsAssignableFrom(Type c) { return c != null && (c == this || c.IsSubclassOf(this)); }
        public virtual bool IsInstanceOfType(object o) { return o != null && IsAssignableFrom(o.GetType()); }
        public virtual bool IsSubclassOf(Type c)
        {
            if (c == null || c == this) return false;
            for (Type p = BaseType; p != null; p = p.BaseType)
                if (p == c) return true;
            return false;
        }
        public virtual bool IsEquivalentTo(Type other) { return this == other; }

        public static TypeCode GetTypeCode(Type type)
        {
            if (type == null) return TypeCode.Empty;
            return type.GetTypeCodeImpl();
        }

        protected virtual TypeCode GetTypeCodeImpl()
        {
            if (this == typeof(bool)) return TypeCode.Boolean;
            if (this == typeof(char)) return TypeCode.Char;
            if (this == typeof(sbyte)) return TypeCode.SByte;
            if (this == typeof(byte)) return TypeCode.Byte;
            if (this == typeof(short)) return TypeCode.Int16;
            if (this == typeof(ushort)) return TypeCode.UInt16;
            if (this == typeof(int)) return TypeCode.Int32;
            if (this == typeof(uint)) return TypeCode.UInt32;
            if (this == typeof(long)) return TypeCode.Int64;
            if (this == typeof(ulong)) return TypeCode.UInt64;
            if (this == typeof(float)) return TypeCode.Single;
            if (this == typeof(double)) return TypeCode.Double;
            if (this == typeof(decimal)) return TypeCode.Decimal;
            if (this == typeof(DateTime)) return TypeCode.DateTime;
            if (this == typeof(string)) return TypeCode.String;
            if (this == typeof(DBNull)) return TypeCode.DBNull;
            if (IsEnum) return GetTypeCode(Enum.GetUnderlyingType(this));
            return TypeCode.Object;
        }

        public override bool Equals(object o)
        {
            return (object)this == o;
        }

        public virtual bool Equals(Type o)
        {
            return (object)this == (object)o;
        }

        public override int GetHashCode() { return base.GetHashCode(); }

        public override string ToString() { return "Type: " + Name; }

        public static bool operator ==(Type left, Type right)
        {
            if ((object)left == (object)right) return true;
            if ((object)left == null || (object)right == null) return false;
            return left.Equals(right);
        }

        public static bool operator !=(Type left, Type right)
        {
            return !(left == right);
        }
    }

    // The runtime's concrete Type: no instance fields, all data comes from the runtime.
    [Serializable]
    internal sealed class RuntimeType : Type
    {
        RuntimeType() { }

        public override extern string Name { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern string FullName { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern string Namespace { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern Type BaseType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern Type DeclaringType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override string AssemblyQualifiedName
        {
            get
            {
                string f = FullName;
                return f == null ? null : f + ", " + InternalAssemblyQualifier();
            }
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern string InternalAssemblyQualifier();
        public override RuntimeTypeHandle TypeHandle { get { return InternalGetHandle(); } }

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern RuntimeTypeHandle InternalGetHandle();

        [MethodImpl(MethodImplOptions.InternalCall)]
        protected override extern bool IsValueTypeImpl();
        public override extern bool IsEnum { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        [MethodImpl(MethodImplOptions.InternalCall)]
        protected override extern bool IsArrayImpl();
        [MethodImpl(MethodImplOptions.InternalCall)]
        protected override extern bool IsPointerImpl();
        [MethodImpl(MethodImplOptions.InternalCall)]
        protected override extern bool IsByRefImpl();
        [MethodImpl(MethodImplOptions.InternalCall)]
        protected override extern bool IsPrimitiveImpl();
        public override extern bool IsInterface { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsAbstract { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsSealed { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsGenericType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsGenericTypeDefinition { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern bool IsGenericParameter { [MethodImpl(MethodImplOptions.InternalCall)] get; }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type GetElementType();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type[] GetGenericArguments();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type GetGenericTypeDefinition();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetArrayRank();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type MakeGenericType(params Type[] typeArguments);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type MakeArrayType();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type MakeArrayType(int rank);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern Type[] GetInterfaces();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern bool IsAssignableFrom(Type c);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern bool IsInstanceOfType(object o);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern bool IsSubclassOf(Type c);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern string ToString();
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern bool Equals(object o);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetHashCode();

        public override bool Equals(Type o) { return Equals((object)o); }

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool operator ==(RuntimeType left, RuntimeType right);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool operator !=(RuntimeType left, RuntimeType right);
    }

    [Serializable]
    public sealed class DBNull
    {
        public static readonly DBNull Value = new DBNull();
        DBNull() { }
        public override string ToString() { return string.Empty; }
        public string ToString(IFormatProvider provider) { return string.Empty; }
        public TypeCode GetTypeCode() { return TypeCode.DBNull; }
    }

    [Serializable]
    public enum TypeCode
    {
        Empty = 0,
        Object = 1,
        DBNull = 2,
        Boolean = 3,
        Char = 4,
        SByte = 5,
        Byte = 6,
        Int16 = 7,
        UInt16 = 8,
        Int32 = 9,
        UInt32 = 10,
        Int64 = 11,
        UInt64 = 12,
        Single = 13,
        Double = 14,
        Decimal = 15,
        DateTime = 16,
        String = 18,
    }
}

namespace System.Reflection
{
    [Flags]
    [Serializable]
    public enum MemberTypes
    {
        Constructor = 0x01, Event = 0x02, Field = 0x04, Method = 0x08, Property = 0x10,
        TypeInfo = 0x20, Custom = 0x40, NestedType = 0x80, All = 0xBF,
    }

    [Flags]
    [Serializable]
    public enum BindingFlags
    {
        Default = 0x00, IgnoreCase = 0x01, DeclaredOnly = 0x02, Instance = 0x04, Static = 0x08,
        Public = 0x10, NonPublic = 0x20, FlattenHierarchy = 0x40, InvokeMethod = 0x0100,
        CreateInstance = 0x0200, GetField = 0x0400, SetField = 0x0800, GetProperty = 0x1000,
        SetProperty = 0x2000, PutDispProperty = 0x4000, PutRefDispProperty = 0x8000,
        ExactBinding = 0x010000, SuppressChangeType = 0x020000, OptionalParamBinding = 0x040000,
        IgnoreReturn = 0x01000000,
    }

    [Serializable]
    public abstract class MemberInfo
    {
        protected MemberInfo() { }
        public abstract string Name { get; }
        public abstract MemberTypes MemberType { get; }
        public abstract Type DeclaringType { get; }
        public abstract Type ReflectedType { get; }
        public virtual int MetadataToken { get { return 0; } }
    }

    [Serializable]
    public abstract class MethodBase : MemberInfo
    {
        protected MethodBase() { }
        public virtual bool IsStatic { get { return false; } }
        public virtual bool IsPublic { get { return true; } }
        public virtual bool IsAbstract { get { return false; } }
        public virtual bool IsVirtual { get { return false; } }
        public virtual bool IsGenericMethod { get { return false; } }
    }

    [Serializable]
    public abstract class MethodInfo : MethodBase
    {
        protected MethodInfo() { }
        public override MemberTypes MemberType { get { return MemberTypes.Method; } }
        public virtual Type ReturnType { get { return null; } }
        public override string ToString() { return Name; }
    }

    // Runtime-provided method objects (for Delegate.Method): no instance fields.
    internal sealed class RuntimeMethodInfo : MethodInfo
    {
        RuntimeMethodInfo() { }
        public override extern string Name { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern Type DeclaringType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override Type ReflectedType { get { return DeclaringType; } }
        public override extern bool IsStatic { [MethodImpl(MethodImplOptions.InternalCall)] get; }
        public override extern Type ReturnType { [MethodImpl(MethodImplOptions.InternalCall)] get; }
    }

    public sealed class Missing
    {
        public static readonly Missing Value = new Missing();
        Missing() { }
    }

    public abstract class Assembly
    {
        protected Assembly() { }
    }
}
