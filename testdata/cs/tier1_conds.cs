// Branch conditions of tier-1 code: every comparison against a constant
// and against a variable, loops counting up with < and <=, and loops to an
// array's and a string's length, each taken and not taken, with values
// around the boundaries (including int.MinValue and int.MaxValue).
using System;

static class Conds
{
    static int VsConst(int x)
    {
        int r = 0;
        if (x < 5) r |= 1;
        if (x >= 5) r |= 2;
        if (x <= 5) r |= 4;
        if (x > 5) r |= 8;
        if (x == 5) r |= 16;
        if (x != 5) r |= 32;
        if (x < -3) r |= 64;
        if (x > -3) r |= 128;
        return r;
    }

    static int VsVar(int x, int y)
    {
        int r = 0;
        if (x < y) r |= 1;
        if (x >= y) r |= 2;
        if (x <= y) r |= 4;
        if (x > y) r |= 8;
        if (x == y) r |= 16;
        if (x != y) r |= 32;
        return r;
    }

    static long Loops(int n, int[] a, string s)
    {
        long sum = 0;
        for (int i = 0; i < n; i++) sum += i;
        for (int i = 0; i <= n; i++) sum += 2 * i;
        for (int i = 0; i < 7; i++) sum += 3;
        for (int i = -2; i <= 7; i++) sum += i;
        for (int i = 0; i < a.Length; i++) sum += a[i];
        for (int i = 0; i < s.Length; i++) sum += s[i];
        for (int i = 0; i <= s.Length; i++) sum += 2;
        for (int i = 0; i <= a.Length; i++) sum += 3;
        int j = 0;
        while (j < a.Length) { sum += 5; j++; }
        // Loop tests as compiled (the branch back tests the condition as
        // written): against constants and against a variable.
        int lim = 3, k = n;
        while (k > 0) { sum += k; k--; }
        k = n;
        while (k >= 1) { sum += 7; k -= 2; }
        k = 0;
        while (k != n) { sum += 1; k++; }
        k = n;
        while (k > lim) { sum += 11; k--; }
        k = n;
        while (k >= lim) { sum += 13; k -= 3; }
        k = 0;
        do { sum += 17; k++; } while (k == 1);
        k = 0;
        do { sum += 19; k++; } while (k != 4);
        k = -1;
        do { sum += 23; k++; } while (k < lim);
        k = -1;
        do { sum += 29; k++; } while (k <= lim);
        k = 0;
        do { sum += 31; k++; } while (k == lim - 2);
        k = 5;
        do { sum += 37; k--; } while (k != lim);
        // Unsigned conditions (no dispatch code of their own).
        for (uint u = 0; u < (uint)n; u++) sum += 41;
        for (uint u = 1; u <= 3u; u++) sum += 43;
        uint w = (uint)n;
        while (w > 2u) { sum += 47; w--; }
        return sum;
    }

    static int Main()
    {
        int[] xs = { int.MinValue, -4, -3, -2, 0, 4, 5, 6, 100, int.MaxValue };
        for (int round = 0; round < 3; round++)
        {
            string line = "";
            foreach (int x in xs) line += VsConst(x) + " ";
            Console.WriteLine("const " + line);
            line = "";
            foreach (int x in xs)
                foreach (int y in xs) line += VsVar(x, y) + ",";
            Console.WriteLine("var " + line);
            Console.WriteLine("loops " + Loops(0, new int[0], "") + " " + Loops(1, new[] { 7 }, "a") + " " + Loops(10, new[] { 1, 2, 3 }, "hello"));
        }
        return 0;
    }
}
