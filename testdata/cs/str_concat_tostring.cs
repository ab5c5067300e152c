using System;

class Animal { public string Name = "generic"; }
class Dog : Animal { public override string ToString() { return "Dog:" + Name; } }
struct Pair { public int A, B; }
struct NamedPair { public int A; public override string ToString() { return "NamedPair(" + A + ")"; } }
enum Mode { Off, On, Auto }

class Program
{
    static void Main()
    {
        Console.WriteLine("int + string: " + 1 + 2);
        Console.WriteLine(1 + 2 + " :int+int first");
        Console.WriteLine("char + int: " + ('a' + 1));
        Console.WriteLine("string + char + int: " + 'a' + 1);
        Console.WriteLine("bool: " + true + " " + false);
        Console.WriteLine("double: " + 1.0 + " " + 1.5 + " " + -0.25 + " " + 1e100);
        Console.WriteLine("float: " + 1.0f + " " + 0.1f);
        Console.WriteLine("decimal: " + 1.0m + " " + 1.50m);
        Console.WriteLine("long: " + long.MaxValue + " ulong: " + ulong.MaxValue);
        Console.WriteLine("enum: " + Mode.Auto + " " + (Mode)1 + " " + (Mode)5);
        Console.WriteLine("class default ToString: " + new Animal());
        Console.WriteLine("class override ToString: " + new Dog());
        Console.WriteLine("struct default ToString: " + new Pair());
        Console.WriteLine("struct override ToString: " + new NamedPair { A = 3 });
        Console.WriteLine("array ToString: " + new int[3]);
        Console.WriteLine("string array ToString: " + new string[0]);
        Console.WriteLine("jagged array ToString: " + new int[2][]);
        Console.WriteLine("2D array ToString: " + new int[2, 2]);
        Console.WriteLine("object ToString: " + new object());
        Console.WriteLine("nullable with value: " + (int?)5 + " nullable null: [" + (int?)null + "]");
        Console.WriteLine("generic list ToString: " + new System.Collections.Generic.List<int>());
        Console.WriteLine("dictionary ToString: " + new System.Collections.Generic.Dictionary<string, int>());
        Console.WriteLine("KeyValuePair: " + new System.Collections.Generic.KeyValuePair<string, int>("k", 1));
        Console.WriteLine("Tuple: " + Tuple.Create(1, "a", 2.5));
        Console.WriteLine("ValueTuple: " + (1, "b"));
        Console.WriteLine("char array concat: " + new string(new[] { 'o', 'k' }));
        Console.WriteLine("Type: " + typeof(int) + " " + typeof(string) + " " + typeof(Dog));
        Console.WriteLine("delegate: " + new Func<int>(() => 1).GetType().Name);
        object[] objs = { 1, "s", 2.5, 'c', true, null, Mode.On, new Dog(), 3L, 4u, (byte)5, (short)-6, 7.5f, 8.25m };
        foreach (object o in objs)
            Console.WriteLine("  " + (o == null ? "null" : o.GetType().Name) + ": " + o);
        string s = "";
        for (int i = 0; i < 5; i++) s += i + ",";
        Console.WriteLine("loop concat: " + s);
        s = string.Concat(s, null, "end");
        Console.WriteLine("concat null: " + s);
        Console.WriteLine("ToString formats on int via object: " + ((IFormattable)255).ToString("X", null));
    }
}
