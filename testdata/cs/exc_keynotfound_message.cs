using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var d = new Dictionary<string, int> { { "one", 1 } };
        try { Console.WriteLine(d["two"]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
        var di = new Dictionary<int, string>();
        try { Console.WriteLine(di[42]); }
        catch (KeyNotFoundException e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
        try { d.Add("one", 2); }
        catch (ArgumentException e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
        try { d.Add(null, 2); }
        catch (ArgumentNullException e) { Console.WriteLine(e.GetType().FullName + " param=" + e.ParamName); }
        var sd = new SortedDictionary<string, int>();
        try { Console.WriteLine(sd["x"]); }
        catch (KeyNotFoundException e) { Console.WriteLine("SortedDictionary: " + e.GetType().Name); }
        var sl = new SortedList<int, int>();
        try { Console.WriteLine(sl[1]); }
        catch (KeyNotFoundException e) { Console.WriteLine("SortedList: " + e.GetType().Name); }
        var list = new List<int> { 1, 2, 3 };
        try { foreach (int x in list) if (x == 2) list.Remove(x); }
        catch (InvalidOperationException e) { Console.WriteLine(e.GetType().FullName + ": " + e.Message); }
        try { foreach (var kv in d) d["new"] = 5; }
        catch (InvalidOperationException e) { Console.WriteLine("dict modified: " + e.GetType().Name); }
        try { new List<int>().GetRange(0, 1); }
        catch (ArgumentException e) { Console.WriteLine("GetRange: " + e.GetType().Name); }
        try { new Queue<string>().Peek(); }
        catch (InvalidOperationException e) { Console.WriteLine("Queue.Peek: " + e.Message); }
        try { new Stack<string>().Peek(); }
        catch (InvalidOperationException e) { Console.WriteLine("Stack.Peek: " + e.Message); }
        try { var l = new List<int>(); l.Insert(5, 1); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("Insert: " + e.GetType().Name + " param=" + e.ParamName); }
        Console.WriteLine("final lookup without catch:");
        Console.WriteLine(d["missing-key"]);
    }
}
