// listsort: build a List<T> of objects and sort it several times, with a
// Comparison<T> delegate, with an IComparer<T> and with a multi-key
// comparer (delegate/interface calls from the sort, object field access).
// Size: N = 100000 records (first argument overrides). Prints checksums.
using System;
using System.Collections.Generic;

class Person
{
    public string Name;
    public int Age;
    public double Score;
    public int Id;
}

class ByScoreDescending : IComparer<Person>
{
    public int Compare(Person a, Person b)
    {
        int c = b.Score.CompareTo(a.Score);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    }
}

class ByAgeThenName : IComparer<Person>
{
    public int Compare(Person a, Person b)
    {
        if (a.Age != b.Age) return a.Age < b.Age ? -1 : 1;
        int c = string.CompareOrdinal(a.Name, b.Name);
        return c != 0 ? c : a.Id - b.Id;
    }
}

static class ListSort
{
    static long Checksum(List<Person> list)
    {
        long h = 17;
        for (int i = 0; i < list.Count; i++) h = h * 31 + list[i].Id;
        return h;
    }

    static int Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100000;
        string[] first = { "Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo" };
        var people = new List<Person>(n);
        uint seed = 42;
        for (int i = 0; i < n; i++)
        {
            seed = seed * 1664525 + 1013904223;
            people.Add(new Person {
                Id = i,
                Name = first[(seed >> 8) % 10] + (seed >> 20) % 100,
                Age = (int)((seed >> 4) % 90),
                Score = ((seed >> 12) % 100000) / 100.0,
            });
        }

        var byId = new List<Person>(people);
        byId.Sort((a, b) => a.Id.CompareTo(b.Id));

        var list = new List<Person>(people);
        list.Sort((a, b) => a.Age != b.Age ? a.Age - b.Age : a.Id - b.Id);
        Console.WriteLine("by age: " + Checksum(list) + " first=" + list[0].Name + " last=" + list[n - 1].Name);

        list.Sort(new ByScoreDescending());
        Console.WriteLine("by score: " + Checksum(list) + " top=" + list[0].Score.ToString("F2"));

        list.Sort(new ByAgeThenName());
        Console.WriteLine("by age+name: " + Checksum(list) + " first=" + list[0].Name);

        list.Reverse();
        list.Sort(Comparer<Person>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name) != 0
            ? string.CompareOrdinal(a.Name, b.Name) : a.Id.CompareTo(b.Id)));
        Console.WriteLine("by name: " + Checksum(list) + " ids=" + Checksum(byId));
        return 0;
    }
}
