package engine

import (
	"fmt"

	"github.com/strata-runtime/strata/internal/runtime"
)

// The slow path: object-model instructions, calls, returns and exception
// control flow. The interpreter loop saves pc and sp into the frame before
// calling slow, and reloads them (or switches frames) afterwards.

type slowKind uint8

const (
	slowContinue slowKind = iota
	slowSwitchFrame
	slowDone
	slowThrow
)

type slowResult struct {
	kind slowKind
	val  Value
	exc  *runtime.Object
}

var cont = slowResult{kind: slowContinue}
var switchFrame = slowResult{kind: slowSwitchFrame}

func throwing(exc *runtime.Object) slowResult { return slowResult{kind: slowThrow, exc: exc} }

// Delegate object layout (delegate types declare no fields).
const (
	DelegateTarget = 0
	DelegateMethod = 1
	DelegateList   = 2
	delegateSlots  = 3
)

// picSize is how many receiver types a call site's inline cache holds
// before the site is treated as megamorphic.
const picSize = 8

// vcache is a call site's polymorphic inline cache: receiver types and the
// implementations they reach. It is immutable; a miss publishes an
// extended copy (or marks the site megamorphic) with an atomic store.
type vcache struct {
	n     int
	types [picSize]*runtime.Type
	impls [picSize]*runtime.Method
	mega  bool
}

// lookup returns the cached implementation for receiver type t.
func (c *vcache) lookup(t *runtime.Type) *runtime.Method {
	for i := 0; i < c.n; i++ {
		if c.types[i] == t {
			return c.impls[i]
		}
	}
	return nil
}

// remember records t → impl in the site's cache.
func (cs *callSite) remember(t *runtime.Type, impl *runtime.Method) {
	old := cs.cache.Load()
	if old != nil && (old.mega || old.lookup(t) != nil) {
		return
	}
	nc := &vcache{}
	if old != nil {
		*nc = *old
	}
	if nc.n == picSize {
		nc = &vcache{mega: true}
	} else {
		nc.types[nc.n], nc.impls[nc.n] = t, impl
		nc.n++
	}
	cs.cache.CompareAndSwap(old, nc)
}

func (t *Thread) slow(f *Frame, in *Instr, stop int) slowResult {
	s := f.seg.Fields
	sp := f.sp
	l := t.vm.L
	switch in.Op {
	case OpCall:
		cs := in.Ref.(*callSite)
		argIdx := sp - cs.nargs
		if in.B&callNullCheck != 0 && s[argIdx].R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if in.B&callTail != 0 {
			return t.tailCall(f, cs.m, argIdx, stop)
		}
		return t.callMethod(f, cs.m, argIdx)
	case OpCallICall:
		cs := in.Ref.(*callSite)
		argIdx := sp - cs.nargs
		if in.B == 1 && s[argIdx].R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		return t.callICall(f, cs.fn, cs.m, argIdx)
	case OpCallVirt:
		cs := in.Ref.(*callSite)
		argIdx := sp - cs.nargs
		this := s[argIdx].R
		if this == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if cs.probe != nil {
			cs.probe.record(this.Type)
		}
		impl, err := this.Type.ResolveVirtual(cs.m)
		if err != nil {
			return throwing(t.exceptionForError(err))
		}
		cs.remember(this.Type, impl)
		if impl.Declaring.IsValueType() && impl.HasThis {
			s[argIdx] = runtime.ByRef(this, 0)
		}
		if in.B&callTail != 0 {
			return t.tailCall(f, impl, argIdx, stop)
		}
		return t.callMethod(f, impl, argIdx)
	case OpCallConstrained:
		cs := in.Ref.(*callSite)
		argIdx := sp - cs.nargs
		p := s[argIdx]
		switch cs.mode {
		case constrainedDirect:
			if cs.fn != nil {
				return t.callICall(f, cs.fn, cs.m, argIdx)
			}
			return t.callMethod(f, cs.m, argIdx)
		case constrainedBox:
			v := p.Load()
			s[argIdx] = runtime.Ref(box(cs.t, v))
		default:
			s[argIdx] = p.Load()
		}
		this := s[argIdx].R
		if this == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		impl, err := this.Type.ResolveVirtual(cs.m)
		if err != nil {
			return throwing(t.exceptionForError(err))
		}
		if impl.Declaring.IsValueType() && impl.HasThis {
			s[argIdx] = runtime.ByRef(this, 0)
		}
		return t.callMethod(f, impl, argIdx)
	case OpCallI:
		h := int(s[sp-1].N)
		m := l.MethodFromHandle(h)
		if m == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		f.sp = sp - 1
		if in.B&callTail != 0 {
			return t.tailCall(f, m, sp-1-int(in.A), stop)
		}
		return t.callMethod(f, m, sp-1-int(in.A))
	case OpInvokeDelegate:
		cs := in.Ref.(*callSite)
		return t.invokeDelegate(f, cs, sp-cs.nargs)
	case OpNewObj:
		cs := in.Ref.(*callSite)
		d := cs.m.Declaring
		argIdx := sp - cs.nargs
		obj := runtime.NewObject(d)
		copy(s[argIdx+2:argIdx+2+cs.nargs], s[argIdx:argIdx+cs.nargs])
		s[argIdx] = runtime.Ref(obj)
		s[argIdx+1] = runtime.Ref(obj)
		f.sp = argIdx + 2 + cs.nargs
		if cs.fn != nil {
			return t.callICall(f, cs.fn, cs.m, argIdx+1)
		}
		return t.callMethod(f, cs.m, argIdx+1)
	case OpNewStruct:
		cs := in.Ref.(*callSite)
		d := cs.m.Declaring
		argIdx := sp - cs.nargs
		copy(s[argIdx+2:argIdx+2+cs.nargs], s[argIdx:argIdx+cs.nargs])
		if d.IsStruct() {
			s[argIdx] = runtime.Ref(runtime.NewObject(d))
		} else {
			s[argIdx] = Value{}
		}
		s[argIdx+1] = runtime.ByRef(f.seg, argIdx)
		f.sp = argIdx + 2 + cs.nargs
		return t.callMethod(f, cs.m, argIdx+1)
	case OpNewString:
		cs := in.Ref.(*callSite)
		argIdx := sp - cs.nargs
		r := cs.fn(t, s[argIdx:sp])
		s[argIdx] = r
		f.sp = argIdx + 1
		return cont
	case OpNewDelegate:
		cs := in.Ref.(*callSite)
		d := &runtime.Object{Type: cs.m.Declaring, Fields: make([]Value, delegateSlots)}
		d.Fields[DelegateTarget] = s[sp-2]
		d.Fields[DelegateMethod] = Value{N: s[sp-1].N}
		s[sp-2] = runtime.Ref(d)
		s[sp-1] = Value{}
		f.sp = sp - 1
		return cont
	case OpNewArrayMD:
		cs := in.Ref.(*callSite)
		return t.newArrayMD(f, cs)
	case OpArrayGet, OpArraySet, OpArrayAddress:
		cs := in.Ref.(*callSite)
		return t.arrayAccess(f, in.Op, cs)
	case OpRet, OpRetVoid:
		return t.ret(f, in.Op == OpRet, stop)
	case OpInitType:
		return t.typeInit(f, in.Ref.(*runtime.Type))

	case OpLdFld, OpLdFldStruct, OpStFld, OpStFldStruct, OpLdFlda:
		if fld, ok := in.Ref.(*runtime.Field); ok {
			if r := t.rawFieldAccess(f, in, fld); r {
				return cont
			}
		}
	}
	switch in.Op {
	case OpLdFld, OpLdFldStruct:
		o := s[sp-1]
		var obj *runtime.Object
		if sk(in.B) == skP {
			obj = o.R.Fields[o.N].R
		} else {
			obj = o.R
		}
		if obj == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		v := obj.Fields[in.A]
		if in.Op == OpLdFldStruct {
			v = Value{R: v.R.Clone()}
		}
		s[sp-1] = v
	case OpLdFldPrim:
		o := s[sp-1]
		switch sk(in.B) {
		case skP:
			s[sp-1] = o.R.Fields[o.N]
		case skO:
			s[sp-1] = o.R.Fields[0]
		}
	case OpStFld, OpStFldStruct:
		v := s[sp-1]
		o := s[sp-2]
		var obj *runtime.Object
		if sk(in.B>>8) == skP {
			obj = o.R.Fields[o.N].R
		} else {
			obj = o.R
		}
		if obj == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if in.Op == OpStFldStruct {
			storeStruct(&obj.Fields[in.A], v)
		} else {
			obj.Fields[in.A] = normalize(runtime.Storage(in.B&0xff), sk(in.K), v)
		}
		s[sp-1], s[sp-2] = Value{}, Value{}
		f.sp = sp - 2
	case OpStFldPrim:
		v := s[sp-1]
		o := s[sp-2]
		o.R.Fields[o.N] = normalize(runtime.Storage(in.B), sk(in.K), v)
		f.sp = sp - 2
	case OpLdFlda:
		o := s[sp-1]
		var obj *runtime.Object
		if sk(in.B) == skP {
			obj = o.R.Fields[o.N].R
		} else {
			obj = o.R
		}
		if obj == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		s[sp-1] = runtime.ByRef(obj, int(in.A))
	case OpLdFldaPrim:
		o := s[sp-1]
		if sk(in.B) == skO {
			s[sp-1] = runtime.ByRef(o.R, 0)
		}
	case OpLdSFld:
		so := in.Ref.(*runtime.Object)
		s[sp] = so.Fields[in.A]
		f.sp = sp + 1
	case OpLdSFldStruct:
		so := in.Ref.(*runtime.Object)
		s[sp] = Value{R: so.Fields[in.A].R.Clone()}
		f.sp = sp + 1
	case OpStSFld, OpStSFldNorm:
		so := in.Ref.(*runtime.Object)
		so.Fields[in.A] = normalize(runtime.Storage(in.B), sk(in.K), s[sp-1])
		f.sp = sp - 1
	case OpStSFldStruct:
		so := in.Ref.(*runtime.Object)
		storeStruct(&so.Fields[in.A], s[sp-1])
		f.sp = sp - 1
	case OpLdSFlda:
		so := in.Ref.(*runtime.Object)
		s[sp] = runtime.ByRef(so, int(in.A))
		f.sp = sp + 1
	case OpPatchpoint:
		return t.onStackReplace(f)
	case OpNullCheck:
		return t.fault(f, "System.NullReferenceException")
	case OpLdSlotFldO:
		// Only reached for a null object (the fast path handles the rest).
		return t.fault(f, "System.NullReferenceException")
	case OpLdElemFldP:
		arr := s[sp-2].R
		if arr == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		return t.fault(f, "System.IndexOutOfRangeException")
	case OpLdFldP:
		p := s[sp-1]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if p.N&rawFlag != 0 {
			// A raw pointer to a struct laid out in bytes.
			fld := in.Ref.(*runtime.Field)
			s[sp-1] = loadRaw(Value{R: p.R, N: p.N + uint64(fld.Declaring.FieldOffset(fld.Index))}, fld.Type.Storage)
			break
		}
		s[sp-1] = p.R.Fields[p.N].R.Fields[in.A]
	case OpStFldP:
		p := s[sp-2]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if p.N&rawFlag != 0 {
			fld := in.Ref.(*runtime.Field)
			rawWrite(Value{R: p.R, N: p.N + uint64(fld.Declaring.FieldOffset(fld.Index))}, runtime.StorageSize(fld.Type.Storage), s[sp-1].N)
			f.sp = sp - 2
			break
		}
		p.R.Fields[p.N].R.Fields[in.A] = s[sp-1]
		s[sp-1], s[sp-2] = Value{}, Value{}
		f.sp = sp - 2
	case OpLdFldO:
		obj := s[sp-1].R
		if obj == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		s[sp-1] = obj.Fields[in.A]
	case OpStFldO:
		obj := s[sp-2].R
		if obj == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		obj.Fields[in.A] = s[sp-1]
		s[sp-1], s[sp-2] = Value{}, Value{}
		f.sp = sp - 2
	case OpLdThreadStatic, OpStThreadStatic, OpLdThreadStaticAddr:
		fld := in.Ref.(*runtime.Field)
		so := t.threadStaticsOf(fld.Declaring)
		switch in.Op {
		case OpLdThreadStatic:
			v := so.Fields[fld.Index]
			if fld.Type.IsStruct() {
				v = Value{R: v.R.Clone()}
			}
			s[sp] = v
			f.sp = sp + 1
		case OpStThreadStatic:
			if fld.Type.IsStruct() {
				storeStruct(&so.Fields[fld.Index], s[sp-1])
			} else {
				so.Fields[fld.Index] = normalize(fld.Type.Storage, sk(in.K), s[sp-1])
			}
			f.sp = sp - 1
		default:
			s[sp] = runtime.ByRef(so, fld.Index)
			f.sp = sp + 1
		}

	case OpGuardType:
		if o := s[sp-1-int(in.B)].R; o == nil || o.Type != in.Ref.(*runtime.Type) {
			f.PC = int(in.A)
		}
	case OpAllocObj:
		s[sp] = runtime.Ref(runtime.NewObject(in.Ref.(*runtime.Type)))
		f.sp = sp + 1
	case OpNewArr:
		n := int64(s[sp-1].N)
		if n < 0 || n > 1<<31 {
			return t.fault(f, "System.OverflowException")
		}
		et := in.Ref.(*runtime.Type)
		s[sp-1] = runtime.Ref(newArray(l, et, int(n)))
	case OpLdLen:
		arr := s[sp-1].R
		if arr == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		s[sp-1] = Value{N: uint64(len(arr.Fields))}
	case OpLdElem, OpLdElemStruct:
		arr := s[sp-2].R
		if arr == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		i := int(int64(s[sp-1].N))
		if uint(i) >= uint(len(arr.Fields)) {
			return t.fault(f, "System.IndexOutOfRangeException")
		}
		v := arr.Fields[i]
		if in.Op == OpLdElemStruct {
			v = Value{R: v.R.Clone()}
		} else if in.B < int32(runtime.StI4) && in.B > int32(runtime.StStruct) {
			v.N = runtime.Truncate(runtime.Storage(in.B), v.N)
		}
		s[sp-2] = v
		s[sp-1] = Value{}
		f.sp = sp - 1
	case OpStElem, OpStElemRef, OpStElemStruct:
		arr := s[sp-3].R
		if arr == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		i := int(int64(s[sp-2].N))
		if uint(i) >= uint(len(arr.Fields)) {
			return t.fault(f, "System.IndexOutOfRangeException")
		}
		v := s[sp-1]
		switch in.Op {
		case OpStElemRef:
			if v.R != nil && arr.Type.Elem.Storage == runtime.StRef && !isInstance(v.R, arr.Type.Elem) {
				return t.fault(f, "System.ArrayTypeMismatchException")
			}
			arr.Fields[i] = v
		case OpStElemStruct:
			storeStruct(&arr.Fields[i], v)
		default:
			arr.Fields[i] = normalize(runtime.Storage(in.B), sk(in.K), v)
		}
		s[sp-1], s[sp-2], s[sp-3] = Value{}, Value{}, Value{}
		f.sp = sp - 3
	case OpLdElema:
		arr := s[sp-2].R
		if arr == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		i := int(int64(s[sp-1].N))
		if uint(i) >= uint(len(arr.Fields)) {
			return t.fault(f, "System.IndexOutOfRangeException")
		}
		if et, ok := in.Ref.(*runtime.Type); ok && et != nil && arr.Type.Elem != et {
			return t.fault(f, "System.ArrayTypeMismatchException")
		}
		s[sp-2] = runtime.ByRef(arr, i)
		f.sp = sp - 1

	case OpLdInd:
		p := s[sp-1]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		s[sp-1] = loadInd(p, runtime.Storage(in.B))
	case OpStInd:
		p := s[sp-2]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		storeInd(p, runtime.Storage(in.B), sk(in.K), s[sp-1])
		f.sp = sp - 2
	case OpLdObj:
		ty := in.Ref.(*runtime.Type)
		p := s[sp-1]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if p.N&rawFlag != 0 {
			if ty.IsStruct() {
				s[sp-1] = Value{R: structFromRaw(ty, p)}
			} else {
				s[sp-1] = loadRaw(p, ty.Storage)
			}
			break
		}
		v := p.R.Fields[p.N]
		if ty.IsStruct() {
			v = Value{R: v.R.Clone()}
		}
		s[sp-1] = v
	case OpStObj:
		ty := in.Ref.(*runtime.Type)
		p := s[sp-2]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		switch {
		case ty.IsStruct() && p.N&rawFlag != 0:
			structToRaw(ty, s[sp-1].R, p)
		case ty.IsStruct():
			storeStruct(&p.R.Fields[p.N], s[sp-1])
		case p.N&rawFlag != 0:
			rawWrite(p, runtime.StorageSize(ty.Storage), normalize(ty.Storage, sk(in.K), s[sp-1]).N)
		default:
			p.R.Fields[p.N] = normalize(ty.Storage, sk(in.K), s[sp-1])
		}
		f.sp = sp - 2
	case OpCpObj:
		ty := in.Ref.(*runtime.Type)
		dst, src := s[sp-2], s[sp-1]
		v := src.R.Fields[src.N]
		if ty.IsStruct() {
			storeStruct(&dst.R.Fields[dst.N], Value{R: v.R.Clone()})
		} else {
			dst.R.Fields[dst.N] = v
		}
		f.sp = sp - 2
	case OpInitObj:
		ty := in.Ref.(*runtime.Type)
		p := s[sp-1]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		slot := &p.R.Fields[p.N]
		if ty.IsStruct() {
			if slot.R != nil && slot.R.Type == ty {
				slot.R.CopyFrom(runtime.NewObject(ty))
			} else {
				*slot = runtime.Zero(ty)
			}
		} else {
			*slot = Value{}
		}
		f.sp = sp - 1

	case OpBox:
		ty := in.Ref.(*runtime.Type)
		v := s[sp-1]
		if ty.IsPrimitiveLike() {
			v = normalize(ty.Storage, sk(in.K), v)
		}
		s[sp-1] = runtime.Ref(box(ty, v))
	case OpUnbox:
		ty := in.Ref.(*runtime.Type)
		o := s[sp-1].R
		if ty.IsNullable {
			nv := runtime.NewObject(ty)
			if o != nil {
				if !sameBoxType(o.Type, ty.Args[0]) {
					return t.fault(f, "System.InvalidCastException")
				}
				nv.Fields[0] = Value{N: 1}
				nv.Fields[1] = runtime.CopyStruct(ty.Args[0], o.Fields[0])
			}
			holder := &runtime.Object{Fields: []Value{runtime.Ref(nv)}}
			s[sp-1] = runtime.ByRef(holder, 0)
			break
		}
		if o == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if !sameBoxType(o.Type, ty) {
			return t.fault(f, "System.InvalidCastException")
		}
		s[sp-1] = runtime.ByRef(o, 0)
	case OpUnboxAny:
		ty := in.Ref.(*runtime.Type)
		o := s[sp-1].R
		if ty.IsNullable {
			nv := runtime.NewObject(ty)
			if o != nil {
				if !sameBoxType(o.Type, ty.Args[0]) {
					return t.fault(f, "System.InvalidCastException")
				}
				nv.Fields[0] = Value{N: 1}
				nv.Fields[1] = runtime.CopyStruct(ty.Args[0], o.Fields[0])
			}
			s[sp-1] = runtime.Ref(nv)
			break
		}
		if o == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if !sameBoxType(o.Type, ty) {
			return t.fault(f, "System.InvalidCastException")
		}
		s[sp-1] = runtime.CopyStruct(ty, o.Fields[0])
	case OpIsInst, OpCastClass:
		ty := in.Ref.(*runtime.Type)
		o := s[sp-1].R
		if o != nil && !isInstance(o, ty) {
			if in.Op == OpCastClass {
				return t.fault(f, "System.InvalidCastException")
			}
			s[sp-1] = Value{}
		}
	case OpLdToken:
		ht := in.Ref.(*runtime.Type)
		h := runtime.NewObject(ht)
		if len(h.Fields) > 0 {
			h.Fields[0] = Value{N: in.K}
		}
		s[sp] = runtime.Ref(h)
		f.sp = sp + 1
	case OpLdVirtFtn:
		m := in.Ref.(*runtime.Method)
		o := s[sp-1].R
		if o == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		impl, err := o.Type.ResolveVirtual(m)
		if err != nil {
			return throwing(t.exceptionForError(err))
		}
		s[sp-1] = Value{N: uint64(l.MethodHandle(impl))}
	case OpLocalloc:
		n := s[sp-1].N
		if n > 1<<24 {
			return throwing(t.stackOverflow())
		}
		s[sp-1] = newRawBlock(int(n))
	case OpCpBlk:
		dst, src, n := s[sp-3], s[sp-2], int(s[sp-1].N)
		if dst.R == nil || src.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if !isStructRef(dst) {
			dst = toPointer(dst)
		}
		if !isStructRef(src) {
			src = toPointer(src)
		}
		buf, ok := readBlock(src, n)
		if !ok || !writeBlock(dst, buf) {
			return throwing(t.NewException("System.NotSupportedException", "cpblk on this memory is not supported"))
		}
		f.sp = sp - 3
	case OpInitBlk:
		dst, v, n := s[sp-3], s[sp-2], int(s[sp-1].N)
		if dst.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if !isStructRef(dst) {
			dst = toPointer(dst)
		}
		buf := make([]byte, n)
		for i := range buf {
			buf[i] = byte(v.N)
		}
		if !writeBlock(dst, buf) {
			return throwing(t.NewException("System.NotSupportedException", "initblk on this memory is not supported"))
		}
		f.sp = sp - 3
	case OpStIndPartial:
		p := s[sp-2]
		if p.R == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		if p.N&rawFlag != 0 {
			rawWrite(p, runtime.StorageSize(runtime.Storage(in.B)), s[sp-1].N)
		} else {
			mask := uint64(1)<<(8*uint(runtime.StorageSize(runtime.Storage(in.B)))) - 1
			slot := &p.R.Fields[p.N]
			slot.N = slot.N&^mask | s[sp-1].N&mask
		}
		f.sp = sp - 2
	case OpVarArgPack, OpArgList, OpMkRefAny, OpRefAnyVal, OpRefAnyType:
		return t.varArgOp(f, in)
	case OpLdFldBytes, OpStFldBytes, OpLdFldaBytes:
		t.byteFieldOp(f, in)
	case OpLdFldVol, OpStFldVol, OpLdSFldVol, OpStSFldVol, OpLdIndVol, OpStIndVol:
		t.volatileOp(f, in)
	case OpConvPtr:
		s[sp-1-int(in.A)] = toPointer(s[sp-1-int(in.A)])

	case OpLeave:
		list := in.Ref.([]int)
		// Leaving a protected region empties the evaluation stack.
		clear(s[f.stack0:sp])
		f.sp = f.stack0
		if len(list) == 0 {
			f.PC = int(in.A)
			return cont
		}
		f.ehStack = append(f.ehStack, ehCont{target: int(in.A), rest: list[1:], clause: list[0]})
		f.PC = f.Code.Clauses[list[0]].HandlerStart
		return cont
	case OpEndFinally:
		n := len(f.ehStack)
		if n == 0 {
			return throwing(t.NewException("System.InvalidProgramException", "endfinally outside a finally handler"))
		}
		c := f.ehStack[n-1]
		f.ehStack = f.ehStack[:n-1]
		f.sp = f.stack0
		if c.unwind {
			if t.unwind == nil {
				return throwing(t.NewException("System.InvalidProgramException", "endfinally without an exception in flight"))
			}
			if t.continueUnwind() {
				return switchFrame
			}
			e := t.pending
			t.pending = nil
			return slowResult{kind: slowThrow, exc: e}
		}
		if len(c.rest) > 0 {
			f.ehStack = append(f.ehStack, ehCont{target: c.target, rest: c.rest[1:], clause: c.rest[0]})
			f.PC = f.Code.Clauses[c.rest[0]].HandlerStart
			return cont
		}
		f.PC = c.target
		return cont
	case OpEndFilter:
		v := s[sp-1]
		t.frames = t.frames[:len(t.frames)-1]
		t.freeFrame(f)
		return slowResult{kind: slowDone, val: v}
	case OpThrow:
		exc := s[sp-1].R
		if exc == nil {
			return t.fault(f, "System.NullReferenceException")
		}
		f.PC--
		return throwing(exc)
	case OpRethrow:
		var exc *runtime.Object
		pc := f.PC - 1
		for ci, cl := range f.Code.Clauses {
			if (cl.Kind == 0 || cl.Kind == 1) && pc >= cl.HandlerStart && pc < cl.HandlerEnd {
				exc = f.caught[ci]
				break
			}
		}
		if exc == nil {
			return throwing(t.NewException("System.InvalidProgramException", "rethrow outside a catch handler"))
		}
		f.PC--
		return throwing(exc)
	case OpJmp:
		// The arguments are the current frame's: push them as if for a call
		// and tail-call the target.
		m := in.Ref.(*runtime.Method)
		n := m.ArgCount()
		copy(s[sp:sp+n], s[f.base:f.base+n])
		f.sp = sp + n
		return t.tailCall(f, m, sp, stop)
	case OpThrowError:
		f.PC--
		return throwing(t.exceptionForError(in.Ref.(error)))
	default:
		return throwing(t.NewException("System.InvalidProgramException", fmt.Sprintf("unknown instruction %d", in.Op)))
	}
	return cont
}

// fault raises a runtime exception at the current instruction.
func (t *Thread) fault(f *Frame, typeName string) slowResult {
	f.PC--
	return throwing(t.NewException(typeName, ""))
}

// callMethod calls m with its arguments at f.seg.Fields[argIdx:].
func (t *Thread) callMethod(f *Frame, m *runtime.Method, argIdx int) slowResult {
	if m.ICall != nil {
		if fn, ok := m.ICall.(ICall); ok {
			return t.callICall(f, fn, m, argIdx)
		}
	}
	cv := m.Entry.Load()
	if cv == nil {
		var err error
		if m.IsRuntimeImpl() && m.Declaring.IsDelegate && m.Name == "Invoke" {
			// A delegate's Invoke reached indirectly (a delegate to a delegate).
			f.sp = argIdx + m.ArgCount()
			return t.invokeDelegate(f, &callSite{m: m, nargs: m.ArgCount()}, argIdx)
		}
		if m.IsInternalCall() {
			return throwing(t.NewException("System.MissingMethodException", fmt.Sprintf("internal call %s is not implemented", m.ICallKey())))
		}
		if m.IsAbstract() {
			return throwing(t.NewException("System.EntryPointNotFoundException", m.String()))
		}
		if cv, err = t.prepare(m); err != nil {
			f.PC--
			return throwing(t.exceptionForError(err))
		}
	}
	code := cv.Code.(*Code)
	f.sp = argIdx
	if _, err := t.pushFrame(cv, code, f.seg, argIdx); err != nil {
		f.PC--
		return throwing(t.stackOverflow())
	}
	return switchFrame
}

// callICall calls fn, the internal call of m, with the arguments at
// [argIdx, f.sp) of f's segment and leaves its result, if any, at argIdx.
// The slots above are left as they are, as every call path leaves them.
func (t *Thread) callICall(f *Frame, fn ICall, m *runtime.Method, argIdx int) slowResult {
	s := f.seg.Fields
	r := fn(t, s[argIdx:f.sp])
	if m.Ret != nil {
		s[argIdx] = r
		f.sp = argIdx + 1
	} else {
		f.sp = argIdx
	}
	return cont
}

// tailCall replaces the current frame by a call of m.
func (t *Thread) tailCall(f *Frame, m *runtime.Method, argIdx int, stop int) slowResult {
	if m.ICall != nil || f.kind != frameNormal || f.boundary || len(t.frames)-1 <= stop || m.IsAbstract() {
		return t.callMethod(f, m, argIdx)
	}
	cv, err := t.prepare(m)
	if err != nil {
		f.PC--
		return throwing(t.exceptionForError(err))
	}
	code := cv.Code.(*Code)
	if f.base+code.NumArgs+code.NumLocals+code.MaxStack > len(f.seg.Fields) {
		return t.callMethod(f, m, argIdx)
	}
	s := f.seg.Fields
	copy(s[f.base:f.base+code.NumArgs], s[argIdx:argIdx+code.NumArgs])
	retSeg, retIdx, seg, base := f.retSeg, f.retIdx, f.seg, f.base
	t.frames = t.frames[:len(t.frames)-1]
	t.freeFrame(f)
	nf, err := t.pushFrame(cv, code, seg, base)
	if err != nil {
		return throwing(t.stackOverflow())
	}
	nf.retSeg, nf.retIdx = retSeg, retIdx
	return switchFrame
}

// ret returns from the innermost frame.
func (t *Thread) ret(f *Frame, hasValue bool, stop int) slowResult {
	var v Value
	if hasValue {
		v = f.seg.Fields[f.sp-1]
	}
	if f.kind == frameCctor {
		t.finishInit(f.initType, nil)
	}
	retSeg, retIdx := f.retSeg, f.retIdx
	t.frames = t.frames[:len(t.frames)-1]
	t.freeFrame(f)
	if len(t.frames) <= stop {
		return slowResult{kind: slowDone, val: v}
	}
	caller := t.frames[len(t.frames)-1]
	if hasValue {
		retSeg.Fields[retIdx] = v
		caller.sp = retIdx + 1
	} else {
		caller.sp = retIdx
	}
	return switchFrame
}

// typeInit runs t's type initialiser if needed, then re-executes the
// OpInitType instruction (which then finds the type initialised).
func (t *Thread) typeInit(f *Frame, ty *runtime.Type) slowResult {
	st := ty.InitState()
	switch st.Load() {
	case 2:
		return cont
	case 3:
		f.PC--
		return throwing(ty.InitError)
	}
	if ty.InitOwner.Load() == t.ID {
		return cont // recursive initialisation on this thread proceeds
	}
	ty.InitMu.Lock()
	switch st.Load() {
	case 2:
		ty.InitMu.Unlock()
		return cont
	case 3:
		ty.InitMu.Unlock()
		f.PC--
		return throwing(ty.InitError)
	}
	st.Store(1)
	ty.InitOwner.Store(t.ID)
	ty.EnsureStatics()
	cctor := ty.Cctor
	if cctor == nil {
		t.finishInit(ty, nil)
		return cont
	}
	cv, err := t.prepare(cctor)
	if err != nil {
		exc := t.exceptionForError(err)
		tie := t.NewException("System.TypeInitializationException", fmt.Sprintf("The type initializer for '%s' threw an exception.", ty.FullName()))
		t.SetField(tie, "_innerException", runtime.Ref(exc))
		t.finishInit(ty, tie)
		f.PC--
		return throwing(tie)
	}
	f.PC-- // re-execute OpInitType after the initialiser returns
	nf, err := t.pushFrame(cv, cv.Code.(*Code), f.seg, f.sp)
	if err != nil {
		t.finishInit(ty, nil)
		return throwing(t.stackOverflow())
	}
	nf.kind = frameCctor
	nf.initType = ty
	return switchFrame
}

// finishInit completes type initialisation, successfully or with the
// TypeInitializationException that every later access rethrows.
func (t *Thread) finishInit(ty *runtime.Type, tie *runtime.Object) {
	if ty.InitOwner.Load() != t.ID {
		return
	}
	if tie != nil {
		ty.InitError = tie
		ty.InitState().Store(3)
	} else {
		ty.InitState().Store(2)
	}
	ty.InitOwner.Store(0)
	ty.InitMu.Unlock()
}

// EnsureTypeInit runs ty's initialiser from Go (host or internal calls).
func (t *Thread) EnsureTypeInit(ty *runtime.Type) *runtime.Object {
	if ty.InitState().Load() == 2 || ty.Cctor == nil {
		ty.EnsureStatics()
		return nil
	}
	if ty.InitState().Load() == 3 {
		return ty.InitError
	}
	if ty.InitOwner.Load() == t.ID {
		return nil
	}
	ty.InitMu.Lock()
	if s := ty.InitState().Load(); s == 2 || s == 3 {
		ty.InitMu.Unlock()
		return ty.InitError
	}
	ty.InitState().Store(1)
	ty.InitOwner.Store(t.ID)
	ty.EnsureStatics()
	_, exc, err := t.Invoke(ty.Cctor, nil)
	if err != nil && exc == nil {
		exc = t.exceptionForError(err)
	}
	if exc != nil {
		tie := t.NewException("System.TypeInitializationException", fmt.Sprintf("The type initializer for '%s' threw an exception.", ty.FullName()))
		t.SetField(tie, "_innerException", runtime.Ref(exc))
		t.finishInit(ty, tie)
		return tie
	}
	t.finishInit(ty, nil)
	return nil
}

func (t *Thread) threadStaticsOf(ty *runtime.Type) *runtime.Object {
	if t.threadStatics == nil {
		t.threadStatics = map[*runtime.Type]*runtime.Object{}
	}
	so := t.threadStatics[ty]
	if so == nil {
		n := 0
		for _, f := range ty.Fields {
			if f.IsStatic() && f.Index >= n {
				n = f.Index + 1
			}
		}
		so = &runtime.Object{Fields: make([]Value, n)}
		for _, f := range ty.Fields {
			if f.IsStatic() && !f.IsLiteral() && f.Type.IsStruct() {
				so.Fields[f.Index] = runtime.Zero(f.Type)
			}
		}
		t.threadStatics[ty] = so
	}
	return so
}

// box boxes a value of value type ty (Nullable<T> boxes to T or null).
func box(ty *runtime.Type, v Value) *runtime.Object {
	if ty.IsNullable {
		if v.R == nil || v.R.Fields[0].N == 0 {
			return nil
		}
		inner := ty.Args[0]
		return &runtime.Object{Type: inner, Fields: []Value{runtime.CopyStruct(inner, v.R.Fields[1])}}
	}
	if !ty.IsValueType() {
		return v.R
	}
	return &runtime.Object{Type: ty, Fields: []Value{v}}
}

// Box is box for internal calls.
func Box(ty *runtime.Type, v Value) *runtime.Object { return box(ty, v) }

// sameBoxType: unbox accepts the exact type, or an enum and its
// underlying primitive type in either direction.
func sameBoxType(have, want *runtime.Type) bool {
	if have == want {
		return true
	}
	u := func(t *runtime.Type) *runtime.Type {
		if t.Kind == runtime.KindEnum {
			return t.Elem
		}
		return t
	}
	return u(have) == u(want) && (have.Kind == runtime.KindEnum || want.Kind == runtime.KindEnum)
}

// isInstance implements isinst/castclass for a non-null object.
func isInstance(o *runtime.Object, ty *runtime.Type) bool {
	if o.Type == ty {
		return true
	}
	if ty.IsNullable {
		return o.Type == ty.Args[0]
	}
	return o.Type.AssignableTo(ty)
}

// IsInstance is isinst for internal calls.
func IsInstance(o *runtime.Object, ty *runtime.Type) bool { return isInstance(o, ty) }

func newArray(l *runtime.Loader, et *runtime.Type, n int) *runtime.Object {
	arr := &runtime.Object{Type: l.SZArrayOf(et), Fields: make([]Value, n)}
	if et.IsStruct() {
		_ = et.EnsureLoaded()
		for i := range arr.Fields {
			arr.Fields[i] = runtime.Value{R: runtime.NewObject(et)}
		}
	}
	return arr
}

// NewArray allocates a zeroed single-dimensional array.
func (vm *VM) NewArray(et *runtime.Type, n int) *runtime.Object { return newArray(vm.L, et, n) }

// loadInd is ldind of storage st through the pointer p (not null).
func loadInd(p Value, st runtime.Storage) Value {
	if p.N&rawFlag != 0 || widthMismatch(p, st) {
		return loadRaw(toPointer(p), st)
	}
	v := p.R.Fields[p.N]
	if st < runtime.StI4 && st > runtime.StStruct {
		v.N = runtime.Truncate(st, v.N)
	}
	return v
}

// storeInd is stind of x, a value of kind from, as storage st through the
// pointer p (not null).
func storeInd(p Value, st runtime.Storage, from sk, x Value) {
	v := normalize(st, from, x)
	if p.N&rawFlag != 0 || widthMismatch(p, st) {
		rp := toPointer(p)
		if off := rp.N &^ rawFlag; off&scalarFlag != 0 && off%8 == 0 && runtime.StorageSize(st) == 8 {
			// A whole slot: store the reference part too (a pointer).
			rp.R.Fields[(off&^scalarFlag)/8] = v
		} else {
			rawWrite(rp, runtime.StorageSize(st), v.N)
		}
		return
	}
	p.R.Fields[p.N] = v
}
