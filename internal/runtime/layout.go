package runtime

import (
	"sync"

	"github.com/strata-runtime/strata/internal/metadata"
)

// Byte layout of value types, as ECMA-335 II.10.1.2 and mono lay them out:
// sequential (with .pack) or explicit ([FieldOffset]) placement, ClassSize
// from ClassLayout. Structs normally keep one Value per field; the byte
// layout is what sizeof reports, what unsafe code sees through pointers,
// and the storage of explicit-layout structs whose fields overlap.

// Layout describes a value type's bytes.
type Layout struct {
	Size    int
	Align   int
	Offsets map[*Field]int // instance field -> byte offset
	Plain   bool           // only primitive (or plain struct) fields: representable as bytes
}

var layoutMu sync.Mutex

// Layout computes t's byte layout (value types).
func (t *Type) Layout() *Layout {
	layoutMu.Lock()
	defer layoutMu.Unlock()
	return t.layoutLocked()
}

func (t *Type) layoutLocked() *Layout {
	if t.layout != nil {
		return t.layout
	}
	_ = t.EnsureLoaded()
	l := &Layout{Offsets: map[*Field]int{}, Plain: true, Align: 1}
	t.layout = l
	switch t.Kind {
	case KindPrimitive, KindEnum:
		l.Size = StorageSize(t.Storage)
		l.Align = l.Size
		return l
	}
	pack := 8
	classSize := 0
	if t.Module != nil {
		if cl, ok := t.Module.MD.ClassLayoutOf(t.Row); ok {
			if cl.PackingSize > 0 {
				pack = int(cl.PackingSize)
			}
			classSize = int(cl.ClassSize)
		}
	}
	explicit := t.Flags&0x18 == 0x10
	var offsets map[uint32]int
	if explicit && t.Module != nil {
		offsets = t.Module.fieldOffsets()
	}
	off := 0
	for _, f := range t.Fields {
		if f.IsStatic() || f.IsLiteral() {
			continue
		}
		size, align := 8, 8
		switch {
		case f.Type.Storage == StRef:
			l.Plain = false
		case f.Type.IsStruct():
			fl := f.Type.layoutLocked()
			size, align = fl.Size, fl.Align
			if !fl.Plain {
				l.Plain = false
			}
		default:
			size = StorageSize(f.Type.Storage)
			align = size
		}
		if align > pack {
			align = pack
		}
		if align < 1 {
			align = 1
		}
		if explicit {
			off = offsets[f.Row]
		} else {
			off = (off + align - 1) / align * align
		}
		l.Offsets[f] = off
		if align > l.Align {
			l.Align = align
		}
		if end := off + size; end > l.Size {
			l.Size = end
		}
		if !explicit {
			off += size
		}
	}
	l.Size = (l.Size + l.Align - 1) / l.Align * l.Align
	if classSize > l.Size {
		l.Size = classSize
	}
	return l
}

// fieldOffsets maps Field rows to their FieldLayout offsets.
func (m *Module) fieldOffsets() map[uint32]int {
	m.fieldOffsetsOnce.Do(func() {
		m.fieldOffsetMap = map[uint32]int{}
		n := m.MD.RowCount(metadata.TableFieldLayout)
		for r := uint32(1); r <= n; r++ {
			fl, err := m.MD.FieldLayout(r)
			if err != nil {
				continue
			}
			m.fieldOffsetMap[fl.Field.Row()] = int(fl.Offset)
		}
	})
	return m.fieldOffsetMap
}

// HasOverlappingFields reports whether t has explicit layout with fields
// that share bytes (a union); such structs are stored as bytes.
func (t *Type) hasOverlappingFields() bool {
	if t.Flags&0x18 != 0x10 || t.Module == nil {
		return false
	}
	offsets := t.Module.fieldOffsets()
	type span struct{ lo, hi int }
	var spans []span
	for _, f := range t.Fields {
		if f.IsStatic() || f.IsLiteral() {
			continue
		}
		if f.Type.Storage == StRef {
			return false
		}
		n := StorageSize(f.Type.Storage)
		if f.Type.IsStruct() {
			fl := f.Type.Layout()
			if !fl.Plain {
				return false
			}
			n = fl.Size
		}
		lo := offsets[f.Row]
		hi := lo + n
		for _, s := range spans {
			if lo < s.hi && s.lo < hi {
				return true
			}
		}
		spans = append(spans, span{lo, hi})
	}
	return false
}

// StructBytes serialises plain struct storage o (of type t) to its bytes.
func StructBytes(t *Type, o *Object) []byte {
	l := t.Layout()
	b := make([]byte, l.Size)
	putStruct(t, o, b)
	return b
}

func putStruct(t *Type, o *Object, b []byte) {
	if t.ByteStorage {
		for i := range b {
			if i < len(o.Fields) {
				b[i] = byte(o.Fields[i].N)
			}
		}
		return
	}
	l := t.Layout()
	for f, off := range l.Offsets {
		v := o.Fields[f.Index]
		if f.Type.IsStruct() {
			if v.R != nil {
				putStruct(f.Type, v.R, b[off:])
			}
			continue
		}
		n := StorageSize(f.Type.Storage)
		for i := 0; i < n && off+i < len(b); i++ {
			b[off+i] = byte(v.N >> (8 * uint(i)))
		}
	}
}

// SetStructBytes overwrites plain struct storage o (of type t) from bytes.
func SetStructBytes(t *Type, o *Object, b []byte) {
	if t.ByteStorage {
		for i := range o.Fields {
			if i < len(b) {
				o.Fields[i] = Value{N: uint64(b[i])}
			}
		}
		return
	}
	l := t.Layout()
	for f, off := range l.Offsets {
		if f.Type.IsStruct() {
			if r := o.Fields[f.Index].R; r != nil && off < len(b) {
				SetStructBytes(f.Type, r, b[off:])
			}
			continue
		}
		n := StorageSize(f.Type.Storage)
		if off+n <= len(b) {
			o.Fields[f.Index] = Value{N: DecodeLE(f.Type.Storage, b[off:off+n])}
		}
	}
}

// FieldOffset returns the byte offset of the instance field stored in slot
// index of t's storage.
func (t *Type) FieldOffset(index int) int {
	for f, off := range t.Layout().Offsets {
		if f.Index == index {
			return off
		}
	}
	return 0
}
