package il

import (
	"io"
	"path/filepath"
	"testing"

	"github.com/strata-runtime/strata/internal/metadata"
)

// FuzzILDecode feeds arbitrary byte streams to the decoder and the
// disassembler. Seeds are the method bodies of the metadata package's test
// assemblies.
func FuzzILDecode(f *testing.F) {
	paths, _ := filepath.Glob("../metadata/testdata/*.exe")
	for _, p := range paths {
		im, err := metadata.Open(p)
		if err != nil {
			f.Fatal(err)
		}
		m := im.Metadata()
		for r := uint32(1); r <= m.RowCount(metadata.TableMethodDef); r++ {
			md, err := m.MethodDef(r)
			if err != nil || md.RVA == 0 {
				continue
			}
			if body, err := im.MethodBody(md.RVA); err == nil {
				f.Add(body.Code)
			}
		}
	}
	f.Add([]byte{0x45, 0xFF, 0xFF, 0xFF, 0x3F})
	f.Fuzz(func(t *testing.T, code []byte) {
		ins, err := Decode(code)
		if err == nil {
			var total uint32
			for _, in := range ins {
				if in.Offset != total {
					t.Fatalf("instruction at %d, expected %d", in.Offset, total)
				}
				total += in.Size
				_ = FormatInstruction(&in, nil)
			}
			if int(total) != len(code) {
				t.Fatalf("decoded %d of %d bytes", total, len(code))
			}
		}
		for off := uint32(0); int(off) < len(code) && off < 64; off++ {
			_, _ = DecodeOne(code, off)
		}
		_ = Disassemble(io.Discard, code, func(metadata.Token) string { return "" })
	})
}
