using System.Runtime.CompilerServices;

namespace System
{
    // Byte-level operations on arrays of primitive types.
    public static class Buffer
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int InternalByteLength(Array array);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalBlockCopy(Array src, int srcOffset, Array dst, int dstOffset, int count);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern byte InternalGetByte(Array array, int index);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalSetByte(Array array, int index, byte value);

        public static int ByteLength(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            int n = InternalByteLength(array);
            if (n < 0) throw new ArgumentException("Object must be an array of primitives.", "array");
            return n;
        }

        public static void BlockCopy(Array src, int srcOffset, Array dst, int dstOffset, int count)
        {
            if (src == null) throw new ArgumentNullException("src");
            if (dst == null) throw new ArgumentNullException("dst");
            if (srcOffset < 0) throw new ArgumentOutOfRangeException("srcOffset", "Non-negative number required.");
            if (dstOffset < 0) throw new ArgumentOutOfRangeException("dstOffset", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            int sl = ByteLength(src), dl = ByteLength(dst);
            if (srcOffset > sl - count || dstOffset > dl - count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            InternalBlockCopy(src, srcOffset, dst, dstOffset, count);
        }

        public static byte GetByte(Array array, int index)
        {
            if (index < 0 || index >= ByteLength(array)) throw new ArgumentOutOfRangeException("index");
            return InternalGetByte(array, index);
        }

        public static void SetByte(Array array, int index, byte value)
        {
            if (index < 0 || index >= ByteLength(array)) throw new ArgumentOutOfRangeException("index");
            InternalSetByte(array, index, value);
        }
    }
}
