using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void Main()
    {
        string[] log = {
            "2021-03-01 INFO  auth   user=alice action=login ms=120",
            "2021-03-01 WARN  db     user=bob action=query ms=950",
            "2021-03-01 INFO  auth   user=bob action=login ms=80",
            "2021-03-02 ERROR db     user=alice action=write ms=2000",
            "2021-03-02 INFO  web    user=carol action=view ms=45",
            "2021-03-02 INFO  web    user=alice action=view ms=60",
            "2021-03-03 WARN  web    user=carol action=view ms=700",
            "2021-03-03 ERROR auth   user=dave action=login ms=5000",
            "2021-03-03 INFO  db     user=bob action=query ms=300",
            "2021-03-03 INFO  auth   user=carol action=logout ms=20",
        };
        var entries = log.Select(line => line.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            .Select(p => new
            {
                Date = p[0], Level = p[1], Comp = p[2],
                Fields = p.Skip(3).Select(f => f.Split('=')).ToDictionary(kv => kv[0], kv => kv[1])
            })
            .Select(e => new { e.Date, e.Level, e.Comp, User = e.Fields["user"], Action = e.Fields["action"], Ms = int.Parse(e.Fields["ms"]) })
            .ToList();
        Console.WriteLine("entries: " + entries.Count);
        Console.WriteLine("by level:");
        foreach (var g in entries.GroupBy(e => e.Level).OrderBy(g => g.Key, StringComparer.Ordinal))
            Console.WriteLine(string.Format("  {0,-6}{1,3}", g.Key, g.Count()));
        Console.WriteLine("by component (avg ms, max ms):");
        foreach (var g in entries.GroupBy(e => e.Comp).OrderByDescending(g => g.Average(e => e.Ms)))
            Console.WriteLine(string.Format("  {0,-6}{1,10:F1}{2,8}", g.Key, g.Average(e => e.Ms), g.Max(e => e.Ms)));
        Console.WriteLine("per user per day:");
        var matrix = entries.GroupBy(e => e.User).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key + ": " + string.Join(" ", entries.Select(e => e.Date).Distinct().Select(d => d.Substring(8) + "=" + g.Count(e => e.Date == d))));
        foreach (var row in matrix) Console.WriteLine("  " + row);
        var slowest = entries.OrderByDescending(e => e.Ms).Take(3);
        Console.WriteLine("slowest: " + string.Join("; ", slowest.Select(e => e.User + "/" + e.Action + "/" + e.Ms)));
        var errorsByUser = entries.Where(e => e.Level != "INFO").GroupBy(e => e.User).Select(g => new { User = g.Key, Levels = string.Join(",", g.Select(e => e.Level)) });
        foreach (var x in errorsByUser) Console.WriteLine("  non-info " + x.User + ": " + x.Levels);
        var percentiles = entries.Select(e => e.Ms).OrderBy(x => x).ToList();
        Console.WriteLine("median ms=" + (percentiles[4] + percentiles[5]) / 2.0 + " p90=" + percentiles[(int)(0.9 * (percentiles.Count - 1))] + " total=" + percentiles.Sum() + " mean=" + percentiles.Average().ToString("F2"));
        var firstActions = entries.GroupBy(e => e.User).Select(g => g.First()).Select(e => e.User + ":" + e.Action);
        Console.WriteLine("first action per user: " + string.Join(" ", firstActions));
        Console.WriteLine("users with login and view: " + string.Join(",", entries.Where(e => e.Action == "login").Select(e => e.User).Intersect(entries.Where(e => e.Action == "view").Select(e => e.User))));
        Console.WriteLine("all under 10s: " + entries.All(e => e.Ms < 10000) + " any ERROR on 03-01: " + entries.Any(e => e.Date.EndsWith("01") && e.Level == "ERROR"));
    }
}
