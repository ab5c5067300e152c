using System;

class ValidationException : Exception
{
    public string Field { get; }
    public ValidationException(string field, string message) : base(message) { Field = field; }
    public ValidationException(string field, string message, Exception inner) : base(message, inner) { Field = field; }
}

class RangeValidationException : ValidationException
{
    public int Min, Max, Actual;
    public RangeValidationException(string field, int min, int max, int actual)
        : base(field, string.Format("{0} must be between {1} and {2} but was {3}", field, min, max, actual)) { Min = min; Max = max; Actual = actual; }
}

class NoMessageException : Exception { }
class OverriddenMessageException : Exception { public override string Message { get { return "overridden message"; } } }

class Program
{
    static void Validate(string name, int age, string ageText)
    {
        if (string.IsNullOrEmpty(name)) throw new ValidationException("name", "name is required");
        if (age < 0 || age > 150) throw new RangeValidationException("age", 0, 150, age);
        try { int.Parse(ageText); }
        catch (FormatException e) { throw new ValidationException("ageText", "age text invalid", e); }
    }

    static void Main()
    {
        var cases = new[] { new object[] { "ann", 30, "30" }, new object[] { "", 30, "30" }, new object[] { "bob", 200, "1" }, new object[] { "cy", 5, "five" }, new object[] { "di", -1, "x" } };
        foreach (var c in cases)
        {
            try
            {
                Validate((string)c[0], (int)c[1], (string)c[2]);
                Console.WriteLine("valid: " + c[0]);
            }
            catch (RangeValidationException e) { Console.WriteLine("range error field=" + e.Field + " min=" + e.Min + " max=" + e.Max + " actual=" + e.Actual + " msg=" + e.Message); }
            catch (ValidationException e) { Console.WriteLine("validation error field=" + e.Field + " msg=" + e.Message + (e.InnerException != null ? " inner=" + e.InnerException.GetType().Name : "")); }
        }
        Console.WriteLine("default message: " + new NoMessageException().Message);
        Console.WriteLine("base Exception default message: " + new Exception().Message);
        Console.WriteLine("overridden: " + new OverriddenMessageException().Message);
        Console.WriteLine("null message: [" + new Exception(null).Message + "]");
        Console.WriteLine("custom type names: " + new RangeValidationException("f", 0, 1, 2).GetType().Name + " " + typeof(ValidationException).FullName);
        Exception e2 = new RangeValidationException("x", 1, 2, 3);
        Console.WriteLine("is ValidationException: " + (e2 is ValidationException) + " is Exception: " + (e2 is Exception) + " is SystemException: " + (e2 is SystemException));
        Console.WriteLine("ToString starts with type: " + new ValidationException("f", "m").ToString().StartsWith("ValidationException: m"));
        var data = new Exception("with data");
        Console.WriteLine("InnerException null by default: " + (data.InnerException == null));
        Console.WriteLine("standard messages:");
        Exception[] std = { new ArgumentException(), new ArgumentNullException(), new ArgumentNullException("p"), new ArgumentOutOfRangeException(), new ArgumentOutOfRangeException("idx"), new InvalidOperationException(), new NotSupportedException(), new NotImplementedException(), new FormatException(), new IndexOutOfRangeException(), new NullReferenceException(), new InvalidCastException(), new OverflowException(), new DivideByZeroException(), new ArithmeticException(), new KeyNotFoundLike(), new TimeoutException(), new ObjectDisposedException("obj"), new ArgumentException("msg", "param") };
        foreach (var ex in std) Console.WriteLine("  " + ex.GetType().Name + ": " + ex.Message);
    }
}

class KeyNotFoundLike : System.Collections.Generic.KeyNotFoundException { }
