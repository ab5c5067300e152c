package corlib

import (
	"os"
	goruntime "runtime"
	"sort"
	"time"
	"weak"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of Environment, GC, WeakReference, Activator,
// RuntimeHelpers, Enum, ValueType and DateTime.

var startTime = time.Now()

func init() {
	reg("System.Environment::InternalExit(System.Int32)", func(t *engine.Thread, a []Value) Value {
		t.RequestExit(int(a[0].I4()))
		return null
	})
	reg("System.Environment::InternalGetCommandLineArgs()", func(t *engine.Thread, a []Value) Value {
		vm := t.VM()
		args := append([]string{vm.ProgramPath}, vm.Args...)
		arr := vm.NewArray(vm.L.String, len(args))
		for i, s := range args {
			arr.Fields[i] = newString(t, s)
		}
		return ref(arr)
	})
	reg("System.Environment::InternalTickCount64()", func(t *engine.Thread, a []Value) Value {
		return runtime.Int64(time.Since(startTime).Milliseconds())
	})
	reg("System.Environment::InternalGetEnvironmentVariable(System.String)", func(t *engine.Thread, a []Value) Value {
		v, ok := os.LookupEnv(gostr(a[0]))
		if !ok {
			return null
		}
		return newString(t, v)
	})
	reg("System.Environment::InternalProcessorCount()", func(t *engine.Thread, a []Value) Value {
		return i4(int32(goruntime.NumCPU()))
	})
	reg("System.Environment::InternalStackTrace()", func(t *engine.Thread, a []Value) Value {
		return newString(t, t.StackTrace(0))
	})
	reg("System.GC::InternalCollect()", func(t *engine.Thread, a []Value) Value {
		goruntime.GC()
		return null
	})
	reg("System.GC::InternalGetTotalMemory(System.Boolean)", func(t *engine.Thread, a []Value) Value {
		if a[0].Bool() {
			goruntime.GC()
		}
		var ms goruntime.MemStats
		goruntime.ReadMemStats(&ms)
		return runtime.Int64(int64(ms.HeapAlloc))
	})
	// A weak handle is a small object holding a weak pointer; the
	// WeakReference that owns it keeps it (and nothing else) alive.
	reg("System.WeakReference::InternalAlloc(System.Object)", func(t *engine.Thread, a []Value) Value {
		return ref(runtime.NewExt(nil, nil, weak.Make(a[0].R)))
	})
	reg("System.WeakReference::InternalGet(System.IntPtr)", func(t *engine.Thread, a []Value) Value {
		if h := a[0].R; h != nil {
			if wp, ok := h.Ext().(weak.Pointer[runtime.Object]); ok {
				return ref(wp.Value())
			}
		}
		return null
	})
	reg("System.WeakReference::InternalSet(System.IntPtr,System.Object)", func(t *engine.Thread, a []Value) Value {
		if h := a[0].R; h != nil {
			h.SetExt(weak.Make(a[1].R))
		}
		return null
	})
	reg("System.Activator::InternalCreateInstance(System.Type)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		if err := ty.EnsureLoaded(); err != nil {
			t.Throw("System.TypeLoadException", err.Error())
		}
		if exc := t.EnsureTypeInit(ty); exc != nil {
			t.ThrowObj(exc)
		}
		if ty.IsValueType() {
			return ref(engine.Box(ty, runtime.Zero(ty)))
		}
		if ty.Flags&0x80 != 0 || ty.IsInterface() {
			t.Throw("System.MissingMethodException", "Cannot create an abstract class '"+ty.FullName()+"'.")
		}
		o := runtime.NewObject(ty)
		for _, m := range ty.Methods {
			if m.Name == ".ctor" && len(m.Params) == 0 && !m.IsStatic() {
				if _, exc, err := t.Invoke(m, []Value{ref(o)}); exc != nil {
					t.ThrowObj(exc)
				} else if err != nil {
					t.Throw("System.MissingMethodException", err.Error())
				}
				return ref(o)
			}
		}
		t.Throw("System.MissingMethodException", "No parameterless constructor defined for this object.")
		return null
	})
	reg("System.Runtime.CompilerServices.RuntimeHelpers::RunClassConstructor(System.RuntimeTypeHandle)", func(t *engine.Thread, a []Value) Value {
		if a[0].R == nil {
			return null
		}
		ty := t.VM().L.TypeFromHandle(int(a[0].R.Fields[0].N))
		if ty != nil {
			if exc := t.EnsureTypeInit(ty); exc != nil {
				t.ThrowObj(exc)
			}
		}
		return null
	})

	// Enum.
	reg("System.Enum::InternalGetEnumInfo(System.Type,System.String[]&,System.UInt64[]&,System.Boolean&)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		names, values, flags := enumInfo(ty)
		vm := t.VM()
		na := vm.NewArray(vm.L.String, len(names))
		va := vm.NewArray(vm.L.UInt64, len(values))
		for i := range names {
			na.Fields[i] = newString(t, names[i])
			va.Fields[i] = Value{N: values[i]}
		}
		a[1].Store(ref(na))
		a[2].Store(ref(va))
		a[3].Store(boolean(flags))
		return null
	})
	reg("System.Enum::InternalGetUnderlyingType(System.Type)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		_ = ty.Classify()
		if ty.Kind != runtime.KindEnum {
			t.Throw("System.ArgumentException", "Type provided must be an Enum.")
		}
		return typeValue(ty.Elem)
	})
	reg("System.Enum::InternalGetValue()", func(t *engine.Thread, a []Value) Value {
		o := a[0].R
		return Value{N: enumRaw(o.Type.Storage, o.Fields[0].N)}
	})
	reg("System.Enum::InternalBoxEnum(System.Type,System.UInt64)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		_ = ty.Classify()
		return ref(engine.Box(ty, Value{N: runtime.Truncate(ty.Storage, a[1].N)}))
	})

	// ValueType: field-wise equality; hash of the first field.
	reg("System.ValueType::Equals(System.Object)", func(t *engine.Thread, a []Value) Value {
		x, y := a[0].R, a[1].R
		if y == nil || x.Type != y.Type {
			return boolean(false)
		}
		return boolean(valueEquals(t, x.Type, x.Fields[0], y.Fields[0]))
	})
	reg("System.ValueType::GetHashCode()", func(t *engine.Thread, a []Value) Value {
		x := a[0].R
		return i4(valueHash(x.Type, x.Fields[0]))
	})

	reg("System.Diagnostics.Stopwatch::GetTimestamp()", func(t *engine.Thread, a []Value) Value {
		return runtime.Int64(time.Since(startTime).Nanoseconds() / 100)
	})
	// Strings are byte-addressed from their first character (see engine/raw.go).
	reg("System.Runtime.CompilerServices.RuntimeHelpers::get_OffsetToStringData()", func(t *engine.Thread, a []Value) Value {
		return i4(0)
	})
	reg("System.DateTime::InternalUtcNowTicks()", func(t *engine.Thread, a []Value) Value {
		return runtime.Int64(dotnetTicks(time.Now()))
	})
	reg("System.DateTime::InternalLocalOffsetTicks(System.Int64)", func(t *engine.Thread, a []Value) Value {
		_, off := time.Now().Zone()
		return runtime.Int64(int64(off) * 10_000_000)
	})
}

// dotnetTicks is t in 100 ns ticks since 0001-01-01 UTC.
func dotnetTicks(t time.Time) int64 {
	const unixEpochTicks = 621355968000000000
	return unixEpochTicks + t.UnixNano()/100
}

// enumRaw is an enum value as the ulong the corlib works with: unsigned
// underlying types zero-extended, signed ones sign-extended.
func enumRaw(st runtime.Storage, n uint64) uint64 {
	switch st {
	case runtime.StU1, runtime.StBool:
		return uint64(uint8(n))
	case runtime.StU2, runtime.StChar:
		return uint64(uint16(n))
	case runtime.StU4:
		return uint64(uint32(n))
	}
	return runtime.Truncate(st, n)
}

// enumInfo lists an enum's names and values sorted by unsigned value.
func enumInfo(ty *runtime.Type) (names []string, values []uint64, flags bool) {
	if ty.Def != nil || ty.Module == nil {
		return nil, nil, false
	}
	md := ty.Module.MD
	_ = ty.EnsureLoaded()
	for _, f := range ty.Fields {
		if !f.IsLiteral() || !f.IsStatic() {
			continue
		}
		c, ok := md.ConstantOf(f.Token())
		if !ok {
			continue
		}
		blob, err := md.Blob(c.Value)
		if err != nil {
			continue
		}
		var u uint64
		for i := len(blob) - 1; i >= 0; i-- {
			u = u<<8 | uint64(blob[i])
		}
		names = append(names, f.Name)
		values = append(values, enumRaw(ty.Storage, signExtendConst(c.Type, u)))
	}
	idx := make([]int, len(names))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return values[idx[i]] < values[idx[j]] })
	sn := make([]string, len(idx))
	sv := make([]uint64, len(idx))
	for i, k := range idx {
		sn[i], sv[i] = names[k], values[k]
	}
	for _, ca := range runtime.CustomAttributes(md, metadata.Token(uint32(metadata.TableTypeDef)<<24|ty.Row)) {
		if m, err := ty.Module.ResolveMethod(ca.Type, nil); err == nil && m.Declaring.FullName() == "System.FlagsAttribute" {
			flags = true
		}
	}
	return sn, sv, flags
}

func signExtendConst(elem byte, u uint64) uint64 {
	switch elem {
	case byte(metadata.ElemI1):
		return uint64(int64(int8(u)))
	case byte(metadata.ElemI2):
		return uint64(int64(int16(u)))
	case byte(metadata.ElemI4):
		return uint64(int64(int32(u)))
	}
	return u
}

// valueEquals is ValueType.Equals over one field: reference-type fields are
// compared with their virtual Equals (as mono does), others by value.
func valueEquals(t *engine.Thread, ty *runtime.Type, x, y Value) bool {
	if !ty.IsStruct() {
		if ty.Storage == runtime.StRef {
			if x.R == y.R {
				return true
			}
			if x.R == nil || y.R == nil {
				return false
			}
			return objectEquals(t, x.R, y.R)
		}
		switch ty.Storage {
		case runtime.StR8:
			return x.N == y.N || x.R8() == y.R8()
		case runtime.StR4:
			return x.N == y.N || x.R4() == y.R4()
		}
		return x.N == y.N
	}
	if x.R == nil || y.R == nil {
		return x.R == y.R
	}
	for _, f := range ty.Fields {
		if f.IsStatic() || f.IsLiteral() {
			continue
		}
		if !valueEquals(t, f.Type, x.R.Fields[f.Index], y.R.Fields[f.Index]) {
			return false
		}
	}
	return true
}

func valueHash(ty *runtime.Type, v Value) int32 {
	if !ty.IsStruct() {
		if ty.Storage == runtime.StRef {
			if v.R == nil {
				return 0
			}
			if v.R.Chars != nil {
				return stringHash(v.R.Chars)
			}
			return identityHash(v.R)
		}
		return int32(v.N) ^ int32(v.N>>32)
	}
	for _, f := range ty.Fields {
		if !f.IsStatic() && !f.IsLiteral() {
			return valueHash(f.Type, v.R.Fields[f.Index])
		}
	}
	return 0
}

// ArgIterator fields: sig, args (the vararg list), num_args (position).
func init() {
	iter := func(t *engine.Thread, a []Value) (*runtime.Object, *runtime.Object, int) {
		it := a[0].Load().R
		list := t.GetField(it, "args").R
		return it, list, int(t.GetField(it, "num_args").I4())
	}
	reg("System.ArgIterator::GetRemainingCount()", func(t *engine.Thread, a []Value) Value {
		_, list, pos := iter(t, a)
		if list == nil {
			return i4(0)
		}
		return i4(int32(len(list.Fields) - pos))
	})
	reg("System.ArgIterator::GetNextArg()", func(t *engine.Thread, a []Value) Value {
		it, list, pos := iter(t, a)
		tr, ok := t.VM().NextVarArg(list, pos)
		if !ok {
			t.Throw("System.InvalidOperationException", "The iterator is past the end of the varargs list.")
		}
		t.SetField(it, "num_args", i4(int32(pos+1)))
		return ref(tr)
	})
	reg("System.TypedReference::GetTargetType(System.TypedReference)", func(t *engine.Thread, a []Value) Value {
		ty, _ := t.VM().TypedRefTarget(a[0].R)
		return typeValue(ty)
	})
	reg("System.TypedReference::ToObject(System.TypedReference)", func(t *engine.Thread, a []Value) Value {
		ty, p := t.VM().TypedRefTarget(a[0].R)
		if ty == nil || p.R == nil {
			return null
		}
		return boxElem(ty, p.Load())
	})
}

// objectEquals calls x.Equals(y) (virtual).
func objectEquals(t *engine.Thread, x, y *runtime.Object) bool {
	var eq *runtime.Method
	for _, m := range t.VM().L.Object.Methods {
		if m.Name == "Equals" && len(m.Params) == 1 && m.HasThis {
			eq = m
		}
	}
	if eq == nil {
		return false
	}
	impl, err := x.Type.ResolveVirtual(eq)
	if err != nil {
		return false
	}
	this := ref(x)
	if impl.Declaring.IsValueType() {
		this = runtime.ByRef(x, 0)
	}
	r, exc, err := t.Invoke(impl, []Value{this, ref(y)})
	if exc != nil {
		t.ThrowObj(exc)
	}
	return err == nil && r.Bool()
}
