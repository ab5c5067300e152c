package engine

import (
	"slices"
	"sync/atomic"

	"github.com/strata-runtime/strata/internal/runtime"
)

// Dynamic PGO. An instrumented version (and, since a method with a hot
// loop may be called only once, the tier-0 version of a method with loops)
// carries a class probe on every virtual and interface call site: the
// receiver types the call has seen, with counts. When tier 1 (or an OSR
// version) is built from such code, the gdv pass turns a call site whose
// receivers are concentrated on a few classes into a chain of type tests,
// each followed by a direct call of that class's implementation (which the
// inline pass may then inline), with the virtual call as the fallback:
//
//	GuardType T1 (else → g2); Call T1::M; Br done
//	g2: GuardType T2 (else → slow); Call T2::M; Br done
//	slow: CallVirt M
//	done:
//
// Probes are keyed by the IL offset of the call, which is the same in
// every translation of the same IL.
//
// The chain is longer than a JIT's: in register code a call costs some
// twenty times a failed type test, so a class seen in one call of ten
// is worth its test.

const (
	probeTypes     = 6    // classes a probe tells apart
	gdvMaxGuesses  = 4    // type tests in one chain
	gdvMinShare    = 0.10 // of the calls seen, for a class to get a test
	gdvMinObserved = 8    // calls a probe must have seen
)

// classProbe counts the receiver classes of one call site. It is updated
// by any number of threads without a lock.
type classProbe struct {
	types  [probeTypes]atomic.Pointer[runtime.Type]
	counts [probeTypes]atomic.Int64
	other  atomic.Int64 // receivers of further classes
}

// record counts one call with a receiver of class t.
func (p *classProbe) record(t *runtime.Type) {
	for i := range p.types {
		x := p.types[i].Load()
		if x == nil && p.types[i].CompareAndSwap(nil, t) {
			x = t
		} else if x == nil {
			x = p.types[i].Load()
		}
		if x == t {
			p.counts[i].Add(1)
			return
		}
	}
	p.other.Add(1)
}

// guess is a receiver class worth a type test, and its implementation.
type guess struct {
	t    *runtime.Type
	impl *runtime.Method
}

// guesses returns the classes a call of m should test for, most frequent
// first.
func (p *classProbe) guesses(m *runtime.Method) []guess {
	type seen struct {
		t *runtime.Type
		n int64
	}
	var all []seen
	total := p.other.Load()
	for i := range p.types {
		if t := p.types[i].Load(); t != nil {
			n := p.counts[i].Load()
			all = append(all, seen{t, n})
			total += n
		}
	}
	if total < gdvMinObserved {
		return nil
	}
	slices.SortStableFunc(all, func(a, b seen) int {
		switch {
		case a.n > b.n:
			return -1
		case a.n < b.n:
			return 1
		}
		return 0
	})
	var gs []guess
	for _, s := range all {
		if len(gs) == gdvMaxGuesses || float64(s.n) < gdvMinShare*float64(total) {
			break
		}
		impl, err := s.t.ResolveVirtual(m)
		if err != nil || impl == nil || impl.ICall != nil || impl.IsAbstract() || impl.IsRuntimeImpl() ||
			impl.Declaring.IsValueType() || impl.GenericArity > 0 {
			continue // boxed receivers and special methods keep the virtual call
		}
		gs = append(gs, guess{s.t, impl})
	}
	return gs
}

// instrument gives every virtual call site of c a class probe.
func instrument(c *Code) {
	for i := range c.Instrs {
		if in := &c.Instrs[i]; in.Op == OpCallVirt {
			in.Ref.(*callSite).probe = &classProbe{}
		}
	}
}

// hasLoops reports whether c has a loop header (a patchpoint).
func hasLoops(c *Code) bool {
	for i := range c.Instrs {
		if c.Instrs[i].Op == OpPatchpoint {
			return true
		}
	}
	return false
}

// profile is the class probes of instrumented code, by IL offset.
type profile map[uint32]*classProbe

// profileOf collects the probes of c, or nil if it has none.
func profileOf(c *Code) profile {
	var p profile
	for i := range c.Instrs {
		in := &c.Instrs[i]
		if in.Op != OpCallVirt {
			continue
		}
		if pr := in.Ref.(*callSite).probe; pr != nil {
			if p == nil {
				p = profile{}
			}
			p[c.ILOffsets[i]] = pr
		}
	}
	return p
}

// gdv is the guarded devirtualisation pass (see the top of this file).
func gdv(x *passCtx, c *Code) error {
	if x.profile == nil {
		return nil
	}
	sites := map[int][]guess{}
	for i, in := range c.Instrs {
		if in.Op != OpCallVirt || in.B != 0 || c.Depth[i] < 0 {
			continue
		}
		pr := x.profile[c.ILOffsets[i]]
		if pr == nil {
			continue
		}
		if gs := pr.guesses(in.Ref.(*callSite).m); len(gs) > 0 {
			sites[i] = gs
		}
	}
	if len(sites) == 0 {
		return nil
	}
	n := len(c.Instrs)
	newIdx := make([]int, n+1)
	for i := range c.Instrs {
		newIdx[i+1] = newIdx[i] + 1 + 3*len(sites[i])
	}
	out := make([]Instr, 0, newIdx[n])
	ils := make([]uint32, 0, newIdx[n])
	depths := make([]int32, 0, newIdx[n])
	emit := func(in Instr, il uint32, d int32) {
		out = append(out, in)
		ils = append(ils, il)
		depths = append(depths, d)
	}
	for i, in := range c.Instrs {
		gs := sites[i]
		if gs == nil {
			remapTargets(&in, newIdx)
			emit(in, c.ILOffsets[i], c.Depth[i])
			continue
		}
		cs := in.Ref.(*callSite)
		il, d := c.ILOffsets[i], c.Depth[i]
		after := d - int32(cs.nargs)
		if cs.m.Ret != nil {
			after++
		}
		for _, g := range gs {
			next := int32(len(out) + 3) // the next test, or the virtual call
			emit(Instr{Op: OpGuardType, A: next, B: int32(cs.nargs - 1), Ref: g.t}, il, d)
			emit(Instr{Op: OpCall, B: callNullCheck, Ref: &callSite{m: g.impl, nargs: cs.nargs}}, il, d)
			emit(Instr{Op: OpBr, A: int32(newIdx[i+1])}, il, after)
		}
		emit(in, il, d)
	}
	remapClauses(c, newIdx)
	c.composeIdx(newIdx)
	c.Instrs, c.ILOffsets, c.Depth = out, ils, depths
	return nil
}
