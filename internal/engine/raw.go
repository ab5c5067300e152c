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
		return Value{R: o, N: rawFlag | v.N*uint64(runtime.StorageSize(o.Type.Elem.Storage))}
	case o.Type != nil && o.Type.FixedBufferElem != nil:
		return Value{R: o, N: rawFlag | v.N*uint64(runtime.StorageSize(o.Type.FixedBufferElem.Storage))}
	case o.Type != nil && o.Type.IsArray() && o.Type.Elem.IsStruct() && o.Type.Elem.Layout().Plain:
		return Value{R: o, N: rawFlag | v.N*uint64(o.Type.Elem.Layout().Size)}
	case o.Type != nil && o.Type.IsStruct() && o.Type.Layout().Plain:
		// A byref to a field of struct storage: the field's layout offset.
		return Value{R: o, N: rawFlag | uint64(o.Type.FieldOffset(int(v.N)))}
	case int(v.N) < len(o.Fields) && o.Fields[v.N].R != nil && o.Fields[v.N].R.Type != nil && o.Fields[v.N].R.Type.IsStruct() && o.Fields[v.N].R.Type.Layout().Plain:
		// A byref to a struct location: the struct's storage from byte 0.
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
	return Value{R: runtime.NewExt(nil, nil, &rawBlock{b: make([]byte, n)}), N: rawFlag}
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
	if o.Type != nil && off&scalarFlag == 0 {
		if b, inner, ok := structBytesAt(o, off); ok {
			return b[inner]
		}
	}
	if off&scalarFlag != 0 {
		off &^= scalarFlag
		return byte(o.Fields[off/8].N >> (8 * uint(off%8)))
	}
	if rb, ok := o.Ext().(*rawBlock); ok {
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
	e := runtime.StorageSize(st)
	v := o.Fields[off/e].N
	return byte(v >> (8 * uint(off%e)))
}

func rawSetByte(o *runtime.Object, off int, b byte) {
	if o.Type != nil && off&scalarFlag == 0 {
		if buf, inner, ok := structBytesAt(o, off); ok {
			buf[inner] = b
			st, ty := structAt(o, off)
			runtime.SetStructBytes(ty, st, buf)
			return
		}
	}
	if off&scalarFlag != 0 {
		off &^= scalarFlag
		v := &o.Fields[off/8]
		sh := 8 * uint(off%8)
		v.N = v.N&^(0xff<<sh) | uint64(b)<<sh
		return
	}
	if rb, ok := o.Ext().(*rawBlock); ok {
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
	e := runtime.StorageSize(st)
	v := &o.Fields[off/e]
	sh := 8 * uint(off%e)
	v.N = runtime.Truncate(st, v.N&^(0xff<<sh)|uint64(b)<<sh)
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
	if off := p.N &^ rawFlag; off&scalarFlag != 0 && off%8 == 0 && runtime.StorageSize(st) == 8 {
		// A whole slot: keep its reference part (a pointer stored in a local).
		return p.R.Fields[(off&^scalarFlag)/8]
	}
	u := rawRead(p, runtime.StorageSize(st))
	switch st {
	case runtime.StI1, runtime.StI2, runtime.StI4, runtime.StU4:
		return Value{N: runtime.Truncate(st, u)}
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
	return runtime.StorageSize(o.Type.Elem.Storage) != runtime.StorageSize(st)
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
		p := fieldPointer(s[sp-1], k, int(in.A))
		if ft := in.Ref.(*runtime.Type); ft.IsStruct() {
			s[sp-1] = Value{R: structFromRaw(ft, p)}
		} else {
			s[sp-1] = loadRaw(p, st)
		}
	case OpStFldBytes:
		p := fieldPointer(s[sp-2], k, int(in.A))
		if ft := in.Ref.(*runtime.Type); ft.IsStruct() {
			structToRaw(ft, s[sp-1].R, p)
		} else {
			v := normalize(st, sk(in.K), s[sp-1])
			rawWrite(p, runtime.StorageSize(st), v.N)
		}
		f.sp = sp - 2
	case OpLdFldaBytes:
		s[sp-1] = fieldPointer(s[sp-1], k, int(in.A))
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

// structAt returns the struct storage (and its type) that byte offset off
// of container o falls in, for struct storage and arrays of structs.
func structAt(o *runtime.Object, off int) (*runtime.Object, *runtime.Type) {
	switch {
	case o.Type.IsStruct() && o.Type.FixedBufferElem == nil:
		return o, o.Type
	case o.Type.IsArray() && o.Type.Elem.IsStruct():
		size := o.Type.Elem.Layout().Size
		if size == 0 {
			return nil, nil
		}
		return o.Fields[off/size].R, o.Type.Elem
	}
	return nil, nil
}

// structBytesAt serialises the struct that byte offset off of o falls in and
// returns its bytes and the offset within them.
func structBytesAt(o *runtime.Object, off int) ([]byte, int, bool) {
	st, ty := structAt(o, off)
	if st == nil {
		return nil, 0, false
	}
	inner := off
	if o.Type.IsArray() {
		inner = off % ty.Layout().Size
	}
	return runtime.StructBytes(ty, st), inner, true
}

// fieldPointer is the byte-addressed pointer to the field at byte offset
// off of the struct an object operand designates (a byref to it, a raw
// pointer into bytes, or the struct value).
func fieldPointer(v Value, k sk, off int) Value {
	if v.N&rawFlag != 0 {
		return Value{R: v.R, N: v.N + uint64(off)}
	}
	return Value{R: structStorage(v, k), N: rawFlag | uint64(off)}
}

// rawFieldAccess performs ldfld/stfld/ldflda when the object operand is a
// raw pointer into bytes (a struct inside a byte-stored union, or reached
// through an unmanaged pointer). It reports whether it handled the access.
func (t *Thread) rawFieldAccess(f *Frame, in *Instr, fld *runtime.Field) bool {
	s, sp := f.seg.Fields, f.sp
	objAt := sp - 1
	if in.Op == OpStFld || in.Op == OpStFldStruct {
		objAt = sp - 2
	}
	p := s[objAt]
	if p.R == nil || p.N&rawFlag == 0 {
		return false
	}
	fp := Value{R: p.R, N: p.N + uint64(fld.Declaring.FieldOffset(fld.Index))}
	switch in.Op {
	case OpLdFld:
		s[sp-1] = loadRaw(fp, fld.Type.Storage)
	case OpLdFldStruct:
		s[sp-1] = Value{R: structFromRaw(fld.Type, fp)}
	case OpLdFlda:
		s[sp-1] = fp
	case OpStFld:
		v := normalize(fld.Type.Storage, sk(in.K), s[sp-1])
		rawWrite(fp, runtime.StorageSize(fld.Type.Storage), v.N)
		f.sp = sp - 2
	case OpStFldStruct:
		structToRaw(fld.Type, s[sp-1].R, fp)
		f.sp = sp - 2
	}
	return true
}

// LoadThrough reads a value of storage st through a managed or unmanaged
// pointer p (internal calls that take pointers, such as new string(char*)).
func LoadThrough(p Value, st runtime.Storage) Value {
	if p.N&rawFlag != 0 || widthMismatch(p, st) {
		return loadRaw(toPointer(p), st)
	}
	return p.R.Fields[p.N]
}

// Advance returns pointer p moved by n bytes (p is made byte-addressed).
func Advance(p Value, n int) Value {
	p = toPointer(p)
	p.N += uint64(n)
	return p
}
