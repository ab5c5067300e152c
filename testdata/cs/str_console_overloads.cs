using System;

class Program
{
    static void Main()
    {
        Console.WriteLine();
        Console.WriteLine(true);
        Console.WriteLine('c');
        Console.WriteLine(new[] { 'a', 'b', 'c' });
        Console.WriteLine(new[] { 'a', 'b', 'c', 'd', 'e' }, 1, 3);
        Console.WriteLine(1.5m);
        Console.WriteLine(2.5);
        Console.WriteLine(3.5f);
        Console.WriteLine(42);
        Console.WriteLine(42u);
        Console.WriteLine(-42L);
        Console.WriteLine(42UL);
        Console.WriteLine((object)"object");
        Console.WriteLine((object)null);
        Console.WriteLine((string)null);
        Console.WriteLine("string");
        Console.WriteLine("fmt {0}", 1);
        Console.WriteLine("fmt {0} {1}", 1, 2);
        Console.WriteLine("fmt {0} {1} {2}", 1, 2, 3);
        Console.WriteLine("fmt {0} {1} {2} {3}", 1, 2, 3, 4);
        Console.WriteLine("fmt {0} {1} {2} {3} {4}", 1, 2, 3, 4, 5);
        Console.WriteLine("fmt array {0} {1}", new object[] { "x", "y" });
        Console.Write(true); Console.Write(' '); Console.Write('c'); Console.Write(' ');
        Console.Write(new[] { 'd', 'e' }); Console.Write(' ');
        Console.Write(new[] { 'a', 'b', 'c', 'd' }, 2, 2); Console.Write(' ');
        Console.Write(1.5m); Console.Write(' '); Console.Write(2.5); Console.Write(' '); Console.Write(3.5f); Console.Write(' ');
        Console.Write(7); Console.Write(' '); Console.Write(8u); Console.Write(' '); Console.Write(9L); Console.Write(' '); Console.Write(10UL); Console.Write(' ');
        Console.Write((object)"obj"); Console.Write(' '); Console.Write((string)null); Console.Write("str");
        Console.Write(" {0}", 1); Console.Write(" {0}{1}", 2, 3); Console.Write(" {0}{1}{2}", 4, 5, 6);
        Console.WriteLine();
        Console.Out.WriteLine("via Console.Out");
        Console.Out.Write("Out.Write ");
        Console.Out.WriteLine("{0}-{1}", "a", "b");
        var w = Console.Out;
        w.WriteLine(123);
        w.Write('x');
        w.WriteLine();
        Console.Error.WriteLine("this goes to stderr and is not compared");
        Console.Error.Write("stderr no newline\n");
        Console.WriteLine("line with \r carriage return inside");
        Console.Write("no newline at end of line then ");
        Console.WriteLine("continuation");
        for (int i = 0; i < 3; i++) Console.Write(i == 2 ? i + "\n" : i + ",");
        Console.Out.Flush();
        Console.WriteLine("unicode out: \u00e9\u4e2d\U0001F600");
        Console.WriteLine("last line without trailing newline follows");
        Console.Write("END");
    }
}
