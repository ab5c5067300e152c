using System;
using System.Collections.Generic;

class Pipeline<T>
{
    private readonly List<Func<T, T>> stages = new List<Func<T, T>>();
    private readonly List<string> names = new List<string>();
    public event Action<string, T> StageCompleted;
    public Pipeline<T> Add(string name, Func<T, T> stage) { names.Add(name); stages.Add(stage); return this; }
    public T Run(T input)
    {
        T cur = input;
        for (int i = 0; i < stages.Count; i++)
        {
            cur = stages[i](cur);
            StageCompleted?.Invoke(names[i], cur);
        }
        return cur;
    }
}

class Scheduler
{
    private readonly SortedList<int, List<Action>> jobs = new SortedList<int, List<Action>>();
    public void At(int time, Action a)
    {
        List<Action> l;
        if (!jobs.TryGetValue(time, out l)) { l = new List<Action>(); jobs[time] = l; }
        l.Add(a);
    }
    public void RunAll()
    {
        foreach (var kv in jobs)
        {
            Console.WriteLine("t=" + kv.Key);
            foreach (var a in kv.Value) a();
        }
    }
}

class Program
{
    static void Main()
    {
        var p = new Pipeline<string>()
            .Add("trim", s => s.Trim())
            .Add("lower", s => s.ToLowerInvariant())
            .Add("dedupe-spaces", s => { while (s.Contains("  ")) s = s.Replace("  ", " "); return s; })
            .Add("title", s => string.Join(" ", Array.ConvertAll(s.Split(' '), w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w.Substring(1))));
        p.StageCompleted += (n, v) => Console.WriteLine("  after " + n.PadRight(14) + "[" + v + "]");
        Console.WriteLine("result: " + p.Run("   hELLO    wide   WORLD  "));
        var np = new Pipeline<int>().Add("x2", x => x * 2).Add("+3", x => x + 3).Add("sq", x => x * x);
        int stagesSeen = 0;
        np.StageCompleted += (n, v) => stagesSeen++;
        Console.WriteLine("numeric: " + np.Run(4) + " " + np.Run(-1) + " stages seen " + stagesSeen);
        var sched = new Scheduler();
        var log = new List<string>();
        sched.At(30, () => log.Add("thirty"));
        sched.At(10, () => Console.WriteLine("  job A"));
        sched.At(20, () => Console.WriteLine("  job B"));
        sched.At(10, () => Console.WriteLine("  job C (same time, added later)"));
        sched.At(30, () => Console.WriteLine("  log has " + log.Count + " entries"));
        sched.RunAll();
        Func<int, int> retry = null;
        int attempts = 0;
        Func<bool> flaky = () => ++attempts >= 3;
        retry = n => { if (flaky()) return n; Console.WriteLine("  attempt " + attempts + " failed"); return retry(n + 1); };
        Console.WriteLine("retry result: " + retry(0) + " attempts " + attempts);
    }
}
