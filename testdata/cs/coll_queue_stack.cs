using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        var q = new Queue<string>();
        q.Enqueue("a"); q.Enqueue("b"); q.Enqueue("c");
        Console.WriteLine("queue: " + string.Join(",", q) + " count=" + q.Count + " peek=" + q.Peek());
        Console.WriteLine("dequeue " + q.Dequeue() + " " + q.Dequeue());
        q.Enqueue("d"); q.Enqueue("e"); q.Enqueue("f"); q.Enqueue("g");
        Console.WriteLine("wrapped queue: " + string.Join(",", q) + " Contains(e)=" + q.Contains("e") + " ToArray[0]=" + q.ToArray()[0]);
        while (q.Count > 0) Console.Write(q.Dequeue() + " ");
        Console.WriteLine();
        try { q.Dequeue(); } catch (InvalidOperationException e) { Console.WriteLine("empty dequeue: " + e.Message); }
        var s = new Stack<int>();
        for (int i = 1; i <= 5; i++) s.Push(i * i);
        Console.WriteLine("stack enumerates top-first: " + string.Join(",", s) + " peek=" + s.Peek() + " count=" + s.Count);
        Console.WriteLine("pop " + s.Pop() + " " + s.Pop() + " contains 4=" + s.Contains(4) + " ToArray=" + string.Join(",", s.ToArray()));
        s.Clear();
        Console.WriteLine("cleared count=" + s.Count);
        try { s.Peek(); } catch (InvalidOperationException e) { Console.WriteLine("empty peek: " + e.Message); }
        var fromList = new Stack<char>("abc");
        Console.WriteLine("stack from IEnumerable: " + new string(fromList.ToArray()));
        var fromArr = new Queue<int>(new[] { 3, 1, 2 });
        Console.WriteLine("queue from IEnumerable: " + string.Join(",", fromArr));
        Console.WriteLine("balanced brackets:");
        foreach (string t in new[] { "([]{})", "([)]", "((()", "", "{[()()]}", "}" }) Console.WriteLine("  \"" + t + "\" -> " + Balanced(t));
        Console.WriteLine("RPN:");
        foreach (string e in new[] { "3 4 + 2 *", "5 1 2 + 4 * + 3 -", "2 3 4 * +" }) Console.WriteLine("  " + e + " = " + Rpn(e));
        Console.WriteLine("BFS shortest path on grid:");
        string[] grid = { "S.#.....", ".##.###.", "....#...", ".##...#E" };
        Console.WriteLine("  steps=" + Bfs(grid));
        var hot = new Queue<int>();
        for (int i = 0; i < 1000; i++) { hot.Enqueue(i); if (hot.Count > 10) hot.Dequeue(); }
        Console.WriteLine("sliding window queue: " + string.Join(",", hot));
        var undo = new Stack<string>();
        var redo = new Stack<string>();
        string doc = "";
        foreach (var op in new[] { "+a", "+b", "+c", "undo", "undo", "redo", "+d", "redo", "undo" })
        {
            if (op == "undo") { if (undo.Count > 0) { redo.Push(doc); doc = undo.Pop(); } }
            else if (op == "redo") { if (redo.Count > 0) { undo.Push(doc); doc = redo.Pop(); } }
            else { undo.Push(doc); redo.Clear(); doc += op.Substring(1); }
            Console.WriteLine("  " + op.PadRight(5) + " -> \"" + doc + "\" undo=" + undo.Count + " redo=" + redo.Count);
        }
    }

    static bool Balanced(string t)
    {
        var st = new Stack<char>();
        foreach (char c in t)
        {
            if ("([{".IndexOf(c) >= 0) st.Push(c);
            else
            {
                if (st.Count == 0) return false;
                char o = st.Pop();
                if ("([{".IndexOf(o) != ")]}".IndexOf(c)) return false;
            }
        }
        return st.Count == 0;
    }

    static int Rpn(string e)
    {
        var st = new Stack<int>();
        foreach (var tok in e.Split(' '))
        {
            switch (tok)
            {
                case "+": st.Push(st.Pop() + st.Pop()); break;
                case "*": st.Push(st.Pop() * st.Pop()); break;
                case "-": { int b = st.Pop(); st.Push(st.Pop() - b); break; }
                default: st.Push(int.Parse(tok)); break;
            }
        }
        return st.Pop();
    }

    static int Bfs(string[] g)
    {
        int R = g.Length, C = g[0].Length;
        var dist = new int[R, C];
        for (int i = 0; i < R; i++) for (int j = 0; j < C; j++) dist[i, j] = -1;
        var q = new Queue<KeyValuePair<int, int>>();
        q.Enqueue(new KeyValuePair<int, int>(0, 0));
        dist[0, 0] = 0;
        int[] dr = { 1, -1, 0, 0 }, dc = { 0, 0, 1, -1 };
        while (q.Count > 0)
        {
            var p = q.Dequeue();
            if (g[p.Key][p.Value] == 'E') return dist[p.Key, p.Value];
            for (int k = 0; k < 4; k++)
            {
                int nr = p.Key + dr[k], nc = p.Value + dc[k];
                if (nr < 0 || nc < 0 || nr >= R || nc >= C || g[nr][nc] == '#' || dist[nr, nc] >= 0) continue;
                dist[nr, nc] = dist[p.Key, p.Value] + 1;
                q.Enqueue(new KeyValuePair<int, int>(nr, nc));
            }
        }
        return -1;
    }
}
