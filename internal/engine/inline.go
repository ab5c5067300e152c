package engine

import (
	"github.com/strata-runtime/strata/internal/runtime"
)

// The inline pass of tier 1 replaces calls of small methods (static
// helpers, property getters of classes, constructors at newobj) with their
// tier-0 bodies, before the lowering pass turns everything into register
// code. A callee's own calls are inlined into it first (to a depth of
// inlineMaxDepth), so that a constructor chain to System.Object's empty
// constructor disappears.
//
// An inlined body cannot fault (it only moves, computes and branches,
// reads fields of a receiver known to be non-null and, in a constructor,
// stores fields of the new object), so no exception can be attributed to
// the caller where the callee would have thrown it, and stack traces stay
// those of the source. A callvirt receiver is checked for null at the
// call, as the call would; a plain call of an instance method (which may
// pass null) is inlined only if the body never touches the receiver,
// unless the method is a value type's, whose receiver is a pointer that
// verifiable code cannot make null: the body may then read through it. The
// callee's arguments and locals live in slots above the caller's
// evaluation stack (one region shared by every inlined body at this level;
// a body inlined into a callee sits inside that callee's slots); the
// caller's frame grows by that much.
//
// Every inlining records the callee's IL version as a dependency of the
// version being built, so that replacing the callee's IL (hot reload)
// invalidates the caller.

const (
	inlineMaxInstrs = 24 // tier-0 instructions in a callee body
	inlineMaxSlots  = 8  // arguments and locals of a callee
	inlineMaxDepth  = 2  // levels of inlining into a callee
)

// How the receiver of an inlined instance method is known.
const (
	recvMaybeNull = iota // a plain call: the body must not touch this
	recvChecked          // a callvirt: the inlined code checks it for null
	recvNew              // a newobj: this is the new object
)

// inlinable returns the tier-0 code of m, with its own calls inlined, if
// calls to it may be inlined by a call instruction with flags b.
func (x *passCtx) inlinable(m *runtime.Method, b int32) *Code {
	if m.IsStatic() {
		if b != 0 {
			return nil
		}
		return x.inlineBody(m, recvMaybeNull)
	}
	switch b {
	case 0:
		return x.inlineBody(m, recvMaybeNull)
	case callNullCheck:
		return x.inlineBody(m, recvChecked)
	}
	return nil
}

// inlinableCtor returns the code of the constructor a newobj call site
// runs, if it may be inlined there.
func (x *passCtx) inlinableCtor(cs *callSite) *Code {
	if cs.fn != nil || cs.m.Declaring.IsDelegate || cs.m.Declaring.IsArray() || cs.m.Declaring == x.vm.L.String {
		return nil
	}
	return x.inlineBody(cs.m, recvNew)
}

// inlineBody returns the tier-0 code of m, with its own calls inlined, if
// its body may replace a call whose receiver is known as recv.
func (x *passCtx) inlineBody(m *runtime.Method, recv int) *Code {
	if x.vm == nil || x.depth >= inlineMaxDepth || m.ICall != nil || m.IsAbstract() || m.IsRuntimeImpl() || m.Module == nil ||
		m.Declaring.IsValueType() && recv == recvNew || m.ImplFlags&(runtime.ImplSynchronized|runtime.ImplNoInlining) != 0 {
		return nil
	}
	cc, err := x.vm.translate(m)
	if err != nil || len(cc.Clauses) > 0 || cc.HasStructLocals || len(cc.EagerInit) > 0 ||
		cc.NumArgs+cc.NumLocals > inlineMaxSlots || len(cc.Instrs) > inlineMaxInstrs+1 || cc.Depth == nil {
		return nil
	}
	for _, lt := range cc.LocalTypes {
		if lt.IsStruct() {
			return nil
		}
	}
	// The callee's own calls first, in a context of its own: its
	// dependencies count only if it is inlined.
	sub := &passCtx{vm: x.vm, depth: x.depth + 1}
	if err := inline(sub, cc); err != nil {
		return nil
	}
	instance := !m.IsStatic()
	// The receiver of a value type's method is a pointer to the value,
	// which verifiable code cannot make null (ldloca, ldarga, ldflda and
	// ldelema give none).
	byRef := instance && m.Declaring.IsValueType()
	known := instance && (recv != recvMaybeNull || byRef)
	targets := jumpTargets(cc)
	for i, in := range cc.Instrs {
		if instance && (in.Op == OpLdSlot || in.Op == OpLdSlotFldO) && in.A == 0 && !known {
			// The receiver may be null: nothing may see it (a use would
			// have to fault where the call did not).
			return nil
		}
		if !pureOp(in.Op) {
			switch {
			case in.Op == OpLdSlotFldO && known && in.A == 0:
				// this.f: the receiver is not null.
			case in.Op == OpLdInd && byRef && i >= 1 && !targets[i] && cc.Instrs[i-1].Op == OpLdSlot && cc.Instrs[i-1].A == 0:
				// The value of a primitive through its receiver pointer.
			case in.Op == OpStFldO && recv == recvNew && i >= 2 && !targets[i] && !targets[i-1] &&
				cc.Instrs[i-2].Op == OpLdSlot && cc.Instrs[i-2].A == 0 && pushesOne(cc.Instrs[i-1].Op):
				// this.f = x in a constructor: the object is new.
			case (in.Op == OpDivI4 || in.Op == OpRemI4) && i > 0 && cc.Instrs[i-1].Op == OpLdc &&
				int32(cc.Instrs[i-1].K) != 0 && int32(cc.Instrs[i-1].K) != -1:
				// Division by a constant that cannot fault.
			case in.Op == OpThrowError && i == len(cc.Instrs)-1:
				// The unreachable guard after the last return.
			case in.Op == OpConv && in.K&convOvf == 0:
			default:
				return nil
			}
		}
		if instance && writesSlot(in) == 0 {
			return nil // "this" reassigned: it may become null
		}
	}
	return cc
}

// pushesOne reports whether op only pushes one value computed from
// nothing on the stack.
func pushesOne(op Op) bool { return op == OpLdSlot || op == OpLdc || op == OpLdNull }

// pureOp reports whether op cannot fault, call or touch anything outside
// the frame's slots.
func pureOp(op Op) bool {
	switch op {
	case OpNop, OpLdSlot, OpStSlot, OpStSlotNorm, OpLdc, OpLdNull, OpDup, OpPop,
		OpAddI4, OpSubI4, OpMulI4, OpAndI4, OpOrI4, OpXorI4, OpShlI4, OpShrI4, OpShrUnI4, OpNegI4, OpNotI4,
		OpAddI8, OpSubI8, OpMulI8, OpAndI8, OpOrI8, OpXorI8, OpShlI8, OpShrI8, OpShrUnI8, OpNegI8, OpNotI8,
		OpAddR8, OpSubR8, OpMulR8, OpDivR8, OpRemR8, OpNegR8, OpAddR4, OpSubR4, OpMulR4, OpDivR4, OpRemR4, OpNegR4,
		OpAddI4K, OpSubI4K, OpMulI4K, OpAndI4K, OpOrI4K, OpXorI4K, OpShlI4K, OpShrI4K, OpShrUnI4K,
		OpCeq, OpCgt, OpCgtUn, OpClt, OpCltUn, OpRet, OpRetVoid, OpIncI4:
		return true
	}
	return isBranch(op)
}

// writesSlot returns the slot an instruction stores into, or -1.
func writesSlot(in Instr) int32 {
	switch in.Op {
	case OpStSlot, OpStSlotNorm, OpIncI4:
		return in.A
	}
	return -1
}

// inline is the inline pass (see the top of this file).
func inline(x *passCtx, c *Code) error {
	if x.vm == nil {
		return nil
	}
	type site struct {
		callee  *Code
		body    []Instr // the callee's instructions without the trailing guard
		m       *runtime.Method
		guarded bool // a type test just before proved the receiver not null
	}
	targets := jumpTargets(c)
	sites := map[int]site{}
	maxDepth, region := c.MaxStack, 0
	for i, in := range c.Instrs {
		if in.Op != OpCall && in.Op != OpNewObj || c.Depth[i] < 0 {
			continue
		}
		cs := in.Ref.(*callSite)
		var cc *Code
		base := int(c.Depth[i]) - cs.nargs // where the callee's stack starts
		if in.Op == OpCall {
			cc = x.inlinable(cs.m, in.B)
		} else {
			cc = x.inlinableCtor(cs)
			base++ // above the new object
		}
		if cc == nil {
			continue
		}
		body := cc.Instrs
		if last := len(body) - 1; last > 0 && body[last].Op == OpThrowError {
			body = body[:last] // the guard after the last return
		}
		guarded := in.Op == OpCall && i > 0 && !targets[i] && c.Instrs[i-1].Op == OpGuardType &&
			int(c.Instrs[i-1].B) == cs.nargs-1
		sites[i] = site{cc, body, cs.m, guarded}
		maxDepth = max(maxDepth, base+cc.MaxStack)
		region = max(region, calleeSlots(cc))
	}
	if len(sites) == 0 {
		return nil
	}
	// newIdx maps each instruction (and the end) to its position in the
	// output, so that branch targets are rewritten as instructions are
	// copied.
	n := len(c.Instrs)
	newIdx := make([]int, n+1)
	for i, in := range c.Instrs {
		newIdx[i+1] = newIdx[i] + 1
		if s, ok := sites[i]; ok {
			newIdx[i+1] = newIdx[i] + inlinedLen(in, s.callee, s.body, s.guarded)
		}
	}
	extra0 := int32(c.NumArgs + c.NumLocals + maxDepth) // first slot of the callee region
	out := make([]Instr, 0, newIdx[n])
	ils := make([]uint32, 0, newIdx[n])
	depths := make([]int32, 0, newIdx[n])
	emit := func(in Instr, il uint32, d int32) {
		out = append(out, in)
		ils = append(ils, il)
		depths = append(depths, d)
	}
	for i, in := range c.Instrs {
		s, ok := sites[i]
		if !ok {
			remapTargets(&in, newIdx)
			emit(in, c.ILOffsets[i], c.Depth[i])
			continue
		}
		cc, il, d := s.callee, c.ILOffsets[i], c.Depth[i]
		nargs := int32(cc.NumArgs)
		first := int32(0) // the callee argument the first stack operand goes to
		if in.Op == OpNewObj {
			first = 1
		}
		d0 := d - nargs + first
		if in.Op == OpCall && in.B == callNullCheck && !s.guarded {
			emit(Instr{Op: OpNullCheck, A: nargs - 1}, il, d)
		}
		// Arguments from the stack into the callee's slots, last first.
		for j := nargs - 1; j >= first; j-- {
			emit(Instr{Op: OpStSlot, A: extra0 + j}, il, d0+j-first+1)
		}
		if in.Op == OpNewObj {
			// The new object stays on the stack as the result; the body
			// runs above it.
			emit(Instr{Op: OpAllocObj, Ref: s.m.Declaring}, il, d0)
			emit(Instr{Op: OpDup}, il, d0+1)
			emit(Instr{Op: OpStSlot, A: extra0}, il, d0+2)
			d0++
		}
		for k := int32(0); k < int32(cc.NumLocals); k++ {
			emit(Instr{Op: OpLdNull}, il, d0)
			emit(Instr{Op: OpStSlot, A: extra0 + nargs + k}, il, d0+1)
		}
		start := int32(len(out))
		for k, ci := range s.body {
			ci.A, ci.B = remapSlots(ci, extra0)
			switch {
			case (ci.Op == OpRet || ci.Op == OpRetVoid) && k == len(s.body)-1:
				ci = Instr{Op: OpNop} // falls through to the continuation
			case ci.Op == OpRet || ci.Op == OpRetVoid:
				ci = Instr{Op: OpBr, A: int32(newIdx[i+1])}
			case isBranch(ci.Op):
				ci.A += start
			}
			cd := cc.Depth[k]
			if cd >= 0 {
				cd += d0
			}
			emit(ci, il, cd)
		}
		x.deps = append(x.deps, x.vm.Versions.ILVersion(s.m))
		x.deps = append(x.deps, s.callee.inlineDeps...)
	}
	dropDeadStores(out, extra0)
	remapClauses(c, newIdx)
	c.composeIdx(newIdx)
	c.Instrs, c.ILOffsets, c.Depth = out, ils, depths
	c.MaxStack = maxDepth + region
	c.inlineDeps = x.deps
	c.regionStart = extra0
	return nil
}

// dropDeadStores turns stores into slots of the inline region (from
// slot extra0 on) that nothing reads into pops: an argument the callee
// ignores, such as the receiver of System.Object's constructor. Only the
// inlined bodies address the region, with the slot ops of pureOp.
func dropDeadStores(code []Instr, extra0 int32) {
	read := map[int32]bool{}
	for _, in := range code {
		switch in.Op {
		case OpLdSlot, OpLdSlotFldO, OpIncI4:
			read[in.A] = true
		case OpBrSlotI4K:
			read[in.B>>8] = true
		}
	}
	for i, in := range code {
		if (in.Op == OpStSlot || in.Op == OpStSlotNorm) && in.A >= extra0 && !read[in.A] {
			code[i] = Instr{Op: OpPop}
		}
	}
}

// calleeSlots is the number of slots an inlined callee needs in the
// caller's region: its arguments and locals, and its whole frame if
// calls were inlined into it (their slots sit above its stack).
func calleeSlots(cc *Code) int {
	if len(cc.inlineDeps) > 0 {
		return cc.NumArgs + cc.NumLocals + cc.MaxStack
	}
	return cc.NumArgs + cc.NumLocals
}

// inlinedLen is the number of instructions that replace call when body of
// callee cc is inlined there.
func inlinedLen(call Instr, cc *Code, body []Instr, guarded bool) int {
	k := cc.NumArgs + 2*cc.NumLocals + len(body)
	switch {
	case call.Op == OpNewObj:
		k += 2 // the allocation and its dup; this is not on the stack
	case call.B == callNullCheck && !guarded:
		k++
	}
	return k
}

// remapSlots returns the A and B operands of a callee instruction with its
// slots moved to the region starting at extra0.
func remapSlots(in Instr, extra0 int32) (int32, int32) {
	switch in.Op {
	case OpLdSlot, OpStSlot, OpStSlotNorm, OpIncI4, OpLdSlotFldO:
		return in.A + extra0, in.B
	case OpBrSlotI4K:
		return in.A, (in.B>>8+extra0)<<8 | in.B&0xff
	}
	return in.A, in.B
}

// composeIdx records that the instruction at tier-0 index i now sits at
// newIdx[fromT0[i]] (for on-stack replacement).
func (c *Code) composeIdx(newIdx []int) {
	if c.fromT0 == nil {
		c.fromT0 = newIdx
		return
	}
	for i, k := range c.fromT0 {
		c.fromT0[i] = newIdx[k]
	}
}
