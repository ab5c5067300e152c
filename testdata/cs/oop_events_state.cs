using System;
using System.Collections.Generic;

class Stock
{
    private decimal price;
    public string Symbol { get; private set; }
    public event EventHandler<PriceChangedEventArgs> PriceChanged;
    public Stock(string s, decimal p) { Symbol = s; price = p; }
    public decimal Price
    {
        get { return price; }
        set
        {
            if (value == price) return;
            decimal old = price;
            price = value;
            OnPriceChanged(new PriceChangedEventArgs(old, value));
        }
    }
    protected virtual void OnPriceChanged(PriceChangedEventArgs e)
    {
        var h = PriceChanged;
        if (h != null) h(this, e);
    }
}

class PriceChangedEventArgs : EventArgs
{
    public readonly decimal Old, New;
    public PriceChangedEventArgs(decimal o, decimal n) { Old = o; New = n; }
}

class AlertingStock : Stock
{
    public AlertingStock(string s, decimal p) : base(s, p) { }
    protected override void OnPriceChanged(PriceChangedEventArgs e)
    {
        if (Math.Abs(e.New - e.Old) / e.Old > 0.1m) Console.WriteLine("  ALERT " + Symbol + " moved more than 10%");
        base.OnPriceChanged(e);
    }
}

class Portfolio
{
    public List<string> Log = new List<string>();
    public void Watch(Stock s) { s.PriceChanged += Handler; }
    public void Unwatch(Stock s) { s.PriceChanged -= Handler; }
    private void Handler(object sender, PriceChangedEventArgs e)
    {
        Stock s = (Stock)sender;
        Log.Add(s.Symbol + ":" + e.Old + "->" + e.New);
    }
}

class Program
{
    static void Main()
    {
        var a = new Stock("AAA", 100m);
        var b = new AlertingStock("BBB", 50m);
        var pf = new Portfolio();
        pf.Watch(a);
        pf.Watch(b);
        a.PriceChanged += (s, e) => Console.WriteLine("  lambda handler: " + ((Stock)s).Symbol + " " + e.Old + " -> " + e.New);
        a.Price = 101m;
        a.Price = 101m;
        b.Price = 60m;
        b.Price = 61m;
        pf.Unwatch(a);
        a.Price = 90m;
        pf.Unwatch(b);
        pf.Unwatch(b);
        b.Price = 40m;
        Console.WriteLine("portfolio log:");
        foreach (var l in pf.Log) Console.WriteLine("  " + l);
        EventArgs empty = EventArgs.Empty;
        Console.WriteLine("EventArgs.Empty type=" + empty.GetType().Name);
    }
}
