namespace System.Globalization
{
    [Flags]
    [Serializable]
    public enum NumberStyles
    {
        None = 0x00000000,
        AllowLeadingWhite = 0x00000001,
        AllowTrailingWhite = 0x00000002,
        AllowLeadingSign = 0x00000004,
        AllowTrailingSign = 0x00000008,
        AllowParentheses = 0x00000010,
        AllowDecimalPoint = 0x00000020,
        AllowThousands = 0x00000040,
        AllowExponent = 0x00000080,
        AllowCurrencySymbol = 0x00000100,
        AllowHexSpecifier = 0x00000200,
        Integer = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign,
        HexNumber = AllowLeadingWhite | AllowTrailingWhite | AllowHexSpecifier,
        Number = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowTrailingSign | AllowDecimalPoint | AllowThousands,
        Float = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowDecimalPoint | AllowExponent,
        Currency = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowTrailingSign | AllowParentheses | AllowDecimalPoint | AllowThousands | AllowCurrencySymbol,
        Any = AllowLeadingWhite | AllowTrailingWhite | AllowLeadingSign | AllowTrailingSign | AllowParentheses | AllowDecimalPoint | AllowThousands | AllowCurrencySymbol | AllowExponent,
    }

    [Flags]
    [Serializable]
    public enum CompareOptions
    {
        None = 0x00000000,
        IgnoreCase = 0x00000001,
        IgnoreNonSpace = 0x00000002,
        IgnoreSymbols = 0x00000004,
        IgnoreKanaType = 0x00000008,
        IgnoreWidth = 0x00000010,
        OrdinalIgnoreCase = 0x10000000,
        StringSort = 0x20000000,
        Ordinal = 0x40000000,
    }

    [Serializable]
    public enum UnicodeCategory
    {
        UppercaseLetter = 0, LowercaseLetter = 1, TitlecaseLetter = 2, ModifierLetter = 3, OtherLetter = 4,
        NonSpacingMark = 5, SpacingCombiningMark = 6, EnclosingMark = 7, DecimalDigitNumber = 8, LetterNumber = 9,
        OtherNumber = 10, SpaceSeparator = 11, LineSeparator = 12, ParagraphSeparator = 13, Control = 14, Format = 15,
        Surrogate = 16, PrivateUse = 17, ConnectorPunctuation = 18, DashPunctuation = 19, OpenPunctuation = 20,
        ClosePunctuation = 21, InitialQuotePunctuation = 22, FinalQuotePunctuation = 23, OtherPunctuation = 24,
        MathSymbol = 25, CurrencySymbol = 26, ModifierSymbol = 27, OtherSymbol = 28, OtherNotAssigned = 29,
    }

    [Flags]
    [Serializable]
    public enum DateTimeStyles
    {
        None = 0x00000000, AllowLeadingWhite = 0x00000001, AllowTrailingWhite = 0x00000002, AllowInnerWhite = 0x00000004,
        AllowWhiteSpaces = AllowLeadingWhite | AllowInnerWhite | AllowTrailingWhite, NoCurrentDateDefault = 0x00000008,
        AdjustToUniversal = 0x00000010, AssumeLocal = 0x00000020, AssumeUniversal = 0x00000040, RoundtripKind = 0x00000080,
    }

    // Only the invariant culture exists: CurrentCulture == InvariantCulture.
    [Serializable]
    public class CultureInfo : IFormatProvider, ICloneable
    {
        static readonly CultureInfo invariant = new CultureInfo();
        static CultureInfo current;
        string name;

        CultureInfo() { name = string.Empty; }

        public CultureInfo(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            this.name = name;
        }

        public CultureInfo(string name, bool useUserOverride) : this(name) { }
        public CultureInfo(int culture) { name = string.Empty; }

        public static CultureInfo InvariantCulture { get { return invariant; } }

        public static CultureInfo CurrentCulture
        {
            get { return current ?? invariant; }
            set
            {
                if (value == null) throw new ArgumentNullException("value");
                current = value;
            }
        }

        public static CultureInfo CurrentUICulture
        {
            get { return CurrentCulture; }
            set { CurrentCulture = value; }
        }

        public static CultureInfo DefaultThreadCurrentCulture { get { return current; } set { current = value; } }
        public static CultureInfo DefaultThreadCurrentUICulture { get { return current; } set { current = value; } }

        public static CultureInfo GetCultureInfo(string name) { return new CultureInfo(name); }
        public static CultureInfo CreateSpecificCulture(string name) { return new CultureInfo(name); }

        public virtual string Name { get { return name; } }
        public virtual string DisplayName { get { return name.Length == 0 ? "Invariant Language (Invariant Country)" : name; } }
        public virtual string EnglishName { get { return DisplayName; } }
        public virtual string NativeName { get { return DisplayName; } }
        public virtual string TwoLetterISOLanguageName { get { return name.Length >= 2 ? name.Substring(0, 2) : "iv"; } }
        public virtual bool IsNeutralCulture { get { return false; } }
        public bool IsReadOnly { get { return true; } }
        public virtual int LCID { get { return 127; } }

        public virtual NumberFormatInfo NumberFormat { get { return NumberFormatInfo.InvariantInfo; } set { } }
        public virtual DateTimeFormatInfo DateTimeFormat { get { return DateTimeFormatInfo.InvariantInfo; } set { } }
        public virtual CompareInfo CompareInfo { get { return CompareInfo.Invariant; } }
        public virtual TextInfo TextInfo { get { return TextInfo.Invariant; } }
        public virtual Calendar Calendar { get { return null; } }

        public virtual object GetFormat(Type formatType)
        {
            if (formatType == typeof(NumberFormatInfo)) return NumberFormat;
            if (formatType == typeof(DateTimeFormatInfo)) return DateTimeFormat;
            return null;
        }

        public virtual object Clone() { return MemberwiseClone(); }
        public static CultureInfo ReadOnly(CultureInfo ci) { return ci; }
        public void ClearCachedData() { }

        public override string ToString() { return name; }
        public override bool Equals(object value)
        {
            CultureInfo c = value as CultureInfo;
            return c != null && c.name == name;
        }
        public override int GetHashCode() { return name.GetHashCode(); }
    }

    public abstract class Calendar
    {
        protected Calendar() { }
    }

    [Serializable]
    public sealed class NumberFormatInfo : IFormatProvider, ICloneable
    {
        static readonly NumberFormatInfo invariant = new NumberFormatInfo();

        public NumberFormatInfo() { }

        public static NumberFormatInfo InvariantInfo { get { return invariant; } }
        public static NumberFormatInfo CurrentInfo { get { return invariant; } }

        public static NumberFormatInfo GetInstance(IFormatProvider formatProvider) { return invariant; }
        public static NumberFormatInfo ReadOnly(NumberFormatInfo nfi) { return nfi; }

        public object GetFormat(Type formatType) { return formatType == typeof(NumberFormatInfo) ? this : null; }
        public object Clone() { return MemberwiseClone(); }
        public bool IsReadOnly { get { return true; } }

        public string NumberDecimalSeparator { get { return "."; } set { } }
        public string NumberGroupSeparator { get { return ","; } set { } }
        public int NumberDecimalDigits { get { return 2; } set { } }
        public int[] NumberGroupSizes { get { return new int[] { 3 }; } set { } }
        public string CurrencyDecimalSeparator { get { return "."; } set { } }
        public string CurrencyGroupSeparator { get { return ","; } set { } }
        public string CurrencySymbol { get { return "\u00a4"; } set { } }
        public int CurrencyDecimalDigits { get { return 2; } set { } }
        public int[] CurrencyGroupSizes { get { return new int[] { 3 }; } set { } }
        public int CurrencyNegativePattern { get { return 0; } set { } }
        public int CurrencyPositivePattern { get { return 0; } set { } }
        public string PercentDecimalSeparator { get { return "."; } set { } }
        public string PercentGroupSeparator { get { return ","; } set { } }
        public string PercentSymbol { get { return "%"; } set { } }
        public int PercentDecimalDigits { get { return 2; } set { } }
        public int[] PercentGroupSizes { get { return new int[] { 3 }; } set { } }
        public int PercentNegativePattern { get { return 0; } set { } }
        public int PercentPositivePattern { get { return 0; } set { } }
        public string PerMilleSymbol { get { return "\u2030"; } set { } }
        public string NegativeSign { get { return "-"; } set { } }
        public string PositiveSign { get { return "+"; } set { } }
        public string NaNSymbol { get { return "NaN"; } set { } }
        public string PositiveInfinitySymbol { get { return "Infinity"; } set { } }
        public string NegativeInfinitySymbol { get { return "-Infinity"; } set { } }
        public int NumberNegativePattern { get { return 1; } set { } }
        public string[] NativeDigits { get { return new string[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }; } set { } }
    }

    [Serializable]
    public sealed class DateTimeFormatInfo : IFormatProvider, ICloneable
    {
        static readonly DateTimeFormatInfo invariant = new DateTimeFormatInfo();

        public DateTimeFormatInfo() { }

        public static DateTimeFormatInfo InvariantInfo { get { return invariant; } }
        public static DateTimeFormatInfo CurrentInfo { get { return invariant; } }
        public static DateTimeFormatInfo GetInstance(IFormatProvider provider) { return invariant; }

        public object GetFormat(Type formatType) { return formatType == typeof(DateTimeFormatInfo) ? this : null; }
        public object Clone() { return MemberwiseClone(); }

        internal static readonly string[] DayNamesArr = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        internal static readonly string[] AbbrDayNamesArr = { "Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat" };
        internal static readonly string[] MonthNamesArr = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "" };
        internal static readonly string[] AbbrMonthNamesArr = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", "" };

        public string[] DayNames { get { return (string[])DayNamesArr.Clone(); } }
        public string[] AbbreviatedDayNames { get { return (string[])AbbrDayNamesArr.Clone(); } }
        public string[] MonthNames { get { return (string[])MonthNamesArr.Clone(); } }
        public string[] AbbreviatedMonthNames { get { return (string[])AbbrMonthNamesArr.Clone(); } }
        public string AMDesignator { get { return "AM"; } }
        public string PMDesignator { get { return "PM"; } }
        public string DateSeparator { get { return "/"; } }
        public string TimeSeparator { get { return ":"; } }
        public string ShortDatePattern { get { return "MM/dd/yyyy"; } }
        public string LongDatePattern { get { return "dddd, dd MMMM yyyy"; } }
        public string ShortTimePattern { get { return "HH:mm"; } }
        public string LongTimePattern { get { return "HH:mm:ss"; } }
        public string FullDateTimePattern { get { return "dddd, dd MMMM yyyy HH:mm:ss"; } }
        public string GetDayName(DayOfWeek dayofweek) { return DayNamesArr[(int)dayofweek]; }
        public string GetAbbreviatedDayName(DayOfWeek dayofweek) { return AbbrDayNamesArr[(int)dayofweek]; }
        public string GetMonthName(int month) { return MonthNamesArr[month - 1]; }
        public string GetAbbreviatedMonthName(int month) { return AbbrMonthNamesArr[month - 1]; }
    }

    [Serializable]
    public class TextInfo
    {
        internal static readonly TextInfo Invariant = new TextInfo();
        TextInfo() { }
        public virtual char ToLower(char c) { return char.ToLowerInvariant(c); }
        public virtual string ToLower(string str) { if (str == null) throw new ArgumentNullException("str"); return str.ToLowerInvariant(); }
        public virtual char ToUpper(char c) { return char.ToUpperInvariant(c); }
        public virtual string ToUpper(string str) { if (str == null) throw new ArgumentNullException("str"); return str.ToUpperInvariant(); }
        public string ToTitleCase(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            char[] a = str.ToCharArray();
            bool start = true;
            for (int i = 0; i < a.Length; i++)
            {
                if (char.IsLetter(a[i]))
                {
                    if (start) a[i] = char.ToUpperInvariant(a[i]);
                    else a[i] = char.ToLowerInvariant(a[i]);
                    start = false;
                }
                else
                {
                    start = !(a[i] == '\'' || char.IsDigit(a[i]));
                }
            }
            return new string(a);
        }
        public string ListSeparator { get { return ","; } }
        public string CultureName { get { return string.Empty; } }
    }
}
