package corlib

import (
	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Array. Elements live in Object.Fields, row-major
// for multi-dimensional arrays (whose shape is in Object.Ext).

func shapeOf(arr *runtime.Object) *runtime.ArrayShape {
	if s, ok := arr.Ext.(*runtime.ArrayShape); ok {
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

func flatIndex(t *engine.Thread, arr *runtime.Object, idx []int) int {
	sh := shapeOf(arr)
	if len(idx) != len(sh.Lengths) {
		t.Throw("System.ArgumentException", "Indices length does not match the array rank.")
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
	reg("System.Array::GetValue(System.Int32)", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		if _, md := arr.Ext.(*runtime.ArrayShape); md {
			t.Throw("System.ArgumentException", "Only single dimension arrays are supported here.")
		}
		i := int(a[1].I4())
		if i < 0 || i >= len(arr.Fields) {
			t.Throw("System.IndexOutOfRangeException", "")
		}
		return boxElem(arr.Type.Elem, arr.Fields[i])
	})
	reg("System.Array::GetValue(System.Int32[])", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		nullCheck(t, a[1], "indices")
		return boxElem(arr.Type.Elem, arr.Fields[flatIndex(t, arr, intsOf(a[1].R))])
	})
	reg("System.Array::SetValue(System.Object,System.Int32)", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		i := int(a[2].I4())
		if i < 0 || i >= len(arr.Fields) {
			t.Throw("System.IndexOutOfRangeException", "")
		}
		arr.Fields[i] = unboxElem(t, arr.Type.Elem, a[1])
		return null
	})
	reg("System.Array::SetValue(System.Object,System.Int32[])", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		nullCheck(t, a[2], "indices")
		arr.Fields[flatIndex(t, arr, intsOf(a[2].R))] = unboxElem(t, arr.Type.Elem, a[1])
		return null
	})
	reg("System.Array::Clone()", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		c := &runtime.Object{Type: arr.Type, Fields: make([]Value, len(arr.Fields)), Ext: arr.Ext}
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
			case se.IsValueType() && !de.IsValueType():
				v = boxElem(se, v)
				if !engine.IsInstance(v.R, de) {
					t.Throw("System.ArrayTypeMismatchException", "")
				}
			case !se.IsValueType() && de.IsValueType():
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
		et := runtime.TypeOf(a[0].R)
		if et == nil {
			t.Throw("System.ArgumentNullException", "elementType")
		}
		if err := et.EnsureLoaded(); err != nil {
			t.Throw("System.TypeLoadException", err.Error())
		}
		lens := intsOf(a[1].R)
		l := t.VM().L
		if len(lens) == 1 {
			return ref(t.VM().NewArray(et, lens[0]))
		}
		total := 1
		for _, n := range lens {
			total *= n
		}
		arr := &runtime.Object{Type: l.ArrayOf(et, len(lens)), Fields: make([]Value, total),
			Ext: &runtime.ArrayShape{Lengths: lens, Lower: make([]int, len(lens))}}
		for i := range arr.Fields {
			arr.Fields[i] = runtime.Zero(et)
		}
		return ref(arr)
	})
}
