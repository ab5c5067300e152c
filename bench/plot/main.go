// Command plot draws the benchmark results written by bench/compare.sh --csv
// as a grouped bar chart: for every benchmark, and for the geometric mean over
// the benchmarks, the run time of Strata tier 0, Strata (default), mono (JIT)
// and native Go relative to mono --interpreter, on a logarithmic axis on which
// mono --interpreter is the 1.0 line. Bars start at that line, so a bar going
// up is slower than the interpreter and a bar going down is faster.
//
// Usage (from the repository root):
//
//	go run ./bench/plot [-o results.png] [-title TEXT] [-width 11in] [-height 5.5in] results.csv
//
// The CSV must have a header row naming at least the columns benchmark,
// interp_s and some of tier0_s, default_s, mono_s and native_s (seconds); an
// empty or non-numeric time (a failed or skipped run) leaves that bar out of
// its group and out of that series' geometric mean. The output format follows
// the extension of -o (png, svg, pdf, ...). This tool is the only user of
// gonum.org/v1/plot in the module.
package main

import (
	"encoding/csv"
	"errors"
	"flag"
	"fmt"
	"image/color"
	"io"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/plotter"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A series is one bar in every group: a column of the CSV, divided by the
// mono --interpreter time of the same benchmark.
type series struct {
	column string
	label  string
	color  color.Color
}

var allSeries = []series{
	{"tier0_s", "Strata tier 0", color.RGBA{R: 0xf4, G: 0xa5, B: 0x82, A: 0xff}},
	{"default_s", "Strata (default)", color.RGBA{R: 0xc0, G: 0x39, B: 0x2b, A: 0xff}},
	{"mono_s", "mono (JIT)", color.RGBA{R: 0x34, G: 0x65, B: 0xa4, A: 0xff}},
	{"native_s", "native Go", color.RGBA{R: 0x00, G: 0xad, B: 0xd8, A: 0xff}},
}

const baseColumn = "interp_s"

// results holds the benchmark names and, per series, the ratio to mono
// --interpreter of each benchmark (NaN where it is not known), with the
// geometric mean appended as the last entry.
type results struct {
	names  []string
	ratios [][]float64
}

func readResults(r io.Reader) (*results, error) {
	rows, err := csv.NewReader(r).ReadAll()
	if err != nil {
		return nil, err
	}
	if len(rows) < 2 {
		return nil, errors.New("no benchmark rows")
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[strings.TrimSpace(h)] = i
	}
	nameCol, ok := col["benchmark"]
	if !ok {
		return nil, errors.New(`no "benchmark" column`)
	}
	baseCol, ok := col[baseColumn]
	if !ok {
		return nil, fmt.Errorf("no %q column", baseColumn)
	}
	value := func(row []string, c int, ok bool) float64 {
		if !ok || c >= len(row) {
			return math.NaN()
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(row[c]), 64)
		if err != nil || v <= 0 {
			return math.NaN()
		}
		return v
	}
	res := &results{ratios: make([][]float64, len(allSeries))}
	for _, row := range rows[1:] {
		if nameCol >= len(row) || strings.TrimSpace(row[nameCol]) == "" {
			continue
		}
		res.names = append(res.names, strings.TrimSpace(row[nameCol]))
		base := value(row, baseCol, true)
		for s, ser := range allSeries {
			c, ok := col[ser.column]
			res.ratios[s] = append(res.ratios[s], value(row, c, ok)/base)
		}
	}
	if len(res.names) == 0 {
		return nil, errors.New("no benchmark rows")
	}
	for s := range res.ratios {
		res.ratios[s] = append(res.ratios[s], geomean(res.ratios[s]))
	}
	return res, nil
}

// geomean returns the geometric mean of the finite values of vs, or NaN if
// there are none.
func geomean(vs []float64) float64 {
	sum, n := 0.0, 0
	for _, v := range vs {
		if !math.IsNaN(v) && !math.IsInf(v, 0) && v > 0 {
			sum += math.Log(v)
			n++
		}
	}
	if n == 0 {
		return math.NaN()
	}
	return math.Exp(sum / float64(n))
}

// The y axis is logarithmic: everything is plotted at the base-10 logarithm
// of its ratio on a linear scale, and logTicks labels the axis with the
// ratios. (Bars then start at the 1.0 line, log 1 = 0, and gonum's own
// LogScale, which cannot draw bars from 0 and places the axis label for a
// linear scale, is not needed.)

// logTicks marks 1, 2 and 5 times each power of ten with the ratio and puts
// unlabelled ticks at the other integer multiples; min and max are
// logarithms.
type logTicks struct{}

func (logTicks) Ticks(min, max float64) []plot.Tick {
	var ticks []plot.Tick
	for e := math.Floor(min); e <= math.Ceil(max); e++ {
		for m := 1; m < 10; m++ {
			v := float64(m) * math.Pow(10, e)
			lg := math.Log10(v)
			if lg < min-1e-9 || lg > max+1e-9 {
				continue
			}
			t := plot.Tick{Value: lg}
			if m == 1 || m == 2 || m == 5 {
				t.Label = strconv.FormatFloat(v, 'g', -1, 64)
			}
			ticks = append(ticks, t)
		}
	}
	return ticks
}

func known(r float64) bool { return !math.IsNaN(r) && !math.IsInf(r, 0) && r > 0 }

// newPlot returns the chart and its legend, which is drawn beside it.
func newPlot(res *results, title string) (*plot.Plot, *plot.Legend, error) {
	p := plot.New()
	legend := plot.NewLegend()
	p.Title.Text = title
	p.Title.Padding = vg.Points(8)
	p.Y.Label.Text = "time relative to mono --interpreter (log scale)"
	p.Y.Tick.Marker = logTicks{}
	grid := plotter.NewGrid()
	grid.Vertical.Color = nil
	p.Add(grid)
	p.X.Tick.Label.Rotation = math.Pi / 8
	p.X.Tick.Label.XAlign = draw.XRight
	p.X.Tick.Label.YAlign = draw.YCenter

	groups := len(res.names) + 1
	labels := append(append([]string(nil), res.names...), "geometric mean")
	p.NominalX(labels...)

	lo, hi := 1.0, 1.0 // the range of the ratios, including 1
	width := vg.Points(14)
	if groups > 8 {
		width = vg.Points(11)
	}
	for s, ser := range allSeries {
		heights := make(plotter.Values, groups)
		var missing plotter.XYs
		for i, r := range res.ratios[s] {
			if !known(r) {
				missing = append(missing, plotter.XY{X: float64(i), Y: 0})
				continue
			}
			heights[i] = math.Log10(r)
			lo, hi = math.Min(lo, r), math.Max(hi, r)
		}
		bars, err := plotter.NewBarChart(heights, width)
		if err != nil {
			return nil, nil, err
		}
		bars.Color = ser.color
		bars.LineStyle.Width = vg.Points(0.5)
		bars.Offset = (vg.Length(s) - vg.Length(len(allSeries)-1)/2) * width
		p.Add(bars)
		legend.Add(ser.label, bars)

		// "n/a" where a bar is missing (a failed or skipped run).
		if len(missing) > 0 {
			l, err := plotter.NewLabels(plotter.XYLabels{XYs: missing, Labels: repeat("n/a", len(missing))})
			if err != nil {
				return nil, nil, err
			}
			for i := range l.TextStyle {
				l.TextStyle[i].Rotation = math.Pi / 2
				l.TextStyle[i].YAlign = draw.YCenter
				l.TextStyle[i].Font.Size = vg.Points(7)
			}
			l.Offset = vg.Point{X: bars.Offset, Y: vg.Points(3)}
			p.Add(l)
		}

		// The value of each geometric mean, beyond the end of its bar.
		if gm := res.ratios[s][groups-1]; known(gm) {
			l, err := plotter.NewLabels(plotter.XYLabels{
				XYs:    plotter.XYs{{X: float64(groups - 1), Y: math.Log10(gm)}},
				Labels: []string{strconv.FormatFloat(gm, 'f', 2, 64)},
			})
			if err != nil {
				return nil, nil, err
			}
			l.TextStyle[0].Rotation = math.Pi / 2
			l.TextStyle[0].Font.Size = vg.Points(7)
			l.TextStyle[0].YAlign = draw.YCenter
			l.Offset = vg.Point{X: bars.Offset, Y: vg.Points(3)}
			if gm < 1 {
				l.TextStyle[0].XAlign = draw.XRight
				l.Offset.Y = -vg.Points(3)
			}
			p.Add(l)
		}
	}

	// Room for the labels of the geometric means.
	p.Y.Min = math.Log10(lo / 2)
	p.Y.Max = math.Log10(hi * 2)
	p.X.Min = -0.6
	p.X.Max = float64(groups) - 0.4

	// The mono --interpreter line, and a separator before the mean.
	one, err := plotter.NewLine(plotter.XYs{{X: p.X.Min, Y: 0}, {X: p.X.Max, Y: 0}})
	if err != nil {
		return nil, nil, err
	}
	one.LineStyle.Width = vg.Points(1)
	one.LineStyle.Dashes = []vg.Length{vg.Points(4), vg.Points(3)}
	p.Add(one)
	legend.Add("mono --interpreter = 1", one)
	sep, err := plotter.NewLine(plotter.XYs{{X: float64(groups) - 1.5, Y: p.Y.Min}, {X: float64(groups) - 1.5, Y: p.Y.Max}})
	if err != nil {
		return nil, nil, err
	}
	sep.LineStyle.Color = color.Gray{Y: 0x99}
	sep.LineStyle.Width = vg.Points(0.5)
	p.Add(sep)

	legend.Top = true
	legend.Left = true
	legend.Padding = vg.Points(2)
	legend.TextStyle.Font.Size = vg.Points(11)
	return p, &legend, nil
}

func repeat(s string, n int) []string {
	ss := make([]string, n)
	for i := range ss {
		ss[i] = s
	}
	return ss
}

func main() {
	out := flag.String("o", "results.png", "output file; its extension selects the format (png, svg, pdf, ...)")
	title := flag.String("title", "Strata benchmarks: time relative to mono --interpreter (lower is faster)", "chart title")
	width := flag.String("width", "11in", "image width (a length such as 11in or 28cm)")
	height := flag.String("height", "5.5in", "image height")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: go run ./bench/plot [flags] results.csv (- for standard input)\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(flag.Arg(0), *out, *title, *width, *height); err != nil {
		fmt.Fprintln(os.Stderr, "plot:", err)
		os.Exit(1)
	}
}

func run(in, out, title, width, height string) error {
	var r io.Reader = os.Stdin
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			return err
		}
		defer f.Close()
		r = f
	}
	res, err := readResults(r)
	if err != nil {
		return fmt.Errorf("%s: %v", in, err)
	}
	w, err := vg.ParseLength(width)
	if err != nil {
		return fmt.Errorf("-width: %v", err)
	}
	h, err := vg.ParseLength(height)
	if err != nil {
		return fmt.Errorf("-height: %v", err)
	}
	p, legend, err := newPlot(res, title)
	if err != nil {
		return err
	}
	return save(p, legend, w, h, out)
}

// save draws p with legend to its right into the file out, in the format
// that its extension names.
func save(p *plot.Plot, legend *plot.Legend, w, h vg.Length, out string) (err error) {
	format := strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
	cw, err := draw.NewFormattedCanvas(w, h, format)
	if err != nil {
		return err
	}
	c := draw.New(cw)
	margin := vg.Points(10)
	r := legend.Rectangle(c)
	lw := r.Max.X - r.Min.X + 2*margin
	p.Draw(draw.Crop(c, 0, -lw, 0, 0))
	top := p.Title.TextStyle.Rectangle(p.Title.Text).Size().Y + p.Title.Padding + margin
	legend.Draw(draw.Crop(c, w-lw+margin, -margin, 0, -top))

	f, err := os.Create(out)
	if err != nil {
		return err
	}
	defer func() {
		if e := f.Close(); err == nil {
			err = e
		}
	}()
	_, err = cw.WriteTo(f)
	return err
}
