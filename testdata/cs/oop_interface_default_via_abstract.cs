using System;
using System.Collections.Generic;

interface IPlugin { string Name { get; } string Run(string input); int Priority { get; } }

abstract class PluginBase : IPlugin
{
    public abstract string Name { get; }
    public virtual int Priority { get { return 50; } }
    public string Run(string input) { Log("before " + Name); string r = Transform(input); Log("after " + Name + " -> " + r); return r; }
    protected abstract string Transform(string s);
    protected virtual void Log(string m) { Console.WriteLine("  [" + GetType().Name + "] " + m); }
}

class Upper : PluginBase { public override string Name => "upper"; protected override string Transform(string s) => s.ToUpperInvariant(); }
class Reverse : PluginBase
{
    public override string Name => "reverse";
    public override int Priority => 10;
    protected override string Transform(string s) { var a = s.ToCharArray(); Array.Reverse(a); return new string(a); }
}
class Quiet : Upper { public override string Name => "quiet-upper"; public override int Priority => 90; protected override void Log(string m) { } }
class Direct : IPlugin { public string Name => "direct"; public int Priority => 0; public string Run(string i) { return "<" + i + ">"; } }

sealed class Pipeline
{
    private readonly List<IPlugin> plugins = new List<IPlugin>();
    public Pipeline Add(IPlugin p) { plugins.Add(p); return this; }
    public string Execute(string input)
    {
        var ordered = new List<IPlugin>(plugins);
        ordered.Sort((a, b) => a.Priority != b.Priority ? a.Priority.CompareTo(b.Priority) : string.CompareOrdinal(a.Name, b.Name));
        foreach (var p in ordered) input = p.Run(input);
        return input;
    }
}

class Program
{
    static void Main()
    {
        var pipe = new Pipeline().Add(new Upper()).Add(new Reverse()).Add(new Quiet()).Add(new Direct());
        Console.WriteLine("result: " + pipe.Execute("hello world"));
        IPlugin p = new Quiet();
        Console.WriteLine("Quiet via interface: name=" + p.Name + " priority=" + p.Priority + " run=" + p.Run("abc"));
        PluginBase pb = new Reverse();
        Console.WriteLine("Reverse via base: " + pb.Run("stressed"));
        Console.WriteLine("is checks: " + (p is PluginBase) + " " + (p is Upper) + " " + (new Direct() is PluginBase));
    }
}
