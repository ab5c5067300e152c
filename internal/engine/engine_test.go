package engine_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/strata-runtime/strata"
)

// The threading programs of the conformance corpus exercise managed
// threads, monitors, Interlocked, volatile fields and thread statics;
// running them here puts the engine's concurrency under the race detector
// (go test -race).
//
// ECMA-335 allows a managed program to race (plain reads of a location
// other threads update with Interlocked, as in a compare-and-swap loop); Go's
// detector reports those as races of the program, not of the engine. The
// programs listed here do that on purpose and run without the detector.
var managedRaces = map[string]bool{
	"thr_interlocked": true, // CAS loops read the location plainly before Interlocked.CompareExchange
}

func TestThreadPrograms(t *testing.T) {
	exes, _ := filepath.Glob("../../testdata/cs/thr_*.exe")
	if len(exes) == 0 {
		t.Fatal("no threading programs found")
	}
	for _, exe := range exes {
		exe := exe
		name := strings.TrimSuffix(filepath.Base(exe), ".exe")
		t.Run(name, func(t *testing.T) {
			if managedRaces[name] && raceEnabled {
				t.Skip("the managed program races by design (see managedRaces)")
			}
			want, err := os.ReadFile(strings.TrimSuffix(exe, ".exe") + ".out")
			if err != nil {
				t.Skip("no expected output")
			}
			var out, errb bytes.Buffer
			rt, err := strata.New(strata.Config{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader("")})
			if err != nil {
				t.Fatal(err)
			}
			asm, err := rt.Load(exe)
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
		})
	}
}
