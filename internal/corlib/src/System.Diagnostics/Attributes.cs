namespace System.Diagnostics
{
    [Serializable]
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
    public sealed class ConditionalAttribute : Attribute
    {
        string cond;
        public ConditionalAttribute(string conditionString) { cond = conditionString; }
        public string ConditionString { get { return cond; } }
    }

    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Module, AllowMultiple = false)]
    public sealed class DebuggableAttribute : Attribute
    {
        [Flags]
        public enum DebuggingModes
        {
            None = 0x0,
            Default = 0x1,
            DisableOptimizations = 0x100,
            IgnoreSymbolStoreSequencePoints = 0x2,
            EnableEditAndContinue = 0x4,
        }
        DebuggingModes modes;
        public DebuggableAttribute(bool isJITTrackingEnabled, bool isJITOptimizerDisabled)
        {
            modes = 0;
            if (isJITTrackingEnabled) modes |= DebuggingModes.Default;
            if (isJITOptimizerDisabled) modes |= DebuggingModes.DisableOptimizations;
        }
        public DebuggableAttribute(DebuggingModes modes) { this.modes = modes; }
        public bool IsJITTrackingEnabled { get { return (modes & DebuggingModes.Default) != 0; } }
        public bool IsJITOptimizerDisabled { get { return (modes & DebuggingModes.DisableOptimizations) != 0; } }
        public DebuggingModes DebuggingFlags { get { return modes; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Constructor | AttributeTargets.Struct, Inherited = false)]
    public sealed class DebuggerHiddenAttribute : Attribute { public DebuggerHiddenAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerStepThroughAttribute : Attribute { public DebuggerStepThroughAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerNonUserCodeAttribute : Attribute { public DebuggerNonUserCodeAttribute() { } }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false)]
    public sealed class DebuggerStepperBoundaryAttribute : Attribute { public DebuggerStepperBoundaryAttribute() { } }

    public enum DebuggerBrowsableState { Never = 0, Collapsed = 2, RootHidden = 3 }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, AllowMultiple = false)]
    public sealed class DebuggerBrowsableAttribute : Attribute
    {
        DebuggerBrowsableState state;
        public DebuggerBrowsableAttribute(DebuggerBrowsableState state) { this.state = state; }
        public DebuggerBrowsableState State { get { return state; } }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Delegate | AttributeTargets.Enum | AttributeTargets.Field | AttributeTargets.Property | AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DebuggerDisplayAttribute : Attribute
    {
        string value;
        public DebuggerDisplayAttribute(string value) { this.value = value; }
        public string Value { get { return value; } }
        public string Name { get; set; }
        public string Type { get; set; }
        public Type Target { get; set; }
        public string TargetTypeName { get; set; }
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class DebuggerTypeProxyAttribute : Attribute
    {
        string typeName;
        public DebuggerTypeProxyAttribute(Type type) { typeName = type == null ? null : type.FullName; }
        public DebuggerTypeProxyAttribute(string typeName) { this.typeName = typeName; }
        public string ProxyTypeName { get { return typeName; } }
        public Type Target { get; set; }
        public string TargetTypeName { get; set; }
    }
}
