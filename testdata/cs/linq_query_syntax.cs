using System;
using System.Collections.Generic;
using System.Linq;

class Book { public string Title; public string Author; public int Year; public double Rating; public string[] Tags; }

class Program
{
    static void Main()
    {
        var books = new List<Book> {
            new Book { Title = "Dune", Author = "Herbert", Year = 1965, Rating = 4.3, Tags = new[] { "scifi", "classic" } },
            new Book { Title = "Neuromancer", Author = "Gibson", Year = 1984, Rating = 3.9, Tags = new[] { "scifi", "cyberpunk" } },
            new Book { Title = "Emma", Author = "Austen", Year = 1815, Rating = 4.0, Tags = new[] { "classic", "romance" } },
            new Book { Title = "Persuasion", Author = "Austen", Year = 1817, Rating = 4.2, Tags = new[] { "classic", "romance" } },
            new Book { Title = "Count Zero", Author = "Gibson", Year = 1986, Rating = 3.8, Tags = new[] { "scifi", "cyberpunk" } },
            new Book { Title = "Children of Dune", Author = "Herbert", Year = 1976, Rating = 3.9, Tags = new[] { "scifi" } } };
        var q1 = from b in books where b.Year > 1900 orderby b.Rating descending, b.Title select b.Title + " (" + b.Rating + ")";
        Console.WriteLine("modern by rating: " + string.Join("; ", q1));
        var q2 = from b in books let decade = b.Year / 10 * 10 where decade >= 1960 select new { b.Title, Decade = decade };
        foreach (var x in q2) Console.WriteLine("  " + x.Title + " -> " + x.Decade + "s");
        var q3 = from b in books group b by b.Author into g orderby g.Key select new { Author = g.Key, Count = g.Count(), Avg = g.Average(b => b.Rating), Span = g.Max(b => b.Year) - g.Min(b => b.Year) };
        foreach (var x in q3) Console.WriteLine("  " + x.Author + ": " + x.Count + " books avg " + x.Avg.ToString("F2") + " span " + x.Span);
        var q4 = from b in books from t in b.Tags where t != "classic" select t + ":" + b.Title;
        Console.WriteLine("tag pairs: " + string.Join(", ", q4));
        var q5 = from b in books from t in b.Tags group b.Title by t into g orderby g.Count() descending, g.Key select g.Key + "=" + g.Count();
        Console.WriteLine("tag counts: " + string.Join(" ", q5));
        var q6 = from b in books let words = b.Title.Split(' ') where words.Length > 1 let first = words[0] select first.ToUpper() + "/" + words.Length;
        Console.WriteLine("multi-word titles: " + string.Join(" ", q6));
        var q7 = from n in Enumerable.Range(1, 30) where n % 3 == 0 let sq = n * n where sq % 2 == 0 select sq;
        Console.WriteLine("even squares of multiples of 3: " + string.Join(",", q7));
        var q8 = from a in Enumerable.Range(1, 20) from b in Enumerable.Range(a, 20 - a) let c = Math.Sqrt(a * a + b * b) where c == Math.Floor(c) && c <= 20 select "(" + a + "," + b + "," + c + ")";
        Console.WriteLine("pythagorean triples: " + string.Join(" ", q8));
        var q9 = from b in books orderby b.Author, b.Year descending select b.Author[0] + ":" + b.Year;
        Console.WriteLine("author asc, year desc: " + string.Join(" ", q9));
        var q10 = from b in books select b.Title into t where t.Contains("Dune") select t.Length;
        Console.WriteLine("select into continuation: " + string.Join(",", q10));
        var anon = (from b in books where b.Author == "Austen" select new { b.Title, b.Year }).First();
        Console.WriteLine("anonymous type ToString: " + anon + " Equals same values: " + anon.Equals(new { Title = "Emma", Year = 1815 }));
        var q11 = from c in "hello world" where c != ' ' group c by c into g where g.Count() > 1 select g.Key + "" + g.Count();
        Console.WriteLine("repeated letters: " + string.Join(",", q11));
    }
}
