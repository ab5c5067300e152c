using System;
using System.Collections.Generic;

class Customer { public string Name; public Customer Referrer; }

class Program
{
    static void Main()
    {
        var a = new Customer { Name = "Alice" };
        var b = new Customer { Name = "Bob", Referrer = a };
        var c = new Customer { Name = "Carol", Referrer = b };
        var all = new List<Customer> { c, b, a };
        foreach (var cust in all)
        {
            Console.WriteLine(cust.Name + " was referred by " + cust.Referrer.Name);
        }
        Console.WriteLine("unreachable");
    }
}
