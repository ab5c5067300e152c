package engine

import (
	"github.com/strata-runtime/strata/internal/runtime"
)

// Unmanaged pointers. A managed byref is (container, slot index). When
// unsafe code turns a byref into a pointer (conv.i / conv.u), or allocates
// with localloc, the pointer becomes byte-addressed: N = rawFlag | byte
// offset into the container, so that pointer arithmetic in bytes works. The
// containers that support byte addressing are arrays of primitives (bytes
// are the little-endian images of the elements), strings (UTF-16 units) and
// localloc blocks (a []byte in Object.Ext).

const rawFlag = 1 << 62

// rawBlock is the payload of a localloc allocation.
type rawBlock struct{ b []byte }

func storageSize(st runtime.Storage) int {
	switch st {
	case runtime.StBool, runtime.StI1, runtime.StU1:
		return 1
	case runtime.StChar, runtime.StI2, runtime.StU2:
		return 2
	case runtime.StI4, runtime.StU4, runtime.StR4:
		return 4
	}
	return 8
}

// toPointer converts a byref or object reference to a byte-addressed pointer.
func toPointer(v Value) Value {
	o := v.R
	if o == nil || v.N&rawFlag != 0 {
		return v
	}
	switch {
	case isString(o):
		return Value{R: o, N: rawFlag | v.N*2}
	case o.Type != nil && o.Type.IsArray() && !o.Type.Elem.IsStruct():
		return Value{R: o, N: rawFlag | v.N*uint64(storageSize(o.Type.Elem.Storage))}
	case o.Type != nil && o.Type.FixedBufferElem != nil:
		return Value{R: o, N: rawFlag | v.N*uint64(storageSize(o.Type.FixedBufferElem.Storage))}
	case int(v.N) < len(o.Fields) && o.Fields[v.N].R != nil && o.Fields[v.N].R.Type != nil && o.Fields[v.N].R.Type.FixedBufferElem != nil:
		// A byref to a fixed-size buffer struct: address its elements.
		return Value{R: o.Fields[v.N].R, N: rawFlag}
	case int(v.N) < len(o.Fields) && (o.Fields[v.N].R == nil || o.Fields[v.N].R.Type == nil || !o.Fields[v.N].R.Type.IsStruct()):
		// A scalar slot (a local, argument, field or static): bytes are the
		// little-endian image of each 8-byte slot.
		return Value{R: o, N: rawFlag | scalarFlag | v.N*8}
	}
	return v
}

// scalarFlag marks byte addresses over the 8-byte slots of a container.
const scalarFlag = 1 << 61

func newRawBlock(n int) Value {
	return Value{R: &runtime.Object{Ext: &rawBlock{b: make([]byte, n)}}, N: rawFlag}
}

// rawRead reads width bytes at a byte-addressed pointer, little-endian.
func rawRead(p Value, width int) uint64 {
	off := int(p.N &^ rawFlag)
	o := p.R
	var u uint64
	for i := width - 1; i >= 0; i-- {
		u = u<<8 | uint64(rawByte(o, off+i))
	}
	return u
}

func rawByte(o *runtime.Object, off int) byte {
	if off&scalarFlag != 0 {
		off &^= scalarFlag
		return byte(o.Fields[off/8].N >> (8 * uint(off%8)))
	}
	if rb, ok := o.Ext.(*rawBlock); ok {
		return rb.b[off]
	}
	if isString(o) {
		if off/2 >= len(o.Chars) {
			return 0 // strings are NUL-terminated
		}
		c := o.Chars[off/2]
		return byte(c >> (8 * uint(off%2)))
	}
	st := elemStorage(o)
	e := storageSize(st)
	v := o.Fields[off/e].N
	return byte(v >> (8 * uint(off%e)))
}

func rawSetByte(o *runtime.Object, off int, b byte) {
	if off&scalarFlag != 0 {
		off &^= scalarFlag
		v := &o.Fields[off/8]
		sh := 8 * uint(off%8)
		v.N = v.N&^(0xff<<sh) | uint64(b)<<sh
		return
	}
	if rb, ok := o.Ext.(*rawBlock); ok {
		rb.b[off] = b
		return
	}
	if isString(o) {
		c := &o.Chars[off/2]
		sh := 8 * uint(off%2)
		*c = *c&^(0xff<<sh) | uint16(b)<<sh
		return
	}
	st := elemStorage(o)
	e := storageSize(st)
	v := &o.Fields[off/e]
	sh := 8 * uint(off%e)
	v.N = truncate(st, v.N&^(0xff<<sh)|uint64(b)<<sh)
}

// rawWrite writes the low width bytes of u at a byte-addressed pointer.
func rawWrite(p Value, width int, u uint64) {
	off := int(p.N &^ rawFlag)
	for i := 0; i < width; i++ {
		rawSetByte(p.R, off+i, byte(u>>(8*uint(i))))
	}
}

// loadRaw reads a value of storage st through a byte-addressed pointer.
func loadRaw(p Value, st runtime.Storage) Value {
	u := rawRead(p, storageSize(st))
	switch st {
	case runtime.StI1, runtime.StI2, runtime.StI4, runtime.StU4:
		return Value{N: truncate(st, u)}
	}
	return Value{N: u}
}

func isString(o *runtime.Object) bool {
	return o.Type != nil && o.Type.Name == "String" && o.Type.Namespace == "System" && o.Type.Declaring == nil
}

// widthMismatch reports whether an access of storage st through byref p
// reads a different width than the array element p designates.
func widthMismatch(p Value, st runtime.Storage) bool {
	o := p.R
	if o.Type == nil || !o.Type.IsArray() || o.Type.Elem.IsStruct() || st == runtime.StRef || o.Type.Elem.Storage == runtime.StRef {
		return false
	}
	return storageSize(o.Type.Elem.Storage) != storageSize(st)
}

// elemStorage is the element storage of an array or fixed-size buffer.
func elemStorage(o *runtime.Object) runtime.Storage {
	if o.Type.FixedBufferElem != nil {
		return o.Type.FixedBufferElem.Storage
	}
	return o.Type.Elem.Storage
}

// structStorage returns the struct storage an object operand of kind k
// designates (a byref to a struct location, or a struct value).
func structStorage(v Value, k sk) *runtime.Object {
	if k == skP || k == skI {
		if v.N&rawFlag != 0 {
			return nil
		}
		return v.R.Fields[v.N].R
	}
	return v.R
}

// byteFieldOp executes field access on a byte-stored struct.
func (t *Thread) byteFieldOp(f *Frame, in *Instr) {
	s, sp := f.seg.Fields, f.sp
	st := runtime.Storage(in.B & 0xff)
	k := sk(in.B >> 8)
	switch in.Op {
	case OpLdFldBytes:
		o := structStorage(s[sp-1], k)
		s[sp-1] = loadRaw(Value{R: o, N: rawFlag | uint64(in.A)}, st)
	case OpStFldBytes:
		o := structStorage(s[sp-2], k)
		v := normalize(st, sk(in.K), s[sp-1])
		rawWrite(Value{R: o, N: rawFlag | uint64(in.A)}, storageSize(st), v.N)
		f.sp = sp - 2
	case OpLdFldaBytes:
		o := structStorage(s[sp-1], k)
		s[sp-1] = Value{R: o, N: rawFlag | uint64(in.A)}
	}
}

// structFromRaw reads a struct of type ty from a byte-addressed pointer.
func structFromRaw(ty *runtime.Type, p Value) *runtime.Object {
	o := runtime.NewObject(ty)
	b := make([]byte, ty.Layout().Size)
	off := int(p.N &^ rawFlag)
	for i := range b {
		b[i] = rawByte(p.R, off+i)
	}
	runtime.SetStructBytes(ty, o, b)
	return o
}

// structToRaw writes struct storage o of type ty at a byte-addressed pointer.
func structToRaw(ty *runtime.Type, o *runtime.Object, p Value) {
	off := int(p.N &^ rawFlag)
	for i, c := range runtime.StructBytes(ty, o) {
		rawSetByte(p.R, off+i, c)
	}
}

// readBlock reads n bytes at p: a byte-addressed pointer, or a byref to a
// struct location (whose layout gives its bytes).
func readBlock(p Value, n int) ([]byte, bool) {
	if p.R == nil {
		return nil, false
	}
	if p.N&rawFlag != 0 {
		b := make([]byte, n)
		off := int(p.N &^ rawFlag)
		for i := range b {
			b[i] = rawByte(p.R, off+i)
		}
		return b, true
	}
	o := p.R.Fields[p.N].R
	if o == nil || o.Type == nil || !o.Type.IsStruct() {
		return nil, false
	}
	b := runtime.StructBytes(o.Type, o)
	if len(b) < n {
		b = append(b, make([]byte, n-len(b))...)
	}
	return b[:n], true
}

// writeBlock writes b at p (see readBlock).
func writeBlock(p Value, b []byte) bool {
	if p.R == nil {
		return false
	}
	if p.N&rawFlag != 0 {
		off := int(p.N &^ rawFlag)
		for i, c := range b {
			rawSetByte(p.R, off+i, c)
		}
		return true
	}
	o := p.R.Fields[p.N].R
	if o == nil || o.Type == nil || !o.Type.IsStruct() {
		return false
	}
	cur := runtime.StructBytes(o.Type, o)
	copy(cur, b)
	runtime.SetStructBytes(o.Type, o, cur)
	return true
}

// isStructRef reports whether p is a managed byref to struct storage.
func isStructRef(p Value) bool {
	if p.N&rawFlag != 0 || int(p.N) >= len(p.R.Fields) {
		return false
	}
	o := p.R.Fields[p.N].R
	return o != nil && o.Type != nil && o.Type.IsStruct() && o.Type.FixedBufferElem == nil
}
