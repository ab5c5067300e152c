using System;
using System.Collections.Generic;

class Button
{
    public event EventHandler Clicked;
    public event Action<string, int> KeyPressed;
    private EventHandler<ThresholdEventArgs> threshold;
    private int addCount, removeCount;
    public event EventHandler<ThresholdEventArgs> Threshold
    {
        add { addCount++; Console.WriteLine("  custom add #" + addCount); threshold += value; }
        remove { removeCount++; Console.WriteLine("  custom remove #" + removeCount); threshold -= value; }
    }
    public string Name;
    public void Click() { Console.WriteLine(Name + " clicked"); Clicked?.Invoke(this, EventArgs.Empty); }
    public void Press(string k, int times) { if (KeyPressed != null) KeyPressed(k, times); }
    public void Check(int v) { if (v > 10 && threshold != null) threshold(this, new ThresholdEventArgs { Value = v }); }
    public bool HasClickHandlers { get { return Clicked != null; } }
}

class ThresholdEventArgs : EventArgs { public int Value; }

class Listener
{
    public string Id;
    public List<string> Seen = new List<string>();
    public void OnClick(object sender, EventArgs e) { Seen.Add(((Button)sender).Name); Console.WriteLine("  listener " + Id + " got click from " + ((Button)sender).Name); }
}

static class Program
{
    static void StaticHandler(object s, EventArgs e) { Console.WriteLine("  static handler"); }

    static void Main()
    {
        var b = new Button { Name = "OK" };
        Console.WriteLine("no handlers: " + b.HasClickHandlers);
        b.Click();
        var l1 = new Listener { Id = "L1" };
        var l2 = new Listener { Id = "L2" };
        b.Clicked += l1.OnClick;
        b.Clicked += l2.OnClick;
        b.Clicked += StaticHandler;
        b.Clicked += (s, e) => Console.WriteLine("  lambda handler, args empty: " + (e == EventArgs.Empty));
        b.Click();
        b.Clicked -= l1.OnClick;
        b.Clicked -= StaticHandler;
        Console.WriteLine("after removing L1 and static:");
        b.Click();
        b.Clicked -= new EventHandler(l2.OnClick);
        Console.WriteLine("after removing L2 via new delegate instance (equal):");
        b.Click();
        Console.WriteLine("L1 saw " + l1.Seen.Count + " L2 saw " + l2.Seen.Count);
        b.KeyPressed += (k, n) => Console.WriteLine("  key " + k + " x" + n);
        b.KeyPressed += (k, n) => Console.WriteLine("  key length " + (k.Length * n));
        b.Press("Enter", 2);
        EventHandler<ThresholdEventArgs> th = (s, e) => Console.WriteLine("  threshold exceeded: " + e.Value);
        b.Threshold += th;
        b.Threshold += th;
        b.Check(5);
        b.Check(15);
        b.Threshold -= th;
        b.Check(20);
        b.Threshold -= th;
        b.Check(25);
        var b2 = new Button { Name = "Cancel" };
        int clicks = 0;
        EventHandler counter = (s, e) => clicks++;
        b.Clicked += counter;
        b2.Clicked += counter;
        b.Click(); b2.Click(); b2.Click();
        Console.WriteLine("shared counter=" + clicks);
    }
}
