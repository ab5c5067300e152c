using System;
using System.Collections.Generic;

class Employee : IComparable<Employee>, IComparable
{
    public string Name; public string Dept; public int Salary;
    public int CompareTo(Employee o) { return string.CompareOrdinal(Name, o.Name); }
    public int CompareTo(object o) { return CompareTo((Employee)o); }
    public override string ToString() { return Name + "(" + Dept + "," + Salary + ")"; }
}

class BySalaryDesc : IComparer<Employee> { public int Compare(Employee a, Employee b) { return b.Salary.CompareTo(a.Salary); } }
class ChainComparer<T> : IComparer<T>
{
    private readonly IComparer<T>[] parts;
    public ChainComparer(params IComparer<T>[] p) { parts = p; }
    public int Compare(T a, T b) { foreach (var c in parts) { int r = c.Compare(a, b); if (r != 0) return r; } return 0; }
}
class ReverseComparer<T> : IComparer<T>
{
    private readonly IComparer<T> inner;
    public ReverseComparer(IComparer<T> i) { inner = i; }
    public int Compare(T a, T b) { return inner.Compare(b, a); }
}

class Program
{
    static void Main()
    {
        var emps = new List<Employee> {
            new Employee { Name = "Eve", Dept = "Eng", Salary = 120 }, new Employee { Name = "Bob", Dept = "Ops", Salary = 90 },
            new Employee { Name = "Amy", Dept = "Eng", Salary = 120 }, new Employee { Name = "Dan", Dept = "Ops", Salary = 95 },
            new Employee { Name = "Cal", Dept = "Eng", Salary = 100 }, new Employee { Name = "Fay", Dept = "HR", Salary = 90 } };
        var l1 = new List<Employee>(emps); l1.Sort();
        Console.WriteLine("default (IComparable<T>): " + string.Join(" ", l1));
        var l2 = new List<Employee>(emps); l2.Sort(new ChainComparer<Employee>(new BySalaryDesc(), Comparer<Employee>.Default));
        Console.WriteLine("salary desc then name: " + string.Join(" ", l2));
        var byDept = Comparer<Employee>.Create((a, b) => string.CompareOrdinal(a.Dept, b.Dept));
        var l3 = new List<Employee>(emps); l3.Sort(new ChainComparer<Employee>(byDept, new BySalaryDesc(), Comparer<Employee>.Default));
        Console.WriteLine("dept, salary desc, name: " + string.Join(" ", l3));
        var l4 = new List<Employee>(emps); l4.Sort(new ReverseComparer<Employee>(Comparer<Employee>.Default));
        Console.WriteLine("reverse name: " + string.Join(" ", l4));
        var arr = emps.ToArray();
        Array.Sort(arr);
        Console.WriteLine("Array.Sort IComparable: " + string.Join(" ", (IEnumerable<Employee>)arr));
        Console.WriteLine("Comparer<int>.Default: " + Comparer<int>.Default.Compare(5, 3) + " " + Comparer<int>.Default.Compare(3, 5) + " " + Comparer<int>.Default.Compare(4, 4));
        Console.WriteLine("Comparer<double>.Default NaN: " + Comparer<double>.Default.Compare(double.NaN, 0) + " " + Comparer<double>.Default.Compare(double.NaN, double.NaN));
        Console.WriteLine("Comparer<Employee>.Default null handling: " + Comparer<Employee>.Default.Compare(null, emps[0]) + " " + Comparer<Employee>.Default.Compare(emps[0], null) + " " + Comparer<Employee>.Default.Compare(null, null));
        Console.WriteLine("int CompareTo values: " + 5.CompareTo(3) + " " + 3.CompareTo(5) + " " + (-1).CompareTo(int.MinValue));
        Console.WriteLine("string CompareTo ordinal-ish sign: " + Math.Sign("abc".CompareTo("abd")) + " " + Math.Sign("b".CompareTo("a")));
        Console.WriteLine("bool CompareTo: " + false.CompareTo(true) + " char CompareTo: " + 'a'.CompareTo('c') + " decimal CompareTo: " + 1.5m.CompareTo(1.50m));
        var sset = new SortedSet<Employee>(new ChainComparer<Employee>(new BySalaryDesc(), Comparer<Employee>.Default));
        foreach (var e in emps) sset.Add(e);
        Console.WriteLine("SortedSet with chain comparer: " + string.Join(" ", sset) + " Min=" + sset.Min.Name);
        var dupSet = new SortedSet<Employee>(new BySalaryDesc());
        foreach (var e in emps) dupSet.Add(e);
        Console.WriteLine("SortedSet where comparer ties collapse: " + string.Join(" ", dupSet));
        int idx = l2.BinarySearch(new Employee { Name = "Dan", Salary = 95 }, new ChainComparer<Employee>(new BySalaryDesc(), Comparer<Employee>.Default));
        Console.WriteLine("BinarySearch with custom comparer: " + idx);
    }
}
