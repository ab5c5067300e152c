package engine

import (
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
)

// invokeDelegate implements Delegate.Invoke. The delegate sits where the
// callee's this would be; it is replaced by the target (instance methods,
// or static methods closed over their first argument) or removed (open
// static methods), and the call proceeds as an ordinary call.
func (t *Thread) invokeDelegate(f *Frame, cs *callSite, argIdx int) slowResult {
	s := f.seg.Fields
	d := s[argIdx].R
	if d == nil {
		return t.fault(f, "System.NullReferenceException")
	}
	if list := d.Fields[DelegateList].R; list != nil && len(list.Fields) > 0 {
		// Multicast: all but the last run nested; the last is the call.
		args := append([]Value(nil), s[argIdx+1:f.sp]...)
		for _, e := range list.Fields[:len(list.Fields)-1] {
			if _, exc, err := t.InvokeDelegate(e.R, args); exc != nil || err != nil {
				if exc == nil {
					exc = t.exceptionForError(err)
				}
				f.PC--
				return throwing(exc)
			}
		}
		d = list.Fields[len(list.Fields)-1].R
	}
	m := t.vm.L.MethodFromHandle(int(d.Fields[DelegateMethod].N))
	if m == nil {
		return t.fault(f, "System.NullReferenceException")
	}
	target := d.Fields[DelegateTarget]
	if m.HasThis || target.R != nil {
		if m.HasThis && target.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if m.HasThis && m.Declaring.IsValueType() {
			target = runtime.ByRef(target.R, 0)
		}
		s[argIdx] = target
		return t.callMethod(f, m, argIdx)
	}
	copy(s[argIdx:], s[argIdx+1:f.sp])
	f.sp--
	s[f.sp] = Value{}
	return t.callMethod(f, m, argIdx)
}

// InvokeDelegate calls a (single or multicast) delegate from Go.
func (t *Thread) InvokeDelegate(d *runtime.Object, args []Value) (Value, *runtime.Object, error) {
	if d == nil {
		return Value{}, t.NewException("System.NullReferenceException", ""), nil
	}
	if list := d.Fields[DelegateList].R; list != nil && len(list.Fields) > 0 {
		var res Value
		for _, e := range list.Fields {
			r, exc, err := t.InvokeDelegate(e.R, args)
			if exc != nil || err != nil {
				return r, exc, err
			}
			res = r
		}
		return res, nil, nil
	}
	m := t.vm.L.MethodFromHandle(int(d.Fields[DelegateMethod].N))
	target := d.Fields[DelegateTarget]
	var full []Value
	if m.HasThis || target.R != nil {
		if m.HasThis && m.Declaring.IsValueType() {
			target = runtime.ByRef(target.R, 0)
		}
		full = append([]Value{target}, args...)
	} else {
		full = args
	}
	return t.Invoke(m, full)
}

// DelegateMethod returns the method a single-cast delegate calls.
func (vm *VM) DelegateMethod(d *runtime.Object) *runtime.Method {
	return vm.L.MethodFromHandle(int(d.Fields[DelegateMethod].N))
}

// newArrayMD implements newobj on a multi-dimensional array constructor:
// either (len0, len1, ...) or (lo0, len0, lo1, len1, ...).
func (t *Thread) newArrayMD(f *Frame, cs *callSite) slowResult {
	s := f.seg.Fields
	ty := cs.m.Declaring
	argIdx := f.sp - cs.nargs
	args := s[argIdx:f.sp]
	shape := &runtime.ArrayShape{}
	total := 1
	if len(args) == ty.Rank {
		for _, a := range args {
			n := int(int32(a.N))
			if n < 0 {
				return t.fault(f, "System.OverflowException")
			}
			shape.Lengths = append(shape.Lengths, n)
			shape.Lower = append(shape.Lower, 0)
			total *= n
		}
	} else {
		for i := 0; i+1 < len(args); i += 2 {
			n := int(int32(args[i+1].N))
			if n < 0 {
				return t.fault(f, "System.OverflowException")
			}
			shape.Lower = append(shape.Lower, int(int32(args[i].N)))
			shape.Lengths = append(shape.Lengths, n)
			total *= n
		}
	}
	arr := runtime.NewExt(ty, make([]Value, total), shape)
	if ty.Elem.IsStruct() {
		for i := range arr.Fields {
			arr.Fields[i] = runtime.Zero(ty.Elem)
		}
	}
	clear(args)
	s[argIdx] = runtime.Ref(arr)
	f.sp = argIdx + 1
	return cont
}

// arrayAccess implements Get, Set and Address of multi-dimensional arrays.
func (t *Thread) arrayAccess(f *Frame, op Op, cs *callSite) slowResult {
	s := f.seg.Fields
	argIdx := f.sp - cs.nargs
	arr := s[argIdx].R
	if arr == nil {
		return t.fault(f, "System.NullReferenceException")
	}
	shape, _ := arr.Ext().(*runtime.ArrayShape)
	nidx := len(cs.m.Params)
	if op == OpArraySet {
		nidx--
	}
	idx := 0
	for d := 0; d < nidx; d++ {
		i := int(int32(s[argIdx+1+d].N))
		if shape == nil {
			idx = i
			if uint(idx) >= uint(len(arr.Fields)) {
				return t.fault(f, "System.IndexOutOfRangeException")
			}
			continue
		}
		i -= shape.Lower[d]
		if d >= len(shape.Lengths) || uint(i) >= uint(shape.Lengths[d]) {
			return t.fault(f, "System.IndexOutOfRangeException")
		}
		idx = idx*shape.Lengths[d] + i
	}
	et := arr.Type.Elem
	switch op {
	case OpArrayGet:
		v := arr.Fields[idx]
		if et.IsStruct() {
			v = Value{R: v.R.Clone()}
		}
		s[argIdx] = v
		clear(s[argIdx+1 : f.sp])
		f.sp = argIdx + 1
	case OpArraySet:
		v := s[f.sp-1]
		if et.IsStruct() {
			storeStruct(&arr.Fields[idx], v)
		} else {
			if v.R != nil && et.Storage == runtime.StRef && !isInstance(v.R, et) {
				return t.fault(f, "System.ArrayTypeMismatchException")
			}
			arr.Fields[idx] = normalize(et.Storage, stackKindOf(et), v)
		}
		clear(s[argIdx:f.sp])
		f.sp = argIdx
	case OpArrayAddress:
		s[argIdx] = runtime.ByRef(arr, idx)
		clear(s[argIdx+1 : f.sp])
		f.sp = argIdx + 1
	}
	return cont
}

// parseMethodSigTypes resolves a StandAloneSig method signature (calli)
// into a signature-only Method.
func parseMethodSigTypes(mod *runtime.Module, blob []byte, ctx *runtime.GenericContext) (*runtime.Method, error) {
	sig, err := metadata.ParseMethodSig(blob)
	if err != nil {
		return nil, err
	}
	m := &runtime.Method{Name: "calli", HasThis: sig.HasThis && !sig.ExplicitThis, Slot: -1}
	ret, err := mod.TypeFromSig(sig.Ret, ctx)
	if err != nil {
		return nil, err
	}
	if ret != mod.Loader.Void {
		m.Ret = ret
	}
	for _, p := range sig.Params {
		pt, err := mod.TypeFromSig(p, ctx)
		if err != nil {
			return nil, err
		}
		m.Params = append(m.Params, pt)
	}
	return m, nil
}
