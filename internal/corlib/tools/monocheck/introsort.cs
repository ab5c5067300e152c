using System;
using System.Collections.Generic;
class KC : IComparer<KeyValuePair<int,int>> { public int Compare(KeyValuePair<int,int> a, KeyValuePair<int,int> b) { return a.Key.CompareTo(b.Key); } }
class P { static void Main() {
  var rnd = new Random(1);
  int bad = 0;
  foreach (int n in new[]{2,3,4,5,10,16,17,20,33,50,100,257,1000,5000}) {
    for (int trial = 0; trial < 20; trial++) {
      int mod = trial % 2 == 0 ? 3 : n;
      var a = new KeyValuePair<int,int>[n];
      for (int i = 0; i < n; i++) a[i] = new KeyValuePair<int,int>(trial >= 18 ? (i % 7) : rnd.Next(mod), i);
      var b = (KeyValuePair<int,int>[])a.Clone();
      var c = (KeyValuePair<int,int>[])a.Clone();
      Array.Sort(a, new KC());
      Shim.ArraySortHelper<KeyValuePair<int,int>>.Sort(b, 0, n, new KC());
      for (int i = 0; i < n; i++) if (a[i].Value != b[i].Value) { bad++; break; }
      // keys/items variant
      int[] keys = new int[n]; int[] items = new int[n]; int[] keys2 = new int[n]; int[] items2 = new int[n];
      for (int i = 0; i < n; i++) { keys[i] = keys2[i] = c[i].Key; items[i] = items2[i] = i; }
      Array.Sort(keys, items);
      Shim.ArraySortHelper<int,int>.IntrospectiveSort(keys2, items2, 0, n, Comparer<int>.Default, n);
      for (int i = 0; i < n; i++) if (items[i] != items2[i]) { bad++; Console.WriteLine("kv mismatch n=" + n); break; }
      // Comparison variant on List
      var l1 = new List<KeyValuePair<int,int>>(c); l1.Sort((x, y) => x.Key.CompareTo(y.Key));
      var b2 = (KeyValuePair<int,int>[])c.Clone(); Shim.ArraySortHelper<KeyValuePair<int,int>>.Sort(b2, 0, n, new KC());
      for (int i = 0; i < n; i++) if (l1[i].Value != b2[i].Value) { bad++; Console.WriteLine("list mismatch n=" + n); break; }
    }
  }
  Console.WriteLine("bad=" + bad);
}}
