using System;
using System.Collections.Generic;

class Program
{
    static string Info<T>()
    {
        T d = default(T);
        string dv = d == null ? "null" : d.ToString();
        return string.Format("{0,-22} default={1}", typeof(T).Name, dv.Replace("\0", "\\0"));
    }

    static bool IsNull<T>(T x) { return x == null; }
    static string Kind<T>(T x)
    {
        if (x is int) return "int";
        if (x is string) return "string";
        if (x is IEnumerable<int>) return "IEnumerable<int>";
        if (x is ValueType) return "other value type";
        return "other reference";
    }
    static T Cast<T>(object o) { return (T)o; }
    static T As<T>(object o) where T : class { return o as T; }

    static void Main()
    {
        Console.WriteLine(Info<int>());
        Console.WriteLine(Info<long>());
        Console.WriteLine(Info<bool>());
        Console.WriteLine(Info<char>());
        Console.WriteLine(Info<double>());
        Console.WriteLine(Info<decimal>());
        Console.WriteLine(Info<string>());
        Console.WriteLine(Info<object>());
        Console.WriteLine(Info<int?>());
        Console.WriteLine(Info<List<int>>());
        Console.WriteLine(Info<int[]>());
        Console.WriteLine(Info<DayOfWeek>());
        Console.WriteLine(Info<KeyValuePair<int, int>>());
        Console.WriteLine(Info<Tuple<int, string>>());
        Console.WriteLine(Info<(int, bool)>());
        Console.WriteLine("IsNull: " + IsNull(0) + " " + IsNull<string>(null) + " " + IsNull<int?>(null) + " " + IsNull<int?>(3) + " " + IsNull(new object()));
        Console.WriteLine("Kind: " + Kind(5) + " " + Kind("s") + " " + Kind(new List<int>()) + " " + Kind(2.5) + " " + Kind(new object()) + " " + Kind(new[] { 1 }));
        Console.WriteLine("Cast<int>(boxed 5)=" + Cast<int>(5) + " Cast<string>=" + Cast<string>("s") + " Cast<int?>(null)=[" + Cast<int?>(null) + "]");
        try { Cast<int>("x"); } catch (InvalidCastException e) { Console.WriteLine("Cast<int>(\"x\"): " + e.GetType().Name); }
        try { Cast<int>(null); } catch (NullReferenceException e) { Console.WriteLine("Cast<int>(null): " + e.GetType().Name); }
        Console.WriteLine("As<string>(5) null: " + (As<string>(5) == null) + " As<string>(\"y\")=" + As<string>("y"));
        Console.WriteLine("typeof names: " + typeof(List<int>).Name + " " + typeof(List<>).Name + " " + typeof(Dictionary<,>).Name + " " + typeof(KeyValuePair<string, List<int>>).Name);
        Console.WriteLine("typeof full: " + typeof(List<>).FullName + " " + typeof(Dictionary<,>).FullName + " " + typeof(IEnumerable<>).FullName);
        Console.WriteLine("GetType on generics: " + new List<string>().GetType().Name + " " + new Dictionary<int, List<string>>().GetType().Name + " " + new int?[0].GetType().Name);
        Console.WriteLine("Nullable type names: " + typeof(int?).Name + " " + typeof(int?).FullName.Substring(0, 17));
    }
}
