package corlib

import (
	"unicode/utf16"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Object, System.Array, System.Console,
// System.Delegate and System.Runtime.CompilerServices.RuntimeHelpers.

type Value = runtime.Value

var null Value

func ref(o *runtime.Object) Value { return runtime.Value{R: o} }

func i4(x int32) Value { return runtime.Int32(x) }

func boolean(b bool) Value { return runtime.Bool(b) }

// gostr converts a managed string argument to Go (empty for null).
func gostr(v Value) string { return v.R.GoString() }

func newString(t *engine.Thread, s string) Value {
	return ref(t.VM().NewString(utf16.Encode([]rune(s))))
}

func chars(t *engine.Thread, c []uint16) Value { return ref(t.VM().NewString(c)) }

func nullCheck(t *engine.Thread, v Value, name string) {
	if v.R == nil {
		t.Throw("System.ArgumentNullException", name)
	}
}

func init() {
	reg("System.Object::GetType()", func(t *engine.Thread, a []Value) Value {
		return ref(a[0].R.Type.TypeObject())
	})
	reg("System.Object::MemberwiseClone()", func(t *engine.Thread, a []Value) Value {
		o := a[0].R
		c := &runtime.Object{Type: o.Type, Chars: o.Chars}
		c.SetExt(o.Ext())
		if o.Fields != nil {
			c.Fields = append([]Value(nil), o.Fields...)
			for _, f := range o.Type.Fields {
				if !f.IsStatic() && !f.IsLiteral() && f.Type.IsStruct() && f.Index < len(c.Fields) && c.Fields[f.Index].R != nil {
					c.Fields[f.Index].R = c.Fields[f.Index].R.Clone()
				}
			}
		}
		return ref(c)
	})
	reg("System.Runtime.CompilerServices.RuntimeHelpers::GetHashCode(System.Object)", func(t *engine.Thread, a []Value) Value {
		return i4(identityHash(a[0].R))
	})
	reg("System.Runtime.CompilerServices.RuntimeHelpers::InitializeArray(System.Array,System.RuntimeFieldHandle)", icallInitializeArray)

	// Console.
	reg("System.Console::InternalWrite(System.Int32,System.String)", func(t *engine.Thread, a []Value) Value {
		vm := t.VM()
		s := gostr(a[1])
		if a[0].I4() == 2 {
			vm.Flush()
			vm.Stderr.Write([]byte(s))
			return null
		}
		vm.WriteStdout(s)
		return null
	})
	reg("System.Console::InternalReadLine()", func(t *engine.Thread, a []Value) Value {
		line, ok := t.VM().ReadLine()
		if !ok {
			return null
		}
		return newString(t, line)
	})
	reg("System.Console::InternalRead()", func(t *engine.Thread, a []Value) Value {
		return i4(t.VM().ReadChar())
	})
}

// identityHash returns a stable per-object hash code.
func identityHash(o *runtime.Object) int32 {
	if o == nil {
		return 0
	}
	return o.IdentityHash()
}

func icallInitializeArray(t *engine.Thread, a []Value) Value {
	arr := a[0].R
	h := a[1].R
	if arr == nil || h == nil {
		t.Throw("System.ArgumentNullException", "")
	}
	f := t.VM().FieldFromHandle(int(h.Fields[0].N))
	if f == nil {
		t.Throw("System.ArgumentException", "Invalid field handle")
	}
	rva, ok := f.Declaring.Module.MD.FieldRVAOf(f.Row)
	if !ok {
		t.Throw("System.ArgumentException", "Field has no RVA data")
	}
	et := arr.Type.Elem
	size := runtime.StorageSize(et.Storage)
	data, err := f.Declaring.Module.Image.ReadRVA(rva, size*len(arr.Fields))
	if err != nil {
		t.Throw("System.ArgumentException", err.Error())
	}
	for i := range arr.Fields {
		arr.Fields[i] = Value{N: runtime.DecodeLE(et.Storage, data[i*size:(i+1)*size])}
	}
	return null
}
