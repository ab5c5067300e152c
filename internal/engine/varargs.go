package engine

import "github.com/strata-runtime/strata/internal/runtime"

// Vararg calls and typed references. A vararg call packs its extra
// arguments into a list object (Fields = the values, Ext = their types)
// passed as the callee's hidden last argument; arglist wraps it in a
// RuntimeArgumentHandle, and System.ArgIterator walks it. A TypedReference
// is a struct whose first field holds a managed pointer and whose second a
// type handle.

// TypedReference field slots (see corlib System.TypedReference).
const (
	typedRefValue = 0
	typedRefType  = 1
)

func (t *Thread) varArgOp(f *Frame, in *Instr) slowResult {
	s, sp := f.seg.Fields, f.sp
	l := t.vm.L
	switch in.Op {
	case OpVarArgPack:
		list := in.Ref.(*runtime.VarArgList)
		n := int(in.A)
		o := runtime.NewExt(nil, make([]Value, n), list)
		for i := 0; i < n; i++ {
			v := s[sp-n+i]
			o.Fields[i] = runtime.CopyStruct(list.Types[i], normalize(list.Types[i].Storage, stackKindOf(list.Types[i]), v))
		}
		clear(s[sp-n : sp])
		s[sp-n] = Value{R: o}
		f.sp = sp - n + 1
	case OpArgList:
		h := runtime.NewObject(in.Ref.(*runtime.Type))
		h.Fields[0] = s[f.base+int(in.A)]
		s[sp] = Value{R: h}
		f.sp = sp + 1
	case OpMkRefAny:
		tr := runtime.NewObject(in.Ref.(*runtime.Type))
		tr.Fields[typedRefValue] = s[sp-1]
		tr.Fields[typedRefType] = Value{N: in.K}
		s[sp-1] = Value{R: tr}
	case OpRefAnyVal:
		tr := s[sp-1].R
		if tr == nil || tr.Fields[typedRefType].N != in.K {
			return t.fault(f, "System.InvalidCastException")
		}
		s[sp-1] = tr.Fields[typedRefValue]
	case OpRefAnyType:
		tr := s[sp-1].R
		h := runtime.NewObject(l.RuntimeTypeHandle)
		h.Fields[0] = Value{N: tr.Fields[typedRefType].N}
		s[sp-1] = Value{R: h}
	}
	return cont
}

// NextVarArg returns the typed reference to argument i of a vararg list, or
// false when there is none.
func (vm *VM) NextVarArg(list *runtime.Object, i int) (*runtime.Object, bool) {
	if list == nil || i < 0 || i >= len(list.Fields) {
		return nil, false
	}
	types := list.Ext().(*runtime.VarArgList).Types
	tr := runtime.NewObject(vm.L.TypedReference)
	tr.Fields[typedRefValue] = runtime.ByRef(list, i)
	tr.Fields[typedRefType] = Value{N: uint64(vm.L.TypeHandle(types[i]))}
	return tr, true
}

// TypedRefTarget returns the type and location a TypedReference designates.
func (vm *VM) TypedRefTarget(tr *runtime.Object) (*runtime.Type, Value) {
	return vm.L.TypeFromHandle(int(tr.Fields[typedRefType].N)), tr.Fields[typedRefValue]
}
