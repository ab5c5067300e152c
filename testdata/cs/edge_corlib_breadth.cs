// mcs-flags: -r:System.Numerics.dll
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

class KC : KeyedCollection<string, Tuple<string, int>> { protected override string GetKeyForItem(Tuple<string, int> t) { return t.Item1; } }

class Program
{
    static void Run(string name, Func<string> f)
    {
        string r;
        try { r = f(); } catch (Exception e) { r = "EXC " + e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static string StrReader() { var sr = new StringReader("line1\nline2\r\nline3"); var sb = new StringBuilder(); string l; while ((l = sr.ReadLine()) != null) sb.Append("[" + l + "]"); return sb.ToString() + " peek=" + sr.Peek(); }
    static string StrWriter() { var sw = new StringWriter(); sw.Write(1); sw.Write('c'); sw.WriteLine("x{0}", 2); sw.Write(1.5); return sw.ToString().Replace("\n", "\\n"); }
    static string MemStream() { var ms = new MemoryStream(); var bw = new BinaryWriter(ms); bw.Write(42); bw.Write("hi"); bw.Write(1.5); bw.Flush(); ms.Position = 0; var br = new BinaryReader(ms); return br.ReadInt32() + " " + br.ReadString() + " " + br.ReadDouble() + " len=" + ms.Length; }
    static string StreamRW() { var ms = new MemoryStream(); var w = new StreamWriter(ms); w.Write("abc\ndef"); w.Flush(); ms.Position = 0; var r = new StreamReader(ms); return r.ReadLine() + "|" + r.ReadToEnd(); }
    static string Encodings() { var b = Encoding.UTF8.GetBytes("héllo€"); return b.Length + " " + Encoding.UTF8.GetString(b) + " " + Encoding.ASCII.GetBytes("A?")[1] + " " + Encoding.Unicode.GetBytes("A").Length + " " + BitConverter.ToString(Encoding.UTF8.GetBytes("€")); }
    static string ArrayListOps() { var al = new ArrayList { 3, "a", 1.5 }; al.Insert(1, null); al.Remove("a"); return al.Count + " " + al[1] + "|" + al.IndexOf(1.5) + " " + al.Contains(null); }
    static string HashtableOps() { var h = new Hashtable(); h["a"] = 1; h[2] = "b"; h["a"] = 3; return h.Count + " " + h["a"] + " " + h[2] + " " + (h["zz"] == null) + " " + h.ContainsKey(2); }
    static string NonGenericQS() { var q = new Queue(); q.Enqueue(1); q.Enqueue("x"); var s = new Stack(); s.Push(1); s.Push(2); return q.Dequeue() + " " + q.Peek() + " " + s.Pop() + " " + s.Count; }
    static string SortedListNG() { var sl = new SortedList(); sl["b"] = 2; sl["a"] = 1; return sl.GetKey(0) + " " + sl.GetByIndex(1); }
    static string BitArr() { var ba = new BitArray(10); ba[3] = true; ba.Set(7, true); var b2 = new BitArray(10, true); ba.And(b2); int c = 0; foreach (bool b in ba) if (b) c++; return c + " " + ba[7] + " " + ba.Length; }
    static string CollectionT() { var c = new Collection<int> { 1, 2 }; c.Insert(0, 0); return string.Join(",", c) + " ro=" + new ReadOnlyCollection<int>(c).Count; }
    static string Keyed() { var k = new KC(); k.Add(Tuple.Create("a", 1)); k.Add(Tuple.Create("b", 2)); return k["b"].Item2 + " " + k.Contains("a") + " " + k[0].Item1; }
    static string ROD() { var d = new ReadOnlyDictionary<string, int>(new Dictionary<string, int> { { "x", 1 } }); return d["x"] + " " + d.Count; }
    static string TitleCase() { return CultureInfo.InvariantCulture.TextInfo.ToTitleCase("hello wORLD foo") + " " + CultureInfo.InvariantCulture.Name + "|" + CultureInfo.CurrentCulture.Name + "|"; }
    static string CharUtf32() { string s = char.ConvertFromUtf32(0x1F600); return s.Length + " " + char.ConvertToUtf32(s, 0).ToString("X") + " " + char.IsSurrogatePair(s[0], s[1]) + " " + char.IsHighSurrogate(s, 0); }
    static string TimeSpanOps() { var t = TimeSpan.FromMinutes(90.5); return t + " " + t.TotalHours + " " + new TimeSpan(1, 2, 3, 4, 5) + " " + TimeSpan.FromTicks(-15).ToString() + " " + TimeSpan.Parse("01:02:03").TotalSeconds + " " + (t - TimeSpan.FromHours(2)); }
    static string DateTimeOps() { var d = new DateTime(2020, 2, 29, 13, 5, 9, 7); return d.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + " " + d.DayOfWeek + " " + d.AddYears(1).ToString("d", CultureInfo.InvariantCulture) + " " + d.DayOfYear + " " + (d.AddDays(1) - d).TotalHours + " " + DateTime.IsLeapYear(1900) + " " + d.ToString("o", CultureInfo.InvariantCulture); }
    static string DateTimeParse() { var d = DateTime.ParseExact("2021-12-31 23:59", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture); return d.AddMinutes(1).ToString("s", CultureInfo.InvariantCulture) + " " + d.Ticks; }
    static string GuidOps() { var g = new Guid("0f8fad5b-d9cb-469f-a165-70867728950e"); return g.ToString() + " " + g.ToString("N").Substring(0, 8) + " " + g.ToString("B").Length + " " + (g == Guid.Parse(g.ToString())) + " " + Guid.Empty; }
    static string LazyOps() { int calls = 0; var l = new Lazy<int>(() => ++calls * 10); return l.IsValueCreated + " " + l.Value + " " + l.Value + " " + calls; }
    static string TaskOps() { var t = Task.Run(() => 21 * 2); var t2 = t.ContinueWith(x => x.Result + 1); return t.Result + " " + t2.Result + " " + Task.FromResult("done").Result + " " + Task.WhenAll(Task.FromResult(1), Task.FromResult(2)).Result.Sum(); }
    static string ParallelOps() { long s = 0; Parallel.For(0, 100, i => Interlocked.Add(ref s, i)); return s.ToString(); }
    static string ConcDict() { var d = new System.Collections.Concurrent.ConcurrentDictionary<string, int>(); d.TryAdd("a", 1); d.AddOrUpdate("a", 0, (k, v) => v + 10); return d["a"] + " " + d.GetOrAdd("b", 5) + " " + d.Count; }
    static string StopwatchOps() { var sw = System.Diagnostics.Stopwatch.StartNew(); sw.Stop(); return (sw.ElapsedMilliseconds >= 0) + " " + sw.IsRunning; }
    static string StringComparerOps() { var l = new List<string> { "b", "A", "a", "B" }; l.Sort(StringComparer.OrdinalIgnoreCase); return string.Join(",", l) + " " + StringComparer.InvariantCultureIgnoreCase.Equals("x", "X"); }
    static string Semaphores() { var s = new SemaphoreSlim(2); s.Wait(); bool got = s.Wait(0); bool third = s.Wait(0); s.Release(2); return got + " " + third + " " + s.CurrentCount; }
    static string RWLock() { var l = new ReaderWriterLockSlim(); l.EnterReadLock(); bool r = l.IsReadLockHeld; l.ExitReadLock(); l.EnterWriteLock(); bool w = l.IsWriteLockHeld; l.ExitWriteLock(); return r + " " + w; }
    static string AsyncOps() { return RunAsync().Result; }
    static async Task<string> RunAsync() { int a = await Task.FromResult(5); int b = await Task.Run(() => a * 3); await Task.Yield(); return "async " + (a + b); }
    static string EnvOps() { return Environment.NewLine.Length + " " + (Environment.ProcessorCount > 0) + " " + Environment.GetCommandLineArgs().Length; }
    static string MathExtra() { return Math.Log(Math.E) + " " + Math.Cbrt(27) + " " + Math.Round(Math.Exp(1), 5) + " " + Math.Max((byte)3, (byte)9) + " " + Math.Min(-0.0f, 0.0f); }
    static string Random1() { var r = new Random(42); return r.Next(100) + " " + r.Next(5, 10) + " " + r.NextDouble().ToString("F4"); }
    static string ArraySegmentOps() { var seg = new ArraySegment<int>(new[] { 1, 2, 3, 4 }, 1, 2); return seg.Count + " " + seg.Offset + " " + string.Join(",", seg); }
    static string HashSetOps() { var h = new HashSet<int>(new[] { 1, 2, 3 }); h.IntersectWith(new[] { 2, 3, 4 }); return string.Join(",", h.OrderBy(x => x)) + " " + h.IsSubsetOf(new[] { 2, 3 }) + " " + h.SetEquals(new[] { 3, 2 }); }
    static string BigInt() { var b = System.Numerics.BigInteger.Pow(2, 100); return b.ToString() + " " + (b % 97); }
    static string TupleMore() { var t = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8); return t.ToString() + " " + t.Rest.Item1 + " " + Tuple.Create<string, int?>(null, null); }
    static string StringJoinVariants() { return string.Join("/", new List<int> { 1, 2 }) + " " + string.Join<char>("-", "abc") + " " + string.Concat(new List<string> { "x", "y" }) + " " + string.Concat<int>(new[] { 1, 2 }); }
    static string WeakRef() { var o = new object(); var w = new WeakReference(o); return w.IsAlive + " " + (w.Target == o); }
    static string IntPtrOps() { IntPtr p = new IntPtr(42); return p.ToInt64() + " " + IntPtr.Size + " " + (p + 8).ToInt32() + " " + (IntPtr.Zero == new IntPtr(0)); }
    static string ConsoleProps() { var w = Console.Out; w.Write("[via Out]"); Console.Out.Flush(); return w.NewLine.Length.ToString(); }
    static void Main()
    {
        Run("StringReader", StrReader); Run("StringWriter", StrWriter); Run("MemoryStream+Binary", MemStream); Run("StreamReader/Writer", StreamRW);
        Run("Encoding", Encodings); Run("ArrayList", ArrayListOps); Run("Hashtable", HashtableOps); Run("Queue/Stack", NonGenericQS);
        Run("SortedList", SortedListNG); Run("BitArray", BitArr); Run("Collection<T>", CollectionT); Run("KeyedCollection", Keyed);
        Run("ReadOnlyDictionary", ROD); Run("TitleCase", TitleCase); Run("Utf32", CharUtf32); Run("TimeSpan", TimeSpanOps);
        Run("DateTime", DateTimeOps); Run("DateTime.ParseExact", DateTimeParse); Run("Guid", GuidOps); Run("Lazy", LazyOps);
        Run("Task", TaskOps); Run("Parallel", ParallelOps); Run("ConcurrentDictionary", ConcDict); Run("Stopwatch", StopwatchOps);
        Run("StringComparer", StringComparerOps); Run("SemaphoreSlim", Semaphores); Run("ReaderWriterLockSlim", RWLock); Run("async", AsyncOps);
        Run("Environment", EnvOps); Run("MathExtra", MathExtra); Run("Random", Random1); Run("ArraySegment", ArraySegmentOps);
        Run("HashSet", HashSetOps); Run("BigInteger", BigInt); Run("Tuple8", TupleMore); Run("Join/Concat", StringJoinVariants);
        Run("WeakReference", WeakRef); Run("IntPtr", IntPtrOps); Run("Console.Out", ConsoleProps);
    }
}
