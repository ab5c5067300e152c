package corlib

import (
	"bufio"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
)

// fmtResult renders a formatting outcome the way mono-number-format.cs does.
func fmtResult(s string, ok bool) string {
	if !ok {
		return "!! FormatException: " + badFormatSpecifier
	}
	return "=> [" + s + "]"
}

func mustDec(t *testing.T, s string) decimal96 {
	t.Helper()
	d, st := parseDecimal(s, nsNumber)
	if st != parseOK {
		t.Fatalf("parseDecimal(%q) = %d", s, st)
	}
	return d
}

// TestMonoNumberFormatFile checks every line of testdata/mono-number-format.txt
// that exercises the formatting engine (ints, doubles, floats, decimals with
// standard and custom formats) and some decimal arithmetic and parsing.
func TestMonoNumberFormatFile(t *testing.T) {
	f, err := os.Open("testdata/mono-number-format.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	floats := []float32{0.1, 1.0 / 3, 16777217, 1e10, 3.14159265, math.MaxFloat32, math.SmallestNonzeroFloat32, 1.1, 0.3, 100, 1e-10, 123456.7, float32(math.NaN()), float32(math.Inf(1))}
	floatIdx := 0
	subjects := []struct {
		prefix string
		format func(fm string) (string, bool)
	}{
		{"int 1234567 ", func(fm string) (string, bool) { return formatInt64(1234567, fm) }},
		// The C# side passes negative ints to FormatUInt64 as uint for X.
		{"int -42 ", func(fm string) (string, bool) {
			if len(fm) > 0 && (fm[0] == 'X' || fm[0] == 'x') && len(fm) <= 3 {
				return formatUInt64(uint64(uint32(0xFFFFFFD6)), fm)
			}
			return formatInt64(-42, fm)
		}},
		{"int 0 ", func(fm string) (string, bool) { return formatInt64(0, fm) }},
		{"long max ", func(fm string) (string, bool) { return formatInt64(math.MaxInt64, fm) }},
		{"double 1234.5678 ", func(fm string) (string, bool) { return formatDouble(1234.5678, fm, false) }},
		{"double -0.000123 ", func(fm string) (string, bool) { return formatDouble(-0.000123, fm, false) }},
		{"double 0.5 ", func(fm string) (string, bool) { return formatDouble(0.5, fm, false) }},
		{"double 1e20 ", func(fm string) (string, bool) { return formatDouble(1e20, fm, false) }},
		{"double 2.5 ", func(fm string) (string, bool) { return formatDouble(2.5, fm, false) }},
		{"decimal 1234.5678 ", func(fm string) (string, bool) { return formatDecimal(mustDec(t, "1234.5678"), fm) }},
		{"decimal -0.5 ", func(fm string) (string, bool) { return formatDecimal(mustDec(t, "-0.5"), fm) }},
	}
	checked := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "double ") && strings.Contains(line, " G17=["):
			// double <R> => [<G>] G17=[...] R=[...]
			rest := strings.TrimPrefix(line, "double ")
			i := strings.Index(rest, " => [")
			x, err := strconv.ParseFloat(rest[:i], 64)
			if err != nil {
				switch rest[:i] {
				case "NaN":
					x = math.NaN()
				case "Infinity":
					x = math.Inf(1)
				case "-Infinity":
					x = math.Inf(-1)
				default:
					t.Fatalf("bad value in %q", line)
				}
			}
			g, _ := formatDouble(x, "", false)
			g17, _ := formatDouble(x, "G17", false)
			r, _ := formatDouble(x, "R", false)
			got := "double " + r + " => [" + g + "] G17=[" + g17 + "] R=[" + r + "]"
			if got != line {
				t.Errorf("got  %s\nwant %s", got, line)
			}
			checked++
			continue
		case strings.HasPrefix(line, "float => ["):
			x := float64(floats[floatIdx])
			floatIdx++
			g, _ := formatDouble(x, "", true)
			r, _ := formatDouble(x, "R", true)
			g9, _ := formatDouble(x, "G9", true)
			got := "float => [" + g + "] R=[" + r + "] G9=[" + g9 + "]"
			if got != line {
				t.Errorf("got  %s\nwant %s", got, line)
			}
			checked++
			continue
		case line == "0.100000001490116":
			s, _ := formatDouble(float64(float32(0.1)), "", false)
			if s != line {
				t.Errorf("(double)0.1f: got %s", s)
			}
			checked++
			continue
		}
		for _, sub := range subjects {
			if !strings.HasPrefix(line, sub.prefix) {
				continue
			}
			rest := line[len(sub.prefix):]
			i := strings.Index(rest, " => [")
			j := strings.Index(rest, " !! ")
			if i < 0 || j >= 0 && j < i {
				i = j
			}
			if i < 0 {
				t.Fatalf("cannot parse %q", line)
			}
			fm := rest[:i]
			got := sub.prefix + fm + " " + fmtResult(sub.format(fm))
			if got != line {
				t.Errorf("got  %s\nwant %s", got, line)
			}
			checked++
			break
		}
	}
	if floatIdx != len(floats) {
		t.Errorf("saw %d float lines, want %d", floatIdx, len(floats))
	}
	t.Logf("%d lines checked", checked)
	if checked < 600 {
		t.Errorf("only %d lines checked", checked)
	}
}

// isHexFormat mirrors Number.IsHexFormat in the C# corlib.
func isHexFormat(f string) bool {
	if f == "" || f[0] != 'X' && f[0] != 'x' {
		return false
	}
	if len(f) == 1 {
		return true
	}
	if len(f) > 3 {
		return false
	}
	for _, c := range f[1:] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// TestFormatMonoData compares against a large table recorded with Mono
// (values × formats); it runs only when STRATA_MONO_DATA names the
// directory holding fmts.txt and mono_fmt.txt.
func TestFormatMonoData(t *testing.T) {
	dir := os.Getenv("STRATA_MONO_DATA")
	if dir == "" {
		t.Skip("STRATA_MONO_DATA not set")
	}
	fb, err := os.ReadFile(dir + "/fmts.txt")
	if err != nil {
		t.Skip(err)
	}
	fmts := strings.Split(strings.TrimSuffix(string(fb), "\n"), "\n")
	f, err := os.Open(dir + "/mono_fmt.txt")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	bad := map[string]int{}
	n := 0
	for sc.Scan() {
		fl := strings.SplitN(sc.Text(), "\t", 4)
		fi, _ := strconv.Atoi(fl[2])
		fm := fmts[fi]
		want := fl[3]
		var s string
		var ok bool
		switch fl[0] {
		case "l", "i", "s", "sb":
			v, _ := strconv.ParseInt(fl[1], 10, 64)
			mask := map[string]uint64{"l": math.MaxUint64, "i": math.MaxUint32, "s": math.MaxUint16, "sb": math.MaxUint8}[fl[0]]
			if v < 0 && isHexFormat(fm) {
				s, ok = formatUInt64(uint64(v)&mask, fm)
			} else {
				s, ok = formatInt64(v, fm)
			}
		case "u":
			v, _ := strconv.ParseUint(fl[1], 10, 64)
			s, ok = formatUInt64(v, fm)
		case "d":
			v, _ := strconv.ParseInt(fl[1], 10, 64)
			s, ok = formatDouble(math.Float64frombits(uint64(v)), fm, false)
		case "f":
			v, _ := strconv.ParseInt(fl[1], 10, 32)
			s, ok = formatDouble(float64(math.Float32frombits(uint32(v))), fm, true)
		case "m":
			s, ok = formatDecimal(decFromBits(t, fl[1]), fm)
		}
		got := "=" + s
		if !ok {
			got = "!FormatException: " + badFormatSpecifier
		}
		n++
		if got != want {
			bad[fl[0]]++
			if bad[fl[0]] <= 8 {
				t.Errorf("%s %s %q: got %q want %q", fl[0], fl[1], fm, got, want)
			}
		}
	}
	t.Logf("%d cases", n)
	if len(bad) > 0 {
		t.Errorf("mismatches: %v", bad)
	}
}

// TestParseMonoData compares double and decimal parsing against results
// recorded with Mono (strings × NumberStyles); it runs only when
// STRATA_MONO_DATA names the directory holding pstrs.txt and mono_parse2.txt.
func TestParseMonoData(t *testing.T) {
	dir := os.Getenv("STRATA_MONO_DATA")
	if dir == "" {
		t.Skip("STRATA_MONO_DATA not set")
	}
	sb, err := os.ReadFile(dir + "/pstrs.txt")
	if err != nil {
		t.Skip(err)
	}
	strs := strings.Split(strings.TrimSuffix(string(sb), "\n"), "\n")
	f, err := os.Open(dir + "/mono_parse2.txt")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	bad := 0
	for sc.Scan() {
		fl := strings.Split(sc.Text(), "\t")
		si, _ := strconv.Atoi(fl[0])
		st, _ := strconv.Atoi(fl[1])
		s := strs[si]
		v, r := parseDouble(s, st)
		got := []string{strconv.FormatInt(int64(math.Float64bits(v)), 10), "FormatException", "OverflowException"}[r]
		if got != fl[2] {
			bad++
			t.Errorf("double %q styles %d: got %s want %s", s, st, got, fl[2])
		}
		d, r := parseDecimal(s, st)
		got = []string{decBits(d), "FormatException", "OverflowException"}[r]
		if got != fl[3] {
			bad++
			t.Errorf("decimal %q styles %d: got %s want %s", s, st, got, fl[3])
		}
		if bad > 30 {
			t.Fatal("too many mismatches")
		}
	}
}

var mathFuncs = map[string]func(float64) float64{
	"Sin": mathSin, "Cos": mathCos, "Tan": mathTan, "Asin": mathAsin, "Acos": mathAcos, "Atan": mathAtan,
	"Sinh": mathSinh, "Cosh": mathCosh, "Tanh": mathTanh, "Asinh": mathAsinh, "Acosh": mathAcosh, "Atanh": mathAtanh,
	"Sqrt": mathSqrt, "Cbrt": mathCbrt, "Exp": mathExp, "Log": mathLog, "Log10": mathLog10,
	"Floor": math.Floor, "Ceiling": math.Ceil,
	"Pow17":  func(x float64) float64 { return mathPow(x, 1.7) },
	"Pow25":  func(x float64) float64 { return mathPow(2.5, x) },
	"Atan2x": func(x float64) float64 { return mathAtan2(x, 0.7) },
}

// TestMathMonoData compares the Math functions bit for bit with results
// recorded with Mono (glibc) for random arguments; it runs only when
// STRATA_MONO_DATA names the directory holding vals.txt and mono_out.txt.
func TestMathMonoData(t *testing.T) {
	dir := os.Getenv("STRATA_MONO_DATA")
	if dir == "" {
		t.Skip("STRATA_MONO_DATA not set")
	}
	vb, err := os.ReadFile(dir + "/vals.txt")
	if err != nil {
		t.Skip(err)
	}
	mb, err := os.ReadFile(dir + "/mono_out.txt")
	if err != nil {
		t.Skip(err)
	}
	names := strings.Fields("Sin Cos Tan Asin Acos Atan Sinh Cosh Tanh Sqrt Exp Log Log10 Pow17 Pow25 Atan2x Asinh Acosh Atanh Cbrt")
	vals := strings.Fields(string(vb))
	rows := strings.Split(strings.TrimSpace(string(mb)), "\n")
	bad := map[string]int{}
	for i, v := range vals {
		b, _ := strconv.ParseInt(v, 10, 64)
		x := math.Float64frombits(uint64(b))
		want := strings.Fields(rows[i])
		for j, name := range names {
			w, _ := strconv.ParseInt(want[j], 10, 64)
			got := mathFuncs[name](x)
			if int64(math.Float64bits(got)) != w {
				bad[name]++
				if bad[name] <= 3 {
					t.Errorf("%s(%v) = %v, want %v", name, x, got, math.Float64frombits(uint64(w)))
				}
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("mismatches (of %d): %v", len(vals), bad)
	}
}
