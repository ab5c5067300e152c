using System;
using System.Collections.Generic;

class Sale { public string Region, Product; public int Qty; public decimal Price; }

class Program
{
    static void Main()
    {
        var sales = new List<Sale>();
        string[] regions = { "north", "south", "east", "west" };
        string[] products = { "widget", "gadget", "doohickey" };
        var rnd = new Random(2024);
        for (int i = 0; i < 40; i++)
            sales.Add(new Sale { Region = regions[rnd.Next(regions.Length)], Product = products[rnd.Next(products.Length)], Qty = rnd.Next(1, 20), Price = rnd.Next(100, 1000) / 10m });
        var byRegion = new Dictionary<string, decimal>();
        var byProduct = new SortedDictionary<string, int>();
        var matrix = new Dictionary<string, Dictionary<string, int>>();
        foreach (var s in sales)
        {
            decimal cur;
            byRegion.TryGetValue(s.Region, out cur);
            byRegion[s.Region] = cur + s.Qty * s.Price;
            int q;
            byProduct.TryGetValue(s.Product, out q);
            byProduct[s.Product] = q + s.Qty;
            Dictionary<string, int> row;
            if (!matrix.TryGetValue(s.Region, out row)) matrix[s.Region] = row = new Dictionary<string, int>();
            int c;
            row.TryGetValue(s.Product, out c);
            row[s.Product] = c + 1;
        }
        Console.WriteLine("revenue by region (first-seen order):");
        foreach (var kv in byRegion) Console.WriteLine(string.Format("  {0,-6} {1,10:N2}", kv.Key, kv.Value));
        Console.WriteLine("quantity by product (sorted):");
        foreach (var kv in byProduct) Console.WriteLine(string.Format("  {0,-10} {1,5}", kv.Key, kv.Value));
        Console.WriteLine("count matrix:");
        Console.Write("  {0,-6}", "");
        foreach (var p in products) Console.Write("{0,10}", p);
        Console.WriteLine();
        foreach (var r in regions)
        {
            Console.Write("  {0,-6}", r);
            foreach (var p in products)
            {
                Dictionary<string, int> row;
                int c = 0;
                if (matrix.TryGetValue(r, out row)) row.TryGetValue(p, out c);
                Console.Write("{0,10}", c);
            }
            Console.WriteLine();
        }
        var keys = new List<string>(byRegion.Keys);
        keys.Sort((a, b) => byRegion[b].CompareTo(byRegion[a]));
        Console.WriteLine("regions by revenue desc: " + string.Join(" > ", keys));
        decimal total = 0;
        foreach (var v in byRegion.Values) total += v;
        Console.WriteLine("total revenue: " + total.ToString("C") + " avg per sale: " + (total / sales.Count).ToString("F4"));
        var inverted = new Dictionary<int, List<string>>();
        foreach (var kv in byProduct)
        {
            int bucket = kv.Value / 50 * 50;
            List<string> l;
            if (!inverted.TryGetValue(bucket, out l)) inverted[bucket] = l = new List<string>();
            l.Add(kv.Key);
        }
        foreach (var kv in inverted) Console.WriteLine("  bucket " + kv.Key + "+: " + string.Join(",", kv.Value));
    }
}
