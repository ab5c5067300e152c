#!/bin/bash
# Differential checks of corlib algorithms against Mono: each check copies the
# relevant C# sources from ../../src into a "Shim" namespace (replacing internal
# calls by plain C#), compiles them together with a test program against Mono's own
# class libraries, and compares Strata's implementation with Mono's on many inputs.
# Every check prints "bad=0" (or "True"/"SAME") when the behaviours agree.
# Usage: tools/monocheck/run.sh   (needs mono, mcs, python3)
set -u
here=$(cd "$(dirname "$0")" && pwd)
S=$(cd "$here/../../src" && pwd)
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
cd "$W"

shim() { # shim SRCFILE NAMESPACE > out.cs
    sed "s/^namespace $2\$/namespace Shim/" "$S/$1"
}

run() { # run NAME files...
    local name=$1; shift
    if mcs -nowarn:0436,0618,0219 -unsafe -r:System.Numerics -out:"$name.exe" "$@" >"$name.log" 2>&1; then
        printf '%-22s %s\n' "$name" "$(mono "$name.exe" 2>&1 | tail -1)"
    else
        printf '%-22s COMPILE ERROR\n' "$name"; grep error "$name.log" | head -5
    fi
}

# Random
(echo "using System;"; shim System/Random.cs System) > rnd.cs
run random "$here/random.cs" rnd.cs

# Introsort (Array.Sort / List.Sort)
(echo "using System; using System.Collections.Generic;"; shim System.Collections.Generic/ArraySortHelper.cs System.Collections.Generic | sed 's/Comparer<T>.Default/System.Collections.Generic.Comparer<T>.Default/') > ash.cs
run introsort "$here/introsort.cs" ash.cs

# Dictionary / HashSet enumeration order
for f in Dictionary HashSet; do
    (echo "using System; using System.Collections; using System.Collections.Generic;"; shim System.Collections.Generic/$f.cs System.Collections.Generic | sed 's/EmptyArray<T>.Value/new T[0]/g') > $f.cs
done
python3 - "$S" <<'EOF'
import sys
s = open(sys.argv[1] + "/System.Collections.Generic/Comparers.cs").read()
i = s.index("    internal static class HashHelpers")
j = s.index("namespace System.Collections\n")
open("hh.cs", "w").write("using System;\nnamespace Shim {\n" + s[i:j].rstrip().rstrip("}") + "\n}\n")
EOF
run dict_hashset "$here/dict_hashset.cs" Dictionary.cs HashSet.cs hh.cs

# Composite formatting (StringBuilder.AppendFormat)
(echo "using System; using System.Collections.Generic;"; shim System.Text/StringBuilder.cs System.Text | sed 's/string\.FromCharArray(\([^;]*\));/Shim.SH.FromCharArray(\1);/'; echo 'namespace Shim { static class SH { public static string FromCharArray(char[] a, int s, int c) { return c == 0 ? "" : new string(a, s, c); } } }') > sb.cs
run composite_format "$here/composite_format.cs" sb.cs

# Integer parsing
(echo "using System; using System.Globalization;"; shim System/Number.cs System | grep -v "extern\|MethodImpl") > num.cs
for t in Int32 Byte UInt64 SByte Int64; do
    (echo "using System;"; shim System/$t.cs System | sed -E 's/Convert\.DefaultToType\(this, type, provider\)/null/; s/Number.FormatU?Int64\([^;]*;/"";/; s/\(\((int|byte|ulong|sbyte|long)\)obj\)\.m_value/(\1)obj/') > $t.cs
done
run int_parse "$here/int_parse.cs" num.cs Int32.cs Byte.cs UInt64.cs SByte.cs Int64.cs

# Math.Round
(echo "using System;"; shim System/Math.cs System | sed -E 's/\[MethodImpl\(MethodImplOptions.InternalCall\)\] public static extern double (\w+)\(double (\w+)\);/public static double \1(double \2) { return System.Math.\1(\2); }/; s/\[MethodImpl\(MethodImplOptions.InternalCall\)\] public static extern double (\w+)\(double (\w+), double (\w+)\);/public static double \1(double \2, double \3) { return System.Math.\1(\2, \3); }/' | grep -v "Cbrt\|Asinh\|Acosh\|Atanh" | sed 's/decimal\.\(Floor\|Ceiling\|Truncate\|Round\|Compare\)/System.Decimal.\1/g; s/return decimal.Abs(value);/return value < 0 ? -value : value;/') > math.cs
run math_round "$here/math_round.cs" math.cs

# TimeSpan / DateTime formatting
(echo "using System; using System.Globalization;"; shim System/TimeSpan.cs System) > ts.cs
(echo "using System; using System.Globalization;"; shim System/DateTime.cs System | sed 's/static extern long InternalUtcNowTicks();/static long InternalUtcNowTicks() { return System.DateTime.UtcNow.Ticks; }/; s/static extern long InternalLocalOffsetTicks(long utcTicks);/static long InternalLocalOffsetTicks(long utcTicks) { return 0; }/; s/DateTimeFormatInfo\./Shim.DTF./g; s/, IConvertible,/,/' | grep -v "MethodImpl(\|IConvertible\.\|GetTypeCode"
 python3 - "$S" <<'EOF'
import sys
s = open(sys.argv[1] + "/System.Globalization/Globalization.cs").read()
i = s.index("        internal static readonly string[] DayNamesArr")
j = s.index("        public string[] DayNames")
print("namespace Shim { static class DTF {\n" + s[i:j] + "} }")
EOF
) > dt.cs
(echo "using System; using System.Globalization;"; shim System/DateTimeParseExact.cs System | sed 's/DateTimeFormatInfo\./Shim.DTF./g') > dtp.cs
run timespan_datetime "$here/timespan_datetime.cs" ts.cs dt.cs dtp.cs

# String.Split / Trim and IndexOf family
python3 - "$S" <<'EOF'
import sys
s = open(sys.argv[1] + "/System/String.cs").read()
def grab(a, b):
    i = s.index(a); j = s.index(b, i); return s[i:j]
def fix(body):
    return (body.replace("new string[] { this }", "new string[] { self }").replace("return this;", "return self;")
            .replace("CompareOrdinal(this,", "string.CompareOrdinal(self,").replace("IsNullOrEmpty(", "string.IsNullOrEmpty(")
            .replace("InternalSubstring(", "self.Substring(").replace("return Empty;", "return string.Empty;")
            .replace("CheckComparison(comparisonType);", ""))
head = '''using System; using System.Collections.Generic;
namespace Shim {
class %s {
  string self;
  public %s(string s) { self = s; }
  char this[int i] { get { return self[i]; } }
  int Length { get { return self.Length; } }
  string Substring(int a, int b) { return self.Substring(a, b); }
  string Substring(int a) { return self.Substring(a); }
'''
split = grab("        static bool InSet(char c, char[] set)", "        public string Trim() {") + grab("        static void CheckSplitArgs(int count, StringSplitOptions options)", "        // ---- concat ----")
open("ss.cs", "w").write(head % ("SS", "SS") + '''  public string[] Split(char[] sep, int count, StringSplitOptions o) { return SplitChars(sep, count, o); }
  public string[] Split(string[] sep, int count, StringSplitOptions o) { return SplitStrings(sep, count, o); }
  public string Trim(char[] c, int kind) { return TrimHelper(c, kind); }
''' + fix(split) + "}}\n")
idx = grab("        public int IndexOf(char value) {", "        // ---- slicing / building ----")
open("si.cs", "w").write(head % ("SI", "SI") + '''  int InternalIndexOfChar(char v, int start, int count) { for (int i = start; i < start + count; i++) if (self[i] == v) return i; return -1; }
  int InternalLastIndexOfChar(char v, int start, int count) { for (int i = start; i > start - count; i--) if (self[i] == v) return i; return -1; }
  int InternalIndexOfString(string v, int start, int count, bool ic) { for (int i = start; i + v.Length <= start + count; i++) if (string.Compare(self, i, v, 0, v.Length, ic ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0) return i; return -1; }
  int InternalLastIndexOfString(string v, int start, int count, bool ic) { for (int i = start - v.Length + 1; i >= start - count + 1; i--) if (string.Compare(self, i, v, 0, v.Length, ic ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) == 0) return i; return -1; }
''' + fix(idx) + "}}\n")
EOF
run split_trim "$here/split_trim.cs" ss.cs
run indexof "$here/indexof.cs" si.cs

# LINQ
(echo "using System; using System.Collections; using System.Collections.Generic;"; shim System.Linq/Enumerable.cs System.Linq | sed 's/EmptyArray<\([A-Za-z]*\)>.Value/new \1[0]/g') > linq.cs
(echo "using System; using System.Collections.Generic;"; shim System.Linq/Enumerable.Aggregates.cs System.Linq) > linqagg.cs
(echo "using System; using System.Collections.Generic; using System.Linq; class A { public static void Run() {"; cat "$here/linq_body.inc"; echo "}}") > la.cs
(echo "using System; using System.Collections.Generic; using Shim; class B { public static void Run() {"; sed 's/Enumerable\./Shim.Enumerable./g' "$here/linq_body.inc"; echo "}}") > lb.cs
if mcs -nowarn:0436 -out:linq.exe la.cs lb.cs "$here/linq_main.cs" linq.cs linqagg.cs >linq.log 2>&1; then
    if [ "$(mono linq.exe a)" == "$(mono linq.exe b)" ]; then printf '%-22s SAME\n' linq; else printf '%-22s DIFFERENT\n' linq; fi
else
    printf '%-22s COMPILE ERROR\n' linq
fi

# BigInteger
(echo "using System; using System.Globalization;"; shim System.Numerics/BigInteger.cs System.Numerics) > bi.cs
run biginteger "$here/biginteger.cs" bi.cs

# ConcurrentDictionary enumeration order
(echo "using System; using System.Collections; using System.Collections.Generic; using System.Threading;"; shim System.Collections.Concurrent/ConcurrentDictionary.cs System.Collections.Concurrent | sed 's/Environment.TickCount64/Environment.TickCount/g') > cdict.cs
run concurrent_dictionary "$here/concurrent_dictionary.cs" cdict.cs

# Invariant collation (an approximation: a handful of differences is expected)
(echo "using System; using System.Globalization;"; shim System.Globalization/CompareInfo.cs System.Globalization) > ci.cs
run collation "$here/collation.cs" ci.cs
