using System;

class Program
{
    static void Main()
    {
        int[][] tri = new int[6][];
        for (int i = 0; i < tri.Length; i++)
        {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++) tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        foreach (int[] row in tri) Console.WriteLine(new string(' ', (6 - row.Length) * 2) + string.Join("   ", row));
        int[][] init = { new[] { 1 }, new[] { 2, 3 }, new int[0], null };
        Console.WriteLine("lengths: " + init[0].Length + " " + init[1].Length + " " + init[2].Length + " null row: " + (init[3] == null));
        try { Console.WriteLine(init[3][0]); } catch (NullReferenceException e) { Console.WriteLine("null row access: " + e.GetType().Name); }
        try { Console.WriteLine(init[2][0]); } catch (IndexOutOfRangeException e) { Console.WriteLine("empty row access: " + e.GetType().Name); }
        string[][] words = { "the quick".Split(' '), "brown fox jumps".Split(' ') };
        foreach (var ws in words) Console.WriteLine(ws.Length + ": " + string.Join("/", ws));
        int[][][] deep = new int[2][][];
        deep[0] = new int[2][];
        deep[0][1] = new[] { 7, 8, 9 };
        Console.WriteLine("3-level jagged: " + deep[0][1][2] + " type " + deep.GetType().Name);
        int[][] copy = (int[][])tri.Clone();
        copy[5][2] = -1;
        copy[0] = new[] { 42 };
        Console.WriteLine("shallow clone: tri[5][2]=" + tri[5][2] + " tri[0][0]=" + tri[0][0] + " copy[0][0]=" + copy[0][0]);
        int[,][] mixed = new int[2, 2][];
        mixed[1, 1] = new[] { 5, 6 };
        Console.WriteLine("array of arrays in 2D: " + mixed[1, 1][1] + " null: " + (mixed[0, 0] == null) + " type " + mixed.GetType().Name);
        int[][,] mixed2 = new int[2][,];
        mixed2[0] = new int[2, 3];
        mixed2[0][1, 2] = 12;
        Console.WriteLine("jagged of 2D: " + mixed2[0][1, 2] + " type " + mixed2.GetType().Name);
        char[][] grid = new char[3][];
        for (int i = 0; i < 3; i++) grid[i] = ("row" + i).ToCharArray();
        grid[1][0] = 'R';
        foreach (var r in grid) Console.WriteLine(new string(r));
        int sum = 0;
        foreach (var row in tri) foreach (var v in row) sum += v;
        Console.WriteLine("sum of triangle=" + sum);
        Array.Sort(words[1]);
        Console.WriteLine("sorted inner: " + string.Join(",", words[1]));
        Array.Sort(init, 0, 3, System.Collections.Generic.Comparer<int[]>.Create((x, y) => y.Length.CompareTo(x.Length)));
        Console.WriteLine("rows sorted by length desc: " + init[0].Length + "," + init[1].Length + "," + init[2].Length);
    }
}
