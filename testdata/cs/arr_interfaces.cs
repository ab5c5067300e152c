using System;
using System.Collections;
using System.Collections.Generic;

class Program
{
    static int SumAll(IEnumerable<int> e) { int s = 0; foreach (var x in e) s += x; return s; }
    static void Double(IList<int> l) { for (int i = 0; i < l.Count; i++) l[i] *= 2; }
    static int CountObjects(IEnumerable e) { int n = 0; foreach (var o in e) n++; return n; }

    static void Main()
    {
        int[] a = { 1, 2, 3, 4 };
        Console.WriteLine("SumAll(array)=" + SumAll(a));
        Double(a);
        Console.WriteLine("after Double via IList<int>: " + string.Join(",", a));
        Console.WriteLine("CountObjects: " + CountObjects(a) + " " + CountObjects(new string[3]) + " " + CountObjects(new int[2, 3]));
        IList<int> il = a;
        Console.WriteLine("IList Count=" + il.Count + " IndexOf(6)=" + il.IndexOf(6) + " Contains(5)=" + il.Contains(5));
        try { il.Insert(0, 1); } catch (NotSupportedException) { Console.WriteLine("Insert: NotSupportedException"); }
        try { il.Remove(2); } catch (NotSupportedException) { Console.WriteLine("Remove: NotSupportedException"); }
        try { il.Clear(); } catch (NotSupportedException) { Console.WriteLine("Clear: NotSupportedException"); }
        try { Console.WriteLine(il[10]); } catch (IndexOutOfRangeException e) { Console.WriteLine("il[10]: " + e.GetType().Name); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("il[10]: " + e.GetType().Name); }
        ICollection<int> ic = a;
        Console.WriteLine("ICollection Count=" + ic.Count + " IsReadOnly=" + ic.IsReadOnly);
        IList nonGeneric = a;
        Console.WriteLine("IList non-generic: Count=" + nonGeneric.Count + " [1]=" + nonGeneric[1] + " IsFixedSize=" + nonGeneric.IsFixedSize + " Contains(8)=" + nonGeneric.Contains(8));
        nonGeneric[1] = 40;
        Console.WriteLine("set via non-generic IList: " + a[1]);
        try { nonGeneric[1] = "str"; } catch (ArgumentException e) { Console.WriteLine("set wrong type: " + e.GetType().Name); } catch (InvalidCastException e) { Console.WriteLine("set wrong type: " + e.GetType().Name); }
        IEnumerator<int> en = ((IEnumerable<int>)a).GetEnumerator();
        en.MoveNext(); en.MoveNext();
        Console.WriteLine("generic enumerator current: " + en.Current);
        IEnumerator nen = a.GetEnumerator();
        int cnt = 0;
        while (nen.MoveNext()) cnt++;
        Console.WriteLine("non-generic enumerator count: " + cnt);
        string[] s = { "x", "y" };
        IEnumerable<object> eo = s;
        IReadOnlyCollectionLike(eo);
        var list = new List<int>(a);
        list.Add(99);
        Console.WriteLine("List from array: " + string.Join(",", list) + " array unchanged length " + a.Length);
        int[] back = list.ToArray();
        back[0] = -1;
        Console.WriteLine("ToArray copies: " + list[0] + " " + back[0]);
        IList<string> sl = new[] { "b", "a" };
        Console.WriteLine("IList<string> from array: " + sl[0] + " " + sl.GetType().Name);
        object boxedArr = a;
        var asEnum = boxedArr as IEnumerable<int>;
        Console.WriteLine("array as IEnumerable<int> non-null: " + (asEnum != null) + " as IEnumerable<long>: " + (boxedArr as IEnumerable<long> == null));
        int[,] md = { { 1, 2 }, { 3, 4 } };
        Console.WriteLine("2D is IEnumerable: " + (md is IEnumerable) + " is IEnumerable<int>: " + ((object)md is IEnumerable<int>));
    }

    static void IReadOnlyCollectionLike(IEnumerable<object> e)
    {
        foreach (var o in e) Console.Write("obj:" + o + " ");
        Console.WriteLine();
    }
}
