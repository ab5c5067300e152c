// mcs-flags: -unsafe
using System;

unsafe struct Packet
{
    public fixed byte Payload[16];
    public int Length;
    public void Write(string s)
    {
        Length = Math.Min(s.Length, 16);
        fixed (byte* p = Payload) for (int i = 0; i < Length; i++) p[i] = (byte)s[i];
    }
    public string Read()
    {
        var chars = new char[Length];
        fixed (byte* p = Payload) for (int i = 0; i < Length; i++) chars[i] = (char)p[i];
        return new string(chars);
    }
}

unsafe class Program
{
    static void Swap(int* a, int* b) { int t = *a; *a = *b; *b = t; }

    static void Reverse(char* s, int n)
    {
        for (int i = 0, j = n - 1; i < j; i++, j--) { char t = s[i]; s[i] = s[j]; s[j] = t; }
    }

    static void Main()
    {
        var pk = new Packet();
        pk.Write("Hello, pointers!!extra");
        Console.WriteLine("packet length=" + pk.Length + " content=" + pk.Read());
        int a = 1, b = 2;
        Swap(&a, &b);
        Console.WriteLine("swapped: " + a + " " + b);
        char[] text = "stressed".ToCharArray();
        fixed (char* p = text) Reverse(p, text.Length);
        Console.WriteLine("reversed: " + new string(text));
        int[,] grid = new int[3, 3];
        fixed (int* g = grid) for (int i = 0; i < 9; i++) g[i] = i * i;
        Console.WriteLine("2D array via flat pointer: " + grid[1, 1] + " " + grid[2, 2] + " " + grid[0, 2]);
        int* primes = stackalloc int[20];
        int count = 0;
        for (int n = 2; count < 20; n++)
        {
            bool ok = true;
            for (int k = 0; k < count && primes[k] * primes[k] <= n; k++) if (n % primes[k] == 0) { ok = false; break; }
            if (ok) primes[count++] = n;
        }
        Console.Write("primes in stackalloc:");
        for (int i = 0; i < count; i++) Console.Write(" " + primes[i]);
        Console.WriteLine();
        byte[] data = { 0x78, 0x56, 0x34, 0x12, 0xEF, 0xCD, 0xAB, 0x89 };
        fixed (byte* d = data)
        {
            uint* u = (uint*)d;
            Console.WriteLine("reinterpret bytes as uints: " + u[0].ToString("X8") + " " + u[1].ToString("X8"));
            short* sh = (short*)d;
            Console.WriteLine("as shorts: " + sh[0] + " " + sh[3]);
        }
        int[] src = { 5, 6, 7, 8 }, dst = new int[4];
        fixed (int* ps = src, pd = dst) { for (int i = 0; i < 4; i++) *(pd + i) = *(ps + 3 - i); }
        Console.WriteLine("copied reversed: " + string.Join(",", dst));
        long counter = 0;
        long* pc = &counter;
        for (int i = 0; i < 1000; i++) (*pc) += i;
        Console.WriteLine("counter via pointer: " + counter);
        int* arr2 = stackalloc int[5];
        int* it = arr2;
        *it++ = 10; *it++ = 20; *it = 30;
        Console.WriteLine("post-increment writes: " + arr2[0] + " " + arr2[1] + " " + arr2[2] + " offset " + (it - arr2));
    }
}
