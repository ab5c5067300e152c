using System;
using System.Collections.Generic;

class Payload { public int[] Data = new int[1000]; public string Name; }

class Program
{
    static void Main()
    {
        var strong = new Payload { Name = "kept" };
        var wr = new WeakReference(strong);
        GC.Collect();
        GC.Collect();
        Console.WriteLine("strongly held target alive: " + wr.IsAlive + " target name: " + ((Payload)wr.Target).Name);
        var list = new List<Payload>();
        for (int i = 0; i < 2000; i++) list.Add(new Payload { Name = "n" + i });
        list.Clear();
        for (int round = 0; round < 3; round++)
        {
            var garbage = new List<object>();
            for (int i = 0; i < 10000; i++) garbage.Add(new byte[100]);
            GC.Collect();
        }
        Console.WriteLine("after allocation churn, strong still alive: " + wr.IsAlive + " data length " + strong.Data.Length);
        var nullRef = new WeakReference(null);
        Console.WriteLine("weak ref to null: IsAlive=" + nullRef.IsAlive + " Target null=" + (nullRef.Target == null));
        wr.Target = "replaced";
        Console.WriteLine("Target set: " + wr.Target);
        long total = 0;
        for (int i = 0; i < 100000; i++) { var s = new string('x', i % 50); total += s.Length; }
        GC.Collect();
        Console.WriteLine("allocation loop total=" + total);
        Console.WriteLine("strong reference unaffected: " + strong.Name);
    }
}
