using System;
using System.Text;

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static string Q(string[] a) { return a.Length + ":[" + string.Join("|", a) + "]"; }
    static void Main()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 2000; i++) sb.Append((char)('a' + i % 26));
        sb.Insert(0, "HEAD");
        sb.Insert(1000, "MID", 3);
        sb.Insert(sb.Length, 12345);
        sb.Insert(5, 3.5);
        sb.Insert(2, true);
        P("len=" + sb.Length + " start=" + sb.ToString(0, 20) + " end=" + sb.ToString(sb.Length - 12, 12));
        sb.Replace("abc", "X");
        P("after replace len=" + sb.Length + " " + sb.ToString(0, 30));
        sb.Replace('z', 'Z', 0, 100);
        P("char replace range: " + sb.ToString(0, 60));
        sb.Remove(10, 500);
        P("after remove len=" + sb.Length + " " + sb.ToString(0, 25));
        sb.Replace("MIDMIDMID", "");
        P("idx of MID: " + sb.ToString().IndexOf("MID") + " len " + sb.Length);
        sb.Length = 10;
        P("trunc: " + sb);
        sb.Length = 13;
        P("extended: [" + sb.ToString().Replace('\0', '0') + "]");
        sb.Clear().Append('x', 5).AppendFormat("{0:D3}-{1}", 7, "y").AppendLine().Append("end");
        P("fmt: " + sb.ToString().Replace("\n", "\\n"));
        sb[0] = 'Y';
        P("indexer: " + sb[0] + sb[1] + " cap>=len " + (sb.Capacity >= sb.Length));
        try { sb.Remove(5, 100); } catch (ArgumentOutOfRangeException) { P("Remove OOR"); }
        try { sb.Insert(100, "x"); } catch (ArgumentOutOfRangeException) { P("Insert OOR"); }
        var sb2 = new StringBuilder("aaaa");
        sb2.Replace("aa", "a");
        P("aaaa->" + sb2 + " " + new StringBuilder("abab").Replace("ab", "ba").ToString());

        P("Compare: " + Sign(string.Compare("a", "B")) + Sign(string.Compare("a", "B", StringComparison.Ordinal)) + Sign(string.Compare("a", "A", StringComparison.OrdinalIgnoreCase)) + Sign(string.Compare("a", "A", true)) + Sign(string.CompareOrdinal("a", "A")) + Sign(string.Compare("abc", "abd")) + Sign(string.Compare(null, "a")) + Sign(string.Compare(null, null)) + Sign(string.Compare("a", null)));
        P("Compare2: " + Sign(string.Compare("apple", 1, "xpple", 1, 4)) + Sign(string.Compare("Hello", "hello", StringComparison.InvariantCultureIgnoreCase)) + Sign(string.Compare("a-b", "ab", StringComparison.Ordinal)) + Sign("Z".CompareTo("a")) + Sign(string.CompareOrdinal("Z", "a")) + Sign(string.Compare("abc", "ab")));
        P("Equals: " + string.Equals("a", "A", StringComparison.OrdinalIgnoreCase) + " " + "Straße".Equals("STRASSE", StringComparison.OrdinalIgnoreCase) + " " + "ß".ToUpperInvariant() + " " + "ǅ".ToLowerInvariant() + " " + "İ".ToLowerInvariant().Length);
        P("StartsWith: " + "Hello".StartsWith("he", StringComparison.OrdinalIgnoreCase) + " " + "Hello".EndsWith("LO", StringComparison.Ordinal) + " " + "Hello".StartsWith("") + " " + "abc".IndexOf("", 2) + " " + "abc".LastIndexOf("") + " " + "abcabc".LastIndexOf("bc", 3) + " " + "abc".IndexOf("C", StringComparison.OrdinalIgnoreCase));

        string csv = ",a,,b,c,,";
        P("Split none: " + Q(csv.Split(',')));
        P("Split remove: " + Q(csv.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
        P("Split count2: " + Q(csv.Split(new[] { ',' }, 2)));
        P("Split count3 remove: " + Q(csv.Split(new[] { ',' }, 3, StringSplitOptions.RemoveEmptyEntries)));
        P("Split count1: " + Q("a,b".Split(new[] { ',' }, 1)));
        P("Split count0: " + Q("a,b".Split(new[] { ',' }, 0)));
        P("Split strings: " + Q("a<>b<<>>c<>".Split(new[] { "<>", "<<" }, StringSplitOptions.None)));
        P("Split strings overlap: " + Q("aXYZb".Split(new[] { "XY", "XYZ" }, StringSplitOptions.None)));
        P("Split whitespace: " + Q(" a  b\tc\n".Split()) + " " + Q(" a  b\tc\n".Split((char[])null, StringSplitOptions.RemoveEmptyEntries)));
        P("Split empty: " + Q("".Split(',')) + " " + Q("".Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries)));
        P("Split multi: " + Q("1;2,3 4".Split(';', ',', ' ')));
        P("Split string null sep: " + Q("a b".Split((string[])null, StringSplitOptions.None)));
        P("Trim: [" + "  xx  ".Trim() + "][" + "--x--".Trim('-') + "][" + "xyxaxy".TrimStart('x', 'y') + "][" + "abc".TrimEnd() + "][" + "\t\n x \u00a0".Trim() + "]");
        P("Pad: [" + "ab".PadLeft(5, '*') + "][" + "ab".PadRight(1) + "][" + "ab".PadRight(4) + "]");
        P("Substring/Remove/Insert: " + "abcdef".Substring(6) + "|" + "abcdef".Remove(2) + "|" + "abcdef".Remove(1, 2) + "|" + "abc".Insert(3, "Z") + "|" + "aaa".Replace("a", "") + "|" + "abc".Replace("b", null));
        try { "abc".Substring(4); } catch (ArgumentOutOfRangeException) { P("Substring OOR"); }
        P("IndexOfAny: " + "hello world".IndexOfAny(new[] { 'o', 'w' }) + " " + "hello world".LastIndexOfAny(new[] { 'o', 'l' }) + " " + "abc".IndexOfAny(new char[0]));
        P("Contains: " + "abc".Contains("") + " " + "abc".Contains("bc") + " " + "ABC".ToLower().Contains("b"));
        P("ToCharArray: " + new string("hello".ToCharArray(1, 3)) + " " + new string('z', 3) + " " + new string(new[] { 'a', 'b', 'c' }, 1, 2));
        P("Concat arrays: " + string.Concat(new[] { "a", null, "b" }) + " " + string.Concat(1, 2, 3) + " " + string.Join("-", new[] { "x" }, 0, 1) + " " + string.Join("", new string[0]) + "|");
        P("IsNullOrWhiteSpace: " + string.IsNullOrWhiteSpace(" \t ") + string.IsNullOrWhiteSpace(null) + string.IsNullOrEmpty("") + string.IsNullOrWhiteSpace("x"));
        P("Format with array as single arg: " + string.Format("{0}", (object)new[] { 1, 2 }).Length);
        P("Intern/ref: " + ((object)"ab" == (object)("a" + "b")) + " " + ((object)string.Copy("ab") == (object)"ab") + " " + string.IsInterned("ab"));
        string s1 = "x"; string s2 = s1 + ""; string s3 = new string('x', 1);
        P("refeq: " + ((object)s1 == (object)s2) + " " + ((object)s1 == (object)s3) + " " + (s1 == s3));
        P("CompareTo/Ordinal sort chars: " + Sign("a".CompareTo("A")) + Sign("_".CompareTo("a")) + Sign(string.CompareOrdinal("_", "a")) + Sign("10".CompareTo("9")) + Sign("é".CompareTo("f")));
        P("Normalize-ish: " + "ABC".ToLowerInvariant() + "abc".ToUpper() + " " + char.ToUpper('ı') + " " + "i".ToUpperInvariant());
        P("GetHashCode equal strings equal: " + ("abc".GetHashCode() == string.Concat("ab", "c").GetHashCode()));
    }
    static string Sign(int x) { return x < 0 ? "-" : x > 0 ? "+" : "0"; }
}
