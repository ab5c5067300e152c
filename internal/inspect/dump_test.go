package inspect

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the .golden files")

// TestGolden dumps each testdata/*.exe and compares with its .golden file.
func TestGolden(t *testing.T) {
	exes, err := filepath.Glob("testdata/*.exe")
	if err != nil || len(exes) == 0 {
		t.Fatalf("no test images: %v", err)
	}
	for _, exe := range exes {
		t.Run(filepath.Base(exe), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Dump(&buf, exe); err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(exe, ".exe") + ".golden"
			if *update {
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("output differs from %s (run with -update to accept):\n%s", golden, firstDiff(buf.String(), string(want)))
			}
		})
	}
}

func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := 0; i < len(g) || i < len(w); i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got:  %s\n want: %s", i+1, gl, wl)
		}
	}
	return ""
}

// TestDeterministic dumps the same file twice.
func TestDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if err := Dump(&a, "testdata/shapes.exe"); err != nil {
		t.Fatal(err)
	}
	if err := Dump(&b, "testdata/shapes.exe"); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("dump is not deterministic")
	}
}

func TestDumpErrors(t *testing.T) {
	if err := Dump(&bytes.Buffer{}, "testdata/missing.exe"); err == nil {
		t.Error("missing file: no error")
	}
	if err := Dump(&bytes.Buffer{}, "testdata/shapes.cs"); err == nil {
		t.Error("non-PE file: no error")
	}
}

// TestDumpMscorlib exercises the dumper on a large real assembly.
func TestDumpMscorlib(t *testing.T) {
	const path = "/usr/lib/mono/4.5/mscorlib.dll"
	if _, err := os.Stat(path); err != nil {
		t.Skip("mscorlib.dll not installed")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	var buf bytes.Buffer
	if err := Dump(&buf, path); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(buf.String(), "<error"); n != 0 {
		i := strings.Index(buf.String(), "<error")
		t.Errorf("%d errors in dump, first: %s", n, buf.String()[i:min(i+200, buf.Len())])
	}
}
