namespace System.Text
{
    // Stateful conversion of a byte stream split into arbitrary blocks:
    // bytes of an incomplete trailing character are kept for the next call.
    [Serializable]
    public abstract class Decoder
    {
        protected Decoder() { }

        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);

        public virtual int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            return GetCharCount(bytes, index, count);
        }

        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            return GetChars(bytes, byteIndex, byteCount, chars, charIndex);
        }

        public virtual void Reset() { }
    }

    [Serializable]
    public abstract class Encoder
    {
        protected Encoder() { }

        public abstract int GetByteCount(char[] chars, int index, int count, bool flush);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush);

        public virtual void Reset() { }
    }

    [Serializable]
    sealed class EncodingDecoder : Decoder
    {
        readonly Encoding encoding;
        byte[] pending = new byte[0];

        internal EncodingDecoder(Encoding encoding) { this.encoding = encoding; }

        static void CheckArgs(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (bytes.Length - index < count) throw new ArgumentOutOfRangeException("bytes", "Index and count must refer to a location within the buffer.");
        }

        byte[] Join(byte[] bytes, int index, int count)
        {
            byte[] all = new byte[pending.Length + count];
            Array.Copy(pending, all, pending.Length);
            Array.Copy(bytes, index, all, pending.Length, count);
            return all;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { return GetCharCount(bytes, index, count, false); }

        public override int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            CheckArgs(bytes, index, count);
            byte[] all = Join(bytes, index, count);
            int n = flush ? all.Length : encoding.CompleteLength(all, 0, all.Length);
            return encoding.GetCharCount(all, 0, n);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            return GetChars(bytes, byteIndex, byteCount, chars, charIndex, false);
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            CheckArgs(bytes, byteIndex, byteCount);
            if (chars == null) throw new ArgumentNullException("chars");
            byte[] all = Join(bytes, byteIndex, byteCount);
            int n = flush ? all.Length : encoding.CompleteLength(all, 0, all.Length);
            int r = encoding.GetChars(all, 0, n, chars, charIndex);
            pending = new byte[all.Length - n];
            Array.Copy(all, n, pending, 0, pending.Length);
            return r;
        }

        public override void Reset() { pending = new byte[0]; }
    }

    [Serializable]
    sealed class EncodingEncoder : Encoder
    {
        readonly Encoding encoding;
        char pendingHigh;

        internal EncodingEncoder(Encoding encoding) { this.encoding = encoding; }

        char[] Join(char[] chars, int index, int count, bool flush, out int n)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (chars.Length - index < count) throw new ArgumentOutOfRangeException("chars", "Index and count must refer to a location within the buffer.");
            int extra = pendingHigh != 0 ? 1 : 0;
            char[] all = new char[extra + count];
            if (extra == 1) all[0] = pendingHigh;
            Array.Copy(chars, index, all, extra, count);
            n = all.Length;
            if (!flush && n > 0 && char.IsHighSurrogate(all[n - 1])) n--;
            return all;
        }

        public override int GetByteCount(char[] chars, int index, int count, bool flush)
        {
            int n;
            char[] all = Join(chars, index, count, flush, out n);
            return encoding.GetByteCount(all, 0, n);
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush)
        {
            int n;
            char[] all = Join(chars, charIndex, charCount, flush, out n);
            if (bytes == null) throw new ArgumentNullException("bytes");
            int r = encoding.GetBytes(all, 0, n, bytes, byteIndex);
            pendingHigh = n < all.Length ? all[n] : '\0';
            return r;
        }

        public override void Reset() { pendingHigh = '\0'; }
    }
}
