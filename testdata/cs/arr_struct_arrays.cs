using System;

struct Particle
{
    public double X, V;
    public int Id;
    public void Step(double dt) { X += V * dt; if (X < 0 || X > 10) { V = -V; X = X < 0 ? -X : 20 - X; } }
}

struct Cell { public byte R, G, B; public override string ToString() { return R.ToString("X2") + G.ToString("X2") + B.ToString("X2"); } }

class Program
{
    static void Main()
    {
        var ps = new Particle[5];
        for (int i = 0; i < ps.Length; i++) { ps[i].Id = i; ps[i].X = i * 2; ps[i].V = (i - 2) * 1.5; }
        for (int step = 0; step < 6; step++)
        {
            for (int i = 0; i < ps.Length; i++) ps[i].Step(1);
            Console.Write("step " + step + ":");
            foreach (var p in ps) Console.Write(" " + p.Id + "@" + p.X.ToString("F1"));
            Console.WriteLine();
        }
        Array.Sort(ps, (a, b) => a.X.CompareTo(b.X));
        Console.Write("sorted by X:");
        foreach (var p in ps) Console.Write(" " + p.Id);
        Console.WriteLine();
        var img = new Cell[2, 3];
        for (int r = 0; r < 2; r++) for (int c = 0; c < 3; c++) { img[r, c].R = (byte)(r * 100); img[r, c].G = (byte)(c * 80); img[r, c].B = 255; }
        for (int r = 0; r < 2; r++) { for (int c = 0; c < 3; c++) Console.Write(img[r, c] + " "); Console.WriteLine(); }
        Cell[] row = new Cell[3];
        Array.Copy(new[] { new Cell { R = 1 }, new Cell { G = 2 }, new Cell { B = 3 } }, row, 3);
        Console.WriteLine("copied cells: " + string.Join(",", row));
        Cell[] cloned = (Cell[])row.Clone();
        cloned[0].R = 0xFF;
        Console.WriteLine("clone independent: " + row[0] + " vs " + cloned[0]);
        Array.Resize(ref row, 5);
        Console.WriteLine("resized cells: " + string.Join(",", row));
        int idx = Array.FindIndex(row, c => c.G == 2);
        Console.WriteLine("FindIndex G==2: " + idx);
        var kvs = new System.Collections.Generic.KeyValuePair<string, int>[] { new System.Collections.Generic.KeyValuePair<string, int>("b", 2), new System.Collections.Generic.KeyValuePair<string, int>("a", 1) };
        Array.Sort(kvs, (x, y) => string.CompareOrdinal(x.Key, y.Key));
        Console.WriteLine("sorted kvs: " + string.Join(" ", kvs));
        Array.Reverse(ps);
        Console.Write("reversed ids:");
        foreach (var p in ps) Console.Write(" " + p.Id);
        Console.WriteLine();
        Array.Clear(ps, 0, 2);
        Console.WriteLine("cleared first two: " + ps[0].Id + " " + ps[0].X + " " + ps[1].V + " third id " + ps[2].Id);
        var dec = new decimal[] { 1.1m, 2.2m, 3.3m };
        decimal sum = 0;
        foreach (var d in dec) sum += d;
        Console.WriteLine("decimal array sum=" + sum);
        var nullableArr = new int?[] { 1, null, 3 };
        Console.WriteLine("nullable array: " + string.Join(",", nullableArr) + " idx of null " + Array.IndexOf(nullableArr, null));
    }
}
