package corlib

import (
	"math"
	"math/big"
	"strconv"
	"unicode"
	"unicode/utf16"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Number: formatting of integers, floating-point
// numbers and decimals (numfmt.go), and parsing of doubles and decimals,
// with the invariant culture as Mono 6.8 does it.

const badFormatSpecifier = "Format specifier was invalid."

// System.Globalization.NumberStyles bits.
const (
	nsAllowLeadingWhite   = 0x0001
	nsAllowTrailingWhite  = 0x0002
	nsAllowLeadingSign    = 0x0004
	nsAllowTrailingSign   = 0x0008
	nsAllowParentheses    = 0x0010
	nsAllowDecimalPoint   = 0x0020
	nsAllowThousands      = 0x0040
	nsAllowExponent       = 0x0080
	nsAllowCurrencySymbol = 0x0100
	nsNumber              = nsAllowLeadingWhite | nsAllowTrailingWhite | nsAllowLeadingSign | nsAllowTrailingSign | nsAllowDecimalPoint | nsAllowThousands
)

// Results of ParseDouble and ParseDecimal.
const (
	parseOK       = 0
	parseFormat   = 1
	parseOverflow = 2
)

const (
	numberMaxDigits        = 50  // digits kept by the number scanner
	currencySymbol         = '¤' // invariant culture
	decimalParseMaxDigits  = 29
	decimalParseMaxScale   = 28
	decimalParseScaleLimit = -28
)

// formatInt64 formats a signed integer.
func formatInt64(v int64, format string) (string, bool) {
	if format == "" || format == "G" || format == "g" || format == "D" || format == "d" {
		return strconv.FormatInt(v, 10), true
	}
	return formatNumber(intNumber(v, 8), format)
}

// formatUInt64 formats an unsigned integer.
func formatUInt64(v uint64, format string) (string, bool) {
	if format == "" || format == "G" || format == "g" || format == "D" || format == "d" {
		return strconv.FormatUint(v, 10), true
	}
	return formatNumber(uintNumber(v, 8), format)
}

// formatDecimal formats a decimal.
func formatDecimal(d decimal96, format string) (string, bool) {
	return formatNumber(decNumberOf(d), format)
}

// parsedNumber is the result of scanning a number string: ±0.DIGITS × 10^scale.
type parsedNumber struct {
	digits []byte
	scale  int
	neg    bool
}

// dotnetNaN is the NaN .NET produces (double.NaN, 0.0/0.0 on x86): the
// negative quiet NaN.
var dotnetNaN = math.Float64frombits(0xFFF8000000000000)

func isParseWhite(c rune) bool { return c == 0x20 || c >= 0x09 && c <= 0x0D }

// scanNumber scans s according to styles the way .NET's ParseNumber does
// (invariant culture). isDecimal keeps trailing zeros (their scale matters
// for decimals). ok is false for a format error.
func scanNumber(s []rune, styles int, isDecimal bool) (parsedNumber, bool) {
	const (
		stSign     = 1
		stParens   = 2
		stDigits   = 4
		stNonZero  = 8
		stDecimal  = 16
		stCurrency = 32
	)
	var num parsedNumber
	at := func(i int) rune {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	currency := styles&nsAllowCurrencySymbol != 0
	state := 0
	p := 0
	ch := at(p)
	for {
		// Whitespace is skipped unless a sign not followed by a currency
		// symbol was seen ("- 5" is invalid).
		if !isParseWhite(ch) || styles&nsAllowLeadingWhite == 0 || state&stSign != 0 && state&stCurrency == 0 {
			switch {
			case styles&nsAllowLeadingSign != 0 && state&stSign == 0 && (ch == '+' || ch == '-'):
				state |= stSign
				num.neg = ch == '-'
			case ch == '(' && styles&nsAllowParentheses != 0 && state&stSign == 0:
				state |= stSign | stParens
				num.neg = true
			case currency && ch == currencySymbol:
				state |= stCurrency
				currency = false
			default:
				goto digits
			}
		}
		p++
		ch = at(p)
	}
digits:
	digEnd := 0
	for {
		switch {
		case ch >= '0' && ch <= '9':
			state |= stDigits
			if ch != '0' || state&stNonZero != 0 {
				if len(num.digits) < numberMaxDigits {
					num.digits = append(num.digits, byte(ch))
					if ch != '0' || isDecimal {
						digEnd = len(num.digits)
					}
				}
				if state&stDecimal == 0 {
					num.scale++
				}
				state |= stNonZero
			} else if state&stDecimal != 0 {
				num.scale--
			}
		case styles&nsAllowDecimalPoint != 0 && state&stDecimal == 0 && ch == '.':
			state |= stDecimal
		case styles&nsAllowThousands != 0 && state&stDigits != 0 && state&stDecimal == 0 && ch == ',':
		default:
			goto end
		}
		p++
		ch = at(p)
	}
end:
	num.digits = num.digits[:digEnd]
	if state&stDigits == 0 {
		return num, false
	}
	if (ch == 'E' || ch == 'e') && styles&nsAllowExponent != 0 {
		temp := p
		p++
		ch = at(p)
		negExp := false
		if ch == '+' {
			p++
			ch = at(p)
		} else if ch == '-' {
			p++
			ch = at(p)
			negExp = true
		}
		if ch >= '0' && ch <= '9' {
			exp := 0
			for ch >= '0' && ch <= '9' {
				exp = exp*10 + int(ch-'0')
				p++
				ch = at(p)
				if exp > 1000 {
					exp = 9999
					for ch >= '0' && ch <= '9' {
						p++
						ch = at(p)
					}
				}
			}
			if negExp {
				exp = -exp
			}
			num.scale += exp
		} else {
			p = temp
			ch = at(p)
		}
	}
	for {
		if !isParseWhite(ch) || styles&nsAllowTrailingWhite == 0 {
			switch {
			case styles&nsAllowTrailingSign != 0 && state&stSign == 0 && (ch == '+' || ch == '-'):
				state |= stSign
				num.neg = ch == '-'
			case ch == ')' && state&stParens != 0:
				state &^= stParens
			case currency && ch == currencySymbol:
				currency = false
			default:
				goto trailer
			}
		}
		p++
		ch = at(p)
	}
trailer:
	if state&stParens != 0 {
		return num, false
	}
	if state&stNonZero == 0 {
		if !isDecimal {
			num.scale = 0
		}
		if state&stDecimal == 0 {
			num.neg = false
		}
	}
	// Only NUL characters may follow the number.
	for ; p < len(s); p++ {
		if s[p] != 0 {
			return num, false
		}
	}
	return num, true
}

// parseDouble parses s with the given NumberStyles; it returns the value
// and parseOK, parseFormat or parseOverflow.
func parseDouble(s string, styles int) (float64, int) {
	rs := []rune(s)
	num, ok := scanNumber(rs, styles, false)
	if !ok {
		t := trimWhiteSpace(rs)
		switch t {
		case "Infinity":
			return math.Inf(1), parseOK
		case "-Infinity":
			return math.Inf(-1), parseOK
		case "NaN":
			return dotnetNaN, parseOK
		}
		return 0, parseFormat
	}
	if len(num.digits) == 0 {
		return 0, parseOK
	}
	str := make([]byte, 0, len(num.digits)+12)
	str = append(str, "0."...)
	str = append(str, num.digits...)
	str = append(str, 'e')
	str = strconv.AppendInt(str, int64(num.scale), 10)
	v, _ := strconv.ParseFloat(string(str), 64)
	if num.scale == -323 && string(num.digits) < "741" {
		// Mono rounds values from about 2.4703282292062327E-324 (half of
		// double.Epsilon) up to double.Epsilon, smaller ones down to zero.
		v = 0
		if string(num.digits) >= "24703282292062327" {
			v = math.SmallestNonzeroFloat64
		}
	}
	if math.IsInf(v, 0) {
		return 0, parseOverflow
	}
	if v == 0 {
		return 0, parseOK // -0 is normalized to +0
	}
	if num.neg {
		v = -v
	}
	return v, parseOK
}

// trimWhiteSpace trims Unicode white space (char.IsWhiteSpace) on both ends.
func trimWhiteSpace(rs []rune) string {
	i, j := 0, len(rs)
	for i < j && isDotnetWhiteSpace(rs[i]) {
		i++
	}
	for j > i && isDotnetWhiteSpace(rs[j-1]) {
		j--
	}
	return string(rs[i:j])
}

func isDotnetWhiteSpace(r rune) bool {
	if r == 0x85 || r == 0xA0 || r >= 0x09 && r <= 0x0D || r == 0x20 {
		return true
	}
	if r < 0x100 {
		return false
	}
	return unicode.In(r, unicode.Zs, unicode.Zl, unicode.Zp)
}

// parseDecimal parses s with the given NumberStyles into a decimal, the way
// .NET's NumberBufferToDecimal does: as many digits as fit 96 bits (and
// scale 28) are kept, the next digit rounds half to even.
func parseDecimal(s string, styles int) (decimal96, int) {
	num, ok := scanNumber([]rune(s), styles, true)
	if !ok {
		return decimal96{}, parseFormat
	}
	d, ok := numberToDecimal(num)
	if !ok {
		return decimal96{}, parseOverflow
	}
	return d, parseOK
}

var decParseLimit, _ = new(big.Int).SetString("7922816251426433759354395033", 10) // (2^96-1)/10

func numberToDecimal(num parsedNumber) (decimal96, bool) {
	e := num.scale
	dg := num.digits
	m := new(big.Int)
	if len(dg) == 0 {
		if e > 0 {
			e = 0
		}
	} else {
		if e > decimalParseMaxDigits {
			return decimal96{}, false
		}
		p := 0
		ten := big.NewInt(10)
		for e > 0 || p < len(dg) && e > decimalParseScaleLimit {
			c := m.Cmp(decParseLimit)
			if c > 0 || c == 0 && p < len(dg) && dg[p] > '5' {
				break
			}
			m.Mul(m, ten)
			if p < len(dg) {
				m.Add(m, big.NewInt(int64(dg[p]-'0')))
				p++
			}
			e--
		}
		if p < len(dg) && dg[p] >= '5' {
			round := true
			// A 5 after an even digit (or as the first digit) rounds up only
			// if a non-zero digit follows within the next 20.
			if dg[p] == '5' && (p == 0 || (dg[p-1]-'0')%2 == 0) {
				q, count := p+1, 20
				for q < len(dg) && dg[q] == '0' && count != 0 {
					q++
					count--
				}
				if q >= len(dg) || count == 0 {
					round = false
				}
			}
			if round {
				m.Add(m, big.NewInt(1))
				if m.BitLen() > 96 {
					m.Quo(m, ten)
					m.Add(m, big.NewInt(1))
					e++
				}
			}
		}
	}
	if e > 0 {
		return decimal96{}, false
	}
	if e <= -decimalParseMaxDigits {
		return decimal96{scale: decimalParseMaxScale, neg: num.neg}, true
	}
	return decExact(m, -e, num.neg), true
}

// numString makes a managed string of a formatting result (mostly ASCII).
func numString(t *engine.Thread, s string) Value {
	u := make([]uint16, 0, len(s))
	for _, r := range s {
		if r < 0x10000 {
			u = append(u, uint16(r))
		} else {
			u = utf16.AppendRune(u, r)
		}
	}
	return chars(t, u)
}

func init() {
	fmtResult := func(t *engine.Thread, s string, ok bool) Value {
		if !ok {
			t.Throw("System.FormatException", badFormatSpecifier)
		}
		return numString(t, s)
	}
	reg("System.Number::FormatInt64(System.Int64,System.String)", func(t *engine.Thread, a []Value) Value {
		s, ok := formatInt64(a[0].I8(), gostr(a[1]))
		return fmtResult(t, s, ok)
	})
	reg("System.Number::FormatUInt64(System.UInt64,System.String)", func(t *engine.Thread, a []Value) Value {
		s, ok := formatUInt64(a[0].N, gostr(a[1]))
		return fmtResult(t, s, ok)
	})
	reg("System.Number::FormatDouble(System.Double,System.String)", func(t *engine.Thread, a []Value) Value {
		s, ok := formatDouble(a[0].R8(), gostr(a[1]), false)
		return fmtResult(t, s, ok)
	})
	reg("System.Number::FormatSingle(System.Single,System.String)", func(t *engine.Thread, a []Value) Value {
		s, ok := formatDouble(float64(a[0].R4()), gostr(a[1]), true)
		return fmtResult(t, s, ok)
	})
	reg("System.Number::FormatDecimal(System.Decimal,System.String)", func(t *engine.Thread, a []Value) Value {
		s, ok := formatDecimal(decFromValue(a[0]), gostr(a[1]))
		return fmtResult(t, s, ok)
	})
	reg("System.Number::ParseDouble(System.String,System.Int32,System.Double&)", func(t *engine.Thread, a []Value) Value {
		v, st := parseDouble(gostr(a[0]), int(a[1].I4()))
		a[2].Store(runtime.Float64(v))
		return i4(int32(st))
	})
	reg("System.Number::ParseDecimal(System.String,System.Int32,System.Decimal&)", func(t *engine.Thread, a []Value) Value {
		d, st := parseDecimal(gostr(a[0]), int(a[1].I4()))
		a[2].Store(decValue(t, d))
		return i4(int32(st))
	})
}
