using System;
using System.Collections.Generic;

enum E8 : sbyte { Neg = -128, Zero = 0, Pos = 127 }
enum EU8 : byte { A = 0, B = 200, C = 255 }
enum E16 : short { X = -300, Y = 300 }
enum EU16 : ushort { P = 1, Q = 65535 }
enum E32 { One = 1, Two = 2, Dup = 2, Three = 3 }
enum EU32 : uint { Hi = 0x80000000, Lo = 1 }
enum E64 : long { Neg = -5000000000, Pos = 5000000000 }
enum EU64 : ulong { Huge = 0xFFFFFFFFFFFFFFFF, Small = 3 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = Read | Write, All = 7 }
[Flags] enum Bits : byte { B0 = 1, B1 = 2, B3 = 8 }
enum NoZero { A = 1, B = 2 }
enum Empty { }

class Program
{
    static void P(string s) { Console.WriteLine(s); }
    static void Dump<T>(string label)
    {
        var vals = Enum.GetValues(typeof(T));
        var parts = new List<string>();
        foreach (var v in vals) parts.Add(v.ToString() + "=" + Convert.ToString(Convert.ChangeType(v, Enum.GetUnderlyingType(typeof(T)))));
        P(label + " [" + vals.Length + "] " + string.Join(" ", parts.ToArray()) + " names=" + string.Join(",", Enum.GetNames(typeof(T))) + " under=" + Enum.GetUnderlyingType(typeof(T)).Name);
    }
    static void Main()
    {
        Dump<E8>("E8"); Dump<EU8>("EU8"); Dump<E16>("E16"); Dump<EU16>("EU16"); Dump<E32>("E32");
        Dump<EU32>("EU32"); Dump<E64>("E64"); Dump<EU64>("EU64"); Dump<Perm>("Perm"); Dump<Bits>("Bits"); Dump<Empty>("Empty");
        P(((Perm)3).ToString() + " | " + ((Perm)5).ToString() + " | " + ((Perm)7).ToString() + " | " + ((Perm)0).ToString() + " | " + ((Perm)8).ToString() + " | " + ((Perm)15).ToString());
        P(((Bits)11).ToString() + " | " + ((Bits)4).ToString() + " | " + ((Bits)0).ToString() + " | " + ((Bits)255).ToString());
        P(((NoZero)0).ToString() + " | " + ((NoZero)3).ToString() + " | " + ((E32)2).ToString() + " | " + ((E32)99).ToString() + " | " + ((E8)(-1)).ToString());
        P(((EU64)ulong.MaxValue).ToString() + " " + ((EU64)4).ToString() + " " + ((EU32)0x80000001).ToString());
        P("formats: " + Perm.ReadWrite.ToString("D") + " " + Perm.ReadWrite.ToString("X") + " " + Perm.ReadWrite.ToString("G") + " " + ((Perm)5).ToString("F") + " " + E8.Neg.ToString("X") + " " + E16.X.ToString("X") + " " + E64.Neg.ToString("D") + " " + EU64.Huge.ToString("X") + " " + ((NoZero)3).ToString("F"));
        P(string.Format("fmt: {0} {0:D} {0:X} {1:G} {2:d}", E16.Y, Perm.All, EU8.B));
        P("Parse: " + Enum.Parse(typeof(Perm), "Read, Exec") + " " + Enum.Parse(typeof(Perm), "3") + " " + Enum.Parse(typeof(Perm), "write", true) + " " + Enum.Parse(typeof(E32), "Dup") + " " + Enum.Parse(typeof(E8), "-128") + " " + Enum.Parse(typeof(E32), " Three "));
        try { Enum.Parse(typeof(Perm), "write"); } catch (ArgumentException) { P("Parse case-sensitive failed -> ArgumentException"); }
        try { Enum.Parse(typeof(EU8), "300"); } catch (OverflowException) { P("Parse 300 into byte enum -> OverflowException"); } catch (ArgumentException) { P("Parse 300 -> ArgumentException"); }
        Perm pp; E32 ee;
        P("TryParse: " + Enum.TryParse("Read,Write", out pp) + " " + pp + " " + Enum.TryParse("nope", out pp) + " " + pp + " " + Enum.TryParse("exec", true, out pp) + " " + pp + " " + Enum.TryParse("42", out ee) + " " + ee);
        P("IsDefined: " + Enum.IsDefined(typeof(Perm), 3) + " " + Enum.IsDefined(typeof(Perm), 8) + " " + Enum.IsDefined(typeof(Perm), "Exec") + " " + Enum.IsDefined(typeof(Perm), "exec") + " " + Enum.IsDefined(typeof(E32), E32.Two));
        P("GetName: " + Enum.GetName(typeof(E32), 3) + " [" + Enum.GetName(typeof(E32), 7) + "] " + Enum.GetName(typeof(EU64), ulong.MaxValue));
        P("ToObject: " + Enum.ToObject(typeof(Perm), 6) + " " + Enum.ToObject(typeof(E8), (sbyte)127) + " " + Enum.ToObject(typeof(EU32), 1L));
        P("HasFlag: " + Perm.All.HasFlag(Perm.ReadWrite) + " " + Perm.Read.HasFlag(Perm.ReadWrite) + " " + Perm.Read.HasFlag(Perm.None));
        P("CompareTo: " + E8.Neg.CompareTo(E8.Pos) + " " + EU32.Hi.CompareTo(EU32.Lo) + " " + E64.Neg.CompareTo(E64.Pos) + " " + EU64.Huge.CompareTo(EU64.Small));
        var sorted = new List<EU32> { EU32.Hi, EU32.Lo, (EU32)5 };
        sorted.Sort();
        P("sorted EU32: " + string.Join(",", sorted));
        var s8 = new List<E8> { E8.Pos, E8.Neg, E8.Zero };
        s8.Sort();
        P("sorted E8: " + string.Join(",", s8));
        P("Equals: " + E32.Two.Equals(E32.Dup) + " " + E32.Two.Equals(2) + " " + ((object)E32.Two).Equals((object)E32.Two) + " " + (E32.Two == E32.Dup));
        P("arith: " + (E8.Pos + 0) + " " + unchecked((E8)((int)E8.Pos + 1)) + " " + unchecked(EU8.C + 1) + " " + (~Perm.Read) + " " + (~Bits.B0) + " " + (Perm.All & ~Perm.Write) + " " + (Perm.Read ^ Perm.All));
        E16 vx = E16.X; EU32 vh = EU32.Hi; E64 vn = E64.Neg; EU64 vu = EU64.Huge;
        P("conv: " + (int)vx + " " + unchecked((ushort)vx) + " " + (long)vh + " " + unchecked((int)vh) + " " + unchecked((ulong)vn) + " " + (double)vu);
        object boxed = EU16.Q;
        P("boxed: " + boxed + " " + boxed.GetType().Name + " " + (boxed is Enum) + " " + (boxed is ValueType) + " " + (boxed is IComparable) + " " + (boxed is IFormattable) + " " + Convert.ToInt32(boxed));
        Enum en = Perm.Exec;
        P("Enum ref: " + en + " " + en.GetType().FullName + " " + en.CompareTo(Perm.Read));
        var dict = new Dictionary<E32, string> { { E32.One, "1" }, { E32.Three, "3" } };
        dict[E32.Dup] = "dup";
        P("dict: " + dict[E32.Two] + " " + dict.Count);
        switch ((Perm)6) { case Perm.Write | Perm.Exec: P("switch combined"); break; default: P("switch default"); break; }
        E32 loop = E32.One;
        for (; loop <= E32.Three; loop++) Console.Write(loop + ";");
        P("");
        P("Format: " + Enum.Format(typeof(Perm), 3, "G") + " " + Enum.Format(typeof(Perm), Perm.Exec, "x") + " " + Enum.Format(typeof(E8), (sbyte)-1, "X"));
    }
}
