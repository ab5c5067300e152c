namespace System.Globalization
{
    // Invariant-culture collation approximating Mono's: punctuation/symbols sort before
    // digits, digits before letters; letters compare case-insensitively first, then
    // lowercase before uppercase; '\'' and '-' are ignored except as a final tie-break.
    [Serializable]
    public class CompareInfo
    {
        internal static readonly CompareInfo Invariant = new CompareInfo();

        // ASCII sort order measured from Mono's invariant culture (letters: lower then upper).
        const string AsciiOrder = "'- !\"#$%&()*,./:;?@[\\]^_`{|}~+<=>0123456789aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ";
        static int[] primary;

        CompareInfo() { }

        public virtual string Name { get { return string.Empty; } }
        public int LCID { get { return 127; } }

        public static CompareInfo GetCompareInfo(string name) { return Invariant; }
        public static CompareInfo GetCompareInfo(int culture) { return Invariant; }

        static int[] Primary
        {
            get
            {
                if (primary == null)
                {
                    int[] p = new int[128];
                    for (int i = 0; i < 128; i++) p[i] = -1;
                    int w = 1;
                    for (int i = 0; i < AsciiOrder.Length; i++)
                    {
                        char c = AsciiOrder[i];
                        if (c >= 'A' && c <= 'Z') p[c] = p[c + 32];
                        else p[c] = w++;
                    }
                    for (int i = 0; i < 32; i++) p[i] = 0; // control chars: ignorable
                    p[127] = 0;
                    primary = p;
                }
                return primary;
            }
        }

        static bool IsIgnorable(char c)
        {
            return c == '\'' || c == '-' || c == '\u00ad' || c < ' ' || c == '\u007f';
        }

        // Folds Latin-1 accented letters onto their base letter.
        static char BaseLetter(char c, out bool accented)
        {
            accented = false;
            if (c < '\u00c0' || c > '\u00ff') return c;
            const string map = "AAAAAAACEEEEIIIIDNOOOOO*OUUUUYTsaaaaaaaceeeeiiiidnooooo/ouuuuyty";
            char b = map[c - '\u00c0'];
            if (b == '*' || b == '/' || b == 'T' || b == 't' || b == 's') return c;
            accented = true;
            return b;
        }

        static int Weight(char c, out bool accented, out bool upper)
        {
            c = BaseLetter(c, out accented);
            upper = false;
            if (c < 128)
            {
                upper = c >= 'A' && c <= 'Z';
                return Primary[c];
            }
            if (char.IsUpper(c))
            {
                upper = true;
                c = char.ToLowerInvariant(c);
            }
            return 1000 + c;
        }

        public virtual int Compare(string string1, string string2)
        {
            return Compare(string1, string2, CompareOptions.None);
        }

        public virtual int Compare(string string1, string string2, CompareOptions options)
        {
            if ((object)string1 == (object)string2) return 0;
            if (string1 == null) return -1;
            if (string2 == null) return 1;
            if ((options & CompareOptions.Ordinal) != 0) return Sign(string.CompareOrdinal(string1, string2));
            if ((options & CompareOptions.OrdinalIgnoreCase) != 0) return Sign(string.Compare(string1, string2, StringComparison.OrdinalIgnoreCase));
            bool ignoreCase = (options & CompareOptions.IgnoreCase) != 0;
            int n1 = string1.Length, n2 = string2.Length;
            int i = 0, j = 0;
            int accentDiff = 0, caseDiff = 0;
            while (true)
            {
                while (i < n1 && IsIgnorable(string1[i])) i++;
                while (j < n2 && IsIgnorable(string2[j])) j++;
                if (i >= n1 || j >= n2) break;
                bool a1, a2, u1, u2;
                int w1 = Weight(string1[i], out a1, out u1);
                int w2 = Weight(string2[j], out a2, out u2);
                if (w1 != w2) return w1 < w2 ? -1 : 1;
                if (accentDiff == 0 && a1 != a2) accentDiff = a1 ? 1 : -1;
                if (caseDiff == 0 && u1 != u2) caseDiff = u1 ? 1 : -1;
                i++;
                j++;
            }
            bool more1 = i < n1, more2 = j < n2;
            if (more1 != more2) return more1 ? 1 : -1;
            if (accentDiff != 0) return accentDiff;
            if (!ignoreCase && caseDiff != 0) return caseDiff;
            int ig1 = 0, ig2 = 0;
            for (int k = 0; k < n1; k++) if (IsIgnorable(string1[k])) ig1++;
            for (int k = 0; k < n2; k++) if (IsIgnorable(string2[k])) ig2++;
            if (ig1 != ig2) return ig1 < ig2 ? -1 : 1;
            if (ig1 == 0) return 0;
            if (ignoreCase) return Sign(string.Compare(string1, string2, StringComparison.OrdinalIgnoreCase));
            return Sign(string.CompareOrdinal(string1, string2));
        }

        static int Sign(int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); }

        public virtual int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2)
        {
            return Compare(string1.Substring(offset1, length1), string2.Substring(offset2, length2), CompareOptions.None);
        }

        public virtual int Compare(string string1, int offset1, int length1, string string2, int offset2, int length2, CompareOptions options)
        {
            return Compare(string1.Substring(offset1, length1), string2.Substring(offset2, length2), options);
        }

        public virtual int IndexOf(string source, string value) { return source.IndexOf(value, StringComparison.Ordinal); }
        public virtual int IndexOf(string source, string value, CompareOptions options)
        {
            return source.IndexOf(value, (options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }
        public virtual int IndexOf(string source, char value) { return source.IndexOf(value); }
        public virtual int LastIndexOf(string source, string value) { return source.LastIndexOf(value, StringComparison.Ordinal); }
        public virtual bool IsPrefix(string source, string prefix) { return source.StartsWith(prefix, StringComparison.Ordinal); }
        public virtual bool IsPrefix(string source, string prefix, CompareOptions options) { return Compare(source.Substring(0, Math.Min(source.Length, prefix.Length)), prefix, options) == 0; }
        public virtual bool IsSuffix(string source, string suffix) { return source.EndsWith(suffix, StringComparison.Ordinal); }

        public virtual int GetHashCode(string source, CompareOptions options)
        {
            if (source == null) throw new ArgumentNullException("source");
            if ((options & (CompareOptions.IgnoreCase | CompareOptions.OrdinalIgnoreCase)) != 0) return source.ToUpperInvariant().GetHashCode();
            return source.GetHashCode();
        }

        public override string ToString() { return "CompareInfo - "; }
    }
}
