using System;

class Program
{
    static int Search(int[,] grid, int target, out int row, out int col)
    {
        int steps = 0;
        for (row = 0; row < grid.GetLength(0); row++)
            for (col = 0; col < grid.GetLength(1); col++)
            {
                steps++;
                if (grid[row, col] == target) goto found;
            }
        row = col = -1;
        return -steps;
    found:
        return steps;
    }

    static void Main()
    {
        int i = 0;
    loop:
        Console.WriteLine("goto loop i=" + i);
        i++;
        if (i < 4) goto loop;

        int[,] grid = new int[4, 5];
        for (int r = 0; r < 4; r++) for (int c = 0; c < 5; c++) grid[r, c] = r * 10 + c;
        int row, col;
        int s = Search(grid, 23, out row, out col);
        Console.WriteLine("found 23 at " + row + "," + col + " steps=" + s);
        s = Search(grid, 99, out row, out col);
        Console.WriteLine("99: " + row + "," + col + " steps=" + s);

        // state machine via goto
        string input = "aabbbcaab";
        int pos = 0, aCount = 0, bCount = 0, other = 0;
    next:
        if (pos >= input.Length) goto done;
        char ch = input[pos++];
        if (ch == 'a') goto isA;
        if (ch == 'b') goto isB;
        other++;
        goto next;
    isA:
        aCount++;
        goto next;
    isB:
        bCount++;
        goto next;
    done:
        Console.WriteLine("a=" + aCount + " b=" + bCount + " other=" + other);

        // goto out of nested loops inside try/finally
        try
        {
            for (int a = 0; a < 5; a++)
            {
                for (int b = 0; b < 5; b++)
                {
                    if (a * b == 6) { Console.WriteLine("leaving at a=" + a + " b=" + b); goto after; }
                }
            }
            Console.WriteLine("not reached");
        }
        finally
        {
            Console.WriteLine("finally runs on goto");
        }
    after:
        Console.WriteLine("after label");

        // backward goto with counter and switch
        int n = 0;
    again:
        switch (n)
        {
            case 0: Console.WriteLine("n=0"); n = 2; goto again;
            case 2: Console.WriteLine("n=2"); n = 5; goto again;
            case 5: Console.WriteLine("n=5"); break;
        }
        for (int t = 0; t < 3; t++)
        {
            if (t == 1) goto skip;
            Console.WriteLine("t=" + t + " body");
        skip:
            Console.WriteLine("t=" + t + " end");
        }
    }
}
