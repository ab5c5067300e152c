// Register forms of tier 1: pointer loads and stores through locals,
// fields and array elements, covariant array stores, unsigned division,
// negation, Math.Sqrt, small locals, string literals, internal calls on a
// receiver and interface calls on boxed structs.
using System;

interface ICounter { int Next(); }

struct Counter : ICounter
{
    int n;
    public Counter(int start) { n = start; }
    public int Next() { n += 3; return n; }
}

class Box { public int F; public long L; public double D; public byte B; }

static class RegOps
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

    static int Main()
    {
        for (int round = 0; round < 3; round++)
        {
            Console.WriteLine("aliased " + Aliased(round));
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
            Counter ctr = new Counter(round);
            Console.WriteLine("boxed " + Boxed(ctr, 50) + " " + Boxed(ctr, 50) + " " + ctr.Next());
        }
        return 0;
    }
}
