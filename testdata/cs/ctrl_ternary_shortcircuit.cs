using System;

class Program
{
    static int calls;
    static bool T(string name) { calls++; Console.Write(name + "(T) "); return true; }
    static bool F(string name) { calls++; Console.Write(name + "(F) "); return false; }

    static void Main()
    {
        Console.Write("T&&F: "); Console.WriteLine(T("a") && F("b"));
        Console.Write("F&&T: "); Console.WriteLine(F("a") && T("b"));
        Console.Write("T||F: "); Console.WriteLine(T("a") || F("b"));
        Console.Write("F||T: "); Console.WriteLine(F("a") || T("b"));
        Console.Write("F&T: "); Console.WriteLine(F("a") & T("b"));
        Console.Write("T|F: "); Console.WriteLine(T("a") | F("b"));
        Console.Write("T^T: "); Console.WriteLine(T("a") ^ T("b"));
        Console.Write("F||F&&T: "); Console.WriteLine(F("a") || F("b") && T("c"));
        Console.Write("(F||T)&&F: "); Console.WriteLine((F("a") || T("b")) && F("c"));
        Console.Write("T||T&&F: "); Console.WriteLine(T("a") || T("b") && F("c"));
        Console.Write("!F&&!F: "); Console.WriteLine(!F("a") && !F("b"));
        Console.WriteLine("calls=" + calls);

        string s = null;
        Console.WriteLine("null guard: " + (s != null && s.Length > 0));
        Console.WriteLine("null guard2: " + (s == null || s.Length == 0));
        Console.WriteLine("null coalesce: " + (s ?? "default"));
        string s2 = "x";
        Console.WriteLine("null coalesce nonnull: " + (s2 ?? "default"));
        int? ni = null;
        Console.WriteLine("int? ?? : " + (ni ?? -1));
        Console.WriteLine("?. on null: [" + (s?.Length) + "] ?. ??: " + (s?.Length ?? -5));
        Console.WriteLine("?. on value: " + s2?.ToUpper());

        for (int i = -2; i <= 2; i++)
        {
            string sign = i < 0 ? "neg" : i == 0 ? "zero" : "pos";
            int abs = i >= 0 ? i : -i;
            Console.WriteLine(i + ": " + sign + " abs=" + abs + " parity=" + (i % 2 == 0 ? "even" : "odd"));
        }
        int x = 5;
        int y = x > 3 ? x > 4 ? 100 : 50 : 0;
        Console.WriteLine("nested ternary y=" + y);
        object o = x > 3 ? (object)"str" : 42;
        Console.WriteLine("ternary object type=" + o.GetType().Name);
        long lt = x > 0 ? 1 : 2L;
        Console.WriteLine("ternary numeric promotion=" + lt + " " + (x > 0 ? 1 : 2.5).GetType().Name);
        Func<int, int> f = x > 0 ? (Func<int, int>)(v => v * 2) : v => v * 3;
        Console.WriteLine("ternary lambda=" + f(21));
        int[] arr = null;
        Console.WriteLine("short circuit index: " + (arr != null && arr[0] == 1));
        arr = new int[0];
        Console.WriteLine("short circuit length: " + (arr.Length > 0 && arr[0] == 1));
        int counter = 0;
        bool r = (counter++ > 0) && (counter++ > 0);
        Console.WriteLine("counter after && =" + counter + " r=" + r);
        r = (counter++ > 0) || (counter++ > 0);
        Console.WriteLine("counter after || =" + counter + " r=" + r);
        bool? nb = null;
        Console.WriteLine("bool? & false = " + (nb & false) + " bool? | true = " + (nb | true) + " bool? & true = [" + (nb & true) + "]");
        int a = 3, b = 7;
        int max = a > b ? a : b, min = a < b ? a : b;
        Console.WriteLine("max=" + max + " min=" + min);
        string grade;
        foreach (int score in new[] { 95, 85, 75, 65, 55 })
        {
            grade = score >= 90 ? "A" : score >= 80 ? "B" : score >= 70 ? "C" : score >= 60 ? "D" : "F";
            Console.Write(score + "=" + grade + " ");
        }
        Console.WriteLine();
    }
}
