using System.Collections;
using System.Collections.Generic;
using System.Globalization;

namespace System
{
    [Serializable]
    public abstract class StringComparer : IComparer, IEqualityComparer, IComparer<string>, IEqualityComparer<string>
    {
        static readonly StringComparer ordinal = new OrdinalComparer(false);
        static readonly StringComparer ordinalIgnoreCase = new OrdinalComparer(true);
        static readonly StringComparer invariant = new CultureAwareComparer(false);
        static readonly StringComparer invariantIgnoreCase = new CultureAwareComparer(true);

        protected StringComparer() { }

        public static StringComparer InvariantCulture { get { return invariant; } }
        public static StringComparer InvariantCultureIgnoreCase { get { return invariantIgnoreCase; } }
        public static StringComparer CurrentCulture { get { return invariant; } }
        public static StringComparer CurrentCultureIgnoreCase { get { return invariantIgnoreCase; } }
        public static StringComparer Ordinal { get { return ordinal; } }
        public static StringComparer OrdinalIgnoreCase { get { return ordinalIgnoreCase; } }

        public static StringComparer Create(CultureInfo culture, bool ignoreCase)
        {
            if (culture == null) throw new ArgumentNullException("culture");
            return ignoreCase ? invariantIgnoreCase : invariant;
        }

        public static StringComparer FromComparison(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.CurrentCulture: return CurrentCulture;
                case StringComparison.CurrentCultureIgnoreCase: return CurrentCultureIgnoreCase;
                case StringComparison.InvariantCulture: return InvariantCulture;
                case StringComparison.InvariantCultureIgnoreCase: return InvariantCultureIgnoreCase;
                case StringComparison.Ordinal: return Ordinal;
                case StringComparison.OrdinalIgnoreCase: return OrdinalIgnoreCase;
            }
            throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        public int Compare(object x, object y)
        {
            if (x == y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null) return Compare(sa, sb);
            IComparable ia = x as IComparable;
            if (ia != null) return ia.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public new bool Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            string sa = x as string;
            string sb = y as string;
            if (sa != null && sb != null) return Equals(sa, sb);
            return x.Equals(y);
        }

        public int GetHashCode(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            string s = obj as string;
            if (s != null) return GetHashCode(s);
            return obj.GetHashCode();
        }

        public abstract int Compare(string x, string y);
        public abstract bool Equals(string x, string y);
        public abstract int GetHashCode(string obj);
    }

    [Serializable]
    sealed class OrdinalComparer : StringComparer
    {
        bool ignoreCase;

        internal OrdinalComparer(bool ignoreCase) { this.ignoreCase = ignoreCase; }

        public override int Compare(string x, string y)
        {
            if ((object)x == (object)y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            return string.Compare(x, y, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == (object)y) return true;
            if (x == null || y == null) return false;
            if (ignoreCase) return x.Length == y.Length && string.Compare(x, y, StringComparison.OrdinalIgnoreCase) == 0;
            return x.Equals(y);
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (ignoreCase) return obj.ToUpperInvariant().GetHashCode();
            return obj.GetHashCode();
        }

        public override bool Equals(object obj)
        {
            OrdinalComparer c = obj as OrdinalComparer;
            return c != null && c.ignoreCase == ignoreCase;
        }

        public override int GetHashCode() { return ignoreCase ? 1 : 0; }
    }

    [Serializable]
    sealed class CultureAwareComparer : StringComparer
    {
        bool ignoreCase;

        internal CultureAwareComparer(bool ignoreCase) { this.ignoreCase = ignoreCase; }

        public override int Compare(string x, string y)
        {
            if ((object)x == (object)y) return 0;
            if (x == null) return -1;
            if (y == null) return 1;
            return CompareInfo.GetCompareInfo(string.Empty).Compare(x, y, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public override bool Equals(string x, string y)
        {
            if ((object)x == (object)y) return true;
            if (x == null || y == null) return false;
            return Compare(x, y) == 0;
        }

        public override int GetHashCode(string obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            return CompareInfo.GetCompareInfo(string.Empty).GetHashCode(obj, ignoreCase ? CompareOptions.IgnoreCase : CompareOptions.None);
        }

        public override bool Equals(object obj)
        {
            CultureAwareComparer c = obj as CultureAwareComparer;
            return c != null && c.ignoreCase == ignoreCase;
        }

        public override int GetHashCode() { return ignoreCase ? 3 : 2; }
    }
}
