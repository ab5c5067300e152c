using System;
using System.Collections.Generic;

class Program
{
    static int Check(string name, bool ok)
    {
        Console.WriteLine((ok ? "PASS " : "FAIL ") + name);
        return ok ? 0 : 1;
    }

    static int Main()
    {
        int failures = 0;
        failures += Check("addition", 2 + 2 == 4);
        failures += Check("string concat", "a" + "b" == "ab");
        failures += Check("deliberately wrong", 1 + 1 == 3);
        failures += Check("list count", new List<int> { 1, 2 }.Count == 2);
        failures += Check("also wrong", "x".Length == 2);
        failures += Check("char math", 'a' + 1 == 'b');
        Console.WriteLine("failures=" + failures);
        return failures == 0 ? 0 : 100 + failures;
    }
}
