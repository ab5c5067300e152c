using System;

struct Counter
{
    public int Value;
    public void Inc() { Value++; }
    public Counter Incremented() { var c = this; c.Value++; return c; }
    public void Reset() { this = new Counter(); }
    public void AddFrom(Counter other) { Value += other.Value; }
}

class Container
{
    public readonly Counter ReadOnlyCounter;
    public Counter MutableCounter;
    public Counter PropCounter { get; set; }
}

struct Vector3
{
    public readonly float X, Y, Z;
    public Vector3(float x, float y, float z) { X = x; Y = y; Z = z; }
    public float Length => (float)Math.Sqrt(X * X + Y * Y + Z * Z);
    public Vector3 Normalized() { float l = Length; return new Vector3(X / l, Y / l, Z / l); }
    public Vector3 With(float? x = null, float? y = null, float? z = null) { return new Vector3(x ?? X, y ?? Y, z ?? Z); }
    public override string ToString() { return string.Format("({0:F3}, {1:F3}, {2:F3})", X, Y, Z); }
}

class Program
{
    static readonly Counter staticReadonly;

    static void Main()
    {
        var c = new Counter();
        c.Inc(); c.Inc();
        Console.WriteLine("c=" + c.Value);
        var d = c.Incremented();
        Console.WriteLine("Incremented returns copy: c=" + c.Value + " d=" + d.Value);
        c.Reset();
        Console.WriteLine("after this = new(): c=" + c.Value);
        c.AddFrom(d);
        c.AddFrom(c);
        Console.WriteLine("AddFrom self: " + c.Value);
        var box = new Container();
        box.ReadOnlyCounter.Inc();
        box.ReadOnlyCounter.Inc();
        Console.WriteLine("readonly field Inc on defensive copy: " + box.ReadOnlyCounter.Value);
        box.MutableCounter.Inc();
        box.MutableCounter.Inc();
        Console.WriteLine("mutable field Inc in place: " + box.MutableCounter.Value);
        box.PropCounter.Inc();
        Console.WriteLine("property Inc on temp copy: " + box.PropCounter.Value);
        staticReadonly.Inc();
        Console.WriteLine("static readonly Inc: " + staticReadonly.Value);
        var v = new Vector3(3, 4, 12);
        Console.WriteLine("v=" + v + " len=" + v.Length + " norm=" + v.Normalized() + " normlen=" + v.Normalized().Length.ToString("F4"));
        var w = v.With(y: 0);
        Console.WriteLine("with y=0: " + w + " original " + v);
        Counter[] arr = new Counter[3];
        for (int i = 0; i < arr.Length; i++) for (int j = 0; j <= i; j++) arr[i].Inc();
        Console.WriteLine("array: " + arr[0].Value + " " + arr[1].Value + " " + arr[2].Value);
        foreach (var item in arr) { var copy = item; copy.Inc(); }
        Console.WriteLine("after foreach copies: " + arr[0].Value + " " + arr[1].Value + " " + arr[2].Value);
        Action<Counter> byVal = x => { x.Inc(); Console.WriteLine("  in lambda: " + x.Value); };
        byVal(arr[2]);
        Console.WriteLine("after lambda: " + arr[2].Value);
        Counter captured = new Counter();
        Action incCaptured = () => captured.Inc();
        incCaptured(); incCaptured(); incCaptured();
        Console.WriteLine("captured struct mutated through closure: " + captured.Value);
    }
}
