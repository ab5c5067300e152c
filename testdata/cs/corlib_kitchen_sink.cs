using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

struct Pt : IEquatable<Pt>, IComparable<Pt> { public int X, Y; public Pt(int x, int y) { X = x; Y = y; } public bool Equals(Pt o) { return X == o.X && Y == o.Y; } public int CompareTo(Pt o) { return X.CompareTo(o.X); } public override string ToString() { return $"({X},{Y})"; } }
class Animal { public virtual string Speak() => "..."; }
class Dog : Animal { public override string Speak() => "Woof"; }
interface IShape { double Area { get; } }
class Circle : IShape { public double R; public double Area => Math.PI * R * R; }
class MyEx : Exception { public MyEx(string m) : base(m) {} }
class Disp : IDisposable { public void Dispose() { Console.WriteLine("disposed"); } }

static class Ext { public static int Twice(this int x) => x * 2; }

class P {
  static int counter;
  static async System.Threading.Tasks.Task Dummy() { }
  static IEnumerable<string> Words() { yield return "b"; yield return "a"; yield return "c"; }
  static void Main(string[] args) {
    // strings
    string s = "Hello, World";
    Console.WriteLine(s.Length + " " + s.ToUpper() + " " + s.ToLowerInvariant() + " " + s.Contains("World") + " " + s.StartsWith("He") + " " + s.EndsWith("ld", StringComparison.Ordinal));
    Console.WriteLine(s.IndexOf("o") + " " + s.LastIndexOf('o') + " " + s.IndexOfAny(new[]{'W','l'}) + " " + s.IndexOf("o", 5, StringComparison.OrdinalIgnoreCase));
    Console.WriteLine(string.Join("|", s.Split(new[]{", "}, StringSplitOptions.RemoveEmptyEntries)) + string.Join(",", "a,b,,c".Split(',')) + "a b".Split(' ', 2).Length + "x;y".Split(';', StringSplitOptions.None).Length);
    Console.WriteLine(s.Replace('o', '0').Insert(0, ">").Remove(1, 2).PadLeft(20, '*').PadRight(22).Trim().TrimStart('*').TrimEnd('d') + s.Substring(7, 5));
    Console.WriteLine(string.Concat("a", "b", "c", "d") + string.Concat(1, 2) + string.Concat(new object[]{1,"x",2.5}) + string.Concat(new List<string>{"p","q"}) + string.Join(",", new[]{1,2,3}) + string.Join("-", new List<int>{4,5}));
    Console.WriteLine(string.Format("{0,-5}|{1,5}|{2:X4}|{3:P1}|{4:C}", "ab", 42, 255, 0.256, 9.99) + string.Format(CultureInfo.InvariantCulture, "{0:F3}", 1.0/3));
    Console.WriteLine(string.Compare("a", "B") + " " + string.Compare("a", "B", StringComparison.Ordinal) + " " + string.CompareOrdinal("a","b") + " " + "abc".CompareTo("abd") + " " + string.Equals("a","A", StringComparison.OrdinalIgnoreCase) + " " + string.IsNullOrEmpty("") + string.IsNullOrWhiteSpace(" "));
    char[] ca = s.ToCharArray(); Array.Reverse(ca); Console.WriteLine(new string(ca) + new string('-', 3) + new string(ca, 0, 2));
    foreach (char c in "ab") Console.Write(char.ToUpper(c)); Console.WriteLine();
    Console.WriteLine(char.IsDigit('5') + " " + char.IsWhiteSpace('\t') + " " + char.IsPunctuation('!') + " " + char.GetNumericValue('7') + " " + (int)char.MaxValue + " " + char.IsLetterOrDigit('_') + char.IsUpper('A') + char.IsLower('a') + char.IsSeparator(' ') + char.IsSymbol('+') + char.IsControl('\n') + char.IsSurrogate('a') + char.IsNumber('3') + char.ToLower('X') + char.Parse("z"));
    var sb = new StringBuilder("x");
    sb.Append(1).Append('c').Append(2.5).Append(true).Append(new char[]{'q'}).AppendLine("line").AppendFormat("{0}-{1}", 1, 2).Insert(0, "S").Replace("x", "X").Remove(0, 1);
    sb.Length = sb.Length - 1; sb[0] = 'Y'; Console.WriteLine(sb.ToString() + sb.ToString(0, 2) + sb.Capacity.ToString().Length + sb.Clear().Length);
    // numbers
    Console.WriteLine(int.MaxValue + " " + int.MinValue + " " + long.Parse("123") + " " + int.Parse("-42") + " " + double.Parse("3.5") + " " + decimal.Parse("1.25") + " " + byte.MaxValue + " " + short.MinValue + " " + uint.MaxValue + " " + ulong.MaxValue + " " + sbyte.MinValue + " " + ushort.MaxValue + " " + float.MaxValue + " " + double.Epsilon);
    int pv; Console.WriteLine(int.TryParse("12x", out pv) + " " + pv + " " + double.TryParse("1e3", NumberStyles.Float, CultureInfo.InvariantCulture, out double dv) + " " + dv + int.Parse("ff", NumberStyles.HexNumber));
    Console.WriteLine(double.IsNaN(0.0/0) + " " + double.IsInfinity(1/0.0) + " " + double.NaN + " " + double.PositiveInfinity + " " + 1.5.CompareTo(2.0) + " " + 5.Equals(5) + " " + 7.GetHashCode() + " " + 3.14.ToString("F1") + " " + 42.ToString("D5") + " " + (255).ToString("x") + " " + 1234567.ToString("N0") + 1.5f.ToString() + 10m.ToString("C"));
    double d25 = 2.5, d314 = 3.14159; // variables: Mono's JIT folds Math.Round(<literal>) differently
    Console.WriteLine(Math.Abs(-5) + Math.Abs(-2.5) + Math.Max(3L, 4L) + Math.Min(1.5, 2) + Math.Pow(2, 10) + Math.Sqrt(2) + Math.Floor(2.7) + Math.Ceiling(2.1) + Math.Round(d25) + Math.Round(d314, 2) + Math.Round(d25, MidpointRounding.AwayFromZero) + Math.Truncate(-2.7) + Math.Sign(-3) + Math.Sin(0) + Math.Cos(0) + Math.Tan(0) + Math.Atan2(1, 1) + Math.Exp(1) + Math.Log(Math.E) + Math.Log10(100) + Math.Log(8, 2) + Math.BigMul(100000, 100000) + Math.IEEERemainder(5, 3));
    int rem; Console.WriteLine(Math.DivRem(17, 5, out rem) + " " + rem + " " + Math.Asin(1) + Math.Acos(1) + Math.Atan(1) + Math.Sinh(0) + Math.Cosh(0) + Math.Tanh(0));
    Console.WriteLine(Convert.ToInt32("42") + Convert.ToInt32(3.7) + Convert.ToInt64("9") + Convert.ToDouble("2.5") + Convert.ToString(255, 2) + Convert.ToString(255, 16) + Convert.ToInt32("ff", 16) + Convert.ToBoolean("true") + Convert.ToChar(65) + Convert.ToByte("7") + Convert.ToDecimal("1.5") + Convert.ToString(3.5) + Convert.ToInt32('A') + Convert.ToInt32(true));
    var b64 = Convert.ToBase64String(Encoding.UTF8.GetBytes("hello")); Console.WriteLine(b64 + " " + Encoding.UTF8.GetString(Convert.FromBase64String(b64)) + Encoding.ASCII.GetBytes("ab").Length);
    Console.WriteLine(BitConverter.ToString(BitConverter.GetBytes(258)) + BitConverter.ToInt32(new byte[]{1,0,0,0}, 0) + BitConverter.IsLittleEndian + BitConverter.DoubleToInt64Bits(1.0) + BitConverter.Int64BitsToDouble(0) + BitConverter.ToInt64(BitConverter.GetBytes(5L), 0) + BitConverter.ToDouble(BitConverter.GetBytes(2.5), 0));
    decimal m1 = 10.5m, m2 = 3m; Console.WriteLine((m1 + m2) + " " + (m1 - m2) + " " + (m1 * m2) + " " + (m1 / m2) + " " + (m1 % m2) + " " + decimal.Round(m1) + " " + (int)m1 + " " + (double)m1 + " " + (m1 > m2) + Math.Round(2.345m, 2) + decimal.Floor(-1.5m) + decimal.MaxValue);
    checked { try { int big = int.MaxValue; big++; } catch (OverflowException e) { Console.WriteLine(e.Message); } }
    // arrays
    int[] arr = { 5, 2, 8, 1 };
    Array.Sort(arr); Console.WriteLine(string.Join(",", arr) + Array.IndexOf(arr, 8) + Array.BinarySearch(arr, 5) + Array.Exists(arr, x => x > 7) + Array.Find(arr, x => x > 2) + Array.FindIndex(arr, x => x == 2) + Array.FindAll(arr, x => x % 2 == 0).Length + Array.TrueForAll(arr, x => x > 0) + Array.LastIndexOf(arr, 1));
    Array.Sort(arr, (a, b2) => b2.CompareTo(a)); Array.Resize(ref arr, 6); Array.Copy(arr, 0, arr, 1, 2); Array.Clear(arr, 0, 1); Array.ForEach(arr, x => Console.Write(x)); Console.WriteLine();
    var strs = new[] { "pear", "apple", "fig" }; Array.Sort(strs, StringComparer.Ordinal); Array.Sort(strs, 0, 2); Array.Sort(strs, Comparer<string>.Default);
    int[] keys = { 3, 1, 2 }; string[] vals = { "c", "a", "b" }; Array.Sort(keys, vals); Console.WriteLine(string.Join("", vals) + Array.ConvertAll(keys, k => k.ToString()).Length + Array.Empty<int>().Length + ((int[])arr.Clone()).Length + arr.Rank + arr.GetLength(0) + arr.GetUpperBound(0));
    var m2d = new int[3, 4]; m2d[1, 2] = 7; Console.WriteLine(m2d.GetLength(1) + " " + m2d[1, 2] + " " + m2d.Length);
    int[][] jag = new int[2][]; jag[0] = new[] { 1 }; jag[1] = new int[3]; Console.WriteLine(jag[1].Length);
    var arr2 = Array.CreateInstance(typeof(int), 3); arr2.SetValue(5, 1); Console.WriteLine(arr2.GetValue(1)); Array.Fill(arr, 9); Console.WriteLine(Array.AsReadOnly(arr).Count);
    IList<int> ilist = arr; Console.WriteLine(ilist.Count + " " + ilist[0] + " " + ilist.Contains(9) + " " + ilist.IndexOf(9));
    // collections
    var list = new List<int> { 3, 1, 2 }; list.Add(4); list.AddRange(new[] { 5, 6 }); list.Insert(0, 0); list.Remove(6); list.RemoveAt(0); list.Sort(); list.Reverse();
    Console.WriteLine(string.Join(",", list) + list.Count + list.Capacity + list.Contains(3) + list.IndexOf(3) + list.Find(x => x < 3) + list.FindAll(x => x > 2).Count + list.Exists(x => x == 5) + list.TrueForAll(x => x > 0) + list.GetRange(1, 2).Count + list.ToArray().Length + list.ConvertAll(x => x * 2)[0] + list.BinarySearch(3) + list.LastIndexOf(1) + list.RemoveAll(x => x > 4));
    list.ForEach(x => counter += x); list.Sort((a, b2) => a - b2); list.Sort(Comparer<int>.Default); list.InsertRange(0, new[]{9}); list.RemoveRange(0, 1); list.Clear(); list.TrimExcess(); Console.WriteLine(counter + " " + list.AsReadOnly().Count);
    var dict = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { { "one", 1 }, { "two", 2 } };
    dict["three"] = 3; dict.Remove("one"); dict.Add("four", 4);
    foreach (KeyValuePair<string, int> kv in dict) Console.Write(kv + " ");
    Console.WriteLine(dict.ContainsKey("TWO") + " " + dict.ContainsValue(3) + " " + dict.Count + string.Join(",", dict.Keys) + string.Join(",", dict.Values) + dict.TryGetValue("x", out int tv) + tv);
    var hs = new HashSet<int> { 1, 2, 3 }; hs.Add(2); hs.Remove(1); hs.UnionWith(new[] { 4 }); hs.IntersectWith(new[] { 2, 3, 4 }); hs.ExceptWith(new[] { 3 }); Console.WriteLine(string.Join(",", hs) + hs.Contains(2) + hs.IsSubsetOf(new[] { 2, 4, 5 }) + hs.Overlaps(new[]{2}) + hs.SetEquals(new[]{4,2}) + hs.Count);
    var q = new Queue<int>(); q.Enqueue(1); q.Enqueue(2); Console.Write(q.Peek() + " " + q.Dequeue() + " " + q.Count + " " + q.Contains(2));
    var st = new Stack<string>(); st.Push("a"); st.Push("b"); Console.WriteLine(" " + st.Peek() + st.Pop() + st.Count + string.Join("", st.ToArray()));
    var ll = new LinkedList<int>(); ll.AddLast(1); ll.AddFirst(0); var node = ll.AddLast(3); ll.AddBefore(node, 2); ll.Remove(0); Console.WriteLine(string.Join(",", ll) + ll.First.Value + ll.Last.Value + ll.Count + ll.Find(2).Next.Value);
    var sd = new SortedDictionary<string, int> { { "b", 2 }, { "a", 1 } }; sd["c"] = 3; foreach (var kv in sd) Console.Write(kv.Key); Console.WriteLine(sd.First().Value);
    var sl = new SortedList<int, string>(); sl.Add(3, "c"); sl.Add(1, "a"); Console.WriteLine(sl.Keys[0] + sl.Values[1] + sl.IndexOfKey(3));
    var ss = new SortedSet<int> { 5, 1, 3 }; Console.WriteLine(ss.Min + " " + ss.Max + " " + string.Join(",", ss) + string.Join(",", ss.Reverse()) + ss.GetViewBetween(2, 5).Count);
    var al = new ArrayList { 1, "two", 3.0 }; al.Add(null); Console.WriteLine(al.Count + " " + al[1] + al.IndexOf("two"));
    var ht = new Hashtable(); ht["k"] = "v"; Console.WriteLine(ht["k"] + " " + ht.ContainsKey("k") + ht.Count);
    // linq
    var nums = Enumerable.Range(1, 10).ToList();
    Console.WriteLine(nums.Where(n => n % 2 == 0).Select(n => n * n).Sum() + " " + nums.Average() + " " + nums.Max() + " " + nums.Min() + " " + nums.Count(n => n > 5) + " " + nums.First() + nums.Last() + nums.FirstOrDefault(n => n > 100) + nums.Any(n => n > 9) + nums.All(n => n > 0) + nums.Contains(3) + nums.ElementAt(2) + nums.Skip(8).First() + nums.Take(2).Last() + nums.SkipWhile(n => n < 5).First() + nums.TakeWhile(n => n < 3).Count() + nums.Aggregate((a, b2) => a + b2) + nums.Aggregate(0, (a, b2) => a + b2) + nums.Aggregate(0, (a, b2) => a + b2, r => r * 2) + nums.Sum(n => (long)n) + nums.Average(n => (double)n) + nums.Max(n => -n) + nums.Select((n, i) => n * i).Sum() + nums.LongCount() + nums.Single(n => n == 4) + nums.SingleOrDefault(n => n == 40) + nums.LastOrDefault() + nums.DefaultIfEmpty().Count() + nums.ElementAtOrDefault(99));
    var people = new[] { new { Name = "Ann", Age = 30, City = "X" }, new { Name = "Bob", Age = 25, City = "Y" }, new { Name = "Cid", Age = 30, City = "X" } };
    foreach (var g in people.GroupBy(p => p.Age)) Console.Write(g.Key + ":" + string.Join("/", g.Select(p => p.Name)) + " ");
    Console.WriteLine(string.Join(",", people.OrderBy(p => p.Age).ThenByDescending(p => p.Name).Select(p => p.Name)) + string.Join(",", people.OrderByDescending(p => p.City).ThenBy(p => p.Age).Select(p => p.Name)));
    var lookup = people.ToLookup(p => p.City); Console.WriteLine(lookup["X"].Count() + " " + lookup.Count + lookup.Contains("Y"));
    var d2 = people.ToDictionary(p => p.Name, p => p.Age); Console.WriteLine(d2["Bob"]);
    var joined = people.Join(new[] { new { City = "X", Country = "C1" } }, p => p.City, c => c.City, (p, c) => p.Name + c.Country); Console.WriteLine(string.Join(",", joined));
    var gj = people.GroupJoin(people, p => p.City, p2 => p2.City, (p, ps) => ps.Count()); Console.WriteLine(string.Join(",", gj));
    Console.WriteLine(string.Join(",", new[] { 1, 2, 2, 3 }.Distinct()) + string.Join(",", new[] { 1, 2 }.Union(new[] { 2, 3 })) + string.Join(",", new[] { 1, 2, 3 }.Intersect(new[] { 2, 3, 4 })) + string.Join(",", new[] { 1, 2, 3 }.Except(new[] { 2 })) + string.Join(",", new[] { 1, 2 }.Concat(new[] { 3 })) + string.Join(",", new[] { 1, 2 }.Zip(new[] { "a", "b" }, (n, t) => n + t)) + string.Join(",", new[] { 3, 1 }.Reverse()) + string.Join(",", Enumerable.Repeat("z", 2)) + Enumerable.Empty<int>().Count() + new[] { 1, 2 }.SequenceEqual(new[] { 1, 2 }) + string.Join(",", new object[] { 1, "a", 2 }.OfType<int>()) + string.Join(",", new ArrayList { 1, 2 }.Cast<int>()) + string.Join(",", new[] { new[] { 1, 2 }, new[] { 3 } }.SelectMany(x => x)) + new[] { 1, 2 }.AsEnumerable().Count() + new[] { 1, 2 }.ToHashSet().Count);
    Console.WriteLine(new int?[] { 1, null, 3 }.Sum() + " " + new double[] { 1.5, 2.5 }.Average() + " " + new decimal[] { 1.5m, 2m }.Sum() + " " + new long[] { 5, 6 }.Max() + " " + new float[] { 1f, 2f }.Min() + " " + new int?[] { null }.Max() + "|" + people.Sum(p => p.Age) + people.Max(p => p.Name) + people.Min(p => (decimal)p.Age) + people.Average(p => (int?)p.Age) + Words().OrderBy(w => w).First());
    var query = from p in people where p.Age > 26 orderby p.Name descending select new { p.Name, Upper = p.Name.ToUpper() };
    foreach (var r in query) Console.Write(r + " "); Console.WriteLine();
    // misc types
    int? ni = 5; int? nn = null; Console.WriteLine((ni + 1) + " " + (nn ?? 7) + " " + ni.GetValueOrDefault() + nn.HasValue + (ni == 5) + Nullable.Compare(ni, nn));
    var tup = Tuple.Create(1, "two", 3.0); Console.WriteLine(tup.Item1 + tup.Item2 + tup + Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8));
    var vt = (a: 1, b: "x"); var (va, vb) = vt; Console.WriteLine(vt + " " + va + vb + (1, 2, 3).Item3 + vt.Equals((1, "x")));
    var lazy = new Lazy<int>(() => 42); Console.WriteLine(lazy.IsValueCreated + " " + lazy.Value + lazy.IsValueCreated);
    Func<int, int, int> add = (x, y) => x + y; Action<string> pr = Console.WriteLine; Predicate<int> isPos = x => x > 0; Comparison<int> cmp = (x, y) => x - y; Converter<int, string> conv = x => x.ToString();
    pr(add(1, 2) + " " + isPos(-1) + cmp(1, 2) + conv(5)); Action multi = () => Console.Write("m1 "); multi += () => Console.WriteLine("m2"); multi(); multi -= multi; Console.WriteLine(multi == null);
    EventHandler<EventArgs> evh = (o, e) => Console.WriteLine("evh " + (e == EventArgs.Empty)); evh(null, EventArgs.Empty); Console.WriteLine(add.GetInvocationList().Length + " " + (add.Target == null));
    Console.WriteLine(new Dog().Speak() + ((Animal)new Dog()).Speak() + (new Circle { R = 1 }.Area > 3) + (new Dog() is Animal) + (new object() as string == null) + typeof(Dog).BaseType.Name + new Dog().GetType().FullName + typeof(List<int>).Name + typeof(int[]).IsArray + typeof(Pt).IsValueType + typeof(IShape).IsInterface + typeof(Dog).IsSubclassOf(typeof(Animal)) + typeof(Animal).IsAssignableFrom(typeof(Dog)) + typeof(DayOfWeek).IsEnum);
    var pts = new List<Pt> { new Pt(2, 1), new Pt(1, 2) }; pts.Sort(); Console.WriteLine(pts[0] + " " + pts.Contains(new Pt(2, 1)) + new Pt(1, 1).Equals(new Pt(1, 1)) + EqualityComparer<Pt>.Default.Equals(pts[0], pts[1]));
    Console.WriteLine(DayOfWeek.Monday + " " + (int)DayOfWeek.Friday + " " + Enum.Parse(typeof(DayOfWeek), "Sunday") + " " + Enum.GetNames(typeof(DayOfWeek)).Length + " " + Enum.GetValues(typeof(DayOfWeek)).Length + Enum.IsDefined(typeof(DayOfWeek), 3) + Enum.GetName(typeof(DayOfWeek), 2) + DayOfWeek.Monday.ToString("D") + (AttributeTargets.Class | AttributeTargets.Enum).HasFlag(AttributeTargets.Enum) + Enum.TryParse("Tuesday", out DayOfWeek dw) + dw + DayOfWeek.Monday.CompareTo(DayOfWeek.Sunday));
    try { throw new MyEx("custom"); } catch (MyEx e) when (e.Message.Length > 0) { Console.WriteLine(e.Message + " " + e.GetType().Name + (e.InnerException == null)); } finally { Console.WriteLine("finally"); }
    try { object o = null; o.ToString(); } catch (NullReferenceException e) { Console.WriteLine(e.Message); }
    try { throw new ArgumentNullException("p"); } catch (ArgumentException e) { Console.WriteLine(e.Message + e.ParamName); }
    try { throw new AggregateException(new Exception("i")); } catch (AggregateException e) { Console.WriteLine(e.InnerExceptions.Count + e.ToString().Length.ToString().Length.ToString()); }
    var ex = new InvalidOperationException("op", new Exception("inner")); Console.WriteLine(ex.ToString() + ex.GetBaseException().Message + ex.StackTrace + ex.Data.Count + ex.HResult);
    using (new Disp()) { }
    using (var sw = new StringWriter()) { sw.WriteLine("x{0}", 1); sw.Write(2); Console.Write(sw.ToString()); }
    using (var sr = new StringReader("l1\nl2")) { Console.WriteLine(sr.ReadLine() + sr.ReadToEnd()); }
    var ms = new MemoryStream(); ms.Write(new byte[] { 1, 2 }, 0, 2); ms.WriteByte(3); Console.WriteLine(ms.ToArray().Length + " " + ms.Length + ms.Position);
    var rnd = new Random(42); Console.WriteLine(rnd.Next() + " " + rnd.Next(10) + " " + rnd.Next(5, 10) + " " + rnd.NextDouble()); var bytes = new byte[3]; rnd.NextBytes(bytes);
    var sw2 = Stopwatch.StartNew(); sw2.Stop(); Console.WriteLine(sw2.ElapsedMilliseconds >= 0 && sw2.Elapsed.TotalSeconds >= 0 && sw2.ElapsedTicks >= 0 && !sw2.IsRunning && Stopwatch.Frequency > 0); sw2.Restart(); sw2.Reset(); sw2.Start();
    var ts = TimeSpan.FromSeconds(90); Console.WriteLine(ts + " " + ts.TotalMinutes + " " + ts.Minutes + " " + new TimeSpan(1, 2, 3) + TimeSpan.FromMilliseconds(1500).TotalSeconds + (ts + TimeSpan.FromHours(1)).Hours + TimeSpan.Zero + ts.ToString(@"mm\:ss") + TimeSpan.FromDays(1.5).TotalHours + TimeSpan.FromTicks(10).Ticks + TimeSpan.FromMinutes(2).Seconds);
    var dt = new DateTime(2020, 2, 29, 13, 45, 0); Console.WriteLine(dt.Year + " " + dt.Month + " " + dt.Day + " " + dt.DayOfWeek + " " + dt.AddDays(1).ToString("yyyy-MM-dd") + " " + dt.ToString("HH:mm:ss") + (DateTime.Now > dt) + (DateTime.UtcNow.Year > 2000) + dt.Hour + dt.Minute + dt.Second + dt.Millisecond + dt.DayOfYear + (dt - dt.AddHours(-1)).TotalHours + DateTime.IsLeapYear(2020) + DateTime.DaysInMonth(2021, 2) + dt.Date + dt.Ticks + dt.AddMonths(1).Month + dt.AddYears(1).Year + DateTime.Today.Kind);
    Console.WriteLine(Environment.NewLine.Length + " " + Environment.TickCount.GetType().Name + Environment.ProcessorCount.GetType().Name + Environment.GetCommandLineArgs().Length + (Environment.GetEnvironmentVariable("NOPE_X") == null) + Environment.CurrentManagedThreadId.GetType().Name);
    GC.Collect(); GC.KeepAlive(list); GC.SuppressFinalize(list); GC.WaitForPendingFinalizers(); Console.WriteLine(GC.GetTotalMemory(false) >= 0);
    var wr = new WeakReference(list); var wr2 = new WeakReference<List<int>>(list); Console.WriteLine(wr.IsAlive + " " + wr2.TryGetTarget(out var tgt) + (wr.Target != null));
    // threading
    object lk = new object(); int shared = 0;
    var th = new Thread(() => { for (int i = 0; i < 1000; i++) { lock (lk) { shared++; } Interlocked.Increment(ref counter); } });
    var th2 = new Thread(o => { Interlocked.Add(ref counter, (int)o); }); th.IsBackground = false; th.Name = "worker"; th.Start(); th2.Start(5); th.Join(); th2.Join(1000);
    Console.WriteLine(shared + " " + th.IsAlive + th.Name + (Thread.CurrentThread.ManagedThreadId > 0) + Interlocked.CompareExchange(ref shared, 0, 1000) + Interlocked.Exchange(ref shared, 7) + Interlocked.Decrement(ref shared) + Volatile.Read(ref shared));
    long lg = 0; Interlocked.Increment(ref lg); Interlocked.Exchange(ref lg, 5); object oo = null; Interlocked.CompareExchange(ref oo, "x", null); Thread.Sleep(1); Thread.MemoryBarrier(); Volatile.Write(ref shared, 1);
    lock (lk) { Monitor.Pulse(lk); Monitor.PulseAll(lk); Monitor.Wait(lk, 1); } bool taken = false; Monitor.Enter(lk, ref taken); Monitor.Exit(lk); Console.WriteLine(Monitor.TryEnter(lk) + " " + lg + oo); Monitor.Exit(lk);
    Console.WriteLine(Comparer<int>.Default.Compare(1, 2) + " " + Comparer<string>.Create((x, y) => y.CompareTo(x)).Compare("a", "b") + EqualityComparer<string>.Default.Equals("a", "a") + StringComparer.OrdinalIgnoreCase.Equals("A", "a") + StringComparer.Ordinal.Compare("a", "B") + StringComparer.InvariantCulture.Compare("a", "B") + StringComparer.CurrentCulture.GetHashCode("x").GetType().Name + CultureInfo.CurrentCulture.Name.Length + CultureInfo.InvariantCulture.NumberFormat.NumberDecimalSeparator);
    Console.WriteLine(5.Twice() + " " + new KeyValuePair<int, string>(1, "a") + " " + Guid.Empty.ToString().Length + " " + (object)null + default(DateTime).Year + new Version(1, 2, 3) + Type.GetTypeCode(typeof(int)) + Convert.ChangeType("5", typeof(int)) + Activator.CreateInstance<List<int>>().Count);
    var e1 = list.GetEnumerator(); IEnumerator ie = ((IEnumerable)new[] { 1 }).GetEnumerator(); ie.MoveNext(); Console.WriteLine(ie.Current);
    IComparable icmp = 5; IFormattable ifm = 3.5; IConvertible icv = 7; ICloneable icl = new int[1]; Console.WriteLine(icmp.CompareTo(4) + ifm.ToString("F2", null) + icv.ToInt64(null) + icl.Clone().GetType());
    Console.Error.WriteLine("to stderr"); Console.Out.Flush(); Console.Write('c'); Console.Write(1L); Console.Write(2u); Console.Write(3ul); Console.Write(1.5m); Console.Write(2.5f); Console.Write(true); Console.Write(new char[] { 'x' }); Console.Write((object)"o"); Console.Write("{0}{1}{2}{3}", 1, 2, 3, 4); Console.WriteLine("{0}{1}{2}", 1, 2, 3);
    string line = Console.ReadLine(); Console.WriteLine(line == null ? "EOF" : line);
    Environment.Exit(0);
  }
}
