// Golden-file input for inspect: generics, nested types, properties,
// exceptions, switch and constants.
using System;
using System.Collections.Generic;

namespace Shapes
{
    public interface IShape { double Area { get; } }

    public struct Rect : IShape
    {
        public double W, H;
        public Rect(double w, double h) { W = w; H = h; }
        public double Area { get { return W * H; } }
    }

    public sealed class Stack<T>
    {
        private readonly List<T> items = new List<T>();
        public int Count { get { return items.Count; } }
        public void Push(T item) { items.Add(item); }
        public T Pop()
        {
            if (items.Count == 0) throw new InvalidOperationException("empty");
            T last = items[items.Count - 1];
            items.RemoveAt(items.Count - 1);
            return last;
        }

        public class Node { public T Value; public Node Next; }
    }

    public static class Program
    {
        public const long Big = 1L << 40;
        public const string Greeting = "hi";

        static string Name(int k)
        {
            switch (k)
            {
                case 0: return "zero";
                case 1: return "one";
                case 2: return "two";
                default: return "other";
            }
        }

        static int Safe(Stack<int> s)
        {
            try { return s.Pop(); }
            catch (InvalidOperationException) { return -1; }
            finally { Console.WriteLine("done"); }
        }

        public static int Main()
        {
            var s = new Stack<int>();
            s.Push(3);
            IShape r = new Rect(2, 3.5);
            Console.WriteLine(Name(s.Count) + " " + r.Area + " " + Safe(s) + " " + Safe(s));
            return 0;
        }
    }
}
