package inspect

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/strata-runtime/strata/internal/metadata"
)

// FuzzDump checks that any image the metadata layer accepts can be dumped
// without panicking.
func FuzzDump(f *testing.F) {
	paths, _ := filepath.Glob("testdata/*.exe")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		im, err := metadata.Load(data)
		if err != nil {
			return
		}
		if err := dumpImage(io.Discard, "fuzz.exe", im); err != nil {
			t.Fatal(err)
		}
	})
}
