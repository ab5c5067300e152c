// mcs-flags: -unsafe
using System;

struct Vec { public int X, Y; }

unsafe class Program
{
    static void Fill(int* p, int n, int v) { for (int i = 0; i < n; i++) p[i] = v + i; }
    static int Sum(int* p, int n) { int s = 0; for (int* q = p; q < p + n; q++) s += *q; return s; }

    static void Main()
    {
        int x = 10;
        int* px = &x;
        *px = 20;
        Console.WriteLine("x via pointer: " + x + " *px=" + *px);
        (*px)++;
        Console.WriteLine("after (*px)++: " + x);
        int* buf = stackalloc int[8];
        Fill(buf, 8, 100);
        Console.WriteLine("stackalloc sum=" + Sum(buf, 8) + " buf[3]=" + buf[3] + " *(buf+5)=" + *(buf + 5));
        int[] arr = { 1, 2, 3, 4, 5 };
        fixed (int* pa = arr)
        {
            for (int i = 0; i < arr.Length; i++) pa[i] *= 10;
            int* end = pa + arr.Length;
            Console.WriteLine("pointer difference: " + (end - pa));
        }
        Console.WriteLine("array after fixed: " + string.Join(",", arr));
        string s = "hello";
        fixed (char* pc = s)
        {
            int code = 0;
            for (char* c = pc; *c != '\0'; c++) code += *c;
            Console.WriteLine("sum of chars via fixed string: " + code);
        }
        Vec v = new Vec { X = 1, Y = 2 };
        Vec* pv = &v;
        pv->X = 100;
        pv->Y += 5;
        Console.WriteLine("struct via pointer: " + v.X + "," + v.Y + " sizeof(Vec)=" + sizeof(Vec));
        Console.WriteLine("sizeof: int=" + sizeof(int) + " long=" + sizeof(long) + " char=" + sizeof(char) + " byte=" + sizeof(byte) + " double=" + sizeof(double) + " decimal=" + sizeof(decimal) + " bool=" + sizeof(bool));
        long l = 0x0102030405060708;
        byte* pb = (byte*)&l;
        Console.Write("bytes of long (little endian):");
        for (int i = 0; i < 8; i++) Console.Write(" " + pb[i]);
        Console.WriteLine();
        float f = 1.0f;
        int bits = *(int*)&f;
        Console.WriteLine("float bits: " + bits.ToString("X8"));
        double* dp = stackalloc double[3];
        dp[0] = 1.5; dp[1] = 2.5; dp[2] = dp[0] * dp[1];
        Console.WriteLine("double stackalloc: " + dp[2]);
        void* vp = px;
        int* back = (int*)vp;
        Console.WriteLine("void* round trip: " + *back);
        Console.WriteLine("null pointer == null: " + ((int*)null == null));
        int* p1 = buf + 2, p2 = buf + 6;
        Console.WriteLine("pointer compare: " + (p1 < p2) + " " + (p1 == p2) + " diff " + (p2 - p1));
        byte* bb = stackalloc byte[4];
        for (int i = 0; i < 4; i++) bb[i] = (byte)(0xA0 + i);
        Console.WriteLine("uint from bytes: " + (*(uint*)bb).ToString("X8"));
    }
}
