using System;
using System.Collections.Generic;
using System.Linq;

class Dept { public int Id; public string Name; }
class Emp { public string Name; public int DeptId; public int Salary; }

class Program
{
    static void Main()
    {
        var depts = new List<Dept> { new Dept { Id = 1, Name = "Eng" }, new Dept { Id = 2, Name = "Ops" }, new Dept { Id = 3, Name = "Legal" }, new Dept { Id = 1, Name = "Eng2(dup id)" } };
        var emps = new List<Emp> {
            new Emp { Name = "ann", DeptId = 1, Salary = 100 }, new Emp { Name = "bob", DeptId = 2, Salary = 80 },
            new Emp { Name = "cy", DeptId = 1, Salary = 120 }, new Emp { Name = "di", DeptId = 4, Salary = 90 },
            new Emp { Name = "ed", DeptId = 2, Salary = 85 } };
        Console.WriteLine("Join (inner, outer order preserved):");
        foreach (var x in emps.Join(depts, e => e.DeptId, d => d.Id, (e, d) => e.Name + "@" + d.Name)) Console.WriteLine("  " + x);
        Console.WriteLine("query join:");
        var q = from e in emps join d in depts on e.DeptId equals d.Id where e.Salary > 80 select new { e.Name, Dept = d.Name, e.Salary };
        foreach (var x in q) Console.WriteLine("  " + x);
        Console.WriteLine("GroupJoin:");
        foreach (var g in depts.GroupJoin(emps, d => d.Id, e => e.DeptId, (d, es) => new { d.Name, Count = es.Count(), Names = string.Join(",", es.Select(e => e.Name)) }))
            Console.WriteLine("  " + g.Name + ": " + g.Count + " [" + g.Names + "]");
        Console.WriteLine("left outer join via GroupJoin+SelectMany+DefaultIfEmpty:");
        var left = from e in emps
                   join d in depts.Where(d => !d.Name.Contains("dup")) on e.DeptId equals d.Id into ds
                   from d in ds.DefaultIfEmpty()
                   select e.Name + " -> " + (d == null ? "(none)" : d.Name);
        foreach (var x in left) Console.WriteLine("  " + x);
        Console.WriteLine("join into with aggregate:");
        var agg = from d in depts
                  join e in emps on d.Id equals e.DeptId into staff
                  select new { d.Name, Total = staff.Sum(s => s.Salary), Max = staff.Any() ? staff.Max(s => s.Salary) : 0 };
        foreach (var x in agg) Console.WriteLine("  " + x.Name + " total=" + x.Total + " max=" + x.Max);
        Console.WriteLine("cross join via SelectMany:");
        var cross = from a in new[] { "x", "y" } from b in new[] { 1, 2, 3 } where b != 2 select a + b;
        Console.WriteLine("  " + string.Join(" ", cross));
        Console.WriteLine("composite key join:");
        var left2 = new[] { new { A = 1, B = "p", V = "L1" }, new { A = 2, B = "q", V = "L2" }, new { A = 1, B = "q", V = "L3" } };
        var right2 = new[] { new { A = 1, B = "q", W = "R1" }, new { A = 2, B = "q", W = "R2" }, new { A = 1, B = "q", W = "R3" } };
        foreach (var x in left2.Join(right2, l => new { l.A, l.B }, r => new { r.A, r.B }, (l, r) => l.V + "+" + r.W)) Console.WriteLine("  " + x);
        Console.WriteLine("join with comparer:");
        var names = new[] { "Ann", "BOB" };
        var ages = new[] { new { N = "ann", Age = 3 }, new { N = "bob", Age = 4 } };
        foreach (var x in names.Join(ages, s => s, a => a.N, (s, a) => s + "=" + a.Age, StringComparer.OrdinalIgnoreCase)) Console.WriteLine("  " + x);
    }
}
