using System.Collections;
using System.Collections.Generic;
using System.Text;

namespace System
{
    internal interface ITupleInternal
    {
        void AppendItems(StringBuilder sb);
        int Size { get; }
    }

    [Serializable]
    public class Tuple<T1> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        public Tuple(T1 item1)
        {
            m_Item1 = item1;
        }
        public T1 Item1 { get { return m_Item1; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1> o = other as Tuple<T1>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1> o = other as Tuple<T1>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(')');
        }
        int ITupleInternal.Size { get { return 1; } }
    }

    [Serializable]
    public class Tuple<T1, T2> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        public Tuple(T1 item1, T2 item2)
        {
            m_Item1 = item1;
            m_Item2 = item2;
        }
        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2> o = other as Tuple<T1, T2>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2> o = other as Tuple<T1, T2>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item2);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(", ");
            sb.Append(m_Item2);
            sb.Append(')');
        }
        int ITupleInternal.Size { get { return 2; } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;
        public Tuple(T1 item1, T2 item2, T3 item3)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
        }
        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3> o = other as Tuple<T1, T2, T3>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3> o = other as Tuple<T1, T2, T3>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item3);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(", ");
            sb.Append(m_Item2);
            sb.Append(", ");
            sb.Append(m_Item3);
            sb.Append(')');
        }
        int ITupleInternal.Size { get { return 3; } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;
        readonly T4 m_Item4;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
        }
        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public T4 Item4 { get { return m_Item4; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4> o = other as Tuple<T1, T2, T3, T4>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4> o = other as Tuple<T1, T2, T3, T4>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item4);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(", ");
            sb.Append(m_Item2);
            sb.Append(", ");
            sb.Append(m_Item3);
            sb.Append(", ");
            sb.Append(m_Item4);
            sb.Append(')');
        }
        int ITupleInternal.Size { get { return 4; } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;
        readonly T4 m_Item4;
        readonly T5 m_Item5;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
        }
        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public T4 Item4 { get { return m_Item4; } }
        public T5 Item5 { get { return m_Item5; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5> o = other as Tuple<T1, T2, T3, T4, T5>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4, T5> o = other as Tuple<T1, T2, T3, T4, T5>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item5);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(", ");
            sb.Append(m_Item2);
            sb.Append(", ");
            sb.Append(m_Item3);
            sb.Append(", ");
            sb.Append(m_Item4);
            sb.Append(", ");
            sb.Append(m_Item5);
            sb.Append(')');
        }
        int ITupleInternal.Size { get { return 5; } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;
        readonly T4 m_Item4;
        readonly T5 m_Item5;
        readonly T6 m_Item6;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
        }
        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public T4 Item4 { get { return m_Item4; } }
        public T5 Item5 { get { return m_Item5; } }
        public T6 Item6 { get { return m_Item6; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6> o = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5) && comparer.Equals(m_Item6, o.m_Item6);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6> o = other as Tuple<T1, T2, T3, T4, T5, T6>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = comparer.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item5);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item6);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(", ");
            sb.Append(m_Item2);
            sb.Append(", ");
            sb.Append(m_Item3);
            sb.Append(", ");
            sb.Append(m_Item4);
            sb.Append(", ");
            sb.Append(m_Item5);
            sb.Append(", ");
            sb.Append(m_Item6);
            sb.Append(')');
        }
        int ITupleInternal.Size { get { return 6; } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;
        readonly T4 m_Item4;
        readonly T5 m_Item5;
        readonly T6 m_Item6;
        readonly T7 m_Item7;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
        }
        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public T4 Item4 { get { return m_Item4; } }
        public T5 Item5 { get { return m_Item5; } }
        public T6 Item6 { get { return m_Item6; } }
        public T7 Item7 { get { return m_Item7; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7> o = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5) && comparer.Equals(m_Item6, o.m_Item6) && comparer.Equals(m_Item7, o.m_Item7);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7> o = other as Tuple<T1, T2, T3, T4, T5, T6, T7>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = comparer.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            c = comparer.Compare(m_Item7, o.m_Item7); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item5);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item6);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item7);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(", ");
            sb.Append(m_Item2);
            sb.Append(", ");
            sb.Append(m_Item3);
            sb.Append(", ");
            sb.Append(m_Item4);
            sb.Append(", ");
            sb.Append(m_Item5);
            sb.Append(", ");
            sb.Append(m_Item6);
            sb.Append(", ");
            sb.Append(m_Item7);
            sb.Append(')');
        }
        int ITupleInternal.Size { get { return 7; } }
    }

    [Serializable]
    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IStructuralEquatable, IStructuralComparable, IComparable, ITupleInternal
    {
        readonly T1 m_Item1;
        readonly T2 m_Item2;
        readonly T3 m_Item3;
        readonly T4 m_Item4;
        readonly T5 m_Item5;
        readonly T6 m_Item6;
        readonly T7 m_Item7;
        readonly TRest m_Rest;
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            m_Item1 = item1;
            m_Item2 = item2;
            m_Item3 = item3;
            m_Item4 = item4;
            m_Item5 = item5;
            m_Item6 = item6;
            m_Item7 = item7;
            m_Rest = rest;
        }
        public T1 Item1 { get { return m_Item1; } }
        public T2 Item2 { get { return m_Item2; } }
        public T3 Item3 { get { return m_Item3; } }
        public T4 Item4 { get { return m_Item4; } }
        public T5 Item5 { get { return m_Item5; } }
        public T6 Item6 { get { return m_Item6; } }
        public T7 Item7 { get { return m_Item7; } }
        public TRest Rest { get { return m_Rest; } }
        public override bool Equals(object obj) { return ((IStructuralEquatable)this).Equals(obj, EqualityComparer<object>.Default); }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> o = other as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (o == null) return false;
            return comparer.Equals(m_Item1, o.m_Item1) && comparer.Equals(m_Item2, o.m_Item2) && comparer.Equals(m_Item3, o.m_Item3) && comparer.Equals(m_Item4, o.m_Item4) && comparer.Equals(m_Item5, o.m_Item5) && comparer.Equals(m_Item6, o.m_Item6) && comparer.Equals(m_Item7, o.m_Item7) && comparer.Equals(m_Rest, o.m_Rest);
        }
        int IComparable.CompareTo(object obj) { return ((IStructuralComparable)this).CompareTo(obj, Comparer<object>.Default); }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> o = other as Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>;
            if (o == null) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            int c = 0;
            c = comparer.Compare(m_Item1, o.m_Item1); if (c != 0) return c;
            c = comparer.Compare(m_Item2, o.m_Item2); if (c != 0) return c;
            c = comparer.Compare(m_Item3, o.m_Item3); if (c != 0) return c;
            c = comparer.Compare(m_Item4, o.m_Item4); if (c != 0) return c;
            c = comparer.Compare(m_Item5, o.m_Item5); if (c != 0) return c;
            c = comparer.Compare(m_Item6, o.m_Item6); if (c != 0) return c;
            c = comparer.Compare(m_Item7, o.m_Item7); if (c != 0) return c;
            c = comparer.Compare(m_Rest, o.m_Rest); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode() { return ((IStructuralEquatable)this).GetHashCode(EqualityComparer<object>.Default); }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item5);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item6);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Item7);
            h = ((h << 5) + h) ^ comparer.GetHashCode(m_Rest);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((ITupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void ITupleInternal.AppendItems(StringBuilder sb)
        {
            sb.Append(m_Item1);
            sb.Append(", ");
            sb.Append(m_Item2);
            sb.Append(", ");
            sb.Append(m_Item3);
            sb.Append(", ");
            sb.Append(m_Item4);
            sb.Append(", ");
            sb.Append(m_Item5);
            sb.Append(", ");
            sb.Append(m_Item6);
            sb.Append(", ");
            sb.Append(m_Item7);
            ITupleInternal r = (object)m_Rest as ITupleInternal; if (r != null) { sb.Append(", "); r.AppendItems(sb); return; }
            sb.Append(", "); sb.Append(m_Rest); sb.Append(')');
        }
        int ITupleInternal.Size { get { return 8; } }
    }

    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) { return new Tuple<T1>(item1); }
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) { return new Tuple<T1, T2>(item1, item2); }
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) { return new Tuple<T1, T2, T3>(item1, item2, item3); }
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) { return new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4); }
        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) { return new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5); }
        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) { return new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6); }
        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) { return new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7); }
        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) { return new Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new Tuple<T8>(item8)); }
    }

    internal interface IValueTupleInternal
    {
        void AppendItems(StringBuilder sb);
    }

    [Serializable]
    public struct ValueTuple : IEquatable<ValueTuple>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple>, IValueTupleInternal
    {
        public override bool Equals(object obj) { return obj is ValueTuple; }
        public bool Equals(ValueTuple other) { return true; }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer) { return other is ValueTuple; }
        int IComparable.CompareTo(object other) { return 0; }
        public int CompareTo(ValueTuple other) { return 0; }
        int IStructuralComparable.CompareTo(object other, IComparer comparer) { return 0; }
        public override int GetHashCode() { return 0; }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer) { return 0; }
        public override string ToString() { return "()"; }
        void IValueTupleInternal.AppendItems(StringBuilder sb) { sb.Append(')'); }
        public static ValueTuple Create() { return new ValueTuple(); }
        public static ValueTuple<T1> Create<T1>(T1 item1) { return new ValueTuple<T1>(item1); }
        public static ValueTuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) { return new ValueTuple<T1, T2>(item1, item2); }
        public static ValueTuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) { return new ValueTuple<T1, T2, T3>(item1, item2, item3); }
        public static ValueTuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) { return new ValueTuple<T1, T2, T3, T4>(item1, item2, item3, item4); }
        public static ValueTuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) { return new ValueTuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5); }
        public static ValueTuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) { return new ValueTuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6); }
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) { return new ValueTuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7); }
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) { return new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6, item7, ValueTuple.Create(item8)); }
    }

    [Serializable]
    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1>>, IValueTupleInternal
    {
        public T1 Item1;
        public ValueTuple(T1 item1)
        {
            Item1 = item1;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1> && Equals((ValueTuple<T1>)obj); }
        public bool Equals(ValueTuple<T1> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1>)) return false;
            ValueTuple<T1> o = (ValueTuple<T1>)other;
            return comparer.Equals(Item1, o.Item1);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1>)other);
        }
        public int CompareTo(ValueTuple<T1> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1> o = (ValueTuple<T1>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(')');
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public ValueTuple(T1 item1, T2 item2)
        {
            Item1 = item1;
            Item2 = item2;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2> && Equals((ValueTuple<T1, T2>)obj); }
        public bool Equals(ValueTuple<T1, T2> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2>)) return false;
            ValueTuple<T1, T2> o = (ValueTuple<T1, T2>)other;
            return comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2>)other);
        }
        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1, T2> o = (ValueTuple<T1, T2>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(Item2);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item2);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(", ");
            if (Item2 != null) sb.Append(Item2.ToString());
            sb.Append(')');
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public ValueTuple(T1 item1, T2 item2, T3 item3)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3> && Equals((ValueTuple<T1, T2, T3>)obj); }
        public bool Equals(ValueTuple<T1, T2, T3> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3>)) return false;
            ValueTuple<T1, T2, T3> o = (ValueTuple<T1, T2, T3>)other;
            return comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3>)other);
        }
        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1, T2, T3> o = (ValueTuple<T1, T2, T3>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(Item3);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item3);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(", ");
            if (Item2 != null) sb.Append(Item2.ToString());
            sb.Append(", ");
            if (Item3 != null) sb.Append(Item3.ToString());
            sb.Append(')');
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4> && Equals((ValueTuple<T1, T2, T3, T4>)obj); }
        public bool Equals(ValueTuple<T1, T2, T3, T4> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4>)) return false;
            ValueTuple<T1, T2, T3, T4> o = (ValueTuple<T1, T2, T3, T4>)other;
            return comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4>)other);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1, T2, T3, T4> o = (ValueTuple<T1, T2, T3, T4>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(Item3);
            h = ((h << 5) + h) ^ EqualityComparer<T4>.Default.GetHashCode(Item4);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item4);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(", ");
            if (Item2 != null) sb.Append(Item2.ToString());
            sb.Append(", ");
            if (Item3 != null) sb.Append(Item3.ToString());
            sb.Append(", ");
            if (Item4 != null) sb.Append(Item4.ToString());
            sb.Append(')');
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5> && Equals((ValueTuple<T1, T2, T3, T4, T5>)obj); }
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>)) return false;
            ValueTuple<T1, T2, T3, T4, T5> o = (ValueTuple<T1, T2, T3, T4, T5>)other;
            return comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5>)other);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1, T2, T3, T4, T5> o = (ValueTuple<T1, T2, T3, T4, T5>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(Item3);
            h = ((h << 5) + h) ^ EqualityComparer<T4>.Default.GetHashCode(Item4);
            h = ((h << 5) + h) ^ EqualityComparer<T5>.Default.GetHashCode(Item5);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item5);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(", ");
            if (Item2 != null) sb.Append(Item2.ToString());
            sb.Append(", ");
            if (Item3 != null) sb.Append(Item3.ToString());
            sb.Append(", ");
            if (Item4 != null) sb.Append(Item4.ToString());
            sb.Append(", ");
            if (Item5 != null) sb.Append(Item5.ToString());
            sb.Append(')');
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5, T6> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6>)obj); }
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>)) return false;
            ValueTuple<T1, T2, T3, T4, T5, T6> o = (ValueTuple<T1, T2, T3, T4, T5, T6>)other;
            return comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6>)other);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1, T2, T3, T4, T5, T6> o = (ValueTuple<T1, T2, T3, T4, T5, T6>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(Item3);
            h = ((h << 5) + h) ^ EqualityComparer<T4>.Default.GetHashCode(Item4);
            h = ((h << 5) + h) ^ EqualityComparer<T5>.Default.GetHashCode(Item5);
            h = ((h << 5) + h) ^ EqualityComparer<T6>.Default.GetHashCode(Item6);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item5);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item6);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(", ");
            if (Item2 != null) sb.Append(Item2.ToString());
            sb.Append(", ");
            if (Item3 != null) sb.Append(Item3.ToString());
            sb.Append(", ");
            if (Item4 != null) sb.Append(Item4.ToString());
            sb.Append(", ");
            if (Item5 != null) sb.Append(Item5.ToString());
            sb.Append(", ");
            if (Item6 != null) sb.Append(Item6.ToString());
            sb.Append(')');
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)obj); }
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>)) return false;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7> o = (ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other;
            return comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6) && comparer.Equals(Item7, o.Item7);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7> o = (ValueTuple<T1, T2, T3, T4, T5, T6, T7>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            c = comparer.Compare(Item7, o.Item7); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(Item3);
            h = ((h << 5) + h) ^ EqualityComparer<T4>.Default.GetHashCode(Item4);
            h = ((h << 5) + h) ^ EqualityComparer<T5>.Default.GetHashCode(Item5);
            h = ((h << 5) + h) ^ EqualityComparer<T6>.Default.GetHashCode(Item6);
            h = ((h << 5) + h) ^ EqualityComparer<T7>.Default.GetHashCode(Item7);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item5);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item6);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item7);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(", ");
            if (Item2 != null) sb.Append(Item2.ToString());
            sb.Append(", ");
            if (Item3 != null) sb.Append(Item3.ToString());
            sb.Append(", ");
            if (Item4 != null) sb.Append(Item4.ToString());
            sb.Append(", ");
            if (Item5 != null) sb.Append(Item5.ToString());
            sb.Append(", ");
            if (Item6 != null) sb.Append(Item6.ToString());
            sb.Append(", ");
            if (Item7 != null) sb.Append(Item7.ToString());
            sb.Append(')');
        }
    }

    [Serializable]
    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IStructuralEquatable, IStructuralComparable, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IValueTupleInternal where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest)
        {
            Item1 = item1;
            Item2 = item2;
            Item3 = item3;
            Item4 = item4;
            Item5 = item5;
            Item6 = item6;
            Item7 = item7;
            Rest = rest;
        }
        public override bool Equals(object obj) { return obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> && Equals((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)obj); }
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            return EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7) && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        }
        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)) return false;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o = (ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other;
            return comparer.Equals(Item1, o.Item1) && comparer.Equals(Item2, o.Item2) && comparer.Equals(Item3, o.Item3) && comparer.Equals(Item4, o.Item4) && comparer.Equals(Item5, o.Item5) && comparer.Equals(Item6, o.Item6) && comparer.Equals(Item7, o.Item7) && comparer.Equals(Rest, o.Rest);
        }
        int IComparable.CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)) throw new ArgumentException("Argument must be of type " + GetType().ToString() + ".", "other");
            return CompareTo((ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other);
        }
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c = 0;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            c = Comparer<TRest>.Default.Compare(Rest, other.Rest); if (c != 0) return c;
            return c;
        }
        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o = (ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>)other;
            int c = 0;
            c = comparer.Compare(Item1, o.Item1); if (c != 0) return c;
            c = comparer.Compare(Item2, o.Item2); if (c != 0) return c;
            c = comparer.Compare(Item3, o.Item3); if (c != 0) return c;
            c = comparer.Compare(Item4, o.Item4); if (c != 0) return c;
            c = comparer.Compare(Item5, o.Item5); if (c != 0) return c;
            c = comparer.Compare(Item6, o.Item6); if (c != 0) return c;
            c = comparer.Compare(Item7, o.Item7); if (c != 0) return c;
            c = comparer.Compare(Rest, o.Rest); if (c != 0) return c;
            return c;
        }
        public override int GetHashCode()
        {
            int h = 0;
            h = ((h << 5) + h) ^ EqualityComparer<T1>.Default.GetHashCode(Item1);
            h = ((h << 5) + h) ^ EqualityComparer<T2>.Default.GetHashCode(Item2);
            h = ((h << 5) + h) ^ EqualityComparer<T3>.Default.GetHashCode(Item3);
            h = ((h << 5) + h) ^ EqualityComparer<T4>.Default.GetHashCode(Item4);
            h = ((h << 5) + h) ^ EqualityComparer<T5>.Default.GetHashCode(Item5);
            h = ((h << 5) + h) ^ EqualityComparer<T6>.Default.GetHashCode(Item6);
            h = ((h << 5) + h) ^ EqualityComparer<T7>.Default.GetHashCode(Item7);
            h = ((h << 5) + h) ^ EqualityComparer<TRest>.Default.GetHashCode(Rest);
            return h;
        }
        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item1);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item2);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item3);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item4);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item5);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item6);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Item7);
            h = ((h << 5) + h) ^ comparer.GetHashCode(Rest);
            return h;
        }
        public override string ToString() { StringBuilder sb = new StringBuilder(); sb.Append('('); ((IValueTupleInternal)this).AppendItems(sb); return sb.ToString(); }
        void IValueTupleInternal.AppendItems(StringBuilder sb)
        {
            if (Item1 != null) sb.Append(Item1.ToString());
            sb.Append(", ");
            if (Item2 != null) sb.Append(Item2.ToString());
            sb.Append(", ");
            if (Item3 != null) sb.Append(Item3.ToString());
            sb.Append(", ");
            if (Item4 != null) sb.Append(Item4.ToString());
            sb.Append(", ");
            if (Item5 != null) sb.Append(Item5.ToString());
            sb.Append(", ");
            if (Item6 != null) sb.Append(Item6.ToString());
            sb.Append(", ");
            if (Item7 != null) sb.Append(Item7.ToString());
            IValueTupleInternal r = (object)Rest as IValueTupleInternal; if (r != null) { sb.Append(", "); r.AppendItems(sb); return; }
            sb.Append(", "); sb.Append(Rest); sb.Append(')');
        }
    }

}
