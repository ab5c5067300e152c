package corlib

import (
	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Array. Elements live in Object.Fields, row-major
// for multi-dimensional arrays (whose shape is Object.Ext).

func shapeOf(arr *runtime.Object) *runtime.ArrayShape {
	if s, ok := arr.Ext().(*runtime.ArrayShape); ok {
		return s
	}
	return &runtime.ArrayShape{Lengths: []int{len(arr.Fields)}, Lower: []int{0}}
}

func boxElem(et *runtime.Type, v Value) Value {
	if et.IsValueType() {
		return ref(engine.Box(et, runtime.CopyStruct(et, v)))
	}
	return v
}

// unboxElem converts an object to an element of type et for storing.
func unboxElem(t *engine.Thread, et *runtime.Type, o Value) Value {
	if !et.IsValueType() {
		if o.R != nil && !engine.IsInstance(o.R, et) {
			t.Throw("System.InvalidCastException", "")
		}
		return o
	}
	if o.R == nil {
		return runtime.Zero(et)
	}
	if o.R.Type != et && !(o.R.Type.IsPrimitiveLike() && et.IsPrimitiveLike() && o.R.Type.Storage == et.Storage) {
		t.Throw("System.InvalidCastException", "")
	}
	return runtime.CopyStruct(et, o.R.Fields[0])
}

// throwWith throws a corlib exception whose message (possibly empty) and
// parameter name (if not empty) are set explicitly.
func throwWith(t *engine.Thread, typeName, msg, param string) {
	e := t.NewException(typeName, "")
	t.SetField(e, "_message", newString(t, msg))
	if param != "" {
		t.SetField(e, "m_paramName", newString(t, param))
	}
	t.ThrowObj(e)
}

// setValueElem converts an object for Array.SetValue into an element of
// type et: like unboxElem, but primitives may be widened (a narrowing
// conversion is an ArgumentException) and failed casts have Mono's empty
// message.
func setValueElem(t *engine.Thread, et *runtime.Type, o Value) Value {
	if !et.IsValueType() {
		if o.R != nil && !engine.IsInstance(o.R, et) {
			throwWith(t, "System.InvalidCastException", "", "")
		}
		return o
	}
	if o.R == nil {
		return runtime.Zero(et)
	}
	st := o.R.Type
	if st == et || (st.IsPrimitiveLike() && et.IsPrimitiveLike() && st.Storage == et.Storage) {
		return runtime.CopyStruct(et, o.R.Fields[0])
	}
	if st.IsPrimitiveLike() && et.IsPrimitiveLike() && st.Storage != runtime.StBool && et.Storage != runtime.StBool {
		if w, ok := widen(st.Storage, et.Storage, o.R.Fields[0]); ok {
			return w
		}
		throwWith(t, "System.ArgumentException", "not a widening conversion", "value")
	}
	throwWith(t, "System.InvalidCastException", "", "")
	return null
}

func flatIndex(t *engine.Thread, arr *runtime.Object, idx []int) int {
	sh := shapeOf(arr)
	if len(idx) != len(sh.Lengths) {
		t.Throw("System.ArgumentException", "")
	}
	flat := 0
	for d, i := range idx {
		i -= sh.Lower[d]
		if i < 0 || i >= sh.Lengths[d] {
			t.Throw("System.IndexOutOfRangeException", "")
		}
		flat = flat*sh.Lengths[d] + i
	}
	return flat
}

func intsOf(arr *runtime.Object) []int {
	out := make([]int, len(arr.Fields))
	for i, v := range arr.Fields {
		out[i] = int(v.I4())
	}
	return out
}

func init() {
	reg("System.Array::get_Length()", func(t *engine.Thread, a []Value) Value { return i4(int32(len(a[0].R.Fields))) })
	reg("System.Array::get_Rank()", func(t *engine.Thread, a []Value) Value { return i4(int32(len(shapeOf(a[0].R).Lengths))) })
	dim := func(t *engine.Thread, a []Value) (*runtime.ArrayShape, int) {
		sh := shapeOf(a[0].R)
		d := int(a[1].I4())
		if d < 0 || d >= len(sh.Lengths) {
			t.Throw("System.IndexOutOfRangeException", "")
		}
		return sh, d
	}
	reg("System.Array::GetLength(System.Int32)", func(t *engine.Thread, a []Value) Value {
		sh, d := dim(t, a)
		return i4(int32(sh.Lengths[d]))
	})
	reg("System.Array::GetLowerBound(System.Int32)", func(t *engine.Thread, a []Value) Value {
		sh, d := dim(t, a)
		return i4(int32(sh.Lower[d]))
	})
	reg("System.Array::GetUpperBound(System.Int32)", func(t *engine.Thread, a []Value) Value {
		sh, d := dim(t, a)
		return i4(int32(sh.Lower[d] + sh.Lengths[d] - 1))
	})
	// index1 maps the index of a rank-1 array (SZ or with a lower bound)
	// to its element offset.
	index1 := func(t *engine.Thread, arr *runtime.Object, i int, msg string) int {
		if sh, md := arr.Ext().(*runtime.ArrayShape); md {
			if len(sh.Lengths) != 1 {
				t.Throw("System.ArgumentException", "Only single dimensional arrays are supported for the requested action.")
			}
			i -= sh.Lower[0]
		}
		if i < 0 || i >= len(arr.Fields) {
			t.Throw("System.IndexOutOfRangeException", msg)
		}
		return i
	}
	reg("System.Array::GetValue(System.Int32)", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		i := index1(t, arr, int(a[1].I4()), "Index has to be between upper and lower bound of the array.")
		return boxElem(arr.Type.Elem, arr.Fields[i])
	})
	reg("System.Array::GetValue(System.Int32[])", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		nullCheck(t, a[1], "indices")
		return boxElem(arr.Type.Elem, arr.Fields[flatIndex(t, arr, intsOf(a[1].R))])
	})
	reg("System.Array::SetValue(System.Object,System.Int32)", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		i := index1(t, arr, int(a[2].I4()), "Index has to be >= lower bound and <= upper bound of the array.")
		arr.Fields[i] = setValueElem(t, arr.Type.Elem, a[1])
		return null
	})
	reg("System.Array::InternalSetValue(System.Object,System.Int32[])", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		nullCheck(t, a[2], "indices")
		arr.Fields[flatIndex(t, arr, intsOf(a[2].R))] = setValueElem(t, arr.Type.Elem, a[1])
		return null
	})
	reg("System.Array::Clone()", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		c := runtime.NewExt(arr.Type, make([]Value, len(arr.Fields)), arr.Ext())
		for i, v := range arr.Fields {
			c.Fields[i] = runtime.CopyStruct(arr.Type.Elem, v)
		}
		return ref(c)
	})
	reg("System.Array::InternalCopy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		src, si, dst, di, n := a[0].R, int(a[1].I4()), a[2].R, int(a[3].I4()), int(a[4].I4())
		if src == nil || dst == nil {
			t.Throw("System.ArgumentNullException", "")
		}
		if si < 0 || di < 0 || n < 0 || si+n > len(src.Fields) || di+n > len(dst.Fields) {
			t.Throw("System.ArgumentException", "Destination array was not long enough. Check destIndex and length, and the array's lower bounds.")
		}
		se, de := src.Type.Elem, dst.Type.Elem
		tmp := make([]Value, n)
		for i := 0; i < n; i++ {
			v := src.Fields[si+i]
			switch {
			case se == de || (se.IsPrimitiveLike() && de.IsPrimitiveLike() && se.Storage == de.Storage):
				v = runtime.CopyStruct(se, v)
			case se.Kind == runtime.KindPrimitive && de.Kind == runtime.KindPrimitive:
				w, ok := widen(se.Storage, de.Storage, v)
				if !ok {
					t.Throw("System.ArrayTypeMismatchException", "")
				}
				v = w
			case se.IsValueType() && !de.IsValueType():
				v = boxElem(se, v)
				if !engine.IsInstance(v.R, de) {
					t.Throw("System.ArrayTypeMismatchException", "")
				}
			case !se.IsValueType() && de.IsValueType():
				if v.R == nil {
					t.Throw("System.InvalidCastException", "")
				}
				if vt := v.R.Type; vt != de && !(vt.IsPrimitiveLike() && de.IsPrimitiveLike() && vt.Storage == de.Storage) {
					throwWith(t, "System.InvalidCastException", "", "")
				}
				v = unboxElem(t, de, v)
			case !se.IsValueType() && !de.IsValueType():
				if v.R != nil && !engine.IsInstance(v.R, de) {
					t.Throw("System.InvalidCastException", "")
				}
			default:
				t.Throw("System.ArrayTypeMismatchException", "")
			}
			tmp[i] = v
		}
		copy(dst.Fields[di:di+n], tmp)
		return null
	})
	reg("System.Array::InternalClear(System.Array,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		arr, i, n := a[0].R, int(a[1].I4()), int(a[2].I4())
		if arr == nil {
			t.Throw("System.ArgumentNullException", "array")
		}
		if i < 0 || n < 0 || i+n > len(arr.Fields) {
			t.Throw("System.IndexOutOfRangeException", "")
		}
		for k := i; k < i+n; k++ {
			arr.Fields[k] = runtime.Zero(arr.Type.Elem)
		}
		return null
	})
	reg("System.Array::InternalCreate(System.Type,System.Int32[])", func(t *engine.Thread, a []Value) Value {
		lens := intsOf(a[1].R)
		return ref(newArrayBounded(t, a[0], lens, make([]int, len(lens))))
	})
	reg("System.Array::InternalCreateBounded(System.Type,System.Int32[],System.Int32[])", func(t *engine.Thread, a []Value) Value {
		return ref(newArrayBounded(t, a[0], intsOf(a[1].R), intsOf(a[2].R)))
	})
}

// newArrayBounded creates an array of element type typ (a RuntimeType) with
// the given lengths and lower bounds: T[] when it has one dimension with
// lower bound 0, otherwise a runtime-native multi-dimensional array (rank 1
// with a non-zero lower bound is the type T[*]).
func newArrayBounded(t *engine.Thread, typ Value, lens, lower []int) *runtime.Object {
	et := runtime.TypeOf(typ.R)
	if et == nil {
		t.Throw("System.ArgumentNullException", "elementType")
	}
	if err := et.EnsureLoaded(); err != nil {
		t.Throw("System.TypeLoadException", err.Error())
	}
	l := t.VM().L
	if et == l.Void {
		t.Throw("System.NotSupportedException", "Array type can not be void")
	}
	if len(lens) == 1 && lower[0] == 0 {
		return t.VM().NewArray(et, lens[0])
	}
	total := 1
	for _, n := range lens {
		total *= n
	}
	arr := runtime.NewExt(l.ArrayOf(et, len(lens)), make([]Value, total), &runtime.ArrayShape{Lengths: lens, Lower: lower})
	for i := range arr.Fields {
		arr.Fields[i] = runtime.Zero(et)
	}
	return arr
}

// widenTo lists, per primitive storage, the storages Array.Copy may widen
// it to (the .NET primitive widening rules).
var widenTo = map[runtime.Storage][]runtime.Storage{
	runtime.StChar: {runtime.StU2, runtime.StU4, runtime.StI4, runtime.StU8, runtime.StI8, runtime.StR4, runtime.StR8},
	runtime.StI1:   {runtime.StI2, runtime.StI4, runtime.StI8, runtime.StR4, runtime.StR8},
	runtime.StU1:   {runtime.StChar, runtime.StU2, runtime.StI2, runtime.StU4, runtime.StI4, runtime.StU8, runtime.StI8, runtime.StR4, runtime.StR8},
	runtime.StI2:   {runtime.StI4, runtime.StI8, runtime.StR4, runtime.StR8},
	runtime.StU2:   {runtime.StU4, runtime.StI4, runtime.StU8, runtime.StI8, runtime.StR4, runtime.StR8},
	runtime.StI4:   {runtime.StI8, runtime.StR4, runtime.StR8},
	runtime.StU4:   {runtime.StU8, runtime.StI8, runtime.StR4, runtime.StR8},
	runtime.StI8:   {runtime.StR4, runtime.StR8},
	runtime.StU8:   {runtime.StR4, runtime.StR8},
	runtime.StR4:   {runtime.StR8},
}

// widen converts a primitive element for Array.Copy; ok is false when the
// conversion is not a widening one.
func widen(from, to runtime.Storage, v Value) (Value, bool) {
	allowed := false
	for _, s := range widenTo[from] {
		if s == to {
			allowed = true
		}
	}
	if !allowed {
		return Value{}, false
	}
	unsigned := from == runtime.StU1 || from == runtime.StU2 || from == runtime.StChar || from == runtime.StU4 || from == runtime.StU8
	n := v.N
	if from == runtime.StU4 {
		n = uint64(uint32(n))
	}
	switch to {
	case runtime.StR8:
		if from == runtime.StR4 {
			return runtime.Float64(float64(v.R4())), true
		}
		if unsigned {
			return runtime.Float64(float64(n)), true
		}
		return runtime.Float64(float64(int64(n))), true
	case runtime.StR4:
		if unsigned {
			return runtime.Float32(float32(n)), true
		}
		return runtime.Float32(float32(int64(n))), true
	case runtime.StI4, runtime.StU4:
		return Value{N: uint64(int64(int32(n)))}, true
	}
	return Value{N: n}, true
}

// System.Buffer: arrays of primitives as their little-endian bytes.
func init() {
	primElem := func(arr *runtime.Object) (runtime.Storage, int, bool) {
		if arr == nil || arr.Type == nil || !arr.Type.IsArray() || arr.Type.Elem.Kind != runtime.KindPrimitive {
			return 0, 0, false
		}
		st := arr.Type.Elem.Storage
		return st, runtime.StorageSize(st), true
	}
	getByte := func(arr *runtime.Object, i int) byte {
		_, size, _ := primElem(arr)
		return byte(arr.Fields[i/size].N >> (8 * uint(i%size)))
	}
	setByte := func(arr *runtime.Object, i int, b byte) {
		st, size, _ := primElem(arr)
		v := &arr.Fields[i/size]
		sh := 8 * uint(i%size)
		v.N = runtime.Truncate(st, v.N&^(0xff<<sh)|uint64(b)<<sh)
	}
	reg("System.Buffer::InternalByteLength(System.Array)", func(t *engine.Thread, a []Value) Value {
		_, size, ok := primElem(a[0].R)
		if !ok {
			return i4(-1)
		}
		return i4(int32(size * len(a[0].R.Fields)))
	})
	reg("System.Buffer::InternalBlockCopy(System.Array,System.Int32,System.Array,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		src, so, dst, do, n := a[0].R, int(a[1].I4()), a[2].R, int(a[3].I4()), int(a[4].I4())
		buf := make([]byte, n)
		for i := range buf {
			buf[i] = getByte(src, so+i)
		}
		for i, b := range buf {
			setByte(dst, do+i, b)
		}
		return null
	})
	reg("System.Buffer::InternalGetByte(System.Array,System.Int32)", func(t *engine.Thread, a []Value) Value {
		return Value{N: uint64(getByte(a[0].R, int(a[1].I4())))}
	})
	reg("System.Buffer::InternalSetByte(System.Array,System.Int32,System.Byte)", func(t *engine.Thread, a []Value) Value {
		setByte(a[0].R, int(a[1].I4()), byte(a[2].N))
		return null
	})
}
