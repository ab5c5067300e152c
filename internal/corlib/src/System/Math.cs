using System.Runtime.CompilerServices;

namespace System
{
    public static class Math
    {
        public const double PI = 3.14159265358979323846;
        public const double E = 2.7182818284590452354;

        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sin(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tan(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sinh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cosh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tanh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asinh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acosh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atanh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sqrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cbrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Exp(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log10(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Floor(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Ceiling(double a);

        public static decimal Floor(decimal d) { return decimal.Floor(d); }
        public static decimal Ceiling(decimal d) { return decimal.Ceiling(d); }

        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase))) return double.NaN;
            return Log(a) / Log(newBase);
        }

        public static double Log2(double d) { return Log(d) / 0.69314718055994530942; }

        public static double Truncate(double d)
        {
            if (double.IsNaN(d) || double.IsInfinity(d)) return d;
            return d >= 0 ? Floor(d) : Ceiling(d);
        }

        public static decimal Truncate(decimal d) { return decimal.Truncate(d); }

        // Round half to even (exact).
        public static double Round(double a)
        {
            if (double.IsNaN(a) || double.IsInfinity(a)) return a;
            double flr = Floor(a);
            double diff = a - flr;
            double r;
            if (diff > 0.5) r = flr + 1.0;
            else if (diff < 0.5) r = flr;
            else r = (flr % 2.0 == 0) ? flr : flr + 1.0;
            if (r == 0 && (a < 0 || (a == 0 && 1 / a < 0))) return -0.0;
            return r;
        }

        // Round half to even as Mono does it inside Round(value, digits): floor(a + 0.5)
        // with a tie correction (so 0.49999999999999994 rounds to 1).
        static double RoundScaled(double a)
        {
            if (Abs(a) >= 4503599627370496.0) return a; // 2^52: already an integer
            double flrTempVal = Floor(a + 0.5);
            if ((a == (Floor(a) + 0.5)) && (flrTempVal % 2.0 != 0)) flrTempVal -= 1.0;
            if (flrTempVal == 0 && (a < 0 || (a == 0 && 1 / a < 0))) return -0.0;
            return flrTempVal;
        }

        static readonly double[] roundPower10Double = {
            1E0, 1E1, 1E2, 1E3, 1E4, 1E5, 1E6, 1E7, 1E8, 1E9, 1E10, 1E11, 1E12, 1E13, 1E14, 1E15 };

        public static double Round(double value, int digits) { return Round(value, digits, MidpointRounding.ToEven); }
        public static double Round(double value, MidpointRounding mode) { return Round(value, 0, mode); }

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if (digits < 0 || digits > 15) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if (mode != MidpointRounding.ToEven && mode != MidpointRounding.AwayFromZero)
                throw new ArgumentException("The value '" + (int)mode + "' is not valid for this usage of the type MidpointRounding.", "mode");
            if (Abs(value) < 1e16)
            {
                // Same steps as Mono: scale, round to an integer, scale back.
                double power10 = roundPower10Double[digits];
                value *= power10;
                if (mode == MidpointRounding.ToEven) value = RoundScaled(value);
                else
                {
                    double intPart = Truncate(value);
                    double fraction = value - intPart;
                    if (Abs(fraction) >= 0.5) intPart += fraction > 0 ? 1.0 : -1.0;
                    value = intPart;
                }
                value /= power10;
            }
            return value;
        }

        public static decimal Round(decimal d) { return decimal.Round(d); }
        public static decimal Round(decimal d, int decimals) { return decimal.Round(d, decimals); }
        public static decimal Round(decimal d, MidpointRounding mode) { return decimal.Round(d, 0, mode); }
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) { return decimal.Round(d, decimals, mode); }

        public static double IEEERemainder(double x, double y)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsNaN(y)) return y;
            double regularMod = x % y;
            if (double.IsNaN(regularMod)) return double.NaN;
            if (regularMod == 0)
            {
                if (x < 0 || (x == 0 && 1 / x < 0)) return -0.0;
            }
            double alternativeResult = regularMod - (Abs(y) * Sign(x));
            if (Abs(alternativeResult) == Abs(regularMod))
            {
                double divisionResult = x / y;
                double roundedResult = Round(divisionResult);
                if (Abs(roundedResult) > Abs(divisionResult)) return alternativeResult;
                return regularMod;
            }
            if (Abs(alternativeResult) < Abs(regularMod)) return alternativeResult;
            return regularMod;
        }

        [CLSCompliant(false)]
        public static sbyte Abs(sbyte value)
        {
            if (value >= 0) return value;
            if (value == sbyte.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return (sbyte)-value;
        }

        public static short Abs(short value)
        {
            if (value >= 0) return value;
            if (value == short.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return (short)-value;
        }

        public static int Abs(int value)
        {
            if (value >= 0) return value;
            if (value == int.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return -value;
        }

        public static long Abs(long value)
        {
            if (value >= 0) return value;
            if (value == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return -value;
        }

        public static float Abs(float value) { return value < 0 || (value == 0 && 1 / value < 0) ? -value : value; }
        public static double Abs(double value) { return value < 0 || (value == 0 && 1 / value < 0) ? -value : value; }
        public static decimal Abs(decimal value) { return decimal.Abs(value); }

        [CLSCompliant(false)]
        public static sbyte Max(sbyte val1, sbyte val2) { return val1 >= val2 ? val1 : val2; }
        public static byte Max(byte val1, byte val2) { return val1 >= val2 ? val1 : val2; }
        public static short Max(short val1, short val2) { return val1 >= val2 ? val1 : val2; }
        [CLSCompliant(false)]
        public static ushort Max(ushort val1, ushort val2) { return val1 >= val2 ? val1 : val2; }
        public static int Max(int val1, int val2) { return val1 >= val2 ? val1 : val2; }
        [CLSCompliant(false)]
        public static uint Max(uint val1, uint val2) { return val1 >= val2 ? val1 : val2; }
        public static long Max(long val1, long val2) { return val1 >= val2 ? val1 : val2; }
        [CLSCompliant(false)]
        public static ulong Max(ulong val1, ulong val2) { return val1 >= val2 ? val1 : val2; }
        public static float Max(float val1, float val2)
        {
            if (val1 > val2) return val1;
            if (float.IsNaN(val1)) return val1;
            return val2;
        }
        public static double Max(double val1, double val2)
        {
            if (val1 > val2) return val1;
            if (double.IsNaN(val1)) return val1;
            return val2;
        }
        public static decimal Max(decimal val1, decimal val2) { return decimal.Compare(val1, val2) >= 0 ? val1 : val2; }

        [CLSCompliant(false)]
        public static sbyte Min(sbyte val1, sbyte val2) { return val1 <= val2 ? val1 : val2; }
        public static byte Min(byte val1, byte val2) { return val1 <= val2 ? val1 : val2; }
        public static short Min(short val1, short val2) { return val1 <= val2 ? val1 : val2; }
        [CLSCompliant(false)]
        public static ushort Min(ushort val1, ushort val2) { return val1 <= val2 ? val1 : val2; }
        public static int Min(int val1, int val2) { return val1 <= val2 ? val1 : val2; }
        [CLSCompliant(false)]
        public static uint Min(uint val1, uint val2) { return val1 <= val2 ? val1 : val2; }
        public static long Min(long val1, long val2) { return val1 <= val2 ? val1 : val2; }
        [CLSCompliant(false)]
        public static ulong Min(ulong val1, ulong val2) { return val1 <= val2 ? val1 : val2; }
        public static float Min(float val1, float val2)
        {
            if (val1 < val2) return val1;
            if (float.IsNaN(val1)) return val1;
            return val2;
        }
        public static double Min(double val1, double val2)
        {
            if (val1 < val2) return val1;
            if (double.IsNaN(val1)) return val1;
            return val2;
        }
        public static decimal Min(decimal val1, decimal val2) { return decimal.Compare(val1, val2) <= 0 ? val1 : val2; }

        [CLSCompliant(false)]
        public static int Sign(sbyte value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(short value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(int value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(long value) { return value < 0 ? -1 : (value > 0 ? 1 : 0); }
        public static int Sign(float value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }
        public static int Sign(double value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }
        public static int Sign(decimal value) { return decimal.Compare(value, 0m); }

        public static long BigMul(int a, int b) { return ((long)a) * b; }

        public static int DivRem(int a, int b, out int result)
        {
            int div = a / b;
            result = a - (div * b);
            return div;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long div = a / b;
            result = a - (div * b);
            return div;
        }

        public static int Clamp(int value, int min, int max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static byte Clamp(byte value, byte min, byte max) { return (byte)Clamp((int)value, (int)min, (int)max); }
        public static short Clamp(short value, short min, short max) { return (short)Clamp((int)value, (int)min, (int)max); }
        [CLSCompliant(false)]
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max) { return (sbyte)Clamp((int)value, (int)min, (int)max); }
        [CLSCompliant(false)]
        public static ushort Clamp(ushort value, ushort min, ushort max) { return (ushort)Clamp((int)value, (int)min, (int)max); }
        [CLSCompliant(false)]
        public static uint Clamp(uint value, uint min, uint max) { return (uint)Clamp((long)value, (long)min, (long)max); }
        [CLSCompliant(false)]
        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }
        public static float Clamp(float value, float min, float max) { return (float)Clamp((double)value, (double)min, (double)max); }

        public static long Clamp(long value, long min, long max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static double Clamp(double value, double min, double max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }

        public static decimal Clamp(decimal value, decimal min, decimal max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            if (value < min) return min;
            if (value > max) return max;
            return value;
        }
    }
}
