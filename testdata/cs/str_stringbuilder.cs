using System;
using System.Text;

class Program
{
    static void Main()
    {
        var sb = new StringBuilder();
        sb.Append("abc").Append(1).Append('x').Append(2.5).Append(true).Append((object)null).Append(3L).Append(4.5m);
        Console.WriteLine("Append chain: " + sb + " Length=" + sb.Length);
        sb.Clear();
        Console.WriteLine("after Clear Length=" + sb.Length + " [" + sb + "]");
        sb.AppendLine("line1");
        sb.AppendLine();
        sb.Append("line3");
        Console.WriteLine("AppendLine: [" + sb.ToString().Replace("\n", "\\n").Replace("\r", "\\r") + "]");
        sb.Clear();
        sb.AppendFormat("{0}-{1:D3}-{2,5}", "a", 7, "z");
        Console.WriteLine("AppendFormat: [" + sb + "]");
        sb.Clear().Append("Hello World");
        sb.Insert(5, ",");
        Console.WriteLine("Insert: " + sb);
        sb.Insert(0, 123);
        Console.WriteLine("Insert int: " + sb);
        sb.Remove(0, 3);
        Console.WriteLine("Remove: " + sb);
        sb.Replace("World", "There");
        Console.WriteLine("Replace string: " + sb);
        sb.Replace('e', 'E');
        Console.WriteLine("Replace char: " + sb);
        sb.Replace('l', 'L', 0, 4);
        Console.WriteLine("Replace range: " + sb);
        sb[0] = 'J';
        Console.WriteLine("indexer set: " + sb + " sb[1]=" + sb[1]);
        sb.Length = 5;
        Console.WriteLine("Length=5: [" + sb + "]");
        sb.Length = 8;
        Console.WriteLine("Length=8: [" + sb.ToString().Replace('\0', '0') + "]");
        Console.WriteLine("ToString(1,3): " + sb.ToString(1, 3));
        sb.Clear();
        sb.Append('-', 10);
        Console.WriteLine("Append char repeat: " + sb);
        sb.Clear();
        sb.Append("abcdef", 2, 3);
        Console.WriteLine("Append substring: " + sb);
        sb.Append(new[] { 'x', 'y', 'z' });
        Console.WriteLine("Append char[]: " + sb);
        var big = new StringBuilder(4);
        for (int i = 0; i < 1000; i++) big.Append(i % 10);
        Console.WriteLine("big Length=" + big.Length + " Capacity>=Length " + (big.Capacity >= big.Length) + " tail=" + big.ToString(990, 10));
        var sb2 = new StringBuilder("initial");
        Console.WriteLine("ctor string: " + sb2 + " Equals same content: " + sb2.Equals(new StringBuilder("initial")));
        var rev = new StringBuilder();
        string src = "reverse me";
        for (int i = src.Length - 1; i >= 0; i--) rev.Append(src[i]);
        Console.WriteLine("reversed: " + rev);
        try { sb2.Remove(5, 10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Remove out of range: " + e.GetType().Name); }
        try { char c = sb2[50]; } catch (IndexOutOfRangeException e) { Console.WriteLine("indexer out of range: " + e.GetType().Name); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("indexer out of range: " + e.GetType().Name); }
        var csv = new StringBuilder();
        for (int r = 0; r < 3; r++)
        {
            for (int c = 0; c < 4; c++)
            {
                if (c > 0) csv.Append(',');
                csv.Append(r * 4 + c);
            }
            csv.Append(';');
        }
        Console.WriteLine("csv: " + csv);
        var fizz = new StringBuilder();
        for (int i = 1; i <= 20; i++)
            fizz.Append(i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : i.ToString()).Append(' ');
        Console.WriteLine(fizz.ToString().TrimEnd());
        Console.WriteLine("chained insert/remove: " + new StringBuilder("0123456789").Remove(2, 3).Insert(2, "--").Replace("-", "+").ToString());
    }
}
