package corlib

import (
	"math"
	"strconv"
	"strings"
)

// Number formatting with the invariant culture, as .NET Framework and Mono
// do it: a value is first turned into decimal digits (doubles at 15
// significant digits, floats at 7, unless round-trip precision is asked
// for), then the format rounds those digits half away from zero.

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
	digits []byte // '0'..'9', no leading zeros; empty means zero
	scale  int
	kind   numKind
	width  int // bytes of the integer type (for X)
	raw    uint64
}

func intNumber(v int64, width int) decNumber {
	n := decNumber{kind: kindInt, width: width, raw: uint64(v)}
	u := uint64(v)
	if v < 0 {
		n.neg = true
		u = uint64(-v)
	}
	n.setUint(u)
	return n
}

func uintNumber(u uint64, width int) decNumber {
	n := decNumber{kind: kindInt, width: width, raw: u}
	n.setUint(u)
	return n
}

func (n *decNumber) setUint(u uint64) {
	if u == 0 {
		return
	}
	s := strconv.FormatUint(u, 10)
	n.digits = []byte(s)
	n.scale = len(s)
	n.trim()
}

func (n *decNumber) trim() {
	for len(n.digits) > 0 && n.digits[len(n.digits)-1] == '0' {
		n.digits = n.digits[:len(n.digits)-1]
	}
	if len(n.digits) == 0 {
		n.scale = 0
	}
}

// floatNumber converts x with the given number of significant digits.
func floatNumber(x float64, prec int, kind numKind) decNumber {
	n := decNumber{kind: kind}
	if math.Signbit(x) {
		n.neg = true
		x = -x
	}
	if x == 0 {
		return n
	}
	s := strconv.FormatFloat(x, 'e', prec-1, 64)
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	n.digits = []byte(strings.Replace(mant, ".", "", 1))
	n.scale = e + 1
	n.trim()
	return n
}

// round keeps the first pos digits, rounding half away from zero.
func (n *decNumber) round(pos int) {
	if pos >= len(n.digits) {
		return
	}
	if pos < 0 {
		n.digits = nil
		n.trim()
		return
	}
	up := n.digits[pos] >= '5'
	n.digits = n.digits[:pos]
	if up {
		i := pos - 1
		for ; i >= 0; i-- {
			if n.digits[i] == '9' {
				n.digits[i] = '0'
				continue
			}
			n.digits[i]++
			break
		}
		if i < 0 {
			n.digits = append([]byte{'1'}, n.digits...)
			n.scale++
		}
	}
	n.trim()
}

func (n *decNumber) isZero() bool { return len(n.digits) == 0 }

func (n *decNumber) digit(i int) byte {
	if i >= 0 && i < len(n.digits) {
		return n.digits[i]
	}
	return '0'
}

// errBadFormat is returned for an invalid format specifier.
type badFormat struct{}

// formatNumber formats n with a .NET format string.
func formatNumber(n decNumber, format string) (string, bool) {
	if format == "" {
		format = "G"
	}
	c := format[0]
	prec := -1
	if len(format) > 1 {
		p, err := strconv.Atoi(format[1:])
		if err != nil || p < 0 || p > 99 {
			return formatCustom(n, format), true
		}
		prec = p
	}
	if !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
		return formatCustom(n, format), true
	}
	switch c {
	case 'C', 'c':
		if prec < 0 {
			prec = 2
		}
		n.round(n.scale + prec)
		body := "¤" + fixed(n, prec, true)
		if n.neg && !n.isZero() {
			return "(" + body + ")", true
		}
		return body, true
	case 'D', 'd':
		if n.kind != kindInt {
			return "", false
		}
		s := fixed(n, 0, false)
		for len(s) < prec {
			s = "0" + s
		}
		return sign(n) + s, true
	case 'E', 'e':
		if prec < 0 {
			prec = 6
		}
		n.round(prec + 1)
		return sign(n) + sci(n, prec, c, 3, false), true
	case 'F', 'f':
		if prec < 0 {
			prec = 2
		}
		n.round(n.scale + prec)
		return sign(n) + fixed(n, prec, false), true
	case 'G', 'g':
		return general(n, prec, c), true
	case 'N', 'n':
		if prec < 0 {
			prec = 2
		}
		n.round(n.scale + prec)
		return sign(n) + fixed(n, prec, true), true
	case 'P', 'p':
		if prec < 0 {
			prec = 2
		}
		if !n.isZero() {
			n.scale += 2
		}
		n.round(n.scale + prec)
		return sign(n) + fixed(n, prec, true) + " %", true
	case 'R', 'r':
		if n.kind == kindInt {
			return general(n, -1, 'G'), true
		}
		return "", false // handled by the caller (needs the binary value)
	case 'X', 'x':
		if n.kind != kindInt {
			return "", false
		}
		u := n.raw
		if n.width < 8 {
			u &= 1<<(8*uint(n.width)) - 1
		}
		s := strconv.FormatUint(u, 16)
		if c == 'X' {
			s = strings.ToUpper(s)
		}
		for len(s) < prec {
			s = "0" + s
		}
		return s, true
	}
	return "", false
}

func sign(n decNumber) string {
	if n.neg && !n.isZero() {
		return "-"
	}
	return ""
}

// fixed renders the integer part and prec fraction digits.
func fixed(n decNumber, prec int, group bool) string {
	var b strings.Builder
	var ip []byte
	if n.scale <= 0 {
		ip = []byte{'0'}
	} else {
		for i := 0; i < n.scale; i++ {
			ip = append(ip, n.digit(i))
		}
	}
	if group {
		for i, d := range ip {
			if i > 0 && (len(ip)-i)%3 == 0 {
				b.WriteByte(',')
			}
			b.WriteByte(d)
		}
	} else {
		b.Write(ip)
	}
	if prec > 0 {
		b.WriteByte('.')
		for i := 0; i < prec; i++ {
			b.WriteByte(n.digit(n.scale + i))
		}
	}
	return b.String()
}

// sci renders d.ddd(prec digits)E+xxx with at least minExp exponent digits.
func sci(n decNumber, prec int, e byte, minExp int, trimZeros bool) string {
	var b strings.Builder
	b.WriteByte(n.digit(0))
	frac := make([]byte, 0, prec)
	for i := 1; i <= prec; i++ {
		frac = append(frac, n.digit(i))
	}
	if trimZeros {
		for len(frac) > 0 && frac[len(frac)-1] == '0' {
			frac = frac[:len(frac)-1]
		}
	}
	if len(frac) > 0 {
		b.WriteByte('.')
		b.Write(frac)
	}
	exp := n.scale - 1
	if n.isZero() {
		exp = 0
	}
	if e == 'e' || e == 'g' {
		b.WriteByte('e')
	} else {
		b.WriteByte('E')
	}
	if exp < 0 {
		b.WriteByte('-')
		exp = -exp
	} else {
		b.WriteByte('+')
	}
	s := strconv.Itoa(exp)
	for len(s) < minExp {
		s = "0" + s
	}
	b.WriteString(s)
	return b.String()
}

func general(n decNumber, prec int, c byte) string {
	if prec <= 0 {
		switch n.kind {
		case kindDouble:
			prec = 15
		case kindFloat:
			prec = 7
		default:
			prec = len(n.digits)
			if prec < n.scale {
				prec = n.scale
			}
			if prec == 0 {
				prec = 1
			}
			if n.kind == kindDecimal {
				// decimals print every digit they hold in G
				return sign(n) + plain(n)
			}
		}
	}
	n.round(prec)
	exp := n.scale - 1
	if n.isZero() {
		return "0"
	}
	if exp > -5 && exp < prec {
		return sign(n) + plain(n)
	}
	e := byte('E')
	if c == 'g' {
		e = 'e'
	}
	return sign(n) + sci(n, len(n.digits)-1, e, 2, true)
}

// plain renders all digits in positional notation.
func plain(n decNumber) string {
	var b strings.Builder
	if n.scale <= 0 {
		b.WriteString("0")
		if len(n.digits) > 0 {
			b.WriteByte('.')
			for i := n.scale; i < 0; i++ {
				b.WriteByte('0')
			}
			b.Write(n.digits)
		}
		return b.String()
	}
	for i := 0; i < n.scale; i++ {
		b.WriteByte(n.digit(i))
	}
	if len(n.digits) > n.scale {
		b.WriteByte('.')
		b.Write(n.digits[n.scale:])
	}
	return b.String()
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
	kind, defPrec, rtPrec, bits := kindDouble, 15, 17, 64
	if isFloat {
		kind, defPrec, rtPrec, bits = kindFloat, 7, 9, 32
	}
	if format == "" {
		format = "G"
	}
	switch format[0] {
	case 'R', 'r':
		n := floatNumber(x, defPrec, kind)
		if back, err := strconv.ParseFloat(plainSci(n), bits); err != nil || back != math.Abs(x) {
			n = floatNumber(x, rtPrec, kind)
		}
		return general(n, rtPrec, 'G'), true
	case 'G', 'g':
		prec := defPrec
		if len(format) > 1 {
			p, err := strconv.Atoi(format[1:])
			if err == nil && p > 0 {
				prec = p
			}
		}
		if prec > rtPrec {
			prec = rtPrec
		}
		return general(floatNumber(x, prec, kind), prec, format[0]), true
	}
	// Other formats work on the default-precision digits.
	n := floatNumber(x, defPrec, kind)
	return formatNumber(n, format)
}

func plainSci(n decNumber) string {
	if n.isZero() {
		return "0"
	}
	return "0." + string(n.digits) + "e" + strconv.Itoa(n.scale)
}

// formatCustom implements custom numeric format strings.
func formatCustom(n decNumber, format string) string {
	sections := splitSections(format)
	sec := sections[0]
	useSign := true
	if n.neg && len(sections) > 1 && sections[1] != "" {
		sec = sections[1]
		useSign = false
	}
	// A section may turn a value into zero by rounding; decided after analysis.
	info := analyzeCustom(sec)
	m := n
	m.digits = append([]byte(nil), n.digits...)
	if !m.isZero() {
		m.scale += info.scaleAdjust
	}
	if info.sci {
		digits := info.intDigits + info.fracDigits
		if digits == 0 {
			digits = 1
		}
		m.round(digits)
	} else {
		m.round(m.scale + info.fracDigits)
	}
	if m.isZero() && len(sections) > 2 && sections[2] != "" {
		sec = sections[2]
		info = analyzeCustom(sec)
		useSign = false
	} else if m.isZero() && n.neg && len(sections) > 1 && sections[1] != "" {
		// rounds to zero: uses the negative section anyway in .NET
	}
	s := renderCustom(m, sec, info)
	if useSign && n.neg && !m.isZero() {
		s = "-" + s
	}
	return s
}

func splitSections(f string) []string {
	var out []string
	var cur strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch c {
		case '\\':
			cur.WriteByte(c)
			if i+1 < len(f) {
				i++
				cur.WriteByte(f[i])
			}
		case '\'', '"':
			j := strings.IndexByte(f[i+1:], c)
			if j < 0 {
				cur.WriteString(f[i:])
				i = len(f)
			} else {
				cur.WriteString(f[i : i+j+2])
				i += j + 1
			}
		case ';':
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(out, cur.String())
}

type customInfo struct {
	intDigits   int // digit placeholders before the point
	firstZero   int // placeholders from the first '0' to the point
	fracDigits  int // placeholders after the point
	fracZeros   int // index after the last '0' after the point
	group       bool
	scaleAdjust int
	sci         bool
	expZeros    int
	expPlus     bool
}

func analyzeCustom(f string) customInfo {
	var in customInfo
	seenPoint := false
	intPlaceholders := 0
	firstZeroPos := -1
	lastWasDigit := false
	commasBeforePoint := 0
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch c {
		case '\\':
			i++
			lastWasDigit = false
		case '\'', '"':
			j := strings.IndexByte(f[i+1:], c)
			if j < 0 {
				i = len(f)
			} else {
				i += j + 1
			}
			lastWasDigit = false
		case '0', '#':
			if seenPoint {
				in.fracDigits++
				if c == '0' {
					in.fracZeros = in.fracDigits
				}
			} else {
				if commasBeforePoint > 0 && lastWasDigit == false {
					// comma between digit placeholders: grouping
				}
				if commasBeforePoint > 0 {
					in.group = true
					commasBeforePoint = 0
				}
				if c == '0' && firstZeroPos < 0 {
					firstZeroPos = intPlaceholders
				}
				intPlaceholders++
			}
			lastWasDigit = true
		case ',':
			if !seenPoint && intPlaceholders > 0 {
				commasBeforePoint++
			}
			lastWasDigit = false
		case '.':
			if !seenPoint {
				seenPoint = true
				in.scaleAdjust -= 3 * commasBeforePoint
				commasBeforePoint = 0
			}
			lastWasDigit = false
		case '%':
			in.scaleAdjust += 2
		case 'E', 'e':
			j := i + 1
			if j < len(f) && (f[j] == '+' || f[j] == '-') {
				in.expPlus = f[j] == '+'
				j++
			}
			k := j
			for k < len(f) && f[k] == '0' {
				k++
			}
			if k > j {
				in.sci = true
				in.expZeros = k - j
				i = k - 1
			}
			lastWasDigit = false
		default:
			lastWasDigit = false
		}
	}
	if !seenPoint {
		in.scaleAdjust -= 3 * commasBeforePoint
	}
	in.intDigits = intPlaceholders
	if firstZeroPos >= 0 {
		in.firstZero = intPlaceholders - firstZeroPos
	}
	return in
}

func renderCustom(n decNumber, f string, in customInfo) string {
	var b strings.Builder
	exp := 0
	if in.sci && !n.isZero() {
		// Mantissa has intDigits (at least 1) digits before the point.
		id := in.intDigits
		if id == 0 {
			id = 1
		}
		exp = n.scale - id
		n.scale = id
	}
	// Integer digits to print.
	var intPart []byte
	for i := 0; i < n.scale; i++ {
		intPart = append(intPart, n.digit(i))
	}
	if len(intPart) < in.firstZero {
		intPart = append([]byte(strings.Repeat("0", in.firstZero-len(intPart))), intPart...)
	}
	fracPos := 0
	intEmitted := false
	seenPoint := false
	placeholder := 0
	writeInt := func(upto int) {
		// Emit all integer digits that belong before placeholder index upto.
		remaining := in.intDigits - upto
		for len(intPart) > remaining {
			d := intPart[0]
			intPart = intPart[1:]
			b.WriteByte(d)
			if in.group && len(intPart) > 0 && len(intPart)%3 == 0 {
				b.WriteByte(',')
			}
		}
	}
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch c {
		case '\\':
			if i+1 < len(f) {
				i++
				b.WriteByte(f[i])
			}
		case '\'', '"':
			j := strings.IndexByte(f[i+1:], c)
			if j < 0 {
				b.WriteString(f[i+1:])
				i = len(f)
			} else {
				b.WriteString(f[i+1 : i+1+j])
				i += j + 1
			}
		case '0', '#':
			if !seenPoint {
				placeholder++
				writeInt(placeholder)
				intEmitted = true
			} else {
				fracPos++
				d := n.digit(n.scale + fracPos - 1)
				if c == '0' || fracPos <= in.fracZeros || hasNonZeroFrom(n, n.scale+fracPos-1, in.fracDigits-fracPos+1) {
					if c == '#' && fracPos > in.fracZeros && !hasNonZeroFrom(n, n.scale+fracPos-1, in.fracDigits-fracPos+1) {
						continue
					}
					b.WriteByte(d)
				}
			}
		case '.':
			if !seenPoint {
				seenPoint = true
				if !intEmitted {
					writeInt(in.intDigits)
				}
				if in.fracZeros > 0 || hasNonZeroFrom(n, n.scale, in.fracDigits) {
					b.WriteByte('.')
				}
			}
		case ',':
			// grouping / scaling handled in analysis
		case 'E', 'e':
			if in.sci {
				j := i + 1
				if j < len(f) && (f[j] == '+' || f[j] == '-') {
					j++
				}
				k := j
				for k < len(f) && f[k] == '0' {
					k++
				}
				if k > j {
					b.WriteByte(c)
					if exp < 0 {
						b.WriteByte('-')
					} else if in.expPlus {
						b.WriteByte('+')
					}
					e := exp
					if e < 0 {
						e = -e
					}
					s := strconv.Itoa(e)
					for len(s) < in.expZeros {
						s = "0" + s
					}
					b.WriteString(s)
					i = k - 1
					continue
				}
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	if !intEmitted && !seenPoint && in.intDigits == 0 && len(intPart) > 0 && in.fracDigits == 0 {
		// a format without placeholders prints no digits
	}
	return b.String()
}

func hasNonZeroFrom(n decNumber, pos, count int) bool {
	for i := pos; i < pos+count; i++ {
		if n.digit(i) != '0' {
			return true
		}
	}
	return false
}
