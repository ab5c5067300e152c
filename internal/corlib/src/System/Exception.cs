using System.Collections;
using System.Reflection;
using System.Text;

namespace System
{
    [Serializable]
    public class Exception
    {
        internal string _message;
        Exception _innerException;
        // Set by the runtime when the exception is thrown: lines "  at Namespace.Type.Method (ParamTypes) ..." joined by "\n".
        internal string _stackTrace;
        IDictionary _data;
        int _HResult;
        string _source;
        string _helpLink;

        public Exception()
        {
            _HResult = unchecked((int)0x80131500);
        }

        public Exception(string message)
        {
            _message = message;
            _HResult = unchecked((int)0x80131500);
        }

        public Exception(string message, Exception innerException)
        {
            _message = message;
            _innerException = innerException;
            _HResult = unchecked((int)0x80131500);
        }

        public virtual string Message
        {
            get
            {
                if (_message == null) return "Exception of type '" + GetClassName() + "' was thrown.";
                return _message;
            }
        }

        public Exception InnerException { get { return _innerException; } }

        public virtual string StackTrace { get { return _stackTrace; } }

        public virtual IDictionary Data
        {
            get
            {
                if (_data == null) _data = new Hashtable();
                return _data;
            }
        }

        public int HResult
        {
            get { return _HResult; }
            set { _HResult = value; }
        }

        public virtual string Source
        {
            get
            {
                if (_source == null && _stackTrace != null) _source = InternalSource(_stackTrace);
                return _source;
            }
            set { _source = value; }
        }

        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        static extern string InternalSource(string stackTrace);

        public virtual string HelpLink
        {
            get { return _helpLink; }
            set { _helpLink = value; }
        }

        public MethodBase TargetSite { get { return null; } }

        public virtual Exception GetBaseException()
        {
            Exception inner = InnerException;
            Exception back = this;
            while (inner != null)
            {
                back = inner;
                inner = inner.InnerException;
            }
            return back;
        }

        internal string GetClassName()
        {
            return GetType().FullName;
        }

        public override string ToString()
        {
            string className = GetClassName();
            string message = Message;
            StringBuilder sb = new StringBuilder();
            sb.Append(className);
            if (message != null && message.Length > 0)
            {
                sb.Append(": ");
                sb.Append(message);
            }
            if (_innerException != null)
            {
                sb.Append(" ---> ");
                sb.Append(_innerException.ToString());
                sb.Append("\n   --- End of inner exception stack trace ---");
            }
            string st = StackTrace;
            if (st != null && st.Length > 0)
            {
                sb.Append("\n");
                sb.Append(st);
            }
            return sb.ToString();
        }

        public new Type GetType() { return base.GetType(); }

        protected event EventHandler<System.Runtime.Serialization.SafeSerializationEventArgs> SerializeObjectState
        {
            add { }
            remove { }
        }
    }
}

namespace System.Runtime.Serialization
{
    public sealed class SafeSerializationEventArgs : EventArgs
    {
        internal SafeSerializationEventArgs() { }
    }

    [Serializable]
    public class SerializationException : SystemException
    {
        public SerializationException() : base("Serialization error.") { HResult = unchecked((int)0x8013150C); }
        public SerializationException(string message) : base(message) { HResult = unchecked((int)0x8013150C); }
        public SerializationException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013150C); }
    }
}
