using System;
using System.Collections.Generic;

[Flags]
enum Days : byte { None = 0, Mon = 1, Tue = 2, Wed = 4, Thu = 8, Fri = 16, Sat = 32, Sun = 64, Weekdays = Mon | Tue | Wed | Thu | Fri, Weekend = Sat | Sun, All = Weekdays | Weekend }

enum Level : short { Low = -1, Normal = 0, High = 1, Critical = 100 }

class Program
{
    static IEnumerable<Days> Split(Days d)
    {
        for (int bit = 1; bit <= 64; bit <<= 1) if (((int)d & bit) != 0) yield return (Days)bit;
    }

    static void Main()
    {
        Days meeting = Days.Mon | Days.Wed | Days.Fri;
        Console.WriteLine("meeting=" + meeting + " value=" + (byte)meeting);
        Console.WriteLine("weekdays=" + Days.Weekdays + " weekend=" + Days.Weekend + " all=" + Days.All);
        Console.WriteLine("Mon|Tue|Wed|Thu|Fri prints as: " + (Days.Mon | Days.Tue | Days.Wed | Days.Thu | Days.Fri));
        Console.WriteLine("weekdays+sat: " + (Days.Weekdays | Days.Sat));
        Console.WriteLine("split meeting: " + string.Join("+", Split(meeting)));
        Console.WriteLine("meeting & weekend = " + (meeting & Days.Weekend) + " overlap with weekdays = " + (meeting & Days.Weekdays));
        Console.WriteLine("~meeting & All = " + (~meeting & Days.All));
        Console.WriteLine("(Days)128 = " + (Days)128 + " (Days)255 = " + (Days)255);
        Days d = Days.None;
        foreach (var day in new[] { Days.Sun, Days.Tue, Days.Sun }) d ^= day;
        Console.WriteLine("xor toggles: " + d);
        Console.WriteLine("HasFlag Weekdays in All: " + Days.All.HasFlag(Days.Weekdays) + " in meeting: " + meeting.HasFlag(Days.Weekdays));
        Console.WriteLine("Parse \"Mon, Sat\": " + (Days)Enum.Parse(typeof(Days), "Mon, Sat") + " Parse \"Weekend\": " + (byte)(Days)Enum.Parse(typeof(Days), "Weekend"));
        Console.WriteLine("Level values: " + string.Join(",", (Level[])Enum.GetValues(typeof(Level))));
        Console.WriteLine("Level names: " + string.Join(",", Enum.GetNames(typeof(Level))));
        Level l = Level.Low;
        l++;
        Console.WriteLine("Low++ = " + l + " (short)Critical=" + (short)Level.Critical + " (Level)50=" + (Level)50);
        Console.WriteLine("Level compare: " + (Level.High > Level.Low) + " CompareTo=" + Level.Critical.CompareTo(Level.Normal));
        var counts = new Dictionary<Level, int>();
        foreach (var lv in new[] { Level.High, Level.Low, Level.High, Level.Critical, Level.High }) { int c; counts.TryGetValue(lv, out c); counts[lv] = c + 1; }
        foreach (var kv in counts) Console.WriteLine("  " + kv.Key + ": " + kv.Value);
        var sorted = new List<Level> { Level.Critical, Level.Low, Level.High, Level.Normal };
        sorted.Sort();
        Console.WriteLine("sorted levels: " + string.Join(",", sorted));
        Console.WriteLine("ToString formats: " + Level.High.ToString("D") + " " + Level.Low.ToString("X") + " " + meeting.ToString("X") + " " + meeting.ToString("D"));
        Console.WriteLine("enum in switch: " + Classify(Level.Critical) + " " + Classify((Level)7));
    }

    static string Classify(Level l)
    {
        switch (l)
        {
            case Level.Low: case Level.Normal: return "fine";
            case Level.High: return "watch";
            case Level.Critical: return "alarm";
            default: return "unknown(" + (int)l + ")";
        }
    }
}
