package engine

import (
	"sync/atomic"
	"unsafe"

	"github.com/strata-runtime/strata/internal/runtime"
)

// Volatile accesses (the volatile. prefix) are atomic loads and stores of
// the slot's words, which gives them the acquire/release ordering ECMA-335
// requires and makes the ordering visible to Go's race detector.

func volatileLoad(p *Value) Value {
	return Value{
		R: (*runtime.Object)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&p.R)))),
		N: atomic.LoadUint64(&p.N),
	}
}

func volatileStore(p *Value, v Value) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&p.R)), unsafe.Pointer(v.R))
	atomic.StoreUint64(&p.N, v.N)
}

// volatileSlot returns the slot a volatile field or indirect access designates.
func volatileSlot(t *Thread, in *Instr, s []Value, sp int) *Value {
	switch in.Op {
	case OpLdSFldVol, OpStSFldVol:
		return &in.Ref.(*runtime.Object).Fields[in.A]
	case OpLdIndVol:
		p := s[sp-1]
		return &p.R.Fields[p.N]
	case OpStIndVol:
		p := s[sp-2]
		return &p.R.Fields[p.N]
	case OpLdFldVol:
		o := s[sp-1]
		if sk(in.B>>8) == skP {
			return &o.R.Fields[o.N].R.Fields[in.A]
		}
		return &o.R.Fields[in.A]
	case OpStFldVol:
		o := s[sp-2]
		if sk(in.B>>8) == skP {
			return &o.R.Fields[o.N].R.Fields[in.A]
		}
		return &o.R.Fields[in.A]
	}
	return nil
}

// volatileOp executes a volatile load or store (Go nil dereferences become
// NullReferenceException through the interpreter's recover).
func (t *Thread) volatileOp(f *Frame, in *Instr) {
	s, sp := f.seg.Fields, f.sp
	p := volatileSlot(t, in, s, sp)
	switch in.Op {
	case OpLdSFldVol:
		s[sp] = volatileLoad(p)
		f.sp = sp + 1
	case OpLdFldVol, OpLdIndVol:
		s[sp-1] = volatileLoad(p)
	case OpStSFldVol:
		volatileStore(p, normalize(runtime.Storage(in.B&0xff), sk(in.K), s[sp-1]))
		f.sp = sp - 1
	case OpStFldVol, OpStIndVol:
		volatileStore(p, normalize(runtime.Storage(in.B&0xff), sk(in.K), s[sp-1]))
		f.sp = sp - 2
	}
}
