using System.Collections;

namespace System.Collections.Generic
{
    [Serializable]
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        static Comparer<T> defaultComparer;

        protected Comparer() { }

        public static Comparer<T> Default
        {
            get
            {
                Comparer<T> c = defaultComparer;
                if (c == null)
                {
                    c = CreateDefault();
                    defaultComparer = c;
                }
                return c;
            }
        }

        static Comparer<T> CreateDefault()
        {
            Type t = typeof(T);
            if (t == typeof(int)) return (Comparer<T>)(object)new Int32Comparer();
            if (t == typeof(long)) return (Comparer<T>)(object)new Int64Comparer();
            if (t == typeof(double)) return (Comparer<T>)(object)new DoubleComparer();
            if (t == typeof(string)) return (Comparer<T>)(object)new StringDefaultComparer();
            if (t == typeof(char)) return (Comparer<T>)(object)new CharComparer();
            return new ObjectComparer<T>();
        }

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            return new ComparisonComparer(comparison);
        }

        public abstract int Compare(T x, T y);

        int IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T && y is T) return Compare((T)x, (T)y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        sealed class ComparisonComparer : Comparer<T>
        {
            readonly Comparison<T> comparison;
            public ComparisonComparer(Comparison<T> comparison) { this.comparison = comparison; }
            public override int Compare(T x, T y) { return comparison(x, y); }
        }
    }

    [Serializable]
    sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            IComparable<T> g = x as IComparable<T>;
            if (g != null) return g.CompareTo(y);
            IComparable c = x as IComparable;
            if (c != null) return c.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }

        public override bool Equals(object obj) { return obj is ObjectComparer<T>; }
        public override int GetHashCode() { return GetType().GetHashCode(); }
    }

    [Serializable]
    sealed class Int32Comparer : Comparer<int>
    {
        public override int Compare(int x, int y) { return x < y ? -1 : (x > y ? 1 : 0); }
    }

    [Serializable]
    sealed class Int64Comparer : Comparer<long>
    {
        public override int Compare(long x, long y) { return x < y ? -1 : (x > y ? 1 : 0); }
    }

    [Serializable]
    sealed class CharComparer : Comparer<char>
    {
        public override int Compare(char x, char y) { return x - y; }
    }

    [Serializable]
    sealed class DoubleComparer : Comparer<double>
    {
        public override int Compare(double x, double y) { return x.CompareTo(y); }
    }

    [Serializable]
    sealed class StringDefaultComparer : Comparer<string>
    {
        public override int Compare(string x, string y) { return string.Compare(x, y, StringComparison.CurrentCulture); }
    }

    [Serializable]
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        static EqualityComparer<T> defaultComparer;

        protected EqualityComparer() { }

        public static EqualityComparer<T> Default
        {
            get
            {
                EqualityComparer<T> c = defaultComparer;
                if (c == null)
                {
                    c = CreateDefault();
                    defaultComparer = c;
                }
                return c;
            }
        }

        static EqualityComparer<T> CreateDefault()
        {
            Type t = typeof(T);
            if (t == typeof(int)) return (EqualityComparer<T>)(object)new Int32EqualityComparer();
            if (t == typeof(long)) return (EqualityComparer<T>)(object)new Int64EqualityComparer();
            if (t == typeof(string)) return (EqualityComparer<T>)(object)new StringEqualityComparer();
            if (t == typeof(char)) return (EqualityComparer<T>)(object)new CharEqualityComparer();
            return new ObjectEqualityComparer<T>();
        }

        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);

        internal virtual int IndexOf(T[] array, T value, int startIndex, int count)
        {
            int endIndex = startIndex + count;
            for (int i = startIndex; i < endIndex; i++)
                if (Equals(array[i], value)) return i;
            return -1;
        }

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T) return GetHashCode((T)obj);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if ((x is T) && (y is T)) return Equals((T)x, (T)y);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    [Serializable]
    sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null)
            {
                if (y != null)
                {
                    IEquatable<T> e = x as IEquatable<T>;
                    if (e != null) return e.Equals(y);
                    return x.Equals(y);
                }
                return false;
            }
            if (y != null) return false;
            return true;
        }

        public override int GetHashCode(T obj)
        {
            if (obj == null) return 0;
            return obj.GetHashCode();
        }

        public override bool Equals(object obj) { return obj is ObjectEqualityComparer<T>; }
        public override int GetHashCode() { return GetType().GetHashCode(); }
    }

    [Serializable]
    sealed class Int32EqualityComparer : EqualityComparer<int>
    {
        public override bool Equals(int x, int y) { return x == y; }
        public override int GetHashCode(int obj) { return obj; }
    }

    [Serializable]
    sealed class Int64EqualityComparer : EqualityComparer<long>
    {
        public override bool Equals(long x, long y) { return x == y; }
        public override int GetHashCode(long obj) { return obj.GetHashCode(); }
    }

    [Serializable]
    sealed class CharEqualityComparer : EqualityComparer<char>
    {
        public override bool Equals(char x, char y) { return x == y; }
        public override int GetHashCode(char obj) { return obj.GetHashCode(); }
    }

    [Serializable]
    sealed class StringEqualityComparer : EqualityComparer<string>
    {
        public override bool Equals(string x, string y) { return string.Equals(x, y); }
        public override int GetHashCode(string obj) { return obj == null ? 0 : obj.GetHashCode(); }
    }

    internal static class HashHelpers
    {
        public const int HashPrime = 101;
        public const int MaxPrimeArrayLength = 0x7FEFFFFD;

        // Same prime table as the .NET Framework so collection growth (and therefore
        // enumeration/bucket behaviour) matches.
        public static readonly int[] primes = {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369 };

        public static bool IsPrime(int candidate)
        {
            if ((candidate & 1) != 0)
            {
                int limit = (int)Math.Sqrt(candidate);
                for (int divisor = 3; divisor <= limit; divisor += 2)
                    if ((candidate % divisor) == 0) return false;
                return true;
            }
            return candidate == 2;
        }

        public static int GetPrime(int min)
        {
            if (min < 0) throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.");
            for (int i = 0; i < primes.Length; i++)
            {
                int prime = primes[i];
                if (prime >= min) return prime;
            }
            for (int i = (min | 1); i < int.MaxValue; i += 2)
            {
                if (IsPrime(i) && ((i - 1) % HashPrime != 0)) return i;
            }
            return min;
        }

        public static int ExpandPrime(int oldSize)
        {
            int newSize = 2 * oldSize;
            if ((uint)newSize > MaxPrimeArrayLength && MaxPrimeArrayLength > oldSize) return MaxPrimeArrayLength;
            return GetPrime(newSize);
        }
    }
}

namespace System.Collections
{
    [Serializable]
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = new Comparer();

        Comparer() { }
        public Comparer(System.Globalization.CultureInfo culture) { }

        public int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            string sa = a as string;
            string sb = b as string;
            if (sa != null && sb != null) return string.Compare(sa, sb, StringComparison.CurrentCulture);
            IComparable ia = a as IComparable;
            if (ia != null) return ia.CompareTo(b);
            IComparable ib = b as IComparable;
            if (ib != null) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
}
