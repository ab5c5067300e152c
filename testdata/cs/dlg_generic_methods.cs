using System;
using System.Collections.Generic;

class Program
{
    static T Identity<T>(T x) { return x; }
    static List<TR> Map<T, TR>(IEnumerable<T> src, Func<T, TR> f) { var r = new List<TR>(); foreach (var x in src) r.Add(f(x)); return r; }
    static List<T> Filter<T>(IEnumerable<T> src, Predicate<T> p) { var r = new List<T>(); foreach (var x in src) if (p(x)) r.Add(x); return r; }
    static TAcc Fold<T, TAcc>(IEnumerable<T> src, TAcc seed, Func<TAcc, T, TAcc> f) { var acc = seed; foreach (var x in src) acc = f(acc, x); return acc; }
    static string Show<T>(T x) { return "<" + typeof(T).Name + ":" + x + ">"; }
    static Func<T, TC> Compose<T, TB, TC>(Func<T, TB> f, Func<TB, TC> g) { return x => g(f(x)); }
    static Func<T2, T1, TR> Flip<T1, T2, TR>(Func<T1, T2, TR> f) { return (b, a) => f(a, b); }
    static Func<T, TR> Memoize<T, TR>(Func<T, TR> f)
    {
        var cache = new Dictionary<T, TR>();
        return x => { TR r; if (!cache.TryGetValue(x, out r)) { r = f(x); cache[x] = r; Console.WriteLine("  computed " + x); } return r; };
    }

    static void Main()
    {
        Func<int, int> idInt = Identity<int>;
        Func<string, string> idStr = Identity;
        Console.WriteLine("generic method group: " + idInt(5) + " " + idStr("s"));
        Func<double, string> showD = Show<double>;
        Func<char, string> showC = Show;
        Console.WriteLine(showD(1.5) + " " + showC('q') + " " + Show(DayOfWeek.Monday));
        var nums = new[] { 1, 2, 3, 4, 5, 6 };
        Console.WriteLine("Map: " + string.Join(",", Map(nums, x => x * x)));
        Console.WriteLine("Map to string: " + string.Join(",", Map(nums, Show)));
        Console.WriteLine("Filter: " + string.Join(",", Filter(nums, x => x % 2 == 0)));
        Console.WriteLine("Fold sum: " + Fold(nums, 0, (a, x) => a + x) + " product: " + Fold(nums, 1L, (a, x) => a * x) + " concat: " + Fold(nums, "", (a, x) => a + x));
        var parseThenDouble = Compose<string, int, int>(int.Parse, x => x * 2);
        Console.WriteLine("Compose: " + parseThenDouble("21"));
        var lenThenShow = Compose((string s) => s.Length, (int n) => Show(n));
        Console.WriteLine("Compose inferred: " + lenThenShow("hello"));
        Func<int, int, int> sub = (a, b) => a - b;
        Console.WriteLine("Flip: " + sub(10, 3) + " " + Flip(sub)(10, 3));
        Func<string, int, string> rep = (s, n) => new string(s[0], n);
        Console.WriteLine("Flip generic: " + Flip(rep)(3, "z"));
        var slowSquare = Memoize((int x) => x * x);
        Console.WriteLine("memo: " + slowSquare(4) + " " + slowSquare(4) + " " + slowSquare(5));
        Converter<int, string> conv = x => "#" + x;
        Console.WriteLine("Converter with List.ConvertAll: " + string.Join(" ", new List<int> { 1, 2 }.ConvertAll(conv)));
        Func<IEnumerable<int>, int> counter = Count;
        Console.WriteLine("generic method delegate with IEnumerable: " + counter(nums));
        Action<string> printer = Print<string>;
        printer("generic action");
        Func<List<int>> factory = Create<List<int>>;
        Console.WriteLine("new() generic factory: " + factory().Count);
    }

    static int Count<T>(IEnumerable<T> e) { int n = 0; foreach (var _ in e) n++; return n; }
    static void Print<T>(T x) { Console.WriteLine("Print<" + typeof(T).Name + ">: " + x); }
    static T Create<T>() where T : new() { return new T(); }
}
