namespace System.Security
{
    [AttributeUsage(AttributeTargets.Module, AllowMultiple = true, Inherited = false)]
    public sealed class UnverifiableCodeAttribute : Attribute { public UnverifiableCodeAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Interface | AttributeTargets.Delegate, AllowMultiple = false, Inherited = false)]
    public sealed class SecurityCriticalAttribute : Attribute { public SecurityCriticalAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Interface | AttributeTargets.Delegate, AllowMultiple = false, Inherited = false)]
    public sealed class SecuritySafeCriticalAttribute : Attribute { public SecuritySafeCriticalAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Constructor | AttributeTargets.Method | AttributeTargets.Field | AttributeTargets.Interface | AttributeTargets.Delegate, AllowMultiple = false, Inherited = false)]
    public sealed class SecurityTransparentAttribute : Attribute { public SecurityTransparentAttribute() { } }

    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false)]
    public sealed class AllowPartiallyTrustedCallersAttribute : Attribute { public AllowPartiallyTrustedCallersAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Interface | AttributeTargets.Delegate, AllowMultiple = true, Inherited = false)]
    public sealed class SuppressUnmanagedCodeSecurityAttribute : Attribute { public SuppressUnmanagedCodeSecurityAttribute() { } }
}

namespace System.Security.Permissions
{
    [Serializable]
    public enum SecurityAction
    {
        Demand = 2, Assert = 3, Deny = 4, PermitOnly = 5, LinkDemand = 6, InheritanceDemand = 7,
        RequestMinimum = 8, RequestOptional = 9, RequestRefuse = 10,
    }

    [Flags]
    [Serializable]
    public enum SecurityPermissionFlag
    {
        NoFlags = 0x00, Assertion = 0x01, UnmanagedCode = 0x02, SkipVerification = 0x04, Execution = 0x08,
        ControlThread = 0x10, ControlEvidence = 0x20, ControlPolicy = 0x40, SerializationFormatter = 0x80,
        ControlDomainPolicy = 0x100, ControlPrincipal = 0x200, ControlAppDomain = 0x400, RemotingConfiguration = 0x800,
        Infrastructure = 0x1000, BindingRedirects = 0x2000, AllFlags = 0x3fff,
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class SecurityAttribute : Attribute
    {
        SecurityAction action;
        protected SecurityAttribute(SecurityAction action) { this.action = action; }
        public SecurityAction Action { get { return action; } set { action = value; } }
        public bool Unrestricted { get; set; }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public abstract class CodeAccessSecurityAttribute : SecurityAttribute
    {
        protected CodeAccessSecurityAttribute(SecurityAction action) : base(action) { }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Constructor | AttributeTargets.Method, AllowMultiple = true, Inherited = false)]
    public sealed class SecurityPermissionAttribute : CodeAccessSecurityAttribute
    {
        public SecurityPermissionAttribute(SecurityAction action) : base(action) { }
        public SecurityPermissionFlag Flags { get; set; }
        public bool SkipVerification { get; set; }
        public bool UnmanagedCode { get; set; }
        public bool Assertion { get; set; }
        public bool Execution { get; set; }
    }
}
