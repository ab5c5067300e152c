package engine

// Tier 0 fuses a few very common instruction shapes as it emits them
// (superinstructions): an arithmetic op or compare-and-branch with a
// constant operand, and "local = local + constant". Fusion never crosses a
// branch target or an exception-region boundary (a barrier), so every
// instruction index that control can reach still starts a whole
// instruction.

var immOps = map[Op]Op{
	OpAddI4: OpAddI4K, OpSubI4: OpSubI4K, OpMulI4: OpMulI4K, OpAndI4: OpAndI4K,
	OpOrI4: OpOrI4K, OpXorI4: OpXorI4K, OpShlI4: OpShlI4K, OpShrI4: OpShrI4K, OpShrUnI4: OpShrUnI4K,
	OpBeqI4: OpBeqI4K, OpBneI4: OpBneI4K, OpBltI4: OpBltI4K, OpBleI4: OpBleI4K,
	OpBgtI4: OpBgtI4K, OpBgeI4: OpBgeI4K,
}

// fuse tries to combine in with the instructions just emitted. It returns
// true if in was absorbed (the fused instruction replaced the tail).
func (tr *translator) fuse(in Instr) bool {
	c := tr.code
	n := len(c.Instrs)
	if n == 0 || n-1 < tr.barrier {
		return false
	}
	last := &c.Instrs[n-1]
	if k, ok := immOps[in.Op]; ok && last.Op == OpLdc {
		*last = Instr{Op: k, A: in.A, B: in.B, K: last.K, Ref: in.Ref}
		tr.fuse2()
		return true
	}
	if in.Op == OpLdFldO && last.Op == OpLdSlot {
		// ldarg.0; ldfld f (this.f) and friends.
		*last = Instr{Op: OpLdSlotFldO, A: last.A, B: in.A}
		return true
	}
	if in.Op == OpLdFldP && last.Op == OpLdElema && last.Ref == nil {
		// a[i].f for an array of structs.
		*last = Instr{Op: OpLdElemFldP, A: in.A, Ref: in.Ref}
		return true
	}
	if in.Op == OpStSlot && last.Op == OpAddI4K && n-2 >= tr.barrier && c.Instrs[n-2].Op == OpLdSlot && c.Instrs[n-2].A == in.A {
		c.Instrs[n-2] = Instr{Op: OpIncI4, A: in.A, K: last.K}
		c.Instrs = c.Instrs[:n-1]
		c.ILOffsets = c.ILOffsets[:n-1]
		c.Depth = c.Depth[:n-1]
		return true
	}
	return false
}

// fuse2 folds "load local; compare-with-constant-and-branch" into one op.
func (tr *translator) fuse2() {
	c := tr.code
	n := len(c.Instrs)
	if n < 2 || n-2 < tr.barrier {
		return
	}
	br := c.Instrs[n-1]
	var cond int32
	switch br.Op {
	case OpBltI4K:
		cond = condLt
	case OpBgeI4K:
		cond = condGe
	case OpBleI4K:
		cond = condLe
	case OpBgtI4K:
		cond = condGt
	case OpBeqI4K:
		cond = condEq
	case OpBneI4K:
		cond = condNe
	default:
		return
	}
	ld := c.Instrs[n-2]
	if ld.Op != OpLdSlot {
		return
	}
	c.Instrs[n-2] = Instr{Op: OpBrSlotI4K, A: br.A, B: cond | ld.A<<8, K: br.K}
	c.Instrs = c.Instrs[:n-1]
	c.ILOffsets = c.ILOffsets[:n-1]
	c.Depth = c.Depth[:n-1]
}

// slotCond evaluates a fused slot-versus-constant comparison.
func slotCond(cond int32, x, k int32) bool {
	switch cond {
	case condLt:
		return x < k
	case condGe:
		return x >= k
	case condLe:
		return x <= k
	case condGt:
		return x > k
	case condEq:
		return x == k
	}
	return x != k
}
