// mcs-flags: -unsafe
using System;
using System.Runtime.InteropServices;

struct P2 { public int X; public int Y; }
struct Mixed { public byte B; public long L; public short S; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Packed { public byte B; public int I; public short S; }
[StructLayout(LayoutKind.Explicit)] struct Union { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; [FieldOffset(0)] public byte B0; [FieldOffset(3)] public byte B3; }
unsafe struct Buf { public fixed int Data[4]; public fixed char Name[8]; public int Len; }
struct Nested { public P2 A; public P2 B; public double D; }

unsafe class Program
{
    static long SumLongs(long* p, int n) { long s = 0; for (long* q = p; q < p + n; q++) s += *q; return s; }
    static void Scale(double* p, int n, double k) { for (int i = 0; i < n; i++) p[i] *= k; }
    static void Swap(int* a, int* b) { int t = *a; *a = *b; *b = t; }
    static void Main()
    {
        Console.WriteLine("sizeof: " + sizeof(P2) + " " + sizeof(Mixed) + " " + sizeof(Packed) + " " + sizeof(Union) + " " + sizeof(Buf) + " " + sizeof(Nested) + " " + sizeof(decimal) + " " + sizeof(char) + " " + sizeof(bool));
        P2[] pts = new P2[4];
        for (int i = 0; i < 4; i++) { pts[i].X = i; pts[i].Y = i * i; }
        fixed (P2* pp = pts)
        {
            P2* q = pp + 2;
            q->X = 100;
            (*(q + 1)).Y = -9;
            int* raw = (int*)pp;
            raw[1] = 55; // pts[0].Y
            Console.WriteLine("via raw: " + raw[4] + " " + raw[5] + " diff " + (q - pp) + " bytes " + ((byte*)q - (byte*)pp));
        }
        Console.WriteLine("pts: " + pts[0].Y + " " + pts[2].X + " " + pts[3].Y);
        long[] ls = { 1, 2, 3, long.MaxValue / 2 };
        fixed (long* lp = ls) { Console.WriteLine("SumLongs " + SumLongs(lp, 3) + " last " + *(lp + 3)); *lp = -1; }
        Console.WriteLine("ls[0] " + ls[0]);
        double[] ds = { 1.5, 2.5, -3 };
        fixed (double* dp = &ds[0]) { Scale(dp, 3, 2); double* e = dp + 2; Console.WriteLine("scaled via ptr " + *e + " " + dp[1]); }
        Console.WriteLine("ds " + string.Join(",", ds));
        P2* sa = stackalloc P2[3];
        for (int i = 0; i < 3; i++) { sa[i].X = i + 1; sa[i].Y = -(i + 1); }
        int tot = 0; for (P2* it = sa; it < sa + 3; it++) tot += it->X * 10 + it->Y;
        Console.WriteLine("stackalloc structs total " + tot);
        long* sl = stackalloc long[5];
        for (int i = 0; i < 5; i++) sl[i] = 1L << (i * 10);
        Console.WriteLine("stackalloc long " + sl[4] + " sum " + SumLongs(sl, 5));
        int a = 1, b = 2; Swap(&a, &b); Console.WriteLine("swap " + a + b);
        Buf buf = new Buf();
        buf.Data[2] = 7; buf.Name[0] = 'h'; buf.Name[1] = 'i'; buf.Len = 2;
        int* bd = buf.Data;
        bd[3] = bd[2] * 3;
        Console.WriteLine("fixed buffer: " + buf.Data[3] + " " + new string(buf.Name, 0, buf.Len) + " " + buf.Data[0]);
        Buf copy = buf; copy.Data[0] = 99;
        Console.WriteLine("fixed buffer copy independent: " + buf.Data[0] + " " + copy.Data[0] + " " + copy.Data[3]);
        Union u = new Union(); u.F = 1.0f;
        Console.WriteLine("union: " + u.I.ToString("X8") + " b0 " + u.B0 + " b3 " + u.B3);
        u.I = 0; u.B3 = 0x40;
        Console.WriteLine("union float: " + u.F);
        Nested n = new Nested(); n.B.Y = 5;
        Nested* np = &n;
        np->A.X = 3; np->D = 2.5;
        int* nraw = (int*)np;
        Console.WriteLine("nested: " + nraw[0] + " " + nraw[3] + " " + n.A.X + " " + (*np).D);
        byte* bp = stackalloc byte[8];
        *(int*)bp = 0x01020304;
        *(short*)(bp + 4) = -2;
        Console.WriteLine("bytes: " + bp[0] + " " + bp[3] + " " + bp[4] + " " + bp[5] + " " + *(ushort*)(bp + 4));
        double dv = 1.0;
        long bits = *(long*)&dv;
        Console.WriteLine("double bits " + bits.ToString("X") + " " + BitConverter.DoubleToInt64Bits(dv).ToString("X"));
        char[] chars = "hello".ToCharArray();
        fixed (char* cp = chars) { for (char* c = cp; *c != 'l'; c++) *c = char.ToUpper(*c); }
        Console.WriteLine("chars " + new string(chars));
        string s = "immutable?";
        fixed (char* sp = s) { Console.WriteLine("string ptr " + sp[0] + sp[9] + " " + (int)sp[10]); }
        int* pnull = null;
        Console.WriteLine("null ptr " + (pnull == null) + " " + ((long)(pnull + 1)));
        int[,] md = new int[2, 3];
        fixed (int* mp = md) { for (int i = 0; i < 6; i++) mp[i] = i * 11; }
        Console.WriteLine("md via ptr " + md[1, 0] + " " + md[1, 2]);
        P2 local; local.X = 1; local.Y = 2;
        P2* lp2 = &local; lp2->Y += 40;
        Console.WriteLine("local via ptr " + local.Y + " compare " + (lp2 == &local) + " " + (lp2 + 1 > lp2));
        uint* up = stackalloc uint[2]; up[0] = uint.MaxValue; up[1] = 1;
        Console.WriteLine("ulong view " + *(ulong*)up);
    }
}
