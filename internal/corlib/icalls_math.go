package corlib

import (
	"math"
	"math/big"
	"sync"
	"unicode"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Math, System.BitConverter and System.Char.
//
// Mono calls the C library (glibc). Its exp, log, pow, sin, cos, tan, asin,
// acos, atan and atan2 are correctly rounded in all but very rare cases; Go's
// math package is often off by an ulp (which shows in printed results), so
// these are evaluated here in double-double arithmetic (about 104 bits) and
// rounded once. glibc's hyperbolic functions, their inverses and log10 are
// the classic formulas on top of exp/log/expm1/log1p, reproduced as such.
// glibc's cbrt is not correctly rounded (about half of the results are one
// ulp off); ours is. Special values (NaN payloads, signed zeros, infinities)
// follow glibc.

// ---- double-double arithmetic ----

// dd is the unevaluated sum hi + lo with |lo| ≤ ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) (float64, float64) {
	s := a + b
	bb := s - a
	return s, (a - (s - bb)) + (b - bb)
}

func quickTwoSum(a, b float64) (float64, float64) {
	s := a + b
	return s, b - (s - a)
}

func twoProd(a, b float64) (float64, float64) {
	p := a * b
	return p, math.FMA(a, b, -p)
}

func ddF(x float64) dd { return dd{x, 0} }

func ddAdd(a, b dd) dd {
	s, e := twoSum(a.hi, b.hi)
	t, f := twoSum(a.lo, b.lo)
	e += t
	s, e = quickTwoSum(s, e)
	e += f
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

func ddSub(a, b dd) dd { return ddAdd(a, ddNeg(b)) }

func ddAddF(a dd, b float64) dd {
	s, e := twoSum(a.hi, b)
	e += a.lo
	s, e = quickTwoSum(s, e)
	return dd{s, e}
}

func ddMul(a, b dd) dd {
	p, e := twoProd(a.hi, b.hi)
	e += a.hi*b.lo + a.lo*b.hi
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddMulF(a dd, b float64) dd {
	p, e := twoProd(a.hi, b)
	e += a.lo * b
	p, e = quickTwoSum(p, e)
	return dd{p, e}
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddSub(a, ddMulF(b, q1))
	q2 := r.hi / b.hi
	r = ddSub(r, ddMulF(b, q2))
	q3 := r.hi / b.hi
	q1, q2 = quickTwoSum(q1, q2)
	return ddAddF(dd{q1, q2}, q3)
}

func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{math.Sqrt(a.hi), 0}
	}
	x := math.Sqrt(a.hi)
	p, e := twoProd(x, x)
	r := ddSub(a, dd{p, e})
	s, t := quickTwoSum(x, r.hi/(2*x))
	return dd{s, t}
}

func ddLdexp(a dd, k int) dd { return dd{math.Ldexp(a.hi, k), math.Ldexp(a.lo, k)} }

// ---- constants (computed once, with math/big) ----

type mathTables struct {
	ln2     [3]float64 // ln 2 in three parts
	ln2dd   dd
	invLn10 dd
	pio2    [4]float64 // π/2 in four parts
	pio2dd  dd
	pidd    dd
	invFact [32]dd     // 1/n!
	invOdd  [20]dd     // 1/(2n+1)
	exp2Tab [64]dd     // 2^(j/64)
	logTab  [65]dd     // log(1 + (j-32)/64), j = 0..64
	sinTab  [52]dd     // sin(j/64)
	cosTab  [52]dd     // cos(j/64)
	piBig   *big.Float // π to 1400 bits (argument reduction of huge angles)
	pio2Big *big.Float
	twoOvPi *big.Float
}

var (
	mtOnce sync.Once
	mt     mathTables
)

const tablePrec = 256

// fixedAtanInv returns atan(1/n) × 2^bits as an integer (Taylor series).
func fixedAtanInv(n int64, bits uint) *big.Int {
	one := new(big.Int).Lsh(big.NewInt(1), bits)
	nn := big.NewInt(n)
	n2 := new(big.Int).Mul(nn, nn)
	term := new(big.Int).Quo(one, nn) // 1/n^(2k+1)
	sum := new(big.Int).Set(term)
	for k := int64(1); term.Sign() != 0; k++ {
		term.Quo(term, n2)
		t := new(big.Int).Quo(term, big.NewInt(2*k+1))
		if k%2 == 1 {
			sum.Sub(sum, t)
		} else {
			sum.Add(sum, t)
		}
	}
	return sum
}

// fixedAtanhInv returns atanh(1/n) × 2^bits.
func fixedAtanhInv(n int64, bits uint) *big.Int {
	one := new(big.Int).Lsh(big.NewInt(1), bits)
	nn := big.NewInt(n)
	n2 := new(big.Int).Mul(nn, nn)
	term := new(big.Int).Quo(one, nn)
	sum := new(big.Int).Set(term)
	for k := int64(1); term.Sign() != 0; k++ {
		term.Quo(term, n2)
		sum.Add(sum, new(big.Int).Quo(term, big.NewInt(2*k+1)))
	}
	return sum
}

func fixedToFloat(x *big.Int, bits uint, prec uint) *big.Float {
	f := new(big.Float).SetPrec(prec).SetInt(x)
	return f.SetMantExp(f, -int(bits))
}

// splitBig splits x into n float64 parts whose sum approximates x.
func splitBig(x *big.Float, parts []float64) {
	r := new(big.Float).SetPrec(x.Prec()).Set(x)
	for i := range parts {
		f, _ := r.Float64()
		parts[i] = f
		r.Sub(r, new(big.Float).SetFloat64(f))
	}
}

func bigDD(x *big.Float) dd {
	var p [2]float64
	splitBig(x, p[:])
	return dd{p[0], p[1]}
}

// atanhBig returns atanh(s) for a small rational s = num/den.
func atanhBig(num, den int64, prec uint) *big.Float {
	s := new(big.Float).SetPrec(prec).Quo(new(big.Float).SetPrec(prec).SetInt64(num), new(big.Float).SetPrec(prec).SetInt64(den))
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	term := new(big.Float).SetPrec(prec).Set(s)
	sum := new(big.Float).SetPrec(prec).Set(s)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for k := int64(1); ; k++ {
		term.Mul(term, s2)
		t := new(big.Float).SetPrec(prec).Quo(term, new(big.Float).SetPrec(prec).SetInt64(2*k+1))
		sum.Add(sum, t)
		if new(big.Float).Abs(t).Cmp(eps) < 0 {
			break
		}
	}
	return sum
}

func initMathTables() {
	const piBits = 1400
	pi := new(big.Int).Mul(fixedAtanInv(5, piBits+16), big.NewInt(16))
	pi.Sub(pi, new(big.Int).Mul(fixedAtanInv(239, piBits+16), big.NewInt(4)))
	mt.piBig = fixedToFloat(pi, piBits+16, piBits)
	mt.pio2Big = new(big.Float).SetPrec(piBits).Quo(mt.piBig, big.NewFloat(2))
	mt.twoOvPi = new(big.Float).SetPrec(piBits).Quo(big.NewFloat(2).SetPrec(piBits), mt.piBig)
	splitBig(mt.pio2Big, mt.pio2[:])
	mt.pio2dd = dd{mt.pio2[0], mt.pio2[1]}
	mt.pidd = bigDD(mt.piBig)

	ln2 := fixedToFloat(new(big.Int).Lsh(fixedAtanhInv(3, tablePrec+16), 1), tablePrec+16, tablePrec)
	splitBig(ln2, mt.ln2[:])
	mt.ln2dd = dd{mt.ln2[0], mt.ln2[1]}
	// ln 10 = 3 ln 2 + 2 atanh(1/9)
	ln10 := new(big.Float).SetPrec(tablePrec).Mul(ln2, big.NewFloat(3))
	ln10.Add(ln10, fixedToFloat(new(big.Int).Lsh(fixedAtanhInv(9, tablePrec+16), 1), tablePrec+16, tablePrec))
	mt.invLn10 = bigDD(new(big.Float).SetPrec(tablePrec).Quo(big.NewFloat(1).SetPrec(tablePrec), ln10))

	f := new(big.Float).SetPrec(tablePrec).SetInt64(1)
	for n := range mt.invFact {
		if n > 0 {
			f.Mul(f, new(big.Float).SetInt64(int64(n)))
		}
		mt.invFact[n] = bigDD(new(big.Float).SetPrec(tablePrec).Quo(big.NewFloat(1).SetPrec(tablePrec), f))
	}
	for n := range mt.invOdd {
		mt.invOdd[n] = bigDD(new(big.Float).SetPrec(tablePrec).Quo(big.NewFloat(1).SetPrec(tablePrec), new(big.Float).SetInt64(int64(2*n+1))))
	}

	// 2^(j/64): 2^(1/64) by six square roots.
	r := new(big.Float).SetPrec(tablePrec).SetInt64(2)
	for i := 0; i < 6; i++ {
		r.Sqrt(r)
	}
	p := new(big.Float).SetPrec(tablePrec).SetInt64(1)
	for j := 0; j < 64; j++ {
		mt.exp2Tab[j] = bigDD(p)
		p.Mul(p, r)
	}
	// log(1 + i/64) = 2 atanh(i / (128 + i)), i = -32..32.
	for j := 0; j <= 64; j++ {
		i := int64(j - 32)
		if i == 0 {
			continue
		}
		v := atanhBig(i, 128+i, tablePrec)
		mt.logTab[j] = bigDD(v.Mul(v, big.NewFloat(2)))
	}
	for j := range mt.sinTab {
		sv, cv := sinCosBig(new(big.Float).SetPrec(tablePrec).SetFloat64(float64(j)/64), tablePrec)
		mt.sinTab[j] = bigDD(sv)
		mt.cosTab[j] = bigDD(cv)
	}
}

// sinCosBig returns sin(x) and cos(x) by Taylor series in big.Float.
func sinCosBig(x *big.Float, prec uint) (*big.Float, *big.Float) {
	x2 := new(big.Float).SetPrec(prec).Mul(x, x)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec)-8)
	sum := func(term *big.Float, n int64) *big.Float {
		acc := new(big.Float).SetPrec(prec).Set(term)
		for ; ; n += 2 {
			term.Mul(term, x2)
			term.Quo(term, new(big.Float).SetInt64(-(n+1)*(n+2)))
			acc.Add(acc, term)
			if new(big.Float).Abs(term).Cmp(eps) < 0 {
				return acc
			}
		}
	}
	s := sum(new(big.Float).SetPrec(prec).Set(x), 1)
	c := sum(new(big.Float).SetPrec(prec).SetInt64(1), 0)
	return s, c
}

func tables() *mathTables {
	mtOnce.Do(initMathTables)
	return &mt
}

// ---- helpers ----

var (
	nanNeg = math.Float64frombits(0xFFF8000000000000) // glibc's default NaN on x86
	nanPos = math.Float64frombits(0x7FF8000000000000)
)

// quiet returns a NaN argument with its quiet bit set (payload kept).
func quiet(x float64) float64 {
	return math.Float64frombits(math.Float64bits(x) | 1<<51)
}

// scaleRound returns (m.hi + m.lo) × 2^k correctly rounded, including
// overflow to infinity and gradual underflow.
func scaleRound(m dd, k int) float64 {
	r := math.Ldexp(m.hi, k)
	if math.Abs(r) >= 0x1p-1022 && !math.IsInf(r, 0) && math.Abs(r) < math.MaxFloat64 {
		return r
	}
	s := new(big.Float).SetPrec(200).SetFloat64(m.hi)
	s.Add(s, new(big.Float).SetFloat64(m.lo))
	s.SetMantExp(s, k)
	v, _ := s.Float64()
	return v
}

// ---- exp and log kernels ----

// expKernel returns m and k with e^a = m × 2^k, m ≈ 2^(j/64).
func expKernel(a dd) (dd, int) {
	t := tables()
	n := math.Round(a.hi * (64 / math.Ln2))
	// r = a - n·ln2/64 with ln2 in three parts.
	p1, e1 := twoProd(n, t.ln2[0]/64)
	r := ddSub(a, dd{p1, e1})
	p2, e2 := twoProd(n, t.ln2[1]/64)
	r = ddSub(r, dd{p2, e2})
	r = ddAddF(r, -n*(t.ln2[2]/64))
	// e^r - 1 by Taylor series (|r| ≤ ln2/128 < 2^-7): terms from r^6 on
	// are below 2^-54 and are summed in plain double arithmetic.
	x := r.hi
	q := 1.0/720 + x*(1.0/5040+x*(1.0/40320+x*(1.0/362880)))
	s := ddAddF(t.invFact[5], x*q)
	for i := 4; i >= 1; i-- {
		s = ddAdd(t.invFact[i], ddMul(r, s))
	}
	s = ddMul(r, s)
	ni := int(n)
	j := ni & 63
	k := (ni - j) / 64
	m := ddAdd(t.exp2Tab[j], ddMul(t.exp2Tab[j], s))
	return m, k
}

// logDD returns log(a) for a > 0 (finite).
func logDD(a dd) dd {
	t := tables()
	_, e := math.Frexp(a.hi)
	e--
	b := ddLdexp(a, -e) // [1, 2)
	if b.hi > math.Sqrt2 {
		b = ddLdexp(b, -1)
		e++
	}
	j := int(math.Floor((b.hi-1)*64 + 0.5))
	c := 1 + float64(j)/64
	s := ddDiv(ddAddF(b, -c), ddAddF(b, c))
	// log(b/c) = 2 atanh(s), |s| < 2^-8: terms from s^8 on (relative to
	// s) are below 2^-64 and summed in double.
	s2 := ddMul(s, s)
	x := s2.hi
	acc := ddAddF(t.invOdd[3], x*(1.0/9+x*(1.0/11+x*(1.0/13))))
	for i := 2; i >= 0; i-- {
		acc = ddAdd(ddMul(acc, s2), t.invOdd[i])
	}
	l := ddMulF(ddMul(acc, s), 2)
	if j != 0 {
		l = ddAdd(l, t.logTab[j+32])
	}
	if e != 0 {
		fe := float64(e)
		p1, e1 := twoProd(fe, t.ln2[0])
		l = ddAdd(dd{p1, e1}, ddAdd(l, ddMulF(dd{t.ln2[1], t.ln2[2]}, fe)))
	}
	return l
}

// ---- trigonometric kernels ----

// reduce returns r and q with x = q·π/2 + r, |r| ≲ π/4 (r as dd).
func reduce(x float64) (dd, int) {
	t := tables()
	ax := math.Abs(x)
	if ax <= math.Pi/4 {
		return ddF(x), 0
	}
	if ax < 1e5 {
		k := math.Round(x * (2 / math.Pi))
		p1, e1 := twoProd(k, t.pio2[0])
		s, e := twoSum(x, -p1)
		r := ddSub(dd{s, e}, ddF(e1))
		p2, e2 := twoProd(k, t.pio2[1])
		r = ddSub(r, dd{p2, e2})
		p3, e3 := twoProd(k, t.pio2[2])
		r = ddSub(r, dd{p3, e3})
		r = ddAddF(r, -k*t.pio2[3])
		return r, int(int64(k) & 3)
	}
	// Huge arguments: reduce with a 1400-bit π.
	const prec = 1400
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Mul(bx, t.twoOvPi)
	// round to nearest integer
	half := big.NewFloat(0.5)
	if q.Sign() < 0 {
		q.Sub(q, half)
	} else {
		q.Add(q, half)
	}
	ki, _ := q.Int(nil)
	kf := new(big.Float).SetPrec(prec).SetInt(ki)
	r := new(big.Float).SetPrec(prec).Mul(kf, t.pio2Big)
	r.Sub(bx, r)
	quad := int(new(big.Int).And(ki, big.NewInt(3)).Int64())
	return bigDD(r), quad
}

// sinCosKernel returns sin(r) and cos(r) for |r| ≲ π/4: r = j/64 + t with
// the table values at j/64 and short series for |t| ≤ 1/128, whose terms
// from t^6 on are summed in double.
func sinCosKernel(r dd) (dd, dd) {
	tb := tables()
	neg := r.hi < 0
	if neg {
		r = ddNeg(r)
	}
	j := int(r.hi*64 + 0.5)
	if j >= len(tb.sinTab) {
		j = len(tb.sinTab) - 1
	}
	t := ddAddF(r, -float64(j)/64)
	t2 := ddMul(t, t)
	x := t2.hi
	// sin t = t (1 - t²/3! + t⁴/5! - ...), cos t = 1 - t²/2! + t⁴/4! - ...
	ps := ddAddF(tb.invFact[5], -x*(1.0/5040-x*(1.0/362880-x*(1.0/39916800))))
	ps = ddAdd(ddNeg(tb.invFact[3]), ddMul(t2, ps))
	st := ddAdd(t, ddMul(t, ddMul(t2, ps)))
	pc := ddAddF(tb.invFact[4], -x*(1.0/720-x*(1.0/40320-x*(1.0/3628800))))
	pc = ddAdd(dd{-0.5, 0}, ddMul(t2, pc))
	ct := ddAddF(ddMul(t2, pc), 1)
	var s, c dd
	if j == 0 {
		s, c = st, ct
	} else {
		sc, cc := tb.sinTab[j], tb.cosTab[j]
		s = ddAdd(ddMul(sc, ct), ddMul(cc, st))
		c = ddSub(ddMul(cc, ct), ddMul(sc, st))
	}
	if neg {
		s = ddNeg(s)
	}
	return s, c
}

// sincosDD returns sin(x) and cos(x) as dd.
func sincosDD(x float64) (dd, dd) {
	r, q := reduce(x)
	s, c := sinCosKernel(r)
	switch q {
	case 1:
		return c, ddNeg(s)
	case 2:
		return ddNeg(s), ddNeg(c)
	case 3:
		return ddNeg(c), s
	}
	return s, c
}

// atanDD returns atan(z): Go's estimate refined by one Newton step in dd.
func atanDD(z dd) dd {
	if math.Abs(z.hi) < 0x1p-30 {
		return z
	}
	y0 := math.Atan(z.hi)
	s, c := sincosDD(y0)
	num := ddSub(ddMul(z, c), s)
	den := ddAdd(c, ddMul(z, s))
	return ddAdd(ddF(y0), ddDiv(num, den))
}

// ---- Math functions ----

func mathSin(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	if math.IsInf(x, 0) {
		return nanNeg
	}
	if math.Abs(x) < 0x1p-26 {
		return x
	}
	s, _ := sincosDD(x)
	return s.hi
}

func mathCos(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	if math.IsInf(x, 0) {
		return nanNeg
	}
	if math.Abs(x) < 0x1p-27 {
		return 1
	}
	_, c := sincosDD(x)
	return c.hi
}

func mathTan(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	if math.IsInf(x, 0) {
		return nanNeg
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	s, c := sincosDD(x)
	return ddDiv(s, c).hi
}

func mathAtan(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	if math.IsInf(x, 0) {
		return math.Copysign(tables().pio2dd.hi, x)
	}
	if math.Abs(x) < 0x1p-27 {
		return x
	}
	return atanDD(ddF(x)).hi
}

func mathAtan2(y, x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	if math.IsNaN(y) {
		return quiet(y)
	}
	t := tables()
	pi, pio2 := t.pidd, t.pio2dd
	switch {
	case y == 0:
		if math.Signbit(x) {
			return math.Copysign(pi.hi, y)
		}
		return y
	case x == 0:
		return math.Copysign(pio2.hi, y)
	case math.IsInf(x, 0):
		if math.IsInf(y, 0) {
			if x > 0 {
				return math.Copysign(ddMulF(pi, 0.25).hi, y)
			}
			return math.Copysign(ddMulF(pi, 0.75).hi, y)
		}
		if x > 0 {
			return math.Copysign(0, y)
		}
		return math.Copysign(pi.hi, y)
	case math.IsInf(y, 0):
		return math.Copysign(pio2.hi, y)
	}
	var a dd
	if math.Abs(y) > math.Abs(x) {
		q := ddDiv(ddF(x), ddF(y))
		a = ddSub(pio2, atanDD(q))
		if y < 0 {
			a = ddSub(a, pi)
		}
	} else {
		q := ddDiv(ddF(y), ddF(x))
		if math.Abs(q.hi) < 0x1p-1000 || math.IsInf(q.hi, 0) || q.hi == 0 {
			// underflow: atan(y/x) ≈ y/x
			r := y / x
			if x < 0 {
				return math.Copysign(pi.hi, y) + r
			}
			return r
		}
		a = atanDD(q)
		if x < 0 {
			if y < 0 {
				a = ddSub(a, pi)
			} else {
				a = ddAdd(a, pi)
			}
		}
	}
	return a.hi
}

func mathAsin(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	ax := math.Abs(x)
	if ax > 1 {
		return nanPos
	}
	if ax == 1 {
		return math.Copysign(tables().pio2dd.hi, x)
	}
	if ax < 0x1p-26 {
		return x
	}
	// asin x = atan(x / sqrt((1-x)(1+x)))
	s := ddSqrt(ddMul(ddAddF(ddF(1), -x), ddAddF(ddF(1), x)))
	return atanDD(ddDiv(ddF(x), s)).hi
}

func mathAcos(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	if math.Abs(x) > 1 {
		return nanPos
	}
	if x == 1 {
		return 0
	}
	if x == -1 {
		return tables().pidd.hi
	}
	// acos x = 2 atan(sqrt((1-x)/(1+x)))
	q := ddSqrt(ddDiv(ddAddF(ddF(1), -x), ddAddF(ddF(1), x)))
	return ddMulF(atanDD(q), 2).hi
}

func mathExp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return quiet(x)
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	case math.Abs(x) < 0x1p-54:
		return 1 + x
	}
	m, k := expKernel(ddF(x))
	return scaleRound(m, k)
}

func mathLog(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return quiet(x)
	case x < 0:
		return nanNeg
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	case x == 1:
		return 0
	}
	return logDD(ddF(x)).hi
}

// Constants of the classic log10 reduction: 1/ln 10, and log10(2) split
// so that k·log10_2hi is exact.
var (
	ivln10    = 4.34294481903251816668e-01
	log10_2hi = 3.01029995663611771306e-01
	log10_2lo = 3.69423907715893078616e-13
)

func mathLog10(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return quiet(x)
	case x < 0:
		return nanPos
	case x == 0:
		return math.Inf(-1)
	case math.IsInf(x, 1):
		return x
	}
	// x = 2^k · m with m in [1, 2) (or [0.5, 1) when k < 0).
	bits := math.Float64bits(x)
	k := int(bits>>52) - 1023
	if bits>>52 == 0 { // subnormal
		bits = math.Float64bits(x * 0x1p54)
		k = int(bits>>52) - 1023 - 54
	}
	i := 0
	if k < 0 {
		i = 1
	}
	bits = bits&(1<<52-1) | uint64(0x3ff-i)<<52
	y := float64(k + i)
	z := y*log10_2lo + ivln10*mathLog(math.Float64frombits(bits))
	return z + y*log10_2hi
}

// The hyperbolic functions, their inverses and Log10 follow the classic
// formulas glibc uses (expressed through exp, log, expm1 and log1p), so that
// they round the way Mono's results do; exp and log are the correctly
// rounded versions above, expm1 and log1p are Go's.

func mathSinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	h := math.Copysign(0.5, x)
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0x1p-28 {
			return x
		}
		t := math.Expm1(ax)
		if ax < 1 {
			return h * (2*t - t*t/(t+1))
		}
		return h * (t + t/(t+1))
	case ax < 709.782712893384:
		return h * mathExp(ax)
	case ax <= 710.4758600739439:
		w := mathExp(0.5 * ax)
		t := h * w
		return t * w
	}
	return x * 0x1p1023
}

func mathCosh(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	ax := math.Abs(x)
	switch {
	case ax < 22:
		if ax < 0.3465735902799727 { // ln2/2
			if ax < 0x1p-55 {
				return 1
			}
			t := math.Expm1(ax)
			w := 1 + t
			return 1 + (t*t)/(w+w)
		}
		t := mathExp(ax)
		return 0.5*t + 0.5/t
	case ax < 709.782712893384:
		return 0.5 * mathExp(ax)
	case ax <= 710.4758600739439:
		w := mathExp(0.5 * ax)
		t := 0.5 * w
		return t * w
	}
	return math.Inf(1)
}

func mathTanh(x float64) float64 {
	if math.IsNaN(x) || x == 0 {
		return x
	}
	ax := math.Abs(x)
	var z float64
	switch {
	case ax >= 22:
		z = 1
	case ax < 0x1p-55:
		return x * (1 + x)
	case ax >= 1:
		t := math.Expm1(2 * ax)
		z = 1 - 2/(t+2)
	default:
		t := math.Expm1(-2 * ax)
		z = -t / (t + 2)
	}
	return math.Copysign(z, x)
}

func mathAsinh(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	ax := math.Abs(x)
	var w float64
	switch {
	case ax < 0x1p-28:
		return x
	case ax > 0x1p28:
		w = mathLog(ax) + math.Ln2
	case ax > 2:
		w = mathLog(2*ax + 1/(math.Sqrt(x*x+1)+ax))
	default:
		t := x * x
		w = math.Log1p(ax + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(w, x)
}

func mathAcosh(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return quiet(x)
	case x < 1:
		return nanNeg
	case x >= 0x1p28:
		if math.IsInf(x, 1) {
			return x
		}
		return mathLog(x) + math.Ln2
	case x == 1:
		return 0
	case x > 2:
		t := x * x
		return mathLog(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+t*t))
}

func mathAtanh(x float64) float64 {
	if math.IsNaN(x) {
		return quiet(x)
	}
	ax := math.Abs(x)
	var t float64
	switch {
	case ax < 0.5:
		if ax < 0x1p-28 {
			return x
		}
		t = ax + ax
		t = 0.5 * math.Log1p(t+t*ax/(1-ax))
	case ax < 1:
		t = 0.5 * math.Log1p((ax+ax)/(1-ax))
	case ax > 1:
		return nanNeg
	default:
		return math.Copysign(math.Inf(1), x)
	}
	return math.Copysign(t, x)
}

func mathSqrt(x float64) float64 {
	if x < 0 {
		return nanNeg
	}
	return math.Sqrt(x)
}

func mathCbrt(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x == 0 {
		return x
	}
	scale := 0
	ax := math.Abs(x)
	if ax < 0x1p-900 {
		ax *= 0x1p300
		scale = -100
	} else if ax > 0x1p900 {
		ax *= 0x1p-300
		scale = 100
	}
	y := math.Cbrt(ax)
	p, e := twoProd(y, y)
	y3 := ddMulF(dd{p, e}, y)
	diff := ddAddF(y3, -ax)
	corr := diff.hi / (3 * p)
	r := ddAddF(ddF(y), -corr)
	return math.Copysign(math.Ldexp(r.hi, scale), x)
}

// checkInt reports 0 if y is not an integer, 1 if odd, 2 if even.
func checkInt(y float64) int {
	if math.IsInf(y, 0) || math.IsNaN(y) || y != math.Trunc(y) {
		return 0
	}
	if math.Abs(y) >= 0x1p53 {
		return 2
	}
	if int64(y)&1 == 1 {
		return 1
	}
	return 2
}

func mathPow(x, y float64) float64 {
	// Special cases in glibc's order.
	if y == 0 || math.IsInf(y, 0) || math.IsNaN(y) {
		switch {
		case y == 0:
			return 1
		case x == 1:
			return 1
		case math.IsNaN(x):
			return quiet(x)
		case math.IsNaN(y):
			return quiet(y)
		case x == -1:
			return 1
		}
		if (math.Abs(x) < 1) == (y > 0) {
			return 0
		}
		return y * y
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		x2 := x * x
		if math.Signbit(x) && checkInt(y) == 1 {
			x2 = -x2
		}
		if y < 0 {
			return 1 / x2
		}
		return x2
	}
	neg := false
	if x < 0 {
		switch checkInt(y) {
		case 0:
			return nanNeg
		case 1:
			neg = true
		}
		x = -x
	}
	if x == 1 {
		if neg {
			return -1
		}
		return 1
	}
	l := logDD(ddF(x))
	var r float64
	switch zh := l.hi * y; {
	case zh > 710:
		r = math.Inf(1)
	case zh < -746:
		r = 0
	default:
		m, k := expKernel(ddMulF(l, y))
		r = scaleRound(m, k)
	}
	if neg {
		r = -r
	}
	return r
}

// ---- System.Char ----

// Unicode categories as numbered by System.Globalization.UnicodeCategory.
var unicodeCategoryTables = [...]*unicode.RangeTable{
	unicode.Lu, unicode.Ll, unicode.Lt, unicode.Lm, unicode.Lo,
	unicode.Mn, unicode.Mc, unicode.Me,
	unicode.Nd, unicode.Nl, unicode.No,
	unicode.Zs, unicode.Zl, unicode.Zp,
	unicode.Cc, unicode.Cf, unicode.Cs, unicode.Co,
	unicode.Pc, unicode.Pd, unicode.Ps, unicode.Pe, unicode.Pi, unicode.Pf, unicode.Po,
	unicode.Sm, unicode.Sc, unicode.Sk, unicode.So,
}

const otherNotAssigned = 29

// monoCategoryOverrides lists the BMP ranges where Mono 6.8's Unicode data
// (an older Unicode version) differs from Go's tables: {first, last,
// category}. Measured by comparing char.GetUnicodeCategory under Mono for
// every char.
var monoCategoryOverrides = [...][3]uint16{
	{0x037F, 0x037F, 29}, {0x0528, 0x052F, 29}, {0x0560, 0x0560, 29}, {0x0588, 0x0588, 29},
	{0x058D, 0x058E, 29}, {0x05EF, 0x05EF, 29}, {0x0605, 0x0605, 29}, {0x061D, 0x061D, 29},
	{0x07FD, 0x07FF, 29}, {0x0860, 0x086A, 29}, {0x0870, 0x088E, 29}, {0x0890, 0x0891, 29},
	{0x0898, 0x089F, 29}, {0x08A1, 0x08A1, 29}, {0x08AD, 0x08E3, 29}, {0x08FF, 0x08FF, 29},
	{0x0978, 0x0978, 29}, {0x0980, 0x0980, 29}, {0x09FC, 0x09FE, 29}, {0x0A76, 0x0A76, 29},
	{0x0AF9, 0x0AFF, 29}, {0x0B55, 0x0B55, 29}, {0x0C00, 0x0C00, 29}, {0x0C04, 0x0C04, 29},
	{0x0C34, 0x0C34, 29}, {0x0C3C, 0x0C3C, 29}, {0x0C5A, 0x0C5A, 29}, {0x0C5D, 0x0C5D, 29},
	{0x0C77, 0x0C77, 29}, {0x0C80, 0x0C81, 29}, {0x0C84, 0x0C84, 29}, {0x0CDD, 0x0CDD, 29},
	{0x0CF3, 0x0CF3, 29}, {0x0D00, 0x0D01, 29}, {0x0D04, 0x0D04, 29}, {0x0D3B, 0x0D3C, 29},
	{0x0D4F, 0x0D4F, 29}, {0x0D54, 0x0D56, 29}, {0x0D58, 0x0D5F, 29}, {0x0D76, 0x0D78, 29},
	{0x0D81, 0x0D81, 29}, {0x0DE6, 0x0DEF, 29}, {0x0E86, 0x0E86, 29}, {0x0E89, 0x0E89, 29},
	{0x0E8C, 0x0E8C, 29}, {0x0E8E, 0x0E93, 29}, {0x0E98, 0x0E98, 29}, {0x0EA0, 0x0EA0, 29},
	{0x0EA8, 0x0EA9, 29}, {0x0EAC, 0x0EAC, 29}, {0x0EBA, 0x0EBA, 29}, {0x0ECE, 0x0ECE, 29},
	{0x10D0, 0x10FA, 4}, {0x10FD, 0x10FF, 4}, {0x13A0, 0x13F4, 4}, {0x13F5, 0x13F5, 29},
	{0x13F8, 0x13FD, 29}, {0x166D, 0x166D, 24}, {0x16F1, 0x16F8, 29}, {0x170D, 0x170D, 29},
	{0x1715, 0x1715, 29}, {0x171F, 0x171F, 29}, {0x1734, 0x1734, 5}, {0x180F, 0x180F, 29},
	{0x1878, 0x1878, 29}, {0x1885, 0x1886, 4}, {0x191D, 0x191E, 29}, {0x19B0, 0x19C0, 6},
	{0x19C8, 0x19C9, 6}, {0x1AB0, 0x1ACE, 29}, {0x1B4C, 0x1B4C, 29}, {0x1B7D, 0x1B7E, 29},
	{0x1BAC, 0x1BAD, 6}, {0x1C80, 0x1C88, 29}, {0x1C90, 0x1CBA, 29}, {0x1CBD, 0x1CBF, 29},
	{0x1CF2, 0x1CF3, 6}, {0x1CF7, 0x1CFA, 29}, {0x1DE7, 0x1DFB, 29}, {0x20BB, 0x20C0, 29},
	{0x218A, 0x218B, 29}, {0x23F4, 0x23FF, 29}, {0x2700, 0x2700, 29}, {0x2B4D, 0x2B4F, 29},
	{0x2B5A, 0x2B73, 29}, {0x2B76, 0x2B95, 29}, {0x2B97, 0x2BFF, 29}, {0x2C2F, 0x2C2F, 29},
	{0x2C5F, 0x2C5F, 29}, {0x2E3C, 0x2E5D, 29}, {0x312E, 0x312F, 29}, {0x31BB, 0x31BF, 29},
	{0x32FF, 0x32FF, 29}, {0x4DB6, 0x4DBF, 29}, {0x9FCD, 0x9FFF, 29}, {0xA698, 0xA69E, 29},
	{0xA78F, 0xA78F, 29}, {0xA794, 0xA79F, 29}, {0xA7AB, 0xA7CA, 29}, {0xA7D0, 0xA7D1, 29},
	{0xA7D3, 0xA7D3, 29}, {0xA7D5, 0xA7D9, 29}, {0xA7F2, 0xA7F7, 29}, {0xA82C, 0xA82C, 29},
	{0xA8C5, 0xA8C5, 29}, {0xA8FC, 0xA8FF, 29}, {0xA9BD, 0xA9BD, 6}, {0xA9E0, 0xA9FE, 29},
	{0xAA7C, 0xAA7F, 29}, {0xAB30, 0xAB6B, 29}, {0xAB70, 0xABBF, 29}, {0xFBC2, 0xFBC2, 29},
	{0xFD3E, 0xFD3E, 20}, {0xFD3F, 0xFD3F, 21}, {0xFD40, 0xFD4F, 29}, {0xFDCF, 0xFDCF, 29},
	{0xFDFE, 0xFDFF, 29}, {0xFE27, 0xFE2F, 29},
}

func charCategory(c uint16) int {
	// Overrides first (the table is small; linear scan over sorted ranges
	// is cheap compared with the RangeTable lookups below).
	for _, o := range monoCategoryOverrides {
		if c < o[0] {
			break
		}
		if c <= o[1] {
			return int(o[2])
		}
	}
	r := rune(c)
	for i, t := range unicodeCategoryTables {
		if unicode.Is(t, r) {
			return i
		}
	}
	return otherNotAssigned
}

// monoCaselessRanges lists BMP chars that Mono 6.8 maps to themselves in
// both directions although Go's (newer) tables give them a case mapping.
var monoCaselessRanges = [...][2]uint16{
	{0x023F, 0x0240}, {0x0252, 0x0252}, {0x025C, 0x025C}, {0x0261, 0x0261}, {0x0265, 0x0266},
	{0x026A, 0x026A}, {0x026C, 0x026C}, {0x0282, 0x0282}, {0x0287, 0x0287}, {0x029D, 0x029E},
	{0x037F, 0x037F}, {0x03F3, 0x03F3}, {0x0524, 0x052F}, {0x10C7, 0x10C7}, {0x10CD, 0x10CD},
	{0x10D0, 0x10FA}, {0x10FD, 0x10FF}, {0x13A0, 0x13F5}, {0x13F8, 0x13FD}, {0x1C90, 0x1CBA},
	{0x1CBD, 0x1CBF}, {0x1D8E, 0x1D8E}, {0x2C2F, 0x2C2F}, {0x2C5F, 0x2C5F}, {0x2C70, 0x2C70},
	{0x2C7E, 0x2C7F}, {0x2CEB, 0x2CEE}, {0x2CF2, 0x2CF3}, {0x2D27, 0x2D27}, {0x2D2D, 0x2D2D},
	{0xA660, 0xA661}, {0xA698, 0xA69B}, {0xA78D, 0xA78D}, {0xA790, 0xA794}, {0xA796, 0xA7AE},
	{0xA7B0, 0xA7CA}, {0xA7D0, 0xA7D1}, {0xA7D6, 0xA7D9}, {0xA7F5, 0xA7F6}, {0xAB53, 0xAB53},
	{0xAB70, 0xABBF},
}

func monoCaseless(c uint16) bool {
	for _, r := range monoCaselessRanges {
		if c < r[0] {
			return false
		}
		if c <= r[1] {
			return true
		}
	}
	return false
}

// charToUpper is .NET's invariant simple upper-case mapping: only mappings
// that round-trip (lower(upper(c)) == c) are applied, as in Mono.
func charToUpper(c uint16) uint16 {
	if c < 0x80 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	if monoCaseless(c) {
		return c
	}
	u := unicode.ToUpper(rune(c))
	if u == rune(c) || u > 0xFFFF || unicode.ToLower(u) != rune(c) {
		return c
	}
	return uint16(u)
}

// charToLower is the invariant simple lower-case mapping (round-trip only).
func charToLower(c uint16) uint16 {
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if monoCaseless(c) {
		return c
	}
	l := unicode.ToLower(rune(c))
	if l == rune(c) || l > 0xFFFF || unicode.ToUpper(l) != rune(c) {
		return c
	}
	return uint16(l)
}

func init() {
	f1 := func(fn func(float64) float64) engine.ICall {
		return func(t *engine.Thread, a []Value) Value { return runtime.Float64(fn(a[0].R8())) }
	}
	for name, fn := range map[string]func(float64) float64{
		"Sin": mathSin, "Cos": mathCos, "Tan": mathTan,
		"Asin": mathAsin, "Acos": mathAcos, "Atan": mathAtan,
		"Sinh": mathSinh, "Cosh": mathCosh, "Tanh": mathTanh,
		"Asinh": mathAsinh, "Acosh": mathAcosh, "Atanh": mathAtanh,
		"Sqrt": mathSqrt, "Cbrt": mathCbrt, "Exp": mathExp,
		"Log": mathLog, "Log10": mathLog10,
		"Floor": math.Floor, "Ceiling": math.Ceil,
	} {
		reg("System.Math::"+name+"(System.Double)", f1(fn))
	}
	reg("System.Math::Atan2(System.Double,System.Double)", func(t *engine.Thread, a []Value) Value {
		return runtime.Float64(mathAtan2(a[0].R8(), a[1].R8()))
	})
	reg("System.Math::Pow(System.Double,System.Double)", func(t *engine.Thread, a []Value) Value {
		return runtime.Float64(mathPow(a[0].R8(), a[1].R8()))
	})

	reg("System.BitConverter::DoubleToInt64Bits(System.Double)", func(t *engine.Thread, a []Value) Value {
		return runtime.Int64(int64(a[0].N))
	})
	reg("System.BitConverter::Int64BitsToDouble(System.Int64)", func(t *engine.Thread, a []Value) Value {
		return Value{N: a[0].N}
	})
	reg("System.BitConverter::InternalSingleToInt32Bits(System.Single)", func(t *engine.Thread, a []Value) Value {
		return i4(int32(uint32(a[0].N)))
	})
	reg("System.BitConverter::InternalInt32BitsToSingle(System.Int32)", func(t *engine.Thread, a []Value) Value {
		return Value{N: uint64(uint32(a[0].N))}
	})

	reg("System.Char::InternalGetUnicodeCategory(System.Char)", func(t *engine.Thread, a []Value) Value {
		return i4(int32(charCategory(uint16(a[0].N))))
	})
	reg("System.Char::InternalToUpper(System.Char)", func(t *engine.Thread, a []Value) Value {
		return Value{N: uint64(charToUpper(uint16(a[0].N)))}
	})
	reg("System.Char::InternalToLower(System.Char)", func(t *engine.Thread, a []Value) Value {
		return Value{N: uint64(charToLower(uint16(a[0].N)))}
	})
}
