using System;

class Program
{
    static void Swap(int[] a, int i, int j) { int t = a[i]; a[i] = a[j]; a[j] = t; }
    static void BubbleSort(int[] a) { for (int i = 0; i < a.Length; i++) for (int j = 0; j + 1 < a.Length - i; j++) if (a[j] > a[j + 1]) Swap(a, j, j + 1); }
    static void QuickSort(int[] a, int lo, int hi)
    {
        if (lo >= hi) return;
        int p = a[(lo + hi) / 2], i = lo, j = hi;
        while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) Swap(a, i++, j--); }
        QuickSort(a, lo, j); QuickSort(a, i, hi);
    }
    static int[] MergeSort(int[] a)
    {
        if (a.Length <= 1) return a;
        int mid = a.Length / 2;
        int[] l = new int[mid], r = new int[a.Length - mid];
        Array.Copy(a, l, mid); Array.Copy(a, mid, r, 0, r.Length);
        l = MergeSort(l); r = MergeSort(r);
        int[] res = new int[a.Length];
        int x = 0, y = 0, k = 0;
        while (x < l.Length && y < r.Length) res[k++] = l[x] <= r[y] ? l[x++] : r[y++];
        while (x < l.Length) res[k++] = l[x++];
        while (y < r.Length) res[k++] = r[y++];
        return res;
    }
    static void CountingSort(int[] a, int max)
    {
        int[] counts = new int[max + 1];
        foreach (int v in a) counts[v]++;
        int k = 0;
        for (int v = 0; v <= max; v++) while (counts[v]-- > 0) a[k++] = v;
    }
    static int BinarySearch(int[] a, int t) { int lo = 0, hi = a.Length - 1; while (lo <= hi) { int m = (lo + hi) >> 1; if (a[m] == t) return m; if (a[m] < t) lo = m + 1; else hi = m - 1; } return -(lo + 1); }

    static void Main()
    {
        var rnd = new Random(31337);
        int[] data = new int[30];
        for (int i = 0; i < data.Length; i++) data[i] = rnd.Next(100);
        Console.WriteLine("data:     " + string.Join(" ", data));
        int[] b = (int[])data.Clone(); BubbleSort(b);
        int[] q = (int[])data.Clone(); QuickSort(q, 0, q.Length - 1);
        int[] m = MergeSort((int[])data.Clone());
        int[] c = (int[])data.Clone(); CountingSort(c, 99);
        int[] s = (int[])data.Clone(); Array.Sort(s);
        Console.WriteLine("bubble:   " + string.Join(" ", b));
        Console.WriteLine("all sorts agree: " + (string.Join(",", b) == string.Join(",", q) && string.Join(",", q) == string.Join(",", m) && string.Join(",", m) == string.Join(",", c) && string.Join(",", c) == string.Join(",", s)));
        foreach (int t in new[] { s[0], s[15], s[29], 50, -1, 100 })
            Console.WriteLine("search " + t + ": mine=" + (BinarySearch(s, t) >= 0) + " Array.BinarySearch found=" + (Array.BinarySearch(s, t) >= 0));
        int[] big = new int[20000];
        for (int i = 0; i < big.Length; i++) big[i] = rnd.Next();
        int[] big2 = (int[])big.Clone();
        QuickSort(big, 0, big.Length - 1);
        Array.Sort(big2);
        bool same = true;
        for (int i = 0; i < big.Length; i++) if (big[i] != big2[i]) { same = false; break; }
        Console.WriteLine("20000 random quicksort == Array.Sort: " + same + " min=" + big[0] + " max=" + big[big.Length - 1]);
        int[] rotated = { 15, 18, 22, 3, 6, 9, 12 };
        int lo = 0, hi = rotated.Length - 1;
        while (lo < hi) { int mid = (lo + hi) / 2; if (rotated[mid] > rotated[hi]) lo = mid + 1; else hi = mid; }
        Console.WriteLine("rotation point index " + lo + " value " + rotated[lo]);
        int[] dups = { 1, 2, 2, 2, 3, 5, 5, 8 };
        Console.WriteLine("Array.IndexOf first 2=" + Array.IndexOf(dups, 2) + " LastIndexOf 5=" + Array.LastIndexOf(dups, 5) + " FindIndex >4=" + Array.FindIndex(dups, x => x > 4));
        int[] kadane = { -2, 1, -3, 4, -1, 2, 1, -5, 4 };
        int best = int.MinValue, cur = 0, start = 0, bs = 0, be = 0;
        for (int i = 0; i < kadane.Length; i++) { if (cur <= 0) { cur = kadane[i]; start = i; } else cur += kadane[i]; if (cur > best) { best = cur; bs = start; be = i; } }
        Console.WriteLine("max subarray sum " + best + " at [" + bs + ".." + be + "]");
    }
}
