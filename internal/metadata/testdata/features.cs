// Test assembly for the metadata reader: exercises most tables.
using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;

[assembly: System.Reflection.AssemblyVersion("1.2.3.4")]

namespace Strata.Tests
{
    public enum Color : short { Red = 1, Green = 2, Blue = 4 }

    [AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
    public class NoteAttribute : Attribute
    {
        public NoteAttribute(string text, int level, Color color, Type type, int[] values) { }
        public string Extra;
        public bool Flag { get; set; }
    }

    public interface IShape { double Area(); }
    public interface INamed { string Name { get; } }

    [StructLayout(LayoutKind.Explicit, Size = 16)]
    public struct Pair
    {
        [FieldOffset(0)] public int A;
        [FieldOffset(8)] public long B;
    }

    [Note("circle", 3, Color.Blue, typeof(Pair), new int[] { 1, 2 }, Extra = "x", Flag = true)]
    public class Circle : IShape, INamed
    {
        public const int Sides = 0;
        public const string Label = "round";
        public static readonly int[] Primes = new int[] { 2, 3, 5, 7, 11, 13, 17, 19 };
        private double radius;
        public event EventHandler Changed;

        public Circle(double r) { radius = r; }
        public double Area() { return Math.PI * radius * radius; }
        public string Name { get { return "circle"; } }
        public double this[int i] { get { return radius * i; } }

        public class Inner
        {
            public int Value;
        }

        protected virtual void OnChanged() { if (Changed != null) Changed(this, EventArgs.Empty); }
    }

    public class Box<T> where T : class, IShape, new()
    {
        public T Item;
        public List<T> Items = new List<T>();
        public U Convert<U>(Func<T, U> f) { return f(Item); }
    }

    public class Square : IShape
    {
        double IShape.Area() { return 4; }
    }

    public static class Native
    {
        [DllImport("libc", EntryPoint = "getpid")]
        public static extern int GetPid();

        [DllImport("libc")]
        public static extern int puts([MarshalAs(UnmanagedType.LPStr)] string s);
    }

    public class Program
    {
        static int Fib(int n) { return n < 2 ? n : Fib(n - 1) + Fib(n - 2); }

        static string Classify(int x)
        {
            switch (x)
            {
                case 0: return "zero";
                case 1: return "one";
                case 2: return "two";
                case 3: return "three";
                default: return "many";
            }
        }

        static unsafe int Sum(int* p, int n)
        {
            int s = 0;
            for (int i = 0; i < n; i++) s += p[i];
            return s;
        }

        static int Guarded(int a)
        {
            int r = 0;
            try
            {
                r = 10 / a;
            }
            catch (DivideByZeroException)
            {
                r = -1;
            }
            catch (Exception e) when (e.Message != null)
            {
                r = -2;
            }
            finally
            {
                r++;
            }
            return r;
        }

        static long Big() { return 0x123456789AL; }
        static double Real() { return 2.5; }
        static float Single() { return 1.5f; }

        static int Main(string[] args)
        {
            int[,] grid = new int[2, 3];
            grid[1, 2] = 7;
            var list = new List<int> { 1, 2, 3 };
            int total = 0;
            foreach (int v in list) total += v;
            unsafe
            {
                int* buf = stackalloc int[4];
                buf[0] = 1; buf[1] = 2;
                total += Sum(buf, 2);
            }
            Console.WriteLine("fib " + Fib(10) + " " + Classify(total) + " " + Guarded(0) + grid[1, 2]);
            return 0;
        }
    }
}
