using System.Collections;
using System.Runtime.CompilerServices;

namespace System
{
    public static class Environment
    {
        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern void InternalExit(int exitCode);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string[] InternalGetCommandLineArgs();

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern long InternalTickCount64();

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string InternalGetEnvironmentVariable(string variable);

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern int InternalProcessorCount();

        [MethodImpl(MethodImplOptions.InternalCall)]
        static extern string InternalStackTrace();

        static int exitCode;

        public static string NewLine { get { return "\n"; } }

        public static void Exit(int exitCode) { InternalExit(exitCode); }

        public static void FailFast(string message)
        {
            Console.Error.WriteLine(message);
            InternalExit(134);
        }

        public static void FailFast(string message, Exception exception) { FailFast(message); }

        public static int ExitCode
        {
            get { return exitCode; }
            set { exitCode = value; }
        }

        public static string[] GetCommandLineArgs() { return InternalGetCommandLineArgs(); }

        public static string CommandLine { get { return string.Join(" ", InternalGetCommandLineArgs()); } }

        public static int TickCount { get { return unchecked((int)InternalTickCount64()); } }

        public static long TickCount64 { get { return InternalTickCount64(); } }

        public static int ProcessorCount { get { return InternalProcessorCount(); } }

        public static int CurrentManagedThreadId { get { return System.Threading.Thread.CurrentThread.ManagedThreadId; } }

        public static string StackTrace { get { return InternalStackTrace(); } }

        public static bool Is64BitProcess { get { return true; } }
        public static bool Is64BitOperatingSystem { get { return true; } }
        public static bool HasShutdownStarted { get { return false; } }
        public static string MachineName { get { return "localhost"; } }
        public static string UserName { get { return GetEnvironmentVariable("USER") ?? "user"; } }
        public static string UserDomainName { get { return MachineName; } }
        public static bool UserInteractive { get { return false; } }
        public static int SystemPageSize { get { return 4096; } }
        public static long WorkingSet { get { return GC.GetTotalMemory(false); } }
        public static string CurrentDirectory { get { return GetEnvironmentVariable("PWD") ?? "/"; } set { } }
        public static Version Version { get { return new Version(4, 0, 30319, 42000); } }
        public static OperatingSystem OSVersion { get { return new OperatingSystem(PlatformID.Unix, new Version(5, 0)); } }

        public static string GetEnvironmentVariable(string variable)
        {
            if (variable == null) throw new ArgumentNullException("variable");
            return InternalGetEnvironmentVariable(variable);
        }

        public static string GetEnvironmentVariable(string variable, EnvironmentVariableTarget target) { return GetEnvironmentVariable(variable); }

        public static IDictionary GetEnvironmentVariables() { return new Hashtable(); }

        public static void SetEnvironmentVariable(string variable, string value) { }

        public static string ExpandEnvironmentVariables(string name) { return name; }

        public static string GetFolderPath(SpecialFolder folder) { return string.Empty; }

        public enum SpecialFolder
        {
            Desktop = 0, Programs = 2, MyDocuments = 5, Personal = 5, Favorites = 6, Startup = 7, Recent = 8,
            SendTo = 9, StartMenu = 11, MyMusic = 13, MyVideos = 14, DesktopDirectory = 16, MyComputer = 17,
            Templates = 21, ApplicationData = 26, LocalApplicationData = 28, InternetCache = 32, Cookies = 33,
            History = 34, CommonApplicationData = 35, System = 37, ProgramFiles = 38, MyPictures = 39, UserProfile = 40,
        }
    }

    public enum EnvironmentVariableTarget { Process = 0, User = 1, Machine = 2 }

    public enum PlatformID { Win32S = 0, Win32Windows = 1, Win32NT = 2, WinCE = 3, Unix = 4, Xbox = 5, MacOSX = 6 }

    [Serializable]
    public sealed class OperatingSystem : ICloneable
    {
        PlatformID platform;
        Version version;
        public OperatingSystem(PlatformID platform, Version version) { this.platform = platform; this.version = version; }
        public PlatformID Platform { get { return platform; } }
        public Version Version { get { return version; } }
        public string VersionString { get { return ToString(); } }
        public object Clone() { return new OperatingSystem(platform, version); }
        public override string ToString() { return "Unix " + version; }
    }

    [Serializable]
    public sealed class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        int _Major, _Minor, _Build = -1, _Revision = -1;

        public Version() { }
        public Version(int major, int minor) { _Major = major; _Minor = minor; }
        public Version(int major, int minor, int build) { _Major = major; _Minor = minor; _Build = build; }
        public Version(int major, int minor, int build, int revision) { _Major = major; _Minor = minor; _Build = build; _Revision = revision; }
        public Version(string version)
        {
            Version v = Parse(version);
            _Major = v._Major; _Minor = v._Minor; _Build = v._Build; _Revision = v._Revision;
        }

        public int Major { get { return _Major; } }
        public int Minor { get { return _Minor; } }
        public int Build { get { return _Build; } }
        public int Revision { get { return _Revision; } }

        public static Version Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            string[] p = input.Split('.');
            if (p.Length < 2 || p.Length > 4) throw new ArgumentException("Version string portion was too short or too long.");
            int[] n = new int[4] { 0, 0, -1, -1 };
            for (int i = 0; i < p.Length; i++) n[i] = int.Parse(p[i]);
            Version v = new Version();
            v._Major = n[0]; v._Minor = n[1]; v._Build = n[2]; v._Revision = n[3];
            return v;
        }

        public object Clone() { Version v = new Version(); v._Major = _Major; v._Minor = _Minor; v._Build = _Build; v._Revision = _Revision; return v; }

        public int CompareTo(object version)
        {
            if (version == null) return 1;
            Version v = version as Version;
            if (v == null) throw new ArgumentException("Object must be of type Version.");
            return CompareTo(v);
        }

        public int CompareTo(Version value)
        {
            if ((object)value == null) return 1;
            if (_Major != value._Major) return _Major > value._Major ? 1 : -1;
            if (_Minor != value._Minor) return _Minor > value._Minor ? 1 : -1;
            if (_Build != value._Build) return _Build > value._Build ? 1 : -1;
            if (_Revision != value._Revision) return _Revision > value._Revision ? 1 : -1;
            return 0;
        }

        public override bool Equals(object obj) { return Equals(obj as Version); }
        public bool Equals(Version obj) { return (object)obj != null && CompareTo(obj) == 0; }
        public override int GetHashCode() { return (_Major & 0xF) << 28 | (_Minor & 0xFF) << 20 | (_Build & 0xFF) << 12 | (_Revision & 0xFFF); }

        public override string ToString()
        {
            if (_Build == -1) return ToString(2);
            if (_Revision == -1) return ToString(3);
            return ToString(4);
        }

        public string ToString(int fieldCount)
        {
            switch (fieldCount)
            {
                case 0: return string.Empty;
                case 1: return _Major.ToString();
                case 2: return _Major + "." + _Minor;
                case 3: return _Major + "." + _Minor + "." + _Build;
                default: return _Major + "." + _Minor + "." + _Build + "." + _Revision;
            }
        }

        public static bool operator ==(Version v1, Version v2)
        {
            if ((object)v1 == null) return (object)v2 == null;
            return v1.Equals(v2);
        }

        public static bool operator !=(Version v1, Version v2) { return !(v1 == v2); }
        public static bool operator <(Version v1, Version v2) { return v1.CompareTo(v2) < 0; }
        public static bool operator <=(Version v1, Version v2) { return v1.CompareTo(v2) <= 0; }
        public static bool operator >(Version v1, Version v2) { return v2 < v1; }
        public static bool operator >=(Version v1, Version v2) { return v2 <= v1; }
    }
}
