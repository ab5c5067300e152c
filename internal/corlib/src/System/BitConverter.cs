using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public static class BitConverter
    {
        public static readonly bool IsLittleEndian = true;

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern long DoubleToInt64Bits(double value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern double Int64BitsToDouble(long value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalSingleToInt32Bits(float value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern float InternalInt32BitsToSingle(int value);

        public static int SingleToInt32Bits(float value) { return InternalSingleToInt32Bits(value); }
        public static float Int32BitsToSingle(int value) { return InternalInt32BitsToSingle(value); }

        static byte[] FromUInt64(ulong v, int n)
        {
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++)
            {
                r[i] = (byte)v;
                v >>= 8;
            }
            return r;
        }

        public static byte[] GetBytes(bool value) { return new byte[] { value ? (byte)1 : (byte)0 }; }
        public static byte[] GetBytes(char value) { return FromUInt64(value, 2); }
        public static byte[] GetBytes(short value) { return FromUInt64(unchecked((ulong)value), 2); }
        public static byte[] GetBytes(int value) { return FromUInt64(unchecked((ulong)value), 4); }
        public static byte[] GetBytes(long value) { return FromUInt64(unchecked((ulong)value), 8); }
        [CLSCompliant(false)]
        public static byte[] GetBytes(ushort value) { return FromUInt64(value, 2); }
        [CLSCompliant(false)]
        public static byte[] GetBytes(uint value) { return FromUInt64(value, 4); }
        [CLSCompliant(false)]
        public static byte[] GetBytes(ulong value) { return FromUInt64(value, 8); }
        public static byte[] GetBytes(float value) { return FromUInt64(unchecked((ulong)(uint)InternalSingleToInt32Bits(value)), 4); }
        public static byte[] GetBytes(double value) { return FromUInt64(unchecked((ulong)DoubleToInt64Bits(value)), 8); }

        static ulong ToUInt64Core(byte[] value, int startIndex, int n)
        {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex > value.Length - n) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            ulong r = 0;
            for (int i = n - 1; i >= 0; i--) r = (r << 8) | value[startIndex + i];
            return r;
        }

        public static bool ToBoolean(byte[] value, int startIndex) { return ToUInt64Core(value, startIndex, 1) != 0; }
        public static char ToChar(byte[] value, int startIndex) { return (char)ToUInt64Core(value, startIndex, 2); }
        public static short ToInt16(byte[] value, int startIndex) { return unchecked((short)ToUInt64Core(value, startIndex, 2)); }
        public static int ToInt32(byte[] value, int startIndex) { return unchecked((int)ToUInt64Core(value, startIndex, 4)); }
        public static long ToInt64(byte[] value, int startIndex) { return unchecked((long)ToUInt64Core(value, startIndex, 8)); }
        [CLSCompliant(false)]
        public static ushort ToUInt16(byte[] value, int startIndex) { return (ushort)ToUInt64Core(value, startIndex, 2); }
        [CLSCompliant(false)]
        public static uint ToUInt32(byte[] value, int startIndex) { return (uint)ToUInt64Core(value, startIndex, 4); }
        [CLSCompliant(false)]
        public static ulong ToUInt64(byte[] value, int startIndex) { return ToUInt64Core(value, startIndex, 8); }
        public static float ToSingle(byte[] value, int startIndex) { return InternalInt32BitsToSingle(ToInt32(value, startIndex)); }
        public static double ToDouble(byte[] value, int startIndex) { return Int64BitsToDouble(ToInt64(value, startIndex)); }

        public static string ToString(byte[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, 0, value.Length);
        }

        public static string ToString(byte[] value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, startIndex, value.Length - startIndex);
        }

        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || (startIndex >= value.Length && startIndex > 0)) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Value must be positive.");
            if (startIndex > value.Length - length) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            if (length == 0) return string.Empty;
            const string hex = "0123456789ABCDEF";
            char[] c = new char[length * 3 - 1];
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                c[i * 3] = hex[b >> 4];
                c[i * 3 + 1] = hex[b & 15];
                if (i < length - 1) c[i * 3 + 2] = '-';
            }
            return new string(c);
        }
    }
}
