using System;
using System.Text;

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine("args: " + args.Length + " [" + string.Join("|", args) + "]");
        int c1 = Console.Read(), c2 = Console.Read();
        Console.WriteLine("Read two chars: " + c1 + " " + c2);
        string rest = Console.ReadLine();
        Console.WriteLine("rest of line 1: [" + rest + "]");
        string l2 = Console.ReadLine();
        Console.WriteLine("line 2 (CRLF?): [" + l2 + "] len " + l2.Length);
        string l3 = Console.ReadLine();
        Console.WriteLine("line 3 empty: [" + l3 + "] " + (l3 == ""));
        string l4 = Console.ReadLine();
        Console.WriteLine("line 4 unicode: [" + l4 + "] len " + l4.Length + " utf8 bytes " + Encoding.UTF8.GetByteCount(l4));
        int peek = Console.In.Peek();
        Console.WriteLine("peek: " + peek);
        string tail = Console.In.ReadToEnd();
        Console.WriteLine("ReadToEnd: [" + tail.Replace("\r", "\\r").Replace("\n", "\\n") + "]");
        Console.WriteLine("after EOF ReadLine null: " + (Console.ReadLine() == null) + " Read: " + Console.Read());
        int sum = 0;
        foreach (var a in args) { int v; if (int.TryParse(a, out v)) sum += v; }
        Console.Write("sum=" + sum);
        return sum % 256;
    }
}
