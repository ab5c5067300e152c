package corlib

import (
	"math"
	"math/big"
	"math/bits"
	"sync"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// System.Decimal arithmetic. A decimal is a 96-bit unsigned mantissa, a
// scale 0..28 (value = mantissa × 10^-scale) and a sign. The semantics follow
// the .NET Framework / Mono implementation: results keep the scale the
// operation gives them (1.10 + 1.20 = 2.30), and a result that does not fit
// 96 bits or scale 28 is rounded half to even to the most digits that fit.

const decOverflowMsg = "Value was either too large or too small for a Decimal."

// decimal96 is a System.Decimal in Go form.
type decimal96 struct {
	lo, mid, hi uint32
	scale       int
	neg         bool
}

var (
	big10Pow  [80]*big.Int
	decMaxBig *big.Int // 2^96
)

func init() {
	p := big.NewInt(1)
	for i := range big10Pow {
		big10Pow[i] = new(big.Int).Set(p)
		p.Mul(p, big.NewInt(10))
	}
	decMaxBig = new(big.Int).Lsh(big.NewInt(1), 96)
}

func pow10Big(n int) *big.Int {
	if n < len(big10Pow) {
		return big10Pow[n]
	}
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

func (d decimal96) isZero() bool { return d.lo|d.mid|d.hi == 0 }

// mant returns the mantissa as a new big.Int.
func (d decimal96) mant() *big.Int {
	if d.hi == 0 {
		return new(big.Int).SetUint64(uint64(d.mid)<<32 | uint64(d.lo))
	}
	m := new(big.Int).SetUint64(uint64(d.hi))
	m.Lsh(m, 64)
	return m.Or(m, new(big.Int).SetUint64(uint64(d.mid)<<32|uint64(d.lo)))
}

// decExact builds a decimal from a mantissa known to fit 96 bits.
func decExact(m *big.Int, scale int, neg bool) decimal96 {
	var w [2]uint64
	ws := m.Bits()
	if bits.UintSize == 64 {
		for i := 0; i < len(ws) && i < 2; i++ {
			w[i] = uint64(ws[i])
		}
	} else {
		for i := 0; i < len(ws) && i < 4; i++ {
			w[i/2] |= uint64(ws[i]) << (32 * uint(i%2))
		}
	}
	return decimal96{lo: uint32(w[0]), mid: uint32(w[0] >> 32), hi: uint32(w[1]), scale: scale, neg: neg}
}

// roundDivPow10 returns m / 10^k rounded half to even (m ≥ 0).
func roundDivPow10(m *big.Int, k int) *big.Int {
	if k <= 0 {
		return new(big.Int).Set(m)
	}
	p := pow10Big(k)
	q, r := new(big.Int).QuoRem(m, p, new(big.Int))
	roundHalfEven(q, r, p)
	return q
}

// roundHalfEven increments q when the remainder r of a division by d is more
// than half of d, or exactly half and q is odd.
func roundHalfEven(q, r, d *big.Int) {
	if r.Sign() == 0 {
		return
	}
	c := new(big.Int).Lsh(r, 1).Cmp(d)
	if c > 0 || c == 0 && q.Bit(0) == 1 {
		q.Add(q, big.NewInt(1))
	}
}

// decFit rounds the exact value m × 10^-scale (m ≥ 0) to a decimal: the
// scale is reduced (rounding half to even) until it is at most 28 and the
// mantissa fits 96 bits. ok is false when even scale 0 does not fit.
func decFit(m *big.Int, scale int, neg bool) (decimal96, bool) {
	if scale <= 28 && m.BitLen() <= 96 {
		return decExact(m, scale, neg), true
	}
	k := 0
	if scale > 28 {
		k = scale - 28
	}
	// Skip divisions that cannot be enough: 10^k ≥ 2^(3.32k).
	if need := (m.BitLen() - 96) * 3 / 10; need-1 > k {
		k = need - 1
	}
	for {
		if k > scale {
			return decimal96{}, false
		}
		q := roundDivPow10(m, k)
		if q.BitLen() <= 96 {
			return decExact(q, scale-k, neg), true
		}
		k++
	}
}

func decAdd(a, b decimal96) (decimal96, bool) {
	// As in .NET, the operand with the smaller scale is scaled up; when it is
	// zero the other operand is the result as is. The sign of a zero
	// difference is that of the first operand when the scales are equal,
	// else that of the operand with the smaller scale.
	x, y := a, b
	if b.scale < a.scale {
		x, y = b, a
		if x.isZero() {
			return y, true
		}
	} else if a.scale < b.scale && x.isZero() {
		return y, true
	}
	scale := y.scale
	if x.hi == 0 && y.hi == 0 {
		// Fast path: both mantissas and the aligned sum fit 64 bits.
		ux := uint64(x.mid)<<32 | uint64(x.lo)
		uy := uint64(y.mid)<<32 | uint64(y.lo)
		ok := true
		for i := x.scale; i < scale && ok; i++ {
			hi, lo := bits.Mul64(ux, 10)
			ux, ok = lo, hi == 0
		}
		if ok {
			neg := x.neg
			var r uint64
			if x.neg == y.neg {
				var carry uint64
				r, carry = bits.Add64(ux, uy, 0)
				ok = carry == 0
			} else if ux >= uy {
				r = ux - uy
			} else {
				r = uy - ux
				neg = !neg
			}
			if ok {
				return decimal96{lo: uint32(r), mid: uint32(r >> 32), scale: scale, neg: neg}, true
			}
		}
	}
	mx := x.mant()
	my := y.mant()
	if x.scale < scale {
		mx.Mul(mx, pow10Big(scale-x.scale))
	}
	neg := x.neg
	if x.neg == y.neg {
		mx.Add(mx, my)
	} else {
		mx.Sub(mx, my)
		if mx.Sign() < 0 {
			mx.Neg(mx)
			neg = !neg
		}
	}
	return decFit(mx, scale, neg)
}

func decMul(a, b decimal96) (decimal96, bool) {
	scale := a.scale + b.scale
	neg := a.neg != b.neg
	if a.hi|a.mid|b.hi|b.mid == 0 {
		// 32×32-bit product: .NET keeps the scale and sign of a zero
		// result, and returns a plain zero when more than 19 digits must
		// be dropped.
		p := uint64(a.lo) * uint64(b.lo)
		if scale > 28 {
			k := scale - 28
			if k > 19 {
				return decimal96{}, true
			}
			pw := uint64(1)
			for i := 0; i < k; i++ {
				pw *= 10
			}
			q, r := p/pw, p%pw
			if r > pw/2 || r == pw/2 && q&1 == 1 {
				q++
			}
			p, scale = q, 28
		}
		return decimal96{lo: uint32(p), mid: uint32(p >> 32), scale: scale, neg: neg}, true
	}
	m := a.mant()
	m.Mul(m, b.mant())
	if m.Sign() == 0 {
		return decimal96{}, true
	}
	return decFit(m, scale, neg)
}

// decDiv divides a by a non-zero b.
func decDiv(a, b decimal96) (decimal96, bool) {
	neg := a.neg != b.neg
	m1, m2 := a.mant(), b.mant()
	s := a.scale - b.scale
	q, r := new(big.Int).QuoRem(m1, m2, new(big.Int))
	if r.Sign() == 0 {
		if s < 0 {
			q.Mul(q, pow10Big(-s))
			s = 0
			if q.BitLen() > 96 {
				return decimal96{}, false
			}
		}
		return decExact(q, s, neg), true
	}
	// Inexact at scale s: use the largest scale S ≤ 28 whose truncated
	// quotient fits 96 bits (trailing zeros are dropped afterwards, which
	// gives the smallest scale where an exact quotient terminates).
	lo := s
	if lo < 0 {
		lo = 0
	}
	quo := func(S int) (*big.Int, *big.Int) {
		num := new(big.Int).Mul(m1, pow10Big(S-s))
		return num.QuoRem(num, m2, new(big.Int))
	}
	bestS := 28
	best, bestR := quo(bestS)
	if excess := best.BitLen() - 96; excess > 0 {
		// A decimal digit is about 3.32 bits: estimate the scale, then
		// adjust it to the largest one that fits.
		bestS = 28 - (excess*3+9)/10
		if bestS < lo {
			bestS = lo
		}
		best, bestR = quo(bestS)
		for best.BitLen() > 96 {
			if bestS <= lo {
				return decimal96{}, false
			}
			bestS--
			best, bestR = quo(bestS)
		}
		for bestS < 28 {
			q, r := quo(bestS + 1)
			if q.BitLen() > 96 {
				break
			}
			best, bestR, bestS = q, r, bestS+1
		}
	}
	num := new(big.Int)
	roundHalfEven(best, bestR, m2)
	if best.BitLen() > 96 {
		if bestS == 0 {
			return decimal96{}, false
		}
		num.Mul(m1, pow10Big(bestS-1-s))
		qq, rr := new(big.Int).QuoRem(num, m2, new(big.Int))
		roundHalfEven(qq, rr, m2)
		best, bestS = qq, bestS-1
	}
	// The quotient drops its trailing zeros.
	minS := 0
	ten := big.NewInt(10)
	rm := new(big.Int)
	q2 := new(big.Int)
	for bestS > minS {
		q2.QuoRem(best, ten, rm)
		if rm.Sign() != 0 {
			break
		}
		best, q2 = q2, best
		bestS--
	}
	return decExact(best, bestS, neg), true
}

// decRem returns a % b: a - b × truncate(a / b), computed exactly, with the
// sign of a and the larger of the two scales. A dividend smaller in
// magnitude than the divisor (or zero) is returned unchanged.
func decRem(a, b decimal96) (decimal96, bool) {
	if a.isZero() {
		return a, true
	}
	c := decCmpAbs(a, b)
	if c < 0 {
		return a, true
	}
	scale := a.scale
	if b.scale > scale {
		scale = b.scale
	}
	if c == 0 {
		return decimal96{scale: scale, neg: a.neg}, true
	}
	m1 := a.mant()
	m1.Mul(m1, pow10Big(scale-a.scale))
	m2 := b.mant()
	m2.Mul(m2, pow10Big(scale-b.scale))
	r := new(big.Int).Rem(m1, m2)
	return decFit(r, scale, a.neg)
}

// decCmpAbs compares |a| and |b|.
func decCmpAbs(a, b decimal96) int {
	a.neg, b.neg = false, false
	return decCmp(a, b)
}

// decCmp compares two decimals numerically.
func decCmp(a, b decimal96) int {
	az, bz := a.isZero(), b.isZero()
	if az && bz {
		return 0
	}
	sa, sb := 1, 1
	if a.neg {
		sa = -1
	}
	if b.neg {
		sb = -1
	}
	if az {
		return -sb
	}
	if bz {
		return sa
	}
	if sa != sb {
		return sa
	}
	if a.hi == 0 && b.hi == 0 {
		u1 := uint64(a.mid)<<32 | uint64(a.lo)
		u2 := uint64(b.mid)<<32 | uint64(b.lo)
		ok := true
		for i := a.scale; i < b.scale && ok; i++ {
			hi, lo := bits.Mul64(u1, 10)
			u1, ok = lo, hi == 0
		}
		for i := b.scale; i < a.scale && ok; i++ {
			hi, lo := bits.Mul64(u2, 10)
			u2, ok = lo, hi == 0
		}
		if ok {
			switch {
			case u1 < u2:
				return -sa
			case u1 > u2:
				return sa
			}
			return 0
		}
	}
	m1, m2 := a.mant(), b.mant()
	if a.scale < b.scale {
		m1.Mul(m1, pow10Big(b.scale-a.scale))
	} else if b.scale < a.scale {
		m2.Mul(m2, pow10Big(a.scale-b.scale))
	}
	return m1.Cmp(m2) * sa
}

// Rounding modes of InternalRound.
const (
	decRoundHalfEven = iota
	decRoundHalfAway
	decRoundTruncate
	decRoundFloor
	decRoundCeiling
)

// decRound rounds d to the given number of fractional digits.
func decRound(d decimal96, decimals, mode int) decimal96 {
	if d.scale <= decimals {
		return d
	}
	p := pow10Big(d.scale - decimals)
	q, r := new(big.Int).QuoRem(d.mant(), p, new(big.Int))
	if r.Sign() != 0 {
		up := false
		switch mode {
		case decRoundHalfEven:
			c := new(big.Int).Lsh(r, 1).Cmp(p)
			up = c > 0 || c == 0 && q.Bit(0) == 1
		case decRoundHalfAway:
			up = new(big.Int).Lsh(r, 1).Cmp(p) >= 0
		case decRoundFloor:
			up = d.neg
		case decRoundCeiling:
			up = !d.neg
		}
		if up {
			q.Add(q, big.NewInt(1))
		}
	}
	return decExact(q, decimals, d.neg)
}

var (
	dblPow10 [29]float64
)

func init() {
	for i := range dblPow10 {
		dblPow10[i] = math.Pow10(i)
	}
}

// decFromDouble converts a finite double (|x| < 7.9228162514264338E+28) to
// a decimal with the given number of significant digits (15 for doubles, 7
// for floats), the way the .NET Framework does it: the value is scaled by a
// power of ten in floating point, rounded (half to even) to an integer, and
// trailing zeros are removed.
func decFromDouble(x float64, sig int) decimal96 {
	neg := math.Signbit(x)
	dbl := math.Abs(x)
	if dbl == 0 {
		return decimal96{}
	}
	_, e2 := math.Frexp(dbl) // dbl = f × 2^e2, 0.5 ≤ f < 1
	if e2 < -94 {
		return decimal96{}
	}
	power := (sig - 1) - (e2*19728)>>16
	if power >= 0 {
		if power > 28 {
			power = 28
		}
		dbl *= dblPow10[power]
	} else {
		if power != -1 || dbl >= math.Pow10(sig) {
			dbl /= math.Pow10(-power)
		} else {
			power = 0
		}
	}
	lim := math.Pow10(sig - 1)
	if dbl < lim && power < 28 {
		dbl *= 10
		power++
	}
	mant := uint64(dbl)
	rest := dbl - float64(mant)
	if rest > 0.5 || rest == 0.5 && mant&1 == 1 {
		mant++
	}
	if mant == 0 {
		return decimal96{}
	}
	if power < 0 {
		m := new(big.Int).SetUint64(mant)
		m.Mul(m, pow10Big(-power))
		d, _ := decFit(m, 0, neg)
		return d
	}
	// Remove trailing zeros by trying 10^8, 10^4, 10^2, 10^1 once each
	// (10^4, 10^2, 10^1 for 7 digits), never below scale 0.
	lmax := power
	if lmax > sig-1 {
		lmax = sig - 1
	}
	start := 8
	if sig <= 7 {
		start = 4
	}
	for cur := start; cur > 0; cur >>= 1 {
		if cur > lmax {
			continue
		}
		p := uint64(1)
		for i := 0; i < cur; i++ {
			p *= 10
		}
		if mant%p == 0 {
			mant /= p
			power -= cur
			lmax -= cur
		}
	}
	return decimal96{lo: uint32(mant), mid: uint32(mant >> 32), scale: power, neg: neg}
}

// decToDouble converts like .NET: (lo64 + hi × 2^64) / 10^scale in double
// arithmetic.
func decToDouble(d decimal96) float64 {
	lo64 := uint64(d.mid)<<32 | uint64(d.lo)
	v := (monoU64ToF64(lo64) + float64(d.hi)*18446744073709551616.0) / dblPow10[d.scale]
	if d.neg {
		v = -v
	}
	return v
}

// monoU64ToF64 converts like Mono's JIT (conv.r.un): correctly rounded below
// 2^63; above, a tie rounds up instead of to even.
func monoU64ToF64(x uint64) float64 {
	if x < 1<<63 {
		return float64(int64(x))
	}
	return float64(int64(x>>1|1)) * 2
}

// decNumberOf returns the digits of d for formatting: every digit of the
// mantissa (trailing zeros included), the decimal point placed by the scale.
func decNumberOf(d decimal96) decNumber {
	n := decNumber{kind: kindDecimal, neg: d.neg, prec: decimalPrecision}
	if d.isZero() {
		n.scale = -d.scale
		return n
	}
	s := d.mant().String()
	n.digits = []byte(s)
	n.scale = len(s) - d.scale
	return n
}

// ---- managed representation ----

type decLayout struct {
	typ                       *runtime.Type
	flags, hi, lo, mid, count int
}

var decLayouts sync.Map // *runtime.Type → *decLayout

func decLayoutOf(t *runtime.Type) *decLayout {
	if l, ok := decLayouts.Load(t); ok {
		return l.(*decLayout)
	}
	_ = t.EnsureLoaded()
	l := &decLayout{typ: t, flags: 0, hi: 1, lo: 2, mid: 3, count: 4}
	for _, f := range t.Fields {
		if f.IsStatic() || f.IsLiteral() {
			continue
		}
		switch f.Name {
		case "flags":
			l.flags = f.Index
		case "hi":
			l.hi = f.Index
		case "lo":
			l.lo = f.Index
		case "mid":
			l.mid = f.Index
		}
	}
	decLayouts.Store(t, l)
	return l
}

// decFromValue reads a System.Decimal argument.
func decFromValue(v Value) decimal96 {
	o := v.R
	if o == nil {
		return decimal96{}
	}
	l := decLayoutOf(o.Type)
	flags := uint32(o.Fields[l.flags].N)
	return decimal96{
		lo:    uint32(o.Fields[l.lo].N),
		mid:   uint32(o.Fields[l.mid].N),
		hi:    uint32(o.Fields[l.hi].N),
		scale: int(flags>>16) & 0xFF,
		neg:   flags&0x80000000 != 0,
	}
}

// decValue allocates a managed System.Decimal holding d.
func decValue(t *engine.Thread, d decimal96) Value {
	dt := t.VM().FindCorlibType("System.Decimal")
	l := decLayoutOf(dt)
	o := runtime.NewObject(dt)
	flags := uint32(d.scale) << 16
	if d.neg {
		flags |= 0x80000000
	}
	o.Fields[l.flags] = i4(int32(flags))
	o.Fields[l.hi] = i4(int32(d.hi))
	o.Fields[l.lo] = i4(int32(d.lo))
	o.Fields[l.mid] = i4(int32(d.mid))
	return ref(o)
}

func init() {
	ovf := func(t *engine.Thread, d decimal96, ok bool) Value {
		if !ok {
			t.Throw("System.OverflowException", decOverflowMsg)
		}
		return decValue(t, d)
	}
	reg("System.Decimal::InternalAdd(System.Decimal,System.Decimal)", func(t *engine.Thread, a []Value) Value {
		d, ok := decAdd(decFromValue(a[0]), decFromValue(a[1]))
		return ovf(t, d, ok)
	})
	reg("System.Decimal::InternalMultiply(System.Decimal,System.Decimal)", func(t *engine.Thread, a []Value) Value {
		d, ok := decMul(decFromValue(a[0]), decFromValue(a[1]))
		return ovf(t, d, ok)
	})
	reg("System.Decimal::InternalDivide(System.Decimal,System.Decimal)", func(t *engine.Thread, a []Value) Value {
		x, y := decFromValue(a[0]), decFromValue(a[1])
		if y.isZero() {
			t.Throw("System.DivideByZeroException", "")
		}
		d, ok := decDiv(x, y)
		return ovf(t, d, ok)
	})
	reg("System.Decimal::InternalRemainder(System.Decimal,System.Decimal)", func(t *engine.Thread, a []Value) Value {
		x, y := decFromValue(a[0]), decFromValue(a[1])
		if y.isZero() {
			t.Throw("System.DivideByZeroException", "")
		}
		d, ok := decRem(x, y)
		return ovf(t, d, ok)
	})
	reg("System.Decimal::InternalCompare(System.Decimal,System.Decimal)", func(t *engine.Thread, a []Value) Value {
		return i4(int32(decCmp(decFromValue(a[0]), decFromValue(a[1]))))
	})
	reg("System.Decimal::InternalRound(System.Decimal,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		dec := int(a[1].I4())
		if dec < 0 {
			dec = 0
		} else if dec > 28 {
			dec = 28
		}
		return decValue(t, decRound(decFromValue(a[0]), dec, int(a[2].I4())))
	})
	reg("System.Decimal::InternalFromDouble(System.Double,System.Int32)", func(t *engine.Thread, a []Value) Value {
		x := a[0].R8()
		if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > 7.9228162514264338e28 {
			t.Throw("System.OverflowException", decOverflowMsg)
		}
		sig := int(a[1].I4())
		if sig != 7 {
			sig = 15
		}
		return decValue(t, decFromDouble(x, sig))
	})
	reg("System.Decimal::InternalToDouble(System.Decimal)", func(t *engine.Thread, a []Value) Value {
		return runtime.Float64(decToDouble(decFromValue(a[0])))
	})
}
