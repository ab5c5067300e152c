package engine

import (
	"math"

	"github.com/strata-runtime/strata/internal/runtime"
)

// The scalar passes over register code, after lower:
//
//   - copy propagates the copies (OpMov) and constants (OpMovK) inside
//     each basic block: a later register instruction reads the source
//     instead of the copy, or takes the constant as its K operand;
//   - cse replaces a value computed again in a block by a copy of the
//     slot that holds it (value numbering);
//   - dead removes register instructions whose only effect is to write a
//     temporary nothing reads afterwards, copies of a slot to itself, and
//     conversions of array lengths to int32 (a length is already one);
//   - hoist (hoist.go) moves loop invariants out of loops;
//   - fuse merges a loop's increment (i++ ending the body) with the
//     loop's test that follows it, which stays in place for the loop's
//     entry: the fused instruction increments, tests and branches back,
//     and on exit falls into the test, which fails again;
//   - jumps threads branches to unconditional branches and turns a
//     conditional branch over an unconditional one into the inverse
//     branch.
//
// They know exactly what the register instructions read and write (regUse)
// and nothing about the others: a stack instruction may read any slot,
// since it works below a stack pointer the passes do not follow. Only
// temporaries are removed: slots of the evaluation stack and of the inline
// region (Code.regionStart), which no exception handler reads, since the
// evaluation stack is empty when a handler starts and inlined bodies
// contain none. Slots of the inline region are, moreover, written by each
// inlined body before it reads them, so one nothing reads after copy
// propagation is dead everywhere.

// regUse describes the slot operands of a register instruction.
type regUse struct {
	known               bool // a register instruction of this table
	def                 bool // writes slot A
	readA, readB, readK bool // reads slot A, B, or uint32(K)
	pure                bool // no effect but the write of A; cannot fault
}

func regUseOf(in *Instr) regUse {
	switch in.Op {
	case OpMov:
		return regUse{known: true, def: true, readB: true, pure: true}
	case OpMovK:
		return regUse{known: true, def: true, pure: true}
	case OpIncI4:
		return regUse{known: true, def: true, readA: true, pure: true}
	case OpAddI4R, OpSubI4R, OpMulI4R, OpAndI4R, OpOrI4R, OpXorI4R, OpShlI4R, OpShrI4R, OpShrUnI4R,
		OpAddI8R, OpSubI8R, OpMulI8R, OpAddR8R, OpSubR8R, OpMulR8R, OpDivR8R, OpCmpR:
		return regUse{known: true, def: true, readB: true, readK: true, pure: true}
	case OpAddI4RK, OpMulI4RK, OpAndI4RK, OpShlI4RK, OpShrI4RK, OpShrUnI4RK, OpAddI8RK:
		return regUse{known: true, def: true, readB: true, pure: true}
	case OpConvR:
		return regUse{known: true, def: true, readB: true, pure: in.K&convOvf == 0}
	case OpLdElemR, OpLdElemaR, OpLdElemFldR, OpDivI4R, OpRemI4R, OpDivUnI4R, OpRemUnI4R, OpStrCharR:
		return regUse{known: true, def: true, readB: true, readK: true}
	case OpLdLenR, OpLdFldR, OpLdRefR, OpLdFldPR, OpLdFldaR, OpStrLenR, OpCastClassR:
		return regUse{known: true, def: true, readB: true}
	case OpAllocObjR:
		return regUse{known: true, def: true}
	case OpTruncR, OpNegI4R, OpSqrtR:
		return regUse{known: true, def: true, readB: true, pure: true}
	case OpStElemRefR:
		return regUse{known: true, readA: true, readB: true, readK: true}
	case OpLdStrR:
		return regUse{known: true, def: true, pure: true}
	case OpIsInstR:
		return regUse{known: true, def: true, readB: true, pure: true}
	// OpLdSlotAddrR, OpLdIndR and OpStIndR stay unknown: a local may be
	// read and written through a pointer, so they count as reading every
	// slot and end what the copy pass knows.
	case OpDivI4RK, OpRemI4RK, OpAddR8RK, OpMulR8RK, OpDivR8RK, OpSubR8KR, OpDivR8KR:
		return regUse{known: true, def: true, readB: true, pure: true}
	case OpStElemRK:
		return regUse{known: true, readA: true, readB: true}
	case OpStElemR, OpStElemFldR:
		return regUse{known: true, readA: true, readB: true, readK: true}
	case OpStFldR, OpStRefR, OpStFldPR:
		return regUse{known: true, readA: true, readB: true}
	case OpBrI4RK, OpBrTrueR, OpBrFalseR, OpNullCheckR, OpGuardTypeR:
		return regUse{known: true, readB: true}
	case OpBrI4R, OpBrCmpR, OpBrI8R, OpBrR8R:
		return regUse{known: true, readB: true, readK: true}
	case OpBr, OpSetSP:
		return regUse{known: true}
	}
	return regUse{}
}

// regReads calls fn with each slot in may read: the operands regUse names
// for a register instruction, and for any other instruction every operand
// that could name a slot.
func regReads(in *Instr, fn func(int32)) {
	if first, n, ok := callSlots(in); ok {
		for s := first; s < first+n; s++ {
			fn(s)
		}
	}
	u := regUseOf(in)
	if !u.known {
		fn(in.A)
		fn(in.B)
		fn(in.B >> 8) // OpBrSlotI4K
		fn(int32(uint32(in.K)))
		return
	}
	if u.readA {
		fn(in.A)
	}
	if u.readB {
		fn(in.B)
	}
	if u.readK {
		fn(int32(uint32(in.K)))
	}
}

// callSlots returns the first argument slot and the number of arguments
// of a call in register code, which carries its stack pointer in A (see
// setsSP); ok is false for any other instruction. The call reads its
// arguments, leaves its result in the first argument slot, and may
// overwrite every slot from there up (the callee's frame begins there);
// it writes no slot below but those whose address the method takes (see
// addressTaken).
func callSlots(in *Instr) (first, n int32, ok bool) {
	if in.Op != OpCall && in.Op != OpCallVirt || in.A == 0 {
		return 0, 0, false
	}
	cs, _ := in.Ref.(*callSite)
	if cs == nil {
		return 0, 0, false
	}
	n = int32(cs.nargs)
	return in.A - 1 - n, n, true
}

// addressTaken returns the slots of c whose address c takes: a call may
// read or write them through the pointer, at any later time.
func addressTaken(c *Code) map[int32]bool {
	taken := map[int32]bool{}
	for i := range c.Instrs {
		switch in := &c.Instrs[i]; in.Op {
		case OpLdSlotAddr:
			taken[in.A] = true
		case OpLdSlotAddrR:
			taken[in.B] = true
		}
	}
	return taken
}

// regBlocks marks the first instruction of each basic block of register
// code, on-stack replacement entries included.
func regBlocks(c *Code) []bool {
	lead := leaders(c)
	for _, i := range c.OSRMap {
		lead[i] = true
	}
	return lead
}

// copyProp is the copy propagation pass.
func copyProp(_ *passCtx, c *Code) error {
	lead := regBlocks(c)
	copyOf := map[int32]int32{}   // slot -> the slot it is a copy of
	lenOf := map[int32]bool{}     // slots last written by OpLdLenR
	constOf := map[int32]uint64{} // slots last written by OpMovK
	lenToI4 := uint64(skI)<<32 | uint64(runtime.StI4)<<40
	// forget drops what is known about the slots gone reports.
	forget := func(gone func(int32) bool) {
		for d, src := range copyOf {
			if gone(d) || gone(src) {
				delete(copyOf, d)
			}
		}
		for d := range lenOf {
			if gone(d) {
				delete(lenOf, d)
			}
		}
		for d := range constOf {
			if gone(d) {
				delete(constOf, d)
			}
		}
	}
	taken := addressTaken(c)
	for i := range c.Instrs {
		in := &c.Instrs[i]
		u := regUseOf(in)
		if lead[i] {
			clear(copyOf)
			clear(lenOf)
			clear(constOf)
		}
		if first, _, ok := callSlots(in); ok {
			// What the call may overwrite is forgotten; the other slots
			// below its arguments keep their values.
			forget(func(s int32) bool { return s >= first || taken[s] })
			continue
		}
		if !u.known {
			clear(copyOf)
			clear(lenOf)
			clear(constOf)
			continue
		}
		if in.Op == OpConvR && in.K&^0xff == lenToI4 && lenOf[in.B] {
			// An array length is an int32 already (with or without an
			// overflow check).
			*in = Instr{Op: OpMov, A: in.A, B: in.B}
			u = regUseOf(in)
		}
		if u.readA && !u.def {
			if s, ok := copyOf[in.A]; ok {
				in.A = s
			}
		}
		if u.readB {
			if s, ok := copyOf[in.B]; ok {
				in.B = s
			}
		}
		if u.readK {
			if s, ok := copyOf[int32(uint32(in.K))]; ok {
				in.K = in.K&^0xffffffff | uint64(uint32(s))
			}
		}
		if constForm(in, constOf) {
			u = regUseOf(in)
		}
		if !u.def {
			continue
		}
		wasLen := in.Op == OpMov && lenOf[in.B]
		forget(func(s int32) bool { return s == in.A })
		switch {
		case in.Op == OpMov && in.A != in.B:
			copyOf[in.A] = in.B
			if wasLen {
				lenOf[in.A] = true
			}
		case in.Op == OpLdLenR:
			lenOf[in.A] = true
		case in.Op == OpMovK:
			constOf[in.A] = in.K
		}
	}
	return nil
}

// cse is the common subexpression pass: in each block, a pure register
// instruction that computes a value some slot still holds (the same
// operation on the same values, by value numbering) becomes a copy of
// that slot, which copy propagation then reads through (it runs again at
// the end of this pass). Loads count as operations until a store
// (cseLoad). Constants are numbered too, so that two slots holding the
// same constant count as the same value, but a constant is never replaced
// by a copy.
func cse(x *passCtx, c *Code) error {
	lead := regBlocks(c)
	type key struct {
		op   Op
		b, k uint64 // the value numbers of the slot operands, or the operands
	}
	vn := map[int32]uint64{}     // slot -> the number of the value it holds
	holder := map[uint64]int32{} // value number -> a slot that held it
	exprs := map[key]uint64{}    // operation -> the number of its value
	var last uint64
	fresh := func() uint64 { last++; return last }
	num := func(s int32) uint64 {
		if v, ok := vn[s]; ok {
			return v
		}
		v := fresh()
		vn[s], holder[v] = v, s
		return v
	}
	reset := func() {
		clear(vn)
		clear(holder)
		clear(exprs)
	}
	for i := range c.Instrs {
		in := &c.Instrs[i]
		if lead[i] {
			reset()
		}
		u := regUseOf(in)
		if _, _, ok := callSlots(in); ok || !u.known {
			reset() // a call or a stack instruction may write any slot
			continue
		}
		if !u.def {
			if !isBranch(in.Op) && in.Op != OpSetSP && in.Op != OpNullCheckR {
				// A store: the loads seen so far may read something else
				// now.
				for k := range exprs {
					if cseLoad(k.op) {
						delete(exprs, k)
					}
				}
			}
			continue
		}
		if in.Op == OpMov {
			vn[in.A] = num(in.B)
			continue
		}
		k, ok := key{op: in.Op, b: uint64(uint32(in.B)), k: in.K}, (u.pure || cseLoad(in.Op)) && !u.readA && in.Ref == nil
		if ok {
			if u.readB {
				k.b = num(in.B)
			}
			if u.readK {
				k.k = num(int32(uint32(in.K))) | in.K>>32<<32
			}
			if v, hit := exprs[k]; hit {
				h, held := holder[v]
				held = held && vn[h] == v // the slot may hold something else now
				if held && h != in.A && in.Op != OpMovK {
					*in = Instr{Op: OpMov, A: in.A, B: h}
				}
				vn[in.A] = v
				if !held {
					holder[v] = in.A
				}
				continue
			}
		}
		v := fresh()
		if ok {
			exprs[k] = v
		}
		vn[in.A], holder[v] = v, in.A
	}
	return copyProp(x, c)
}

// cseLoad reports whether op is a load the cse pass may replace by an
// earlier one of the same location, with no store in between: the earlier
// one would have faulted where this one could (the memory model lets a
// thread read a non-volatile location once for two reads).
func cseLoad(op Op) bool {
	switch op {
	case OpLdFldR, OpLdLenR, OpLdElemR, OpLdElemFldR:
		return true
	}
	return false
}

// constForm rewrites in, a register instruction, into its form with a
// constant operand when constOf knows the value of a slot it reads; it
// reports whether it did.
func constForm(in *Instr, constOf map[int32]uint64) bool {
	kSlot := int32(uint32(in.K))
	kc, kok := constOf[kSlot]
	bc, bok := constOf[in.B]
	rk := func(op Op, k uint64) bool {
		*in = Instr{Op: op, A: in.A, B: in.B, K: k}
		return true
	}
	kr := func(op Op, k uint64) bool { // the constant was B, the slot K
		*in = Instr{Op: op, A: in.A, B: kSlot, K: k}
		return true
	}
	f64 := func(k uint64) float64 { return math.Float64frombits(k) }
	switch in.Op {
	case OpAddI4R, OpMulI4R, OpAndI4R:
		op := map[Op]Op{OpAddI4R: OpAddI4RK, OpMulI4R: OpMulI4RK, OpAndI4R: OpAndI4RK}[in.Op]
		switch {
		case kok:
			return rk(op, uint64(uint32(kc)))
		case bok:
			return kr(op, uint64(uint32(bc)))
		}
	case OpSubI4R:
		if kok {
			return rk(OpAddI4RK, uint64(uint32(-int32(kc))))
		}
	case OpShlI4R, OpShrI4R, OpShrUnI4R:
		if kok {
			return rk(map[Op]Op{OpShlI4R: OpShlI4RK, OpShrI4R: OpShrI4RK, OpShrUnI4R: OpShrUnI4RK}[in.Op], uint64(uint32(kc)))
		}
	case OpDivI4R, OpRemI4R:
		if kok && int32(kc) != 0 && int32(kc) != -1 {
			return rk(map[Op]Op{OpDivI4R: OpDivI4RK, OpRemI4R: OpRemI4RK}[in.Op], uint64(uint32(kc)))
		}
	case OpAddR8R, OpMulR8R:
		op := map[Op]Op{OpAddR8R: OpAddR8RK, OpMulR8R: OpMulR8RK}[in.Op]
		switch {
		case kok:
			return rk(op, kc)
		case bok:
			return kr(op, bc)
		}
	case OpSubR8R:
		switch {
		case kok:
			// x - k is x + (-k) in IEEE arithmetic, zeros and NaNs included.
			return rk(OpAddR8RK, math.Float64bits(-f64(kc)))
		case bok:
			return kr(OpSubR8KR, bc)
		}
	case OpDivR8R:
		switch {
		case kok:
			return rk(OpDivR8RK, kc)
		case bok:
			return kr(OpDivR8KR, bc)
		}
	case OpStElemR:
		if kok {
			if st := runtime.Storage(in.K >> 32); st != 0 {
				kc = runtime.Truncate(st, kc)
			}
			*in = Instr{Op: OpStElemRK, A: in.A, B: in.B, K: kc}
			return true
		}
	case OpBrI4R:
		cond := int32(in.K >> 32)
		switch {
		case kok:
			*in = Instr{Op: OpBrI4RK, A: in.A, B: in.B, K: uint64(uint32(cond))<<32 | uint64(uint32(kc))}
			return true
		case bok:
			// k < x is x > k.
			cond = map[int32]int32{condLt: condGt, condLe: condGe, condGt: condLt, condGe: condLe,
				condLtUn: condGtUn, condLeUn: condGeUn, condGtUn: condLtUn, condGeUn: condLeUn, condEq: condEq, condNe: condNe}[cond]
			*in = Instr{Op: OpBrI4RK, A: in.A, B: kSlot, K: uint64(uint32(cond))<<32 | uint64(uint32(bc))}
			return true
		}
	}
	return false
}

// deadCode is the pass that removes dead writes of temporaries (see the
// top of this file).
func deadCode(_ *passCtx, c *Code) error {
	stack0 := int32(c.NumArgs + c.NumLocals)
	// Slots of the inline region nothing reads are dead at every block end.
	var unread []int32
	// So are the slots of hoisted invariants nothing reads.
	if c.regionStart > 0 || c.hoistStart > 0 {
		read := map[int32]bool{}
		for i := range c.Instrs {
			regReads(&c.Instrs[i], func(s int32) { read[s] = true })
		}
		for s := tempsEnd(c); s < int32(c.NumArgs+c.NumLocals+c.MaxStack); s++ {
			if !read[s] {
				unread = append(unread, s)
			}
		}
	}
	lead := regBlocks(c)
	n := len(c.Instrs)
	top := tempsEnd(c)
	remove := make([]bool, n)
	dead := map[int32]bool{} // slots written before any read from here on
	allLive := func() {
		clear(dead)
		for _, s := range unread {
			dead[s] = true
		}
	}
	// blockEnd sets dead for the end of the block ending at i: the
	// evaluation stack slots above the depth every successor starts at are
	// dead there.
	blockEnd := func(i int) {
		allLive()
		lo, ok := deadStackFrom(c, i, top)
		if !ok {
			return
		}
		for s := lo; s < top; s++ {
			dead[s] = true
		}
	}
	taken := addressTaken(c)
	any := false
	for i := n - 1; i >= 0; i-- {
		in := &c.Instrs[i]
		u := regUseOf(in)
		if first, nargs, ok := callSlots(in); ok {
			// A call reads its arguments and, through pointers, the slots
			// whose address is taken; no other slot of this frame. The
			// values above its arguments are not live across it (the
			// evaluation stack ends there).
			if i == n-1 || lead[i+1] {
				blockEnd(i)
			}
			for s := first; s < first+nargs; s++ {
				delete(dead, s)
			}
			for s := range taken {
				delete(dead, s)
			}
			continue
		}
		if !u.known {
			allLive()
			continue
		}
		if i == n-1 || lead[i+1] {
			blockEnd(i)
		}
		if u.def && u.pure && (in.Op == OpMov && in.A == in.B || in.A >= stack0 && dead[in.A]) {
			remove[i], any = true, true
			continue
		}
		if u.def {
			dead[in.A] = true
		}
		regReads(in, func(s int32) { delete(dead, s) })
	}
	if any {
		compact(c, remove)
	}
	return nil
}

// invertCond returns the condition true exactly when cond is false, for
// integer (float false) or float64 operands.
func invertCond(cond int32, float bool) int32 {
	switch cond {
	case condEq:
		return condNe
	case condNe:
		return condEq
	}
	if float {
		// !(x < y) is "x >= y or unordered".
		return map[int32]int32{
			condLt: condGeUn, condLe: condGtUn, condGt: condLeUn, condGe: condLtUn,
			condLtUn: condGe, condLeUn: condGt, condGtUn: condLe, condGeUn: condLt,
		}[cond]
	}
	return map[int32]int32{
		condLt: condGe, condLe: condGt, condGt: condLe, condGe: condLt,
		condLtUn: condGeUn, condLeUn: condGtUn, condGtUn: condLeUn, condGeUn: condLtUn,
	}[cond]
}

// invertBranch turns the register branch in into its inverse, if it has
// one.
func invertBranch(in *Instr) bool {
	switch in.Op {
	case OpBrTrueR:
		in.Op = OpBrFalseR
	case OpBrFalseR:
		in.Op = OpBrTrueR
	case OpBrI4R, OpBrI4RK, OpBrI8R, OpBrR8R:
		cond := invertCond(int32(in.K>>32), in.Op == OpBrR8R)
		in.K = in.K&0xffffffff | uint64(uint32(cond))<<32
	default:
		return false
	}
	return true
}

// sameRegions reports whether instructions a and b are inside the same
// protected blocks, handlers and filters.
func sameRegions(c *Code, a, b int) bool {
	in := func(x, lo, hi int) bool { return lo <= x && x < hi }
	for _, cl := range c.Clauses {
		if in(a, cl.TryStart, cl.TryEnd) != in(b, cl.TryStart, cl.TryEnd) ||
			in(a, cl.HandlerStart, cl.HandlerEnd) != in(b, cl.HandlerStart, cl.HandlerEnd) ||
			cl.Kind == 1 && in(a, cl.FilterStart, cl.HandlerStart) != in(b, cl.FilterStart, cl.HandlerStart) {
			return false
		}
	}
	return true
}

// jumps is the jump threading pass (see the top of this file).
func jumps(_ *passCtx, c *Code) error {
	ins := c.Instrs
	// A branch to an unconditional branch goes to its target.
	for i := range ins {
		in := &ins[i]
		if !isBranch(in.Op) || in.Op == OpGuardType || in.Op == OpGuardTypeR {
			continue
		}
		for hops := 0; hops < 8; hops++ {
			t := int(in.A)
			if ins[t].Op != OpBr || int(ins[t].A) == t || !sameRegions(c, i, int(ins[t].A)) {
				break
			}
			in.A = ins[t].A
		}
	}
	// A jump to a return returns: the return carries its stack pointer.
	for i := range ins {
		if in := &ins[i]; in.Op == OpBr {
			if t := ins[in.A]; (t.Op == OpRet || t.Op == OpRetVoid) && sameRegions(c, i, int(in.A)) {
				*in = t
			}
		}
	}
	// "if c goto L1; goto L2; L1:" is "if !c goto L2".
	targets := jumpTargets(c)
	for _, i := range c.OSRMap {
		targets[i] = true
	}
	remove := make([]bool, len(ins))
	any := false
	for i := 0; i+2 < len(ins); i++ {
		in, next := &ins[i], &ins[i+1]
		if int(in.A) != i+2 || next.Op != OpBr || targets[i+1] || remove[i] || !sameRegions(c, i, int(next.A)) {
			continue
		}
		if invertBranch(in) {
			in.A = next.A
			remove[i+1], any = true, true
		}
	}
	if any {
		compact(c, remove)
	}
	return nil
}

// compact deletes the instructions marked in remove from c. A jump to a
// deleted instruction goes to the next one kept, which does the same.
func compact(c *Code, remove []bool) {
	n := len(c.Instrs)
	newIdx := make([]int, n+1)
	k := 0
	for i := 0; i < n; i++ {
		newIdx[i] = k
		if !remove[i] {
			k++
		}
	}
	newIdx[n] = k
	out := make([]Instr, 0, k)
	il := make([]uint32, 0, k)
	depth := make([]int32, 0, k)
	pending := int32(-1) // the recorded depth of a deleted leader
	for i := 0; i < n; i++ {
		if remove[i] {
			if c.Depth[i] >= 0 {
				pending = c.Depth[i]
			}
			continue
		}
		in := c.Instrs[i]
		remapTargets(&in, newIdx)
		d := c.Depth[i]
		if d < 0 {
			d = pending
		}
		pending = -1
		out = append(out, in)
		il = append(il, c.ILOffsets[i])
		depth = append(depth, d)
	}
	remapClauses(c, newIdx)
	for t0, i := range c.OSRMap {
		c.OSRMap[t0] = newIdx[i]
	}
	c.Instrs, c.ILOffsets, c.Depth = out, il, depth
}

// fuseLoops is the fuse pass (see the top of this file).
func fuseLoops(_ *passCtx, c *Code) error {
	// Pairs first: a loop test against a length becomes one instruction,
	// which the increment before it may then join.
	fusePairs(c)
	fuseElemFldUpdates(c)
	for i := 0; i+1 < len(c.Instrs); i++ {
		in, next := &c.Instrs[i], &c.Instrs[i+1]
		if (in.Op == OpAddI4R && next.Op == OpBrI4R || in.Op == OpAddI8R && next.Op == OpBrI8R) &&
			in.A == in.B && next.B == in.A && sameRegions(c, i, int(next.A)) {
			// x += y followed by the test of x: the step and the bound
			// are packed into K with the condition.
			step, bound, cond := uint64(uint32(in.K)), uint64(uint32(next.K)), next.K>>32
			if step < 1<<24 && bound < 1<<24 && cond < 1<<8 {
				op := OpAddBrI4R
				if in.Op == OpAddI8R {
					op = OpAddBrI8R
				}
				*in = Instr{Op: op, A: next.A, B: in.A, K: step | bound<<24 | cond<<48}
			}
			continue
		}
		if in.Op != OpIncI4 || in.K != 1 || next.B != in.A || !isBranch(next.Op) || !sameRegions(c, i, int(next.A)) {
			continue
		}
		switch next.Op {
		case OpBrI4RK:
			*in = Instr{Op: OpIncBrI4RK, A: next.A, B: in.A, K: next.K}
		case OpBrI4R:
			*in = Instr{Op: OpIncBrI4R, A: next.A, B: in.A, K: next.K}
		case OpBrArrLenR, OpBrStrLenR:
			// The test faults on a null array or string: where it stands
			// too, as far as handlers can tell.
			if sameRegions(c, i, i+1) {
				op := OpIncBrArrLenR
				if next.Op == OpBrStrLenR {
					op = OpIncBrStrLenR
				}
				*in = Instr{Op: op, A: next.A, B: in.A, K: next.K}
			}
		}
	}
	return nil
}

// fusePairs replaces two instructions of a basic block that often follow
// each other with one, which saves a dispatch: two moves (the arguments
// of a call), an array load or a field tested by a branch, two stores to
// consecutive fields of one object, and, when the value passed between
// them is a temporary nothing reads afterwards (tempDeadAfter), a float64
// product added to or subtracted from a value, an element copied from
// array to array, and a test against a length. The second instruction is
// deleted; the pair keeps the first one's IL offset, which is in the same
// block and so in the same EH regions, and faults in the order of the
// pair.
func fusePairs(c *Code) {
	lead := regBlocks(c)
	taken := addressTaken(c)
	remove := make([]bool, len(c.Instrs))
	fused := false
	for i := 0; i+1 < len(c.Instrs); i++ {
		in, next := &c.Instrs[i], &c.Instrs[i+1]
		if lead[i+1] {
			continue
		}
		if n := fuseIncElem(c, lead, taken, i); n > 0 {
			for j := i + 1; j < i+n; j++ {
				remove[j] = true
			}
			fused = true
			i += n - 1
			continue
		}
		switch {
		case in.Op == OpMov && next.Op == OpMov:
			*in = Instr{Op: OpMov2, A: in.A, B: in.B, K: uint64(uint32(next.A)) | uint64(uint32(next.B))<<32}
		case in.Op == OpMulR8R && (next.Op == OpAddR8R || next.Op == OpSubR8R) &&
			int32(uint32(next.K)) == in.A && next.B != in.A && tempDeadAfter(c, lead, taken, i+1, in.A):
			// t = a*b; d = y ± t, with t a temporary nothing reads later:
			// d = y ± a*b, and t is not written.
			op := OpMulAddR8R
			if next.Op == OpSubR8R {
				op = OpMulSubR8R
			}
			*in = Instr{Op: op, A: next.A, B: next.B, K: uint64(uint32(in.B)) | uint64(uint32(in.K))<<32}
		case in.Op == OpStFldR && next.Op == OpStFldR && next.A == in.A && next.K == in.K+1 && in.K < 1<<31:
			// Two fields of one object, one after the other (a
			// constructor's).
			*in = Instr{Op: OpStFld2R, A: in.A, B: in.B, K: uint64(uint32(next.B)) | in.K<<32}
		case in.Op == OpLdFldR && (next.Op == OpBrTrueR || next.Op == OpBrFalseR) && next.B == in.A && in.K < 1<<32 &&
			tempDeadAfter(c, lead, taken, i+1, in.A):
			// A field tested by a branch ("left == null").
			k := in.K
			if next.Op == OpBrTrueR {
				k |= 1 << 32
			}
			*in = Instr{Op: OpLdFldBrR, A: next.A, B: in.B, K: k}
		case in.Op == OpLdElemR && next.Op == OpStElemR && int32(uint32(next.K)) == in.A && next.A != in.A && next.B != in.A &&
			next.K>>32 == 0 && !truncatesOnLoad(runtime.Storage(in.K>>32)) && tempDeadAfter(c, lead, taken, i+1, in.A):
			// t = a[i]; b[j] = t, with t a temporary nothing reads later
			// and elements stored as they are loaded: one copy.
			*in = Instr{Op: OpCopyElemR, A: next.A, B: next.B, K: uint64(uint32(in.B)) | uint64(uint32(in.K))<<32}
		case (in.Op == OpLdLenR || in.Op == OpStrLenR) && next.Op == OpBrI4R && int32(uint32(next.K)) == in.A && next.B != in.A &&
			tempDeadAfter(c, lead, taken, i+1, in.A):
			// t = len(x); if i <cond> t goto L: the loop test of
			// "i < x.Length".
			op := OpBrArrLenR
			if in.Op == OpStrLenR {
				op = OpBrStrLenR
			}
			*in = Instr{Op: op, A: next.A, B: next.B, K: uint64(uint32(in.B)) | next.K>>32<<32}
		case in.Op == OpLdElemR && (next.Op == OpBrTrueR || next.Op == OpBrFalseR) && next.B == in.A:
			idx, dst, st := uint64(uint32(in.K)), uint64(uint32(in.A)), in.K>>32
			if idx >= 1<<24 || dst >= 1<<24 || st >= 1<<8 {
				continue
			}
			k := idx | dst<<24 | st<<48
			if next.Op == OpBrTrueR {
				k |= 1 << 56
			}
			*in = Instr{Op: OpLdElemBrR, A: next.A, B: in.B, K: k}
		default:
			continue
		}
		remove[i+1], fused = true, true
		i++ // the pair is one instruction now
	}
	if fused {
		compact(c, remove)
	}
}

// tempDeadAfter reports whether slot t, a slot of the evaluation stack
// whose address is not taken (taken: addressTaken), is certainly not read
// after instruction i: the rest of i's block writes it before any read,
// or the block ends with t above the stack depth of every successor.
// Anything it does not know about counts as a read.
func tempDeadAfter(c *Code, lead []bool, taken map[int32]bool, i int, t int32) bool {
	stack0 := int32(c.NumArgs + c.NumLocals)
	top := tempsEnd(c)
	if t < stack0 || t >= top || taken[t] {
		return false
	}
	for j := i; j < len(c.Instrs); j++ {
		in := &c.Instrs[j]
		if j > i {
			if _, _, ok := callSlots(in); ok {
				return false
			}
			u := regUseOf(in)
			if !u.known {
				// A register instruction made by the fuse pass reads at
				// most its slot operands; a stack instruction anything.
				o := regOperandsOf(in.Op)
				if in.Op < OpMov || in.Op >= numRegOps || o == (regOperands{}) ||
					o.a && in.A == t || o.b && in.B == t || o.k && int32(uint32(in.K)) == t || o.khi && int32(in.K>>32) == t ||
					o.k24 && (int32(in.K&0xffffff) == t || int32(in.K>>24&0xffffff) == t) {
					return false
				}
			} else {
				read := false
				regReads(in, func(s int32) { read = read || s == t })
				if read {
					return false
				}
				if u.def && in.A == t {
					return true
				}
			}
		}
		if j+1 < len(c.Instrs) && !lead[j+1] && !isBranch(in.Op) && !endsBlock(in.Op) {
			continue
		}
		// The end of the block: t must be above the stack of every
		// successor.
		lo, ok := deadStackFrom(c, j, top)
		return ok && t >= lo
	}
	return false
}

// tempsEnd is the end of the evaluation stack's slots: the inline region
// and the slots of hoisted invariants come after them.
func tempsEnd(c *Code) int32 {
	switch {
	case c.regionStart > 0:
		return c.regionStart
	case c.hoistStart > 0:
		return c.hoistStart
	}
	return int32(c.NumArgs + c.NumLocals + c.MaxStack)
}

// deadStackFrom returns the first slot (below top, the end of the
// evaluation stack's slots) above the stack depth every successor of
// instruction i, the last of its block, starts with: the slots from there
// to top are dead at the end of the block. With no successor it returns
// top; ok is false if a successor's depth is unknown.
func deadStackFrom(c *Code, i int, top int32) (lo int32, ok bool) {
	in := &c.Instrs[i]
	var succ []int
	if isBranch(in.Op) {
		succ = append(succ, int(in.A))
	}
	if !endsBlock(in.Op) && i+1 < len(c.Instrs) {
		succ = append(succ, i+1)
	}
	lo = top
	for _, s := range succ {
		if c.Depth[s] < 0 {
			return 0, false
		}
		lo = min(lo, int32(c.NumArgs+c.NumLocals)+c.Depth[s])
	}
	return lo, true
}

// fuseIncElem turns the four instructions of "a[i] += k" on an int32
// element at i (the element's address t, x = *t, x += k, *t = x, with t
// and x temporaries nothing reads afterwards) into one OpIncElemI4R, and
// returns 4; or returns 0. The address faults first, as the fused
// instruction does.
func fuseIncElem(c *Code, lead []bool, taken map[int32]bool, i int) int {
	if i+3 >= len(c.Instrs) || lead[i+1] || lead[i+2] || lead[i+3] {
		return 0
	}
	addr, ld, add, st := &c.Instrs[i], &c.Instrs[i+1], &c.Instrs[i+2], &c.Instrs[i+3]
	t, x := addr.A, ld.A
	if addr.Op != OpLdElemaR || ld.Op != OpLdRefR || add.Op != OpAddI4RK || st.Op != OpStRefR ||
		ld.B != t || add.A != x || add.B != x || st.A != t || st.B != x || t == x ||
		runtime.Storage(ld.K>>32) != runtime.StI4 || st.K>>32 != 0 ||
		!tempDeadAfter(c, lead, taken, i+3, t) || !tempDeadAfter(c, lead, taken, i+3, x) {
		return 0
	}
	*addr = Instr{Op: OpIncElemI4R, A: addr.B, B: int32(uint32(addr.K)), K: uint64(uint32(add.K))}
	return 4
}

// fuseElemFldUpdates turns "t = a[i].f; t = t ± x*y; a[i].f = t" on a
// float64 field of a struct element (the multiply-add made by fusePairs,
// then the store) into one instruction, when t is a temporary nothing
// reads afterwards. Loads of other fields of the same element may stand
// between the first two ("a[i].x += dt * a[i].vx"): they fault exactly
// when the first load would, so the fused instruction, at the place of
// the multiply-add, loads after them.
func fuseElemFldUpdates(c *Code) {
	lead := regBlocks(c)
	taken := addressTaken(c)
	remove := make([]bool, len(c.Instrs))
	fused := false
	for i := range c.Instrs {
		ld := &c.Instrs[i]
		if ld.Op != OpLdElemFldR || remove[i] {
			continue
		}
		t, arr, idx, fld := ld.A, ld.B, int32(uint32(ld.K)), ld.K>>32
		if t == arr || t == idx || fld >= 1<<16 {
			continue
		}
		k := i + 1
		for k < len(c.Instrs) && !lead[k] && c.Instrs[k].Op == OpLdElemFldR && c.Instrs[k].B == arr &&
			int32(uint32(c.Instrs[k].K)) == idx && c.Instrs[k].A != t && c.Instrs[k].A != arr && c.Instrs[k].A != idx {
			k++
		}
		if k+1 >= len(c.Instrs) || lead[k] || lead[k+1] {
			continue
		}
		upd, st := &c.Instrs[k], &c.Instrs[k+1]
		x, y := int32(uint32(upd.K)), int32(upd.K>>32)
		if upd.Op != OpMulAddR8R && upd.Op != OpMulSubR8R || upd.A != t || upd.B != t || x == t || y == t ||
			x >= 1<<24 || y >= 1<<24 ||
			st.Op != OpStElemFldR || st.A != arr || st.B != t || st.K != ld.K || !tempDeadAfter(c, lead, taken, k+1, t) {
			continue
		}
		op := OpElemFldMulAddR8R
		if upd.Op == OpMulSubR8R {
			op = OpElemFldMulSubR8R
		}
		*upd = Instr{Op: op, A: arr, B: idx, K: uint64(x) | uint64(y)<<24 | fld<<48}
		remove[i], remove[k+1], fused = true, true, true
	}
	if fused {
		compact(c, remove)
	}
}

// truncatesOnLoad reports whether OpLdElemR truncates an element of
// storage st as it loads it.
func truncatesOnLoad(st runtime.Storage) bool { return st < runtime.StI4 && st > runtime.StStruct }
