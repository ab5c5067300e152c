using System;

class Program
{
    static int Classify(string s)
    {
        switch (s)
        {
            case "apple": return 1;
            case "banana": return 2;
            case "cherry": return 3;
            case "": return 0;
            case null: return -1;
            case "Apple": return 11;
            case "date": case "elderberry": case "fig": return 4;
            case "grape": return 5;
            case "honeydew": return 6;
            case "kiwi": return 7;
            case "lemon": return 8;
            default: return 99;
        }
    }

    static string Small(string s)
    {
        switch (s)
        {
            case "yes": return "affirmative";
            case "no": return "negative";
            default: return "unknown";
        }
    }

    static void Main()
    {
        string[] inputs = { "apple", "banana", "cherry", "", null, "Apple", "APPLE", "date", "elderberry", "fig", "grape", "honeydew", "kiwi", "lemon", "mango", "apple ", "appl" };
        foreach (string s in inputs)
            Console.WriteLine("Classify(" + (s == null ? "null" : "\"" + s + "\"") + ")=" + Classify(s));
        foreach (string s in new[] { "yes", "no", "maybe", "Yes" })
            Console.WriteLine("Small(" + s + ")=" + Small(s));
        string built = new string(new[] { 'k', 'i', 'w', 'i' });
        Console.WriteLine("built string kiwi -> " + Classify(built));
        string concat = "ba" + "nana".Substring(0, 4);
        Console.WriteLine("concat banana -> " + Classify(concat));

        string[] cmds = { "push 3", "push 4", "add", "push 10", "mul", "dup", "add", "print", "dup", "dup", "add", "pop", "print", "nop", "push 7", "sub", "print" };
        var stack = new System.Collections.Generic.Stack<int>();
        foreach (string cmd in cmds)
        {
            string[] parts = cmd.Split(' ');
            switch (parts[0])
            {
                case "push": stack.Push(int.Parse(parts[1])); break;
                case "add": stack.Push(stack.Pop() + stack.Pop()); break;
                case "mul": stack.Push(stack.Pop() * stack.Pop()); break;
                case "sub": { int b = stack.Pop(), a = stack.Pop(); stack.Push(a - b); break; }
                case "dup": stack.Push(stack.Peek()); break;
                case "pop": stack.Pop(); break;
                case "print": Console.WriteLine("top=" + stack.Peek() + " depth=" + stack.Count); break;
                default: Console.WriteLine("unknown command " + parts[0]); break;
            }
        }
        // switch with goto case on string
        string state = "start";
        int guard = 0;
        while (state != "end" && guard++ < 10)
        {
            switch (state)
            {
                case "start": Console.WriteLine("state start"); state = "middle"; break;
                case "middle": Console.WriteLine("state middle"); state = "finish"; break;
                case "finish": Console.WriteLine("state finish"); state = "end"; break;
            }
        }
        switch ("two")
        {
            case "one": Console.WriteLine("1"); break;
            case "two": Console.WriteLine("constant switch two"); goto case "three";
            case "three": Console.WriteLine("goto case three"); break;
        }
    }
}
