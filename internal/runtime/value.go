// Package runtime is Strata's object model and type system: values,
// objects, types, fields and methods, and the loader that builds them from
// ECMA-335 metadata.
//
// Every storage location (a local, an argument, an evaluation-stack slot, an
// instance or static field, an array element) is a Value. Primitive values
// live unboxed in Value.N; references live in Value.R. A managed pointer
// (byref) is the pair (container object, slot index): it points at
// R.Fields[N]. Because locals, statics and struct storage are all held in
// Objects' Fields slices, one representation serves every kind of byref and
// Go's garbage collector keeps the container alive for as long as the byref
// exists.
//
// Value types that are not primitives (structs) are held as an *Object whose
// Fields are the struct's fields; the location owns that object and a store
// copies the fields (see Object.CopyFrom), which gives value semantics.
package runtime

import "math"

// Value is one storage slot.
type Value struct {
	N uint64  // int32 (sign-extended), int64, native int, float32/float64 bits, byref slot index
	R *Object // object reference, struct storage, or byref container
}

// Int32 is a Value holding an int32.
func Int32(x int32) Value { return Value{N: uint64(int64(x))} }

// Int64 is a Value holding an int64.
func Int64(x int64) Value { return Value{N: uint64(x)} }

// Float64 is a Value holding a float64.
func Float64(x float64) Value { return Value{N: math.Float64bits(x)} }

// Float32 is a Value holding a float32.
func Float32(x float32) Value { return Value{N: uint64(math.Float32bits(x))} }

// Bool is a Value holding a bool (1 or 0).
func Bool(b bool) Value {
	if b {
		return Value{N: 1}
	}
	return Value{}
}

// Ref is a Value holding an object reference.
func Ref(o *Object) Value { return Value{R: o} }

// ByRef is a managed pointer to o.Fields[i].
func ByRef(o *Object, i int) Value { return Value{R: o, N: uint64(i)} }

func (v Value) I4() int32            { return int32(v.N) }
func (v Value) I8() int64            { return int64(v.N) }
func (v Value) U4() uint32           { return uint32(v.N) }
func (v Value) R8() float64          { return math.Float64frombits(v.N) }
func (v Value) R4() float32          { return math.Float32frombits(uint32(v.N)) }
func (v Value) Bool() bool           { return v.N != 0 }
func (v Value) Obj() *Object         { return v.R }
func (v Value) IsNull() bool         { return v.R == nil }
func (v Value) Deref() *Value        { return &v.R.Fields[v.N] }
func (v Value) Load() Value          { return v.R.Fields[v.N] }
func (v Value) Store(x Value)        { v.R.Fields[v.N] = x }
func (v Value) Slot() (*Object, int) { return v.R, int(v.N) }
