using System;
using System.Collections.Generic;

struct Money : IComparable<Money>
{
    public decimal Amount;
    public Money(decimal a) { Amount = a; }
    public int CompareTo(Money o) { return Amount.CompareTo(o.Amount); }
    public override string ToString() { return Amount.ToString("F2"); }
}

class Person : IComparable<Person>
{
    public string Name; public int Age;
    public int CompareTo(Person o) { int c = Age.CompareTo(o.Age); return c != 0 ? c : string.CompareOrdinal(Name, o.Name); }
    public override string ToString() { return Name + "(" + Age + ")"; }
}

static class G
{
    public static T Max<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) >= 0 ? a : b; }
    public static T Min<T>(T a, T b) where T : IComparable<T> { return a.CompareTo(b) <= 0 ? a : b; }
    public static T Max<T>(params T[] items) where T : IComparable<T>
    {
        T best = items[0];
        for (int i = 1; i < items.Length; i++) best = Max(best, items[i]);
        return best;
    }
    public static void InsertionSort<T>(IList<T> list) where T : IComparable<T>
    {
        for (int i = 1; i < list.Count; i++)
        {
            T key = list[i];
            int j = i - 1;
            while (j >= 0 && list[j].CompareTo(key) > 0) { list[j + 1] = list[j]; j--; }
            list[j + 1] = key;
        }
    }
    public static int BinarySearch<T>(IList<T> list, T target) where T : IComparable<T>
    {
        int lo = 0, hi = list.Count - 1, steps = 0;
        while (lo <= hi)
        {
            steps++;
            int mid = lo + (hi - lo) / 2;
            int c = list[mid].CompareTo(target);
            if (c == 0) return mid;
            if (c < 0) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }
    public static bool IsSorted<T>(IEnumerable<T> seq) where T : IComparable<T>
    {
        bool first = true; T prev = default(T);
        foreach (var x in seq) { if (!first && prev.CompareTo(x) > 0) return false; prev = x; first = false; }
        return true;
    }
    public static T MaxBy<T>(IEnumerable<T> seq, IComparer<T> cmp)
    {
        bool first = true; T best = default(T);
        foreach (var x in seq) if (first || cmp.Compare(x, best) > 0) { best = x; first = false; }
        return best;
    }
}

class Program
{
    static void Main()
    {
        Console.WriteLine("Max ints: " + G.Max(3, 7) + " " + G.Max(-1, -5) + " Min: " + G.Min(3, 7));
        Console.WriteLine("Max strings: " + G.Max("apple", "banana") + " Min: " + G.Min("apple", "Apple"));
        Console.WriteLine("Max doubles: " + G.Max(1.5, 1.25) + " Max chars: " + G.Max('x', 'y') + " Max decimals: " + G.Max(1.10m, 1.1m));
        Console.WriteLine("Max params: " + G.Max(4, 8, 15, 16, 23, 42, 7) + " " + G.Max("m", "z", "a"));
        Console.WriteLine("Max Money: " + G.Max(new Money(5), new Money(12.5m), new Money(3)));
        var people = new List<Person> { new Person { Name = "Bob", Age = 30 }, new Person { Name = "Al", Age = 25 }, new Person { Name = "Cy", Age = 30 }, new Person { Name = "Di", Age = 22 } };
        Console.WriteLine("Max person: " + G.Max(people.ToArray()) + " Min: " + G.Min(people[0], people[2]));
        G.InsertionSort(people);
        Console.WriteLine("sorted people: " + string.Join(" ", people));
        var nums = new List<int> { 9, 3, 7, 1, 8, 2, 6, 4, 5, 0 };
        G.InsertionSort(nums);
        Console.WriteLine("sorted ints: " + string.Join(",", nums) + " IsSorted=" + G.IsSorted(nums));
        int[] arr = { 5, 1, 4 };
        G.InsertionSort(arr);
        Console.WriteLine("sorted array via IList<T>: " + string.Join(",", arr));
        foreach (int target in new[] { 0, 5, 9, 10, -3 })
        {
            int idx = G.BinarySearch(nums, target);
            Console.WriteLine("BinarySearch " + target + " -> " + idx + (idx < 0 ? " (insert at " + ~idx + ")" : ""));
        }
        Console.WriteLine("IsSorted strings: " + G.IsSorted(new[] { "a", "b", "b", "c" }) + " " + G.IsSorted(new[] { "b", "a" }));
        Console.WriteLine("MaxBy length: " + G.MaxBy(new[] { "aa", "bbbb", "c", "dddd" }, Comparer<string>.Create((a, b) => a.Length.CompareTo(b.Length))));
        Console.WriteLine("Comparer<int>.Default: " + Comparer<int>.Default.Compare(1, 2) + " " + Comparer<string>.Default.Compare("b", "a") + " " + Comparer<Money>.Default.Compare(new Money(1), new Money(1)));
        Console.WriteLine("Comparer null handling: " + Comparer<string>.Default.Compare(null, "a") + " " + Comparer<string>.Default.Compare(null, null) + " " + Comparer<int?>.Default.Compare(null, 1));
    }
}
