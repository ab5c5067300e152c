using System;
using System.Collections;
using System.Collections.Generic;

class Bag : IEnumerable<string>
{
    private readonly List<string> items = new List<string>();
    public void Add(string s) { items.Add("1:" + s); }
    public void Add(string s, int n) { for (int i = 0; i < n; i++) items.Add("n:" + s); }
    public IEnumerator<string> GetEnumerator() { return items.GetEnumerator(); }
    IEnumerator IEnumerable.GetEnumerator() { return GetEnumerator(); }
}

class Config
{
    public List<string> Tags { get; } = new List<string>();
    public Dictionary<string, int> Limits { get; } = new Dictionary<string, int>();
    public string Name { get; set; }
}

class Program
{
    static void Main()
    {
        var list = new List<int> { 1, 2, 3 };
        var strList = new List<string> { "a", null, "c" };
        var nested = new List<List<int>> { new List<int> { 1 }, new List<int> { 2, 3 }, new List<int>() };
        Console.WriteLine("list: " + string.Join(",", list) + " strList count: " + strList.Count + " nested counts: " + nested[0].Count + nested[1].Count + nested[2].Count);
        var dict = new Dictionary<string, int> { { "a", 1 }, { "b", 2 } };
        var dict2 = new Dictionary<string, int> { ["x"] = 10, ["y"] = 20, ["x"] = 30 };
        Console.WriteLine("dict: " + dict["a"] + dict["b"] + " index-init overwrite: x=" + dict2["x"] + " count=" + dict2.Count);
        try { var bad = new Dictionary<string, int> { { "dup", 1 }, { "dup", 2 } }; Console.WriteLine(bad.Count); }
        catch (ArgumentException e) { Console.WriteLine("duplicate in Add-style initializer: " + e.GetType().Name); }
        var set = new HashSet<string> { "x", "y", "x" };
        var q = new Queue<int>(new[] { 1, 2 });
        var sset = new SortedSet<int> { 3, 1, 2 };
        var ll = new LinkedList<int>(new[] { 5, 6 });
        var sd = new SortedDictionary<int, string> { { 2, "b" }, { 1, "a" } };
        Console.WriteLine("set=" + set.Count + " queue=" + q.Count + " sortedset=" + string.Join("", sset) + " linked=" + ll.Count + " sorteddict first=" + string.Join(",", sd.Values));
        var bag = new Bag { "one", { "two", 2 }, "three" };
        Console.WriteLine("custom Add overloads: " + string.Join(" ", bag));
        var cfg = new Config { Name = "svc", Tags = { "fast", "safe" }, Limits = { ["cpu"] = 2, ["mem"] = 512 } };
        Console.WriteLine("nested collection init: " + cfg.Name + " tags=" + string.Join("|", cfg.Tags) + " limits=" + cfg.Limits["cpu"] + "/" + cfg.Limits["mem"]);
        var arrOfLists = new[] { new List<int> { 1 }, new List<int> { 2, 2 } };
        Console.WriteLine("array of lists: " + arrOfLists.Length + " " + arrOfLists[1].Count);
        var listOfArrays = new List<int[]> { new[] { 1, 2 }, new int[3] };
        Console.WriteLine("list of arrays: " + listOfArrays[0][1] + " " + listOfArrays[1].Length);
        var kvList = new List<KeyValuePair<string, int>> { new KeyValuePair<string, int>("k", 1) };
        Console.WriteLine("kv list: " + kvList[0]);
        var tuples = new List<Tuple<int, string>> { Tuple.Create(1, "one"), Tuple.Create(2, "two") };
        Console.WriteLine("tuples: " + string.Join(";", tuples));
        var vt = new List<(string Name, int Age)> { ("ann", 3), ("bob", 4) };
        Console.WriteLine("value tuples: " + vt[1].Name + " " + vt[1].Age + " " + vt[0]);
        var empty = new List<int> { };
        Console.WriteLine("empty initializer count: " + empty.Count);
        int counter = 0;
        var evalOrder = new List<int> { ++counter, ++counter * 10, ++counter * 100 };
        Console.WriteLine("initializer evaluation order: " + string.Join(",", evalOrder));
        var jag = new Dictionary<string, List<string>> { { "fruits", new List<string> { "apple", "pear" } }, { "veg", new List<string>() } };
        jag["veg"].Add("kale");
        foreach (var kv in jag) Console.WriteLine("  " + kv.Key + ": " + string.Join(",", kv.Value));
    }
}
