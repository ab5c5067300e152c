namespace System.Runtime.CompilerServices
{
    [Flags]
    [Serializable]
    public enum MethodImplOptions
    {
        Unmanaged = 0x0004,
        ForwardRef = 0x0010,
        PreserveSig = 0x0080,
        InternalCall = 0x1000,
        Synchronized = 0x0020,
        NoInlining = 0x0008,
        NoOptimization = 0x0040,
        AggressiveInlining = 0x0100,
        AggressiveOptimization = 0x0200,
    }

    [Serializable]
    public enum MethodCodeType
    {
        IL = 0, Native = 1, OPTIL = 2, Runtime = 3,
    }

    [Serializable]
    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class MethodImplAttribute : Attribute
    {
        MethodImplOptions value;
        public MethodCodeType MethodCodeType;
        public MethodImplAttribute() { }
        public MethodImplAttribute(MethodImplOptions methodImplOptions) { value = methodImplOptions; }
        public MethodImplAttribute(short value) { this.value = (MethodImplOptions)value; }
        public MethodImplOptions Value { get { return value; } }
    }

    [AttributeUsage(AttributeTargets.Property, Inherited = true)]
    public sealed class IndexerNameAttribute : Attribute { public IndexerNameAttribute(string indexerName) { } }

    [Serializable]
    [AttributeUsage(AttributeTargets.All, Inherited = true)]
    public sealed class CompilerGeneratedAttribute : Attribute { public CompilerGeneratedAttribute() { } }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Assembly)]
    public sealed class ExtensionAttribute : Attribute { public ExtensionAttribute() { } }

    [Serializable]
    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public abstract class StateMachineAttribute : Attribute
    {
        Type type;
        protected StateMachineAttribute(Type stateMachineType) { type = stateMachineType; }
        public Type StateMachineType { get { return type; } }
    }

    [Serializable]
    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class IteratorStateMachineAttribute : StateMachineAttribute { public IteratorStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { } }

    [Serializable]
    [AttributeUsage(AttributeTargets.Method, Inherited = false, AllowMultiple = false)]
    public sealed class AsyncStateMachineAttribute : StateMachineAttribute { public AsyncStateMachineAttribute(Type stateMachineType) : base(stateMachineType) { } }

    [Serializable]
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false, AllowMultiple = false)]
    public sealed class RuntimeCompatibilityAttribute : Attribute
    {
        bool wrap;
        public RuntimeCompatibilityAttribute() { }
        public bool WrapNonExceptionThrows { get { return wrap; } set { wrap = value; } }
    }

    [Serializable]
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module | AttributeTargets.Class | AttributeTargets.Method)]
    public class CompilationRelaxationsAttribute : Attribute
    {
        int relaxations;
        public CompilationRelaxationsAttribute(int relaxations) { this.relaxations = relaxations; }
        public CompilationRelaxationsAttribute(CompilationRelaxations relaxations) { this.relaxations = (int)relaxations; }
        public int CompilationRelaxations { get { return relaxations; } }
    }

    [Flags]
    [Serializable]
    public enum CompilationRelaxations { NoStringInterning = 0x0008 }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FixedBufferAttribute : Attribute
    {
        Type elementType;
        int length;
        public FixedBufferAttribute(Type elementType, int length) { this.elementType = elementType; this.length = length; }
        public Type ElementType { get { return elementType; } }
        public int Length { get { return length; } }
    }

    [Serializable]
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class DecimalConstantAttribute : Attribute
    {
        decimal dec;
        public DecimalConstantAttribute(byte scale, byte sign, uint hi, uint mid, uint low)
        {
            dec = new decimal((int)low, (int)mid, (int)hi, sign != 0, scale);
        }
        public DecimalConstantAttribute(byte scale, byte sign, int hi, int mid, int low)
        {
            dec = new decimal(low, mid, hi, sign != 0, scale);
        }
        public decimal Value { get { return dec; } }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public abstract class CustomConstantAttribute : Attribute { public abstract object Value { get; } }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class DateTimeConstantAttribute : CustomConstantAttribute
    {
        long ticks;
        public DateTimeConstantAttribute(long ticks) { this.ticks = ticks; }
        public override object Value { get { return new DateTime(ticks); } }
    }

    public static class IsVolatile { }
    public static class IsConst { }
    public static class IsLong { }
    public static class IsBoxed { }
    public static class IsByValue { }
    public static class IsCopyConstructed { }
    public static class IsExplicitlyDereferenced { }
    public static class IsImplicitlyDereferenced { }
    public static class IsJitIntrinsic { }
    public static class IsSignUnspecifiedByte { }
    public static class IsUdtReturn { }

    [AttributeUsage(AttributeTargets.All, Inherited = false)]
    public sealed class IsReadOnlyAttribute : Attribute { public IsReadOnlyAttribute() { } }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class IsByRefLikeAttribute : Attribute { public IsByRefLikeAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
    public sealed class InternalsVisibleToAttribute : Attribute
    {
        string name;
        public InternalsVisibleToAttribute(string assemblyName) { name = assemblyName; }
        public string AssemblyName { get { return name; } }
        public bool AllInternalsVisible { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue | AttributeTargets.Property | AttributeTargets.Event)]
    public sealed class TupleElementNamesAttribute : Attribute
    {
        string[] names;
        public TupleElementNamesAttribute(string[] transformNames) { names = transformNames; }
        public System.Collections.Generic.IList<string> TransformNames { get { return names; } }
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Property | AttributeTargets.ReturnValue | AttributeTargets.Class | AttributeTargets.Struct)]
    public sealed class DynamicAttribute : Attribute
    {
        bool[] flags;
        public DynamicAttribute() { flags = new bool[] { true }; }
        public DynamicAttribute(bool[] transformFlags) { flags = transformFlags; }
        public System.Collections.Generic.IList<bool> TransformFlags { get { return flags; } }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerMemberNameAttribute : Attribute { public CallerMemberNameAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerFilePathAttribute : Attribute { public CallerFilePathAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class CallerLineNumberAttribute : Attribute { public CallerLineNumberAttribute() { } }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class IUnknownConstantAttribute : CustomConstantAttribute { public override object Value { get { return null; } } }
    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Parameter, Inherited = false)]
    public sealed class IDispatchConstantAttribute : CustomConstantAttribute { public override object Value { get { return null; } } }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class ReferenceAssemblyAttribute : Attribute { public ReferenceAssemblyAttribute() { } public ReferenceAssemblyAttribute(string description) { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Interface | AttributeTargets.Delegate, Inherited = false, AllowMultiple = false)]
    public sealed class TypeForwardedToAttribute : Attribute
    {
        Type destination;
        public TypeForwardedToAttribute(Type destination) { this.destination = destination; }
        public Type Destination { get { return destination; } }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface, Inherited = false)]
    public sealed class AsyncMethodBuilderAttribute : Attribute
    {
        Type t;
        public AsyncMethodBuilderAttribute(Type builderType) { t = builderType; }
        public Type BuilderType { get { return t; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method, Inherited = false)]
    public sealed class SpecialNameAttribute : Attribute { public SpecialNameAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class UnsafeValueTypeAttribute : Attribute { public UnsafeValueTypeAttribute() { } }

    [AttributeUsage(AttributeTargets.Class, Inherited = true)]
    public sealed class EnumeratorCancellationAttribute : Attribute { public EnumeratorCancellationAttribute() { } }
}
