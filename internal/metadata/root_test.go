package metadata

import (
	"encoding/binary"
	"errors"
	"reflect"
	"testing"
)

// leWriter is a tiny little-endian byte writer for building test metadata.
type leWriter struct{ b []byte }

func (w *leWriter) u8(v uint8)    { w.b = append(w.b, v) }
func (w *leWriter) u16(v uint16)  { w.b = binary.LittleEndian.AppendUint16(w.b, v) }
func (w *leWriter) u32(v uint32)  { w.b = binary.LittleEndian.AppendUint32(w.b, v) }
func (w *leWriter) u64(v uint64)  { w.b = binary.LittleEndian.AppendUint64(w.b, v) }
func (w *leWriter) raw(b ...byte) { w.b = append(w.b, b...) }

// col writes v with the given width (2 or 4).
func (w *leWriter) col(width int, v uint32) {
	if width == 2 {
		w.u16(uint16(v))
	} else {
		w.u32(v)
	}
}

type testStream struct {
	name string
	data []byte
}

// buildRoot assembles a metadata root ("BSJB") with the given streams.
func buildRoot(version string, streams ...testStream) []byte {
	var w leWriter
	w.u32(metadataSignature)
	w.u16(1)
	w.u16(1)
	w.u32(0)
	v := []byte(version)
	vlen := (len(v) + 1 + 3) &^ 3
	w.u32(uint32(vlen))
	w.raw(append(v, make([]byte, vlen-len(v))...)...)
	w.u16(0)
	w.u16(uint16(len(streams)))
	hdrSize := len(w.b)
	for _, s := range streams {
		hdrSize += 8 + (len(s.name)+1+3)&^3
	}
	off := hdrSize
	for _, s := range streams {
		w.u32(uint32(off))
		w.u32(uint32(len(s.data)))
		n := append([]byte(s.name), 0)
		for len(n)%4 != 0 {
			n = append(n, 0)
		}
		w.raw(n...)
		off += (len(s.data) + 3) &^ 3
	}
	for _, s := range streams {
		w.raw(s.data...)
		for len(w.b)%4 != 0 {
			w.u8(0)
		}
	}
	return w.b
}

// tablesHeader writes the fixed part of a tables stream.
func tablesStreamHeader(heapSizes uint8, rows map[TableID]uint32, extra *uint32) *leWriter {
	w := &leWriter{}
	w.u32(0)
	w.u8(2)
	w.u8(0)
	w.u8(heapSizes)
	w.u8(1)
	var valid uint64
	for t := range rows {
		valid |= 1 << t
	}
	w.u64(valid)
	w.u64(0)
	for t := 0; t < 64; t++ {
		if valid&(1<<t) != 0 {
			w.u32(rows[TableID(t)])
		}
	}
	if extra != nil {
		w.u32(*extra)
	}
	return w
}

// stringsHeap builds a #Strings heap and returns the offset of each string.
func stringsHeap(names ...string) ([]byte, map[string]uint32) {
	b := []byte{0}
	off := map[string]uint32{}
	for _, n := range names {
		off[n] = uint32(len(b))
		b = append(append(b, n...), 0)
	}
	return b, off
}

// deltaRoot builds an edit-and-continue style root: a "#-" stream with Ptr
// tables, EncLog/EncMap, ExtraData, the delete/delta heap bits and a #JTD
// stream forcing 4-byte table and coded indexes.
func deltaRoot() (root []byte, extra uint32) {
	strs, s := stringsHeap("<Module>", "Foo", "NS", "a", "b", "c", "M1", "M2", "p")
	blob := []byte{0, 2, 0x06, 0x08, 3, 0x20, 0x00, 0x01} // 1: field int32; 4: instance void()
	guid := make([]byte, 16)
	guid[0] = 0xAB
	us := []byte{0, 5, 'h', 0, 'i', 0, 0}

	rows := map[TableID]uint32{
		TableModule: 1, TableTypeDef: 2, TableFieldPtr: 3, TableField: 3,
		TableMethodPtr: 2, TableMethodDef: 2, TableParamPtr: 1, TableParam: 1,
		TableEncLog: 2, TableEncMap: 2,
	}
	extra = uint32(0xDEADBEEF)
	w := tablesStreamHeader(HeapExtraData|HeapHasDeleted|HeapDeltaOnly, rows, &extra)
	// Module: Generation, Name, Mvid, EncId, EncBaseId (heap indexes 2 bytes).
	w.u16(1)
	w.u16(uint16(s["<Module>"]))
	w.u16(1)
	w.u16(0)
	w.u16(0)
	// TypeDef: Flags, Name, Namespace, Extends(4), FieldList(4), MethodList(4).
	for _, td := range []struct{ name, ns string }{{"<Module>", ""}, {"Foo", "NS"}} {
		w.u32(0)
		w.u16(uint16(s[td.name]))
		w.u16(uint16(s[td.ns]))
		w.u32(0)
		w.u32(1)
		w.u32(1)
	}
	// FieldPtr: permuted.
	w.u32(3)
	w.u32(1)
	w.u32(2)
	// Field: Flags, Name, Signature.
	for _, n := range []string{"a", "b", "c"} {
		w.u16(6)
		w.u16(uint16(s[n]))
		w.u16(1)
	}
	// MethodPtr.
	w.u32(2)
	w.u32(1)
	// MethodDef: RVA, ImplFlags, Flags, Name, Signature, ParamList(4).
	for i, n := range []string{"M1", "M2"} {
		w.u32(0)
		w.u16(0)
		w.u16(0x86)
		w.u16(uint16(s[n]))
		w.u16(4)
		w.u32(uint32(i + 1))
	}
	// ParamPtr.
	w.u32(1)
	// Param: Flags, Sequence, Name.
	w.u16(0)
	w.u16(1)
	w.u16(uint16(s["p"]))
	// EncLog: Token, FuncCode.
	w.u32(0x06000001)
	w.u32(0)
	w.u32(0x04000003)
	w.u32(1)
	// EncMap.
	w.u32(0x04000003)
	w.u32(0x06000001)

	root = buildRoot("v4.0.30319",
		testStream{"#-", w.b}, testStream{"#Strings", strs}, testStream{"#US", us},
		testStream{"#GUID", guid}, testStream{"#Blob", blob}, testStream{"#JTD", nil})
	return root, extra
}

func TestUncompressedDeltaRoot(t *testing.T) {
	root, extra := deltaRoot()
	m, err := LoadMetadataRoot(root)
	if err != nil {
		t.Fatal(err)
	}
	if !m.IsUncompressed() || !m.IsMinimalDelta() || m.TablesHeader().ExtraData != extra {
		t.Errorf("flags: uncompressed %v delta %v header %+v", m.IsUncompressed(), m.IsMinimalDelta(), m.TablesHeader())
	}
	td, err := m.TypeDef(2)
	if err != nil || td.Name != "Foo" || td.Namespace != "NS" {
		t.Errorf("TypeDef(2) = %+v, %v", td, err)
	}
	fields, err := m.TypeFields(2)
	if err != nil || !reflect.DeepEqual(fields, []uint32{3, 1, 2}) {
		t.Errorf("TypeFields(2) = %v, %v", fields, err)
	}
	if f, _ := m.FieldPtr(1); f.Field != 3 {
		t.Errorf("FieldPtr(1) = %+v", f)
	}
	methods, err := m.TypeMethods(2)
	if err != nil || !reflect.DeepEqual(methods, []uint32{2, 1}) {
		t.Errorf("TypeMethods(2) = %v, %v", methods, err)
	}
	if ps, err := m.MethodParams(1); err != nil || !reflect.DeepEqual(ps, []uint32{1}) {
		t.Errorf("MethodParams(1) = %v, %v", ps, err)
	}
	if ps, err := m.MethodParams(2); err != nil || len(ps) != 0 {
		t.Errorf("MethodParams(2) = %v, %v", ps, err)
	}
	if got := m.DeclaringTypeOfMethod(1); got != 2 {
		t.Errorf("DeclaringTypeOfMethod(1) = %d", got)
	}
	if got := m.DeclaringTypeOfField(3); got != 2 {
		t.Errorf("DeclaringTypeOfField(3) = %d", got)
	}
	log, err := m.EncLog(2)
	if err != nil || log.Token != 0x04000003 || log.FuncCode != 1 {
		t.Errorf("EncLog(2) = %+v, %v", log, err)
	}
	em, err := m.EncMap(2)
	if err != nil || em.Token != 0x06000001 {
		t.Errorf("EncMap(2) = %+v, %v", em, err)
	}
	md, _ := m.MethodDef(2)
	sb, _ := m.Blob(md.Signature)
	if sig, err := ParseMethodSig(sb); err != nil || sig.String() != "instance void ()" {
		t.Errorf("M2 sig = %v, %v", sig, err)
	}
	mod, _ := m.Module(1)
	if g, err := m.GUID(mod.Mvid); err != nil || g[0] != 0xAB {
		t.Errorf("Mvid = %x, %v", g, err)
	}
	if u, err := m.UserString(1); err != nil || string([]rune{rune(u[0]), rune(u[1])}) != "hi" || len(u) != 2 {
		t.Errorf("UserString(1) = %v, %v", u, err)
	}
	if s := walkMetadata(m); s.firstErr != nil {
		t.Errorf("walk: %v", s.firstErr)
	}
}

// TestIndexWidths checks the 2/4-byte switch of coded indexes: TypeDefOrRef
// has 2 tag bits, so 2^14 TypeRef rows force 4-byte Extends columns.
func TestIndexWidths(t *testing.T) {
	for _, n := range []uint32{1<<14 - 1, 1 << 14} {
		strs, s := stringsHeap("X")
		rows := map[TableID]uint32{TableTypeRef: n, TableTypeDef: 1}
		w := tablesStreamHeader(0, rows, nil)
		// ResolutionScope also has 2 tag bits and can name a TypeRef, so it
		// widens together with Extends.
		width := 2
		if n >= 1<<14 {
			width = 4
		}
		for i := uint32(0); i < n; i++ { // TypeRef: ResolutionScope, Name, Namespace
			w.col(width, 0)
			w.u16(uint16(s["X"]))
			w.u16(0)
		}
		w.u32(0)
		w.u16(uint16(s["X"]))
		w.u16(0)
		w.col(width, (n<<2)|1) // Extends = TypeRef n
		w.u16(1)
		w.u16(1)
		m, err := LoadMetadataRoot(buildRoot("v4", testStream{"#Strings", strs}, testStream{"#~", w.b}))
		if err != nil {
			t.Fatalf("n=%d: %v", n, err)
		}
		td, err := m.TypeDef(1)
		if err != nil || td.Extends != NewToken(TableTypeRef, n) {
			t.Errorf("n=%d: TypeDef(1) = %+v, %v", n, td, err)
		}
	}
}

func TestMalformedRoots(t *testing.T) {
	good := buildRoot("v4", testStream{"#Strings", []byte{0}})
	if _, err := LoadMetadataRoot(good); err != nil {
		t.Fatal(err)
	}
	cases := map[string][]byte{
		"empty":             nil,
		"bad signature":     []byte("XSJB0000000000000000"),
		"truncated":         good[:18],
		"stream past end":   buildRoot("v4", testStream{"#~", []byte{1, 2, 3}})[:40],
		"tables truncated":  buildRoot("v4", testStream{"#~", make([]byte, 10)}),
		"rows overrun":      buildRoot("v4", testStream{"#~", tablesStreamHeader(0, map[TableID]uint32{TableTypeDef: 1000}, nil).b}),
		"too many rows":     buildRoot("v4", testStream{"#~", tablesStreamHeader(0, map[TableID]uint32{TableTypeDef: 1 << 25}, nil).b}),
		"extra data absent": buildRoot("v4", testStream{"#~", tablesStreamHeader(HeapExtraData, nil, nil).b}),
	}
	for name, data := range cases {
		if _, err := LoadMetadataRoot(data); !errors.Is(err, ErrMalformed) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

func TestMalformedPE(t *testing.T) {
	im := openTest(t, "hello.exe")
	data := im.data
	for _, n := range []int{0, 2, 0x40, 0x80, 0x100, 0x180, 0x200} {
		if _, err := Load(data[:n]); err == nil {
			t.Errorf("truncated to %d bytes: no error", n)
		}
	}
	// Every other truncation must either fail cleanly or load and walk.
	for n := 0; n < len(data); n += 3 {
		if im, err := Load(data[:n]); err == nil {
			walkImage(im)
		}
	}
}
