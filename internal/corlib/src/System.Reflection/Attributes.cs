namespace System.Reflection
{
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface)]
    public sealed class DefaultMemberAttribute : Attribute
    {
        string memberName;
        public DefaultMemberAttribute(string memberName) { this.memberName = memberName; }
        public string MemberName { get { return memberName; } }
    }

    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTitleAttribute : Attribute { string v; public AssemblyTitleAttribute(string title) { v = title; } public string Title { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDescriptionAttribute : Attribute { string v; public AssemblyDescriptionAttribute(string description) { v = description; } public string Description { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyConfigurationAttribute : Attribute { string v; public AssemblyConfigurationAttribute(string configuration) { v = configuration; } public string Configuration { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCompanyAttribute : Attribute { string v; public AssemblyCompanyAttribute(string company) { v = company; } public string Company { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyProductAttribute : Attribute { string v; public AssemblyProductAttribute(string product) { v = product; } public string Product { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCopyrightAttribute : Attribute { string v; public AssemblyCopyrightAttribute(string copyright) { v = copyright; } public string Copyright { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyTrademarkAttribute : Attribute { string v; public AssemblyTrademarkAttribute(string trademark) { v = trademark; } public string Trademark { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyCultureAttribute : Attribute { string v; public AssemblyCultureAttribute(string culture) { v = culture; } public string Culture { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyVersionAttribute : Attribute { string v; public AssemblyVersionAttribute(string version) { v = version; } public string Version { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyFileVersionAttribute : Attribute { string v; public AssemblyFileVersionAttribute(string version) { v = version; } public string Version { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyInformationalVersionAttribute : Attribute { string v; public AssemblyInformationalVersionAttribute(string informationalVersion) { v = informationalVersion; } public string InformationalVersion { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyKeyFileAttribute : Attribute { string v; public AssemblyKeyFileAttribute(string keyFile) { v = keyFile; } public string KeyFile { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyKeyNameAttribute : Attribute { string v; public AssemblyKeyNameAttribute(string keyName) { v = keyName; } public string KeyName { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDelaySignAttribute : Attribute { bool v; public AssemblyDelaySignAttribute(bool delaySign) { v = delaySign; } public bool DelaySign { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyDefaultAliasAttribute : Attribute { string v; public AssemblyDefaultAliasAttribute(string defaultAlias) { v = defaultAlias; } public string DefaultAlias { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyAlgorithmIdAttribute : Attribute { uint v; public AssemblyAlgorithmIdAttribute(uint algorithmId) { v = algorithmId; } public uint AlgorithmId { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false)]
    public sealed class AssemblyFlagsAttribute : Attribute { int v; public AssemblyFlagsAttribute(int assemblyFlags) { v = assemblyFlags; } public int AssemblyFlags { get { return v; } } }
    [AttributeUsage(AttributeTargets.Assembly, Inherited = false, AllowMultiple = true)]
    public sealed class AssemblyMetadataAttribute : Attribute { string k, v; public AssemblyMetadataAttribute(string key, string value) { k = key; v = value; } public string Key { get { return k; } } public string Value { get { return v; } } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum | AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Event | AttributeTargets.Interface | AttributeTargets.Delegate, AllowMultiple = true, Inherited = false)]
    public sealed class ObfuscationAttribute : Attribute { public ObfuscationAttribute() { } public bool Exclude { get; set; } public bool StripAfterObfuscation { get; set; } public bool ApplyToMembers { get; set; } public string Feature { get; set; } }
}
