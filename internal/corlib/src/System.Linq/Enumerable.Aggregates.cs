using System.Collections.Generic;

namespace System.Linq
{
    public static partial class Enumerable
    {
        public static int Sum(this IEnumerable<int> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            foreach (int v in source) { checked { sum += v; } }
            return checked((int)sum);
        }
        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Sum(Select(source, selector)); }
        public static int Min(this IEnumerable<int> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            int value = 0;
            bool hasValue = false;
            foreach (int x in source)
            {
                if (hasValue)
                {
                    if (x < value) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Min(Select(source, selector)); }
        public static int Max(this IEnumerable<int> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            int value = 0;
            bool hasValue = false;
            foreach (int x in source)
            {
                if (hasValue)
                {
                    if (x > value) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Max(Select(source, selector)); }
        public static double Average(this IEnumerable<int> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            long count = 0;
            foreach (int v in source) { checked { sum += v; count++; } }
            if (count > 0) return (double)sum / count;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { return Average(Select(source, selector)); }
        public static int? Sum(this IEnumerable<int?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            foreach (int? v in source) if (v != null) { checked { sum += v.GetValueOrDefault(); } }
            return checked((int)sum);
        }
        public static int? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Sum(Select(source, selector)); }
        public static int? Min(this IEnumerable<int?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            int? value = null;
            foreach (int? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() < value.GetValueOrDefault()) value = x;
            }
            return value;
        }
        public static int? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Min(Select(source, selector)); }
        public static int? Max(this IEnumerable<int?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            int? value = null;
            foreach (int? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() > value.GetValueOrDefault()) value = x;
            }
            return value;
        }
        public static int? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Max(Select(source, selector)); }
        public static double? Average(this IEnumerable<int?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            long count = 0;
            foreach (int? v in source) if (v != null) { checked { sum += v.GetValueOrDefault(); count++; } }
            if (count > 0) return (double)sum / count;
            return null;
        }
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { return Average(Select(source, selector)); }
        public static long Sum(this IEnumerable<long> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            foreach (long v in source) { checked { sum += v; } }
            return (long)sum;
        }
        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Sum(Select(source, selector)); }
        public static long Min(this IEnumerable<long> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long value = 0;
            bool hasValue = false;
            foreach (long x in source)
            {
                if (hasValue)
                {
                    if (x < value) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Min(Select(source, selector)); }
        public static long Max(this IEnumerable<long> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long value = 0;
            bool hasValue = false;
            foreach (long x in source)
            {
                if (hasValue)
                {
                    if (x > value) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Max(Select(source, selector)); }
        public static double Average(this IEnumerable<long> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            long count = 0;
            foreach (long v in source) { checked { sum += v; count++; } }
            if (count > 0) return (double)sum / count;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { return Average(Select(source, selector)); }
        public static long? Sum(this IEnumerable<long?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            foreach (long? v in source) if (v != null) { checked { sum += v.GetValueOrDefault(); } }
            return (long)sum;
        }
        public static long? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Sum(Select(source, selector)); }
        public static long? Min(this IEnumerable<long?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long? value = null;
            foreach (long? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() < value.GetValueOrDefault()) value = x;
            }
            return value;
        }
        public static long? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Min(Select(source, selector)); }
        public static long? Max(this IEnumerable<long?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long? value = null;
            foreach (long? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() > value.GetValueOrDefault()) value = x;
            }
            return value;
        }
        public static long? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Max(Select(source, selector)); }
        public static double? Average(this IEnumerable<long?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            long sum = 0;
            long count = 0;
            foreach (long? v in source) if (v != null) { checked { sum += v.GetValueOrDefault(); count++; } }
            if (count > 0) return (double)sum / count;
            return null;
        }
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long?> selector) { return Average(Select(source, selector)); }
        public static float Sum(this IEnumerable<float> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            foreach (float v in source) { sum += v; }
            return (float)sum;
        }
        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Sum(Select(source, selector)); }
        public static float Min(this IEnumerable<float> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            float value = 0;
            bool hasValue = false;
            foreach (float x in source)
            {
                if (hasValue)
                {
                    if (x < value || float.IsNaN(x)) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static float Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Min(Select(source, selector)); }
        public static float Max(this IEnumerable<float> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            float value = 0;
            bool hasValue = false;
            foreach (float x in source)
            {
                if (hasValue)
                {
                    if (x > value || float.IsNaN(value)) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Max(Select(source, selector)); }
        public static float Average(this IEnumerable<float> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            long count = 0;
            foreach (float v in source) { sum += v; checked { count++; } }
            if (count > 0) return (float)(sum / count);
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { return Average(Select(source, selector)); }
        public static float? Sum(this IEnumerable<float?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            foreach (float? v in source) if (v != null) { sum += v.GetValueOrDefault(); }
            return (float)sum;
        }
        public static float? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Sum(Select(source, selector)); }
        public static float? Min(this IEnumerable<float?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            float? value = null;
            foreach (float? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() < value.GetValueOrDefault() || float.IsNaN(x.GetValueOrDefault())) value = x;
            }
            return value;
        }
        public static float? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Min(Select(source, selector)); }
        public static float? Max(this IEnumerable<float?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            float? value = null;
            foreach (float? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() > value.GetValueOrDefault() || float.IsNaN(value.GetValueOrDefault())) value = x;
            }
            return value;
        }
        public static float? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Max(Select(source, selector)); }
        public static float? Average(this IEnumerable<float?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            long count = 0;
            foreach (float? v in source) if (v != null) { sum += v.GetValueOrDefault(); checked { count++; } }
            if (count > 0) return (float)(sum / count);
            return null;
        }
        public static float? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float?> selector) { return Average(Select(source, selector)); }
        public static double Sum(this IEnumerable<double> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            foreach (double v in source) { sum += v; }
            return (double)sum;
        }
        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Sum(Select(source, selector)); }
        public static double Min(this IEnumerable<double> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double value = 0;
            bool hasValue = false;
            foreach (double x in source)
            {
                if (hasValue)
                {
                    if (x < value || double.IsNaN(x)) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Min(Select(source, selector)); }
        public static double Max(this IEnumerable<double> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double value = 0;
            bool hasValue = false;
            foreach (double x in source)
            {
                if (hasValue)
                {
                    if (x > value || double.IsNaN(value)) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Max(Select(source, selector)); }
        public static double Average(this IEnumerable<double> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            long count = 0;
            foreach (double v in source) { sum += v; checked { count++; } }
            if (count > 0) return (double)sum / count;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { return Average(Select(source, selector)); }
        public static double? Sum(this IEnumerable<double?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            foreach (double? v in source) if (v != null) { sum += v.GetValueOrDefault(); }
            return (double)sum;
        }
        public static double? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Sum(Select(source, selector)); }
        public static double? Min(this IEnumerable<double?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double? value = null;
            foreach (double? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() < value.GetValueOrDefault() || double.IsNaN(x.GetValueOrDefault())) value = x;
            }
            return value;
        }
        public static double? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Min(Select(source, selector)); }
        public static double? Max(this IEnumerable<double?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double? value = null;
            foreach (double? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() > value.GetValueOrDefault() || double.IsNaN(value.GetValueOrDefault())) value = x;
            }
            return value;
        }
        public static double? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Max(Select(source, selector)); }
        public static double? Average(this IEnumerable<double?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            double sum = 0;
            long count = 0;
            foreach (double? v in source) if (v != null) { sum += v.GetValueOrDefault(); checked { count++; } }
            if (count > 0) return (double)sum / count;
            return null;
        }
        public static double? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double?> selector) { return Average(Select(source, selector)); }
        public static decimal Sum(this IEnumerable<decimal> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal sum = 0;
            foreach (decimal v in source) { sum += v; }
            return (decimal)sum;
        }
        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Sum(Select(source, selector)); }
        public static decimal Min(this IEnumerable<decimal> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal value = 0;
            bool hasValue = false;
            foreach (decimal x in source)
            {
                if (hasValue)
                {
                    if (x < value) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static decimal Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Min(Select(source, selector)); }
        public static decimal Max(this IEnumerable<decimal> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal value = 0;
            bool hasValue = false;
            foreach (decimal x in source)
            {
                if (hasValue)
                {
                    if (x > value) value = x;
                }
                else { value = x; hasValue = true; }
            }
            if (hasValue) return value;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static decimal Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Max(Select(source, selector)); }
        public static decimal Average(this IEnumerable<decimal> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal v in source) { sum += v; checked { count++; } }
            if (count > 0) return (decimal)sum / count;
            throw new InvalidOperationException("Sequence contains no elements");
        }
        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { return Average(Select(source, selector)); }
        public static decimal? Sum(this IEnumerable<decimal?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal sum = 0;
            foreach (decimal? v in source) if (v != null) { sum += v.GetValueOrDefault(); }
            return (decimal)sum;
        }
        public static decimal? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Sum(Select(source, selector)); }
        public static decimal? Min(this IEnumerable<decimal?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal? value = null;
            foreach (decimal? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() < value.GetValueOrDefault()) value = x;
            }
            return value;
        }
        public static decimal? Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Min(Select(source, selector)); }
        public static decimal? Max(this IEnumerable<decimal?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal? value = null;
            foreach (decimal? x in source)
            {
                if (x == null) continue;
                if (value == null || x.GetValueOrDefault() > value.GetValueOrDefault()) value = x;
            }
            return value;
        }
        public static decimal? Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Max(Select(source, selector)); }
        public static decimal? Average(this IEnumerable<decimal?> source)
        {
            if (source == null) throw new ArgumentNullException("source");
            decimal sum = 0;
            long count = 0;
            foreach (decimal? v in source) if (v != null) { sum += v.GetValueOrDefault(); checked { count++; } }
            if (count > 0) return (decimal)sum / count;
            return null;
        }
        public static decimal? Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal?> selector) { return Average(Select(source, selector)); }
    }
}
