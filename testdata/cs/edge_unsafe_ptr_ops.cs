// mcs-flags: -unsafe
using System;

class Box { public int A; public long B; public double C; public int[] Arr = { 10, 20, 30 }; }
struct S3 { public byte X, Y, Z; }
struct Node { public int Val; public int Next; }

unsafe class Program
{
    static int Sum(int* p, int n) { int s = 0; while (n-- > 0) s += *p++; return s; }
    static void Fill<T>(T[] arr, T v) { for (int i = 0; i < arr.Length; i++) arr[i] = v; }
    static void Main()
    {
        var box = new Box();
        fixed (int* pa = &box.A) { *pa = 7; }
        fixed (long* pb = &box.B) { *pb = -1; *(int*)pb = 0; }
        fixed (double* pc = &box.C) { *pc = 2.5; *pc *= 2; }
        fixed (int* parr = &box.Arr[1]) { parr[-1] += 1; parr[1] += 2; }
        Console.WriteLine("class fields via fixed: " + box.A + " " + box.B + " " + box.C + " " + string.Join(",", box.Arr));
        int x = 5, y = 6;
        int* px = &x, py = &y;
        int** pp = &px;
        **pp = 50;
        *pp = py;
        **pp = 60;
        Console.WriteLine("ptr to ptr: " + x + " " + y + " " + (*pp == py) + " " + (px == &y));
        int* a1 = &x, a2 = &x;
        Console.WriteLine("same address eq: " + (a1 == a2) + " " + (a1 == &x) + " ne: " + (a1 != &y) + " le: " + (a1 <= a2));
        int[] data = { 1, 2, 3, 4, 5, 6 };
        fixed (int* d = data)
        {
            int* end = d + data.Length;
            int* mid = d + 3;
            Console.WriteLine("compare: " + (mid > d) + " " + (mid < end) + " " + (end - d) + " " + (d - mid) + " sum " + Sum(d, 6) + " " + Sum(mid, 3));
            long addrDiff = (long)end - (long)d;
            Console.WriteLine("addr diff bytes " + addrDiff);
            int* back = (int*)((byte*)d + 8);
            Console.WriteLine("byte-step " + *back);
            IntPtr ip = (IntPtr)mid;
            int* again = (int*)ip;
            Console.WriteLine("IntPtr roundtrip " + *again + " " + (again == mid));
            d[0] = *mid++ + *mid;
            Console.WriteLine("post-inc deref " + d[0] + " mid now " + *mid);
            (*d)++;
            Console.WriteLine("(*d)++ " + data[0]);
        }
        S3* s = stackalloc S3[4];
        for (int i = 0; i < 4; i++) { s[i].X = (byte)i; s[i].Y = (byte)(i * 2); s[i].Z = (byte)(i * 3); }
        byte* raw = (byte*)s;
        Console.WriteLine("S3 layout: sizeof=" + sizeof(S3) + " raw[3..5]=" + raw[3] + "," + raw[4] + "," + raw[5] + " raw[11]=" + raw[11]);
        Node* nodes = stackalloc Node[5];
        for (int i = 0; i < 5; i++) { nodes[i].Val = i * i; nodes[i].Next = (i + 2) % 5; }
        int idx = 0, total = 0;
        for (int steps = 0; steps < 5; steps++) { total += nodes[idx].Val; idx = nodes[idx].Next; }
        Console.WriteLine("linked in stackalloc: " + total);
        long* lp = stackalloc long[3];
        lp[0] = long.MinValue; lp[1] = -1; lp[2] = long.MaxValue;
        ulong* ulp = (ulong*)lp;
        Console.WriteLine("reinterpret long/ulong: " + ulp[0] + " " + ulp[1] + " " + ulp[2]);
        double* dp = (double*)lp;
        dp[1] = -0.0;
        Console.WriteLine("double bits: " + lp[1].ToString("X"));
        float* fp = (float*)lp;
        fp[0] = 1f; fp[1] = -2f;
        Console.WriteLine("floats in long: " + lp[0].ToString("X16"));
        short* sp = (short*)(lp + 2);
        Console.WriteLine("shorts of max: " + sp[0] + " " + sp[3]);
        char* cs = stackalloc char[4];
        cs[0] = 'A'; cs[1] = (char)0x263A; cs[2] = '\0';
        int len = 0; while (cs[len] != 0) len++;
        Console.WriteLine("char stackalloc len " + len + " code " + (int)cs[1]);
        void* vp = lp;
        Console.WriteLine("void* cast: " + ((long*)vp)[2]);
        int* nul = null;
        try { int v = *nul; Console.WriteLine("deref null read " + v); }
        catch (NullReferenceException) { Console.WriteLine("deref null -> NRE"); }
        int[] big = new int[1000];
        Fill(big, 3);
        fixed (int* b = big) { int* q = b; for (int i = 0; i < 1000; i++) *q++ += i; Console.WriteLine("big sum " + Sum(b, 1000)); }
        string str = "hello";
        fixed (char* c = str) { int h = 0; for (char* q = c; *q != 0; q++) h = h * 31 + *q; Console.WriteLine("string hash-ish " + h); }
        int[] empty = new int[0];
        fixed (int* e = empty) { Console.WriteLine("fixed empty array null: " + (e == null)); }
        int[] nularr = null;
        fixed (int* e = nularr) { Console.WriteLine("fixed null array null: " + (e == null)); }
        bool* bp = stackalloc bool[2];
        *(byte*)bp = 1; 
        Console.WriteLine("bool via byte: " + bp[0] + " " + bp[1]);
        decimal dec = 1.5m;
        decimal* decp = &dec;
        *decp += 1;
        int* di = (int*)decp;
        Console.WriteLine("decimal via ptr: " + dec + " sizeof " + sizeof(decimal));
    }
}
