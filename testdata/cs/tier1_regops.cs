// Register forms of tier 1: pointer loads and stores through locals,
// fields and array elements, covariant array stores, unsigned division,
// negation, Math.Sqrt, small locals, string literals, internal calls on a
// receiver and interface calls on boxed structs, delegates, field
// addresses, generic ldobj/stobj, and virtual calls that reach internal
// calls.
using System;
using System.Collections.Generic;

interface ICounter { int Next(); }

struct Counter : ICounter
{
    int n;
    public Counter(int start) { n = start; }
    public int Next() { n += 3; return n; }
}

class Box { public int F; public long L; public double D; public byte B; }

class RegOps2
{
    public int Bias;
    public int Add(int x) { return x + Bias; }
}

class RegOps
{
    static void Inc(ref int x) { x++; }
    static void Set(ref byte b, int v) { b = (byte)v; }
    static void SetS(ref short s, int v) { s = (short)v; }
    static void SetC(ref char c, int v) { c = (char)v; }
    static void SetL(ref long l, long v) { l = v * 3; }
    static void SetD(ref double d, double v) { d = v / 2; }
    static void Swap(ref int a, ref int b) { int t = a; a = b; b = t; }
    static bool Flag(ref bool f) { f = !f; return f; }
    static void Out(out int a, out string s) { a = 41; s = "out"; }

    static int Aliased(int k)
    {
        int x = k;
        int y = x;      // a copy of x, taken before x changes through a pointer
        Inc(ref x);
        int z = x;
        Inc(ref x);
        return y * 100 + z * 10 + x;
    }

    static string Sqrts()
    {
        double[] xs = { 4, 2, 0, -0.0, -1, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e-300 };
        string s = "";
        foreach (double x in xs)
        {
            double r = Math.Sqrt(x);
            s += r.ToString("R") + ":" + BitConverter.DoubleToInt64Bits(r).ToString("X") + " ";
        }
        return s;
    }

    static string Unsigned(uint a, uint b)
    {
        try { return (a / b) + "," + (a % b); }
        catch (DivideByZeroException) { return "div0"; }
    }

    static string Covariant(object[] arr, int i, object v)
    {
        try { arr[i] = v; return "ok " + arr[i]; }
        catch (ArrayTypeMismatchException) { return "mismatch"; }
        catch (IndexOutOfRangeException) { return "range"; }
        catch (NullReferenceException) { return "null"; }
    }

    static int Neg(int x) { return -x; }

    static byte SmallLocals(int v, out short s, out char c, out bool f)
    {
        byte b = (byte)(v + 200);
        s = (short)(v * 1000);
        c = (char)(v + 65600);
        f = (v & 1) != 0;
        sbyte sb = (sbyte)(v * 7);
        return (byte)(b + sb);
    }

    static int Len(string s)
    {
        try { return s.Length; }
        catch (NullReferenceException) { return -1; }
    }

    // String.Length and the indexer run in place in register code.
    static string Chars(string s, int at)
    {
        int sum = 0;
        for (int i = 0; i < s.Length; i++) sum = sum * 31 + s[i];
        string r = sum + ":" + s.Length;
        try { r += " " + (int)s[at]; }
        catch (IndexOutOfRangeException e) { r += " out " + e.GetType().Name; }
        catch (NullReferenceException) { r += " null"; }
        return r;
    }

    static string NullChars(string s)
    {
        try { return "" + (int)s[0]; }
        catch (NullReferenceException) { return "null"; }
    }

    // isinst and castclass in register code: exact types run in place,
    // the others (base classes, interfaces, arrays, boxes) leave.
    static string Casts(object[] objs)
    {
        string r = "";
        foreach (object o in objs)
        {
            string s = o as string;
            ICounter c = o as ICounter;
            object[] arr = o as object[];
            r += (s != null ? "s" : "-") + (c != null ? "c" : "-") + (arr != null ? "a" + arr.Length : "-") + (o is int ? "i" : "-");
            try { r += ((string)o ?? "<null>").Length; }
            catch (InvalidCastException e) { r += e.GetType().Name.Length; }
            try { r += (int)o; }
            catch (InvalidCastException) { r += "!"; }
            catch (NullReferenceException) { r += "?"; }
            r += ",";
        }
        return r;
    }

    class HA { }
    class HB : HA { }
    class HC : HB { }
    enum Color { Red, Green }

    // Casts to a class its operand's class derives from directly, from
    // further away, or not at all.
    static string Hierarchy(object[] objs)
    {
        string r = "";
        foreach (object o in objs)
        {
            r += (o as HA != null ? "A" : "-") + (o as HB != null ? "B" : "-") + (o is HC ? "C" : "-") +
                (o as Array != null ? "r" : "-") + (o as ValueType != null ? "v" : "-") + (o as Enum != null ? "e" : "-");
            try { HB b = (HB)o; r += b == null ? "n" : "b"; }
            catch (InvalidCastException) { r += "!"; }
            r += ",";
        }
        return r;
    }

    static int Boxed(ICounter c, int times)
    {
        int sum = 0;
        for (int i = 0; i < times; i++) sum += c.Next();
        return sum;
    }

    static string Fields(Box bx)
    {
        Inc(ref bx.F);
        SetL(ref bx.L, 7);
        SetD(ref bx.D, 5);
        Set(ref bx.B, 300);
        return bx.F + " " + bx.L + " " + bx.D + " " + bx.B;
    }

    struct Pair { public int A; public long B; }

    class Holder { public Pair P; public int N; }

    static T Get<T>(ref T slot, T v) { T old = slot; slot = v; return old; }

    struct Vec { public double X, Y; public int N; }

    static int calls;
    static double Next() { calls++; return calls; }

    // Fields of struct array elements read and written in place: the
    // element's checks (null array, index) come before what the statement
    // computes, as ldelema's do.
    static string ElemFields(Vec[] v, int i, int j)
    {
        string r = "";
        try { v[i].X += v[j].Y * 2; v[i].Y -= 1.5; v[i].N++; r += v[i].X + "," + v[i].Y + "," + v[i].N; }
        catch (Exception e) { r += e.GetType().Name; }
        try { v[i].X = Next(); r += ":" + v[i].X; }
        catch (Exception e) { r += ":" + e.GetType().Name; }
        try { v[j].Y += Next(); r += ":" + v[j].Y; }
        catch (Exception e) { r += ":" + e.GetType().Name; }
        try { int k = i; v[k].N = k; k = j; v[k].N += 10; r += ":" + v[i].N + "/" + v[j].N; }
        catch (Exception e) { r += ":" + e.GetType().Name; }
        try { ref Vec e = ref v[i]; e.X += 5; e.N = (int)e.X * 2; r += ":" + v[i].X + "/" + v[i].N; }
        catch (Exception e) { r += ":" + e.GetType().Name; }
        return r + " calls=" + calls;
    }

    struct Temp
    {
        public int C;
        public int Cmp(int x) { return C < x ? -1 : C > x ? 1 : 0; }
    }

    // Methods of value types called on fields, locals, array elements and
    // struct fields: their receiver is a pointer the inlined body reads.
    static string ValueMethods(Box b, int x, Holder h)
    {
        int local = x - 1;
        int[] arr = { x, x + 1 };
        byte small = (byte)(x + 250);
        long wide = long.MinValue + x;
        Temp t = new Temp { C = x };
        Temp[] ts = { t, new Temp { C = -x } };
        double nan = double.NaN;
        return b.F.CompareTo(x) + " " + local.CompareTo(x) + " " + arr[1].CompareTo(x) + " " + small.CompareTo((byte)3) +
            " " + b.B.CompareTo(b.B) + " " + wide.CompareTo(0L) + " " + b.L.CompareTo(x) + " " + t.Cmp(x) + " " + ts[1].Cmp(0) +
            " " + h.P.A.CompareTo(x) + " " + h.N.Equals(x) + " " + b.D.CompareTo(nan) + " " + nan.CompareTo(b.D) + " " + b.F.GetHashCode();
    }

    // Reference equality in branches: the same object, equal strings that
    // are distinct objects, null on either side.
    static string RefEq(object a, object b)
    {
        string r = "";
        if (a == b) r += "eq"; else r += "ne";
        if (a != null) r += "A";
        if (null != b) r += "B";
        if ((object)a == (object)"lit") r += "L";
        return r;
    }

    static int Twice(int x) { return 2 * x; }

    int bias = 7;
    int AddBias(int x) { return x + bias; }

    static string Delegates(int k)
    {
        Func<int, int> st = Twice;
        Func<int, int> inst = new RegOps2 { Bias = k }.Add;
        Func<int, int> lam = x => x * k + 1;
        Func<int, int> multi = Twice;
        multi += inst;
        Func<int, int> none = null;
        int sum = 0;
        for (int i = 0; i < 40; i++) sum += st(i) + inst(i) + lam(i) + multi(i);
        string e;
        try { none(1); e = "no"; } catch (NullReferenceException) { e = "null"; }
        Comparison<string> cmp = string.CompareOrdinal;
        return sum + " " + e + " " + Math.Sign(cmp("a", "b"));
    }

    static string Addresses(Holder h, Pair[] ps, int i)
    {
        Inc(ref h.P.A);
        Inc(ref h.N);
        SetL(ref h.P.B, 5);
        Inc(ref ps[i].A);
        SetL(ref ps[i].B, i);
        string s = h.P.A + " " + h.N + " " + h.P.B + " " + ps[i].A + " " + ps[i].B;
        try { Holder nh = null; Inc(ref nh.N); } catch (NullReferenceException) { s += " null"; }
        return s;
    }

    static string Generic(int round)
    {
        int a = round; string b = "b" + round; byte c = 250; double d = 1.5;
        int oa = Get(ref a, 9); string ob = Get(ref b, "z"); byte oc = Get(ref c, (byte)(c + 10)); double od = Get(ref d, -d);
        var list = new List<int> { 3, 1, 2 };
        int found;
        var dict = new Dictionary<string, int> { { "k", round } };
        dict.TryGetValue("k", out found);
        return oa + "," + a + " " + ob + "," + b + " " + oc + "," + c + " " + od + "," + d + " " + found + " " + list.IndexOf(2);
    }

    static string Hashes(object[] os)
    {
        string s = "";
        foreach (object o in os) s += (o == null ? "-" : (o is string ? o.GetHashCode() == o.GetHashCode() : (object)o.GetHashCode()) + ":" + o.ToString() + ":" + o.Equals("ab")) + " ";
        return s;
    }

    // y + a*b and y - a*b: the product is rounded before the sum (never
    // one fused operation), so 1 - 2^-60 becomes 1 and the result 0.
    static string MulAdd(double[] v, double y, double a, double b)
    {
        double s = y + a * b;
        double t = a * b - 1;
        v[0] -= a * b;
        v[1] += a * -b;
        return s + " " + t + " " + v[0] + " " + v[1];
    }

    // v[i].X -= a * b on fields of struct elements (one instruction): the
    // product rounded first, the element's checks first, other fields of
    // the same element read in between.
    static string ElemUpdates(Vec[] v, int i, int j, double a, double b)
    {
        string r = "";
        try
        {
            v[i].X -= a * b;
            v[j].Y += a * b;
            v[i].X += a * v[i].Y;
            v[j].Y -= v[j].X * b;
            r += v[i].X + "," + v[i].Y + "," + v[j].X + "," + v[j].Y;
        }
        catch (Exception e) { r += e.GetType().Name + " " + (v == null ? "" : v[0].X + "," + v[0].Y); }
        return r;
    }

    // b[i] = a[i] loads before it stores: a null source faults before an
    // index out of the destination's range; loops to a length.
    static string Copies(int[] a, int[] b, string s)
    {
        string r = "";
        try { for (int i = 0; i < 3; i++) b[i] = a[i]; r += "copied " + b[2]; }
        catch (NullReferenceException) { r += "null"; }
        catch (IndexOutOfRangeException) { r += "range"; }
        int sum = 0;
        try { for (int i = 0; i < a.Length; i++) sum += a[i]; r += " sum " + sum; }
        catch (NullReferenceException) { r += " nolen"; }
        try { for (int i = 0; i < s.Length; i++) sum += s[i]; r += " chars " + sum; }
        catch (NullReferenceException) { r += " nostr"; }
        int[] z = a;
        int k = 0;
        try { for (k = 0; k < z.Length; k++) if (k == 1) z = null; r += " k " + k; }
        catch (NullReferenceException) { r += " nulled at " + k; }
        return r;
    }

    // A location read twice is read again after a store that may change it
    // (through another reference to the same object or array).
    static string Aliasing(Box a, Box b, int[] p, int[] q)
    {
        int x = a.F + a.F;
        b.F = x + 1;
        int y = a.F + a.F;
        int z = p[0] * p[0];
        q[0] = z + 2;
        int w = p[0] * p[0];
        return x + " " + y + " " + z + " " + w + " " + (p.Length + p.Length);
    }

    // a[i]++ and a[i] += k on int32 elements (one instruction), on bytes
    // (truncated), and their faults.
    static string Counts(int[] c, byte[] b, int n)
    {
        string r = "";
        int i = 0;
        try
        {
            for (i = 0; i < n; i++) { c[i & 3]++; c[(i + 1) & 3] += 5; b[i & 1]++; c[0] -= 2; }
            r += c[0] + "," + c[1] + "," + c[2] + "," + c[3] + " " + b[0] + "," + b[1];
        }
        catch (NullReferenceException) { r += "null at " + i; }
        catch (IndexOutOfRangeException) { r += "range at " + i + " " + c[0] + "," + c[1]; }
        return r;
    }

    static int Main()
    {
        for (int round = 0; round < 3; round++)
        {
            Console.WriteLine("counts " + Counts(new int[4], new byte[2], 600 + round) + " | " + Counts(null, new byte[2], 5)
                + " | " + Counts(new int[2], new byte[2], 5) + " | " + Counts(new int[4], new byte[1], 5));
            Box bx = new Box { F = round };
            int[] pa = { round + 1 };
            Console.WriteLine("aliasing " + Aliasing(bx, bx, pa, pa) + " | " + Aliasing(bx, new Box(), pa, new int[1]));
            Console.WriteLine("copies " + Copies(new[] { 1, 2, 3 }, new int[3], "ab") + " | " + Copies(null, new int[0], null)
                + " | " + Copies(new[] { 4, 5 }, new int[3], ""));
            Console.WriteLine("muladd " + MulAdd(new double[] { 1, 1 }, -1, 1 + 1.0 / (1 << 30), 1 - 1.0 / (1 << 30)));
            Console.WriteLine("aliased " + Aliased(round));
            Console.WriteLine("updates " + ElemUpdates(new Vec[] { new Vec { X = 1, Y = 1 }, new Vec { X = 1, Y = -1 } }, 0, 1,
                1 + 1.0 / (1 << 30), 1 - 1.0 / (1 << 30)) + " | " + ElemUpdates(null, 0, 0, 1, 1) + " | "
                + ElemUpdates(new Vec[1], 0, 1, 2, 3) + " | " + ElemUpdates(new Vec[1], 0, 0, 2, 3));
            byte b = 0; short sh = 0; char ch = 'a'; long l = 0; double d = 0; bool fl = false;
            Set(ref b, 511 + round); SetS(ref sh, 70000 + round); SetC(ref ch, 66 + round); SetL(ref l, round); SetD(ref d, round);
            Console.WriteLine("refs " + b + " " + sh + " " + ch + " " + l + " " + d + " " + Flag(ref fl) + Flag(ref fl));
            int p = 1, q = 2;
            Swap(ref p, ref q);
            int o; string os;
            Out(out o, out os);
            Console.WriteLine("swap " + p + q + " out " + o + os);
            int[] arr = { 5, 6, 7 };
            Inc(ref arr[round]);
            Console.WriteLine("elem " + arr[0] + arr[1] + arr[2]);
            Console.WriteLine("fields " + Fields(new Box { F = round }));
            Console.WriteLine("sqrt " + Sqrts());
            Console.WriteLine("unsigned " + Unsigned(4000000000u, 7u + (uint)round) + " " + Unsigned(5, 0) + " " + Unsigned(0xffffffffu, 0x80000000u));
            object[] strs = new string[2];
            Console.WriteLine("stelem " + Covariant(strs, 0, "s") + " " + Covariant(strs, 1, 42) + " " + Covariant(strs, 2, "x") +
                " " + Covariant(null, 0, "x") + " " + Covariant(strs, 1, null) + " " + Covariant(new object[1], 0, 42));
            Console.WriteLine("neg " + Neg(round) + " " + Neg(int.MinValue) + " " + Neg(int.MaxValue));
            short s; char c; bool f;
            byte sl = SmallLocals(round + 100, out s, out c, out f);
            Console.WriteLine("small " + sl + " " + s + " " + (int)c + " " + f);
            Console.WriteLine("len " + Len("abc") + " " + Len(null));
            Console.WriteLine("delegates " + Delegates(round));
            Console.WriteLine("addresses " + Addresses(new Holder(), new Pair[3], round));
            Console.WriteLine("generic " + Generic(round));
            Console.WriteLine("hashes " + Hashes(new object[] { "ab", "cd", 5, 'x', true, null, 2.5 }));
            Console.WriteLine("bias " + new RegOps().AddBias(round));
            Console.WriteLine("casts " + Casts(new object[] { "abc", null, new Counter(round), new string[] { "x", "y" }, 7 + round, 'c', new object() }));
            Console.WriteLine("hierarchy " + Hierarchy(new object[] { new HA(), new HB(), new HC(), null, new int[2], new string[1], 5 + round, Color.Green, "s", new object() }));
            Console.WriteLine("chars " + Chars("h\u00e9llo\uffff", round) + " " + Chars("ab", round + 1) + " " + Chars("", round - 1) +
                " " + Chars("xyz", -1) + " " + Chars("q", int.MinValue) + " " + NullChars(null) + " " + NullChars("A"));
            Counter ctr = new Counter(round);
            Vec[] vs = { new Vec { X = 1, Y = 2, N = 3 }, new Vec { X = 4, Y = 5, N = 6 } };
            Console.WriteLine("elem fields " + ElemFields(vs, round % 2, 1) + " " + ElemFields(vs, 2, 0) + " " + ElemFields(null, 0, 0) +
                " " + ElemFields(vs, 0, -1));
            Console.WriteLine("value methods " + ValueMethods(new Box { F = round, B = (byte)(round * 100), L = round - 1, D = round / 2.0 }, round, new Holder { N = round }));
            string s1 = "ab" + round, s2 = "ab" + round;
            Console.WriteLine("refeq " + RefEq(s1, s1) + " " + RefEq(s1, s2) + " " + RefEq(null, null) + " " + RefEq(null, s1) + " " + RefEq(s1, null) + " " + RefEq("lit", "lit"));
            Console.WriteLine("boxed " + Boxed(ctr, 50) + " " + Boxed(ctr, 50) + " " + ctr.Next());
        }
        return 0;
    }
}
