package engine_test

import (
	"bytes"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strata-runtime/strata"
)

// lockedBuffer is an io.Writer safe for use from several goroutines: the
// version trace is written by managed threads and by the background
// compiler while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (w *lockedBuffer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.Write(p)
}

func (w *lockedBuffer) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.b.String()
}

// TestTieringPromotionUnderThreads runs a program whose threads call the
// same hot methods while they are promoted (tier 0 -> instrumented tier 0
// -> tier 1, published while other threads run the old versions), in
// several tiering configurations. Under -race this checks that
// publication through the entry points and call counting are race-free.
func TestTieringPromotionUnderThreads(t *testing.T) {
	const prog = "../../testdata/cs/thr_tier_promote"
	want, err := os.ReadFile(prog + ".out")
	if err != nil {
		t.Fatal(err)
	}
	if exit, err := os.ReadFile(prog + ".exit"); err != nil || strings.TrimSpace(string(exit)) != "0" {
		t.Fatalf("expected exit code file: %q, %v", exit, err)
	}
	// The hot static method published at tier 1 (from the background
	// compiler, or on its first call with tiering off). It is marked
	// NoInlining: were it inlined into the loop that OSR moves to tier 1,
	// no thread might call its instrumented version again.
	stepTier1 := regexp.MustCompile(`(?m)^\[.*\] published +#\d+ +tier1 +Program\.Step \(System\.Int32,System\.Int32\): `)
	for _, tc := range []struct {
		name    string
		tiering []string
	}{
		{"threshold1", []string{"--tc-threshold=1", "--tc-delay-ms=0"}},
		{"default-nodelay", []string{"--tc-delay-ms=0"}},
		{"tiering-off", []string{"--tiered=false"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			trace := &lockedBuffer{}
			rt, err := strata.New(strata.Config{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""),
				Tiering: tc.tiering, TraceVersions: trace})
			if err != nil {
				t.Fatal(err)
			}
			defer rt.Close()
			asm, err := rt.Load(prog + ".exe")
			if err != nil {
				t.Fatal(err)
			}
			code, err := rt.RunMain(asm, nil)
			if err != nil {
				t.Fatal(err)
			}
			if code != 0 || !bytes.Equal(out.Bytes(), want) {
				t.Fatalf("exit %d, stderr %q\ngot:\n%s\nwant:\n%s", code, errb.String(), out.String(), want)
			}
			// The promotion may still be in the background compiler when
			// the program ends: wait for it (bounded).
			deadline := time.Now().Add(30 * time.Second)
			for !stepTier1.MatchString(trace.String()) {
				if time.Now().After(deadline) {
					t.Fatalf("the trace never shows Program.Step published at tier1:\n%s", lastLines(trace.String(), 60))
				}
				time.Sleep(5 * time.Millisecond)
			}
			tr := programLines(trace.String())
			if tc.name == "tiering-off" {
				if strings.Contains(tr, " tier0 ") || strings.Contains(tr, "tier0-instr") {
					t.Errorf("tiering off created tier-0 versions:\n%s", lastLines(tr, 60))
				}
			} else {
				// Step went through instrumented tier 0 (PGO is on) and its
				// tier-0 versions were retired.
				for _, re := range []string{
					`(?m)^\[.*\] published +#\d+ +tier0 +Program\.Step `,
					`(?m)^\[.*\] queued +#\d+ +tier0 +Program\.Step `,
					`(?m)^\[.*\] published +#\d+ +tier0-instr +Program\.Step `,
					`(?m)^\[.*\] retired +#\d+ +tier0-instr +Program\.Step `,
				} {
					if !regexp.MustCompile(re).MatchString(tr) {
						t.Errorf("trace does not match %q:\n%s", re, lastLines(tr, 60))
					}
				}
			}
			if strings.Contains(tr, "] failed ") {
				t.Errorf("a compilation failed:\n%s", lastLines(tr, 60))
			}
			var stats bytes.Buffer
			rt.WriteStats(&stats)
			if !regexp.MustCompile(`versions created tier1: +[1-9]`).MatchString(stats.String()) {
				t.Errorf("stats show no tier-1 version:\n%s", stats.String())
			}
		})
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	if len(lines) > n {
		lines = append([]string{"..."}, lines[len(lines)-n:]...)
	}
	return strings.Join(lines, "\n")
}

// programLines keeps the trace lines about the test program's own methods.
func programLines(trace string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(trace, "\n") {
		for _, ty := range []string{" Program.", " Triple.", " Flip.", " Op.", " Square.", " Rect."} {
			if strings.Contains(l, ty) {
				b.WriteString(l)
				break
			}
		}
	}
	return b.String()
}
