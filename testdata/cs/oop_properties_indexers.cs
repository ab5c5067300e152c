using System;
using System.Collections.Generic;

class Temperature
{
    private double celsius;
    public double Celsius
    {
        get { return celsius; }
        set
        {
            if (value < -273.15) throw new ArgumentOutOfRangeException("value", "below absolute zero");
            celsius = value;
        }
    }
    public double Fahrenheit
    {
        get { return celsius * 9 / 5 + 32; }
        set { Celsius = (value - 32) * 5 / 9; }
    }
    public string Label { get; set; } = "default";
    public int ReadOnlyAuto { get; } = 42;
    public int PrivateSet { get; private set; }
    public bool IsHot => celsius > 30;
    public void Bump() { PrivateSet++; }
}

class Matrix
{
    private readonly int[,] data;
    public int Rows { get; }
    public int Cols { get; }
    public Matrix(int r, int c) { Rows = r; Cols = c; data = new int[r, c]; }
    public int this[int r, int c] { get { return data[r, c]; } set { data[r, c] = value; } }
    public int[] this[int r]
    {
        get
        {
            var row = new int[Cols];
            for (int c = 0; c < Cols; c++) row[c] = data[r, c];
            return row;
        }
    }
}

class Registry
{
    private Dictionary<string, string> map = new Dictionary<string, string>();
    public string this[string key]
    {
        get { string v; return map.TryGetValue(key, out v) ? v : "<missing:" + key + ">"; }
        set { Console.WriteLine("  set [" + key + "] = " + value); map[key] = value; }
    }
    public int Count => map.Count;
}

class BitField
{
    private uint bits;
    public bool this[int i]
    {
        get { return (bits & (1u << i)) != 0; }
        set { if (value) bits |= 1u << i; else bits &= ~(1u << i); }
    }
    public uint Bits => bits;
}

class Program
{
    static int staticProp;
    static int StaticProp { get { Console.WriteLine("  StaticProp get"); return staticProp; } set { Console.WriteLine("  StaticProp set " + value); staticProp = value; } }

    static void Main()
    {
        var t = new Temperature();
        t.Celsius = 25;
        Console.WriteLine("C=" + t.Celsius + " F=" + t.Fahrenheit + " hot=" + t.IsHot);
        t.Fahrenheit = 212;
        Console.WriteLine("C=" + t.Celsius + " F=" + t.Fahrenheit + " hot=" + t.IsHot);
        Console.WriteLine("Label=" + t.Label + " ReadOnlyAuto=" + t.ReadOnlyAuto);
        t.Label = "kitchen";
        t.Bump(); t.Bump();
        Console.WriteLine("Label=" + t.Label + " PrivateSet=" + t.PrivateSet);
        try { t.Celsius = -300; }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine("set -300: " + e.GetType().Name + " param=" + e.ParamName); }
        Console.WriteLine("C still=" + t.Celsius);

        var m = new Matrix(3, 4);
        for (int r = 0; r < m.Rows; r++) for (int c = 0; c < m.Cols; c++) m[r, c] = r * 10 + c;
        m[1, 1] += 100;
        m[2, 3]++;
        for (int r = 0; r < m.Rows; r++) Console.WriteLine("row " + r + ": " + string.Join(" ", m[r]));

        var reg = new Registry();
        reg["a"] = "apple";
        reg["b"] = "banana";
        reg["a"] += " pie";
        Console.WriteLine("a=" + reg["a"] + " b=" + reg["b"] + " c=" + reg["c"] + " count=" + reg.Count);

        var bf = new BitField();
        bf[0] = true; bf[3] = true; bf[31] = true; bf[3] = false; bf[5] = true;
        Console.WriteLine("bits=" + bf.Bits.ToString("X8") + " [0]=" + bf[0] + " [3]=" + bf[3] + " [5]=" + bf[5]);

        Console.WriteLine("static property compound:");
        StaticProp += 5;
        StaticProp++;
        Console.WriteLine("StaticProp=" + staticProp);
    }
}
