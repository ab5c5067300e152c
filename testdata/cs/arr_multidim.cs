using System;

class Program
{
    static void Main()
    {
        int[,] m = new int[3, 4];
        for (int r = 0; r < m.GetLength(0); r++)
            for (int c = 0; c < m.GetLength(1); c++)
                m[r, c] = r * 10 + c;
        Console.WriteLine("Rank=" + m.Rank + " Length=" + m.Length + " GetLength(0)=" + m.GetLength(0) + " GetLength(1)=" + m.GetLength(1));
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 4; c++) Console.Write(string.Format("{0,4}", m[r, c]));
            Console.WriteLine();
        }
        Console.Write("foreach over [,] (row-major):");
        foreach (int v in m) Console.Write(" " + v);
        Console.WriteLine();
        int[,] init = { { 1, 2, 3 }, { 4, 5, 6 } };
        Console.WriteLine("initializer: " + init[1, 2] + " length " + init.Length + " dims " + init.GetLength(0) + "x" + init.GetLength(1));
        int[,] t = Transpose(init);
        Console.WriteLine("transpose dims " + t.GetLength(0) + "x" + t.GetLength(1) + ": " + Flatten(t));
        int[,] prod = Multiply(init, t);
        Console.WriteLine("init x transpose: " + Flatten(prod));
        int[,,] cube = new int[2, 3, 4];
        int n = 0;
        for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) for (int k = 0; k < 4; k++) cube[i, j, k] = n++;
        Console.WriteLine("3D Rank=" + cube.Rank + " Length=" + cube.Length + " dims " + cube.GetLength(0) + "," + cube.GetLength(1) + "," + cube.GetLength(2) + " cube[1,2,3]=" + cube[1, 2, 3] + " cube[1,0,2]=" + cube[1, 0, 2]);
        int sum = 0;
        foreach (int v in cube) sum += v;
        Console.WriteLine("3D sum=" + sum);
        int[,,] init3 = { { { 1, 2 }, { 3, 4 } }, { { 5, 6 }, { 7, 8 } } };
        Console.WriteLine("3D initializer [1,0,1]=" + init3[1, 0, 1]);
        try { m[3, 0] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine("m[3,0]: " + e.GetType().Name); }
        try { m[0, -1] = 1; } catch (IndexOutOfRangeException e) { Console.WriteLine("m[0,-1]: " + e.GetType().Name); }
        string[,] names = new string[2, 2];
        names[0, 1] = "x";
        Console.WriteLine("string[,] defaults null: " + (names[0, 0] == null) + " set: " + names[0, 1]);
        double[,] dm = { { 1.5, 2.5 }, { 3.5, 4.5 } };
        dm[1, 1] *= 2;
        dm[0, 0]++;
        Console.WriteLine("double[,]: " + dm[0, 0] + " " + dm[1, 1]);
        int[,] cl = (int[,])init.Clone();
        cl[0, 0] = 99;
        Console.WriteLine("clone independent: " + init[0, 0] + " " + cl[0, 0]);
        Console.WriteLine("type names: " + m.GetType().Name + " " + cube.GetType().Name + " " + names.GetType().Name);
        char[,] board = new char[3, 3];
        for (int i = 0; i < 3; i++) for (int j = 0; j < 3; j++) board[i, j] = '.';
        board[0, 0] = 'X'; board[1, 1] = 'O'; board[2, 2] = 'X'; board[0, 2] = 'O';
        for (int i = 0; i < 3; i++) { for (int j = 0; j < 3; j++) Console.Write(board[i, j]); Console.WriteLine(); }
        Array.Clear(m, 0, 5);
        Console.WriteLine("after Array.Clear(m,0,5): " + Flatten(m));
        long[,] lm = new long[2, 2];
        lm[1, 0] = long.MaxValue;
        Console.WriteLine("long[,]: " + lm[1, 0]);
        int[,] zeroDim = new int[0, 5];
        Console.WriteLine("0x5 length=" + zeroDim.Length + " GetLength(1)=" + zeroDim.GetLength(1));
        var life = new bool[6, 6];
        life[1, 2] = life[2, 3] = life[3, 1] = life[3, 2] = life[3, 3] = true;
        for (int gen = 0; gen < 4; gen++) life = Step(life);
        Console.WriteLine("glider after 4 gens:");
        for (int i = 0; i < 6; i++) { for (int j = 0; j < 6; j++) Console.Write(life[i, j] ? '#' : '.'); Console.WriteLine(); }
    }

    static bool[,] Step(bool[,] g)
    {
        int R = g.GetLength(0), C = g.GetLength(1);
        var ng = new bool[R, C];
        for (int i = 0; i < R; i++)
            for (int j = 0; j < C; j++)
            {
                int cnt = 0;
                for (int di = -1; di <= 1; di++)
                    for (int dj = -1; dj <= 1; dj++)
                    {
                        if (di == 0 && dj == 0) continue;
                        int ni = (i + di + R) % R, nj = (j + dj + C) % C;
                        if (g[ni, nj]) cnt++;
                    }
                ng[i, j] = g[i, j] ? (cnt == 2 || cnt == 3) : cnt == 3;
            }
        return ng;
    }

    static int[,] Transpose(int[,] a)
    {
        var t = new int[a.GetLength(1), a.GetLength(0)];
        for (int i = 0; i < a.GetLength(0); i++) for (int j = 0; j < a.GetLength(1); j++) t[j, i] = a[i, j];
        return t;
    }
    static int[,] Multiply(int[,] a, int[,] b)
    {
        var r = new int[a.GetLength(0), b.GetLength(1)];
        for (int i = 0; i < a.GetLength(0); i++)
            for (int j = 0; j < b.GetLength(1); j++)
                for (int k = 0; k < a.GetLength(1); k++)
                    r[i, j] += a[i, k] * b[k, j];
        return r;
    }
    static string Flatten(int[,] a)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = 0; i < a.GetLength(0); i++)
        {
            sb.Append("[");
            for (int j = 0; j < a.GetLength(1); j++) sb.Append(j > 0 ? "," : "").Append(a[i, j]);
            sb.Append("]");
        }
        return sb.ToString();
    }
}
