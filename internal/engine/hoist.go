package engine

import "sort"

// The hoist pass moves loop-invariant computations out of loops.
//
// A loop is the range of instructions [s, e] between the target s of a
// backward branch and the branch e. It qualifies when:
//
//   - every instruction in it is a register instruction the passes know
//     (regUseOf) and none is a call: a call's frame starts at its
//     arguments and may overwrite every slot above them, where the hoisted
//     values live, and a stack instruction may read or write any slot;
//   - no EH clause begins or ends inside it (a handler never enters it);
//   - it has one way in: control falls into s from the instruction before
//     (the preheader goes right before s), or a single unconditional
//     branch x outside the range jumps into it (the `br test` that starts
//     a for loop: the preheader goes right before x, in x's block).
//
// An instruction of the loop that is pure (no effect but its write, no
// fault) and reads only slots no instruction of the loop writes computes
// the same value on every iteration. Its copy, writing a fresh slot, goes
// into the preheader, and the instruction itself becomes a copy of that
// slot, which copy propagation reads through and dead-code removal then
// deletes. Running it once before the loop when the loop would not have
// is harmless: it is pure. An instruction of an inner loop's preheader is
// moved as it is, since it already writes a slot of its own. Loops are
// taken inner first, so an invariant climbs as many levels as it stays
// invariant.
//
// The fresh slots are added at the top of the frame (MaxStack grows),
// above the evaluation stack and the inline region: nothing but the
// preheaders writes them, and the frames a thread pushes from Go start
// above them (Thread.top). On-stack replacement enters a loop at its
// header, past its preheader: each OSR entry inside hoisted loops is
// given a landing pad at the end of the code that runs the preheaders of
// the loops around it, outermost first, and jumps to the header.

// Limits that bound the pass's work and the frame's growth.
const (
	hoistMaxLoops = 64
	hoistMaxSlots = 64
)

// hoistLoop is a loop whose preheader the pass filled: its range and its
// number in the tags of preheader instructions.
type hoistLoop struct {
	start, end int
	id         int32
}

type hoister struct {
	c     *Code
	tag   []int32 // per instruction: the loop whose preheader it is in, or 0
	loops []hoistLoop
	cands [][2]int // loop ranges still to try, inner first
	taken map[int32]bool
	slots int // fresh slots made
}

// hoist is the loop-invariant hoisting pass (see above).
func hoist(x *passCtx, c *Code) error {
	if c.Depth == nil || !c.Reg {
		return nil
	}
	h := &hoister{c: c, tag: make([]int32, len(c.Instrs)), taken: addressTaken(c)}
	for b := range c.Instrs {
		if in := &c.Instrs[b]; isBranch(in.Op) && int(in.A) <= b {
			h.cands = append(h.cands, [2]int{int(in.A), b})
		}
	}
	sort.SliceStable(h.cands, func(i, j int) bool {
		return h.cands[i][1]-h.cands[i][0] < h.cands[j][1]-h.cands[j][0]
	})
	for n := 0; n < len(h.cands) && n < hoistMaxLoops && h.slots < hoistMaxSlots; n++ {
		h.try(h.cands[n][0], h.cands[n][1])
	}
	if len(h.loops) == 0 {
		return nil
	}
	h.landingPads()
	// The copies left in the loops are read through, and die.
	if err := copyProp(x, c); err != nil {
		return err
	}
	return deadCode(x, c)
}

// try hoists what it can out of the loop [s, e].
func (h *hoister) try(s, e int) {
	c := h.c
	ins := c.Instrs
	if s <= 0 || e >= len(ins) {
		return
	}
	written := map[int32]int{} // slot -> the number of writes in the loop
	for i := s; i <= e; i++ {
		in := &ins[i]
		u := regUseOf(in)
		if _, _, call := callSlots(in); call || !u.known {
			return
		}
		if u.def {
			written[in.A]++
		}
	}
	for _, cl := range c.Clauses {
		bounds := []int{cl.TryStart, cl.TryEnd, cl.HandlerStart, cl.HandlerEnd}
		if cl.Kind == 1 {
			bounds = append(bounds, cl.FilterStart)
		}
		for _, b := range bounds {
			if s <= b && b <= e {
				return
			}
		}
	}
	// The ways in.
	entry, entries := -1, 0
	for j := range ins {
		if s <= j && j <= e {
			continue
		}
		in := &ins[j]
		into := func(t int) {
			if s <= t && t <= e {
				entry, entries = j, entries+1
			}
		}
		switch {
		case isBranch(in.Op), in.Op == OpLeave:
			into(int(in.A))
		case in.Op == OpSwitch:
			for _, t := range in.Ref.([]int32) {
				into(int(t))
			}
		}
	}
	falls := !endsBlock(ins[s-1].Op)
	var at int // the preheader goes before this instruction
	switch {
	case entries == 0 && falls:
		at = s
	case entries == 1 && !falls && ins[entry].Op == OpBr && sameRegions(c, entry, s):
		at = entry
	default:
		return
	}

	// The invariants, in order. A copy read through (alias) counts as its
	// source: "t = a*b; u = t+c" hoists both.
	lead := regBlocks(c)
	stack0 := int32(c.NumArgs + c.NumLocals)
	alias := map[int32]int32{}
	invariant := func(s int32) bool { return written[s] == 0 && !h.taken[s] }
	var pre []Instr
	var preIL []uint32
	remove := make([]bool, len(ins))
	for i := s; i <= e; i++ {
		in := &ins[i]
		if lead[i] {
			clear(alias)
		}
		u := regUseOf(in)
		if u.readB {
			if a, ok := alias[in.B]; ok {
				in.B = a
			}
		}
		if u.readK {
			if a, ok := alias[int32(uint32(in.K))]; ok {
				in.K = in.K&^0xffffffff | uint64(uint32(a))
			}
		}
		if !u.def {
			continue
		}
		// A write ends the aliases of its slot.
		for d, src := range alias {
			if d == in.A || src == in.A {
				delete(alias, d)
			}
		}
		// Only a temporary's instruction pays: the copy left in the loop
		// dies once its readers read the hoisted slot, where a local's
		// stays.
		if !u.pure || u.readA || in.Op == OpMov || in.A < stack0 || h.taken[in.A] ||
			u.readB && !invariant(in.B) || u.readK && !invariant(int32(uint32(in.K))) {
			continue
		}
		if h.fresh(in.A) {
			// An inner preheader's instruction: its slot is written there
			// only, and now outside this loop.
			pre = append(pre, *in)
			preIL = append(preIL, c.ILOffsets[i])
			remove[i] = true
			written[in.A]--
			continue
		}
		if h.slots == hoistMaxSlots {
			continue
		}
		slot := h.newSlot()
		moved := *in
		moved.A = slot
		pre = append(pre, moved)
		preIL = append(preIL, c.ILOffsets[i])
		*in = Instr{Op: OpMov, A: in.A, B: slot}
		alias[in.A] = slot
	}
	if len(pre) == 0 {
		return
	}
	id := int32(len(h.loops) + 1)
	newIdx, own := h.insert(at, at != s, pre, preIL, id, remove)
	h.loops = append(h.loops, hoistLoop{start: newIdx[s], end: own[e], id: id})
}

// fresh reports whether slot s is one the pass made.
func (h *hoister) fresh(s int32) bool { return h.c.hoistStart > 0 && s >= h.c.hoistStart }

func (h *hoister) newSlot() int32 {
	c := h.c
	s := int32(c.NumArgs + c.NumLocals + c.MaxStack)
	if c.hoistStart == 0 {
		c.hoistStart = s
	}
	c.MaxStack++
	h.slots++
	return s
}

// insert puts pre (tagged id) before instruction at and deletes the
// instructions marked in remove. Jumps to at go to the preheader when
// toPre is set (at is the branch into a for loop), to at itself otherwise
// (at is the loop's first instruction: the jumps are its back edges). It
// returns where jumps to each old instruction now go, and where the
// instruction itself went (a deleted one: the next kept).
func (h *hoister) insert(at int, toPre bool, pre []Instr, preIL []uint32, id int32, remove []bool) (newIdx, own []int) {
	c := h.c
	n := len(c.Instrs)
	newIdx = make([]int, n+1) // where jumps to an old instruction go
	own = make([]int, n+1)    // where the old instruction itself is
	out := make([]Instr, 0, n+len(pre))
	il := make([]uint32, 0, n+len(pre))
	depth := make([]int32, 0, n+len(pre))
	tag := make([]int32, 0, n+len(pre))
	for i := 0; i <= n; i++ {
		if i == at {
			newIdx[i] = len(out)
			for k := range pre {
				out = append(out, pre[k])
				il = append(il, preIL[k])
				depth = append(depth, c.Depth[at])
				tag = append(tag, id)
			}
			if !toPre {
				newIdx[i] = len(out)
			}
		} else {
			newIdx[i] = len(out)
		}
		own[i] = len(out)
		if i == n || remove[i] {
			continue
		}
		out = append(out, c.Instrs[i])
		il = append(il, c.ILOffsets[i])
		depth = append(depth, c.Depth[i])
		tag = append(tag, h.tag[i])
	}
	for i := range out {
		remapTargets(&out[i], newIdx)
	}
	remapClauses(c, newIdx)
	for t0, i := range c.OSRMap {
		c.OSRMap[t0] = newIdx[i]
	}
	c.Instrs, c.ILOffsets, c.Depth, h.tag = out, il, depth, tag
	for k := range h.loops {
		l := &h.loops[k]
		l.start, l.end = newIdx[l.start], own[l.end]
	}
	for k, r := range h.cands {
		h.cands[k] = [2]int{newIdx[r[0]], own[r[1]]}
	}
	return newIdx, own
}

// landingPads gives each OSR entry inside hoisted loops a landing pad
// (see the top of this file).
func (h *hoister) landingPads() {
	c := h.c
	pads := map[int]int{} // entry -> its pad
	keys := make([]int, 0, len(c.OSRMap))
	for t0 := range c.OSRMap {
		keys = append(keys, t0)
	}
	sort.Ints(keys)
	for _, t0 := range keys {
		e := c.OSRMap[t0]
		if p, ok := pads[e]; ok {
			c.OSRMap[t0] = p
			continue
		}
		var around []hoistLoop
		for _, l := range h.loops {
			if l.start <= e && e <= l.end {
				around = append(around, l)
			}
		}
		if len(around) == 0 {
			continue
		}
		sort.Slice(around, func(i, j int) bool { return around[i].end-around[i].start > around[j].end-around[j].start })
		p := len(c.Instrs)
		for _, l := range around {
			for i := range c.Instrs[:p] {
				if h.tag[i] == l.id {
					c.Instrs = append(c.Instrs, c.Instrs[i])
					c.ILOffsets = append(c.ILOffsets, c.ILOffsets[i])
					c.Depth = append(c.Depth, c.Depth[e])
				}
			}
		}
		c.Instrs = append(c.Instrs, Instr{Op: OpBr, A: int32(e)})
		c.ILOffsets = append(c.ILOffsets, c.ILOffsets[e])
		c.Depth = append(c.Depth, c.Depth[e])
		for len(h.tag) < len(c.Instrs) {
			h.tag = append(h.tag, 0)
		}
		pads[e], c.OSRMap[t0] = p, p
	}
}
