package corlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// Number formatting with the invariant culture, as Mono 6.8 does it (the
// .NET Core 2.x formatting code): a value is first turned into decimal digits
// (doubles at 15 significant digits, floats at 7, unless the format asks for
// more; integers and decimals exactly), then the format rounds those digits
// half away from zero.

type numKind uint8

const (
	kindInt numKind = iota
	kindDouble
	kindFloat
	kindDecimal
)

// decNumber is ±0.DIGITS × 10^scale.
type decNumber struct {
	neg    bool
	digits []byte // '0'..'9', no leading zeros, may end in zeros; empty means zero
	scale  int
	kind   numKind
	width  int    // bytes of the integer type (X formats the two's complement of that width)
	raw    uint64 // the integer's bits (X format)
	prec   int    // precision the digits were produced with (G default)
}

const (
	int64Precision   = 19
	uint64Precision  = 20
	decimalPrecision = 29
	doublePrecision  = 15
	floatPrecision   = 7
)

func intNumber(v int64, width int) decNumber {
	n := decNumber{kind: kindInt, width: width, raw: uint64(v), prec: int64Precision}
	u := uint64(v)
	if v < 0 {
		n.neg = true
		u = -u
	}
	n.setUint(u)
	return n
}

func uintNumber(u uint64, width int) decNumber {
	n := decNumber{kind: kindInt, width: width, raw: u, prec: uint64Precision}
	n.setUint(u)
	return n
}

func (n *decNumber) setUint(u uint64) {
	if u == 0 {
		return
	}
	n.digits = strconv.AppendUint(nil, u, 10)
	n.scale = len(n.digits)
}

// floatNumber converts x to prec significant digits, rounding the exact
// binary value half away from zero.
func floatNumber(x float64, prec int, kind numKind) decNumber {
	n := decNumber{kind: kind, prec: prec}
	if math.Signbit(x) {
		n.neg = true
		x = -x
	}
	if x == 0 {
		return n
	}
	// prec+1 digits, correctly rounded, decide the rounding unless the
	// extra digit is a 5 (then the exact value may be a tie, which Go
	// rounds to even).
	var buf [40]byte
	digits, exp := splitE(strconv.AppendFloat(buf[:0], x, 'e', prec, 64), make([]byte, 0, prec+1))
	if last := digits[prec]; last != '5' {
		n.digits = digits[:prec]
		n.scale = exp + 1
		if last > '5' {
			n.incLast()
		}
	} else {
		// On a tie, round the truncated digits up; otherwise the
		// correctly rounded prec digits are right.
		if isExactDecimal(x, digits, exp+1) {
			n.digits = digits[:prec]
			n.scale = exp + 1
			n.incLast()
		} else {
			var buf2 [40]byte
			n.digits, exp = splitE(strconv.AppendFloat(buf2[:0], x, 'e', prec-1, 64), digits[:0])
			n.scale = exp + 1
		}
	}
	n.trimZeros()
	return n
}

// splitE appends the digits of "d.ddde±x" to dst and returns them with the
// exponent.
func splitE(b []byte, dst []byte) ([]byte, int) {
	i := 0
	for i < len(b) && b[i] != 'e' {
		if b[i] != '.' {
			dst = append(dst, b[i])
		}
		i++
	}
	e := 0
	neg := false
	for _, c := range b[i+1:] {
		switch {
		case c == '-':
			neg = true
		case c >= '0' && c <= '9':
			e = e*10 + int(c-'0')
		}
	}
	if neg {
		e = -e
	}
	return dst, e
}

// isExactDecimal reports whether x > 0 equals 0.DIGITS × 10^exp10 exactly.
func isExactDecimal(x float64, digits []byte, exp10 int) bool {
	// A decimal with at most 19 digits that is exactly a double has at
	// most that many significant digits in its shortest form.
	var sb [40]byte
	short, _ := splitE(strconv.AppendFloat(sb[:0], x, 'e', -1, 64), nil)
	if len(short) > len(digits) {
		return false
	}
	var d uint64
	for _, c := range digits {
		d = d*10 + uint64(c-'0')
	}
	k := exp10 - len(digits) // x == d × 10^k ?
	if k < -30 || k > 330 {
		return false
	}
	frac, e2 := math.Frexp(x)
	m := uint64(math.Ldexp(frac, 53))
	e := e2 - 53 // x == m × 2^e
	lhs := new(big.Int).SetUint64(m)
	rhs := new(big.Int).SetUint64(d)
	if k >= 0 {
		rhs.Mul(rhs, pow10Big(k))
	} else {
		lhs.Mul(lhs, pow10Big(-k))
	}
	if e >= 0 {
		lhs.Lsh(lhs, uint(e))
	} else {
		rhs.Lsh(rhs, uint(-e))
	}
	return lhs.Cmp(rhs) == 0
}

// incLast adds one unit in the last digit place.
func (n *decNumber) incLast() {
	i := len(n.digits) - 1
	for ; i >= 0; i-- {
		if n.digits[i] == '9' {
			n.digits[i] = '0'
			continue
		}
		n.digits[i]++
		return
	}
	n.digits = append([]byte{'1'}, n.digits...)
	n.scale++
}

func (n *decNumber) trimZeros() {
	i := len(n.digits)
	for i > 0 && n.digits[i-1] == '0' {
		i--
	}
	n.digits = n.digits[:i]
	if i == 0 {
		n.scale = 0
	}
}

// round keeps the first pos digits, rounding half away from zero and
// dropping trailing zeros; a zero result loses its sign (RoundNumber).
func (n *decNumber) round(pos int) {
	i := 0
	for i < pos && i < len(n.digits) {
		i++
	}
	if i == pos && i < len(n.digits) && n.digits[i] >= '5' {
		for i > 0 && n.digits[i-1] == '9' {
			i--
		}
		if i > 0 {
			n.digits[i-1]++
		} else {
			n.scale++
			n.digits[0] = '1'
			i = 1
		}
	} else {
		for i > 0 && n.digits[i-1] == '0' {
			i--
		}
	}
	if i == 0 {
		n.scale = 0
		n.neg = false
	}
	n.digits = n.digits[:i]
}

func (n *decNumber) isZero() bool { return len(n.digits) == 0 }

func (n *decNumber) digit(i int) byte {
	if i >= 0 && i < len(n.digits) {
		return n.digits[i]
	}
	return '0'
}

// parseFormatSpec splits a standard format ("F", "x8", "N001") into its
// letter and precision (-1 when absent). A custom format gives letter 0.
func parseFormatSpec(f string) (byte, int) {
	if f == "" {
		return 'G', -1
	}
	c := f[0]
	if c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' {
		i, n := 1, -1
		if i < len(f) && f[i] >= '0' && f[i] <= '9' {
			n = int(f[i] - '0')
			i++
			for i < len(f) && f[i] >= '0' && f[i] <= '9' {
				n = n*10 + int(f[i]-'0')
				i++
				if n >= 10 {
					break
				}
			}
		}
		if i >= len(f) || f[i] == 0 {
			return c, n
		}
	}
	if c == 0 {
		return 'G', -1
	}
	return 0, -1
}

// formatNumber formats an integer or decimal (or the digits of a double,
// for formats other than R) with a .NET format string. ok is false for an
// invalid format specifier.
func formatNumber(n decNumber, format string) (string, bool) {
	n.digits = append([]byte(nil), n.digits...)
	c, digits := parseFormatSpec(format)
	if c == 0 {
		return formatCustom(n, format), true
	}
	if n.kind == kindInt {
		switch c &^ 0x20 {
		case 'G':
			if digits < 1 {
				return intDecimal(n, -1), true
			}
		case 'D':
			return intDecimal(n, digits), true
		case 'X':
			u := n.raw
			if n.width > 0 && n.width < 8 {
				u &= 1<<(8*uint(n.width)) - 1
			}
			s := strconv.FormatUint(u, 16)
			if c == 'X' {
				s = strings.ToUpper(s)
			}
			if len(s) < digits {
				s = strings.Repeat("0", digits-len(s)) + s
			}
			return s, true
		}
	}
	return numberToString(&n, c, digits, n.kind == kindDecimal)
}

// intDecimal renders an integer in plain decimal with at least minDigits digits.
func intDecimal(n decNumber, minDigits int) string {
	var b strings.Builder
	if n.neg {
		b.WriteByte('-')
	}
	nd := len(n.digits)
	if nd == 0 {
		nd = 1
	}
	for i := nd; i < minDigits; i++ {
		b.WriteByte('0')
	}
	if len(n.digits) == 0 {
		b.WriteByte('0')
	} else {
		b.Write(n.digits)
	}
	return b.String()
}

// numberToString applies a standard format to the digits of a number.
func numberToString(n *decNumber, format byte, nMaxDigits int, isDecimal bool) (string, bool) {
	var b strings.Builder
	b.Grow(len(n.digits) + 8)
	switch format {
	case 'C', 'c':
		if nMaxDigits < 0 {
			nMaxDigits = 2
		}
		n.round(n.scale + nMaxDigits)
		if n.neg {
			b.WriteString("(¤")
			formatFixed(&b, n, nMaxDigits, true)
			b.WriteByte(')')
		} else {
			b.WriteString("¤")
			formatFixed(&b, n, nMaxDigits, true)
		}
	case 'F', 'f':
		if nMaxDigits < 0 {
			nMaxDigits = 2
		}
		n.round(n.scale + nMaxDigits)
		if n.neg {
			b.WriteByte('-')
		}
		formatFixed(&b, n, nMaxDigits, false)
	case 'N', 'n':
		if nMaxDigits < 0 {
			nMaxDigits = 2
		}
		n.round(n.scale + nMaxDigits)
		if n.neg {
			b.WriteByte('-')
		}
		formatFixed(&b, n, nMaxDigits, true)
	case 'E', 'e':
		if nMaxDigits < 0 {
			nMaxDigits = 6
		}
		nMaxDigits++
		n.round(nMaxDigits)
		if n.neg {
			b.WriteByte('-')
		}
		formatScientific(&b, n, nMaxDigits, format)
	case 'G', 'g':
		noRounding := false
		skipSign := false
		if nMaxDigits < 1 {
			if isDecimal && nMaxDigits == -1 {
				// Decimals print every digit they hold, trailing zeros too.
				noRounding = true
				skipSign = n.isZero()
			} else {
				nMaxDigits = n.prec
			}
		}
		if !noRounding {
			n.round(nMaxDigits)
		}
		if n.neg && !skipSign {
			b.WriteByte('-')
		}
		formatGeneral(&b, n, nMaxDigits, format-('G'-'E'), noRounding)
	case 'P', 'p':
		if nMaxDigits < 0 {
			nMaxDigits = 2
		}
		n.scale += 2
		n.round(n.scale + nMaxDigits)
		if n.neg {
			b.WriteByte('-')
		}
		formatFixed(&b, n, nMaxDigits, true)
		b.WriteString(" %")
	default:
		return "", false
	}
	return b.String(), true
}

// formatFixed renders the integer part (grouped by 3 when group is set)
// and nMaxDigits fraction digits.
func formatFixed(b *strings.Builder, n *decNumber, nMaxDigits int, group bool) {
	digPos := n.scale
	if digPos > 0 {
		for i := 0; i < digPos; i++ {
			if group && i > 0 && (digPos-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(n.digit(i))
		}
	} else {
		b.WriteByte('0')
	}
	if nMaxDigits > 0 {
		b.WriteByte('.')
		for i := 0; i < nMaxDigits; i++ {
			b.WriteByte(n.digit(digPos + i))
		}
	}
}

// formatScientific renders d.ddd (nMaxDigits digits) and a 3-digit exponent.
func formatScientific(b *strings.Builder, n *decNumber, nMaxDigits int, expChar byte) {
	b.WriteByte(n.digit(0))
	if nMaxDigits != 1 {
		b.WriteByte('.')
	}
	for i := 1; i < nMaxDigits; i++ {
		b.WriteByte(n.digit(i))
	}
	e := 0
	if !n.isZero() {
		e = n.scale - 1
	}
	formatExponent(b, e, expChar, 3, true)
}

func formatExponent(b *strings.Builder, value int, expChar byte, minDigits int, positiveSign bool) {
	b.WriteByte(expChar)
	if value < 0 {
		b.WriteByte('-')
		value = -value
	} else if positiveSign {
		b.WriteByte('+')
	}
	s := strconv.Itoa(value)
	for i := len(s); i < minDigits; i++ {
		b.WriteByte('0')
	}
	b.WriteString(s)
}

// formatGeneral renders the digits positionally, or in scientific notation
// when the exponent is ≥ nMaxDigits or < -4 (unless suppressed).
func formatGeneral(b *strings.Builder, n *decNumber, nMaxDigits int, expChar byte, suppressScientific bool) {
	digPos := n.scale
	scientific := false
	if !suppressScientific && (digPos > nMaxDigits || digPos < -3) {
		digPos = 1
		scientific = true
	}
	d := 0
	if digPos > 0 {
		for ; digPos > 0; digPos-- {
			if d < len(n.digits) {
				b.WriteByte(n.digits[d])
				d++
			} else {
				b.WriteByte('0')
			}
		}
	} else {
		b.WriteByte('0')
	}
	if d < len(n.digits) || digPos < 0 {
		b.WriteByte('.')
		for ; digPos < 0; digPos++ {
			b.WriteByte('0')
		}
		b.Write(n.digits[d:])
	}
	if scientific {
		formatExponent(b, n.scale-1, expChar, 2, true)
	}
}

// formatDouble formats a double (or, with isFloat, a float widened to double).
func formatDouble(x float64, format string, isFloat bool) (string, bool) {
	if math.IsNaN(x) {
		return "NaN", true
	}
	if math.IsInf(x, 1) {
		return "Infinity", true
	}
	if math.IsInf(x, -1) {
		return "-Infinity", true
	}
	kind, prec, rtPrec := kindDouble, doublePrecision, 17
	if isFloat {
		kind, prec, rtPrec = kindFloat, floatPrecision, 9
	}
	c, digits := parseFormatSpec(format)
	switch c {
	case 'R', 'r':
		n := floatNumber(x, prec, kind)
		if !roundTrips(n, x, isFloat) {
			n = floatNumber(x, rtPrec, kind)
		}
		return numberToString(&n, 'G', n.prec, false)
	case 'E', 'e':
		if digits > prec-1 {
			prec = rtPrec
		}
	case 'G', 'g':
		if digits > prec {
			prec = rtPrec
		}
	}
	n := floatNumber(x, prec, kind)
	if c == 0 {
		return formatCustom(n, format), true
	}
	return numberToString(&n, c, digits, false)
}

// roundTrips reports whether the digits of n parse back to x.
func roundTrips(n decNumber, x float64, isFloat bool) bool {
	if n.isZero() {
		return x == 0
	}
	s := "0." + string(n.digits) + "e" + strconv.Itoa(n.scale)
	if n.neg {
		s = "-" + s
	}
	back, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return false
	}
	if isFloat {
		return float32(back) == float32(x)
	}
	return back == x
}

// formatCustom implements custom numeric format strings (NumberToStringFormat).
func formatCustom(n decNumber, format string) string {
	f := []rune(format)
	section := findSection(f, sectionFor(&n))
	var (
		digitCount, decimalPos, firstDigit, lastDigit  int
		scientific                                     bool
		thousandPos, thousandCount, thousandSeps, scal int
	)
	for {
		digitCount = 0
		decimalPos = -1
		firstDigit = math.MaxInt32
		lastDigit = 0
		scientific = false
		thousandPos = -1
		thousandCount = 0
		thousandSeps = 0
		scal = 0
		src := section
		for src < len(f) && f[src] != 0 && f[src] != ';' {
			ch := f[src]
			src++
			switch ch {
			case '#':
				digitCount++
			case '0':
				if firstDigit == math.MaxInt32 {
					firstDigit = digitCount
				}
				digitCount++
				lastDigit = digitCount
			case '.':
				if decimalPos < 0 {
					decimalPos = digitCount
				}
			case ',':
				if digitCount > 0 && decimalPos < 0 {
					if thousandPos >= 0 {
						if thousandPos == digitCount {
							thousandCount++
							break
						}
						thousandSeps = 1
					}
					thousandPos = digitCount
					thousandCount = 1
				}
			case '%':
				scal += 2
			case '‰':
				scal += 3
			case '\'', '"':
				for src < len(f) && f[src] != 0 {
					c := f[src]
					src++
					if c == ch {
						break
					}
				}
			case '\\':
				if src < len(f) && f[src] != 0 {
					src++
				}
			case 'E', 'e':
				if src < len(f) && f[src] == '0' ||
					src+1 < len(f) && (f[src] == '+' || f[src] == '-') && f[src+1] == '0' {
					for src++; src < len(f) && f[src] == '0'; src++ {
					}
					scientific = true
				}
			}
		}
		if decimalPos < 0 {
			decimalPos = digitCount
		}
		if thousandPos >= 0 {
			if thousandPos == decimalPos {
				scal -= thousandCount * 3
			} else {
				thousandSeps = 1
			}
		}
		if !n.isZero() {
			n.scale += scal
			pos := n.scale + digitCount - decimalPos
			if scientific {
				pos = digitCount
			}
			n.round(pos)
			if n.isZero() {
				if s := findSection(f, 2); s != section {
					section = s
					continue
				}
			}
		} else {
			n.neg = false
			n.scale = 0
		}
		break
	}

	if firstDigit < decimalPos {
		firstDigit = decimalPos - firstDigit
	} else {
		firstDigit = 0
	}
	if lastDigit > decimalPos {
		lastDigit = decimalPos - lastDigit
	} else {
		lastDigit = 0
	}
	var digPos, adjust int
	if scientific {
		digPos = decimalPos
		adjust = 0
	} else {
		digPos = n.scale
		if decimalPos > digPos {
			digPos = decimalPos
		}
		adjust = n.scale - decimalPos
	}
	src := section

	// Positions (counted from the decimal point) after which a group
	// separator goes.
	var sepPos []int
	if thousandSeps != 0 {
		totalDigits := digPos
		if adjust < 0 {
			totalDigits += adjust
		}
		numDigits := totalDigits
		if firstDigit > numDigits {
			numDigits = firstDigit
		}
		for g := 3; numDigits > g; g += 3 {
			sepPos = append(sepPos, g)
		}
	}
	sepCtr := len(sepPos) - 1

	var b strings.Builder
	if n.neg && section == 0 {
		b.WriteByte('-')
	}
	decimalWritten := false
	cur := 0
	nextDigit := func() (byte, bool) {
		if cur < len(n.digits) {
			cur++
			return n.digits[cur-1], true
		}
		return 0, false
	}
	group := func() {
		if thousandSeps != 0 && digPos > 1 && sepCtr >= 0 && digPos == sepPos[sepCtr]+1 {
			b.WriteByte(',')
			sepCtr--
		}
	}
	for src < len(f) && f[src] != 0 && f[src] != ';' {
		ch := f[src]
		src++
		if adjust > 0 && (ch == '#' || ch == '0' || ch == '.') {
			for adjust > 0 {
				d, ok := nextDigit()
				if !ok {
					d = '0'
				}
				b.WriteByte(d)
				group()
				digPos--
				adjust--
			}
		}
		switch ch {
		case '#', '0':
			var d byte
			if adjust < 0 {
				adjust++
				if digPos <= firstDigit {
					d = '0'
				}
			} else if dd, ok := nextDigit(); ok {
				d = dd
			} else if digPos > lastDigit {
				d = '0'
			}
			if d != 0 {
				b.WriteByte(d)
				group()
			}
			digPos--
		case '.':
			if digPos != 0 || decimalWritten {
				break
			}
			if lastDigit < 0 || decimalPos < digitCount && cur < len(n.digits) {
				b.WriteByte('.')
				decimalWritten = true
			}
		case '‰':
			b.WriteRune('‰')
		case '%':
			b.WriteByte('%')
		case ',':
		case '\'', '"':
			for src < len(f) && f[src] != 0 && f[src] != ch {
				b.WriteRune(f[src])
				src++
			}
			if src < len(f) && f[src] != 0 {
				src++
			}
		case '\\':
			if src < len(f) && f[src] != 0 {
				b.WriteRune(f[src])
				src++
			}
		case 'E', 'e':
			positiveSign := false
			i := 0
			if scientific {
				switch {
				case src < len(f) && f[src] == '0':
					i++
				case src+1 < len(f) && f[src] == '+' && f[src+1] == '0':
					positiveSign = true
				case src+1 < len(f) && f[src] == '-' && f[src+1] == '0':
				default:
					b.WriteRune(ch)
					continue
				}
				for src++; src < len(f) && f[src] == '0'; src++ {
					i++
				}
				if i > 10 {
					i = 10
				}
				exp := 0
				if !n.isZero() {
					exp = n.scale - decimalPos
				}
				formatExponent(&b, exp, byte(ch), i, positiveSign)
				scientific = false
			} else {
				b.WriteRune(ch)
				if src < len(f) {
					if f[src] == '+' || f[src] == '-' {
						b.WriteRune(f[src])
						src++
					}
					for src < len(f) && f[src] == '0' {
						b.WriteRune(f[src])
						src++
					}
				}
			}
		default:
			b.WriteRune(ch)
		}
	}
	return b.String()
}

// sectionFor picks the section of a custom format: 0 positive, 1 negative,
// 2 zero.
func sectionFor(n *decNumber) int {
	if n.isZero() {
		return 2
	}
	if n.neg {
		return 1
	}
	return 0
}

// findSection returns the index where the given ;-separated section of a
// custom format starts, or 0 when that section is missing or empty.
func findSection(f []rune, section int) int {
	if section == 0 {
		return 0
	}
	src := 0
	for {
		if src >= len(f) {
			return 0
		}
		ch := f[src]
		src++
		switch ch {
		case '\'', '"':
			for src < len(f) && f[src] != 0 {
				c := f[src]
				src++
				if c == ch {
					break
				}
			}
		case '\\':
			if src < len(f) && f[src] != 0 {
				src++
			}
		case ';':
			section--
			if section != 0 {
				break
			}
			if src < len(f) && f[src] != 0 && f[src] != ';' {
				return src
			}
			return 0
		case 0:
			return 0
		}
	}
}
