using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    // Strings are runtime-native objects: the runtime stores the UTF-16 data, so no
    // instance fields are declared here.
    [Serializable]
    public sealed class String : IComparable, ICloneable, IConvertible, IEnumerable, IComparable<string>, IEnumerable<char>, IEquatable<string>
    {
        public static readonly string Empty = "";

        static readonly char[] WhiteSpaceChars = {
            '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003',
            '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200a', '\u2028', '\u2029', '\u202f',
            '\u205f', '\u3000' };

        // ---- constructors (implemented by the runtime for newobj) ----
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value, int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char c, int count);

        [CLSCompliant(false)]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public unsafe extern String(char* value);

        [CLSCompliant(false)]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public unsafe extern String(char* value, int startIndex, int length);

        [CLSCompliant(false)]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public unsafe extern String(sbyte* value);

        [CLSCompliant(false)]
        [MethodImpl(MethodImplOptions.InternalCall)]
        public unsafe extern String(sbyte* value, int startIndex, int length);

        // ---- runtime primitives ----
        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [IndexerName("Chars")]
        public extern char this[int index]
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern void InternalCopyChars(int sourceIndex, char[] destination, int destinationIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern string InternalSubstring(int startIndex, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string InternalConcat(string str0, string str1);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern int InternalIndexOfChar(char value, int startIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern int InternalLastIndexOfChar(char value, int startIndex, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern int InternalIndexOfString(string value, int startIndex, int count, bool ignoreCase);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern int InternalLastIndexOfString(string value, int startIndex, int count, bool ignoreCase);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern bool InternalEquals(string a, string b);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int InternalCompareOrdinal(string strA, string strB, bool ignoreCase);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern string InternalReplace(string oldValue, string newValue);

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern string InternalToUpper();

        [MethodImpl(MethodImplOptions.InternalCall)]
        extern string InternalToLower();

        [MethodImpl(MethodImplOptions.InternalCall)]
        public override extern int GetHashCode();

        internal static string FromCharArray(char[] chars, int start, int count)
        {
            if (count == 0) return Empty;
            return new string(chars, start, count);
        }

        // ---- basic ----
        public object Clone() { return this; }
        public override string ToString() { return this; }
        public string ToString(IFormatProvider provider) { return this; }
        public TypeCode GetTypeCode() { return TypeCode.String; }

        public static string Copy(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return new string(str.ToCharArray());
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string InternalIntern(string str);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string InternalIsInterned(string str);

        public static string Intern(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return InternalIntern(str);
        }

        public static string IsInterned(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return InternalIsInterned(str);
        }

        public CharEnumerator GetEnumerator() { return new CharEnumerator(this); }
        IEnumerator<char> IEnumerable<char>.GetEnumerator() { return new CharEnumerator(this); }
        IEnumerator IEnumerable.GetEnumerator() { return new CharEnumerator(this); }

        public int GetHashCode(StringComparison comparisonType)
        {
            return StringComparer.FromComparison(comparisonType).GetHashCode(this);
        }

        public static bool IsNullOrEmpty(string value)
        {
            return value == null || value.Length == 0;
        }

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            int n = value.Length;
            for (int i = 0; i < n; i++)
                if (!char.IsWhiteSpace(value[i])) return false;
            return true;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (sourceIndex < 0) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count > Length - sourceIndex) throw new ArgumentOutOfRangeException("sourceIndex", "Index and count must refer to a location within the string.");
            if (destinationIndex > destination.Length - count || destinationIndex < 0) throw new ArgumentOutOfRangeException("destinationIndex", "Index and count must refer to a location within the string.");
            if (count > 0) InternalCopyChars(sourceIndex, destination, destinationIndex, count);
        }

        public char[] ToCharArray()
        {
            int n = Length;
            char[] r = new char[n];
            if (n > 0) InternalCopyChars(0, r, 0, n);
            return r;
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > Length || startIndex > Length - length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            char[] r = new char[length];
            if (length > 0) InternalCopyChars(startIndex, r, 0, length);
            return r;
        }

        // ---- equality / comparison ----
        public override bool Equals(object obj)
        {
            string s = obj as string;
            if (s == null) return false;
            if ((object)this == (object)s) return true;
            if (Length != s.Length) return false;
            return InternalEquals(this, s);
        }

        public bool Equals(string value)
        {
            if (value == null) return false;
            if ((object)this == (object)value) return true;
            if (Length != value.Length) return false;
            return InternalEquals(this, value);
        }

        public bool Equals(string value, StringComparison comparisonType)
        {
            return Equals(this, value, comparisonType);
        }

        public static bool Equals(string a, string b)
        {
            if ((object)a == (object)b) return true;
            if (a == null || b == null) return false;
            if (a.Length != b.Length) return false;
            return InternalEquals(a, b);
        }

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if ((object)a == (object)b) return true;
            if (a == null || b == null) return false;
            switch (comparisonType)
            {
                case StringComparison.Ordinal:
                    return a.Length == b.Length && InternalEquals(a, b);
                case StringComparison.OrdinalIgnoreCase:
                    return a.Length == b.Length && InternalCompareOrdinal(a, b, true) == 0;
                default:
                    return Compare(a, b, comparisonType) == 0;
            }
        }

        public static bool operator ==(string a, string b) { return Equals(a, b); }
        public static bool operator !=(string a, string b) { return !Equals(a, b); }

        static void CheckComparison(StringComparison comparisonType)
        {
            if ((uint)comparisonType > (uint)StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            string s = value as string;
            if (s == null) throw new ArgumentException("Object must be of type String.");
            return Compare(this, s, StringComparison.CurrentCulture);
        }

        public int CompareTo(string strB)
        {
            if (strB == null) return 1;
            return Compare(this, strB, StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, string strB)
        {
            return Compare(strA, strB, StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, string strB, bool ignoreCase)
        {
            return Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture)
        {
            if (culture == null) throw new ArgumentNullException("culture");
            return Compare(strA, strB, ignoreCase);
        }

        public static int Compare(string strA, string strB, CultureInfo culture, CompareOptions options)
        {
            if (culture == null) throw new ArgumentNullException("culture");
            return CompareInfo.Invariant.Compare(strA, strB, options);
        }

        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            switch (comparisonType)
            {
                case StringComparison.Ordinal:
                    return InternalCompareOrdinal(strA, strB, false);
                case StringComparison.OrdinalIgnoreCase:
                    return InternalCompareOrdinal(strA, strB, true);
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.Compare(strA, strB, CompareOptions.IgnoreCase);
                default:
                    return CompareInfo.Invariant.Compare(strA, strB, CompareOptions.None);
            }
        }

        static string SafeSub(string s, int index, int length)
        {
            if (s == null) return null;
            if (length > s.Length - index) length = s.Length - index;
            if (length <= 0) return Empty;
            return s.Substring(index, length);
        }

        static void CheckCompareArgs(string strA, int indexA, string strB, int indexB, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (indexA < 0) throw new ArgumentOutOfRangeException("indexA", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (indexB < 0) throw new ArgumentOutOfRangeException("indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (strA != null && indexA > strA.Length) throw new ArgumentOutOfRangeException("indexA", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (strB != null && indexB > strB.Length) throw new ArgumentOutOfRangeException("indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length)
        {
            return Compare(strA, indexA, strB, indexB, length, StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase)
        {
            return Compare(strA, indexA, strB, indexB, length, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase, CultureInfo culture)
        {
            return Compare(strA, indexA, strB, indexB, length, ignoreCase);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, CultureInfo culture, CompareOptions options)
        {
            if (strA == null || strB == null) return Compare(strA, strB);
            CheckCompareArgs(strA, indexA, strB, indexB, length);
            return CompareInfo.Invariant.Compare(SafeSub(strA, indexA, length), SafeSub(strB, indexB, length), options);
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            CheckComparison(comparisonType);
            if (strA == null || strB == null) return Compare(strA, strB, comparisonType);
            CheckCompareArgs(strA, indexA, strB, indexB, length);
            return Compare(SafeSub(strA, indexA, length), SafeSub(strB, indexB, length), comparisonType);
        }

        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == (object)strB) return 0;
            if (strA == null) return -1;
            if (strB == null) return 1;
            return InternalCompareOrdinal(strA, strB, false);
        }

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA == null || strB == null) return CompareOrdinal(strA, strB);
            CheckCompareArgs(strA, indexA, strB, indexB, length);
            return InternalCompareOrdinal(SafeSub(strA, indexA, length), SafeSub(strB, indexB, length), false);
        }

        // ---- searching ----
        public bool Contains(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return IndexOf(value, 0, Length, StringComparison.Ordinal) >= 0;
        }

        public bool Contains(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            return IndexOf(value, 0, Length, comparisonType) >= 0;
        }

        public bool Contains(char value)
        {
            return Length > 0 && InternalIndexOfChar(value, 0, Length) >= 0;
        }

        public bool Contains(char value, StringComparison comparisonType)
        {
            return IndexOf(new string(value, 1), comparisonType) >= 0;
        }

        public bool StartsWith(char value) { return Length != 0 && this[0] == value; }
        public bool EndsWith(char value) { return Length != 0 && this[Length - 1] == value; }

        public bool StartsWith(string value) { return StartsWith(value, StringComparison.CurrentCulture); }

        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            return StartsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if ((object)this == (object)value || value.Length == 0) return true;
            if (value.Length > Length) return false;
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            return InternalCompareOrdinal(InternalSubstring(0, value.Length), value, ic) == 0;
        }

        public bool EndsWith(string value) { return EndsWith(value, StringComparison.CurrentCulture); }

        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture)
        {
            return EndsWith(value, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if ((object)this == (object)value || value.Length == 0) return true;
            if (value.Length > Length) return false;
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            return InternalCompareOrdinal(InternalSubstring(Length - value.Length, value.Length), value, ic) == 0;
        }

        public int IndexOf(char value) { return Length == 0 ? -1 : InternalIndexOfChar(value, 0, Length); }

        public int IndexOf(char value, int startIndex) { return IndexOf(value, startIndex, Length - startIndex); }

        public int IndexOf(char value, int startIndex, int count)
        {
            if (startIndex < 0 || startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > Length - startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (count == 0) return -1;
            return InternalIndexOfChar(value, startIndex, count);
        }

        public int IndexOf(char value, StringComparison comparisonType)
        {
            return IndexOf(new string(value, 1), comparisonType);
        }

        public int IndexOf(string value) { return IndexOf(value, 0, Length, StringComparison.CurrentCulture); }
        public int IndexOf(string value, int startIndex) { return IndexOf(value, startIndex, StringComparison.CurrentCulture); }
        public int IndexOf(string value, int startIndex, int count) { return IndexOf(value, startIndex, count, StringComparison.CurrentCulture); }
        public int IndexOf(string value, StringComparison comparisonType) { return IndexOf(value, 0, Length, comparisonType); }

        public int IndexOf(string value, int startIndex, StringComparison comparisonType)
        {
            if (startIndex < 0 || startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return IndexOf(value, startIndex, Length - startIndex, comparisonType);
        }

        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex > Length - count)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            CheckComparison(comparisonType);
            if (value.Length == 0) return startIndex;
            if (count < value.Length) return -1;
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            return InternalIndexOfString(value, startIndex, count, ic);
        }

        public int IndexOfAny(char[] anyOf) { return IndexOfAny(anyOf, 0, Length); }
        public int IndexOfAny(char[] anyOf, int startIndex) { return IndexOfAny(anyOf, startIndex, Length - startIndex); }

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (startIndex < 0 || startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > Length - startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++)
            {
                char c = this[i];
                for (int j = 0; j < anyOf.Length; j++)
                    if (anyOf[j] == c) return i;
            }
            return -1;
        }

        public int LastIndexOf(char value) { return Length == 0 ? -1 : InternalLastIndexOfChar(value, Length - 1, Length); }
        public int LastIndexOf(char value, int startIndex) { return LastIndexOf(value, startIndex, startIndex + 1); }

        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (count == 0) return -1;
            return InternalLastIndexOfChar(value, startIndex, count);
        }

        public int LastIndexOf(string value) { return LastIndexOf(value, Length - 1, Length, StringComparison.CurrentCulture); }
        public int LastIndexOf(string value, int startIndex) { return LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture); }
        public int LastIndexOf(string value, int startIndex, int count) { return LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture); }
        public int LastIndexOf(string value, StringComparison comparisonType) { return LastIndexOf(value, Length - 1, Length, comparisonType); }
        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType) { return LastIndexOf(value, startIndex, startIndex + 1, comparisonType); }

        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if (Length == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if (startIndex < 0 || startIndex > Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex == Length)
            {
                startIndex--;
                if (count > 0) count--;
            }
            if (count < 0 || startIndex - count + 1 < 0)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (value.Length == 0) return startIndex;
            if (count < value.Length) return -1;
            bool ic = comparisonType == StringComparison.OrdinalIgnoreCase || comparisonType == StringComparison.CurrentCultureIgnoreCase || comparisonType == StringComparison.InvariantCultureIgnoreCase;
            return InternalLastIndexOfString(value, startIndex, count, ic);
        }

        public int LastIndexOfAny(char[] anyOf) { return Length == 0 ? -1 : LastIndexOfAny(anyOf, Length - 1, Length); }
        public int LastIndexOfAny(char[] anyOf, int startIndex) { return LastIndexOfAny(anyOf, startIndex, startIndex + 1); }

        public int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (Length == 0) return -1;
            if (startIndex < 0 || startIndex >= Length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex)
                throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--)
            {
                char c = this[i];
                for (int j = 0; j < anyOf.Length; j++)
                    if (anyOf[j] == c) return i;
            }
            return -1;
        }

        // ---- slicing / building ----
        public string Substring(int startIndex)
        {
            return Substring(startIndex, Length - startIndex);
        }

        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > Length) throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > Length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            if (length == 0) return Empty;
            if (startIndex == 0 && length == Length) return this;
            return InternalSubstring(startIndex, length);
        }

        public string Insert(int startIndex, string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || startIndex > Length) throw new ArgumentOutOfRangeException("startIndex");
            if (value.Length == 0) return this;
            return Concat(Substring(0, startIndex), value, Substring(startIndex));
        }

        public string Remove(int startIndex)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex >= Length) throw new ArgumentOutOfRangeException("startIndex", "startIndex must be less than length of string.");
            return Substring(0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (count > Length - startIndex) throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            if (count == 0) return this;
            return InternalConcat(Substring(0, startIndex), Substring(startIndex + count));
        }

        public string Replace(char oldChar, char newChar)
        {
            int i = IndexOf(oldChar);
            if (i < 0) return this;
            char[] a = ToCharArray();
            for (; i < a.Length; i++)
                if (a[i] == oldChar) a[i] = newChar;
            return new string(a);
        }

        public string Replace(string oldValue, string newValue)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if (newValue == null) newValue = Empty;
            return InternalReplace(oldValue, newValue);
        }

        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if (comparisonType == StringComparison.Ordinal) return Replace(oldValue, newValue);
            if (newValue == null) newValue = Empty;
            StringBuilder sb = null;
            int pos = 0;
            while (pos <= Length)
            {
                int i = IndexOf(oldValue, pos, comparisonType);
                if (i < 0) break;
                if (sb == null) sb = new StringBuilder(Length);
                sb.Append(this, pos, i - pos).Append(newValue);
                pos = i + oldValue.Length;
            }
            if (sb == null) return this;
            sb.Append(this, pos, Length - pos);
            return sb.ToString();
        }

        public string Replace(string oldValue, string newValue, bool ignoreCase, CultureInfo culture)
        {
            return Replace(oldValue, newValue, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        }

        public string PadLeft(int totalWidth) { return PadLeft(totalWidth, ' '); }

        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            int n = Length;
            if (totalWidth <= n) return this;
            return InternalConcat(new string(paddingChar, totalWidth - n), this);
        }

        public string PadRight(int totalWidth) { return PadRight(totalWidth, ' '); }

        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            int n = Length;
            if (totalWidth <= n) return this;
            return InternalConcat(this, new string(paddingChar, totalWidth - n));
        }

        public string ToUpper() { return InternalToUpper(); }
        public string ToUpper(CultureInfo culture) { if (culture == null) throw new ArgumentNullException("culture"); return InternalToUpper(); }
        public string ToUpperInvariant() { return InternalToUpper(); }
        public string ToLower() { return InternalToLower(); }
        public string ToLower(CultureInfo culture) { if (culture == null) throw new ArgumentNullException("culture"); return InternalToLower(); }
        public string ToLowerInvariant() { return InternalToLower(); }

        public string Normalize() { return this; }
        public string Normalize(NormalizationForm normalizationForm) { return this; }
        public bool IsNormalized() { return true; }
        public bool IsNormalized(NormalizationForm normalizationForm) { return true; }

        // ---- trimming ----
        static bool InSet(char c, char[] set)
        {
            if (set == null || set.Length == 0) return char.IsWhiteSpace(c);
            for (int i = 0; i < set.Length; i++)
                if (set[i] == c) return true;
            return false;
        }

        string TrimHelper(char[] trimChars, int kind)
        {
            int n = Length;
            int start = 0, end = n - 1;
            if (kind != 1)
                while (start < n && InSet(this[start], trimChars)) start++;
            if (kind != 0)
                while (end >= start && InSet(this[end], trimChars)) end--;
            int len = end - start + 1;
            if (len == n) return this;
            if (len <= 0) return Empty;
            return InternalSubstring(start, len);
        }

        public string Trim() { return TrimHelper(null, 2); }
        public string Trim(char trimChar) { return TrimHelper(new char[] { trimChar }, 2); }
        public string Trim(params char[] trimChars) { return TrimHelper(trimChars, 2); }
        public string TrimStart() { return TrimHelper(null, 0); }
        public string TrimStart(char trimChar) { return TrimHelper(new char[] { trimChar }, 0); }
        public string TrimStart(params char[] trimChars) { return TrimHelper(trimChars, 0); }
        public string TrimEnd() { return TrimHelper(null, 1); }
        public string TrimEnd(char trimChar) { return TrimHelper(new char[] { trimChar }, 1); }
        public string TrimEnd(params char[] trimChars) { return TrimHelper(trimChars, 1); }

        // ---- split ----
        public string[] Split(params char[] separator) { return SplitChars(separator, int.MaxValue, StringSplitOptions.None); }
        public string[] Split(char[] separator, int count) { return SplitChars(separator, count, StringSplitOptions.None); }
        public string[] Split(char[] separator, StringSplitOptions options) { return SplitChars(separator, int.MaxValue, options); }
        public string[] Split(char[] separator, int count, StringSplitOptions options) { return SplitChars(separator, count, options); }
        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) { return SplitChars(new char[] { separator }, int.MaxValue, options); }
        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) { return SplitChars(new char[] { separator }, count, options); }
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) { return SplitStrings(new string[] { separator ?? Empty }, int.MaxValue, options); }
        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) { return SplitStrings(new string[] { separator ?? Empty }, count, options); }
        public string[] Split(string[] separator, StringSplitOptions options) { return SplitStrings(separator, int.MaxValue, options); }
        public string[] Split(string[] separator, int count, StringSplitOptions options) { return SplitStrings(separator, count, options); }

        static void CheckSplitArgs(int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (options < StringSplitOptions.None || options > StringSplitOptions.RemoveEmptyEntries)
                throw new ArgumentException("Illegal enum value: " + (int)options + ".", "options");
        }

        string[] SplitChars(char[] separator, int count, StringSplitOptions options)
        {
            CheckSplitArgs(count, options);
            bool omit = options == StringSplitOptions.RemoveEmptyEntries;
            if (count == 0 || (omit && Length == 0)) return new string[0];
            if (count == 1) return new string[] { this };
            List<string> parts = new List<string>();
            int n = Length;
            int start = 0;
            for (int i = 0; i < n; i++)
            {
                if (!InSet(this[i], separator)) continue;
                if (!omit || i > start) parts.Add(Substring(start, i - start));
                start = i + 1;
                if (parts.Count == count - 1)
                {
                    // like .NET: with RemoveEmptyEntries, separators directly following
                    // the last counted piece are skipped
                    if (omit)
                        while (start < n && InSet(this[start], separator)) start++;
                    break;
                }
            }
            if (!omit || start < n) parts.Add(Substring(start));
            return parts.ToArray();
        }

        int MatchSeparator(string[] separator, int i)
        {
            int n = Length;
            for (int k = 0; k < separator.Length; k++)
            {
                string sep = separator[k];
                if (IsNullOrEmpty(sep)) continue;
                if (this[i] == sep[0] && sep.Length <= n - i && (sep.Length == 1 || CompareOrdinal(this, i, sep, 0, sep.Length) == 0))
                    return sep.Length;
            }
            return 0;
        }

        string[] SplitStrings(string[] separator, int count, StringSplitOptions options)
        {
            CheckSplitArgs(count, options);
            bool omit = options == StringSplitOptions.RemoveEmptyEntries;
            if (separator == null || separator.Length == 0) return SplitChars(null, count, options);
            if (count == 0 || (omit && Length == 0)) return new string[0];
            if (count == 1) return new string[] { this };
            List<string> parts = new List<string>();
            int n = Length;
            int start = 0;
            int i = 0;
            while (i < n)
            {
                int matchLen = MatchSeparator(separator, i);
                if (matchLen == 0)
                {
                    i++;
                    continue;
                }
                if (!omit || i > start) parts.Add(Substring(start, i - start));
                i += matchLen;
                start = i;
                if (parts.Count == count - 1)
                {
                    if (omit)
                    {
                        int m;
                        while (start < n && (m = MatchSeparator(separator, start)) > 0) start += m;
                    }
                    break;
                }
            }
            if (!omit || start < n) parts.Add(Substring(start));
            return parts.ToArray();
        }

        // ---- concat ----
        public static string Concat(object arg0)
        {
            if (arg0 == null) return Empty;
            return arg0.ToString() ?? Empty;
        }

        public static string Concat(object arg0, object arg1)
        {
            return Concat(arg0 == null ? null : arg0.ToString(), arg1 == null ? null : arg1.ToString());
        }

        public static string Concat(object arg0, object arg1, object arg2)
        {
            return Concat(arg0 == null ? null : arg0.ToString(), arg1 == null ? null : arg1.ToString(), arg2 == null ? null : arg2.ToString());
        }

        [CLSCompliant(false)]
        public static string Concat(object arg0, object arg1, object arg2, object arg3)
        {
            return Concat(arg0 == null ? null : arg0.ToString(), arg1 == null ? null : arg1.ToString(), arg2 == null ? null : arg2.ToString(), arg3 == null ? null : arg3.ToString());
        }

        public static string Concat(params object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            string[] s = new string[args.Length];
            for (int i = 0; i < args.Length; i++)
            {
                object o = args[i];
                s[i] = o == null ? Empty : (o.ToString() ?? Empty);
            }
            return Concat(s);
        }

        public static string Concat(string str0, string str1)
        {
            if (IsNullOrEmpty(str0)) return IsNullOrEmpty(str1) ? Empty : str1;
            if (IsNullOrEmpty(str1)) return str0;
            return InternalConcat(str0, str1);
        }

        public static string Concat(string str0, string str1, string str2)
        {
            return Concat(Concat(str0, str1), str2);
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            return Concat(Concat(str0, str1), Concat(str2, str3));
        }

        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            int total = 0;
            for (int i = 0; i < values.Length; i++)
                if (values[i] != null) total += values[i].Length;
            if (total == 0) return Empty;
            char[] buf = new char[total];
            int pos = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string s = values[i];
                if (s == null || s.Length == 0) continue;
                s.InternalCopyChars(0, buf, pos, s.Length);
                pos += s.Length;
            }
            return new string(buf);
        }

        public static string Concat(IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            foreach (string s in values) sb.Append(s);
            return sb.ToString();
        }

        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            foreach (T v in values)
                if (v != null) sb.Append(v.ToString());
            return sb.ToString();
        }

        // ---- join ----
        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return Join(separator, value, 0, value.Length);
        }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex", "Index and count must refer to a location within the buffer.");
            if (count == 0) return Empty;
            if (separator == null) separator = Empty;
            string[] parts = new string[count * 2 - 1];
            for (int i = 0; i < count; i++)
            {
                if (i > 0) parts[i * 2 - 1] = separator;
                parts[i * 2] = value[startIndex + i];
            }
            return Concat(parts);
        }

        public static string Join(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            if (values.Length == 0) return Empty; // mono joins a leading null as empty (not the .NET Framework quirk)
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (i > 0) sb.Append(separator);
                object o = values[i];
                if (o != null) sb.Append(o.ToString());
            }
            return sb.ToString();
        }

        public static string Join(string separator, IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (string s in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                sb.Append(s);
            }
            return sb.ToString();
        }

        public static string Join<T>(string separator, IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (T v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                if (v != null) sb.Append(v.ToString());
            }
            return sb.ToString();
        }

        public static string Join(char separator, params string[] value) { return Join(new string(separator, 1), value); }
        public static string Join(char separator, params object[] values) { return Join(new string(separator, 1), values); }
        public static string Join(char separator, string[] value, int startIndex, int count) { return Join(new string(separator, 1), value, startIndex, count); }
        public static string Join<T>(char separator, IEnumerable<T> values) { return Join<T>(new string(separator, 1), values); }

        // ---- format ----
        public static string Format(string format, object arg0) { return FormatHelper(null, format, new object[] { arg0 }); }
        public static string Format(string format, object arg0, object arg1) { return FormatHelper(null, format, new object[] { arg0, arg1 }); }
        public static string Format(string format, object arg0, object arg1, object arg2) { return FormatHelper(null, format, new object[] { arg0, arg1, arg2 }); }
        public static string Format(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException((format == null) ? "format" : "args");
            return FormatHelper(null, format, args);
        }
        public static string Format(IFormatProvider provider, string format, object arg0) { return FormatHelper(provider, format, new object[] { arg0 }); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) { return FormatHelper(provider, format, new object[] { arg0, arg1 }); }
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2) { return FormatHelper(provider, format, new object[] { arg0, arg1, arg2 }); }
        public static string Format(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException((format == null) ? "format" : "args");
            return FormatHelper(provider, format, args);
        }

        static string FormatHelper(IFormatProvider provider, string format, object[] args)
        {
            if (format == null) throw new ArgumentNullException("format");
            return new StringBuilder(format.Length + args.Length * 8).AppendFormatHelper(provider, format, args).ToString();
        }

        // ---- IConvertible ----
        bool IConvertible.ToBoolean(IFormatProvider provider) { return Convert.ToBoolean(this); }
        char IConvertible.ToChar(IFormatProvider provider) { return Convert.ToChar(this); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return Convert.ToSByte(this); }
        byte IConvertible.ToByte(IFormatProvider provider) { return Convert.ToByte(this); }
        short IConvertible.ToInt16(IFormatProvider provider) { return Convert.ToInt16(this); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return Convert.ToUInt16(this); }
        int IConvertible.ToInt32(IFormatProvider provider) { return Convert.ToInt32(this); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return Convert.ToUInt32(this); }
        long IConvertible.ToInt64(IFormatProvider provider) { return Convert.ToInt64(this); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return Convert.ToUInt64(this); }
        float IConvertible.ToSingle(IFormatProvider provider) { return Convert.ToSingle(this); }
        double IConvertible.ToDouble(IFormatProvider provider) { return Convert.ToDouble(this); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return Convert.ToDecimal(this); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { return DateTime.Parse(this); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }

    [Serializable]
    public sealed class CharEnumerator : IEnumerator, ICloneable, IEnumerator<char>, IDisposable
    {
        string str;
        int index;
        char current;

        internal CharEnumerator(string str)
        {
            this.str = str;
            index = -1;
        }

        public object Clone() { return MemberwiseClone(); }

        public bool MoveNext()
        {
            if (index < str.Length - 1)
            {
                index++;
                current = str[index];
                return true;
            }
            index = str.Length;
            return false;
        }

        public void Dispose() { }

        object IEnumerator.Current { get { return Current; } }

        public char Current
        {
            get
            {
                if (index == -1) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (index >= str.Length) throw new InvalidOperationException("Enumeration already finished.");
                return current;
            }
        }

        public void Reset()
        {
            current = (char)0;
            index = -1;
        }
    }

    [Serializable]
    public enum StringComparison
    {
        CurrentCulture = 0,
        CurrentCultureIgnoreCase = 1,
        InvariantCulture = 2,
        InvariantCultureIgnoreCase = 3,
        Ordinal = 4,
        OrdinalIgnoreCase = 5,
    }

    [Flags]
    public enum StringSplitOptions
    {
        None = 0,
        RemoveEmptyEntries = 1,
    }
}
