namespace System.Runtime.InteropServices
{
    [Serializable]
    public enum LayoutKind { Sequential = 0, Explicit = 2, Auto = 3 }

    [Serializable]
    public enum CharSet { None = 1, Ansi = 2, Unicode = 3, Auto = 4 }

    [Serializable]
    public enum CallingConvention { Winapi = 1, Cdecl = 2, StdCall = 3, ThisCall = 4, FastCall = 5 }

    [Serializable]
    public enum GCHandleType { Weak = 0, WeakTrackResurrection = 1, Normal = 2, Pinned = 3 }

    [Serializable]
    public enum UnmanagedType
    {
        Bool = 2, I1 = 3, U1 = 4, I2 = 5, U2 = 6, I4 = 7, U4 = 8, I8 = 9, U8 = 10, R4 = 11, R8 = 12,
        Currency = 15, BStr = 19, LPStr = 20, LPWStr = 21, LPTStr = 22, ByValTStr = 23, IUnknown = 25,
        IDispatch = 26, Struct = 27, Interface = 28, SafeArray = 29, ByValArray = 30, SysInt = 31, SysUInt = 32,
        VBByRefStr = 34, AnsiBStr = 35, TBStr = 36, VariantBool = 37, FunctionPtr = 38, AsAny = 40,
        LPArray = 42, LPStruct = 43, CustomMarshaler = 44, Error = 45, IInspectable = 46, HString = 47, LPUTF8Str = 48,
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, Inherited = false)]
    public sealed class StructLayoutAttribute : Attribute
    {
        LayoutKind val;
        public int Pack;
        public int Size;
        public CharSet CharSet;
        public StructLayoutAttribute(LayoutKind layoutKind) { val = layoutKind; }
        public StructLayoutAttribute(short layoutKind) { val = (LayoutKind)layoutKind; }
        public LayoutKind Value { get { return val; } }
    }

    [AttributeUsage(AttributeTargets.Field, Inherited = false)]
    public sealed class FieldOffsetAttribute : Attribute
    {
        int val;
        public FieldOffsetAttribute(int offset) { val = offset; }
        public int Value { get { return val; } }
    }

    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class InAttribute : Attribute { public InAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OutAttribute : Attribute { public OutAttribute() { } }
    [AttributeUsage(AttributeTargets.Parameter, Inherited = false)]
    public sealed class OptionalAttribute : Attribute { public OptionalAttribute() { } }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class DefaultParameterValueAttribute : Attribute
    {
        object v;
        public DefaultParameterValueAttribute(object value) { v = value; }
        public object Value { get { return v; } }
    }

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class PreserveSigAttribute : Attribute { public PreserveSigAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Interface | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Delegate, Inherited = false)]
    public sealed class ComVisibleAttribute : Attribute
    {
        bool val;
        public ComVisibleAttribute(bool visibility) { val = visibility; }
        public bool Value { get { return val; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Interface | AttributeTargets.Class | AttributeTargets.Enum | AttributeTargets.Struct | AttributeTargets.Delegate, Inherited = false)]
    public sealed class GuidAttribute : Attribute
    {
        string val;
        public GuidAttribute(string guid) { val = guid; }
        public string Value { get { return val; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface, Inherited = false)]
    public sealed class ComImportAttribute : Attribute { public ComImportAttribute() { } }

    [AttributeUsage(AttributeTargets.Interface | AttributeTargets.Class, Inherited = false)]
    public sealed class CoClassAttribute : Attribute { Type t; public CoClassAttribute(Type coClass) { t = coClass; } public Type CoClass { get { return t; } } }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Event, Inherited = false)]
    public sealed class DispIdAttribute : Attribute { int v; public DispIdAttribute(int dispId) { v = dispId; } public int Value { get { return v; } } }

    [AttributeUsage(AttributeTargets.Method, Inherited = false)]
    public sealed class DllImportAttribute : Attribute
    {
        string dll;
        public string EntryPoint;
        public CharSet CharSet;
        public bool SetLastError;
        public bool ExactSpelling;
        public bool PreserveSig;
        public CallingConvention CallingConvention;
        public bool BestFitMapping;
        public bool ThrowOnUnmappableChar;
        public DllImportAttribute(string dllName) { dll = dllName; }
        public string Value { get { return dll; } }
    }

    [AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Field | AttributeTargets.ReturnValue, Inherited = false)]
    public sealed class MarshalAsAttribute : Attribute
    {
        UnmanagedType utype;
        public UnmanagedType ArraySubType;
        public int SizeConst;
        public short SizeParamIndex;
        public string MarshalType;
        public Type MarshalTypeRef;
        public string MarshalCookie;
        public int IidParameterIndex;
        public Type SafeArrayUserDefinedSubType;
        public MarshalAsAttribute(UnmanagedType unmanagedType) { utype = unmanagedType; }
        public MarshalAsAttribute(short unmanagedType) { utype = (UnmanagedType)unmanagedType; }
        public UnmanagedType Value { get { return utype; } }
    }

    [AttributeUsage(AttributeTargets.Delegate, Inherited = false, AllowMultiple = false)]
    public sealed class UnmanagedFunctionPointerAttribute : Attribute
    {
        CallingConvention cc;
        public CharSet CharSet;
        public bool SetLastError;
        public bool BestFitMapping;
        public bool ThrowOnUnmappableChar;
        public UnmanagedFunctionPointerAttribute(CallingConvention callingConvention) { cc = callingConvention; }
        public CallingConvention CallingConvention { get { return cc; } }
    }

    public struct GCHandle
    {
        object target;
        public static GCHandle Alloc(object value) { GCHandle h; h.target = value; return h; }
        public static GCHandle Alloc(object value, GCHandleType type) { GCHandle h; h.target = value; return h; }
        public object Target { get { return target; } set { target = value; } }
        public bool IsAllocated { get { return target != null; } }
        public void Free() { target = null; }
    }

    public class ExternalException : SystemException
    {
        public ExternalException() : base("External component has thrown an exception.") { HResult = unchecked((int)0x80004005); }
        public ExternalException(string message) : base(message) { HResult = unchecked((int)0x80004005); }
        public ExternalException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80004005); }
        public ExternalException(string message, int errorCode) : base(message) { HResult = errorCode; }
        public virtual int ErrorCode { get { return HResult; } }
    }

    public class COMException : ExternalException
    {
        public COMException() : base("Error HRESULT E_FAIL has been returned from a call to a COM component.") { }
        public COMException(string message) : base(message) { }
        public COMException(string message, Exception inner) : base(message, inner) { }
        public COMException(string message, int errorCode) : base(message, errorCode) { }
    }

    public class SEHException : ExternalException
    {
        public SEHException() : base("External component has thrown an exception.") { }
        public SEHException(string message) : base(message) { }
        public SEHException(string message, Exception inner) : base(message, inner) { }
    }
}
