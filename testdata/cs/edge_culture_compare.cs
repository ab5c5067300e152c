using System;
using System.Globalization;
using System.Text;

class Program
{
    static string S(int x) { return x < 0 ? "<" : x > 0 ? ">" : "="; }
    static void R(Func<string> f)
    {
        try { Console.WriteLine(f()); } catch (Exception e) { Console.WriteLine("EXC " + e.GetType().Name); }
    }
    static void Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var ci = inv.CompareInfo;
        R(() => "IgnoreCase: " + S(ci.Compare("abc", "ABC", CompareOptions.IgnoreCase)) + S(ci.Compare("abc", "ABD", CompareOptions.IgnoreCase)));
        R(() => "Ordinal vs culture: " + S(ci.Compare("a", "B", CompareOptions.Ordinal)) + S(ci.Compare("a", "B", CompareOptions.None)) + S(ci.Compare("Z", "a", CompareOptions.None)));
        R(() => "hyphen sort: " + S(string.Compare("co-op", "coop", StringComparison.InvariantCulture)) + S(string.Compare("co-op", "coop", StringComparison.Ordinal)));
        R(() => "digits vs letters: " + S(string.Compare("1", "a", StringComparison.InvariantCulture)) + S(string.Compare("a1", "a10", StringComparison.InvariantCulture)) + S(string.Compare("a2", "a10", StringComparison.InvariantCulture)));
        R(() => "accents: " + S(string.Compare("résumé", "resume", StringComparison.InvariantCulture)) + S(string.Compare("résumé", "resumf", StringComparison.InvariantCulture)) + S(string.Compare("Å", "Z", StringComparison.InvariantCulture)));
        // Named cultures (de-DE, fr-FR, ...), CompareOptions.IgnoreSymbols/IgnoreNonSpace,
        // collation expansions (\u00e6 = "ae", ignorable NUL) and Unicode normalisation
        // are outside Strata's invariant-culture corlib.

        R(() => "restored: " + 1.5);
        R(() => "ToUpper special: " + "straße".ToUpper(inv) + " " + "ǆ".ToUpper(inv) + " " + "ΣΑΣ".ToLower(inv) + " " + "ﬁ".ToUpper(inv) + " " + "ı".ToUpperInvariant() + " " + char.ToUpper('ÿ', inv) + " " + char.ToLower('Ω'));
    }
}
