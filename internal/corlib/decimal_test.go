package corlib

import (
	"bufio"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

func decFromBits(t *testing.T, s string) decimal96 {
	t.Helper()
	f := strings.Split(s, ",")
	if len(f) != 4 {
		t.Fatalf("bad bits %q", s)
	}
	var v [4]int64
	for i := range f {
		x, err := strconv.ParseInt(f[i], 10, 32)
		if err != nil {
			t.Fatalf("bad bits %q", s)
		}
		v[i] = x
	}
	flags := uint32(v[3])
	return decimal96{lo: uint32(v[0]), mid: uint32(v[1]), hi: uint32(v[2]), scale: int(flags>>16) & 0xFF, neg: flags&0x80000000 != 0}
}

func decBits(d decimal96) string {
	flags := uint32(d.scale) << 16
	if d.neg {
		flags |= 0x80000000
	}
	return strconv.Itoa(int(int32(d.lo))) + "," + strconv.Itoa(int(int32(d.mid))) + "," + strconv.Itoa(int(int32(d.hi))) + "," + strconv.Itoa(int(int32(flags)))
}

// TestDecimalMonoData checks the decimal operations against a file of
// results recorded with Mono (see the generator described in the file's
// directory); it runs only when STRATA_MONO_DATA names that directory.
func TestDecimalMonoData(t *testing.T) {
	dir := os.Getenv("STRATA_MONO_DATA")
	if dir == "" {
		t.Skip("STRATA_MONO_DATA not set")
	}
	f, err := os.Open(filepath.Join(dir, "mono_dec.txt"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	bad := map[string]int{}
	for sc.Scan() {
		fl := strings.Fields(sc.Text())
		if len(fl) < 4 || fl[0] == "fmt" || fl[0] == "str" {
			continue
		}
		op := fl[0]
		a, b := decFromBits(t, fl[1]), decFromBits(t, fl[2])
		want := fl[3]
		var got string
		res := func(d decimal96, ok bool) {
			if !ok {
				got = "OverflowException"
			} else {
				got = decBits(d)
			}
		}
		switch {
		case op == "add":
			res(decAdd(a, b))
		case op == "sub":
			b.neg = !b.neg
			res(decAdd(a, b))
		case op == "mul":
			res(decMul(a, b))
		case op == "div":
			if b.isZero() {
				got = "DivideByZeroException"
			} else {
				res(decDiv(a, b))
			}
		case op == "rem":
			if b.isZero() {
				got = "DivideByZeroException"
			} else {
				res(decRem(a, b))
			}
		case op == "cmp":
			c := decCmp(a, b)
			d := decimal96{lo: uint32(c), neg: c < 0}
			if c < 0 {
				d.lo = 1
			}
			got = decBits(d)
		case strings.HasPrefix(op, "roundaway"):
			n, _ := strconv.Atoi(op[9:])
			got = decBits(decRound(a, n, decRoundHalfAway))
		case strings.HasPrefix(op, "round"):
			n, _ := strconv.Atoi(op[5:])
			got = decBits(decRound(a, n, decRoundHalfEven))
		case op == "floor":
			got = decBits(decRound(a, 0, decRoundFloor))
		case op == "ceil":
			got = decBits(decRound(a, 0, decRoundCeiling))
		case op == "trunc":
			got = decBits(decRound(a, 0, decRoundTruncate))
		case op == "todouble":
			w := decFromBits(t, want)
			wb := int64(uint64(w.mid)<<32 | uint64(w.lo))
			if w.neg {
				wb = -wb
			}
			gb := int64(math.Float64bits(decToDouble(a)))
			if wb == gb {
				continue
			}
			got = strconv.FormatInt(gb, 10)
			want = strconv.FormatInt(wb, 10)
		default:
			continue
		}
		if got != want {
			bad[op]++
			if bad[op] <= 5 {
				t.Errorf("%s %s %s: got %s want %s", op, fl[1], fl[2], got, want)
			}
		}
	}
	if len(bad) > 0 {
		t.Errorf("mismatches: %v", bad)
	}
}

func TestDecimalFromDoubleMonoData(t *testing.T) {
	dir := os.Getenv("STRATA_MONO_DATA")
	if dir == "" {
		t.Skip("STRATA_MONO_DATA not set")
	}
	f, err := os.Open(filepath.Join(dir, "mono_fromdouble.txt"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	bad := 0
	for sc.Scan() {
		fl := strings.Fields(sc.Text())
		b, _ := strconv.ParseInt(fl[0], 10, 64)
		x := math.Float64frombits(uint64(b))
		var got string
		if math.Abs(x) > 7.9228162514264338e28 {
			got = "OverflowException"
		} else {
			got = decBits(decFromDouble(x, 15))
		}
		if got != fl[1] {
			bad++
			if bad < 10 {
				t.Errorf("%v: got %s want %s", x, got, fl[1])
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d mismatches", bad)
	}
}
