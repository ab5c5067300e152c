namespace System.Text
{
    [Serializable]
    public enum NormalizationForm { FormC = 1, FormD = 2, FormKC = 5, FormKD = 6 }

    [Serializable]
    public abstract class Encoding : ICloneable
    {
        static Encoding utf8, unicode, ascii, utf8bom, bigEndianUnicode, latin1, utf32;

        protected Encoding() { }

        public static Encoding UTF8 { get { return utf8bom ?? (utf8bom = new UTF8Encoding(true)); } }
        public static Encoding Unicode { get { return unicode ?? (unicode = new UnicodeEncoding(false, true)); } }
        public static Encoding BigEndianUnicode { get { return bigEndianUnicode ?? (bigEndianUnicode = new UnicodeEncoding(true, true)); } }
        public static Encoding ASCII { get { return ascii ?? (ascii = new ASCIIEncoding()); } }
        public static Encoding UTF32 { get { return utf32 ?? (utf32 = new UTF32Encoding()); } }
        public static Encoding Default { get { return utf8 ?? (utf8 = new UTF8Encoding(false)); } }

        public static Encoding GetEncoding(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "utf-8": case "utf8": return UTF8;
                case "utf-16": case "unicode": return Unicode;
                case "us-ascii": case "ascii": return ASCII;
                case "utf-32": return UTF32;
                case "iso-8859-1": case "latin1": return latin1 ?? (latin1 = new Latin1Encoding());
            }
            throw new ArgumentException("'" + name + "' is not a supported encoding name.", "name");
        }

        public static Encoding GetEncoding(int codepage)
        {
            switch (codepage)
            {
                case 65001: return UTF8;
                case 1200: return Unicode;
                case 1201: return BigEndianUnicode;
                case 20127: return ASCII;
                case 12000: return UTF32;
                case 28591: return latin1 ?? (latin1 = new Latin1Encoding());
            }
            throw new NotSupportedException("No data is available for encoding " + codepage + ".");
        }

        public virtual string WebName { get { return "utf-8"; } }
        public virtual string EncodingName { get { return WebName; } }
        public virtual int CodePage { get { return 0; } }

        public virtual object Clone() { return MemberwiseClone(); }

        public virtual byte[] GetPreamble() { return new byte[0]; }

        public virtual Decoder GetDecoder() { return new EncodingDecoder(this); }
        public virtual Encoder GetEncoder() { return new EncodingEncoder(this); }

        // CompleteLength is how many of the bytes form complete characters
        // (an incomplete sequence at the end is left for a decoder's next block).
        internal virtual int CompleteLength(byte[] bytes, int index, int count) { return count; }

        public abstract int GetByteCount(char[] chars, int index, int count);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetByteCount(chars, 0, chars.Length);
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            char[] c = s.ToCharArray();
            return GetByteCount(c, 0, c.Length);
        }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            byte[] r = new byte[GetByteCount(chars, index, count)];
            GetBytes(chars, index, count, r, 0);
            return r;
        }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            char[] c = s.ToCharArray();
            return GetBytes(c, 0, c.Length);
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s.ToCharArray(), charIndex, charCount, bytes, byteIndex);
        }

        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetCharCount(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetChars(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            char[] r = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, r, 0);
            return r;
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetString(bytes, 0, bytes.Length);
        }

        public virtual string GetString(byte[] bytes, int index, int count)
        {
            return new string(GetChars(bytes, index, count));
        }
    }

    [Serializable]
    public class UTF8Encoding : Encoding
    {
        bool emitBOM;

        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) { emitBOM = encoderShouldEmitUTF8Identifier; }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) { emitBOM = encoderShouldEmitUTF8Identifier; }

        public override string WebName { get { return "utf-8"; } }
        public override int CodePage { get { return 65001; } }

        public override byte[] GetPreamble()
        {
            if (emitBOM) return new byte[] { 0xEF, 0xBB, 0xBF };
            return new byte[0];
        }

        public override int GetMaxByteCount(int charCount) { return (charCount + 1) * 3; }
        public override int GetMaxCharCount(int byteCount) { return byteCount + 1; }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            int n = 0;
            int end = index + count;
            for (int i = index; i < end; i++)
            {
                char c = chars[i];
                if (c < 0x80) n += 1;
                else if (c < 0x800) n += 2;
                else if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(chars[i + 1])) { n += 4; i++; }
                else n += 3;
            }
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            int p = byteIndex;
            int end = charIndex + charCount;
            for (int i = charIndex; i < end; i++)
            {
                int c = chars[i];
                if (c < 0x80) bytes[p++] = (byte)c;
                else if (c < 0x800)
                {
                    bytes[p++] = (byte)(0xC0 | (c >> 6));
                    bytes[p++] = (byte)(0x80 | (c & 0x3F));
                }
                else if (c >= 0xD800 && c <= 0xDBFF && i + 1 < end && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
                {
                    int cp = ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00) + 0x10000;
                    i++;
                    bytes[p++] = (byte)(0xF0 | (cp >> 18));
                    bytes[p++] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    bytes[p++] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    bytes[p++] = (byte)(0x80 | (cp & 0x3F));
                }
                else
                {
                    if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
                    bytes[p++] = (byte)(0xE0 | (c >> 12));
                    bytes[p++] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    bytes[p++] = (byte)(0x80 | (c & 0x3F));
                }
            }
            return p - byteIndex;
        }

        // Decodes into chars (or only counts when chars == null).
        static int Decode(byte[] bytes, int index, int count, char[] chars, int charIndex)
        {
            int n = 0;
            int end = index + count;
            int i = index;
            while (i < end)
            {
                int b = bytes[i];
                int cp;
                int need;
                if (b < 0x80) { cp = b; need = 0; }
                else if ((b & 0xE0) == 0xC0) { cp = b & 0x1F; need = 1; }
                else if ((b & 0xF0) == 0xE0) { cp = b & 0x0F; need = 2; }
                else if ((b & 0xF8) == 0xF0) { cp = b & 0x07; need = 3; }
                else { cp = 0xFFFD; need = -1; }
                i++;
                if (need > 0)
                {
                    bool ok = true;
                    for (int k = 0; k < need; k++)
                    {
                        if (i >= end || (bytes[i] & 0xC0) != 0x80) { ok = false; break; }
                        cp = (cp << 6) | (bytes[i] & 0x3F);
                        i++;
                    }
                    if (!ok) cp = 0xFFFD;
                }
                else if (need < 0) cp = 0xFFFD;
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    if (chars != null)
                    {
                        chars[charIndex + n] = (char)(0xD800 + (cp >> 10));
                        chars[charIndex + n + 1] = (char)(0xDC00 + (cp & 0x3FF));
                    }
                    n += 2;
                }
                else
                {
                    if (chars != null) chars[charIndex + n] = (char)cp;
                    n++;
                }
            }
            return n;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { return Decode(bytes, index, count, null, 0); }

        internal override int CompleteLength(byte[] bytes, int index, int count)
        {
            int end = index + count;
            for (int j = end - 1; j >= index && j >= end - 3; j--)
            {
                int b = bytes[j];
                if ((b & 0xC0) == 0x80) continue;
                int len = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 1;
                return j + len > end ? j - index : count;
            }
            return count;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            return Decode(bytes, byteIndex, byteCount, chars, charIndex);
        }
    }

    [Serializable]
    public class UnicodeEncoding : Encoding
    {
        bool bigEndian;
        bool bom;

        public UnicodeEncoding() : this(false, true) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) { this.bigEndian = bigEndian; bom = byteOrderMark; }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : this(bigEndian, byteOrderMark) { }

        public override string WebName { get { return bigEndian ? "utf-16BE" : "utf-16"; } }
        public override int CodePage { get { return bigEndian ? 1201 : 1200; } }

        public override byte[] GetPreamble()
        {
            if (!bom) return new byte[0];
            return bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        }

        public override int GetMaxByteCount(int charCount) { return (charCount + 1) * 2; }
        public override int GetMaxCharCount(int byteCount) { return byteCount / 2 + 2; }
        public override int GetByteCount(char[] chars, int index, int count) { return count * 2; }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                if (bigEndian)
                {
                    bytes[byteIndex + 2 * i] = (byte)(c >> 8);
                    bytes[byteIndex + 2 * i + 1] = (byte)c;
                }
                else
                {
                    bytes[byteIndex + 2 * i] = (byte)c;
                    bytes[byteIndex + 2 * i + 1] = (byte)(c >> 8);
                }
            }
            return charCount * 2;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { return count / 2; }

        internal override int CompleteLength(byte[] bytes, int index, int count) { return count & ~1; }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            int n = byteCount / 2;
            for (int i = 0; i < n; i++)
            {
                int a = bytes[byteIndex + 2 * i], b = bytes[byteIndex + 2 * i + 1];
                chars[charIndex + i] = bigEndian ? (char)((a << 8) | b) : (char)((b << 8) | a);
            }
            return n;
        }
    }

    [Serializable]
    public class UTF32Encoding : Encoding
    {
        public UTF32Encoding() { }
        public override string WebName { get { return "utf-32"; } }
        public override int CodePage { get { return 12000; } }
        public override int GetMaxByteCount(int charCount) { return (charCount + 1) * 4; }
        public override int GetMaxCharCount(int byteCount) { return byteCount / 2 + 2; }

        public override int GetByteCount(char[] chars, int index, int count)
        {
            int n = 0;
            for (int i = index; i < index + count; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < index + count && char.IsLowSurrogate(chars[i + 1])) i++;
                n += 4;
            }
            return n;
        }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            int p = byteIndex;
            int end = charIndex + charCount;
            for (int i = charIndex; i < end; i++)
            {
                int cp = chars[i];
                if (char.IsHighSurrogate(chars[i]) && i + 1 < end && char.IsLowSurrogate(chars[i + 1]))
                {
                    cp = char.ConvertToUtf32(chars[i], chars[i + 1]);
                    i++;
                }
                bytes[p++] = (byte)cp;
                bytes[p++] = (byte)(cp >> 8);
                bytes[p++] = (byte)(cp >> 16);
                bytes[p++] = (byte)(cp >> 24);
            }
            return p - byteIndex;
        }

        internal override int CompleteLength(byte[] bytes, int index, int count) { return count & ~3; }

        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            int n = 0;
            for (int i = index; i + 3 < index + count; i += 4)
            {
                int cp = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
                n += cp >= 0x10000 ? 2 : 1;
            }
            return n;
        }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            int n = charIndex;
            for (int i = byteIndex; i + 3 < byteIndex + byteCount; i += 4)
            {
                int cp = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
                if (cp >= 0x10000)
                {
                    cp -= 0x10000;
                    chars[n++] = (char)(0xD800 + (cp >> 10));
                    chars[n++] = (char)(0xDC00 + (cp & 0x3FF));
                }
                else chars[n++] = (char)cp;
            }
            return n - charIndex;
        }
    }

    [Serializable]
    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding() { }
        public override string WebName { get { return "us-ascii"; } }
        public override int CodePage { get { return 20127; } }
        public override int GetMaxByteCount(int charCount) { return charCount + 1; }
        public override int GetMaxCharCount(int byteCount) { return byteCount; }
        public override int GetByteCount(char[] chars, int index, int count) { return count; }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + i] = c < 0x80 ? (byte)c : (byte)'?';
            }
            return charCount;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { return count; }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            for (int i = 0; i < byteCount; i++)
            {
                byte b = bytes[byteIndex + i];
                chars[charIndex + i] = b < 0x80 ? (char)b : '?';
            }
            return byteCount;
        }
    }

    [Serializable]
    internal class Latin1Encoding : Encoding
    {
        public override string WebName { get { return "iso-8859-1"; } }
        public override int CodePage { get { return 28591; } }
        public override int GetMaxByteCount(int charCount) { return charCount + 1; }
        public override int GetMaxCharCount(int byteCount) { return byteCount; }
        public override int GetByteCount(char[] chars, int index, int count) { return count; }

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + i] = c < 0x100 ? (byte)c : (byte)'?';
            }
            return charCount;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) { return count; }

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            for (int i = 0; i < byteCount; i++) chars[charIndex + i] = (char)bytes[byteIndex + i];
            return byteCount;
        }
    }
}
