using System;

class Program
{
    static float F(float x) { return x; }

    static void Main()
    {
        float f = 0.1f;
        double d = 0.1;
        Console.WriteLine("0.1f=" + f + " 0.1d=" + d);
        Console.WriteLine("(double)0.1f=" + (double)f);
        Console.WriteLine("0.1f==0.1d: " + (f == d));
        Console.WriteLine("(float)0.1d==0.1f: " + ((float)d == f));
        Console.WriteLine("1f/3f=" + (1f / 3f));
        Console.WriteLine("(double)(1f/3f)=" + (double)(1f / 3f));
        Console.WriteLine("1f/3f R=" + (1f / 3f).ToString("R"));
        Console.WriteLine("16777216f+1=" + F(16777216f + F(1f)));
        Console.WriteLine("16777217 as float=" + (float)16777217);
        Console.WriteLine("(float)int.MaxValue=" + (float)int.MaxValue);
        Console.WriteLine("(double)long.MaxValue=" + (double)long.MaxValue);
        Console.WriteLine("(float)123456789=" + (float)123456789);
        Console.WriteLine("float 1e38*10=" + F(1e38f * F(10f)));
        Console.WriteLine("float 1e-45=" + 1e-45f + " 1e-46=" + 1e-46f);
        Console.WriteLine("3.14159265358979f=" + 3.14159265358979f);
        Console.WriteLine("(float)Math.PI=" + (float)Math.PI);
        Console.WriteLine("Math.PI=" + Math.PI + " R=" + Math.PI.ToString("R"));
        Console.WriteLine("Math.E=" + Math.E);

        float acc = 0;
        for (int i = 0; i < 1000; i++) acc += 0.1f;
        Console.WriteLine("float sum 1000x0.1=" + acc);
        double dacc = 0;
        for (int i = 0; i < 1000; i++) dacc += 0.1;
        Console.WriteLine("double sum 1000x0.1=" + dacc + " R=" + dacc.ToString("R"));

        float[] vals = { 1.5f, -2.25f, 100.125f, 0.3f, 1e10f, 1.17549435e-38f, 7e-3f, 123456.7f, 9999999f, 0.0001f };
        foreach (float v in vals)
            Console.WriteLine("float " + v + " R=" + v.ToString("R") + " as double=" + (double)v + " x2=" + (v * 2) + " sq=" + (v * v));

        double[] dv = { 1.0 / 7, 2.0 / 7, 1e21, 1e-7, 12345.6789, -98765.4321e-3, 5e-324, 1.7976931348623157e308 };
        foreach (double v in dv)
            Console.WriteLine("double " + v + " R=" + v.ToString("R") + " as float=" + (float)v);

        // float arithmetic is done in float
        float a = 1e8f, b = 1f;
        float c = a + b - a;
        Console.WriteLine("float (1e8+1)-1e8=" + c);
        double e = 1e8, g = 1;
        Console.WriteLine("double (1e8+1)-1e8=" + (e + g - e));
        float h = 0.7f;
        Console.WriteLine("0.7f*100=" + F(h * 100f) + " (int)(0.7f*100)=" + (int)F(h * 100f));
        double h2 = 0.7;
        Console.WriteLine("0.7*100=" + (h2 * 100) + " (int)(0.7*100)=" + (int)(h2 * 100));
        Console.WriteLine("float.Parse(\"3.4028235E+38\")=" + float.Parse("3.4028235E+38"));
        Console.WriteLine("float compare 0.1f<0.1: " + (0.1f < 0.1) + " 0.1f>0.1: " + (0.1f > 0.1));
        Console.WriteLine("float div " + (10f / 4f) + " " + (7f / 3f) + " " + (-1f / 3f));
        Console.WriteLine("float % " + (10.5f % 3f) + " " + (-7.5f % 2f));
        Console.WriteLine("mixed float*double type " + (f * d).GetType().Name + " int*float type " + (3 * f).GetType().Name);
        Console.WriteLine("long to float " + (float)9007199254740993L + " long to double " + (double)9007199254740993L);
        Console.WriteLine("ulong max to double " + (double)ulong.MaxValue + " to float " + (float)ulong.MaxValue);
        Console.WriteLine("uint max to float " + (float)uint.MaxValue + " to double " + (double)uint.MaxValue);
    }
}
