using System;
using System.Collections.Generic;

abstract class Account
{
    private static int nextId = 1000;
    public int Id { get; private set; }
    public decimal Balance { get; protected set; }
    protected Account(decimal initial) { Id = nextId++; Balance = initial; }
    public abstract decimal MonthlyFee { get; }
    public abstract string Type { get; }
    public virtual void EndOfMonth() { Balance -= MonthlyFee; }
    public void Deposit(decimal amt)
    {
        if (amt <= 0) throw new ArgumentException("deposit must be positive", "amt");
        Balance += amt;
    }
    public virtual bool Withdraw(decimal amt)
    {
        if (amt > Balance) return false;
        Balance -= amt;
        return true;
    }
    public override string ToString() { return string.Format("{0} #{1}: {2:F2}", Type, Id, Balance); }
}

class Checking : Account
{
    public Checking(decimal i) : base(i) { }
    public override decimal MonthlyFee { get { return Balance < 500 ? 5m : 0m; } }
    public override string Type { get { return "Checking"; } }
}

class Savings : Account
{
    public decimal Rate;
    public Savings(decimal i, decimal rate) : base(i) { Rate = rate; }
    public override decimal MonthlyFee { get { return 0; } }
    public override string Type { get { return "Savings"; } }
    public override void EndOfMonth()
    {
        base.EndOfMonth();
        Balance += Math.Round(Balance * Rate / 12, 2);
    }
    public override bool Withdraw(decimal amt)
    {
        if (amt > 1000) { Console.WriteLine("  savings withdrawal limit exceeded"); return false; }
        return base.Withdraw(amt);
    }
}

abstract class Overdraft : Checking
{
    protected Overdraft(decimal i) : base(i) { }
    public abstract decimal Limit { get; }
    public override bool Withdraw(decimal amt)
    {
        if (amt > Balance + Limit) return false;
        Balance -= amt;
        return true;
    }
}

class Premium : Overdraft
{
    public Premium(decimal i) : base(i) { }
    public override decimal Limit { get { return 300; } }
    public override string Type { get { return "Premium"; } }
}

class Program
{
    static void Main()
    {
        var accounts = new List<Account> { new Checking(200), new Savings(5000, 0.06m), new Premium(100), new Checking(800) };
        foreach (var a in accounts) Console.WriteLine(a);
        decimal[] withdrawals = { 250, 1500, 350, 100 };
        for (int i = 0; i < accounts.Count; i++)
            Console.WriteLine("withdraw " + withdrawals[i] + " from " + accounts[i].Type + " -> " + accounts[i].Withdraw(withdrawals[i]) + " " + accounts[i]);
        for (int m = 1; m <= 3; m++)
        {
            foreach (var a in accounts) a.EndOfMonth();
            Console.WriteLine("after month " + m + ":");
            foreach (var a in accounts) Console.WriteLine("  " + a + " fee=" + a.MonthlyFee);
        }
        try { accounts[0].Deposit(-5); }
        catch (ArgumentException e) { Console.WriteLine("Deposit(-5): " + e.GetType().Name + " param=" + e.ParamName); }
        Account acc = accounts[2];
        Console.WriteLine("Premium is Overdraft: " + (acc is Overdraft) + " is Checking: " + (acc is Checking) + " is Savings: " + (acc is Savings));
        Console.WriteLine("runtime type of abstract-typed ref: " + acc.GetType().Name);
    }
}
