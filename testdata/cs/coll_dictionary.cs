using System;
using System.Collections.Generic;

class Program
{
    static void Dump(Dictionary<string, int> d) { Console.WriteLine("  {" + string.Join(", ", Pairs(d)) + "} Count=" + d.Count); }
    static IEnumerable<string> Pairs(Dictionary<string, int> d) { foreach (var kv in d) yield return kv.Key + "=" + kv.Value; }

    static void Main()
    {
        var d = new Dictionary<string, int>();
        d.Add("one", 1);
        d.Add("two", 2);
        d["three"] = 3;
        d["four"] = 4;
        d["five"] = 5;
        Console.WriteLine("insertion order:");
        Dump(d);
        d["two"] = 22;
        Console.WriteLine("overwrite keeps position:");
        Dump(d);
        d.Remove("two");
        d.Remove("four");
        Console.WriteLine("after removing two, four:");
        Dump(d);
        d["six"] = 6;
        Console.WriteLine("add six reuses freed slot:");
        Dump(d);
        d["seven"] = 7;
        d["eight"] = 8;
        Console.WriteLine("add seven, eight:");
        Dump(d);
        d.Remove("one");
        d["one"] = 111;
        Console.WriteLine("remove and re-add one:");
        Dump(d);
        int v;
        Console.WriteLine("TryGetValue(three)=" + d.TryGetValue("three", out v) + " " + v + " TryGetValue(zero)=" + d.TryGetValue("zero", out v) + " " + v);
        Console.WriteLine("ContainsKey(five)=" + d.ContainsKey("five") + " ContainsKey(Five)=" + d.ContainsKey("Five") + " ContainsValue(6)=" + d.ContainsValue(6) + " ContainsValue(2)=" + d.ContainsValue(2));
        Console.WriteLine("Keys: " + string.Join(",", d.Keys));
        Console.WriteLine("Values: " + string.Join(",", d.Values));
        Console.WriteLine("Remove missing: " + d.Remove("nothing"));
        try { Console.WriteLine(d["missing"]); }
        catch (KeyNotFoundException e) { Console.WriteLine("KeyNotFoundException: " + e.Message); }
        try { d.Add("three", 0); }
        catch (ArgumentException e) { Console.WriteLine("duplicate Add: " + e.GetType().Name); }
        var ci = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        ci["Apple"] = 1;
        ci["APPLE"] = 2;
        ci["banana"] = 3;
        Console.WriteLine("OrdinalIgnoreCase: count=" + ci.Count + " apple=" + ci["apple"] + " key kept=" + string.Join(",", ci.Keys));
        var counts = new Dictionary<char, int>();
        foreach (char c in "mississippi") { int n; counts.TryGetValue(c, out n); counts[c] = n + 1; }
        foreach (var kv in counts) Console.WriteLine("  char " + kv.Key + ": " + kv.Value);
        var big = new Dictionary<int, int>();
        for (int i = 0; i < 1000; i++) big[i * 7 % 1000] = i;
        for (int i = 0; i < 1000; i += 3) big.Remove(i);
        long sum = 0; int first = -1, cnt = 0;
        foreach (var kv in big) { if (first < 0) first = kv.Key; sum += kv.Key * (long)kv.Value; cnt++; }
        Console.WriteLine("big: count=" + big.Count + " iterated=" + cnt + " first key=" + first + " weighted sum=" + sum);
        var order = new List<int>();
        foreach (var k in big.Keys) { order.Add(k); if (order.Count == 10) break; }
        Console.WriteLine("big first 10 keys: " + string.Join(",", order));
        for (int i = 0; i < 5; i++) big[5000 + i] = i;
        order.Clear();
        foreach (var k in big.Keys) if (k >= 5000) order.Add(k);
        Console.WriteLine("new keys appear in enumeration: " + string.Join(",", order));
        var init = new Dictionary<int, string> { [3] = "three", [1] = "one", [2] = "two" };
        Console.WriteLine("index initializer order: " + string.Join(",", init.Values));
        var init2 = new Dictionary<string, double> { { "pi", 3.14 }, { "e", 2.72 } };
        Console.WriteLine("collection initializer: " + init2["pi"] + " " + init2["e"]);
        d.Clear();
        Console.WriteLine("after Clear: count=" + d.Count);
        d["z"] = 26; d["a"] = 1;
        Dump(d);
        var copy = new Dictionary<string, int>(d);
        copy["a"] = 100;
        Console.WriteLine("copy independent: " + d["a"] + " " + copy["a"]);
        var nullVals = new Dictionary<int, string> { { 1, null } };
        Console.WriteLine("null value allowed: " + (nullVals[1] == null) + " ContainsValue(null)=" + nullVals.ContainsValue(null));
    }
}
