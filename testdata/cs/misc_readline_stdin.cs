using System;
using System.Collections.Generic;

class Program
{
    static void Main()
    {
        string line;
        int lineNo = 0, words = 0, chars = 0;
        var numbers = new List<double>();
        var lengths = new Dictionary<int, int>();
        while ((line = Console.ReadLine()) != null)
        {
            lineNo++;
            chars += line.Length;
            var parts = line.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            words += parts.Length;
            foreach (var p in parts) { double d; if (double.TryParse(p, out d)) numbers.Add(d); }
            int c; lengths.TryGetValue(line.Length, out c); lengths[line.Length] = c + 1;
            Console.WriteLine(string.Format("{0,3}: [{1}] words={2}", lineNo, line, parts.Length));
        }
        Console.WriteLine("lines=" + lineNo + " words=" + words + " chars=" + chars);
        double total = 0;
        foreach (var n in numbers) total += n;
        Console.WriteLine("numbers found=" + numbers.Count + " total=" + total);
        Console.WriteLine("ReadLine after EOF returns null: " + (Console.ReadLine() == null));
        Console.WriteLine("Read after EOF returns -1: " + Console.Read());
    }
}
