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

// formatCases were recorded with Mono: kind (l long, i int, s short, sb
// sbyte, u ulong, d double bits, f float bits, m decimal bits), value,
// format, then "=" and the result or "!" and the exception.
const formatCases = `d	-9223372036854775808		=0
f	1093602911		=10.94101
l	-1234567		=-1234567
s	3970		=3970
sb	5		=5
u	12345678901234567890		=12345678901234567890
d	-9223372036854775808	G	=0
i	9995	G	=9995
u	10000000000000000000	G	=10000000000000000000
d	-4565456257344480398	G0	=-2590.86138456634
l	54858973	G0	=54858973
u	0	G0	=0
d	4696837146684686336	G1	=1E+06
f	0	G1	=0
d	-4588327428714137044	G2	=-76
i	999	G2	=1E+03
l	32694767562324615	G2	=3.3E+16
m	110,0,0,131072	G2	=1.1
d	4613303445314885481	G3	=2.72
d	4636737291354636288	G3	=100
l	6973755304137435513	G3	=6.97E+18
m	1005,0,0,196608	G3	=1.01
s	9995	G3	=1E+04
sb	1	G3	=1
u	10000000000000000000	G3	=1E+19
d	-4626418860061187121	G5	=-0.21608
d	-4565020545921318912	G5	=-2789
m	1000000,0,0,196608	G5	=1000
m	53705727,0,0,917504	G5	=5.3706E-07
d	4614256656552045848	G7	=3.141593
l	642486771373187	G7	=6.424868E+14
m	12345678,0,0,262144	G7	=1234.568
u	1	G7	=1
d	4593671619917905920	G9	=0.125
f	-846844267	G9	=-281399968
m	21224059,382291254,558,-2146369536	G10	=-102949.2512
sb	5	G10	=5
u	10000000000000000000	G10	=1E+19
sb	123	G15	=123
i	315650607	G16	=315650607
s	-12	G16	=-12
f	1093602911	G17	=10.9410086
l	999	G17	=999
l	2041	G17	=2041
m	1572633185,0,0,-2146500608	G17	=-1.572633185E-06
m	1851403588,0,0,458752	G17	=185.1403588
s	999	G17	=999
d	6103021453049119613	G18	=1E+100
d	4696837146684686336	G18	=1000000
l	1000000000	G18	=1000000000
m	2135871428,0,0,-2145779712	G18	=-2.135871428E-17
s	123	G18	=123
sb	7	G18	=7
l	999	G20	=999
m	671271969,1368737353,0,262144	G20	=587868216861987.9457
f	1066192077	G29	=1.10000002
m	458347409,1288012588,0,-2146435072	G29	=-553.1971942754669457
m	1543383524,2042009044,0,-2147483648	G29	=-8770362063659608548
i	100	G30	=100
l	964108187521523	G30	=964108187521523
m	1005,0,0,196608	G30	=1.005
d	5019539277029797673	g	=3.86637313704303e+27
f	-1149311423	g	=-0.003889457
m	1351806605,177546849,0,262144	g	=76255791131465.6909
u	1	g	=1
d	-4593038146409069753	g4	=-36.5
f	-1191923827	g4	=-0.0001167
l	2041	g4	=2041
m	1005,0,0,196608	g4	=1.005
m	-350287150,-1420514932,0,0	g4	=1.235e+19
s	-1000	g4	=-1000
d	-9223372036854775808	D	!FormatException: Format specifier was invalid.
l	95	D	=95
l	2147483647	D	=2147483647
m	1005,0,0,196608	D	!FormatException: Format specifier was invalid.
m	2112198970,0,0,655360	D	!FormatException: Format specifier was invalid.
m	5,0,0,-2147418112	D0	!FormatException: Format specifier was invalid.
i	5	D1	=5
m	671271969,1368737353,0,262144	D1	!FormatException: Format specifier was invalid.
sb	123	D1	=123
d	4599676419421066581	D5	!FormatException: Format specifier was invalid.
f	1078530011	D5	!FormatException: Format specifier was invalid.
i	1	D5	=00001
l	3366364912	D5	=3366364912
m	2112198970,0,0,655360	D5	!FormatException: Format specifier was invalid.
m	74606944,0,0,-2147483648	D5	!FormatException: Format specifier was invalid.
f	1066192077	D10	!FormatException: Format specifier was invalid.
m	1,0,0,-2147483648	D10	!FormatException: Format specifier was invalid.
sb	99	D10	=0000000099
u	1	D10	=0000000001
m	1201794654,0,0,720896	D20	!FormatException: Format specifier was invalid.
s	2041	D20	=00000000000000002041
d	4861130398305394688	d3	!FormatException: Format specifier was invalid.
d	-4610560118520545280	d3	!FormatException: Format specifier was invalid.
f	1340458075	d3	!FormatException: Format specifier was invalid.
m	458347409,1288012588,0,-2146435072	d3	!FormatException: Format specifier was invalid.
m	1824525906,0,0,-2146304000	d3	!FormatException: Format specifier was invalid.
d	4385208697159900377	E	=1.520502E-015
m	2061676181,1925033839,0,196608	E	=8.267957E+015
m	561024490,749731274,0,0	E	=3.220071E+018
sb	-25	E	=-2.500000E+001
d	4950912855330343665	E0	=1E+023
f	1649989413	E0	=1E+021
i	-12	E0	=-1E+001
s	3970	E0	=4E+003
sb	12	E0	=1E+001
u	0	E0	=0E+000
d	-4631573914381856014	E1	=-9.9E-002
d	-4633330094857988990	E1	=-7.5E-002
m	908171388,422240260,726,-2145845248	E1	=-1.3E-003
sb	99	E1	=9.9E+001
u	1	E1	=1.0E+000
d	4602678819172646912	E3	=5.000E-001
i	999999	E3	=1.000E+006
l	7823	E3	=7.823E+003
u	10000000000000000000	E3	=1.000E+019
i	100	E10	=1.0000000000E+002
sb	7	E10	=7.0000000000E+000
u	12345678901234567890	E10	=1.2345678901E+019
d	4613205983301625446	E14	=2.67500000000000E+000
m	21224059,382291254,558,-2146369536	E14	=-1.02949251215634E+005
d	-4656613928310035972	E15	=-2.000000000000000E-003
d	-4566917848936538482	E16	=-1.9871032399999999E+003
f	-2147483648	E16	=0.0000000000000000E+000
d	4728057454355411894	E17	=1.23456789123000000E+008
m	12345678,0,0,-2147221504	E17	=-1.23456780000000000E+003
sb	7	E17	=7.00000000000000000E+000
u	12345678901234567890	E17	=1.23456789012345679E+019
d	4611825179655873652	E20	=2.06179999999999990000E+000
f	-846844267	E20	=-2.81399968000000000000E+008
l	1098758	E20	=1.09875800000000000000E+006
l	4985593979953172	e	=4.985594e+015
m	-1103563954,1836677777,66926059,262144	e	=1.234568e+023
m	53705727,0,0,917504	e	=5.370573e-007
sb	0	e	=0.000000e+000
u	10000000000000000000	e	=1.000000e+019
f	1065353216	e2	=1.00e+000
l	7	e2	=7.00e+000
m	21224059,382291254,558,-2146369536	e2	=-1.03e+005
s	15	e2	=1.50e+001
sb	123	e2	=1.23e+002
u	10000000000000000000	e2	=1.00e+019
d	-4534795741926610541	F	=-281299.14
l	2041	F	=2041.00
m	788624948,0,0,-2147024896	F	=-78.86
u	0	F	=0.00
d	4548669923058963014	F0	=0
f	1150964267	F0	=1235
u	0	F0	=0
d	4532020583610935537	F1	=0.0
d	4661819680680853058	F1	=4636.3
f	954368118	F1	=0.0
i	995	F1	=995.0
m	-1,-1,-1,-2147483648	F1	=-79228162514264337593543950335.0
s	-25	F1	=-25.0
sb	0	F1	=0.0
d	4831355200913801216	F3	=1000000000000000.000
u	1	F3	=1.000
l	1000000000	F10	=1000000000.0000000000
u	18446744073709551615	F15	=18446744073709551615.000000000000000
d	-4565020545921318912	F17	=-2789.00000000000000000
l	999999	F17	=999999.00000000000000000
l	-1	F17	=-1.00000000000000000
sb	95	F17	=95.00000000000000000
d	-4565456257344480398	F20	=-2590.86138456634000000000
f	-2147483648	F20	=0.00000000000000000000
l	3366364912	F20	=3366364912.00000000000000000000
l	-12	F20	=-12.00000000000000000000
d	-4566917848936538482	f	=-1987.10
d	-4503599627370496	f	=-Infinity
l	7232828050021666	f	=7232828050021666.00
u	1	f	=1.00
d	-4503599627370497	f4	=-179769313486232000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000.0000
i	-25	f4	=-25.0000
l	16774219221634036	f4	=16774219221634036.0000
s	-12	f4	=-12.0000
u	10000000000000000000	f4	=10000000000000000000.0000
f	1056964608	N	=0.50
l	100000	N	=100,000.00
m	1,0,0,0	N	=1.00
sb	15	N	=15.00
d	4607204936798154260	N0	=1
m	1820753779,0,958,196608	N0	=17,671,980,822,615,571,202
sb	99	N0	=99
d	4611825179655873652	N1	=2.1
l	315650607	N1	=315,650,607.0
m	737380988,549080072,0,-2146631680	N1	=-235,828.1
sb	1	N1	=1.0
u	1	N1	=1.0
d	4609434218613702656	N3	=1.500
d	-4626418860061187121	N3	=-0.216
l	99	N3	=99.000
m	2112198970,0,0,655360	N3	=0.211
s	9995	N3	=9,995.000
d	4636737291354636288	N10	=100.0000000000
i	141000179	N10	=141,000,179.0000000000
m	12345678,0,0,262144	N10	=1,234.5678000000
s	-12	N10	=-12.0000000000
u	18446744073709551615	N10	=18,446,744,073,709,551,615.0000000000
f	1235542956	n	=1,350,774.00
sb	95	n	=95.00
u	18446744073709551615	n	=18,446,744,073,709,551,615.00
f	1150964267	P	=123,456.80 %
l	1234	P	=123,400.00 %
u	12345678901234567890	P	=1,234,567,890,123,456,789,000.00 %
d	4607137382803743703	P0	=100 %
f	-1076950855	P0	=-162 %
l	5	P0	=500 %
m	1613911004,908591224,0,1507328	P0	=0 %
sb	123	P0	=12,300 %
u	1	P0	=100 %
m	2135871428,0,0,-2145779712	P1	=0.0 %
s	99	P1	=9,900.0 %
m	1840858876,0,0,-2147090432	P3	=-184,085.888 %
sb	1	P3	=100.000 %
f	-818395598	p	=-309,160,800,000.00 %
i	-1	p	=-100.00 %
l	100	p	=10,000.00 %
m	1,0,0,1835008	p	=0.00 %
s	-25	p	=-2,500.00 %
d	4591870180066957722	C	=¤0.10
i	7823	C	=¤7,823.00
m	1,0,0,458752	C	=¤0.00
m	1000000,0,0,196608	C0	=¤1,000
sb	-12	C0	=(¤12)
u	0	C0	=¤0
f	-1149311423	C1	=¤0.0
i	141000179	C1	=¤141,000,179.0
m	458347409,1288012588,0,-2146435072	C1	=(¤553.2)
sb	-12	C1	=(¤12.0)
d	0	C4	=¤0.0000
m	99995,0,0,196608	C4	=¤99.9950
m	21224059,382291254,558,-2146369536	C4	=(¤102,949.2512)
sb	123	C4	=¤123.0000
u	12345678901234567890	C4	=¤12,345,678,901,234,567,890.0000
d	-9223372036854775808	c	=¤0.00
i	3970	c	=¤3,970.00
l	15	c	=¤15.00
sb	1	c	=¤1.00
u	12345678901234567890	c	=¤12,345,678,901,234,567,890.00
f	-790172011	X	!FormatException: Format specifier was invalid.
i	123	X	=7B
l	7823	X	=1E8F
m	737380988,549080072,0,-2146631680	X	!FormatException: Format specifier was invalid.
m	504276717,0,0,-2145779712	X	!FormatException: Format specifier was invalid.
m	671271969,1368737353,0,262144	X0	!FormatException: Format specifier was invalid.
sb	5	X0	=5
d	-4633330094857988990	X2	!FormatException: Format specifier was invalid.
f	-1114907203	X2	!FormatException: Format specifier was invalid.
m	1005,0,0,196608	X2	!FormatException: Format specifier was invalid.
s	12345	X2	=3039
sb	15	X2	=0F
d	4636702106982547456	X8	!FormatException: Format specifier was invalid.
l	2147483647	X8	=7FFFFFFF
m	504276717,0,0,-2145779712	X8	!FormatException: Format specifier was invalid.
sb	1	X8	=00000001
m	63569866,0,0,-2147155968	X16	!FormatException: Format specifier was invalid.
sb	0	X16	=0000000000000000
m	1,0,0,1835008	x	!FormatException: Format specifier was invalid.
u	10000000000000000000	x	=8ac7230489e80000
f	1050253722	R	=0.3
m	-1,-1,-1,-2147483648	R	!FormatException: Format specifier was invalid.
d	4599075939470750515	r	=0.3
d	-4203586470824588051	r	=-4.0017719469041436E+27
i	-12	r	!FormatException: Format specifier was invalid.
l	964108187521523	r	!FormatException: Format specifier was invalid.
m	2112198970,0,0,655360	r	!FormatException: Format specifier was invalid.
m	908171388,422240260,726,-2145845248	r	!FormatException: Format specifier was invalid.
i	1514206340	R3	!FormatException: Format specifier was invalid.
l	6973755304137435513	R3	!FormatException: Format specifier was invalid.
m	1543383524,2042009044,0,-2147483648	R3	!FormatException: Format specifier was invalid.
u	18446744073709551615	R3	!FormatException: Format specifier was invalid.
d	4950912855330343665	0	=99999999999999900000000
d	-4929101506863766027	00	=00
i	100	00	=100
l	9233	00	=9233
m	1000000,0,0,196608	00	=1000
m	244188160,0,0,983040	00	=00
u	1	00	=01
d	6103021453049119613	000000	=10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
m	1,0,0,0	000000	=000001
s	-1	000000	=-000001
u	12345678901234567890	000000	=12345678901234567890
m	0,0,0,0	0.0	=0.0
s	25	0.0	=25.0
u	1	0.0	=1.0
d	-4566917848936538482	0.00	=-1987.10
f	-1349306286	0.00	=0.00
i	-12	0.00	=-12.00
l	499984596769045	0.00	=499984596769045.00
m	1,0,0,1769472	0.00	=0.00
u	1	0.000000	=1.000000
u	10000000000000000000	#	=10000000000000000000
d	4607182418800017399	##	=1
m	1824525906,0,0,-2146304000	##	=
u	1	##	=1
d	4991164521501526588	#.#	=48788543580467100000000000
f	954368118	#.#	=
i	100000	#.#	=100000
u	12345678901234567890	#.#	=12345678901234567890
d	4728057454355411894	#.##	=123456789.12
d	-9223372036854775808	#.##	=
m	25,0,0,65536	#.##	=2.5
d	4607204936798154260	#,#	=1
d	4616583683022153318	#,#	=4
i	25	#,#	=25
l	9233	#,#	=9,233
l	-1	#,#	=-1
m	45,0,0,131072	#,#	=
sb	12	#,#	=12
d	4602678819172646912	#,##0	=1
m	1000,0,0,0	#,##0	=1,000
m	2112198970,0,0,655360	#,##0	=0
s	7	#,##0	=7
sb	99	#,##0	=99
u	10000000000000000000	#,##0	=10,000,000,000,000,000,000
d	-4673770553220090462	#,##0.00	=0.00
l	0	#,##0.00	=0.00
s	2041	#,##0.00	=2,041.00
u	10000000000000000000	#,##0.00	=10,000,000,000,000,000,000.00
d	4661819680680853058	#,##0.###	=4,636.3
m	53705727,0,0,917504	#,##0.###	=0
d	4653144502051863213	0,0	=1,235
i	-25	0,0	=-25
l	964108187521523	0,0	=964,108,187,521,523
m	1201794654,0,0,720896	0,0	=00
s	123	0,0	=123
d	118622047889322841	0,0.00	=00.00
d	4739697995068597161	0,0.00	=764,702,165.39
f	1649989413	0,0.00	=999,999,900,000,000,000,000.00
l	-1	0,0.00	=-01.00
l	-12	0,0.00	=-12.00
m	1543383524,2042009044,0,-2147483648	0,0.00	=-8,770,362,063,659,608,548.00
i	-1	#,##0,,	=0
l	-1234567	#,##0,,	=-1
s	99	#,##0,,	=0
u	12345678901234567890	#,##0,,	=12,345,678,901,235
d	-9223372036854775808	0,	=0
l	12	0,	=0
l	1119764	0,	=1120
s	7823	0,	=8
d	4817745636527689728	0,,	=123456789
d	-9223372036854775808	0,,	=0
i	1000	0,,	=0
m	-1,-1,-1,-2147483648	0,,	=-79228162514264337593544
sb	100	0,,	=0
u	10000000000000000000	0,,	=10000000000000
d	0	0,.0	=0.0
d	-4315153646025791772	0,.0	=-136019906558106000.0
f	1192013849	0,.0	=36.0
l	54858973	0,.0	=54859.0
l	999	0,.0	=1.0
i	54858973	#,,	=55
l	999999	#,,	=1
m	110,0,0,131072	#,,	=
s	2041	#,,	=
u	0	#,,	=
i	-25	0.###	=-25
m	1000000,0,0,196608	0.###	=1000
m	-350287150,-1420514932,0,0	0.###	=12345678901234567890
u	18446744073709551615	0.###	=18446744073709551615
d	-4588327428714137044	0.0##	=-75.946
s	12	0.0##	=12.0
sb	123	0.0##	=123.0
u	18446744073709551615	0.0##	=18446744073709551615.0
d	-4706042843746669171	#.0#	=.0
l	-9223372036854775808	#.0#	=-9223372036854775808.0
m	1543383524,2042009044,0,-2147483648	#.0#	=-8770362063659608548.0
d	4609434218613702656	00.00%	=150.00%
m	551849636,0,0,393216	00.00%	=55184.96%
d	4591870180066957722	0%	=10%
d	-4203586470824588051	0%	=-400177194690414000000000000000%
f	-846844267	0%	=-28140000000%
l	100	0%	=10000%
m	1820753779,0,958,196608	0%	=1767198082261557120191%
l	7092631843341604935	0‰	=7092631843341604935000‰
l	1	0‰	=1000‰
m	53705727,0,0,917504	0‰	=0‰
d	-4671274708746917560	%0	=%0
l	10	%0	=%1000
m	166788818,0,0,-2146172928	%0	=%0
m	847389332,0,0,65536	%0	=%8473893320
sb	-1	%0	=-%100
i	141000179	0.0E+0	=1.4E+8
l	9995	0.0E+0	=1.0E+4
s	1	0.0E+0	=1.0E+0
d	-9223372036854775808	0.0e-00	=0.0e00
f	-2147483648	0.0e-00	=0.0e00
i	0	0.0e-00	=0.0e00
l	1514206340	0.0e-00	=1.5e09
m	244188160,0,0,983040	0.0e-00	=2.4e-07
m	-1,-1,-1,0	0.0e-00	=7.9e28
d	4653144502051863213	0E0	=1E3
i	5	0E0	=5E0
l	7092631843341604935	0E0	=7E18
m	-1,-1,-1,0	0E0	=8E28
i	12	0E+0	=1E+1
l	1234	0E+0	=1E+3
s	1	0E+0	=1E+0
d	4599676419421066581	0E-0	=3E-1
l	995	0E-0	=1E3
m	561024490,749731274,0,0	0E-0	=3E18
s	9995	0E-0	=1E4
i	995	#E+00	=1E+03
l	4985593979953172	#E+00	=5E+15
m	1853566978,1393807144,340,-2146828288	#E+00	=-6E+11
u	18446744073709551615	#E+00	=2E+19
d	4682883471390854349	##0.0E+0	=118.6E+3
l	25	##0.0E+0	=250.0E-1
m	166788818,0,0,-2146172928	##0.0E+0	=-166.8E-14
s	123	##0.0E+0	=123.0E+0
sb	123	##0.0E+0	=123.0E+0
d	-4188078090901537210	0.00E+000	=-4.20E+028
f	-904770590	0.00E+000	=-2.40E+006
l	15	0.00E+000	=1.50E+001
m	1543383524,2042009044,0,-2147483648	0.00E+000	=-8.77E+018
m	1824525906,0,0,-2146304000	0.00E+000	=-1.82E-009
s	7823	0.00E+000	=7.82E+003
u	18446744073709551615	0.00E+000	=1.84E+019
l	642486771373187	#.##E+0	=6.42E+14
l	123	#.##E+0	=1.23E+2
m	671271969,1368737353,0,262144	#.##E+0	=5.88E+14
i	141000179	0.###E-0	=1.41E8
l	3970	0.###E-0	=3.97E3
l	7092631843341604935	0.###E-0	=7.093E18
m	2129548198,0,838,-2146107392	0.###E-0	=-1.546E1
m	99995,0,0,196608	0.###E-0	=1E2
sb	-1	0.###E-0	=-1E0
d	-4616189618054758400	00E0	=-10E-1
l	9223372036854775807	00E0	=92E17
m	99995,0,0,196608	00E0	=10E1
s	-1000	00E0	=-10E2
sb	12	00E0	=12E0
u	18446744073709551615	00E0	=18E18
u	1	0.00;(0.00)	=1.00
d	-4654146676290177320	0;neg;zero	=zero
l	6106146575557	0;neg;zero	=6106146575557
sb	-12	0;neg;zero	=neg
d	4682883471390854349	0;;zero	=118555
u	0	0;;zero	=zero
d	4481860141021757092	0;(0);	=0
f	1056964608	0;(0);	=1
l	995	0;(0);	=995
s	1	0;(0);	=1
u	0	0;(0);	=0
d	4750490337913046303	;;	=
m	1,0,0,1769472	;;	=
m	1,0,0,-2147483648	;;	=-
sb	100	;;	=
f	1093602911	;	=
m	788624948,0,0,-2147024896	;	=-
sb	0	;	=
f	887506317	0;	=0
i	100	0;	=100
sb	12	0;	=12
l	12	#;-#	=12
u	0	#;-#	=
d	-4706042843746669171	'abc'#	=abc
i	1119764	'abc'#	=abc1119764
l	995	'abc'#	=abc995
l	12	'abc'#	=abc12
s	1234	'abc'#	=abc1234
d	4609434218613702656	"q"0	=q2
l	32694767562324615	"q"0	=q32694767562324615
s	12345	"q"0	=q12345
d	9218868437227405311	\0#	=0179769313486232000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000
l	9233	\0#	=09233
l	6106146575557	\0#	=06106146575557
u	18446744073709551615	\0#	=018446744073709551615
d	-4876896969680459563	0.0.0	=0.00
f	-818395598	0.0.0	=-3091608000.00
l	-2147483648	0.0.0	=-2147483648.00
m	1853566978,1393807144,340,-2146828288	0.0.0	=-627787934116.35
i	995	0..0	=995.0
l	7823	0..0	=7823.0
m	2135871428,0,0,-2145779712	0..0	=0.0
s	15	0..0	=15.0
u	0	0..0	=0.0
d	0	#0.#0	=0.00
l	0	#0.#0	=0.00
l	10	#0.#0	=10.00
s	-1000	#0.#0	=-1000.00
sb	1	#0.#0	=1.00
u	18446744073709551615	#0.#0	=18446744073709551615.00
f	1150964267	0#.0#	=1234.57
sb	12	0#.0#	=12.0
u	10000000000000000000	0#.0#	=10000000000000000000.0
u	12345678901234567890	0 0 0	=123456789012345678 9 0
d	0	0e	=0e
d	0	0e	=0e
f	-1191923827	0e	=0e
l	3970	0e	=3970e
d	6103021453049119613	0E+	=10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000E+
f	-818395598	0E+	=-3091608000E+
m	0,0,0,0	0E+	=0E+
s	12	0E+	=12E+
sb	5	0E+	=5E+
u	10000000000000000000	0E+	=10000000000000000000E+
i	3970	0E	=3970E
l	15391971541512518	0E	=15391971541512518E
m	-1,-1,-1,-2147483648	0E	=-79228162514264337593543950335E
s	999	0E	=999E
sb	1	0E	=1E
d	4751727131384100731	0e-	=4704593788e-
f	1028443341	0e-	=0e-
i	-12	0e-	=-12e-
s	15	0e-	=15e-
sb	1	0e-	=1e-
d	-4517213945852183183	#,##0.00;(#,##0.00);'-'	=(4,146,098.93)
l	2147483647	#,##0.00;(#,##0.00);'-'	=2,147,483,647.00
i	25	[0]	=[25]
l	1335556	[0]	=[1335556]
m	166788818,0,0,-2146172928	[0]	=[0]
u	12345678901234567890	[0]	=[12345678901234567890]
d	4514714540073883999	,0	=0
i	1098758	,0	=1098758
m	99995,0,0,196608	,0	=100
s	99	,0	=99
d	-4671274708746917560	.	=
d	4613205983301625446	.	=3
m	458347409,1288012588,0,-2146435072	.	=-553
u	1	.	=1
d	4548669923058963014	0.	=0
f	-2147483648	0.	=0
l	15	0.	=15
l	9223372036854775807	0.	=9223372036854775807
m	504276717,0,0,-2145779712	0.	=0
u	0	0.	=0
d	4593671619917905920	.0	=.1
i	12345	.0	=12345.0
m	110,0,0,131072	.0	=1.1
u	1	.0	=1.0
i	-1234567	#.	=-1234567
u	18446744073709551615	#.	=18446744073709551615
d	9218868437227405311	%	=%
l	32694767562324615	%	=%
sb	100	%	=%
l	3970	0%%	=39700000%%
m	12345678,0,0,-2147221504	0%%	=-12345678%%
m	74606944,0,0,-2147483648	0%%	=-746069440000%%
s	1	0%%	=10000%%
sb	99	0%%	=990000%%
d	4607204936798154260	0\%	=1%
l	1098758	0\%	=1098758%
m	99995,0,0,196608	0\%	=100%
u	10000000000000000000	0\%	=10000000000000000000%
f	1	0,00,0	=0,000
i	861290114	0,00,0	=861,290,114
u	1	0,00,0	=0,001
d	-9223372036854775808	#,##0.00 'USD'	=0.00 USD
l	1514206340	#,##0.00 'USD'	=1,514,206,340.00 USD
l	3366364912	#,##0.00 'USD'	=3,366,364,912.00 USD
m	21224059,382291254,558,-2146369536	#,##0.00 'USD'	=-102,949.25 USD
d	4591870180066957722	$#,##0.00	=$0.10
m	1853566978,1393807144,340,-2146828288	$#,##0.00	=-$627,787,934,116.35
sb	100	$#,##0.00	=$100.00
d	4587366580439587226	0.00 ¤	=0.05 ¤
d	-9223372036854775808	0.00 ¤	=0.00 ¤
f	0	0.00 ¤	=0.00 ¤
i	10	0.00 ¤	=10.00 ¤
s	5	0.00 ¤	=5.00 ¤
sb	1	0.00 ¤	=1.00 ¤
d	4593671619917905920	''	=
f	-1076950855	''	=-
d	4526408408451711391	""	=
f	-4194304	""	=NaN
m	1201794654,0,0,720896	""	=
sb	1	""	=
i	9233	'	=
m	5,0,0,-2147418112	'	=-
s	5	'	=
f	-1149311423	"	=
l	12	"	=
l	15	"	=
m	21224059,382291254,558,-2146369536	"	=-
sb	12	"	=
u	1	"	=
d	-9223372036854775808	\	=
l	7092631843341604935	\	=
l	15	\	=
m	-1,-1,-1,0	\	=
u	1	\	=
d	4612811918334230528	0\	=3
f	1120403456	0\	=100
i	99	0\	=99
l	1	0\	=1
l	15	0\	=15
f	-794521191	0'abc	=-22088040000abc
i	995	0'abc	=995abc
m	2129548198,0,838,-2146107392	0'abc	=-15abc
u	12345678901234567890	0'abc	=12345678901234567890abc
d	4606732058837280358	#0.00#;-#0.0#;0	=0.95
d	-4570227534802912595	#0.00#;-#0.0#;0	=-1234.57
l	507491309788442468	#0.00#;-#0.0#;0	=507491309788442468.00
d	-4565020545921318912	0.############################	=-2789
l	861290114	0.############################	=861290114
m	12345678,0,0,262144	0.############################	=1234.5678
m	110,0,0,131072	0.############################	=1.1
i	99	###,###,###,###,###,###,###,###,###.00	=99.00
l	15	0000000000000000000000000000000.00	=0000000000000000000000000000015.00
m	25,0,0,65536	0000000000000000000000000000000.00	=0000000000000000000000000000002.50
s	7823	0000000000000000000000000000000.00	=0000000000000000000000000007823.00
d	-4621593937607602995	.##	=-.45
i	-12	.##	=-12
m	1824525906,0,0,-2146304000	.##	=
s	123	.##	=123
i	999999	,.	=999999
l	7092631843341604935	,.	=7092631843341604935
m	63569866,0,0,-2147155968	,.	=-636
s	5	,.	=5
u	18446744073709551615	,.	=18446744073709551615
d	4607182418800017408	0,.	=0
i	1234567	0,.	=1235
l	507491309788442468	0,.	=507491309788442
m	561024490,749731274,0,0	0,.	=3220071303179440
f	-794521191	#,#,#,#	=-22,088,040,000
l	12	#,#,#,#	=12
m	1572633185,0,0,-2146500608	#,#,#,#	=
sb	12	#,#,#,#	=12
u	0	#,#,#,#	=
d	4572414629676717179	0.0%‰	=500.0%‰
f	786163455	0.0%‰	=0.0%‰
l	1119764	0.0%‰	=111976400000.0%‰
m	5,0,0,-2147418112	0.0%‰	=-50000.0%‰
sb	99	0.0%‰	=9900000.0%‰
d	4862596447618666293	E+0	=E+0
f	-813548728	E+0	=E+0
i	141000179	E+0	=E+0
u	18446744073709551615	E+0	=E+0
d	-4980803979783506437	-0	=-0
l	1514206340	-0	=-1514206340
m	5,0,0,65536	-0	=-1
sb	1	-0	=-1
u	18446744073709551615	-0	=-18446744073709551615
d	-4239313936206326370	+0	=-+16279026431161500000000000
i	2041	(0)	=(2041)
l	3366364912	(0)	=(3366364912)
sb	-25	(0)	=-(25)
d	4604180019048437077	Z0	!FormatException: Format specifier was invalid.
d	4862596447618666293	Z0	!FormatException: Format specifier was invalid.
l	112597129966136	Z0	!FormatException: Format specifier was invalid.
m	1201794654,0,0,720896	Z0	!FormatException: Format specifier was invalid.
sb	1	Z0	!FormatException: Format specifier was invalid.
i	0	K	!FormatException: Format specifier was invalid.
l	32694767562324615	K	!FormatException: Format specifier was invalid.
s	7	K	!FormatException: Format specifier was invalid.
l	1	Q	!FormatException: Format specifier was invalid.
m	1351806605,177546849,0,262144	Q	!FormatException: Format specifier was invalid.
s	15	Q	!FormatException: Format specifier was invalid.
u	0	Q	!FormatException: Format specifier was invalid.
`

func TestFormatCases(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSuffix(formatCases, "\n"), "\n") {
		fl := strings.SplitN(line, "\t", 4)
		if len(fl) != 4 {
			t.Fatalf("bad case %q", line)
		}
		got := formatCase(t, fl[0], fl[1], fl[2])
		if got != fl[3] {
			t.Errorf("%s %s %q: got %q want %q", fl[0], fl[1], fl[2], got, fl[3])
		}
	}
}

// formatCase formats a value the way the corlib's ToString methods call
// into the runtime.
func formatCase(t *testing.T, kind, value, fm string) string {
	var s string
	var ok bool
	switch kind {
	case "l", "i", "s", "sb":
		v, _ := strconv.ParseInt(value, 10, 64)
		mask := map[string]uint64{"l": math.MaxUint64, "i": math.MaxUint32, "s": math.MaxUint16, "sb": math.MaxUint8}[kind]
		if v < 0 && isHexFormat(fm) {
			s, ok = formatUInt64(uint64(v)&mask, fm)
		} else {
			s, ok = formatInt64(v, fm)
		}
	case "u":
		v, _ := strconv.ParseUint(value, 10, 64)
		s, ok = formatUInt64(v, fm)
	case "d":
		v, _ := strconv.ParseInt(value, 10, 64)
		s, ok = formatDouble(math.Float64frombits(uint64(v)), fm, false)
	case "f":
		v, _ := strconv.ParseInt(value, 10, 32)
		s, ok = formatDouble(float64(math.Float32frombits(uint32(v))), fm, true)
	case "m":
		s, ok = formatDecimal(decFromBits(t, value), fm)
	default:
		t.Fatalf("bad kind %q", kind)
	}
	if !ok {
		return "!FormatException: " + badFormatSpecifier
	}
	return "=" + s
}

func TestParseFormatSpec(t *testing.T) {
	tests := []struct {
		f      string
		c      byte
		digits int
	}{
		{"", 'G', -1}, {"G", 'G', -1}, {"x8", 'x', 8}, {"F007", 'F', 7}, {"N001", 'N', 1},
		{"F99", 'F', 99}, {"F10", 'F', 10}, {"F100", 0, -1}, {"F123", 0, -1}, {"F1x", 0, -1},
		{"G 5", 0, -1}, {"F-1", 0, -1}, {"0.00", 0, -1}, {"#", 0, -1}, {"\x00", 'G', -1},
	}
	for _, tc := range tests {
		f := strings.ReplaceAll(tc.f, "\\x00", "\x00")
		c, d := parseFormatSpec(f)
		if c != tc.c || d != tc.digits {
			t.Errorf("parseFormatSpec(%q) = %q, %d; want %q, %d", tc.f, c, d, tc.c, tc.digits)
		}
	}
}

// parseCases were recorded with Mono: double.Parse(s, styles) as the bits
// of the result (or the exception), decimal.Parse(s, styles) as
// decimal.GetBits (or the exception).
var parseCases = []struct {
	s              string
	styles         int
	double, decVal string
}{
	{"0", 7, "0", "0,0,0,0"},
	{"0", 167, "0", "0,0,0,0"},
	{"0", 511, "0", "0,0,0,0"},
	{"0", 0, "0", "0,0,0,0"},
	{"-0", 7, "0", "0,0,0,0"},
	{"-0", 167, "0", "0,0,0,0"},
	{"-0", 511, "0", "0,0,0,0"},
	{"-0", 0, "FormatException", "FormatException"},
	{"+0", 7, "0", "0,0,0,0"},
	{"+0", 167, "0", "0,0,0,0"},
	{"+0", 511, "0", "0,0,0,0"},
	{"+0", 0, "FormatException", "FormatException"},
	{"-0.0", 7, "FormatException", "FormatException"},
	{"-0.0", 167, "0", "0,0,0,-2147418112"},
	{"-0.0", 511, "0", "0,0,0,-2147418112"},
	{"-0.0", 0, "FormatException", "FormatException"},
	{"0.000", 7, "FormatException", "FormatException"},
	{"0.000", 167, "0", "0,0,0,196608"},
	{"0.000", 511, "0", "0,0,0,196608"},
	{"0.000", 0, "FormatException", "FormatException"},
	{"-0.000", 7, "FormatException", "FormatException"},
	{"-0.000", 167, "0", "0,0,0,-2147287040"},
	{"-0.000", 511, "0", "0,0,0,-2147287040"},
	{"-0.000", 0, "FormatException", "FormatException"},
	{"1", 7, "4607182418800017408", "1,0,0,0"},
	{"1", 167, "4607182418800017408", "1,0,0,0"},
	{"1", 511, "4607182418800017408", "1,0,0,0"},
	{"1", 0, "4607182418800017408", "1,0,0,0"},
	{"-1", 7, "-4616189618054758400", "1,0,0,-2147483648"},
	{"-1", 167, "-4616189618054758400", "1,0,0,-2147483648"},
	{"-1", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"-1", 0, "FormatException", "FormatException"},
	{"+1", 7, "4607182418800017408", "1,0,0,0"},
	{"+1", 167, "4607182418800017408", "1,0,0,0"},
	{"+1", 511, "4607182418800017408", "1,0,0,0"},
	{"+1", 0, "FormatException", "FormatException"},
	{"1.5", 7, "FormatException", "FormatException"},
	{"1.5", 167, "4609434218613702656", "15,0,0,65536"},
	{"1.5", 511, "4609434218613702656", "15,0,0,65536"},
	{"1.5", 0, "FormatException", "FormatException"},
	{"-1.5", 7, "FormatException", "FormatException"},
	{"-1.5", 167, "-4613937818241073152", "15,0,0,-2147418112"},
	{"-1.5", 511, "-4613937818241073152", "15,0,0,-2147418112"},
	{"-1.5", 0, "FormatException", "FormatException"},
	{".5", 7, "FormatException", "FormatException"},
	{".5", 167, "4602678819172646912", "5,0,0,65536"},
	{".5", 511, "4602678819172646912", "5,0,0,65536"},
	{".5", 0, "FormatException", "FormatException"},
	{"5.", 7, "FormatException", "FormatException"},
	{"5.", 167, "4617315517961601024", "5,0,0,0"},
	{"5.", 511, "4617315517961601024", "5,0,0,0"},
	{"5.", 0, "FormatException", "FormatException"},
	{".", 7, "FormatException", "FormatException"},
	{".", 167, "FormatException", "FormatException"},
	{".", 511, "FormatException", "FormatException"},
	{".", 0, "FormatException", "FormatException"},
	{"-.5", 7, "FormatException", "FormatException"},
	{"-.5", 167, "-4620693217682128896", "5,0,0,-2147418112"},
	{"-.5", 511, "-4620693217682128896", "5,0,0,-2147418112"},
	{"-.5", 0, "FormatException", "FormatException"},
	{"1e3", 7, "FormatException", "FormatException"},
	{"1e3", 167, "4652007308841189376", "1000,0,0,0"},
	{"1e3", 511, "4652007308841189376", "1000,0,0,0"},
	{"1e3", 0, "FormatException", "FormatException"},
	{"1E3", 7, "FormatException", "FormatException"},
	{"1E3", 167, "4652007308841189376", "1000,0,0,0"},
	{"1E3", 511, "4652007308841189376", "1000,0,0,0"},
	{"1E3", 0, "FormatException", "FormatException"},
	{"1e+3", 7, "FormatException", "FormatException"},
	{"1e+3", 167, "4652007308841189376", "1000,0,0,0"},
	{"1e+3", 511, "4652007308841189376", "1000,0,0,0"},
	{"1e+3", 0, "FormatException", "FormatException"},
	{"1e-3", 7, "FormatException", "FormatException"},
	{"1e-3", 167, "4562254508917369340", "1,0,0,196608"},
	{"1e-3", 511, "4562254508917369340", "1,0,0,196608"},
	{"1e-3", 0, "FormatException", "FormatException"},
	{"1e", 7, "FormatException", "FormatException"},
	{"1e", 167, "FormatException", "FormatException"},
	{"1e", 511, "FormatException", "FormatException"},
	{"1e", 0, "FormatException", "FormatException"},
	{"1e+", 7, "FormatException", "FormatException"},
	{"1e+", 167, "FormatException", "FormatException"},
	{"1e+", 511, "FormatException", "FormatException"},
	{"1e+", 0, "FormatException", "FormatException"},
	{"1e-", 7, "FormatException", "FormatException"},
	{"1e-", 167, "FormatException", "FormatException"},
	{"1e-", 511, "FormatException", "FormatException"},
	{"1e-", 0, "FormatException", "FormatException"},
	{"e5", 7, "FormatException", "FormatException"},
	{"e5", 167, "FormatException", "FormatException"},
	{"e5", 511, "FormatException", "FormatException"},
	{"e5", 0, "FormatException", "FormatException"},
	{"1.2.3", 7, "FormatException", "FormatException"},
	{"1.2.3", 167, "FormatException", "FormatException"},
	{"1.2.3", 511, "FormatException", "FormatException"},
	{"1.2.3", 0, "FormatException", "FormatException"},
	{"1,234", 7, "FormatException", "FormatException"},
	{"1,234", 167, "FormatException", "FormatException"},
	{"1,234", 511, "4653142004841054208", "1234,0,0,0"},
	{"1,234", 0, "FormatException", "FormatException"},
	{"1,234.5", 7, "FormatException", "FormatException"},
	{"1,234.5", 167, "FormatException", "FormatException"},
	{"1,234.5", 511, "4653144203864309760", "12345,0,0,65536"},
	{"1,234.5", 0, "FormatException", "FormatException"},
	{"1,,234", 7, "FormatException", "FormatException"},
	{"1,,234", 167, "FormatException", "FormatException"},
	{"1,,234", 511, "4653142004841054208", "1234,0,0,0"},
	{"1,,234", 0, "FormatException", "FormatException"},
	{",1", 7, "FormatException", "FormatException"},
	{",1", 167, "FormatException", "FormatException"},
	{",1", 511, "FormatException", "FormatException"},
	{",1", 0, "FormatException", "FormatException"},
	{"1,", 7, "FormatException", "FormatException"},
	{"1,", 167, "FormatException", "FormatException"},
	{"1,", 511, "4607182418800017408", "1,0,0,0"},
	{"1,", 0, "FormatException", "FormatException"},
	{"1.,5", 7, "FormatException", "FormatException"},
	{"1.,5", 167, "FormatException", "FormatException"},
	{"1.,5", 511, "FormatException", "FormatException"},
	{"1.,5", 0, "FormatException", "FormatException"},
	{"1.2,3", 7, "FormatException", "FormatException"},
	{"1.2,3", 167, "FormatException", "FormatException"},
	{"1.2,3", 511, "FormatException", "FormatException"},
	{"1.2,3", 0, "FormatException", "FormatException"},
	{" 1", 7, "4607182418800017408", "1,0,0,0"},
	{" 1", 167, "4607182418800017408", "1,0,0,0"},
	{" 1", 511, "4607182418800017408", "1,0,0,0"},
	{" 1", 0, "FormatException", "FormatException"},
	{"1 ", 7, "4607182418800017408", "1,0,0,0"},
	{"1 ", 167, "4607182418800017408", "1,0,0,0"},
	{"1 ", 511, "4607182418800017408", "1,0,0,0"},
	{"1 ", 0, "FormatException", "FormatException"},
	{" 1 ", 7, "4607182418800017408", "1,0,0,0"},
	{" 1 ", 167, "4607182418800017408", "1,0,0,0"},
	{" 1 ", 511, "4607182418800017408", "1,0,0,0"},
	{" 1 ", 0, "FormatException", "FormatException"},
	{"\t1", 7, "4607182418800017408", "1,0,0,0"},
	{"\t1", 167, "4607182418800017408", "1,0,0,0"},
	{"\t1", 511, "4607182418800017408", "1,0,0,0"},
	{"\t1", 0, "FormatException", "FormatException"},
	{"1\t", 7, "4607182418800017408", "1,0,0,0"},
	{"1\t", 167, "4607182418800017408", "1,0,0,0"},
	{"1\t", 511, "4607182418800017408", "1,0,0,0"},
	{"1\t", 0, "FormatException", "FormatException"},
	{" -1", 7, "-4616189618054758400", "1,0,0,-2147483648"},
	{" -1", 167, "-4616189618054758400", "1,0,0,-2147483648"},
	{" -1", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{" -1", 0, "FormatException", "FormatException"},
	{"- 1", 7, "FormatException", "FormatException"},
	{"- 1", 167, "FormatException", "FormatException"},
	{"- 1", 511, "FormatException", "FormatException"},
	{"- 1", 0, "FormatException", "FormatException"},
	{"-1-", 7, "FormatException", "FormatException"},
	{"-1-", 167, "FormatException", "FormatException"},
	{"-1-", 511, "FormatException", "FormatException"},
	{"-1-", 0, "FormatException", "FormatException"},
	{"1-", 7, "FormatException", "FormatException"},
	{"1-", 167, "FormatException", "FormatException"},
	{"1-", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"1-", 0, "FormatException", "FormatException"},
	{"1+", 7, "FormatException", "FormatException"},
	{"1+", 167, "FormatException", "FormatException"},
	{"1+", 511, "4607182418800017408", "1,0,0,0"},
	{"1+", 0, "FormatException", "FormatException"},
	{"+1-", 7, "FormatException", "FormatException"},
	{"+1-", 167, "FormatException", "FormatException"},
	{"+1-", 511, "FormatException", "FormatException"},
	{"+1-", 0, "FormatException", "FormatException"},
	{"(1)", 7, "FormatException", "FormatException"},
	{"(1)", 167, "FormatException", "FormatException"},
	{"(1)", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"(1)", 0, "FormatException", "FormatException"},
	{"(1", 7, "FormatException", "FormatException"},
	{"(1", 167, "FormatException", "FormatException"},
	{"(1", 511, "FormatException", "FormatException"},
	{"(1", 0, "FormatException", "FormatException"},
	{"1)", 7, "FormatException", "FormatException"},
	{"1)", 167, "FormatException", "FormatException"},
	{"1)", 511, "FormatException", "FormatException"},
	{"1)", 0, "FormatException", "FormatException"},
	{"( 1)", 7, "FormatException", "FormatException"},
	{"( 1)", 167, "FormatException", "FormatException"},
	{"( 1)", 511, "FormatException", "FormatException"},
	{"( 1)", 0, "FormatException", "FormatException"},
	{"(1 )", 7, "FormatException", "FormatException"},
	{"(1 )", 167, "FormatException", "FormatException"},
	{"(1 )", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"(1 )", 0, "FormatException", "FormatException"},
	{"(-1)", 7, "FormatException", "FormatException"},
	{"(-1)", 167, "FormatException", "FormatException"},
	{"(-1)", 511, "FormatException", "FormatException"},
	{"(-1)", 0, "FormatException", "FormatException"},
	{"-(1)", 7, "FormatException", "FormatException"},
	{"-(1)", 167, "FormatException", "FormatException"},
	{"-(1)", 511, "FormatException", "FormatException"},
	{"-(1)", 0, "FormatException", "FormatException"},
	{"¤1", 7, "FormatException", "FormatException"},
	{"¤1", 167, "FormatException", "FormatException"},
	{"¤1", 511, "4607182418800017408", "1,0,0,0"},
	{"¤1", 0, "FormatException", "FormatException"},
	{"1¤", 7, "FormatException", "FormatException"},
	{"1¤", 167, "FormatException", "FormatException"},
	{"1¤", 511, "4607182418800017408", "1,0,0,0"},
	{"1¤", 0, "FormatException", "FormatException"},
	{"¤-1", 7, "FormatException", "FormatException"},
	{"¤-1", 167, "FormatException", "FormatException"},
	{"¤-1", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"¤-1", 0, "FormatException", "FormatException"},
	{"-¤1", 7, "FormatException", "FormatException"},
	{"-¤1", 167, "FormatException", "FormatException"},
	{"-¤1", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"-¤1", 0, "FormatException", "FormatException"},
	{"¤ 1", 7, "FormatException", "FormatException"},
	{"¤ 1", 167, "FormatException", "FormatException"},
	{"¤ 1", 511, "4607182418800017408", "1,0,0,0"},
	{"¤ 1", 0, "FormatException", "FormatException"},
	{"- ¤1", 7, "FormatException", "FormatException"},
	{"- ¤1", 167, "FormatException", "FormatException"},
	{"- ¤1", 511, "FormatException", "FormatException"},
	{"- ¤1", 0, "FormatException", "FormatException"},
	{"-¤ 1", 7, "FormatException", "FormatException"},
	{"-¤ 1", 167, "FormatException", "FormatException"},
	{"-¤ 1", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"-¤ 1", 0, "FormatException", "FormatException"},
	{"¤¤1", 7, "FormatException", "FormatException"},
	{"¤¤1", 167, "FormatException", "FormatException"},
	{"¤¤1", 511, "FormatException", "FormatException"},
	{"¤¤1", 0, "FormatException", "FormatException"},
	{"(¤1)", 7, "FormatException", "FormatException"},
	{"(¤1)", 167, "FormatException", "FormatException"},
	{"(¤1)", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"(¤1)", 0, "FormatException", "FormatException"},
	{"¤(1)", 7, "FormatException", "FormatException"},
	{"¤(1)", 167, "FormatException", "FormatException"},
	{"¤(1)", 511, "-4616189618054758400", "1,0,0,-2147483648"},
	{"¤(1)", 0, "FormatException", "FormatException"},
	{"NaN", 7, "-2251799813685248", "FormatException"},
	{"NaN", 167, "-2251799813685248", "FormatException"},
	{"NaN", 511, "-2251799813685248", "FormatException"},
	{"NaN", 0, "-2251799813685248", "FormatException"},
	{"-NaN", 7, "FormatException", "FormatException"},
	{"-NaN", 167, "FormatException", "FormatException"},
	{"-NaN", 511, "FormatException", "FormatException"},
	{"-NaN", 0, "FormatException", "FormatException"},
	{"+NaN", 7, "FormatException", "FormatException"},
	{"+NaN", 167, "FormatException", "FormatException"},
	{"+NaN", 511, "FormatException", "FormatException"},
	{"+NaN", 0, "FormatException", "FormatException"},
	{"nan", 7, "FormatException", "FormatException"},
	{"nan", 167, "FormatException", "FormatException"},
	{"nan", 511, "FormatException", "FormatException"},
	{"nan", 0, "FormatException", "FormatException"},
	{" NaN ", 7, "-2251799813685248", "FormatException"},
	{" NaN ", 167, "-2251799813685248", "FormatException"},
	{" NaN ", 511, "-2251799813685248", "FormatException"},
	{" NaN ", 0, "-2251799813685248", "FormatException"},
	{"Infinity", 7, "9218868437227405312", "FormatException"},
	{"Infinity", 167, "9218868437227405312", "FormatException"},
	{"Infinity", 511, "9218868437227405312", "FormatException"},
	{"Infinity", 0, "9218868437227405312", "FormatException"},
	{"-Infinity", 7, "-4503599627370496", "FormatException"},
	{"-Infinity", 167, "-4503599627370496", "FormatException"},
	{"-Infinity", 511, "-4503599627370496", "FormatException"},
	{"-Infinity", 0, "-4503599627370496", "FormatException"},
	{"+Infinity", 7, "FormatException", "FormatException"},
	{"+Infinity", 167, "FormatException", "FormatException"},
	{"+Infinity", 511, "FormatException", "FormatException"},
	{"+Infinity", 0, "FormatException", "FormatException"},
	{"infinity", 7, "FormatException", "FormatException"},
	{"infinity", 167, "FormatException", "FormatException"},
	{"infinity", 511, "FormatException", "FormatException"},
	{"infinity", 0, "FormatException", "FormatException"},
	{"∞", 7, "FormatException", "FormatException"},
	{"∞", 167, "FormatException", "FormatException"},
	{"∞", 511, "FormatException", "FormatException"},
	{"∞", 0, "FormatException", "FormatException"},
	{" Infinity", 7, "9218868437227405312", "FormatException"},
	{" Infinity", 167, "9218868437227405312", "FormatException"},
	{" Infinity", 511, "9218868437227405312", "FormatException"},
	{" Infinity", 0, "9218868437227405312", "FormatException"},
	{"0x10", 7, "FormatException", "FormatException"},
	{"0x10", 167, "FormatException", "FormatException"},
	{"0x10", 511, "FormatException", "FormatException"},
	{"0x10", 0, "FormatException", "FormatException"},
	{"1_000", 7, "FormatException", "FormatException"},
	{"1_000", 167, "FormatException", "FormatException"},
	{"1_000", 511, "FormatException", "FormatException"},
	{"1_000", 0, "FormatException", "FormatException"},
	{"1 000", 7, "FormatException", "FormatException"},
	{"1 000", 167, "FormatException", "FormatException"},
	{"1 000", 511, "FormatException", "FormatException"},
	{"1 000", 0, "FormatException", "FormatException"},
	{"١٢", 7, "FormatException", "FormatException"},
	{"١٢", 167, "FormatException", "FormatException"},
	{"١٢", 511, "FormatException", "FormatException"},
	{"١٢", 0, "FormatException", "FormatException"},
	{"１", 7, "FormatException", "FormatException"},
	{"１", 167, "FormatException", "FormatException"},
	{"１", 511, "FormatException", "FormatException"},
	{"１", 0, "FormatException", "FormatException"},
	{"123456789012345678901234567890", 7, "5042042089369253694", "OverflowException"},
	{"123456789012345678901234567890", 167, "5042042089369253694", "OverflowException"},
	{"123456789012345678901234567890", 511, "5042042089369253694", "OverflowException"},
	{"123456789012345678901234567890", 0, "5042042089369253694", "OverflowException"},
	{"1234567890123456789012345678901234567890123456789012345678901234567890", 7, "5640447878936066579", "OverflowException"},
	{"1234567890123456789012345678901234567890123456789012345678901234567890", 167, "5640447878936066579", "OverflowException"},
	{"1234567890123456789012345678901234567890123456789012345678901234567890", 511, "5640447878936066579", "OverflowException"},
	{"1234567890123456789012345678901234567890123456789012345678901234567890", 0, "5640447878936066579", "OverflowException"},
	{"0.1234567890123456789012345678901234567890123456789012345678901234567890", 7, "FormatException", "FormatException"},
	{"0.1234567890123456789012345678901234567890123456789012345678901234567890", 167, "4593560419847042655", "-1103563953,1836677777,66926059,1835008"},
	{"0.1234567890123456789012345678901234567890123456789012345678901234567890", 511, "4593560419847042655", "-1103563953,1836677777,66926059,1835008"},
	{"0.1234567890123456789012345678901234567890123456789012345678901234567890", 0, "FormatException", "FormatException"},
	{"79228162514264337593543950335", 7, "5039527983027585024", "-1,-1,-1,0"},
	{"79228162514264337593543950335", 167, "5039527983027585024", "-1,-1,-1,0"},
	{"79228162514264337593543950335", 511, "5039527983027585024", "-1,-1,-1,0"},
	{"79228162514264337593543950335", 0, "5039527983027585024", "-1,-1,-1,0"},
	{"79228162514264337593543950336", 7, "5039527983027585024", "OverflowException"},
	{"79228162514264337593543950336", 167, "5039527983027585024", "OverflowException"},
	{"79228162514264337593543950336", 511, "5039527983027585024", "OverflowException"},
	{"79228162514264337593543950336", 0, "5039527983027585024", "OverflowException"},
	{"79228162514264337593543950335.4", 7, "FormatException", "FormatException"},
	{"79228162514264337593543950335.4", 167, "5039527983027585024", "-1,-1,-1,0"},
	{"79228162514264337593543950335.4", 511, "5039527983027585024", "-1,-1,-1,0"},
	{"79228162514264337593543950335.4", 0, "FormatException", "FormatException"},
	{"79228162514264337593543950335.5", 7, "FormatException", "FormatException"},
	{"79228162514264337593543950335.5", 167, "5039527983027585024", "OverflowException"},
	{"79228162514264337593543950335.5", 511, "5039527983027585024", "OverflowException"},
	{"79228162514264337593543950335.5", 0, "FormatException", "FormatException"},
	{"7922816251426433759354395033.55", 7, "FormatException", "FormatException"},
	{"7922816251426433759354395033.55", 167, "5024215744294525338", "-1717986918,-1717986919,429496729,0"},
	{"7922816251426433759354395033.55", 511, "5024215744294525338", "-1717986918,-1717986919,429496729,0"},
	{"7922816251426433759354395033.55", 0, "FormatException", "FormatException"},
	{"7922816251426433759354395033.45", 7, "FormatException", "FormatException"},
	{"7922816251426433759354395033.45", 167, "5024215744294525338", "-2,-1,-1,65536"},
	{"7922816251426433759354395033.45", 511, "5024215744294525338", "-2,-1,-1,65536"},
	{"7922816251426433759354395033.45", 0, "FormatException", "FormatException"},
	{"7922816251426433759354395033.5", 7, "FormatException", "FormatException"},
	{"7922816251426433759354395033.5", 167, "5024215744294525338", "-1,-1,-1,65536"},
	{"7922816251426433759354395033.5", 511, "5024215744294525338", "-1,-1,-1,65536"},
	{"7922816251426433759354395033.5", 0, "FormatException", "FormatException"},
	{"7922816251426433759354395032.5", 7, "FormatException", "FormatException"},
	{"7922816251426433759354395032.5", 167, "5024215744294525338", "-11,-1,-1,65536"},
	{"7922816251426433759354395032.5", 511, "5024215744294525338", "-11,-1,-1,65536"},
	{"7922816251426433759354395032.5", 0, "FormatException", "FormatException"},
	{"0.00000000000000000000000000005", 7, "FormatException", "FormatException"},
	{"0.00000000000000000000000000005", 167, "4183757152651862041", "0,0,0,1835008"},
	{"0.00000000000000000000000000005", 511, "4183757152651862041", "0,0,0,1835008"},
	{"0.00000000000000000000000000005", 0, "FormatException", "FormatException"},
	{"0.00000000000000000000000000015", 7, "FormatException", "FormatException"},
	{"0.00000000000000000000000000015", 167, "4190534277386749971", "2,0,0,1835008"},
	{"0.00000000000000000000000000015", 511, "4190534277386749971", "2,0,0,1835008"},
	{"0.00000000000000000000000000015", 0, "FormatException", "FormatException"},
	{"0.00000000000000000000000000025", 7, "FormatException", "FormatException"},
	{"0.00000000000000000000000000025", 167, "4193922839754193936", "2,0,0,1835008"},
	{"0.00000000000000000000000000025", 511, "4193922839754193936", "2,0,0,1835008"},
	{"0.00000000000000000000000000025", 0, "FormatException", "FormatException"},
	{"0.000000000000000000000000000051", 7, "FormatException", "FormatException"},
	{"0.000000000000000000000000000051", 167, "4183889806220320535", "1,0,0,1835008"},
	{"0.000000000000000000000000000051", 511, "4183889806220320535", "1,0,0,1835008"},
	{"0.000000000000000000000000000051", 0, "FormatException", "FormatException"},
	{"0.00000000000000000000000000004", 7, "FormatException", "FormatException"},
	{"0.00000000000000000000000000004", 167, "4181973093035979591", "0,0,0,1835008"},
	{"0.00000000000000000000000000004", 511, "4181973093035979591", "0,0,0,1835008"},
	{"0.00000000000000000000000000004", 0, "FormatException", "FormatException"},
	{"0.0000000000000000000000000001", 7, "FormatException", "FormatException"},
	{"0.0000000000000000000000000001", 167, "4188260752279232537", "1,0,0,1835008"},
	{"0.0000000000000000000000000001", 511, "4188260752279232537", "1,0,0,1835008"},
	{"0.0000000000000000000000000001", 0, "FormatException", "FormatException"},
	{"0.00000000000000000000000000001", 7, "FormatException", "FormatException"},
	{"0.00000000000000000000000000001", 167, "4172965893781238599", "0,0,0,1835008"},
	{"0.00000000000000000000000000001", 511, "4172965893781238599", "0,0,0,1835008"},
	{"0.00000000000000000000000000001", 0, "FormatException", "FormatException"},
	{"1.00000000000000000000000000005", 7, "FormatException", "FormatException"},
	{"1.00000000000000000000000000005", 167, "4607182418800017408", "268435456,1042612833,542101086,1835008"},
	{"1.00000000000000000000000000005", 511, "4607182418800017408", "268435456,1042612833,542101086,1835008"},
	{"1.00000000000000000000000000005", 0, "FormatException", "FormatException"},
	{"1.00000000000000000000000000015", 7, "FormatException", "FormatException"},
	{"1.00000000000000000000000000015", 167, "4607182418800017408", "268435458,1042612833,542101086,1835008"},
	{"1.00000000000000000000000000015", 511, "4607182418800017408", "268435458,1042612833,542101086,1835008"},
	{"1.00000000000000000000000000015", 0, "FormatException", "FormatException"},
	{"1.000000000000000000000000000050000000000000000000001", 7, "FormatException", "FormatException"},
	{"1.000000000000000000000000000050000000000000000000001", 167, "4607182418800017408", "268435456,1042612833,542101086,1835008"},
	{"1.000000000000000000000000000050000000000000000000001", 511, "4607182418800017408", "268435456,1042612833,542101086,1835008"},
	{"1.000000000000000000000000000050000000000000000000001", 0, "FormatException", "FormatException"},
	{"1.0000000000000000000000000000500000000000000000000000001", 7, "FormatException", "FormatException"},
	{"1.0000000000000000000000000000500000000000000000000000001", 167, "4607182418800017408", "268435456,1042612833,542101086,1835008"},
	{"1.0000000000000000000000000000500000000000000000000000001", 511, "4607182418800017408", "268435456,1042612833,542101086,1835008"},
	{"1.0000000000000000000000000000500000000000000000000000001", 0, "FormatException", "FormatException"},
	{"2.5", 7, "FormatException", "FormatException"},
	{"2.5", 167, "4612811918334230528", "25,0,0,65536"},
	{"2.5", 511, "4612811918334230528", "25,0,0,65536"},
	{"2.5", 0, "FormatException", "FormatException"},
	{"1e28", 7, "FormatException", "FormatException"},
	{"1e28", 167, "5026061058026967681", "268435456,1042612833,542101086,0"},
	{"1e28", 511, "5026061058026967681", "268435456,1042612833,542101086,0"},
	{"1e28", 0, "FormatException", "FormatException"},
	{"1e29", 7, "FormatException", "FormatException"},
	{"1e29", 167, "5040708725286295329", "OverflowException"},
	{"1e29", 511, "5040708725286295329", "OverflowException"},
	{"1e29", 0, "FormatException", "FormatException"},
	{"9.9999999999999999999999999999e28", 7, "FormatException", "FormatException"},
	{"9.9999999999999999999999999999e28", 167, "5040708725286295329", "OverflowException"},
	{"9.9999999999999999999999999999e28", 511, "5040708725286295329", "OverflowException"},
	{"9.9999999999999999999999999999e28", 0, "FormatException", "FormatException"},
	{"1e-28", 7, "FormatException", "FormatException"},
	{"1e-28", 167, "4188260752279232537", "1,0,0,1835008"},
	{"1e-28", 511, "4188260752279232537", "1,0,0,1835008"},
	{"1e-28", 0, "FormatException", "FormatException"},
	{"1e-29", 7, "FormatException", "FormatException"},
	{"1e-29", 167, "4172965893781238599", "0,0,0,1835008"},
	{"1e-29", 511, "4172965893781238599", "0,0,0,1835008"},
	{"1e-29", 0, "FormatException", "FormatException"},
	{"1.5e-28", 7, "FormatException", "FormatException"},
	{"1.5e-28", 167, "4190534277386749971", "2,0,0,1835008"},
	{"1.5e-28", 511, "4190534277386749971", "2,0,0,1835008"},
	{"1.5e-28", 0, "FormatException", "FormatException"},
	{"123.456e-30", 7, "FormatException", "FormatException"},
	{"123.456e-30", 167, "4189350375425650377", "1,0,0,1835008"},
	{"123.456e-30", 511, "4189350375425650377", "1,0,0,1835008"},
	{"123.456e-30", 0, "FormatException", "FormatException"},
	{"0.0000000000000000000000000000000000001e37", 7, "FormatException", "FormatException"},
	{"0.0000000000000000000000000000000000001e37", 167, "4607182418800017408", "1,0,0,0"},
	{"0.0000000000000000000000000000000000001e37", 511, "4607182418800017408", "1,0,0,0"},
	{"0.0000000000000000000000000000000000001e37", 0, "FormatException", "FormatException"},
	{"1e1000", 7, "FormatException", "FormatException"},
	{"1e1000", 167, "OverflowException", "OverflowException"},
	{"1e1000", 511, "OverflowException", "OverflowException"},
	{"1e1000", 0, "FormatException", "FormatException"},
	{"1e-1000", 7, "FormatException", "FormatException"},
	{"1e-1000", 167, "0", "0,0,0,1835008"},
	{"1e-1000", 511, "0", "0,0,0,1835008"},
	{"1e-1000", 0, "FormatException", "FormatException"},
	{"1e99999999999", 7, "FormatException", "FormatException"},
	{"1e99999999999", 167, "OverflowException", "OverflowException"},
	{"1e99999999999", 511, "OverflowException", "OverflowException"},
	{"1e99999999999", 0, "FormatException", "FormatException"},
	{"-1e-1000", 7, "FormatException", "FormatException"},
	{"-1e-1000", 167, "0", "0,0,0,-2145648640"},
	{"-1e-1000", 511, "0", "0,0,0,-2145648640"},
	{"-1e-1000", 0, "FormatException", "FormatException"},
	{"1.7976931348623157e308", 7, "FormatException", "FormatException"},
	{"1.7976931348623157e308", 167, "9218868437227405311", "OverflowException"},
	{"1.7976931348623157e308", 511, "9218868437227405311", "OverflowException"},
	{"1.7976931348623157e308", 0, "FormatException", "FormatException"},
	{"1.7976931348623158e308", 7, "FormatException", "FormatException"},
	{"1.7976931348623158e308", 167, "9218868437227405311", "OverflowException"},
	{"1.7976931348623158e308", 511, "9218868437227405311", "OverflowException"},
	{"1.7976931348623158e308", 0, "FormatException", "FormatException"},
	{"1.7976931348623159e308", 7, "FormatException", "FormatException"},
	{"1.7976931348623159e308", 167, "OverflowException", "OverflowException"},
	{"1.7976931348623159e308", 511, "OverflowException", "OverflowException"},
	{"1.7976931348623159e308", 0, "FormatException", "FormatException"},
	{"4.9406564584124654e-324", 7, "FormatException", "FormatException"},
	{"4.9406564584124654e-324", 167, "1", "0,0,0,1835008"},
	{"4.9406564584124654e-324", 511, "1", "0,0,0,1835008"},
	{"4.9406564584124654e-324", 0, "FormatException", "FormatException"},
	{"2.4703282292062328e-324", 7, "FormatException", "FormatException"},
	{"2.4703282292062328e-324", 167, "1", "0,0,0,1835008"},
	{"2.4703282292062328e-324", 511, "1", "0,0,0,1835008"},
	{"2.4703282292062328e-324", 0, "FormatException", "FormatException"},
	{"2.4703282292062327e-324", 7, "FormatException", "FormatException"},
	{"2.4703282292062327e-324", 167, "1", "0,0,0,1835008"},
	{"2.4703282292062327e-324", 511, "1", "0,0,0,1835008"},
	{"2.4703282292062327e-324", 0, "FormatException", "FormatException"},
	{"1e-400", 7, "FormatException", "FormatException"},
	{"1e-400", 167, "0", "0,0,0,1835008"},
	{"1e-400", 511, "0", "0,0,0,1835008"},
	{"1e-400", 0, "FormatException", "FormatException"},
	{"00001", 7, "4607182418800017408", "1,0,0,0"},
	{"00001", 167, "4607182418800017408", "1,0,0,0"},
	{"00001", 511, "4607182418800017408", "1,0,0,0"},
	{"00001", 0, "4607182418800017408", "1,0,0,0"},
	{"0001.1000", 7, "FormatException", "FormatException"},
	{"0001.1000", 167, "4607632778762754458", "11000,0,0,262144"},
	{"0001.1000", 511, "4607632778762754458", "11000,0,0,262144"},
	{"0001.1000", 0, "FormatException", "FormatException"},
	{"1.10", 7, "FormatException", "FormatException"},
	{"1.10", 167, "4607632778762754458", "110,0,0,131072"},
	{"1.10", 511, "4607632778762754458", "110,0,0,131072"},
	{"1.10", 0, "FormatException", "FormatException"},
	{"100", 7, "4636737291354636288", "100,0,0,0"},
	{"100", 167, "4636737291354636288", "100,0,0,0"},
	{"100", 511, "4636737291354636288", "100,0,0,0"},
	{"100", 0, "4636737291354636288", "100,0,0,0"},
	{"1.0e2", 7, "FormatException", "FormatException"},
	{"1.0e2", 167, "4636737291354636288", "100,0,0,0"},
	{"1.0e2", 511, "4636737291354636288", "100,0,0,0"},
	{"1.0e2", 0, "FormatException", "FormatException"},
	{"10.0E-1", 7, "FormatException", "FormatException"},
	{"10.0E-1", 167, "4607182418800017408", "100,0,0,131072"},
	{"10.0E-1", 511, "4607182418800017408", "100,0,0,131072"},
	{"10.0E-1", 0, "FormatException", "FormatException"},
	{" +1.5e+3 ", 7, "FormatException", "FormatException"},
	{" +1.5e+3 ", 167, "4654311885213007872", "1500,0,0,0"},
	{" +1.5e+3 ", 511, "4654311885213007872", "1500,0,0,0"},
	{" +1.5e+3 ", 0, "FormatException", "FormatException"},
	{"(1.5e3)", 7, "FormatException", "FormatException"},
	{"(1.5e3)", 167, "FormatException", "FormatException"},
	{"(1.5e3)", 511, "-4569060151641767936", "1500,0,0,-2147483648"},
	{"(1.5e3)", 0, "FormatException", "FormatException"},
	{"1.5e3-", 7, "FormatException", "FormatException"},
	{"1.5e3-", 167, "FormatException", "FormatException"},
	{"1.5e3-", 511, "-4569060151641767936", "1500,0,0,-2147483648"},
	{"1.5e3-", 0, "FormatException", "FormatException"},
	{"1,000e3", 7, "FormatException", "FormatException"},
	{"1,000e3", 167, "FormatException", "FormatException"},
	{"1,000e3", 511, "4696837146684686336", "1000000,0,0,0"},
	{"1,000e3", 0, "FormatException", "FormatException"},
	{"1e3.5", 7, "FormatException", "FormatException"},
	{"1e3.5", 167, "FormatException", "FormatException"},
	{"1e3.5", 511, "FormatException", "FormatException"},
	{"1e3.5", 0, "FormatException", "FormatException"},
	{"1e0003", 7, "FormatException", "FormatException"},
	{"1e0003", 167, "4652007308841189376", "1000,0,0,0"},
	{"1e0003", 511, "4652007308841189376", "1000,0,0,0"},
	{"1e0003", 0, "FormatException", "FormatException"},
	{"1e-0003", 7, "FormatException", "FormatException"},
	{"1e-0003", 167, "4562254508917369340", "1,0,0,196608"},
	{"1e-0003", 511, "4562254508917369340", "1,0,0,196608"},
	{"1e-0003", 0, "FormatException", "FormatException"},
	{"1.e3", 7, "FormatException", "FormatException"},
	{"1.e3", 167, "4652007308841189376", "1000,0,0,0"},
	{"1.e3", 511, "4652007308841189376", "1000,0,0,0"},
	{"1.e3", 0, "FormatException", "FormatException"},
	{".e3", 7, "FormatException", "FormatException"},
	{".e3", 167, "FormatException", "FormatException"},
	{".e3", 511, "FormatException", "FormatException"},
	{".e3", 0, "FormatException", "FormatException"},
	{"-.", 7, "FormatException", "FormatException"},
	{"-.", 167, "FormatException", "FormatException"},
	{"-.", 511, "FormatException", "FormatException"},
	{"-.", 0, "FormatException", "FormatException"},
	{"+", 7, "FormatException", "FormatException"},
	{"+", 167, "FormatException", "FormatException"},
	{"+", 511, "FormatException", "FormatException"},
	{"+", 0, "FormatException", "FormatException"},
	{"-", 7, "FormatException", "FormatException"},
	{"-", 167, "FormatException", "FormatException"},
	{"-", 511, "FormatException", "FormatException"},
	{"-", 0, "FormatException", "FormatException"},
	{"(", 7, "FormatException", "FormatException"},
	{"(", 167, "FormatException", "FormatException"},
	{"(", 511, "FormatException", "FormatException"},
	{"(", 0, "FormatException", "FormatException"},
	{"()", 7, "FormatException", "FormatException"},
	{"()", 167, "FormatException", "FormatException"},
	{"()", 511, "FormatException", "FormatException"},
	{"()", 0, "FormatException", "FormatException"},
	{"¤", 7, "FormatException", "FormatException"},
	{"¤", 167, "FormatException", "FormatException"},
	{"¤", 511, "FormatException", "FormatException"},
	{"¤", 0, "FormatException", "FormatException"},
}

func TestParseCases(t *testing.T) {
	for _, tc := range parseCases {
		v, r := parseDouble(tc.s, tc.styles)
		got := []string{strconv.FormatInt(int64(math.Float64bits(v)), 10), "FormatException", "OverflowException"}[r]
		if got != tc.double {
			t.Errorf("double.Parse(%q, %d): got %s want %s", tc.s, tc.styles, got, tc.double)
		}
		d, r := parseDecimal(tc.s, tc.styles)
		got = []string{decBits(d), "FormatException", "OverflowException"}[r]
		if got != tc.decVal {
			t.Errorf("decimal.Parse(%q, %d): got %s want %s", tc.s, tc.styles, got, tc.decVal)
		}
	}
}

// mathCases were recorded with Mono (glibc): function, argument bits
// (two for Pow and Atan2), result bits. Special arguments first, then
// random ones where glibc's result is correctly rounded.
const mathCases = `Sin 0000000000000000 0000000000000000
Sin 8000000000000000 8000000000000000
Sin 3FF0000000000000 3FEAED548F090CEE
Sin BFF0000000000000 BFEAED548F090CEE
Sin 3FE0000000000000 3FDEAEE8744B05F0
Sin BFE0000000000000 BFDEAEE8744B05F0
Sin 4000000000000000 3FED18F6EAD1B446
Sin C000000000000000 BFED18F6EAD1B446
Sin 4008000000000000 3FC210386DB6D55B
Sin C008000000000000 BFC210386DB6D55B
Sin 3FE8000000000000 3FE5CFFC16BF8F0D
Sin 3FF8000000000000 3FEFEB7A9B2C6D8B
Sin 7FF0000000000000 FFF8000000000000
Sin FFF0000000000000 FFF8000000000000
Sin FFF8000000000000 FFF8000000000000
Sin 7FF8000000000123 7FF8000000000123
Sin 7FE1CCF385EBC8A0 3FDD0472B6B4D936
Sin FFE1CCF385EBC8A0 BFDD0472B6B4D936
Sin 0000000000000001 0000000000000001
Sin 4086300000000000 3F0F9BD0303F6FAF
Sin C086300000000000 BF0F9BD0303F6FAF
Sin 00000000000007E8 00000000000007E8
Sin 4036000000000000 BF8220A29F6EB9F4
Sin 3FD3333333333333 3FD2E9CD95BABA33
Cos 0000000000000000 3FF0000000000000
Cos 8000000000000000 3FF0000000000000
Cos 3FF0000000000000 3FE14A280FB5068C
Cos BFF0000000000000 3FE14A280FB5068C
Cos 3FE0000000000000 3FEC1528065B7D50
Cos BFE0000000000000 3FEC1528065B7D50
Cos 4000000000000000 BFDAA22657537205
Cos C000000000000000 BFDAA22657537205
Cos 4008000000000000 BFEFAE04BE85E5D2
Cos C008000000000000 BFEFAE04BE85E5D2
Cos 3FE8000000000000 3FE769FEC655211F
Cos 3FF8000000000000 3FB21BD54FC5F9A7
Cos 7FF0000000000000 FFF8000000000000
Cos FFF0000000000000 FFF8000000000000
Cos FFF8000000000000 FFF8000000000000
Cos 7FF8000000000123 7FF8000000000123
Cos 7FE1CCF385EBC8A0 BFEC859A523FF229
Cos FFE1CCF385EBC8A0 BFEC859A523FF229
Cos 0000000000000001 3FF0000000000000
Cos 4086300000000000 3FEFFFFFFF063930
Cos C086300000000000 3FEFFFFFFF063930
Cos 00000000000007E8 3FF0000000000000
Cos 4036000000000000 BFEFFFADD8D4ACDA
Cos 3FD3333333333333 3FEE921DD42F09BA
Tan 0000000000000000 0000000000000000
Tan 8000000000000000 8000000000000000
Tan 3FF0000000000000 3FF8EB245CBEE3A6
Tan BFF0000000000000 BFF8EB245CBEE3A6
Tan 3FE0000000000000 3FE17B4F5BF3474A
Tan BFE0000000000000 BFE17B4F5BF3474A
Tan 4000000000000000 C0017AF62E0950F8
Tan C000000000000000 40017AF62E0950F8
Tan 4008000000000000 BFC23EF71254B86F
Tan C008000000000000 3FC23EF71254B86F
Tan 3FE8000000000000 3FEDCFA36110EEEC
Tan 3FF8000000000000 402C33ED50B88777
Tan 7FF0000000000000 FFF8000000000000
Tan FFF0000000000000 FFF8000000000000
Tan FFF8000000000000 FFF8000000000000
Tan 7FF8000000000123 7FF8000000000123
Tan 7FE1CCF385EBC8A0 BFE047282056E683
Tan FFE1CCF385EBC8A0 3FE047282056E683
Tan 0000000000000001 0000000000000001
Tan 4086300000000000 3F0F9BD03136287D
Tan C086300000000000 BF0F9BD03136287D
Tan 00000000000007E8 00000000000007E8
Tan 4036000000000000 3F8220D129B73EF8
Tan 3FD3333333333333 3FD3CC2A44E29998
Asin 0000000000000000 0000000000000000
Asin 8000000000000000 8000000000000000
Asin 3FF0000000000000 3FF921FB54442D18
Asin BFF0000000000000 BFF921FB54442D18
Asin 3FE0000000000000 3FE0C152382D7366
Asin BFE0000000000000 BFE0C152382D7366
Asin 4000000000000000 7FF8000000000000
Asin C000000000000000 7FF8000000000000
Asin 4008000000000000 7FF8000000000000
Asin C008000000000000 7FF8000000000000
Asin 3FE8000000000000 3FEB235315C680DC
Asin 3FF8000000000000 7FF8000000000000
Asin 7FF0000000000000 7FF8000000000000
Asin FFF0000000000000 7FF8000000000000
Asin FFF8000000000000 FFF8000000000000
Asin 7FF8000000000123 7FF8000000000123
Asin 7FE1CCF385EBC8A0 7FF8000000000000
Asin FFE1CCF385EBC8A0 7FF8000000000000
Asin 0000000000000001 0000000000000001
Asin 4086300000000000 7FF8000000000000
Asin C086300000000000 7FF8000000000000
Asin 00000000000007E8 00000000000007E8
Asin 4036000000000000 7FF8000000000000
Asin 3FD3333333333333 3FD380159E14F6FF
Acos 0000000000000000 3FF921FB54442D18
Acos 8000000000000000 3FF921FB54442D18
Acos 3FF0000000000000 0000000000000000
Acos BFF0000000000000 400921FB54442D18
Acos 3FE0000000000000 3FF0C152382D7366
Acos BFE0000000000000 4000C152382D7366
Acos 4000000000000000 7FF8000000000000
Acos C000000000000000 7FF8000000000000
Acos 4008000000000000 7FF8000000000000
Acos C008000000000000 7FF8000000000000
Acos 3FE8000000000000 3FE720A392C1D955
Acos 3FF8000000000000 7FF8000000000000
Acos 7FF0000000000000 7FF8000000000000
Acos FFF0000000000000 7FF8000000000000
Acos FFF8000000000000 FFF8000000000000
Acos 7FF8000000000123 7FF8000000000123
Acos 7FE1CCF385EBC8A0 7FF8000000000000
Acos FFE1CCF385EBC8A0 7FF8000000000000
Acos 0000000000000001 3FF921FB54442D18
Acos 4086300000000000 7FF8000000000000
Acos C086300000000000 7FF8000000000000
Acos 00000000000007E8 3FF921FB54442D18
Acos 4036000000000000 7FF8000000000000
Acos 3FD3333333333333 3FF441F5ECBEEF59
Atan 0000000000000000 0000000000000000
Atan 8000000000000000 8000000000000000
Atan 3FF0000000000000 3FE921FB54442D18
Atan BFF0000000000000 BFE921FB54442D18
Atan 3FE0000000000000 3FDDAC670561BB4F
Atan BFE0000000000000 BFDDAC670561BB4F
Atan 4000000000000000 3FF1B6E192EBBE44
Atan C000000000000000 BFF1B6E192EBBE44
Atan 4008000000000000 3FF3FC176B7A8560
Atan C008000000000000 BFF3FC176B7A8560
Atan 3FE8000000000000 3FE4978FA3269EE1
Atan 3FF8000000000000 3FEF730BD281F69B
Atan 7FF0000000000000 3FF921FB54442D18
Atan FFF0000000000000 BFF921FB54442D18
Atan FFF8000000000000 FFF8000000000000
Atan 7FF8000000000123 7FF8000000000123
Atan 7FE1CCF385EBC8A0 3FF921FB54442D18
Atan FFE1CCF385EBC8A0 BFF921FB54442D18
Atan 0000000000000001 0000000000000001
Atan 4086300000000000 3FF91C367668C617
Atan C086300000000000 BFF91C367668C617
Atan 00000000000007E8 00000000000007E8
Atan 4036000000000000 3FF867ED918AB138
Atan 3FD3333333333333 3FD2A73A661EAF06
Sinh 0000000000000000 0000000000000000
Sinh 8000000000000000 8000000000000000
Sinh 3FF0000000000000 3FF2CD9FC44EB982
Sinh BFF0000000000000 BFF2CD9FC44EB982
Sinh 3FE0000000000000 3FE0ACD00FE63B97
Sinh BFE0000000000000 BFE0ACD00FE63B97
Sinh 4000000000000000 400D03CF63B6E1A0
Sinh C000000000000000 C00D03CF63B6E1A0
Sinh 4008000000000000 40240926E70949AE
Sinh C008000000000000 C0240926E70949AE
Sinh 3FE8000000000000 3FEA506B2DD3C690
Sinh 3FF8000000000000 400108C3AABD6A60
Sinh 7FF0000000000000 7FF0000000000000
Sinh FFF0000000000000 FFF0000000000000
Sinh FFF8000000000000 FFF8000000000000
Sinh 7FF8000000000123 7FF8000000000123
Sinh 7FE1CCF385EBC8A0 7FF0000000000000
Sinh FFE1CCF385EBC8A0 FFF0000000000000
Sinh 0000000000000001 0000000000000001
Sinh 4086300000000000 7FE3E21A464507FA
Sinh C086300000000000 FFE3E21A464507FA
Sinh 00000000000007E8 00000000000007E8
Sinh 4036000000000000 41DAB5ADB9C43600
Sinh 3FD3333333333333 3FD37D42AF54B926
Cosh 0000000000000000 3FF0000000000000
Cosh 8000000000000000 3FF0000000000000
Cosh 3FF0000000000000 3FF8B07551D9F550
Cosh BFF0000000000000 3FF8B07551D9F550
Cosh 3FE0000000000000 3FF20AC1862AE8D0
Cosh BFE0000000000000 3FF20AC1862AE8D0
Cosh 4000000000000000 400E18FA0DF2D9BC
Cosh C000000000000000 400E18FA0DF2D9BC
Cosh 4008000000000000 402422A497D6185E
Cosh C008000000000000 402422A497D6185E
Cosh 3FE8000000000000 3FF4B705D1E5D6A8
Cosh 3FF8000000000000 4002D1BC21E22022
Cosh 7FF0000000000000 7FF0000000000000
Cosh FFF0000000000000 7FF0000000000000
Cosh FFF8000000000000 FFF8000000000000
Cosh 7FF8000000000123 7FF8000000000123
Cosh 7FE1CCF385EBC8A0 7FF0000000000000
Cosh FFE1CCF385EBC8A0 7FF0000000000000
Cosh 0000000000000001 3FF0000000000000
Cosh 4086300000000000 7FE3E21A464507FA
Cosh C086300000000000 7FE3E21A464507FA
Cosh 00000000000007E8 3FF0000000000000
Cosh 4036000000000000 41DAB5ADB9C43600
Cosh 3FD3333333333333 3FF0B9B4E0B6EC4C
Tanh 0000000000000000 0000000000000000
Tanh 8000000000000000 8000000000000000
Tanh 3FF0000000000000 3FE85EFAB514F394
Tanh BFF0000000000000 BFE85EFAB514F394
Tanh 3FE0000000000000 3FDD9353D7568AF3
Tanh BFE0000000000000 BFDD9353D7568AF3
Tanh 4000000000000000 3FEED9505E1BC3D4
Tanh C000000000000000 BFEED9505E1BC3D4
Tanh 4008000000000000 3FEFD77D111A0B00
Tanh C008000000000000 BFEFD77D111A0B00
Tanh 3FE8000000000000 3FE45323E552F228
Tanh 3FF8000000000000 3FECF6F9786DF577
Tanh 7FF0000000000000 3FF0000000000000
Tanh FFF0000000000000 BFF0000000000000
Tanh FFF8000000000000 FFF8000000000000
Tanh 7FF8000000000123 7FF8000000000123
Tanh 7FE1CCF385EBC8A0 3FF0000000000000
Tanh FFE1CCF385EBC8A0 BFF0000000000000
Tanh 0000000000000001 0000000000000001
Tanh 4086300000000000 3FF0000000000000
Tanh C086300000000000 BFF0000000000000
Tanh 00000000000007E8 00000000000007E8
Tanh 4036000000000000 3FF0000000000000
Tanh 3FD3333333333333 3FD2A4DDA7D914FA
Asinh 0000000000000000 0000000000000000
Asinh 8000000000000000 8000000000000000
Asinh 3FF0000000000000 3FEC34366179D427
Asinh BFF0000000000000 BFEC34366179D427
Asinh 3FE0000000000000 3FDECC2CAEC5160A
Asinh BFE0000000000000 BFDECC2CAEC5160A
Asinh 4000000000000000 3FF719218313D087
Asinh C000000000000000 BFF719218313D087
Asinh 4008000000000000 3FFD185B507EDC0E
Asinh C008000000000000 BFFD185B507EDC0E
Asinh 3FE8000000000000 3FE62E42FEFA39EF
Asinh 3FF8000000000000 3FF31DC0090B63D9
Asinh 7FF0000000000000 7FF0000000000000
Asinh FFF0000000000000 FFF0000000000000
Asinh FFF8000000000000 FFF8000000000000
Asinh 7FF8000000000123 7FF8000000000123
Asinh 7FE1CCF385EBC8A0 40862F1D6695E8EC
Asinh FFE1CCF385EBC8A0 C0862F1D6695E8EC
Asinh 0000000000000001 0000000000000001
Asinh 4086300000000000 401D089D5326D8DF
Asinh C086300000000000 C01D089D5326D8DF
Asinh 00000000000007E8 00000000000007E8
Asinh 4036000000000000 400E4713D0ABF553
Asinh 3FD3333333333333 3FD2EC4EA565FCC1
Acosh 0000000000000000 FFF8000000000000
Acosh 8000000000000000 FFF8000000000000
Acosh 3FF0000000000000 0000000000000000
Acosh BFF0000000000000 FFF8000000000000
Acosh 3FE0000000000000 FFF8000000000000
Acosh BFE0000000000000 FFF8000000000000
Acosh 4000000000000000 3FF5124271980434
Acosh C000000000000000 FFF8000000000000
Acosh 4008000000000000 3FFC34366179D427
Acosh C008000000000000 FFF8000000000000
Acosh 3FE8000000000000 FFF8000000000000
Acosh 3FF8000000000000 3FEECC2CAEC5160A
Acosh 7FF0000000000000 7FF0000000000000
Acosh FFF0000000000000 FFF8000000000000
Acosh FFF8000000000000 FFF8000000000000
Acosh 7FF8000000000123 7FF8000000000123
Acosh 7FE1CCF385EBC8A0 40862F1D6695E8EC
Acosh FFE1CCF385EBC8A0 FFF8000000000000
Acosh 0000000000000001 FFF8000000000000
Acosh 4086300000000000 401D089D1096B506
Acosh C086300000000000 FFF8000000000000
Acosh 00000000000007E8 FFF8000000000000
Acosh 4036000000000000 400E44F631DEE728
Acosh 3FD3333333333333 FFF8000000000000
Atanh 0000000000000000 0000000000000000
Atanh 8000000000000000 8000000000000000
Atanh 3FF0000000000000 7FF0000000000000
Atanh BFF0000000000000 FFF0000000000000
Atanh 3FE0000000000000 3FE193EA7AAD030A
Atanh BFE0000000000000 BFE193EA7AAD030A
Atanh 4000000000000000 FFF8000000000000
Atanh C000000000000000 FFF8000000000000
Atanh 4008000000000000 FFF8000000000000
Atanh C008000000000000 FFF8000000000000
Atanh 3FE8000000000000 3FEF2272AE325A57
Atanh 3FF8000000000000 FFF8000000000000
Atanh 7FF0000000000000 FFF8000000000000
Atanh FFF0000000000000 FFF8000000000000
Atanh FFF8000000000000 FFF8000000000000
Atanh 7FF8000000000123 7FF8000000000123
Atanh 7FE1CCF385EBC8A0 FFF8000000000000
Atanh FFE1CCF385EBC8A0 FFF8000000000000
Atanh 0000000000000001 0000000000000001
Atanh 4086300000000000 FFF8000000000000
Atanh C086300000000000 FFF8000000000000
Atanh 00000000000007E8 00000000000007E8
Atanh 4036000000000000 FFF8000000000000
Atanh 3FD3333333333333 3FD3CF2B50617C96
Sqrt 0000000000000000 0000000000000000
Sqrt 8000000000000000 8000000000000000
Sqrt 3FF0000000000000 3FF0000000000000
Sqrt BFF0000000000000 FFF8000000000000
Sqrt 3FE0000000000000 3FE6A09E667F3BCD
Sqrt BFE0000000000000 FFF8000000000000
Sqrt 4000000000000000 3FF6A09E667F3BCD
Sqrt C000000000000000 FFF8000000000000
Sqrt 4008000000000000 3FFBB67AE8584CAA
Sqrt C008000000000000 FFF8000000000000
Sqrt 3FE8000000000000 3FEBB67AE8584CAA
Sqrt 3FF8000000000000 3FF3988E1409212E
Sqrt 7FF0000000000000 7FF0000000000000
Sqrt FFF0000000000000 FFF8000000000000
Sqrt FFF8000000000000 FFF8000000000000
Sqrt 7FF8000000000123 7FF8000000000123
Sqrt 7FE1CCF385EBC8A0 5FE7DDDF6B095FF1
Sqrt FFE1CCF385EBC8A0 FFF8000000000000
Sqrt 0000000000000001 1E60000000000000
Sqrt 4086300000000000 403AA554CCB17776
Sqrt C086300000000000 FFF8000000000000
Sqrt 00000000000007E8 1EB67E93DDBC0E73
Sqrt 4036000000000000 4012C2FC595456A7
Sqrt 3FD3333333333333 3FE186F174F88472
Cbrt 0000000000000000 0000000000000000
Cbrt 8000000000000000 8000000000000000
Cbrt 7FF0000000000000 7FF0000000000000
Cbrt FFF0000000000000 FFF0000000000000
Cbrt FFF8000000000000 FFF8000000000000
Cbrt 7FF8000000000123 7FF8000000000123
Exp 0000000000000000 3FF0000000000000
Exp 8000000000000000 3FF0000000000000
Exp 3FF0000000000000 4005BF0A8B145769
Exp BFF0000000000000 3FD78B56362CEF38
Exp 3FE0000000000000 3FFA61298E1E069C
Exp BFE0000000000000 3FE368B2FC6F960A
Exp 4000000000000000 401D8E64B8D4DDAE
Exp C000000000000000 3FC152AAA3BF81CC
Exp 4008000000000000 403415E5BF6FB106
Exp C008000000000000 3FA97DB0CCCEB0AF
Exp 3FE8000000000000 4000EF9DB467DCF8
Exp 3FF8000000000000 4011ED3FE64FC541
Exp 7FF0000000000000 7FF0000000000000
Exp FFF0000000000000 0000000000000000
Exp FFF8000000000000 FFF8000000000000
Exp 7FF8000000000123 7FF8000000000123
Exp 7FE1CCF385EBC8A0 7FF0000000000000
Exp FFE1CCF385EBC8A0 0000000000000000
Exp 0000000000000001 3FF0000000000000
Exp 4086300000000000 7FF0000000000000
Exp C086300000000000 00033802FD28B3C3
Exp 00000000000007E8 3FF0000000000000
Exp 4036000000000000 41EAB5ADB9C43600
Exp 3FD3333333333333 3FF599058C8C1A96
Log 0000000000000000 FFF0000000000000
Log 8000000000000000 FFF0000000000000
Log 3FF0000000000000 0000000000000000
Log BFF0000000000000 FFF8000000000000
Log 3FE0000000000000 BFE62E42FEFA39EF
Log BFE0000000000000 FFF8000000000000
Log 4000000000000000 3FE62E42FEFA39EF
Log C000000000000000 FFF8000000000000
Log 4008000000000000 3FF193EA7AAD030B
Log C008000000000000 FFF8000000000000
Log 3FE8000000000000 BFD269621134DB92
Log 3FF8000000000000 3FD9F323ECBF984C
Log 7FF0000000000000 7FF0000000000000
Log FFF0000000000000 FFF8000000000000
Log FFF8000000000000 FFF8000000000000
Log 7FF8000000000123 7FF8000000000123
Log 7FE1CCF385EBC8A0 40862991D5D62A5E
Log FFE1CCF385EBC8A0 FFF8000000000000
Log 0000000000000001 C0874385446D71C3
Log 4086300000000000 401A42D4D1FF8154
Log C086300000000000 FFF8000000000000
Log 00000000000007E8 C087069E3078E52D
Log 4036000000000000 4008BA74773DC5C8
Log 3FD3333333333333 BFF34378FCBDA721
Log10 0000000000000000 FFF0000000000000
Log10 8000000000000000 FFF0000000000000
Log10 3FF0000000000000 0000000000000000
Log10 BFF0000000000000 7FF8000000000000
Log10 3FE0000000000000 BFD34413509F79FF
Log10 BFE0000000000000 7FF8000000000000
Log10 4000000000000000 3FD34413509F79FF
Log10 C000000000000000 7FF8000000000000
Log10 4008000000000000 3FDE8927964FD5FD
Log10 C008000000000000 7FF8000000000000
Log10 3FE8000000000000 BFBFFBFC2BBC7802
Log10 3FF8000000000000 3FC68A288B60B7FC
Log10 7FF0000000000000 7FF0000000000000
Log10 FFF0000000000000 7FF8000000000000
Log10 FFF8000000000000 FFF8000000000000
Log10 7FF8000000000123 7FF8000000000123
Log10 7FE1CCF385EBC8A0 4073400000000000
Log10 FFE1CCF385EBC8A0 7FF8000000000000
Log10 0000000000000001 C07434E6420F4374
Log10 4086300000000000 4006CF608981902A
Log10 C086300000000000 7FF8000000000000
Log10 00000000000007E8 C07400000511DF19
Log10 4036000000000000 3FF57A903478A3EE
Log10 3FD3333333333333 BFE0BB6C34D81502
Floor 0000000000000000 0000000000000000
Floor 8000000000000000 8000000000000000
Floor 3FF0000000000000 3FF0000000000000
Floor BFF0000000000000 BFF0000000000000
Floor 3FE0000000000000 0000000000000000
Floor BFE0000000000000 BFF0000000000000
Floor 4000000000000000 4000000000000000
Floor C000000000000000 C000000000000000
Floor 4008000000000000 4008000000000000
Floor C008000000000000 C008000000000000
Floor 3FE8000000000000 0000000000000000
Floor 3FF8000000000000 3FF0000000000000
Floor 7FF0000000000000 7FF0000000000000
Floor FFF0000000000000 FFF0000000000000
Floor FFF8000000000000 FFF8000000000000
Floor 7FF8000000000123 7FF8000000000123
Floor 7FE1CCF385EBC8A0 7FE1CCF385EBC8A0
Floor FFE1CCF385EBC8A0 FFE1CCF385EBC8A0
Floor 0000000000000001 0000000000000000
Floor 4086300000000000 4086300000000000
Floor C086300000000000 C086300000000000
Floor 00000000000007E8 0000000000000000
Floor 4036000000000000 4036000000000000
Floor 3FD3333333333333 0000000000000000
Ceiling 0000000000000000 0000000000000000
Ceiling 8000000000000000 8000000000000000
Ceiling 3FF0000000000000 3FF0000000000000
Ceiling BFF0000000000000 BFF0000000000000
Ceiling 3FE0000000000000 3FF0000000000000
Ceiling BFE0000000000000 8000000000000000
Ceiling 4000000000000000 4000000000000000
Ceiling C000000000000000 C000000000000000
Ceiling 4008000000000000 4008000000000000
Ceiling C008000000000000 C008000000000000
Ceiling 3FE8000000000000 3FF0000000000000
Ceiling 3FF8000000000000 4000000000000000
Ceiling 7FF0000000000000 7FF0000000000000
Ceiling FFF0000000000000 FFF0000000000000
Ceiling FFF8000000000000 FFF8000000000000
Ceiling 7FF8000000000123 7FF8000000000123
Ceiling 7FE1CCF385EBC8A0 7FE1CCF385EBC8A0
Ceiling FFE1CCF385EBC8A0 FFE1CCF385EBC8A0
Ceiling 0000000000000001 3FF0000000000000
Ceiling 4086300000000000 4086300000000000
Ceiling C086300000000000 C086300000000000
Ceiling 00000000000007E8 3FF0000000000000
Ceiling 4036000000000000 4036000000000000
Ceiling 3FD3333333333333 3FF0000000000000
Atan2 4008000000000000 0000000000000000 3FF921FB54442D18
Pow 4000000000000000 0000000000000000 3FF0000000000000
Atan2 BFF0000000000000 0000000000000000 BFF921FB54442D18
Pow 3FE0000000000000 0000000000000000 3FF0000000000000
Atan2 3FF8000000000000 FFF8000000000000 FFF8000000000000
Pow 8000000000000000 BFE0000000000000 7FF0000000000000
Pow 0000000000000000 4008000000000000 0000000000000000
Pow 7FE1CCF385EBC8A0 4036000000000000 7FF0000000000000
Atan2 3FE8000000000000 0000000000000001 3FF921FB54442D18
Pow 3FF8000000000000 4008000000000000 400B000000000000
Atan2 C008000000000000 FFF8000000000000 FFF8000000000000
Atan2 4036000000000000 8000000000000000 3FF921FB54442D18
Atan2 4086300000000000 7FF8000000000123 7FF8000000000123
Atan2 3FD3333333333333 3FE8000000000000 3FD85A376B677DBF
Pow 7FE1CCF385EBC8A0 C000000000000000 0000000000000000
Pow C086300000000000 3FD3333333333333 FFF8000000000000
Pow C000000000000000 FFE1CCF385EBC8A0 0000000000000000
Atan2 FFF0000000000000 4086300000000000 BFF921FB54442D18
Atan2 4008000000000000 FFF8000000000000 FFF8000000000000
Atan2 7FE1CCF385EBC8A0 0000000000000000 3FF921FB54442D18
Atan2 BFF0000000000000 3FD3333333333333 BFF4782CBABC8157
Pow 4008000000000000 3FE8000000000000 40023C6E3224F9D0
Atan2 C008000000000000 4036000000000000 BFC158F8DDA27AA2
Atan2 C000000000000000 0000000000000000 BFF921FB54442D18
Pow C008000000000000 3FE0000000000000 FFF8000000000000
Pow FFF8000000000000 FFF0000000000000 FFF8000000000000
Pow C000000000000000 C086300000000000 1390000000000000
Pow FFF8000000000000 3FD3333333333333 FFF8000000000000
Pow 7FE1CCF385EBC8A0 0000000000000001 3FF0000000000000
Atan2 3FD3333333333333 4000000000000000 3FC30ED367D7CD04
Pow FFE1CCF385EBC8A0 4000000000000000 7FF0000000000000
Atan2 4086300000000000 3FE8000000000000 3FF91DA7ADCA9FCE
Atan2 3FE8000000000000 FFF8000000000000 FFF8000000000000
Pow 7FE1CCF385EBC8A0 0000000000000000 3FF0000000000000
Pow 3FE0000000000000 8000000000000000 3FF0000000000000
Pow FFF0000000000000 C000000000000000 0000000000000000
Pow 00000000000007E8 7FE1CCF385EBC8A0 0000000000000000
Pow 4036000000000000 8000000000000000 3FF0000000000000
Pow C000000000000000 4000000000000000 4010000000000000
Pow BFE0000000000000 4036000000000000 3E90000000000000
Atan2 4008000000000000 3FF0000000000000 3FF3FC176B7A8560
Atan2 3FE0000000000000 FFF8000000000000 FFF8000000000000
Atan2 4000000000000000 FFF0000000000000 400921FB54442D18
Pow FFE1CCF385EBC8A0 BFF0000000000000 800730D67819E8D2
Atan2 3FE8000000000000 8000000000000000 3FF921FB54442D18
Atan2 BFF0000000000000 3FF8000000000000 BFE2D0EAD6066395
Atan2 0000000000000000 4000000000000000 0000000000000000
Atan2 7FF0000000000000 00000000000007E8 3FF921FB54442D18
Atan2 3FD3333333333333 FFE1CCF385EBC8A0 400921FB54442D18
Atan2 8000000000000000 3FE0000000000000 8000000000000000
Atan2 00000000000007E8 4000000000000000 00000000000003F4
Atan2 3FF0000000000000 3FD3333333333333 3FF4782CBABC8157
Pow 3FD3333333333333 FFF0000000000000 7FF0000000000000
Pow 3FE8000000000000 0000000000000001 3FF0000000000000
Atan2 00000000000007E8 C086300000000000 400921FB54442D18
Atan2 BFF0000000000000 0000000000000001 BFF921FB54442D18
Pow 4008000000000000 FFF8000000000000 FFF8000000000000
Atan2 4036000000000000 3FD3333333333333 3FF8EA2173A3BA96
Atan2 8000000000000000 3FF8000000000000 8000000000000000
Pow 00000000000007E8 C008000000000000 7FF0000000000000
Atan2 4036000000000000 4000000000000000 3FF7AEA38C1ACBD1
Atan2 0000000000000001 3FF8000000000000 0000000000000001
Atan2 7FF8000000000123 BFF0000000000000 7FF8000000000123
Pow 4086300000000000 4008000000000000 41B55549D8000000
Atan2 7FE1CCF385EBC8A0 FFF8000000000000 FFF8000000000000
Pow 00000000000007E8 FFF8000000000000 FFF8000000000000
Atan2 C086300000000000 3FE8000000000000 BFF91DA7ADCA9FCE
Atan2 7FE1CCF385EBC8A0 7FE1CCF385EBC8A0 3FE921FB54442D18
Pow 0000000000000000 3FE8000000000000 0000000000000000
Pow FFE1CCF385EBC8A0 3FD3333333333333 FFF8000000000000
Atan2 00000000000007E8 BFF0000000000000 400921FB54442D18
Atan2 4036000000000000 4008000000000000 3FF6F6DC388FDDC4
Atan2 3FF0000000000000 3FF0000000000000 3FE921FB54442D18
Atan2 3FD3333333333333 FFF8000000000000 FFF8000000000000
Pow 4036000000000000 7FF0000000000000 7FF0000000000000
Pow BFF0000000000000 7FF8000000000123 7FF8000000000123
Pow BFF0000000000000 C008000000000000 BFF0000000000000
Pow 4000000000000000 C000000000000000 3FD0000000000000
Pow 0000000000000001 7FF0000000000000 0000000000000000
Pow C086300000000000 7FE1CCF385EBC8A0 7FF0000000000000
Pow 7FE1CCF385EBC8A0 FFF8000000000000 FFF8000000000000
Atan2 BFF0000000000000 C086300000000000 C0091F18E5567998
Atan2 7FF8000000000123 7FE1CCF385EBC8A0 7FF8000000000123
Pow C008000000000000 8000000000000000 3FF0000000000000
Atan2 BFF0000000000000 8000000000000000 BFF921FB54442D18
Pow C008000000000000 FFE1CCF385EBC8A0 0000000000000000
Pow FFF0000000000000 BFF0000000000000 8000000000000000
Atan2 C000000000000000 FFE1CCF385EBC8A0 C00921FB54442D18
Pow 4008000000000000 8000000000000000 3FF0000000000000
Atan2 C086300000000000 00000000000007E8 BFF921FB54442D18
Atan2 4000000000000000 FFF8000000000000 FFF8000000000000
Pow C008000000000000 BFE0000000000000 FFF8000000000000
Atan2 FFF0000000000000 FFE1CCF385EBC8A0 BFF921FB54442D18
Atan2 BFE0000000000000 C000000000000000 C0072C43F4B1650A
Pow C008000000000000 3FF8000000000000 FFF8000000000000
Atan2 4000000000000000 7FE1CCF385EBC8A0 000E61ACF033D1A4
Atan2 C086300000000000 3FD3333333333333 BFF9204044D74888
Pow FFF0000000000000 C008000000000000 8000000000000000
Atan2 3FE8000000000000 3FF8000000000000 3FDDAC670561BB4F
Atan2 BFE0000000000000 C008000000000000 C007CFC1DC00636A
Atan2 3FE8000000000000 7FF0000000000000 0000000000000000
Pow 7FF0000000000000 FFF8000000000000 FFF8000000000000
Atan2 3FF8000000000000 0000000000000001 3FF921FB54442D18
Pow 00000000000007E8 3FD3333333333333 2C01167CA180F507
Pow 3FF0000000000000 3FD3333333333333 3FF0000000000000
Pow 3FF0000000000000 4086300000000000 3FF0000000000000
Atan2 7FF8000000000123 3FD3333333333333 7FF8000000000123
Atan2 7FE1CCF385EBC8A0 7FF0000000000000 0000000000000000
Pow 00000000000007E8 00000000000007E8 3FF0000000000000
Atan2 3FE0000000000000 0000000000000000 3FF921FB54442D18
Pow 0000000000000000 C086300000000000 7FF0000000000000
Pow FFF0000000000000 3FD3333333333333 7FF0000000000000
Pow 3FF8000000000000 3FD3333333333333 3FF211CE179A0012
Atan2 FFF0000000000000 FFF0000000000000 C002D97C7F3321D2
Atan2 FFF0000000000000 00000000000007E8 BFF921FB54442D18
Atan2 C000000000000000 4000000000000000 BFE921FB54442D18
Pow 4086300000000000 4086300000000000 7FF0000000000000
Atan2 3FE0000000000000 4036000000000000 3F9744CAEEAE2301
Atan2 3FE8000000000000 3FE8000000000000 3FE921FB54442D18
Pow 8000000000000000 0000000000000000 3FF0000000000000
Pow FFF0000000000000 3FE0000000000000 7FF0000000000000
Atan2 4086300000000000 3FE0000000000000 3FF91F18E53E798D
Atan2 7FF0000000000000 4000000000000000 3FF921FB54442D18
Pow 7FE1CCF385EBC8A0 3FD3333333333333 531ED3E502937198
Atan2 8000000000000000 8000000000000000 C00921FB54442D18
Atan2 BFE0000000000000 7FE1CCF385EBC8A0 8003986B3C0CF469
Atan2 7FE1CCF385EBC8A0 00000000000007E8 3FF921FB54442D18
Pow 7FE1CCF385EBC8A0 3FE0000000000000 5FE7DDDF6B095FF1
Atan2 BFE0000000000000 4036000000000000 BF9744CAEEAE2301
Atan2 0000000000000000 FFF8000000000000 FFF8000000000000
Atan2 7FE1CCF385EBC8A0 3FD3333333333333 3FF921FB54442D18
Pow 3FF8000000000000 3FE0000000000000 3FF3988E1409212E
Atan2 3FD3333333333333 00000000000007E8 3FF921FB54442D18
Pow 4008000000000000 3FF0000000000000 4008000000000000
Pow FFF8000000000000 3FE8000000000000 FFF8000000000000
Pow 4000000000000000 3FE0000000000000 3FF6A09E667F3BCD
Pow FFF0000000000000 FFF8000000000000 FFF8000000000000
Pow 3FD3333333333333 4036000000000000 3D8B9A62EC4B94AA
Pow 3FF0000000000000 BFE0000000000000 3FF0000000000000
Pow 3FE8000000000000 C086300000000000 525993073B2AA6A6
Pow 3FF8000000000000 0000000000000001 3FF0000000000000
Pow C086300000000000 3FE8000000000000 FFF8000000000000
Pow 3FE0000000000000 4086300000000000 1390000000000000
Atan2 4000000000000000 3FE0000000000000 3FF5368C951E9CFD
Pow 8000000000000000 FFF8000000000000 FFF8000000000000
Atan2 7FF8000000000123 00000000000007E8 7FF8000000000123
Atan2 3FF8000000000000 4000000000000000 3FE4978FA3269EE1
Atan2 7FF8000000000123 FFF8000000000000 FFF8000000000000
Atan2 FFF8000000000000 0000000000000001 FFF8000000000000
Atan2 7FE1CCF385EBC8A0 C000000000000000 3FF921FB54442D18
Pow 0000000000000001 BFE0000000000000 6180000000000000
Atan2 3FF0000000000000 3FE8000000000000 3FEDAC670561BB4F
Atan2 BFE0000000000000 4008000000000000 BFC52397843C9ADD
Pow 0000000000000000 FFF8000000000000 FFF8000000000000
Atan2 C008000000000000 00000000000007E8 BFF921FB54442D18
Pow FFE1CCF385EBC8A0 3FF8000000000000 FFF8000000000000
Pow 3FE8000000000000 3FF0000000000000 3FE8000000000000
Atan2 FFE1CCF385EBC8A0 4008000000000000 BFF921FB54442D18
Pow C000000000000000 3FF0000000000000 C000000000000000
Pow 3FD3333333333333 BFE0000000000000 3FFD363D1848DCBF
Atanh BFE75499D8310380 BFEDA7F9949F1550
Atan 3FB2824994D345E0 3FB27A0E95A85D51
Asinh C154C645CA270788 C030341A124DBF85
Asinh 3CCAADA7E123A66F 3CCAADA7E123A66F
Pow17 40177539DD86F4C2 40343ACF45A38F6A
Exp 3FBD39A282F2F9D0 3FF1EF56A2564FBF
Log10 4003F89764B91CB8 3FD96D8BAAB80196
Pow25 C154C645CA270788 0000000000000000
Tan BFDBCB342C1A9F8A BFDDAF09F2529D12
Asin 3DD09C7BB5A80676 3DD09C7BB5A80676
Pow17 41D8F1FD8BD135F9 4331052F95451526
Log 4003F89764B91CB8 3FED46642C3E3FB7
Tan 401601D4DDE91706 BFEFBEB38A24B7F1
Tan C075C8BABB768A66 3FC62130FAEBB654
Atanh 3FE30441F784A815 3FE5E54DE88C99F9
Acosh 40846BE6DA134A4A 401CB3AE7F0A5BFA
Cos BFE1AE51D8005430 3FEB3D07548FD8F3
Log10 401ADCE72C4C3A9C 3FEA778B9EB73A04
Pow25 C06D510C4E5B827C 2C8F393ED96F9D41
Sin 3FB4647BA7588A90 3FB45EF6B73349D5
Tanh 401601D4DDE91706 3FEFFFBA3304C45B
Pow25 3FE30441F784A815 3FFB94A21B2C78DA
Sqrt 3FB4647BA7588A90 3FD2102FADF83AF4
Atanh 3DD09C7BB5A80676 3DD09C7BB5A80676
Atan2x 42592272DC1BFBA8 3FF921FB54441094
Pow25 C013366BB7957ED9 3F891DEE118FD95A
Acosh 4003F89764B91CB8 3FF90B2327B67121
Pow17 3FE591589D84F160 3FE05CEF0E07C12C
Atanh 3FE9D85B3B4380E6 3FF1EC99D6E3C0C9
Asinh C005E4248552774C BFFBB4B61042605A
Pow25 C0781C08976AAB7C 2010B834CFBA53F5
Asinh BC99BE284C42FF80 BC99BE284C42FF80
Sinh C00726B69F1D3FB4 C0220220F1A7776D
Sinh BFDFA149EA8C6FC0 BFE0777BFD045548
Sin C2CD9A13C41F66F3 BFED08F4F7676E56
Atan2x 401ADCE72C4C3A9C 3FF77894660A4938
Tan BFDFA149EA8C6FC0 BFE13E039E75E666
Atan2x 40177539DD86F4C2 3FF73B5FD7E4D660
Exp C0CC234BDF057190 0000000000000000
Exp 4013D7E4A15C369C 4061D6CDF0E2B7FD
Tanh BFE75499D8310380 BFE3EB862E07D025
Cosh 40152907CCB03EE4 4058CB96751C62C6
Atan C01574A9BE836106 BFF62F077A24AD5A
Pow17 40969A47328FA820 410CC94F7A5A7CFA
Cos 4013D7E4A15C369C 3FCF798657769A21
Cos 3FE591589D84F160 3FE900B4B6101B10
Atan 3FE591589D84F160 3FE2FA5305EB9A86
Atan C005E4248552774C BFF386E15EF08FD7
Sin C075C8BABB768A66 BFC5CE60585FC52D
Atan2x C005E4248552774C BFF5202DDB933FCE
Atan 4012D3747982A20C 3FF5C872C3BB5DD2
Sinh 4012D3747982A20C 404BA9EBAF5091EF
Exp 407B0384005FA988 66E79BDE622D3625
Sinh 3FE317EA286974FF 3FE43F263302AD35
Exp 3FE7E7A90E62DB80 4000E2C0DF30F610
Pow17 3DD09C7BB5A80676 3C5396B7AF13D953
Atan2x 3D3A64FD7DF77CB3 3D42DA6BEC430FEE
Tan C014C0FDFA7B287A 3FFF078D518225E2
Asinh 3FE7E7A90E62DB80 3FE61AC6AFA388F6
Atan2x 40152907CCB03EE4 3FF7071D95876836
Tanh BFDDEA7C3215C100 BFDBE97D09C8B6D2
Tanh 3FE7E7A90E62DB80 3FE4449795FCED7F
Log10 3FB4647BA7588A90 BFF1948F0EC26C7A
Cos C01DEFD9C85A89EC 3FD720ECDC2B584B
Sinh 41D8F1FD8BD135F9 7FF0000000000000
Sin C086B62B63D61D60 3FEBF772963F25D4
Sinh 41C5F79CDF5AD5A2 7FF0000000000000
Pow17 4311023CB3E1736B 4541C0A15F37BC31
Acosh 4013D7E4A15C369C 400246759507FFAC
Pow25 3FB2824994D345E0 3FF1188B0FF17A8D
Sin C0CC234BDF057190 3FE5D6F7FC05C105
Sinh 3FE0888A3B80B30A 3FE14760FC46E006
Sinh C01DEFD9C85A89EC C08BCF014C793E8C
Log 4016256E66D00614 3FFB61C7E5FB1C3D
Exp 3CE0BF59528E0F82 3FF0000000000008
Asin 3FE591589D84F160 3FE7AACD901077EB
Tan 4016256E66D00614 BFED9C40E18E3F2E
Cosh 4311023CB3E1736B 7FF0000000000000
Log 413E739BE9B26AD0 402D035318D1590F
Pow17 3FE0888A3B80B30A 3FD4D3DC84318401
Cos C0CC234BDF057190 3FE7637B3AD723C5
Tan 3FE317EA286974FF 3FE5BC7BCED1F771
Log10 3CCAADA7E123A66F C02E42CFB46A17A7
Atan2x C01DEFD9C85A89EC BFF7A3FE7EE0F250
Tan C066B8C195D071DC 3FDE081F32AA1AF3
Asinh 3FBD39A282F2F9D0 3FBD297A7B8B7605
Tanh 3FE317EA286974FF 3FE11C0F48D51B75
Exp C00726B69F1D3FB4 3FAC581BFCFC4AF0
Sinh C075C8BABB768A66 DF4CBD768BAE4C55
Log 401601D4DDE91706 3FFB47FADFCB6D1A
Tanh 413E739BE9B26AD0 3FF0000000000000
Asinh 4012D3747982A20C 400206891AFFBA30
Sinh BFE1AE51D8005430 BFE2982A9DC463D0
Sinh 3FB2824994D345E0 3FB2866AA880D937
Cosh 41D8F1FD8BD135F9 7FF0000000000000
Cosh 3FD246CF9FA9DEDA 3FF0A827C0C760F0
Atan2x 3CCAADA7E123A66F 3CD30E5357ABC006
Sinh C0781C08976AAB7C E2A6FC3B1467A559
Sin 41D8F1FD8BD135F9 BFEC1F8EE94AF09A
Cosh BFF1E4318CCF79C8 3FFB170582A4E88C
Exp 41C5F79CDF5AD5A2 7FF0000000000000
Cosh C086B62B63D61D60 7FF0000000000000
Atan 3FB4647BA7588A90 3FB4597B9835464A
Tan 3CE0BF59528E0F82 3CE0BF59528E0F82
Sqrt 3FE591589D84F160 3FEA4563C89B7DF0
Sin BFFCBDD2908DF0F0 BFEF3083245211B3
Pow17 3FEEDE4D07118A44 3FEE19A10562FFE6
Asinh C075C8BABB768A66 C01A300B581FB100
Atan C00726B69F1D3FB4 BFF3CF350FCD2FCC
Sin C014C0FDFA7B287A 3FEC710935B9B8FD
Sin 4311023CB3E1736B BFDB71D0ADE6998E
Atan 40969A47328FA820 3FF91F26755F853D
Pow17 3FE30441F784A815 3FDA6BD2166DF222
Asinh BFFCBDD2908DF0F0 BFF594203BDD3A34
Cos 3CCAADA7E123A66F 3FF0000000000000
Exp C07981F24275AE20 1B2271295080DFD1
Tanh C075C8BABB768A66 BFF0000000000000
Atan2x C02117C31ED3340C BFF7D33E3AB9FF22
Sin 3FB2824994D345E0 3FB27E290E91A54B
Cosh BFDFA149EA8C6FC0 3FF1FE7EA1E601F4
Atan C06D510C4E5B827C BFF9108470F64871
Pow17 3CE0BF59528E0F82 3ABC1703321E1EDB
Exp C086B62B63D61D60 0000000002CF7B36
Asinh 407B0384005FA988 401B0C5F61E2C105
Asin 3FEEDE4D07118A44 3FF4DD6E3A7D7015
Sqrt 406C036C1F9223A4 402DF0BE51D9A265
Tan 42592272DC1BFBA8 3FD9D855E934DA12
Tan C005E4248552774C 3FDB7397C593EC16
Atan2x 3FE0888A3B80B30A 3FE458CB64918C08
Pow25 C07981F24275AE20 1E3682B4D53791F0
Cos BFE75499D8310380 3FE7DD81CAE2A173
Tan C086B62B63D61D60 BFFCC59C46C78321
Cos 401ADCE72C4C3A9C 3FED0D8C5BA003FC
Atan C154C645CA270788 BFF921FB22F9A17F
Tanh BC99BE284C42FF80 BC99BE284C42FF80
Sinh 413E739BE9B26AD0 7FF0000000000000
Cos BFF1E4318CCF79C8 3FDBFC96817501EF
Atan 42592272DC1BFBA8 3FF921FB5444045B
Acos 3FE317EA286974FF 3FEDCE74C257D5A9
Atan 3FBD39A282F2F9D0 3FBD19627EB80F9A
Sqrt 3FE317EA286974FF 3FE8B7DBDA9EFD8E
Cosh C075C8BABB768A66 5F4CBD768BAE4C55
Acosh 4012D3747982A20C 4001D849BCD449F7
Asin BFE409848626EDE0 BFE5A6E08E6D9B5E
Atan C014C0FDFA7B287A BFF6161A07CC53AB
Tan 401ADCE72C4C3A9C 3FDD8C7AE646E46D
Tanh 3FBD39A282F2F9D0 3FBD194D2DEC3419
Cos 3FE317EA286974FF 3FEA7884ADC84C51
Cosh C066B8C195D071DC 5042F27E813E9396
Acosh 401ADCE72C4C3A9C 4004BC6F5C58107F
Atan2x 3FEEDE4D07118A44 3FEE2D803986C0BB
Atan BFE409848626EDE0 BFE1E6E2DD1C7000
Sqrt 4016256E66D00614 4002D2EB883E67AB
Cosh 3DD09C7BB5A80676 3FF0000000000000
Tanh C0781C08976AAB7C BFF0000000000000
Asinh 41D8F1FD8BD135F9 4035EE8128961BC7
Atan 3FE30441F784A815 3FE128834AEB01F8
Sin 4016256E66D00614 BFE5BBC2E9DE3422
Sinh 3FD246CF9FA9DEDA 3FD286AA2BDB61D4
Tan 3FD246CF9FA9DEDA 3FD2CA4A14727141
Atan BFFCBDD2908DF0F0 BFF1015E4D222116
Cos BFDBCB342C1A9F8A 3FED079247132577
Pow17 41C5F79CDF5AD5A2 4310E1AFAEDA786D
Log 40177539DD86F4C2 3FFC4D7850AD2B29
Atan BFE1AE51D8005430 BFE0272EA6D74A91
Sinh 40846BE6DA134A4A 7ACB8A6BF5D9C652
Acosh 41D8F1FD8BD135F9 4035EE8128961BC7
Sinh 404241EA258E1780 4329A221DB6065BE
Sqrt 3FE0888A3B80B30A 3FE70060289BA665
Cos C005E4248552774C BFED68A85E697C32
Acosh 40969A47328FA820 401FE1612C80BCEA
Atan2x C05ABD57BFD60A48 BFF9072CEBD9CB23
Cos 40152907CCB03EE4 3FE1798065970743
Exp C014C0FDFA7B287A 3F76DBA01F0661A0
Atan 41C5F79CDF5AD5A2 3FF921FB53E6F248
Tan C06D510C4E5B827C 3FFE6D8CF1E73844
Tanh 4012D3747982A20C 3FEFFEA989EFFB4B
Exp 406C036C1F9223A4 5423F20517B23C42
Cos 3FB4647BA7588A90 3FEFE605D853760B
Acos 3FE9D85B3B4380E6 3FE42E0EF30A9ECF
Tanh BFE1AE51D8005430 BFE013C559671BB5
Log10 41C5F79CDF5AD5A2 4021BC2C47E2FD4D
Atan2x 407B0384005FA988 3FF91B591CE8DC56
Log10 4013D7E4A15C369C 3FE641FBC0BF316A
Cos BFFCBDD2908DF0F0 BFCCA038F22CBC29
Atan2x BFE75499D8310380 BFE9C8A3F1BDD84B
Sqrt 4012D3747982A20C 40015B06DFACE1AB
Tanh C02117C31ED3340C BFEFFFFFD77CF7EB
Atanh 3D3A64FD7DF77CB3 3D3A64FD7DF77CB3
Atan2x C066B8C195D071DC BFF9123557938F32
Exp 3FE317EA286974FF 3FFD0E94D758F843
Sin C066B8C195D071DC 3FDB2FF3BF65097D
Sinh BC99BE284C42FF80 BC99BE284C42FF80
Log10 407B0384005FA988 400515EC49069D4B
Sqrt 401601D4DDE91706 4002C3C442184F27
Atan BFDFA149EA8C6FC0 BFDD607556919E81
Sin 401ADCE72C4C3A9C 3FDAD3D20DD2BAD9
Pow17 4003F89764B91CB8 4012F1DB3D0407F2
Sinh 3FB4647BA7588A90 3FB46A017D161C63
Atan 3DD09C7BB5A80676 3DD09C7BB5A80676
Cos C00726B69F1D3FB4 BFEF05FDE9BC7127
Sinh C014C0FDFA7B287A C0566607497D7ABD
Log10 404241EA258E1780 3FF8FFE1636F43F1
Atan2x C075C8BABB768A66 BFF919C16DD2FB55
Tan C00726B69F1D3FB4 3FD02F399092C108
Sin 42592272DC1BFBA8 3FD7F6FAC3677CDE
Tan 404241EA258E1780 C003A643E4207139
Acos BC99BE284C42FF80 3FF921FB54442D19
Asinh C07981F24275AE20 C01AD1A0896ED8E7
Sinh BFF1E4318CCF79C8 BFF5DC2FD716E1C0
Atan2x 404241EA258E1780 3FF8D3785A2387F6
Pow25 40177539DD86F4C2 406AF42EE8BE169E
Asinh BFE1AE51D8005430 BFE0E2E18D5A4BF8
Pow17 3CCAADA7E123A66F 3A977D30FDBD524C
Log 3CE0BF59528E0F82 C040F5932EC9C54D
Cos 3FEEDE4D07118A44 3FE23B1C997E6DCB
Tanh 3FE9D85B3B4380E6 3FE562B1FBBF54FF
Atan C086B62B63D61D60 BFF91C588B08CEE0
Sinh C05ABD57BFD60A48 C983D075B8B4E9D0
Atanh BC99BE284C42FF80 BC99BE284C42FF80
Exp C066B8C195D071DC 2F8B05BC188A5AC8
Atan2x 3FB2824994D345E0 3FBA5910719FF4DC
Pow25 407B0384005FA988 63A4955113AE48C0
Asinh 3FE9D85B3B4380E6 3FE7A2EE6C02695E
Sin C00726B69F1D3FB4 BFCF618F2146158F
Acos 3CE0BF59528E0F82 3FF921FB54442D10
Log 3FE591589D84F160 BFD9401578D9F32E
Pow17 401601D4DDE91706 4032262F9DA47A5E
Atan BFF1E4318CCF79C8 BFEAEAAE1CAFE61F
Asinh BFDFA149EA8C6FC0 BFDE775D4AE2B72C
Sin 3FE0888A3B80B30A 3FDF9D74C1D2C5CE
Sqrt 3D3A64FD7DF77CB3 3E948CDBC4E2EDB0
Sin 401601D4DDE91706 BFE68964C3F9DADA
Sqrt 407B0384005FA988 4034CA368C215CFA
Pow17 404241EA258E1780 407C51B48F77F252
Pow25 3CCAADA7E123A66F 3FF0000000000003
Atan 3CCAADA7E123A66F 3CCAADA7E123A66F
Sin 40846BE6DA134A4A 3FA2A85831EA2A7A
Tan 3CCAADA7E123A66F 3CCAADA7E123A66F
Atan2x C0781C08976AAB7C BFF91A8C8BE91CCE
Cosh 3CCAADA7E123A66F 3FF0000000000000
Log10 4012D3747982A20C 3FE586BDE534D00E
Pow25 C01574A9BE836106 3F7E0CAFD2254487
Sinh C086B62B63D61D60 FFF0000000000000
Atan2x 3FBD39A282F2F9D0 3FC4B163578F83F7
Tan C02117C31ED3340C 3FF34A583FE57B01
Pow17 4013D7E4A15C369C 402E71255A025609
Acos BFDDEA7C3215C100 4000751DA5FD2B23
Log10 4311023CB3E1736B 402E27F66B8ACCFA
Sqrt 4311023CB3E1736B 41807F252AC22972
Cos C086B62B63D61D60 BFDF1AB4E1F013A5
Asinh 401601D4DDE91706 40034043A5AE0584
Cos 407B0384005FA988 3FCFC254E26227D2
Sinh 3FE9D85B3B4380E6 3FECBF82D5E2818E
Tanh 41C5F79CDF5AD5A2 3FF0000000000000
Log 4012D3747982A20C 3FF8C879D6E7B4FB
Tanh 40846BE6DA134A4A 3FF0000000000000
Sin C02117C31ED3340C BFE8A15CFD9A8907
Tan 3FBD39A282F2F9D0 3FBD5A4E98B297D6
Cosh C01DEFD9C85A89EC 408BCF02730EFA02
Atan2x BFF1E4318CCF79C8 BFF02F03FDE974CE
Asin BC99BE284C42FF80 BC99BE284C42FF80
Log10 41D8F1FD8BD135F9 40227291BE52C4DA
Cosh 3FE7E7A90E62DB80 3FF4AD09E752C3F8
Log10 40152907CCB03EE4 3FE726985B80B47C
Atan 40177539DD86F4C2 3FF66E3171AB27CC
Acosh 406C036C1F9223A4 40186BCABE2A9D56
Log10 3FD246CF9FA9DEDA BFE16AC73098611B
Tan 40140D037885036A C009D5240A9DF6ED
Atan2x BFDBCB342C1A9F8A BFE1C4DEFC038B0C
Tanh 3FEEDE4D07118A44 3FE7E1FFC96B4953
Exp 401601D4DDE91706 406EA428C3E2662A
Log 40140D037885036A 3FF9CAA7C386397E
Log10 40177539DD86F4C2 3FE89555D3CD9A99
Asin BFE1AE51D8005430 BFE2BB8FD1397549
Tan 4013D7E4A15C369C C00F88FEFCD442F9
Tanh C06D510C4E5B827C BFF0000000000000
Sqrt 3FE9D85B3B4380E6 3FECC22555F115C6
Cosh 4016256E66D00614 405FB9C9466E7901
Sinh C066B8C195D071DC D042F27E813E9396
Atan 3FE7E7A90E62DB80 3FE487F6248CB379
Sinh BFDBCB342C1A9F8A BFDCACF92B6EA2BE
Tan 3FEEDE4D07118A44 3FF714AC24E66402
Cosh 41C5F79CDF5AD5A2 7FF0000000000000
Cos BFDDEA7C3215C100 3FEC91367E2BC46D
Tanh 3CCAADA7E123A66F 3CCAADA7E123A66F
Sqrt 4003F89764B91CB8 3FF947A846BEE53C
Sqrt 40152907CCB03EE4 4002666E3E468136
Atan 4311023CB3E1736B 3FF921FB54442D15
Pow17 3FD246CF9FA9DEDA 3FBE67E2798CD62C
Tan 3FB4647BA7588A90 3FB46F8D9EAFCF39
Sin 3FE591589D84F160 3FE3F8B65EEEBFE7
Sinh 4311023CB3E1736B 7FF0000000000000
Pow17 413E739BE9B26AD0 4227E3F050D3A201
Atan2x BC99BE284C42FF80 BCA263415B0B48C9
Asinh C0781C08976AAB7C C01A97E76F2F9DBD
Asinh C06D510C4E5B827C C0189A5D6A09651B
Atan 40846BE6DA134A4A 3FF91BB6BF0F4A09
Sin 3CE0BF59528E0F82 3CE0BF59528E0F82
Tanh 3CE0BF59528E0F82 3CE0BF59528E0F82
`

func TestMathCases(t *testing.T) {
	hex := func(s string) float64 {
		u, err := strconv.ParseUint(s, 16, 64)
		if err != nil {
			t.Fatal(err)
		}
		return math.Float64frombits(u)
	}
	for _, line := range strings.Split(strings.TrimSuffix(mathCases, "\n"), "\n") {
		f := strings.Fields(line)
		var got, want float64
		switch f[0] {
		case "Pow":
			got, want = mathPow(hex(f[1]), hex(f[2])), hex(f[3])
		case "Atan2":
			got, want = mathAtan2(hex(f[1]), hex(f[2])), hex(f[3])
		default:
			got, want = mathFuncs[f[0]](hex(f[1])), hex(f[2])
		}
		if math.Float64bits(got) != math.Float64bits(want) {
			t.Errorf("%s: got %016X (%v), want %v", line, math.Float64bits(got), got, want)
		}
	}
}

func TestMathSpecialValues(t *testing.T) {
	tests := []struct {
		name      string
		got, want float64
	}{
		{"Pow(1, NaN)", mathPow(1, math.NaN()), 1},
		{"Pow(NaN, 0)", mathPow(math.NaN(), 0), 1},
		{"Pow(-1, Inf)", mathPow(-1, math.Inf(1)), 1},
		{"Pow(-8, 1/3)", mathPow(-8, 1.0/3), math.NaN()},
		{"Pow(-2, 3)", mathPow(-2, 3), -8},
		{"Pow(2, -1074)", mathPow(2, -1074), math.SmallestNonzeroFloat64},
		{"Pow(10, 308)", mathPow(10, 308), 1e308},
		{"Pow(10, 309)", mathPow(10, 309), math.Inf(1)},
		{"Pow(-0, -1)", mathPow(math.Copysign(0, -1), -1), math.Inf(-1)},
		{"Exp(709.78)", mathExp(709.782712893384), 1.7976931348622732e308},
		{"Exp(-745.13)", mathExp(-745.1332191019411), 5e-324},
		{"Exp(1)", mathExp(1), math.E},
		{"Log(E)", mathLog(math.E), 1},
		{"Log10(1000)", mathLog10(1000), 3},
		{"Log10(1e-300)", mathLog10(1e-300), -300},
		{"Sin(Pi)", mathSin(math.Pi), 1.2246467991473532e-16},
		{"Cos(Pi)", mathCos(math.Pi), -1},
		{"Tan(Pi/4)", mathTan(math.Pi / 4), 0.9999999999999999},
		{"Sin(1e22)", mathSin(1e22), -0.8522008497671888},
		{"Cos(1e300)", mathCos(1e300), -0.5753861119575491},
		{"Asin(1)", mathAsin(1), math.Pi / 2},
		{"Acos(-1)", mathAcos(-1), math.Pi},
		{"Atan2(1, 1)", mathAtan2(1, 1), math.Pi / 4},
		{"Atan2(-0, -1)", mathAtan2(math.Copysign(0, -1), -1), -math.Pi},
		{"Sqrt(-1)", mathSqrt(-1), math.NaN()},
		{"Cbrt(27)", mathCbrt(27), 3},
		{"Cbrt(-1e-310)", mathCbrt(-1e-310), -4.641588833612774e-104},
		{"Tanh(30)", mathTanh(30), 1},
		{"Sinh(710)", mathSinh(710), 1.1169973830808557e308},
		{"Cosh(711)", mathCosh(711), math.Inf(1)},
	}
	for _, tc := range tests {
		if math.IsNaN(tc.want) {
			if !math.IsNaN(tc.got) {
				t.Errorf("%s = %v, want NaN", tc.name, tc.got)
			}
			continue
		}
		if tc.got != tc.want || math.Signbit(tc.got) != math.Signbit(tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// charCases were recorded with Mono: char (hex), UnicodeCategory,
// char.ToUpperInvariant, char.ToLowerInvariant.
const charCases = `0130 0 0130 0130
0131 1 0131 0131
017F 1 017F 017F
01C4 0 01C4 01C6
01C8 2 01C8 01C8
01CC 1 01CA 01CC
01F5 1 01F4 01F5
0345 5 0345 0345
037F 29 037F 037F
03C2 1 03C2 03C2
03D0 1 03D0 03D0
03D3 0 03D3 03D3
03D6 1 03D6 03D6
03E0 0 03E0 03E1
03F0 1 03F0 03F0
03F2 1 03F9 03F2
03F5 1 03F5 03F5
0524 0 0524 0524
0529 29 0529 0529
052F 29 052F 052F
05D1 4 05D1 05D1
0663 8 0663 0663
0766 4 0766 0766
07BB 29 07BB 07BB
07E9 4 07E9 07E9
07EF 5 07EF 07EF
0962 5 0962 0962
0A19 4 0A19 0A19
0B5C 4 0B5C 0B5C
0B5E 29 0B5E 0B5E
0F11 24 0F11 0F11
0F3F 6 0F3F 0F3F
10C7 0 10C7 10C7
10D0 4 10D0 10D0
10E5 4 10E5 10E5
10FA 4 10FA 10FA
131B 4 131B 131B
13A0 4 13A0 13A0
13CA 4 13CA 13CA
13F5 29 13F5 13F5
14C4 4 14C4 14C4
150C 4 150C 150C
1633 4 1633 1633
1BAE 4 1BAE 1BAE
1BC4 4 1BC4 1BC4
1C67 4 1C67 1C67
1C90 29 1C90 1C90
1CA5 29 1CA5 1CA5
1CBA 29 1CBA 1CBA
1D9B 3 1D9B 1D9B
1E9E 0 1E9E 1E9E
1F80 1 1F88 1F80
1F87 1 1F8F 1F87
1F8F 2 1F8F 1F87
2072 29 2072 2072
20FA 29 20FA 20FA
2126 0 2126 2126
212A 0 212A 212A
212B 0 212B 212B
2240 25 2240 2240
228C 25 228C 228C
22D9 25 22D9 22D9
24AD 28 24AD 24AD
256D 28 256D 256D
266A 28 266A 266A
2994 21 2994 2994
2A3C 25 2A3C 2A3C
2A56 25 2A56 2A56
2A79 25 2A79 2A79
2C70 0 2C70 2C70
2D60 4 2D60 2D60
2D91 4 2D91 2D91
2EA2 28 2EA2 2EA2
2FAD 28 2FAD 2FAD
3034 3 3034 3034
31D5 28 31D5 31D5
328B 28 328B 328B
3369 28 3369 3369
33E3 28 33E3 33E3
33EF 28 33EF 33EF
35B0 4 35B0 35B0
35F2 4 35F2 35F2
36CC 4 36CC 36CC
36FB 4 36FB 36FB
3752 4 3752 3752
3771 4 3771 3771
37B6 4 37B6 37B6
38A1 4 38A1 38A1
390C 4 390C 390C
3914 4 3914 3914
39E6 4 39E6 39E6
3AF0 4 3AF0 3AF0
3B2E 4 3B2E 3B2E
3C90 4 3C90 3C90
3E68 4 3E68 3E68
3E73 4 3E73 3E73
40AB 4 40AB 40AB
4119 4 4119 4119
411C 4 411C 411C
41C1 4 41C1 41C1
42A8 4 42A8 42A8
44CC 4 44CC 44CC
44E1 4 44E1 44E1
44F6 4 44F6 44F6
4891 4 4891 4891
4A34 4 4A34 4A34
4CB9 4 4CB9 4CB9
4CCD 4 4CCD 4CCD
4CEE 4 4CEE 4CEE
4E4A 4 4E4A 4E4A
4FD7 4 4FD7 4FD7
5078 4 5078 5078
5418 4 5418 5418
564C 4 564C 564C
5672 4 5672 5672
570A 4 570A 570A
5B15 4 5B15 5B15
5B17 4 5B17 5B17
5B2E 4 5B2E 5B2E
5BB4 4 5BB4 5BB4
5CCC 4 5CCC 5CCC
5DBA 4 5DBA 5DBA
5DC3 4 5DC3 5DC3
5EF1 4 5EF1 5EF1
5F55 4 5F55 5F55
5FD0 4 5FD0 5FD0
5FD4 4 5FD4 5FD4
60FA 4 60FA 60FA
614B 4 614B 614B
617A 4 617A 617A
61C7 4 61C7 61C7
64B3 4 64B3 64B3
64E0 4 64E0 64E0
65C3 4 65C3 65C3
68D3 4 68D3 68D3
698E 4 698E 698E
6A9C 4 6A9C 6A9C
6D46 4 6D46 6D46
6D68 4 6D68 6D68
6D9C 4 6D9C 6D9C
6F1C 4 6F1C 6F1C
71B7 4 71B7 71B7
7205 4 7205 7205
73AC 4 73AC 73AC
7432 4 7432 7432
7636 4 7636 7636
7672 4 7672 7672
7673 4 7673 7673
7724 4 7724 7724
77CC 4 77CC 77CC
77ED 4 77ED 77ED
7B29 4 7B29 7B29
7B7E 4 7B7E 7B7E
7C9B 4 7C9B 7C9B
7D6B 4 7D6B 7D6B
7E54 4 7E54 7E54
7F6A 4 7F6A 7F6A
7FA4 4 7FA4 7FA4
80F5 4 80F5 80F5
8121 4 8121 8121
81B5 4 81B5 81B5
8491 4 8491 8491
84C0 4 84C0 84C0
86E5 4 86E5 86E5
874A 4 874A 874A
8952 4 8952 8952
8955 4 8955 8955
8983 4 8983 8983
8A46 4 8A46 8A46
8AAE 4 8AAE 8AAE
8ADE 4 8ADE 8ADE
8B33 4 8B33 8B33
8EA7 4 8EA7 8EA7
8F0B 4 8F0B 8F0B
9107 4 9107 9107
93A9 4 93A9 93A9
9491 4 9491 9491
9597 4 9597 9597
95DC 4 95DC 95DC
9721 4 9721 9721
996B 4 996B 996B
9A36 4 9A36 9A36
9A70 4 9A70 9A70
9B85 4 9B85 9B85
9C4F 4 9C4F 9C4F
9C70 4 9C70 9C70
9E14 4 9E14 9E14
9E15 4 9E15 9E15
9EB1 4 9EB1 9EB1
9EF7 4 9EF7 9EF7
A1D3 4 A1D3 A1D3
A1E3 4 A1E3 A1E3
A30C 4 A30C A30C
A338 4 A338 A338
A50F 4 A50F A50F
A580 4 A580 A580
A698 29 A698 A698
A6D9 4 A6D9 A6D9
A799 29 A799 A799
A7AA 0 A7AA A7AA
A7AC 29 A7AC A7AC
A7AE 29 A7AE A7AE
A8E9 5 A8E9 A8E9
AA86 4 AA86 AA86
AB12 4 AB12 AB12
AB5A 29 AB5A AB5A
AB70 29 AB70 AB70
AB97 29 AB97 AB97
ABBF 29 ABBF ABBF
ACFF 4 ACFF ACFF
AD3F 4 AD3F AD3F
AEF2 4 AEF2 AEF2
AF51 4 AF51 AF51
AFAE 4 AFAE AFAE
B1DC 4 B1DC B1DC
B26A 4 B26A B26A
B35F 4 B35F B35F
B6AA 4 B6AA B6AA
B8F6 4 B8F6 B8F6
BB4C 4 BB4C BB4C
BB52 4 BB52 BB52
BC17 4 BC17 BC17
BCF0 4 BCF0 BCF0
BCF8 4 BCF8 BCF8
BD8E 4 BD8E BD8E
BE6E 4 BE6E BE6E
BE74 4 BE74 BE74
BEE2 4 BEE2 BEE2
BFF9 4 BFF9 BFF9
C09D 4 C09D C09D
C154 4 C154 C154
C15A 4 C15A C15A
C170 4 C170 C170
C252 4 C252 C252
C273 4 C273 C273
C4DF 4 C4DF C4DF
C561 4 C561 C561
C658 4 C658 C658
C78C 4 C78C C78C
C80E 4 C80E C80E
C815 4 C815 C815
C92A 4 C92A C92A
CB07 4 CB07 CB07
CBFC 4 CBFC CBFC
CC3B 4 CC3B CC3B
CE81 4 CE81 CE81
CF86 4 CF86 CF86
D0F7 4 D0F7 D0F7
D1A2 4 D1A2 D1A2
D3A9 4 D3A9 D3A9
D48C 4 D48C D48C
D4BB 4 D4BB D4BB
D4C8 4 D4C8 D4C8
D5C6 4 D5C6 D5C6
D619 4 D619 D619
D800 16 D800 D800
DA02 16 DA02 DA02
DA44 16 DA44 DA44
DAD8 16 DAD8 DAD8
DCD6 16 DCD6 DCD6
DE3B 16 DE3B DE3B
DE82 16 DE82 DE82
DED7 16 DED7 DED7
DEDB 16 DEDB DEDB
DFAF 16 DFAF DFAF
E000 17 E000 E000
E2B6 17 E2B6 E2B6
E2FE 17 E2FE E2FE
E4FE 17 E4FE E4FE
E5F5 17 E5F5 E5F5
E623 17 E623 E623
E81B 17 E81B E81B
E907 17 E907 E907
E991 17 E991 E991
E9FF 17 E9FF E9FF
EA64 17 EA64 EA64
EAC7 17 EAC7 EAC7
EB98 17 EB98 EB98
EE7D 17 EE7D EE7D
EE9B 17 EE9B EE9B
EF48 17 EF48 EF48
EF4D 17 EF4D EF4D
F068 17 F068 F068
F0D0 17 F0D0 F0D0
F21C 17 F21C F21C
F539 17 F539 F539
F561 17 F561 F561
F57D 17 F57D F57D
F95D 4 F95D F95D
FA78 4 FA78 FA78
FCFB 4 FCFB FCFB
FEC5 4 FEC5 FEC5
FF53 1 FF33 FF53
FF81 4 FF81 FF81
FFFF 29 FFFF FFFF
`

func TestCharCases(t *testing.T) {
	for _, line := range strings.Split(strings.TrimSuffix(charCases, "\n"), "\n") {
		f := strings.Fields(line)
		c, _ := strconv.ParseUint(f[0], 16, 16)
		cat, _ := strconv.Atoi(f[1])
		up, _ := strconv.ParseUint(f[2], 16, 16)
		lo, _ := strconv.ParseUint(f[3], 16, 16)
		if got := charCategory(uint16(c)); got != cat {
			t.Errorf("category of U+%04X = %d, want %d", c, got, cat)
		}
		if got := charToUpper(uint16(c)); uint64(got) != up {
			t.Errorf("upper of U+%04X = %04X, want %04X", c, got, up)
		}
		if got := charToLower(uint16(c)); uint64(got) != lo {
			t.Errorf("lower of U+%04X = %04X, want %04X", c, got, lo)
		}
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

var mathFuncs = map[string]func(float64) float64{
	"Sin": mathSin, "Cos": mathCos, "Tan": mathTan, "Asin": mathAsin, "Acos": mathAcos, "Atan": mathAtan,
	"Sinh": mathSinh, "Cosh": mathCosh, "Tanh": mathTanh, "Asinh": mathAsinh, "Acosh": mathAcosh, "Atanh": mathAtanh,
	"Sqrt": mathSqrt, "Cbrt": mathCbrt, "Exp": mathExp, "Log": mathLog, "Log10": mathLog10,
	"Floor": math.Floor, "Ceiling": math.Ceil,
	"Pow17":  func(x float64) float64 { return mathPow(x, 1.7) },
	"Pow25":  func(x float64) float64 { return mathPow(2.5, x) },
	"Atan2x": func(x float64) float64 { return mathAtan2(x, 0.7) },
}

// refDigits rounds the exact decimal expansion of x > 0 to prec digits,
// half away from zero.
func refDigits(x float64, prec int) (string, int) {
	s := strconv.FormatFloat(x, 'e', 780, 64) // exact
	mant, exp, _ := strings.Cut(s, "e")
	e, _ := strconv.Atoi(exp)
	d := []byte(strings.Replace(mant, ".", "", 1))
	up := d[prec] >= '5'
	d = d[:prec]
	if up {
		i := prec - 1
		for ; i >= 0 && d[i] == '9'; i-- {
			d[i] = '0'
		}
		if i < 0 {
			d = append([]byte{'1'}, d[:prec-1]...)
			e++
		} else {
			d[i]++
		}
	}
	return strings.TrimRight(string(d), "0"), e + 1
}

func TestFloatNumberDigits(t *testing.T) {
	xs := []float64{100000000000000.5, 0.5, 2.5, 1.25, 1350773.5, 9.5, 0.125, 1e23, 5e-324, math.MaxFloat64, 123456.7890125}
	seed := uint64(88172645463325252)
	next := func() uint64 { seed ^= seed << 13; seed ^= seed >> 7; seed ^= seed << 17; return seed }
	for i := 0; i < 3000; i++ {
		xs = append(xs, math.Float64frombits(next()>>2))
		// ties at various positions: integers + 0.5, scaled by powers of 2
		xs = append(xs, math.Ldexp(float64(next()>>12)+0.5, -int(next()%8)))
	}
	for _, x := range xs {
		if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
			continue
		}
		for _, prec := range []int{7, 9, 15, 17} {
			n := floatNumber(x, prec, kindDouble)
			wd, ws := refDigits(x, prec)
			if string(n.digits) != wd || n.scale != ws {
				t.Errorf("floatNumber(%v, %d) = %s e%d, want %s e%d", x, prec, n.digits, n.scale, wd, ws)
			}
		}
	}
}
