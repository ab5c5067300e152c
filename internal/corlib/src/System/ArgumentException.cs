using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Text;

namespace System
{
    [Serializable]
    public class ArgumentException : SystemException
    {
        string m_paramName;

        public ArgumentException() : base("Value does not fall within the expected range.") { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message) : base(message) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, string paramName, Exception innerException) : base(message, innerException) { m_paramName = paramName; HResult = unchecked((int)0x80070057); }
        public ArgumentException(string message, string paramName) : base(message) { m_paramName = paramName; HResult = unchecked((int)0x80070057); }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (!string.IsNullOrEmpty(m_paramName))
                    return s + "\nParameter name: " + m_paramName;
                return s;
            }
        }

        public virtual string ParamName { get { return m_paramName; } }
    }

    [Serializable]
    public class ArgumentNullException : ArgumentException
    {
        public ArgumentNullException() : base("Value cannot be null.") { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName) : base("Value cannot be null.", paramName) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80004003); }
        public ArgumentNullException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80004003); }
    }

    [Serializable]
    public class ArgumentOutOfRangeException : ArgumentException
    {
        object m_actualValue;

        public ArgumentOutOfRangeException() : base("Specified argument was out of the range of valid values.") { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName) : base("Specified argument was out of the range of valid values.", paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName, string message) : base(message, paramName) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131502); }
        public ArgumentOutOfRangeException(string paramName, object actualValue, string message) : base(message, paramName) { m_actualValue = actualValue; HResult = unchecked((int)0x80131502); }

        public override string Message
        {
            get
            {
                string s = base.Message;
                if (m_actualValue != null)
                {
                    string valueMessage = "Actual value was " + m_actualValue.ToString() + ".";
                    if (s == null) return valueMessage;
                    return s + "\n" + valueMessage;
                }
                return s;
            }
        }

        public virtual object ActualValue { get { return m_actualValue; } }
    }

    [Serializable]
    public class DuplicateWaitObjectException : ArgumentException
    {
        public DuplicateWaitObjectException() : base("Duplicate objects in argument.") { HResult = unchecked((int)0x80131529); }
        public DuplicateWaitObjectException(string parameterName) : base("Duplicate objects in argument.", parameterName) { HResult = unchecked((int)0x80131529); }
        public DuplicateWaitObjectException(string parameterName, string message) : base(message, parameterName) { HResult = unchecked((int)0x80131529); }
        public DuplicateWaitObjectException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131529); }
    }

    [Serializable]
    public class ObjectDisposedException : InvalidOperationException
    {
        string objectName;

        ObjectDisposedException() : this(null, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName) : this(objectName, "Cannot access a disposed object.") { }
        public ObjectDisposedException(string objectName, string message) : base(message) { this.objectName = objectName; HResult = unchecked((int)0x80131622); }
        public ObjectDisposedException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131622); }

        public override string Message
        {
            get
            {
                string name = ObjectName;
                if (name == null || name.Length == 0) return base.Message;
                return base.Message + "\nObject name: '" + name + "'.";
            }
        }

        public string ObjectName { get { return objectName ?? string.Empty; } }
    }

    [Serializable]
    public sealed class TypeInitializationException : SystemException
    {
        string typeName;

        public TypeInitializationException(string fullTypeName, Exception innerException)
            : base("The type initializer for '" + fullTypeName + "' threw an exception.", innerException)
        {
            typeName = fullTypeName;
            HResult = unchecked((int)0x80131534);
        }

        public string TypeName
        {
            get
            {
                if (typeName == null && _message != null)
                {
                    // created by the runtime without the (typeName, inner) constructor
                    int a = _message.IndexOf('\'');
                    int b = _message.LastIndexOf('\'');
                    if (a >= 0 && b > a) return _message.Substring(a + 1, b - a - 1);
                }
                return typeName ?? string.Empty;
            }
        }
    }

    [Serializable]
    public class MissingMemberException : MemberAccessException
    {
        protected string ClassName;
        protected string MemberName;
        protected byte[] Signature;

        public MissingMemberException() : base("Attempted to access a missing member.") { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string message) : base(message) { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131512); }
        public MissingMemberException(string className, string memberName) : base(null) { ClassName = className; MemberName = memberName; HResult = unchecked((int)0x80131512); }

        public override string Message
        {
            get
            {
                if (ClassName == null) return base.Message;
                return "Member '" + ClassName + "." + MemberName + "' not found.";
            }
        }
    }

    [Serializable]
    public class MissingMethodException : MissingMemberException
    {
        public MissingMethodException() : base("Attempted to access a missing method.") { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message) : base(message) { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131513); }
        public MissingMethodException(string className, string methodName) : base(className, methodName) { HResult = unchecked((int)0x80131513); }

        public override string Message
        {
            get
            {
                if (ClassName == null) return base.Message;
                return "Method '" + ClassName + "." + MemberName + "' not found.";
            }
        }
    }

    [Serializable]
    public class MissingFieldException : MissingMemberException
    {
        public MissingFieldException() : base("Attempted to access a non-existing field.") { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message) : base(message) { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131511); }
        public MissingFieldException(string className, string fieldName) : base(className, fieldName) { HResult = unchecked((int)0x80131511); }

        public override string Message
        {
            get
            {
                if (ClassName == null) return base.Message;
                return "Field '" + ClassName + "." + MemberName + "' not found.";
            }
        }
    }

    [Serializable]
    public class NotFiniteNumberException : ArithmeticException
    {
        double offendingNumber;

        public NotFiniteNumberException() : base("Arg_NotFiniteNumberException = Number encountered was not a finite quantity.") { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(double offendingNumber) : base() { this.offendingNumber = offendingNumber; HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message) : base(message) { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message, double offendingNumber) : base(message) { this.offendingNumber = offendingNumber; HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80131528); }
        public NotFiniteNumberException(string message, double offendingNumber, Exception innerException) : base(message, innerException) { this.offendingNumber = offendingNumber; HResult = unchecked((int)0x80131528); }

        public double OffendingNumber { get { return offendingNumber; } }
    }

    [Serializable]
    public class OperationCanceledException : SystemException
    {
        System.Threading.CancellationToken token;

        public OperationCanceledException() : base("The operation was canceled.") { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message) : base(message) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x8013153B); }
        public OperationCanceledException(System.Threading.CancellationToken token) : this() { this.token = token; }
        public OperationCanceledException(string message, System.Threading.CancellationToken token) : this(message) { this.token = token; }
        public OperationCanceledException(string message, Exception innerException, System.Threading.CancellationToken token) : this(message, innerException) { this.token = token; }

        public System.Threading.CancellationToken CancellationToken { get { return token; } }
    }

    [Serializable]
    public class AggregateException : Exception
    {
        ReadOnlyCollection<Exception> m_innerExceptions;
        string baseMessage;

        public AggregateException() : this("One or more errors occurred.", new Exception[0]) { }
        public AggregateException(string message) : this(message, new Exception[0]) { }
        public AggregateException(string message, Exception innerException)
            : this(message, new Exception[] { CheckInner(innerException) }) { }
        public AggregateException(IEnumerable<Exception> innerExceptions)
            : this("One or more errors occurred.", innerExceptions) { }
        public AggregateException(params Exception[] innerExceptions)
            : this("One or more errors occurred.", innerExceptions) { }
        public AggregateException(string message, IEnumerable<Exception> innerExceptions)
            : this(message, ToList(innerExceptions)) { }

        public AggregateException(string message, params Exception[] innerExceptions)
            : base(message, innerExceptions != null && innerExceptions.Length > 0 ? innerExceptions[0] : null)
        {
            if (innerExceptions == null) throw new ArgumentNullException("innerExceptions");
            Exception[] copy = new Exception[innerExceptions.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = innerExceptions[i];
                if (copy[i] == null) throw new ArgumentException("An element of innerExceptions was null.");
            }
            m_innerExceptions = new ReadOnlyCollection<Exception>(copy);
            baseMessage = message;
            HResult = unchecked((int)0x80131500);
        }

        static Exception CheckInner(Exception e)
        {
            if (e == null) throw new ArgumentNullException("innerException");
            return e;
        }

        static Exception[] ToList(IEnumerable<Exception> e)
        {
            if (e == null) throw new ArgumentNullException("innerExceptions");
            return new List<Exception>(e).ToArray();
        }

        public ReadOnlyCollection<Exception> InnerExceptions { get { return m_innerExceptions; } }

        public override string Message
        {
            get
            {
                if (m_innerExceptions.Count == 0) return base.Message;
                StringBuilder sb = new StringBuilder();
                sb.Append(base.Message);
                sb.Append(' ');
                for (int i = 0; i < m_innerExceptions.Count; i++)
                {
                    sb.Append('(');
                    sb.Append(m_innerExceptions[i].Message);
                    sb.Append(") ");
                }
                sb.Length -= 1;
                return sb.ToString();
            }
        }

        public override Exception GetBaseException()
        {
            Exception back = this;
            AggregateException backAsAggregate = this;
            while (backAsAggregate != null && backAsAggregate.InnerExceptions.Count == 1)
            {
                back = back.InnerException;
                backAsAggregate = back as AggregateException;
            }
            return back;
        }

        public AggregateException Flatten()
        {
            List<Exception> flattened = new List<Exception>();
            List<AggregateException> todo = new List<AggregateException>();
            todo.Add(this);
            for (int n = 0; n < todo.Count; n++)
            {
                foreach (Exception e in todo[n].InnerExceptions)
                {
                    AggregateException ae = e as AggregateException;
                    if (ae != null) todo.Add(ae);
                    else flattened.Add(e);
                }
            }
            return new AggregateException(baseMessage, flattened.ToArray());
        }

        public void Handle(Func<Exception, bool> predicate)
        {
            if (predicate == null) throw new ArgumentNullException("predicate");
            List<Exception> unhandled = null;
            for (int i = 0; i < m_innerExceptions.Count; i++)
            {
                if (!predicate(m_innerExceptions[i]))
                {
                    if (unhandled == null) unhandled = new List<Exception>();
                    unhandled.Add(m_innerExceptions[i]);
                }
            }
            if (unhandled != null) throw new AggregateException(Message, unhandled.ToArray());
        }

        public override string ToString()
        {
            StringBuilder sb = new StringBuilder();
            sb.Append(base.ToString());
            for (int i = 0; i < m_innerExceptions.Count; i++)
            {
                sb.Append("\n---> (Inner Exception #");
                sb.Append(i);
                sb.Append(") ");
                sb.Append(m_innerExceptions[i].ToString());
                sb.Append("<---\n");
            }
            return sb.ToString();
        }
    }
}

namespace System.IO
{
    [Serializable]
    public class FileNotFoundException : IOException
    {
        string fileName;

        public FileNotFoundException() : base("Unable to find the specified file.") { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message) : base(message) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, Exception innerException) : base(message, innerException) { HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName) : base(message) { this.fileName = fileName; HResult = unchecked((int)0x80070002); }
        public FileNotFoundException(string message, string fileName, Exception innerException) : base(message, innerException) { this.fileName = fileName; HResult = unchecked((int)0x80070002); }

        public string FileName { get { return fileName; } }
        public string FusionLog { get { return null; } }

        public override string Message
        {
            get
            {
                if (_message == null && fileName != null) return "Could not load file or assembly '" + fileName + "' or one of its dependencies. The system cannot find the file specified.";
                return base.Message;
            }
        }
    }

    [Serializable]
    public class FileLoadException : IOException
    {
        string fileName;
        public FileLoadException() : base("Could not load the specified file.") { HResult = unchecked((int)0x80131621); }
        public FileLoadException(string message) : base(message) { HResult = unchecked((int)0x80131621); }
        public FileLoadException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80131621); }
        public FileLoadException(string message, string fileName) : base(message) { this.fileName = fileName; HResult = unchecked((int)0x80131621); }
        public string FileName { get { return fileName; } }
    }
}

namespace System.Threading
{
    [Serializable]
    public sealed class ThreadAbortException : SystemException
    {
        ThreadAbortException() : base("Thread was being aborted.") { HResult = unchecked((int)0x80131530); }
        public object ExceptionState { get { return null; } }
    }
}

namespace System.Threading.Tasks
{
    [Serializable]
    public class TaskCanceledException : OperationCanceledException
    {
        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message) { }
        public TaskCanceledException(string message, Exception innerException) : base(message, innerException) { }
    }

    [Serializable]
    public class TaskSchedulerException : Exception
    {
        public TaskSchedulerException() : base("An exception was thrown by a TaskScheduler.") { }
        public TaskSchedulerException(string message) : base(message) { }
        public TaskSchedulerException(string message, Exception innerException) : base(message, innerException) { }
        public TaskSchedulerException(Exception innerException) : base("An exception was thrown by a TaskScheduler.", innerException) { }
    }
}
