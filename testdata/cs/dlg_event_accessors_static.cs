using System;
using System.Collections.Generic;

static class Bus
{
    private static readonly Dictionary<string, Action<string>> handlers = new Dictionary<string, Action<string>>();
    public static event Action<string> Any;
    public static void Subscribe(string topic, Action<string> h)
    {
        Action<string> existing;
        handlers.TryGetValue(topic, out existing);
        handlers[topic] = existing + h;
    }
    public static void Unsubscribe(string topic, Action<string> h)
    {
        Action<string> existing;
        if (handlers.TryGetValue(topic, out existing))
        {
            existing -= h;
            if (existing == null) handlers.Remove(topic); else handlers[topic] = existing;
        }
    }
    public static int Publish(string topic, string msg)
    {
        Any?.Invoke(topic + ":" + msg);
        Action<string> h;
        if (!handlers.TryGetValue(topic, out h)) return 0;
        h(msg);
        return h.GetInvocationList().Length;
    }
    public static int Topics => handlers.Count;
}

class Counter
{
    public int Count;
    public string Label;
    public void Handle(string m) { Count++; Console.WriteLine("  " + Label + " handled " + m); }
}

class Program
{
    static void Main()
    {
        var c1 = new Counter { Label = "c1" };
        var c2 = new Counter { Label = "c2" };
        Bus.Any += m => Console.WriteLine("  [any] " + m);
        Bus.Subscribe("news", c1.Handle);
        Bus.Subscribe("news", c2.Handle);
        Bus.Subscribe("sports", c2.Handle);
        Console.WriteLine("publish news -> " + Bus.Publish("news", "hello"));
        Console.WriteLine("publish sports -> " + Bus.Publish("sports", "goal"));
        Console.WriteLine("publish weather -> " + Bus.Publish("weather", "rain"));
        Bus.Unsubscribe("news", c1.Handle);
        Console.WriteLine("after unsubscribe c1: news -> " + Bus.Publish("news", "again"));
        Bus.Unsubscribe("sports", c2.Handle);
        Console.WriteLine("topics left: " + Bus.Topics);
        Console.WriteLine("counts: c1=" + c1.Count + " c2=" + c2.Count);
        Action<string> self = null;
        int depth = 0;
        self = m => { depth++; if (depth < 3) { Console.WriteLine("  reentrant publish depth " + depth); Bus.Publish("loop", m + "!"); } };
        Bus.Subscribe("loop", self);
        Bus.Publish("loop", "x");
        Console.WriteLine("reentrancy depth reached: " + depth);
    }
}
