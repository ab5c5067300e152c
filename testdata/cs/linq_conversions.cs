using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        var words = new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apricot" };
        var dict = words.ToDictionary(w => w, w => w.Length);
        Console.WriteLine("ToDictionary: " + string.Join(" ", dict.Select(kv => kv.Key + "=" + kv.Value)));
        var byFirst = words.ToLookup(w => w[0]);
        foreach (var g in byFirst) Console.WriteLine("  lookup " + g.Key + ": " + string.Join(",", g));
        Console.WriteLine("lookup['b'] count=" + byFirst['b'].Count() + " lookup['z'] count=" + byFirst['z'].Count());
        var lenLookup = words.ToLookup(w => w.Length, w => w.ToUpper());
        Console.WriteLine("lookup with element selector [6]: " + string.Join(",", lenLookup[6]));
        var ci = new[] { "A", "a", "B" }.ToLookup(s => s, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("lookup with comparer: count=" + ci.Count + " [\"a\"]=" + string.Join(",", ci["a"]));
        var ciDict = new[] { "x", "Y" }.ToDictionary(s => s, s => s.ToLower(), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("dictionary with comparer lookup X: " + ciDict["X"]);
        List<int> list = Enumerable.Range(1, 5).ToList();
        int[] arr = list.Where(x => x % 2 == 1).ToArray();
        Console.WriteLine("ToList type=" + list.GetType().Name + " ToArray type=" + arr.GetType().Name + " values=" + string.Join(",", arr));
        var hs = new HashSet<int>(new[] { 3, 1, 3 });
        Console.WriteLine("HashSet from LINQ: " + hs.Count);
        object[] objs = { 1, "s", 2L, 3, null, 4.5, 5 };
        Console.WriteLine("OfType<int> sum=" + objs.OfType<int>().Sum() + " OfType<object> count=" + objs.OfType<object>().Count() + " OfType<ValueType> count=" + objs.OfType<ValueType>().Count());
        System.Collections.IEnumerable nonGeneric = new System.Collections.Generic.List<object> { "a", "b" };
        Console.WriteLine("Cast<string> on non-generic: " + string.Join("", nonGeneric.Cast<string>()));
        var nested = new[] { new[] { 1, 2 }, new[] { 3 }, new int[0] };
        Console.WriteLine("SelectMany flatten: " + string.Join(",", nested.SelectMany(x => x)));
        Console.WriteLine("SelectMany with index: " + string.Join(",", nested.SelectMany((x, i) => x.Select(v => i + ":" + v))));
        Console.WriteLine("ToDictionary from GroupBy: " + string.Join(" ", words.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.Count()).Select(kv => kv.Key + "" + kv.Value)));
        Console.WriteLine("string from chars: " + new string("hello world".Where(char.IsLetter).Reverse().ToArray()));
        Console.WriteLine("string.Concat of query: " + string.Concat(words.Select(w => w[0])));
        Console.WriteLine("Select to anonymous then ToList: " + words.Select((w, i) => new { w, i }).Where(x => x.i % 2 == 0).Select(x => x.w).Aggregate((x, y) => x + "|" + y));
        Console.WriteLine("Enumerable.Range empty: " + Enumerable.Range(5, 0).Count());
        try { Enumerable.Range(0, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Range negative count: " + e.GetType().Name); }
        try { Enumerable.Repeat(1, -1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Repeat negative: " + e.GetType().Name); }
        try { ((int[])null).Where(x => true); } catch (ArgumentNullException e) { Console.WriteLine("null source: " + e.GetType().Name + " param=" + e.ParamName); }
    }
}
