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
        R(() => "IgnoreSymbols: " + S(ci.Compare("a-b", "ab", CompareOptions.IgnoreSymbols)) + S(ci.Compare("a b!", "ab", CompareOptions.IgnoreSymbols)));
        R(() => "IgnoreNonSpace: " + S(ci.Compare("café", "cafe", CompareOptions.IgnoreNonSpace)) + S(ci.Compare("café", "cafe", CompareOptions.None)));
        R(() => "IndexOf culture: " + ci.IndexOf("Hello World", "WORLD", CompareOptions.IgnoreCase) + " " + ci.IsPrefix("Hello", "he", CompareOptions.IgnoreCase) + " " + ci.IsSuffix("Hello", "LO", CompareOptions.IgnoreCase) + " " + ci.LastIndexOf("abcabc", "B", CompareOptions.IgnoreCase));
        R(() => "hyphen sort: " + S(string.Compare("co-op", "coop", StringComparison.InvariantCulture)) + S(string.Compare("co-op", "coop", StringComparison.Ordinal)) + S(string.Compare("a\u0000b", "ab", StringComparison.InvariantCulture)));
        R(() => "digits vs letters: " + S(string.Compare("1", "a", StringComparison.InvariantCulture)) + S(string.Compare("a1", "a10", StringComparison.InvariantCulture)) + S(string.Compare("a2", "a10", StringComparison.InvariantCulture)));
        R(() => "accents: " + S(string.Compare("résumé", "resume", StringComparison.InvariantCulture)) + S(string.Compare("résumé", "resumf", StringComparison.InvariantCulture)) + S(string.Compare("Å", "Z", StringComparison.InvariantCulture)) + S(string.Compare("æ", "ae", StringComparison.InvariantCulture)));
        CultureInfo de = null, fr = null, tr = null, us = null, ja = null;
        try { de = new CultureInfo("de-DE"); fr = new CultureInfo("fr-FR"); tr = new CultureInfo("tr-TR"); us = new CultureInfo("en-US"); ja = new CultureInfo("ja-JP"); } catch (Exception e) { Console.WriteLine("culture ctor EXC " + e.GetType().Name); }
        R(() => "de-DE number: " + 1234567.891.ToString("N2", de) + " " + 0.5.ToString(de) + " " + 1234.5m.ToString("C", de) + " " + double.Parse("1.234,5", de));
        R(() => "de-DE date: " + new DateTime(2021, 3, 4, 5, 6, 7).ToString("D", de) + " | " + new DateTime(2021, 3, 4).ToString("d", de));
        // ("fr-FR");
        R(() => "fr-FR number: " + 1234567.891.ToString("N2", fr).Replace('\u00a0', '_').Replace('\u202f', '~') + " " + 0.25.ToString("P0", fr).Replace('\u00a0', '_'));
        // ("tr-TR");
        R(() => "tr-TR casing: " + "title".ToUpper(tr) + " " + "TITLE".ToLower(tr) + " invariant " + "title".ToUpperInvariant() + " eq " + string.Equals("i", "I", StringComparison.CurrentCultureIgnoreCase));
        // ("en-US");
        R(() => "en-US: " + 1234.5.ToString("C", us) + " " + new DateTime(2021, 3, 4, 15, 6, 7).ToString(us) + " " + (-5).ToString("C", us) + " " + us.NumberFormat.NumberDecimalSeparator + us.DateTimeFormat.ShortDatePattern);
        // ("ja-JP");
        R(() => "ja-JP: " + 1234.ToString("C", ja) + " " + ja.TextInfo.IsRightToLeft + " " + ja.Name + " " + ja.TwoLetterISOLanguageName);
        R(() => "current: [" + CultureInfo.CurrentCulture.Name + "] [" + CultureInfo.CurrentUICulture.Name + "] " + 1.5.ToString());
        var old = CultureInfo.CurrentCulture;
        try { System.Threading.Thread.CurrentThread.CurrentCulture = de; } catch (Exception e) { Console.WriteLine("set culture EXC " + e.GetType().Name); }
        R(() => "after switching current to de-DE: " + 1.5.ToString() + " " + string.Format("{0:N1}", 1234.56) + " " + (1.5).ToString(CultureInfo.InvariantCulture));
        System.Threading.Thread.CurrentThread.CurrentCulture = old;
        R(() => "restored: " + 1.5);
        R(() => "ToUpper special: " + "straße".ToUpper(inv) + " " + "ǆ".ToUpper(inv) + " " + "ΣΑΣ".ToLower(inv) + " " + "ﬁ".ToUpper(inv) + " " + "ı".ToUpperInvariant() + " " + char.ToUpper('ÿ', inv) + " " + char.ToLower('Ω'));
        R(() => "Normalize: " + "e\u0301".Normalize().Length + " " + "é".Normalize(NormalizationForm.FormD).Length + " " + "e\u0301".IsNormalized());
    }
}
