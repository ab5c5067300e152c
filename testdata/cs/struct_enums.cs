using System;

enum Color { Red, Green, Blue }
enum Status : byte { Unknown = 0, Active = 10, Inactive = 20, Deleted = 255 }
enum Big : long { Small = 1, Huge = 1L << 40, Negative = -5 }
enum Dup { A = 1, B = 1, C = 2 }

[Flags]
enum Perm { None = 0, Read = 1, Write = 2, Execute = 4, ReadWrite = Read | Write, All = Read | Write | Execute }

[Flags]
enum Style { Bold = 1, Italic = 2, Underline = 4, Strike = 8 }

class Program
{
    static void Main()
    {
        Color c = Color.Green;
        Console.WriteLine("c=" + c + " (int)c=" + (int)c + " ToString(\"D\")=" + c.ToString("D") + " ToString(\"G\")=" + c.ToString("G") + " X=" + c.ToString("X"));
        Console.WriteLine("undefined (Color)7=" + (Color)7 + " (Color)-1=" + (Color)(-1));
        Console.WriteLine("c+1=" + (c + 1) + " c-1=" + (c - 1) + " Blue-Red=" + (Color.Blue - Color.Red));
        c++;
        Console.WriteLine("c++ -> " + c);
        c++;
        Console.WriteLine("c++ -> " + c + " (" + (int)c + ")");
        Console.WriteLine("comparisons: " + (Color.Red < Color.Blue) + " " + (Color.Green == (Color)1) + " CompareTo=" + Color.Red.CompareTo(Color.Blue));
        Console.WriteLine("Status: " + Status.Active + " " + (byte)Status.Deleted + " " + (Status)20 + " " + (Status)21);
        Console.WriteLine("Big: " + Big.Huge + " " + (long)Big.Huge + " " + Big.Negative + " " + (long)Big.Negative);
        Console.WriteLine("Dup: " + Dup.C + " (Dup)2=" + (Dup)2 + " A==B " + (Dup.A == Dup.B));

        Perm p = Perm.Read | Perm.Execute;
        Console.WriteLine("flags Read|Execute=" + p + " (" + (int)p + ")");
        Console.WriteLine("ReadWrite=" + (Perm.Read | Perm.Write) + " All=" + Perm.All + " None=" + Perm.None + " (Perm)0=" + (Perm)0);
        Console.WriteLine("undefined flag bit (Perm)8=" + (Perm)8 + " (Perm)9=" + (Perm)9 + " (Perm)15=" + (Perm)15);
        Console.WriteLine("HasFlag: " + p.HasFlag(Perm.Read) + " " + p.HasFlag(Perm.Write) + " " + p.HasFlag(Perm.None) + " (p&Write)!=0: " + ((p & Perm.Write) != 0));
        p |= Perm.Write;
        Console.WriteLine("after |= Write: " + p);
        p &= ~Perm.Read;
        Console.WriteLine("after &= ~Read: " + p);
        p ^= Perm.All;
        Console.WriteLine("after ^= All: " + p);
        Style s = Style.Bold | Style.Underline | Style.Strike;
        Console.WriteLine("Style combo=" + s + " D=" + s.ToString("D") + " X=" + s.ToString("X") + " F=" + s.ToString("F"));
        Console.WriteLine("(Style)0=" + (Style)0 + " (Style)16=" + (Style)16 + " (Style)17=" + (Style)17);
        Console.WriteLine("non-flags combo (Color)3 ToString F=" + ((Color)3).ToString("F"));

        Console.WriteLine("Parse: " + Enum.Parse(typeof(Color), "Blue") + " " + (Color)Enum.Parse(typeof(Color), "1") + " ignoreCase " + Enum.Parse(typeof(Color), "red", true));
        Console.WriteLine("Parse flags: " + Enum.Parse(typeof(Perm), "Read, Write") + " " + Enum.Parse(typeof(Perm), "5"));
        try { Enum.Parse(typeof(Color), "Purple"); }
        catch (ArgumentException e) { Console.WriteLine("Parse Purple: " + e.GetType().Name); }
        try { Enum.Parse(typeof(Color), "red"); }
        catch (ArgumentException e) { Console.WriteLine("Parse red case-sensitive: " + e.GetType().Name); }
        Color parsed;
        Console.WriteLine("TryParse Green: " + Enum.TryParse("Green", out parsed) + " " + parsed);
        Console.WriteLine("TryParse nope: " + Enum.TryParse("nope", out parsed) + " " + parsed);
        Console.WriteLine("IsDefined: " + Enum.IsDefined(typeof(Color), 1) + " " + Enum.IsDefined(typeof(Color), 5) + " " + Enum.IsDefined(typeof(Color), "Red"));
        Console.WriteLine("GetNames: " + string.Join(",", Enum.GetNames(typeof(Perm))));
        Console.Write("GetValues:");
        foreach (Status st in Enum.GetValues(typeof(Status))) Console.Write(" " + st + "=" + (int)st);
        Console.WriteLine();
        Console.WriteLine("GetName: " + Enum.GetName(typeof(Color), 2) + " [" + Enum.GetName(typeof(Color), 9) + "]");
        Console.WriteLine("ToObject: " + Enum.ToObject(typeof(Color), 1) + " GetUnderlyingType: " + Enum.GetUnderlyingType(typeof(Status)).Name);
        Console.WriteLine("default(Color)=" + default(Color) + " default(Perm)=" + default(Perm) + " new Status()=" + new Status());
        object boxed = Color.Blue;
        Console.WriteLine("boxed enum: " + boxed + " type=" + boxed.GetType().Name + " is Enum " + (boxed is Enum) + " is ValueType " + (boxed is ValueType));
        Console.WriteLine("Equals: " + Color.Red.Equals(Color.Red) + " " + Color.Red.Equals(0) + " " + ((object)Color.Red).Equals(Color.Red));
        Color[] arr = { Color.Blue, Color.Red, (Color)5, Color.Green };
        Array.Sort(arr);
        Console.WriteLine("sorted enums: " + string.Join(" ", arr));
        switch (Color.Blue) { case Color.Blue: Console.WriteLine("switch on enum Blue"); break; }
        int asInt = (int)Color.Blue;
        Color fromInt = (Color)asInt;
        Console.WriteLine("round trip " + fromInt + " GetHashCode=" + Color.Blue.GetHashCode());
    }
}
