package metadata

import (
	"os"
	"path/filepath"
	"testing"
	"time"
)

// Fuzz targets. Each is seeded from the committed test assemblies; crashers
// found while fuzzing are kept under testdata/fuzz/<Target>/ as regression
// seeds. Every target also asserts the "never hang" half of the contract
// by bounding the time one input may take.

// maxFuzzTime is a generous per-input budget; exceeding it means some loop
// is not bounded by the input size.
const maxFuzzTime = 5 * time.Second

func testImages(f *testing.F) [][]byte {
	paths, _ := filepath.Glob("testdata/*.exe")
	var out [][]byte
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func testRoots(f *testing.F) [][]byte {
	var out [][]byte
	for _, img := range testImages(f) {
		im, err := Load(img)
		if err != nil {
			f.Fatal(err)
		}
		root, _, _ := im.rawAt(im.cli.MetaData.RVA)
		out = append(out, root[:im.cli.MetaData.Size])
	}
	return out
}

func timed(t *testing.T, fn func()) {
	start := time.Now()
	fn()
	if d := time.Since(start); d > maxFuzzTime {
		t.Fatalf("input took %v", d)
	}
}

func FuzzLoadPE(f *testing.F) {
	for _, b := range testImages(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		timed(t, func() {
			im, err := Load(data)
			if err != nil {
				return
			}
			walkImage(im)
			im.EntryPoint()
			_, _ = im.ReadRVA(im.cli.MetaData.RVA, 1<<20)
		})
	})
}

func FuzzMetadataRoot(f *testing.F) {
	for _, b := range testRoots(f) {
		f.Add(b)
	}
	delta, _ := deltaRoot()
	f.Add(delta)
	f.Fuzz(func(t *testing.T, data []byte) {
		timed(t, func() {
			m, err := LoadMetadataRoot(data)
			if err != nil {
				return
			}
			walkMetadata(m)
		})
	})
}

func FuzzHeaps(f *testing.F) {
	for _, root := range testRoots(f) {
		m, err := LoadMetadataRoot(root)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(m.strings, m.blob, m.us, m.guid, uint32(1))
	}
	f.Add([]byte{0, 'a'}, []byte{0, 0xC0}, []byte{0, 0xBF}, []byte{1}, uint32(0xFFFFFFFF))
	f.Fuzz(func(t *testing.T, strs, blob, us, guid []byte, idx uint32) {
		root := buildRoot("v4", testStream{"#Strings", strs}, testStream{"#Blob", blob},
			testStream{"#US", us}, testStream{"#GUID", guid})
		m, err := LoadMetadataRoot(root)
		if err != nil {
			t.Fatalf("synthetic root rejected: %v", err)
		}
		check := func(i uint32) {
			if s, err := m.String(i); err == nil && len(strs) > 0 && uint64(i)+uint64(len(s)) >= uint64(len(strs)) {
				t.Fatalf("String(%d) read past the heap", i)
			}
			if b, err := m.Blob(i); err == nil && len(b) > len(blob) {
				t.Fatalf("Blob(%d) longer than the heap", i)
			}
			if u, err := m.UserString(i); err == nil && 2*len(u) > len(us) {
				t.Fatalf("UserString(%d) longer than the heap", i)
			}
			if _, err := m.GUID(i); err == nil && i != 0 && uint64(i)*16 > uint64(len(guid)) {
				t.Fatalf("GUID(%d) past the heap", i)
			}
		}
		check(idx)
		for i := uint32(0); i < 64 && int(i) <= len(strs)+len(blob)+len(us); i++ {
			check(i)
		}
	})
}

func FuzzSignatures(f *testing.F) {
	for _, root := range testRoots(f) {
		m, err := LoadMetadataRoot(root)
		if err != nil {
			f.Fatal(err)
		}
		for off := uint32(0); off < uint32(len(m.blob)); {
			b, err := m.Blob(off)
			if err != nil {
				break
			}
			f.Add(b)
			n, hl, _ := DecodeCompressedUint(m.blob[off:])
			off += uint32(hl) + n
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		timed(t, func() {
			_, _, _ = DecodeCompressedUint(b)
			_, _, _ = DecodeCompressedInt(b)
			if s, err := ParseMethodSig(b); err == nil {
				_ = s.String()
				for i := range s.Params {
					_, _ = ParseCustomAttributeValue(b, s.Params[i:], nil)
				}
				_, _ = ParseCustomAttributeValue(b, s.Params, nil)
			}
			if ft, err := ParseFieldSig(b); err == nil {
				_ = ft.String()
			}
			if p, err := ParsePropertySig(b); err == nil {
				_ = p.Type.String()
			}
			if ls, err := ParseLocalsSig(b); err == nil {
				for _, l := range ls {
					_ = l.String()
				}
			}
			if ts, err := ParseTypeSpec(b); err == nil {
				_ = ts.String()
			}
			_, _ = ParseMethodSpec(b)
			// Custom attribute blobs against a spread of parameter types.
			params := []*TypeSig{
				{Kind: ElemString}, {Kind: ElemI4}, {Kind: ElemObject},
				{Kind: ElemSZArray, Elem: &TypeSig{Kind: ElemObject}},
				{Kind: ElemValueType, Token: 0x01000001}, {Kind: ElemClass, Token: 0x01000002},
				{Kind: ElemR8}, {Kind: ElemSZArray, Elem: &TypeSig{Kind: ElemString}},
			}
			_, _ = ParseCustomAttributeValue(b, params, nil)
			_, _ = ParseCustomAttributeValue(b, nil, nil)
		})
	})
}

func FuzzMethodBody(f *testing.F) {
	for _, img := range testImages(f) {
		im, err := Load(img)
		if err != nil {
			f.Fatal(err)
		}
		m := im.Metadata()
		for r := uint32(1); r <= m.RowCount(TableMethodDef); r++ {
			md, _ := m.MethodDef(r)
			if md.RVA == 0 {
				continue
			}
			raw, _, err := im.rawAt(md.RVA)
			if err == nil {
				body, err := ParseMethodBody(raw)
				if err == nil {
					f.Add(raw[:body.Size])
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		timed(t, func() {
			body, err := ParseMethodBody(b)
			if err != nil {
				return
			}
			if body.Size > len(b) || len(body.Code) > len(b) {
				t.Fatalf("body size %d / code %d exceed input %d", body.Size, len(body.Code), len(b))
			}
			for _, c := range body.Clauses {
				if uint64(c.TryOffset)+uint64(c.TryLength) > uint64(len(body.Code)) {
					t.Fatalf("clause %+v outside code", c)
				}
			}
		})
	})
}
