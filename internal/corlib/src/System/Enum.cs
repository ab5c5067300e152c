using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public abstract class Enum : ValueType, IComparable, IFormattable, IConvertible
    {
        protected Enum() { }

        // Returns the names and values (as raw 64-bit patterns, sign-extended for signed
        // underlying types) of the enum's literal fields in metadata order, and whether the
        // type carries [Flags].
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalGetEnumInfo(Type enumType, out string[] names, out ulong[] values, out bool isFlags);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern Type InternalGetUnderlyingType(Type enumType);

        // The raw value of this boxed enum, sign-extended to 64 bits for signed underlying types.
        [MethodImpl(MethodImplOptions.InternalCall)]
        extern ulong InternalGetValue();

        // Boxes a raw value (truncated to the underlying type's size) as an enum of enumType.
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern object InternalBoxEnum(Type enumType, ulong value);

        sealed class EnumInfo
        {
            public string[] Names;
            public ulong[] Values;
            public bool IsFlags;
        }

        static Dictionary<Type, EnumInfo> cache;
        static object cacheLock = new object();

        static EnumInfo GetInfo(Type enumType)
        {
            lock (cacheLock)
            {
                if (cache == null) cache = new Dictionary<Type, EnumInfo>();
                EnumInfo info;
                if (cache.TryGetValue(enumType, out info)) return info;
                string[] names;
                ulong[] values;
                bool isFlags;
                InternalGetEnumInfo(enumType, out names, out values, out isFlags);
                // sort by unsigned value (stable), like .NET
                int n = names.Length;
                for (int i = 1; i < n; i++)
                {
                    ulong v = values[i];
                    string nm = names[i];
                    int j = i - 1;
                    while (j >= 0 && values[j] > v)
                    {
                        values[j + 1] = values[j];
                        names[j + 1] = names[j];
                        j--;
                    }
                    values[j + 1] = v;
                    names[j + 1] = nm;
                }
                info = new EnumInfo();
                info.Names = names;
                info.Values = values;
                info.IsFlags = isFlags;
                cache[enumType] = info;
                return info;
            }
        }

        static void CheckEnumType(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException("enumType");
            if (!enumType.IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
        }

        public static Type GetUnderlyingType(Type enumType)
        {
            CheckEnumType(enumType);
            return InternalGetUnderlyingType(enumType);
        }

        public static string[] GetNames(Type enumType)
        {
            CheckEnumType(enumType);
            string[] n = GetInfo(enumType).Names;
            string[] r = new string[n.Length];
            Array.Copy(n, r, n.Length);
            return r;
        }

        public static Array GetValues(Type enumType)
        {
            CheckEnumType(enumType);
            ulong[] v = GetInfo(enumType).Values;
            Array r = Array.CreateInstance(enumType, v.Length);
            for (int i = 0; i < v.Length; i++) r.SetValue(InternalBoxEnum(enumType, v[i]), i);
            return r;
        }

        static ulong ToRaw(Type enumType, object value, string paramName)
        {
            if (value == null) throw new ArgumentNullException(paramName);
            Enum e = value as Enum;
            if (e != null)
            {
                if (e.GetType() != enumType)
                    throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + e.GetType().FullName + "'; the enum type was '" + enumType.FullName + "'.");
                return e.InternalGetValue();
            }
            switch (Type.GetTypeCode(value.GetType()))
            {
                case TypeCode.SByte: return (ulong)(long)(sbyte)value;
                case TypeCode.Byte: return (byte)value;
                case TypeCode.Int16: return (ulong)(long)(short)value;
                case TypeCode.UInt16: return (ushort)value;
                case TypeCode.Int32: return (ulong)(long)(int)value;
                case TypeCode.UInt32: return (uint)value;
                case TypeCode.Int64: return (ulong)(long)value;
                case TypeCode.UInt64: return (ulong)value;
                case TypeCode.Char: return (char)value;
                case TypeCode.Boolean: return (bool)value ? 1UL : 0UL;
            }
            throw new ArgumentException("Enum underlying type and the object must be same type or object must be a String. Type passed in was '" + value.GetType().FullName + "'; the enum underlying type was '" + GetUnderlyingType(enumType).FullName + "'.");
        }

        public static string GetName(Type enumType, object value)
        {
            CheckEnumType(enumType);
            ulong raw = ToRaw(enumType, value, "value");
            EnumInfo info = GetInfo(enumType);
            int i = Array.BinarySearch(info.Values, raw);
            if (i < 0) return null;
            while (i > 0 && info.Values[i - 1] == raw) i--;
            return info.Names[i];
        }

        public static bool IsDefined(Type enumType, object value)
        {
            CheckEnumType(enumType);
            if (value == null) throw new ArgumentNullException("value");
            string s = value as string;
            if (s != null)
            {
                string[] names = GetInfo(enumType).Names;
                for (int i = 0; i < names.Length; i++)
                    if (names[i] == s) return true;
                return false;
            }
            return GetName(enumType, value) != null;
        }

        public static object ToObject(Type enumType, object value)
        {
            CheckEnumType(enumType);
            return InternalBoxEnum(enumType, ToRaw(enumType, value, "value"));
        }

        public static object ToObject(Type enumType, int value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, (ulong)(long)value); }
        public static object ToObject(Type enumType, long value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, (ulong)value); }
        public static object ToObject(Type enumType, short value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, (ulong)(long)value); }
        public static object ToObject(Type enumType, byte value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, value); }
        [CLSCompliant(false)]
        public static object ToObject(Type enumType, sbyte value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, (ulong)(long)value); }
        [CLSCompliant(false)]
        public static object ToObject(Type enumType, ushort value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, value); }
        [CLSCompliant(false)]
        public static object ToObject(Type enumType, uint value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, value); }
        [CLSCompliant(false)]
        public static object ToObject(Type enumType, ulong value) { CheckEnumType(enumType); return InternalBoxEnum(enumType, value); }

        public static object Parse(Type enumType, string value) { return Parse(enumType, value, false); }

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            object r;
            Exception e = TryParseCore(enumType, value, ignoreCase, out r);
            if (e != null) throw e;
            return r;
        }

        public static TEnum Parse<TEnum>(string value) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value, false); }
        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct { return (TEnum)Parse(typeof(TEnum), value, ignoreCase); }
        public static bool TryParse(Type enumType, string value, out object result) { return TryParse(enumType, value, false, out result); }
        public static bool TryParse(Type enumType, string value, bool ignoreCase, out object result)
        {
            return TryParseCore(enumType, value, ignoreCase, out result) == null;
        }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct
        {
            return TryParse<TEnum>(value, false, out result);
        }

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            result = default(TEnum);
            object r;
            if (TryParseCore(typeof(TEnum), value, ignoreCase, out r) != null) return false;
            result = (TEnum)r;
            return true;
        }

        // CheckRange reports a parsed number that does not fit the enum's underlying type.
        static Exception CheckRange(Type enumType, long l)
        {
            switch (Type.GetTypeCode(GetUnderlyingType(enumType)))
            {
                case TypeCode.SByte:
                    if (l < sbyte.MinValue || l > sbyte.MaxValue) return new OverflowException("Value was either too large or too small for a signed byte.");
                    break;
                case TypeCode.Byte:
                    if (l < byte.MinValue || l > byte.MaxValue) return new OverflowException("Value was either too large or too small for an unsigned byte.");
                    break;
                case TypeCode.Int16:
                    if (l < short.MinValue || l > short.MaxValue) return new OverflowException("Value was either too large or too small for an Int16.");
                    break;
                case TypeCode.UInt16:
                    if (l < ushort.MinValue || l > ushort.MaxValue) return new OverflowException("Value was either too large or too small for a UInt16.");
                    break;
                case TypeCode.Int32:
                    if (l < int.MinValue || l > int.MaxValue) return new OverflowException("Value was either too large or too small for an Int32.");
                    break;
                case TypeCode.UInt32:
                    if (l < uint.MinValue || l > uint.MaxValue) return new OverflowException("Value was either too large or too small for a UInt32.");
                    break;
                case TypeCode.UInt64:
                    if (l < 0) return new OverflowException("Value was either too large or too small for a UInt64.");
                    break;
            }
            return null;
        }

        static Exception TryParseCore(Type enumType, string value, bool ignoreCase, out object result)
        {
            result = null;
            CheckEnumType(enumType);
            if (value == null) return new ArgumentNullException("value");
            string v = value.Trim();
            if (v.Length == 0) return new ArgumentException("Must specify valid information for parsing in the string.");
            char c0 = v[0];
            if ((c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+')
            {
                long l;
                ulong ul;
                if (long.TryParse(v, out l))
                {
                    Exception range = CheckRange(enumType, l);
                    if (range != null) return range;
                    result = InternalBoxEnum(enumType, (ulong)l);
                    return null;
                }
                if (ulong.TryParse(v, out ul)) { result = InternalBoxEnum(enumType, ul); return null; }
            }
            EnumInfo info = GetInfo(enumType);
            ulong acc = 0;
            string[] parts = v.Split(',');
            for (int p = 0; p < parts.Length; p++)
            {
                string part = parts[p].Trim();
                bool found = false;
                for (int i = 0; i < info.Names.Length; i++)
                {
                    if (string.Equals(info.Names[i], part, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
                    {
                        acc |= info.Values[i];
                        found = true;
                        break;
                    }
                }
                if (!found) return new ArgumentException("Requested value '" + value + "' was not found.");
            }
            result = InternalBoxEnum(enumType, acc);
            return null;
        }

        public static string Format(Type enumType, object value, string format)
        {
            CheckEnumType(enumType);
            if (value == null) throw new ArgumentNullException("value");
            if (format == null) throw new ArgumentNullException("format");
            Enum e = value as Enum;
            if (e == null) e = (Enum)ToObject(enumType, value);
            return e.ToString(format);
        }

        int UnderlyingSize()
        {
            switch (Type.GetTypeCode(InternalGetUnderlyingType(GetType())))
            {
                case TypeCode.SByte: case TypeCode.Byte: case TypeCode.Boolean: return 1;
                case TypeCode.Int16: case TypeCode.UInt16: case TypeCode.Char: return 2;
                case TypeCode.Int32: case TypeCode.UInt32: return 4;
                default: return 8;
            }
        }

        bool IsSignedUnderlying()
        {
            switch (Type.GetTypeCode(InternalGetUnderlyingType(GetType())))
            {
                case TypeCode.SByte: case TypeCode.Int16: case TypeCode.Int32: case TypeCode.Int64: return true;
                default: return false;
            }
        }

        string ValueToDecimalString()
        {
            ulong raw = InternalGetValue();
            if (IsSignedUnderlying()) return ((long)raw).ToString();
            return raw.ToString();
        }

        string ValueToHexString()
        {
            ulong raw = InternalGetValue();
            switch (UnderlyingSize())
            {
                case 1: return ((byte)raw).ToString("X2");
                case 2: return ((ushort)raw).ToString("X4");
                case 4: return ((uint)raw).ToString("X8");
                default: return raw.ToString("X16");
            }
        }

        string FormatFlags(EnumInfo info, ulong raw)
        {
            ulong[] values = info.Values;
            string[] names = info.Names;
            if (raw == 0)
            {
                if (values.Length > 0 && values[0] == 0) return names[0];
                return "0";
            }
            ulong rest = raw;
            List<string> parts = new List<string>();
            for (int i = values.Length - 1; i >= 0; i--)
            {
                ulong v = values[i];
                if (v == 0) continue;
                if ((rest & v) == v)
                {
                    rest -= v;
                    parts.Add(names[i]);
                    if (rest == 0) break;
                }
            }
            if (rest != 0) return null;
            StringBuilder sb = new StringBuilder();
            for (int i = parts.Count - 1; i >= 0; i--)
            {
                sb.Append(parts[i]);
                if (i > 0) sb.Append(", ");
            }
            return sb.ToString();
        }

        public override string ToString()
        {
            EnumInfo info = GetInfo(GetType());
            ulong raw = InternalGetValue();
            int i = Array.BinarySearch(info.Values, raw);
            if (i >= 0)
            {
                while (i > 0 && info.Values[i - 1] == raw) i--;
                return info.Names[i];
            }
            if (info.IsFlags)
            {
                string s = FormatFlags(info, raw);
                if (s != null) return s;
            }
            return ValueToDecimalString();
        }

        public string ToString(string format)
        {
            if (format == null || format.Length == 0) return ToString();
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'G': case 'g': return ToString();
                    case 'D': case 'd': return ValueToDecimalString();
                    case 'X': case 'x': return ValueToHexString();
                    case 'F': case 'f':
                        {
                            EnumInfo info = GetInfo(GetType());
                            string s = FormatFlags(info, InternalGetValue());
                            return s ?? ValueToDecimalString();
                        }
                }
            }
            throw new FormatException("Format String can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
        }

        public string ToString(IFormatProvider provider) { return ToString(); }
        public string ToString(string format, IFormatProvider provider) { return ToString(format); }

        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException("flag");
            if (flag.GetType() != GetType())
                throw new ArgumentException("The argument type, '" + flag.GetType().FullName + "', is not the same as the enum type '" + GetType().FullName + "'.");
            ulong f = flag.InternalGetValue();
            return (InternalGetValue() & f) == f;
        }

        public int CompareTo(object target)
        {
            if (target == null) return 1;
            if (target.GetType() != GetType())
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType().FullName + "'; the enum type was '" + GetType().FullName + "'.");
            ulong a = InternalGetValue();
            ulong b = ((Enum)target).InternalGetValue();
            if (IsSignedUnderlying())
            {
                long la = (long)a, lb = (long)b;
                return la < lb ? -1 : (la > lb ? 1 : 0);
            }
            return a < b ? -1 : (a > b ? 1 : 0);
        }

        public override bool Equals(object obj)
        {
            if (obj == null || obj.GetType() != GetType()) return false;
            return InternalGetValue() == ((Enum)obj).InternalGetValue();
        }

        public override int GetHashCode()
        {
            ulong raw = InternalGetValue();
            switch (Type.GetTypeCode(InternalGetUnderlyingType(GetType())))
            {
                case TypeCode.SByte: return ((sbyte)raw).GetHashCode();
                case TypeCode.Byte: return ((byte)raw).GetHashCode();
                case TypeCode.Int16: return ((short)raw).GetHashCode();
                case TypeCode.UInt16: return ((ushort)raw).GetHashCode();
                case TypeCode.Int32: return (int)raw;
                case TypeCode.UInt32: return (int)(uint)raw;
                case TypeCode.Char: return ((char)raw).GetHashCode();
                case TypeCode.Boolean: return raw != 0 ? 1 : 0;
                default: return ((long)raw).GetHashCode();
            }
        }

        public TypeCode GetTypeCode() { return Type.GetTypeCode(InternalGetUnderlyingType(GetType())); }

        bool IConvertible.ToBoolean(IFormatProvider provider) { return InternalGetValue() != 0; }
        char IConvertible.ToChar(IFormatProvider provider) { return (char)InternalGetValue(); }
        sbyte IConvertible.ToSByte(IFormatProvider provider) { return (sbyte)InternalGetValue(); }
        byte IConvertible.ToByte(IFormatProvider provider) { return (byte)InternalGetValue(); }
        short IConvertible.ToInt16(IFormatProvider provider) { return (short)InternalGetValue(); }
        ushort IConvertible.ToUInt16(IFormatProvider provider) { return (ushort)InternalGetValue(); }
        int IConvertible.ToInt32(IFormatProvider provider) { return (int)InternalGetValue(); }
        uint IConvertible.ToUInt32(IFormatProvider provider) { return (uint)InternalGetValue(); }
        long IConvertible.ToInt64(IFormatProvider provider) { return (long)InternalGetValue(); }
        ulong IConvertible.ToUInt64(IFormatProvider provider) { return InternalGetValue(); }
        float IConvertible.ToSingle(IFormatProvider provider) { return IsSignedUnderlying() ? (float)(long)InternalGetValue() : (float)InternalGetValue(); }
        double IConvertible.ToDouble(IFormatProvider provider) { return IsSignedUnderlying() ? (double)(long)InternalGetValue() : (double)InternalGetValue(); }
        decimal IConvertible.ToDecimal(IFormatProvider provider) { return IsSignedUnderlying() ? (decimal)(long)InternalGetValue() : (decimal)InternalGetValue(); }
        DateTime IConvertible.ToDateTime(IFormatProvider provider) { throw new InvalidCastException("Invalid cast from 'Enum' to 'DateTime'."); }
        object IConvertible.ToType(Type type, IFormatProvider provider) { return Convert.DefaultToType(this, type, provider); }
    }
}
