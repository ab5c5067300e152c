using System;

abstract class Employee
{
    private static int count;
    public string Name { get; }
    public int Number { get; }
    protected Employee(string name) { Name = name; Number = ++count; }
    public abstract decimal Pay();
    public virtual string Title => "Employee";
    public override string ToString() => string.Format("#{0} {1,-6} {2,-10} {3,10:F2}", Number, Name, Title, Pay());
    public override bool Equals(object obj) => obj is Employee e && e.Number == Number;
    public override int GetHashCode() => Number;
}

class Salaried : Employee
{
    protected readonly decimal Annual;
    public Salaried(string n, decimal annual) : base(n) { Annual = annual; }
    public override decimal Pay() => Math.Round(Annual / 12, 2);
    public override string Title => "Salaried";
}

sealed class Manager : Salaried
{
    private readonly int reports;
    public Manager(string n, decimal annual, int reports) : base(n, annual) { this.reports = reports; }
    public override decimal Pay() => base.Pay() + 100 * reports;
    public override string Title => "Manager(" + reports + ")";
}

class Hourly : Employee
{
    public decimal Rate; public double Hours;
    public Hourly(string n, decimal rate, double hours) : base(n) { Rate = rate; Hours = hours; }
    public override decimal Pay()
    {
        decimal h = (decimal)Hours;
        return h <= 160 ? Rate * h : Rate * 160 + Rate * 1.5m * (h - 160);
    }
    public override string Title => "Hourly";
}

class Intern : Hourly
{
    public Intern(string n) : base(n, 10m, 80) { }
    public sealed override decimal Pay() => Math.Min(base.Pay(), 500m);
    public new string Title => "Intern(hidden)";
}

class Program
{
    static void Main()
    {
        Employee[] staff = { new Salaried("ann", 60000m), new Manager("bob", 90000m, 3), new Hourly("cy", 25m, 170.5), new Intern("di"), new Hourly("ed", 30m, 100) };
        foreach (var e in staff) Console.WriteLine(e);
        decimal total = 0;
        foreach (var e in staff) total += e.Pay();
        Console.WriteLine("total payroll: " + total);
        var intern = (Intern)staff[3];
        Console.WriteLine("Title via Intern ref: " + intern.Title + " via Employee ref: " + staff[3].Title + " via Hourly ref: " + ((Hourly)intern).Title);
        Console.WriteLine("Equals by number: " + staff[0].Equals(staff[0]) + " " + staff[0].Equals(staff[1]) + " hash " + staff[2].GetHashCode());
        Console.WriteLine("type checks: " + (staff[1] is Salaried) + " " + (staff[3] is Hourly) + " " + (staff[4] is Intern));
    }
}
