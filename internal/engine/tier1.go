package engine

import (
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"unsafe"

	"github.com/strata-runtime/strata/internal/runtime"
)

// Tier 1: the optimising compiler. It starts from a fresh tier-0
// translation (typed, tokens resolved) and runs a table of named passes
// over it. The central pass, lower, turns the stack code of each basic
// block into register code: loads of locals and constants are deferred on
// a symbolic stack and become the operands of three-address instructions
// that name frame slots directly; values that must live on the evaluation
// stack (call arguments, values live across a block boundary) are written
// to their stack slots, whose positions the tier-0 stack analysis fixes.
// The frame layout is the tier-0 one, so exception handling, stack walks
// and on-stack replacement see the same slots.
//
// After every pass the IR verifier checks the code when verification is on
// (tests), and STRATA_DUMP_IR=pass:method prints it.

// pass is one named transformation of tier-1 code.
type pass struct {
	name string
	run  func(x *passCtx, c *Code) error
}

// passCtx is what the passes share while building one version: the VM
// (nil in unit tests of single passes) and the IL versions the code
// depends on (those of inlined methods).
type passCtx struct {
	vm      *VM
	deps    []*runtime.ILVersion
	depth   int     // levels of inlining above the code being optimised
	profile profile // class probes of the instrumented code, if any
}

var tier1Passes = []pass{
	{"devirt", devirtualize},
	{"gdv", gdv},
	{"inline", inline},
	{"lower", lower},
	{"copy", copyProp},
	{"cse", cse},
	{"dead", deadCode},
	{"hoist", hoist},
	{"jumps", jumps},
	{"fuse", fuseLoops},
}

// optimize builds tier-1 code from a fresh tier-0 translation and returns
// it with the IL versions it depends on; prof is the profile gathered by
// instrumented code of the same IL, or nil.
func (vm *VM) optimize(code *Code, prof profile) (*Code, []*runtime.ILVersion, error) {
	return runPasses(&passCtx{vm: vm, profile: prof}, code)
}

func runPasses(x *passCtx, code *Code) (*Code, []*runtime.ILVersion, error) {
	// STRATA_VERIFY_IR=1 (set by the tests) runs the IR verifier after
	// every pass.
	verifyIR := os.Getenv("STRATA_VERIFY_IR") != ""
	dump := os.Getenv("STRATA_DUMP_IR")
	dumpPass, dumpMethod, _ := strings.Cut(dump, ":")
	dumpThis := dump != "" && strings.Contains(code.Method.String(), dumpMethod)
	if verifyIR {
		if err := verifyCode(code); err != nil {
			return nil, nil, fmt.Errorf("tier-0 input: %w", err)
		}
	}
	for _, p := range tier1Passes {
		if err := p.run(x, code); err != nil {
			return nil, nil, fmt.Errorf("pass %s: %w", p.name, err)
		}
		if verifyIR {
			if err := verifyCode(code); err != nil {
				return nil, nil, fmt.Errorf("after pass %s: %w", p.name, err)
			}
		}
		if dumpThis && (dumpPass == p.name || dumpPass == "all") {
			fmt.Fprintf(os.Stderr, "after %s:\n", p.name)
			writeCode(os.Stderr, code)
		}
	}
	// runReg addresses register operands without bounds checks, so the
	// final code is always verified, whatever the test setting: a failure
	// keeps the method at its current version.
	if !verifyIR {
		if err := verifyCode(code); err != nil {
			return nil, nil, fmt.Errorf("tier-1 code: %w", err)
		}
	}
	if err := scaleSlots(code); err != nil {
		return nil, nil, err
	}
	for i := range code.Instrs {
		if in := &code.Instrs[i]; in.Op == OpCall && in.B&^callNullCheck == 0 && in.Ref.(*callSite).m.ICall == nil {
			in.B |= callPlain
		}
	}
	setDispatch(code)
	code.inPlaceSize = math.MaxInt / 2
	if code.Reg && !code.HasStructLocals {
		code.inPlaceSize = code.NumArgs + code.NumLocals + code.MaxStack
	}
	return code, x.deps, nil
}

// writeCode prints code, one instruction per line.
func writeCode(w io.Writer, c *Code) {
	fmt.Fprintf(w, "%s: args=%d locals=%d maxstack=%d\n", c.Method, c.NumArgs, c.NumLocals, c.MaxStack)
	for i, in := range c.Instrs {
		d := "  "
		if c.Depth != nil && c.Depth[i] >= 0 {
			d = fmt.Sprintf("%2d", c.Depth[i])
		}
		ref := ""
		if in.Ref != nil {
			ref = fmt.Sprintf(" %v", in.Ref)
			if len(ref) > 60 {
				ref = ref[:60]
			}
		}
		fmt.Fprintf(w, "  %4d [%s] %-14s A=%d B=%d K=%#x%s\n", i, d, strings.TrimPrefix(in.Op.String(), "Op"), in.A, in.B, in.K, ref)
	}
	for i, cl := range c.Clauses {
		fmt.Fprintf(w, "  clause %d kind=%d try=[%d,%d) handler=[%d,%d) filter=%d\n", i, cl.Kind, cl.TryStart, cl.TryEnd, cl.HandlerStart, cl.HandlerEnd, cl.FilterStart)
	}
}

// leaders marks the first instruction of every basic block: jump
// targets (see jumpTargets) and the instructions after one that branches
// or does not fall through.
func leaders(c *Code) []bool {
	lead := jumpTargets(c)
	lead[0] = true
	for i := range c.Instrs {
		switch op := c.Instrs[i].Op; {
		case isBranch(op):
			lead[i+1] = true
		case op == OpSwitch, op == OpLeave, op == OpRet, op == OpRetVoid, op == OpThrow, op == OpRethrow,
			op == OpEndFinally, op == OpEndFilter, op == OpThrowError:
			lead[i+1] = true
		}
	}
	return lead
}

// jumpTargets marks (over len(c.Instrs)+1 entries) the instructions
// control reaches other than by falling through: targets of branches,
// switches and leaves, and the boundaries and entry points of EH clauses.
func jumpTargets(c *Code) []bool {
	n := len(c.Instrs)
	target := make([]bool, n+1)
	for i := range c.Instrs {
		in := &c.Instrs[i]
		switch {
		case isBranch(in.Op), in.Op == OpLeave:
			target[in.A] = true
		case in.Op == OpSwitch:
			for _, t := range in.Ref.([]int32) {
				target[t] = true
			}
		}
	}
	for _, cl := range c.Clauses {
		for _, x := range []int{cl.TryStart, cl.TryEnd, cl.HandlerStart, cl.HandlerEnd, cl.FilterStart} {
			if x <= n {
				target[x] = true
			}
		}
	}
	return target
}

// isBranch reports whether op transfers control to instruction A
// (conditionally or not); leave is handled apart.
func isBranch(op Op) bool {
	switch op {
	case OpBr, OpBrTrue, OpBrFalse, OpBeqI4, OpBneI4, OpBltI4, OpBleI4, OpBgtI4, OpBgeI4,
		OpBltUnI4, OpBleUnI4, OpBgtUnI4, OpBgeUnI4, OpBrCmp,
		OpBeqI4K, OpBneI4K, OpBltI4K, OpBleI4K, OpBgtI4K, OpBgeI4K, OpBrSlotI4K,
		OpBrI4R, OpBrI4RK, OpBrCmpR, OpBrTrueR, OpBrFalseR, OpBrI8R, OpBrR8R, OpGuardType, OpGuardTypeR, OpLdElemBrR,
		OpIncBrI4RK, OpIncBrI4R, OpAddBrI4R, OpAddBrI8R, OpBrArrLenR, OpBrStrLenR,
		OpIncBrArrLenR, OpIncBrStrLenR, OpLdFldBrR:
		return true
	}
	return false
}

// endsBlock reports whether control never falls through op. OpJmp may:
// where it cannot replace the frame it calls, and the return after it
// (part of the same IL instruction) returns the result.
func endsBlock(op Op) bool {
	switch op {
	case OpBr, OpLeave, OpRet, OpRetVoid, OpThrow, OpRethrow, OpEndFinally, OpEndFilter, OpThrowError:
		return true
	}
	return false
}

// remap rewrites every instruction index in c (branch targets, switch
// tables, EH clauses) through newIdx, which maps old indices (and len) to
// new ones.
func remap(c *Code, instrs []Instr, newIdx []int) {
	for i := range instrs {
		remapTargets(&instrs[i], newIdx)
	}
	remapClauses(c, newIdx)
}

// remapTargets rewrites the instruction indices one instruction names.
func remapTargets(in *Instr, newIdx []int) {
	if isBranch(in.Op) || in.Op == OpLeave {
		in.A = int32(newIdx[in.A])
	}
	if in.Op == OpSwitch {
		old := in.Ref.([]int32)
		t := make([]int32, len(old))
		for j, x := range old {
			t[j] = int32(newIdx[x])
		}
		in.Ref = t
	}
}

// remapClauses rewrites the instruction indices of c's EH clauses.
func remapClauses(c *Code, newIdx []int) {
	for i := range c.Clauses {
		cl := &c.Clauses[i]
		cl.TryStart, cl.TryEnd = newIdx[cl.TryStart], newIdx[cl.TryEnd]
		cl.HandlerStart, cl.HandlerEnd = newIdx[cl.HandlerStart], newIdx[cl.HandlerEnd]
		cl.FilterStart = newIdx[cl.FilterStart]
	}
}

// verifyCode is the IR verifier: branch targets and EH ranges in bounds,
// register operands inside the frame, recorded stack depths within the
// maximum, and no path falling off the end.
func verifyCode(c *Code) error {
	n := len(c.Instrs)
	if len(c.ILOffsets) != n || (c.Depth != nil && len(c.Depth) != n) {
		return fmt.Errorf("side tables out of step: %d instrs, %d offsets, %d depths", n, len(c.ILOffsets), len(c.Depth))
	}
	if n == 0 || !endsBlock(c.Instrs[n-1].Op) {
		return fmt.Errorf("control falls off the end")
	}
	frame := c.NumArgs + c.NumLocals + c.MaxStack
	slot := func(i int, what string, x int64) error {
		if x < 0 || x >= int64(frame) {
			return fmt.Errorf("instr %d (%v): %s slot %d outside the frame (%d)", i, c.Instrs[i].Op, what, x, frame)
		}
		return nil
	}
	for i := range c.Instrs {
		in := &c.Instrs[i]
		if in.Op >= numOps {
			return fmt.Errorf("instr %d: bad opcode %d", i, in.Op)
		}
		if (isBranch(in.Op) || in.Op == OpLeave) && (in.A < 0 || int(in.A) >= n) {
			return fmt.Errorf("instr %d (%v): target %d out of range", i, in.Op, in.A)
		}
		if in.Op == OpSwitch {
			for _, t := range in.Ref.([]int32) {
				if t < 0 || int(t) >= n {
					return fmt.Errorf("instr %d: switch target %d out of range", i, t)
				}
			}
		}
		if c.Depth != nil && c.Depth[i] > int32(c.MaxStack) {
			return fmt.Errorf("instr %d: depth %d above max stack %d", i, c.Depth[i], c.MaxStack)
		}
		var err error
		switch in.Op {
		case OpSetSP, OpIncI4:
			err = slot(i, "A", int64(in.A))
		case OpCall, OpCallVirt, OpNewObj, OpRet, OpRetVoid:
			if in.A < 0 || int(in.A) > frame+1 {
				err = fmt.Errorf("instr %d (%v): stack pointer %d outside the frame (%d)", i, in.Op, in.A-1, frame)
			}
		case OpDivI4RK, OpRemI4RK:
			if int32(in.K) == 0 || int32(in.K) == -1 {
				err = fmt.Errorf("instr %d (%v): divisor %d may fault", i, in.Op, int32(in.K))
			}
		}
		if o := regOperandsOf(in.Op); err == nil {
			if o.a {
				err = slot(i, "A", int64(in.A))
			}
			if o.b && err == nil {
				err = slot(i, "B", int64(in.B))
			}
			if o.k && err == nil {
				err = slot(i, "K", int64(uint32(in.K)))
			}
			if o.khi && err == nil {
				err = slot(i, "K high", int64(in.K>>32))
			}
			if o.k24 && err == nil {
				if err = slot(i, "K low", int64(in.K&0xffffff)); err == nil {
					err = slot(i, "K middle", int64(in.K>>24&0xffffff))
				}
			}
		}
		if err != nil {
			return err
		}
	}
	for ci, cl := range c.Clauses {
		if !(0 <= cl.TryStart && cl.TryStart <= cl.TryEnd && cl.TryEnd <= n &&
			0 <= cl.HandlerStart && cl.HandlerStart <= cl.HandlerEnd && cl.HandlerEnd <= n) {
			return fmt.Errorf("clause %d: ranges out of order or bounds", ci)
		}
		if cl.Kind == 1 && (cl.FilterStart < 0 || cl.FilterStart > n) {
			return fmt.Errorf("clause %d: filter out of bounds", ci)
		}
	}
	return nil
}

// setsSP reports whether op, in register code, sets the stack pointer
// from its A operand (sp = A-1 when A is not 0) before it runs, which
// saves an OpSetSP before every call and return. Only runReg needs to for
// calls: register ops leave sp alone, so the large loop reaches such a
// call only straight after a stack op or a jump it executed itself, and
// its sp is then already A-1. The large loop applies it to returns all the
// same, as cheap insurance on a path that ends the frame.
func setsSP(op Op) bool {
	return op == OpCall || op == OpCallVirt || op == OpNewObj || op == OpRet || op == OpRetVoid
}

// isRegBinary reports whether op is s[A] = s[B] op s[K].
func isRegBinary(op Op) bool {
	switch op {
	case OpAddI4R, OpSubI4R, OpMulI4R, OpAndI4R, OpOrI4R, OpXorI4R, OpShlI4R, OpShrI4R, OpShrUnI4R,
		OpAddI8R, OpSubI8R, OpMulI8R, OpAddR8R, OpSubR8R, OpMulR8R, OpDivR8R,
		OpCmpR, OpLdElemR, OpStElemR, OpLdElemaR, OpDivI4R, OpRemI4R, OpLdElemFldR, OpDivUnI4R, OpRemUnI4R, OpStElemRefR, OpStrCharR:
		return true
	}
	return false
}

// regOperands says which operands of a register instruction name slots of
// the frame: A, B, the low 32 bits of K, its high 32 bits (khi), or the
// two 24-bit fields at the bottom of K of the add-and-branch forms and
// OpLdElemBrR (k24).
type regOperands struct{ a, b, k, khi, k24 bool }

// regOperandsOf returns the slot operands of the register instructions
// from OpMov on, those only runReg executes; the verifier checks them and
// scaleSlots turns them into byte offsets.
func regOperandsOf(op Op) regOperands {
	switch op {
	case OpMovK, OpAllocObjR, OpLdStrR:
		return regOperands{a: true}
	case OpIncElemI4R:
		return regOperands{a: true, b: true}
	case OpMov, OpLdLenR, OpLdRefR, OpConvR, OpLdFldPR, OpTruncR, OpLdSlotAddrR, OpNegI4R, OpSqrtR, OpLdIndR,
		OpLdFldaR, OpStrLenR, OpIsInstR, OpCastClassR, OpLdFldR,
		OpAddI4RK, OpMulI4RK, OpAndI4RK, OpShlI4RK, OpShrI4RK, OpShrUnI4RK, OpAddI8RK,
		OpDivI4RK, OpRemI4RK, OpAddR8RK, OpMulR8RK, OpDivR8RK, OpSubR8KR, OpDivR8KR,
		OpStFldR, OpStRefR, OpStFldPR, OpStElemRK, OpStIndR:
		return regOperands{a: true, b: true}
	case OpStElemFldR, OpStFld2R:
		return regOperands{a: true, b: true, k: true}
	case OpLdFldBrR:
		return regOperands{b: true}
	case OpBrI4RK, OpBrTrueR, OpBrFalseR, OpNullCheckR, OpGuardTypeR, OpIncBrI4RK:
		return regOperands{b: true}
	case OpBrI4R, OpBrCmpR, OpBrI8R, OpBrR8R, OpIncBrI4R:
		return regOperands{b: true, k: true}
	case OpAddBrI4R, OpAddBrI8R, OpLdElemBrR:
		return regOperands{b: true, k24: true}
	case OpElemFldMulAddR8R, OpElemFldMulSubR8R:
		return regOperands{a: true, b: true, k24: true}
	case OpMov2, OpMulAddR8R, OpMulSubR8R, OpCopyElemR:
		return regOperands{a: true, b: true, k: true, khi: true}
	case OpBrArrLenR, OpBrStrLenR, OpIncBrArrLenR, OpIncBrStrLenR:
		return regOperands{b: true, k: true}
	}
	if isRegBinary(op) {
		return regOperands{a: true, b: true, k: true}
	}
	return regOperands{}
}

// slotSize is the size of a slot, the unit of register operands once
// scaleSlots has made them byte offsets.
const slotSize = int32(unsafe.Sizeof(Value{}))

// maxScaledFrame bounds the frames whose operands scaleSlots can scale:
// the 24-bit fields of the add-and-branch forms must hold the offsets.
const maxScaledFrame = 1 << 24 / slotSize

// scaleSlots turns the slot operands of the instructions only runReg
// executes (regOperandsOf) into byte offsets from the frame's base, which
// saves runReg a multiplication per operand. It is the last step of
// building tier-1 code, after the verifier has checked the slots.
func scaleSlots(c *Code) error {
	if c.NumArgs+c.NumLocals+c.MaxStack >= int(maxScaledFrame) {
		return fmt.Errorf("frame of %d slots too large for register code", c.NumArgs+c.NumLocals+c.MaxStack)
	}
	for i := range c.Instrs {
		in := &c.Instrs[i]
		o := regOperandsOf(in.Op)
		if o.a {
			in.A *= slotSize
		}
		if o.b {
			in.B *= slotSize
		}
		if o.k {
			in.K = in.K&^0xffffffff | uint64(uint32(in.K)*uint32(slotSize))
		}
		if o.khi {
			in.K = in.K&0xffffffff | (in.K>>32)*uint64(slotSize)<<32
		}
		if o.k24 {
			step, bound := (in.K&0xffffff)*uint64(slotSize), (in.K>>24&0xffffff)*uint64(slotSize)
			in.K = in.K&^(1<<48-1) | bound<<24 | step
		}
	}
	return nil
}

// devirtualize turns virtual calls whose target cannot be overridden (a
// final method, a sealed class, a non-virtual method) into direct calls
// with a null check on the receiver.
func devirtualize(_ *passCtx, c *Code) error {
	for i := range c.Instrs {
		in := &c.Instrs[i]
		if in.Op != OpCallVirt || in.B != 0 {
			continue
		}
		cs := in.Ref.(*callSite)
		m := cs.m
		if m.ICall != nil || m.IsAbstract() || m.Declaring.IsValueType() || m.Declaring.IsInterface() {
			continue
		}
		if !m.IsVirtual() || m.Flags&runtime.MethodFinal != 0 || m.Declaring.Flags&0x100 != 0 /* sealed */ {
			in.Op, in.B = OpCall, callNullCheck
		}
	}
	return nil
}

// Symbolic stack entries of the lowering pass.
type symKind uint8

const (
	symPhys  symKind = iota // the value is in its evaluation stack slot
	symSlot                 // deferred read of a local or argument slot
	symConst                // deferred constant
	// symElem is a deferred ldelema of a struct element: array slot, index
	// slot idx (both locals or arguments). Field loads and stores through
	// it index the array directly; anything else makes it an OpLdElemaR.
	symElem
)

type sym struct {
	kind symKind
	slot int32  // symSlot: the slot
	k    uint64 // symConst: the value
	// elem is set on a symPhys byref made by OpLdElemaR: the element
	// storage plus one. Loads and stores through it index the array
	// directly, with no checks for raw pointers or reinterpretation.
	elem runtime.Storage
	// symElem: the index slot, the IL offset of the ldelema, and whether
	// an access through it has run (then no later one can fault).
	idx     int32
	il      uint32
	checked bool
}

// lowering is the state of the lower pass over one method.
type lowering struct {
	out    []Instr
	il     []uint32
	depth  []int32
	stack0 int32 // first evaluation stack slot
	st     []sym // symbolic stack; nil after an instruction of unknown depth
	known  bool  // st describes the stack
	// spAt is the depth the interpreter's sp register stands at: -1 when
	// unknown (stale), spValid when correct but of a depth not recorded.
	spAt  int
	srcIL uint32
	// blockStart is the first output instruction of the current block.
	blockStart int
}

const spValid = -2

func (lw *lowering) phys(d int) int32 { return lw.stack0 + int32(d) }

func (lw *lowering) emit(in Instr) int {
	lw.out = append(lw.out, in)
	lw.il = append(lw.il, lw.srcIL)
	lw.depth = append(lw.depth, -1)
	return len(lw.out) - 1
}

// materialize writes the deferred entry at depth d to its stack slot.
func (lw *lowering) materialize(d int) {
	e := lw.st[d]
	switch e.kind {
	case symSlot:
		lw.emit(Instr{Op: OpMov, A: lw.phys(d), B: e.slot})
	case symConst:
		lw.emit(Instr{Op: OpMovK, A: lw.phys(d), K: e.k})
	case symElem:
		lw.emitAt(e.il, Instr{Op: OpLdElemaR, A: lw.phys(d), B: e.slot, K: uint64(uint32(e.idx))})
		lw.st[d] = sym{elem: e.elem}
		return
	}
	lw.st[d] = sym{}
}

// emitAt emits in as coming from IL offset il.
func (lw *lowering) emitAt(il uint32, in Instr) {
	lw.emit(in)
	lw.il[len(lw.il)-1] = il
}

// elemAccess emits a field access through the deferred element address
// at depth d, which stays on the stack: as the ldelema's own instruction
// the first time, since the access faults exactly where the ldelema would
// have (nothing that can fault or be seen ran in between, see settle),
// and as the access's own after that, when it can no longer fault.
func (lw *lowering) elemAccess(d int, in Instr) {
	e := lw.st[d]
	if e.checked {
		lw.emit(in)
		return
	}
	lw.emitAt(e.il, in)
	for i := range lw.st {
		if lw.st[i].sameElem(e) {
			lw.st[i].checked = true
		}
	}
}

// sameElem reports whether e is a copy of the deferred element address x
// (made by dup).
func (e sym) sameElem(x sym) bool {
	return e.kind == symElem && e.slot == x.slot && e.idx == x.idx && e.il == x.il
}

// settle makes the deferred element addresses no access has checked yet
// real before in, unless in can neither fault nor be seen: the ldelema
// faults (null array, index out of range) must come first.
func (lw *lowering) settle(in Instr) {
	top := len(lw.st)
	// An access through a deferred address checks its copies too.
	var through *sym
	switch {
	case in.Op == OpLdFldP && top >= 1 && lw.st[top-1].kind == symElem:
		through = &lw.st[top-1]
	case in.Op == OpStFldP && top >= 2 && lw.st[top-2].kind == symElem:
		through = &lw.st[top-2]
	}
	for d, e := range lw.st {
		if e.kind != symElem || e.checked {
			continue
		}
		if through != nil && e.sameElem(*through) {
			continue
		}
		if !pureOp(in.Op) || in.Op == OpPop && d == top-1 {
			lw.materialize(d)
		}
	}
}

// flush materialises every deferred entry.
func (lw *lowering) flush() {
	for d := range lw.st {
		lw.materialize(d)
	}
}

// clobber materialises the deferred reads of slot before it is written.
func (lw *lowering) clobber(slot int32) {
	for d, e := range lw.st {
		if (e.kind == symSlot || e.kind == symElem) && e.slot == slot || e.kind == symElem && e.idx == slot {
			lw.materialize(d)
		}
	}
}

// operand pops the top entry and returns a slot holding its value: the
// local itself for a deferred read, the stack slot otherwise (a deferred
// constant is written there first).
func (lw *lowering) operand() int32 {
	d := len(lw.st) - 1
	if lw.st[d].kind == symElem {
		lw.materialize(d)
	}
	e := lw.st[d]
	lw.st = lw.st[:d]
	switch e.kind {
	case symSlot:
		return e.slot
	case symConst:
		lw.emit(Instr{Op: OpMovK, A: lw.phys(d), K: e.k})
	}
	return lw.phys(d)
}

// pushResult records that the value at the new top lives in its stack slot
// and returns that slot.
func (lw *lowering) pushResult() int32 {
	lw.st = append(lw.st, sym{})
	return lw.phys(len(lw.st) - 1)
}

var regBinary = map[Op]Op{
	OpAddI4: OpAddI4R, OpSubI4: OpSubI4R, OpMulI4: OpMulI4R, OpAndI4: OpAndI4R, OpOrI4: OpOrI4R,
	OpXorI4: OpXorI4R, OpShlI4: OpShlI4R, OpShrI4: OpShrI4R, OpShrUnI4: OpShrUnI4R,
	OpAddI8: OpAddI8R, OpSubI8: OpSubI8R, OpMulI8: OpMulI8R, OpDivI4: OpDivI4R, OpRemI4: OpRemI4R,
	OpAddR8: OpAddR8R, OpSubR8: OpSubR8R, OpMulR8: OpMulR8R, OpDivR8: OpDivR8R,
	OpDivUnI4: OpDivUnI4R, OpRemUnI4: OpRemUnI4R,
}

var regImm = map[Op]Op{
	OpAddI4K: OpAddI4RK, OpMulI4K: OpMulI4RK, OpAndI4K: OpAndI4RK,
	OpShlI4K: OpShlI4RK, OpShrI4K: OpShrI4RK, OpShrUnI4K: OpShrUnI4RK,
}

var i4Branch = map[Op]int32{
	OpBeqI4: condEq, OpBneI4: condNe, OpBltI4: condLt, OpBleI4: condLe, OpBgtI4: condGt, OpBgeI4: condGe,
	OpBltUnI4: condLtUn, OpBleUnI4: condLeUn, OpBgtUnI4: condGtUn, OpBgeUnI4: condGeUn,
}

var i4BranchK = map[Op]int32{
	OpBeqI4K: condEq, OpBneI4K: condNe, OpBltI4K: condLt, OpBleI4K: condLe, OpBgtI4K: condGt, OpBgeI4K: condGe,
}

// lower is the stack-to-register pass (see the top of this file).
func lower(_ *passCtx, c *Code) error {
	if c.Depth == nil {
		return fmt.Errorf("no stack depths")
	}
	lead := leaders(c)
	n := len(c.Instrs)
	lw := &lowering{stack0: int32(c.NumArgs + c.NumLocals), spAt: -1}
	newIdx := make([]int, n+1)
	// The depth of a block's leader is recorded on the first instruction
	// emitted for the block (a leader may emit nothing, as a patchpoint).
	pendDepth, pendAt := int32(-1), 0
	for i := 0; i < n; i++ {
		in := c.Instrs[i]
		lw.srcIL = c.ILOffsets[i]
		d := c.Depth[i]
		if lead[i] {
			if lw.known {
				lw.flush()
			}
			// Other predecessors leave every value in its stack slot and
			// the sp register stale.
			lw.st, lw.known, lw.spAt = nil, false, -1
			lw.blockStart = len(lw.out)
		}
		if d >= 0 {
			if !lw.known {
				if lw.spAt == spValid {
					lw.spAt = int(d)
				}
				lw.st = make([]sym, d)
				lw.known = true
			} else if int(d) != len(lw.st) {
				return fmt.Errorf("instr %d: recorded depth %d, symbolic stack %d", i, d, len(lw.st))
			}
		}
		newIdx[i] = len(lw.out)
		if lead[i] && d >= 0 && (pendDepth < 0 || pendAt != newIdx[i]) {
			pendDepth, pendAt = d, newIdx[i]
		}
		if lw.known && d >= 0 && lw.lowerOne(in) {
			lw.recordDepth(&pendDepth, pendAt)
			continue
		}
		// Any other instruction runs on the real evaluation stack.
		if lw.known {
			lw.flush()
			if setsSP(in.Op) {
				// Calls and returns carry their stack pointer
				// themselves.
				in.A = lw.phys(len(lw.st)) + 1
			} else if lw.spAt != len(lw.st) {
				lw.emit(Instr{Op: OpSetSP, A: lw.phys(len(lw.st))})
			}
		} else if lw.spAt == -1 {
			return fmt.Errorf("instr %d: unknown stack depth", i)
		}
		lw.emit(in)
		lw.recordDepth(&pendDepth, pendAt)
		// The depth after it is the next instruction's, if recorded.
		lw.known, lw.st, lw.spAt = false, nil, spValid
		if i+1 < n && c.Depth[i+1] >= 0 && !endsBlock(in.Op) {
			lw.st = make([]sym, c.Depth[i+1])
			lw.known, lw.spAt = true, int(c.Depth[i+1])
		}
	}
	newIdx[n] = len(lw.out)
	// OSRMap is keyed by tier-0 indices; fromT0 maps them to this pass's
	// input when an earlier pass (inline) moved instructions.
	fromT0 := c.fromT0
	if fromT0 == nil {
		fromT0 = make([]int, n+1)
		for i := range fromT0 {
			fromT0[i] = i
		}
	}
	for t0, i := range fromT0[:len(fromT0)-1] {
		if in := c.Instrs[i]; in.Op == OpPatchpoint && in.A == 0 {
			if c.OSRMap == nil {
				c.OSRMap = map[int]int{}
			}
			c.OSRMap[t0] = newIdx[i]
		}
	}
	c.fromT0 = nil
	remap(c, lw.out, newIdx)
	c.Instrs, c.ILOffsets, c.Depth = lw.out, lw.il, lw.depth
	c.Reg = true
	return nil
}

// recordDepth records a leader's pending depth on the instruction at at,
// once one has been emitted there.
func (lw *lowering) recordDepth(pend *int32, at int) {
	if *pend >= 0 && len(lw.out) > at {
		lw.depth[at], *pend = *pend, -1
	}
}

// lowerOne lowers an instruction whose stack depth matches the symbolic
// stack; it reports false if the instruction must run on the real stack.
func (lw *lowering) lowerOne(in Instr) bool {
	lw.settle(in)
	top := len(lw.st)
	switch in.Op {
	case OpNop, OpPatchpoint:
		return true
	case OpLdSlot:
		lw.st = append(lw.st, sym{kind: symSlot, slot: in.A})
		return true
	case OpLdc:
		lw.st = append(lw.st, sym{kind: symConst, k: in.K})
		return true
	case OpLdNull:
		lw.st = append(lw.st, sym{kind: symConst})
		return true
	case OpDup:
		e := lw.st[top-1]
		if e.kind == symPhys {
			lw.emit(Instr{Op: OpMov, A: lw.phys(top), B: lw.phys(top - 1)})
		}
		lw.st = append(lw.st, e)
		return true
	case OpPop:
		lw.st = lw.st[:top-1]
		return true
	case OpStSlotNorm:
		// A small local keeps its value truncated to its storage.
		st := runtime.Storage(in.B)
		if !truncates(st, sk(in.K)) {
			return false
		}
		lw.clobber(in.A)
		x := lw.operand()
		lw.emit(Instr{Op: OpTruncR, A: in.A, B: x, K: uint64(st)})
		return true
	case OpLdObj, OpStObj:
		ty := in.Ref.(*runtime.Type)
		if ty.IsStruct() || ty.Storage == runtime.StStruct {
			return false
		}
		// An object or a primitive: ldind and stind of its storage.
		if in.Op == OpLdObj {
			in = Instr{Op: OpLdInd, B: int32(ty.Storage)}
		} else {
			in = Instr{Op: OpStInd, B: int32(ty.Storage), K: in.K}
		}
		return lw.lowerOne(in)
	case OpLdFlda:
		if sk(in.B) != skO {
			return false // a pointer, which may be raw memory
		}
		o := lw.operand()
		lw.emit(Instr{Op: OpLdFldaR, A: lw.pushResult(), B: o, K: uint64(uint32(in.A))})
		return true
	case OpNegI4:
		x := lw.operand()
		lw.emit(Instr{Op: OpNegI4R, A: lw.pushResult(), B: x})
		return true
	case OpStElemRef:
		v := lw.operand()
		idx := lw.operand()
		arr := lw.operand()
		lw.emit(Instr{Op: OpStElemRefR, A: arr, B: idx, K: uint64(uint32(v))})
		return true
	case OpCallICall:
		switch op := intrinsic(in.Ref.(*callSite).m); op {
		case OpSqrtR, OpStrLenR:
			x := lw.operand()
			lw.emit(Instr{Op: op, A: lw.pushResult(), B: x})
		case OpStrCharR:
			idx := lw.operand()
			s := lw.operand()
			lw.emit(Instr{Op: op, A: lw.pushResult(), B: s, K: uint64(uint32(idx))})
		default:
			return false
		}
		return true
	case OpLdStr:
		lw.emit(Instr{Op: OpLdStrR, A: lw.pushResult(), Ref: in.Ref})
		return true
	case OpIsInst, OpCastClass:
		op := OpIsInstR
		if in.Op == OpCastClass {
			op = OpCastClassR
		}
		x := lw.operand()
		lw.emit(Instr{Op: op, A: lw.pushResult(), B: x, Ref: in.Ref})
		return true
	case OpLdSlotAddr:
		lw.emit(Instr{Op: OpLdSlotAddrR, A: lw.pushResult(), B: in.A})
		return true
	case OpStSlot:
		lw.clobber(in.A)
		if lw.st[top-1].kind == symElem {
			lw.materialize(top - 1) // a byref kept in a local
		}
		e := lw.st[top-1]
		lw.st = lw.st[:top-1]
		switch e.kind {
		case symSlot:
			if e.slot != in.A {
				lw.emit(Instr{Op: OpMov, A: in.A, B: e.slot})
			}
		case symConst:
			lw.emit(Instr{Op: OpMovK, A: in.A, K: e.k})
		default:
			src := lw.phys(top - 1)
			// Retarget the instruction that just computed the value.
			if k := len(lw.out) - 1; k >= lw.blockStart && writesOnly(lw.out[k]) == src {
				lw.out[k].A = in.A
			} else {
				lw.emit(Instr{Op: OpMov, A: in.A, B: src})
			}
		}
		return true
	case OpIncI4:
		lw.clobber(in.A)
		lw.emit(in)
		return true
	case OpLdSlotFldO:
		dst := lw.pushResult()
		lw.emit(Instr{Op: OpLdFldR, A: dst, B: in.A, K: uint64(in.B)})
		return true
	case OpLdFldO:
		obj := lw.operand()
		lw.emit(Instr{Op: OpLdFldR, A: lw.pushResult(), B: obj, K: uint64(in.A)})
		return true
	case OpStFldO:
		v := lw.operand()
		obj := lw.operand()
		lw.emit(Instr{Op: OpStFldR, A: obj, B: v, K: uint64(in.A)})
		return true
	case OpAllocObj:
		lw.emit(Instr{Op: OpAllocObjR, A: lw.pushResult(), Ref: in.Ref})
		return true
	case OpGuardType:
		lw.flush()
		lw.emit(Instr{Op: OpGuardTypeR, A: in.A, B: lw.phys(top - 1 - int(in.B)), Ref: in.Ref})
		return true
	case OpLdLen:
		arr := lw.operand()
		lw.emit(Instr{Op: OpLdLenR, A: lw.pushResult(), B: arr})
		return true
	case OpLdElem:
		idx := lw.operand()
		arr := lw.operand()
		lw.emit(Instr{Op: OpLdElemR, A: lw.pushResult(), B: arr, K: uint64(uint32(idx)) | uint64(uint32(in.B))<<32})
		return true
	case OpStElem:
		st := runtime.Storage(in.B)
		if in.A != 0 && !truncates(st, sk(in.K)) {
			return false // needs a normalisation other than truncation
		}
		v := lw.operand()
		idx := lw.operand()
		arr := lw.operand()
		trunc := uint64(0)
		if in.A != 0 {
			trunc = uint64(st) << 32
		}
		lw.emit(Instr{Op: OpStElemR, A: arr, B: idx, K: uint64(uint32(v)) | trunc})
		return true
	case OpLdElema:
		st := runtime.Storage(in.K)
		if in.Ref != nil || st == runtime.StRef {
			return false
		}
		if a, i := lw.st[top-2], lw.st[top-1]; st == runtime.StStruct && a.kind == symSlot && i.kind == symSlot {
			lw.st = append(lw.st[:top-2], sym{kind: symElem, slot: a.slot, idx: i.slot, il: lw.srcIL, elem: st + 1})
			return true
		}
		idx := lw.operand()
		arr := lw.operand()
		dst := lw.pushResult()
		lw.st[len(lw.st)-1].elem = st + 1
		lw.emit(Instr{Op: OpLdElemaR, A: dst, B: arr, K: uint64(uint32(idx))})
		return true
	case OpLdInd:
		st := runtime.Storage(in.B)
		if e := lw.st[top-1]; e.kind != symPhys || e.elem <= runtime.StStruct+1 || runtime.StorageSize(e.elem-1) != runtime.StorageSize(st) {
			// Any other pointer: a local, a field, raw memory.
			p := lw.operand()
			lw.emit(Instr{Op: OpLdIndR, A: lw.pushResult(), B: p, K: uint64(st)})
			return true
		}
		p := lw.operand()
		lw.emit(Instr{Op: OpLdRefR, A: lw.pushResult(), B: p, K: uint64(st) << 32})
		return true
	case OpStInd:
		st := runtime.Storage(in.B)
		if e := lw.st[top-2]; e.kind != symPhys || e.elem <= runtime.StStruct+1 || runtime.StorageSize(e.elem-1) != runtime.StorageSize(st) {
			// Any other pointer, which may point to a local: deferred
			// reads of locals are done first.
			v := lw.operand()
			p := lw.operand()
			lw.flush()
			lw.emit(Instr{Op: OpStIndR, A: p, B: v, K: uint64(st) | uint64(uint8(in.K))<<8})
			return true
		}
		trunc := uint64(0)
		if needsNorm(st, sk(in.K)) {
			if !truncates(st, sk(in.K)) {
				return false
			}
			trunc = uint64(st) << 32
		}
		v := lw.operand()
		p := lw.operand()
		lw.emit(Instr{Op: OpStRefR, A: p, B: v, K: trunc})
		return true
	case OpNullCheck:
		e := lw.st[top-1-int(in.A)]
		switch e.kind {
		case symSlot:
			lw.emit(Instr{Op: OpNullCheckR, B: e.slot})
		case symPhys:
			lw.emit(Instr{Op: OpNullCheckR, B: lw.phys(top - 1 - int(in.A))})
		default:
			return false
		}
		return true
	case OpLdFldP:
		if e := lw.st[top-1]; e.kind == symElem {
			// The field replaces the address on the stack.
			lw.elemAccess(top-1, Instr{Op: OpLdElemFldR, A: lw.phys(top - 1), B: e.slot, K: uint64(uint32(e.idx)) | uint64(uint32(in.A))<<32})
			lw.st[top-1] = sym{}
			return true
		}
		p := lw.operand()
		lw.emit(Instr{Op: OpLdFldPR, A: lw.pushResult(), B: p, K: uint64(in.A), Ref: in.Ref})
		return true
	case OpStFldP:
		if e := lw.st[top-2]; e.kind == symElem {
			v := lw.operand()
			lw.elemAccess(top-2, Instr{Op: OpStElemFldR, A: e.slot, B: v, K: uint64(uint32(e.idx)) | uint64(uint32(in.A))<<32})
			lw.st = lw.st[:top-2]
			return true
		}
		v := lw.operand()
		p := lw.operand()
		lw.emit(Instr{Op: OpStFldPR, A: p, B: v, K: uint64(in.A), Ref: in.Ref})
		return true
	case OpLdElemFldP:
		idx := lw.operand()
		arr := lw.operand()
		lw.emit(Instr{Op: OpLdElemFldR, A: lw.pushResult(), B: arr, K: uint64(uint32(idx)) | uint64(uint32(in.A))<<32})
		return true
	case OpConv:
		if in.K&convNorm != 0 && truncates(runtime.Storage(in.B), sk(in.A)) {
			x := lw.operand()
			lw.emit(Instr{Op: OpTruncR, A: lw.pushResult(), B: x, K: uint64(in.B)})
			return true
		}
		if in.K&(convWiden|convNorm) != 0 {
			return false
		}
		x := lw.operand()
		lw.emit(Instr{Op: OpConvR, A: lw.pushResult(), B: x, K: in.K | uint64(uint8(in.A))<<32 | uint64(uint8(in.B))<<40})
		return true
	case OpCeq, OpCgt, OpCgtUn, OpClt, OpCltUn:
		y := lw.operand()
		x := lw.operand()
		lw.emit(Instr{Op: OpCmpR, A: lw.pushResult(), B: x, K: uint64(uint32(y)) | uint64(in.Op)<<32 | uint64(uint32(in.B))<<48})
		return true
	case OpBrTrue, OpBrFalse:
		x := lw.operand()
		lw.flush()
		op := OpBrTrueR
		if in.Op == OpBrFalse {
			op = OpBrFalseR
		}
		lw.emit(Instr{Op: op, A: in.A, B: x})
		return true
	case OpBrCmp:
		y := lw.operand()
		x := lw.operand()
		lw.flush()
		switch kind, cond := in.B&0xff, in.B>>8; {
		case kind == cmpI8 || kind == cmpRef && (cond == condEq || cond == condNe):
			// References are equal as pointers of the same container are.
			lw.emit(Instr{Op: OpBrI8R, A: in.A, B: x, K: uint64(uint32(y)) | uint64(in.B>>8)<<32})
		case kind == cmpR8:
			lw.emit(Instr{Op: OpBrR8R, A: in.A, B: x, K: uint64(uint32(y)) | uint64(in.B>>8)<<32})
		default:
			lw.emit(Instr{Op: OpBrCmpR, A: in.A, B: x, K: uint64(uint32(y)) | uint64(in.B&0xff)<<40 | uint64(in.B>>8)<<32})
		}
		return true
	case OpBrSlotI4K:
		lw.flush()
		lw.emit(Instr{Op: OpBrI4RK, A: in.A, B: in.B >> 8, K: uint64(uint32(in.K)) | uint64(uint32(in.B&0xff))<<32})
		return true
	case OpBr:
		lw.flush()
		lw.emit(in)
		return true
	}
	if rop, ok := regBinary[in.Op]; ok {
		y := lw.operand()
		x := lw.operand()
		lw.emit(Instr{Op: rop, A: lw.pushResult(), B: x, K: uint64(uint32(y))})
		return true
	}
	if rop, ok := regImm[in.Op]; ok {
		x := lw.operand()
		lw.emit(Instr{Op: rop, A: lw.pushResult(), B: x, K: in.K})
		return true
	}
	if in.Op == OpSubI4K {
		x := lw.operand()
		lw.emit(Instr{Op: OpAddI4RK, A: lw.pushResult(), B: x, K: uint64(uint32(-int32(in.K)))})
		return true
	}
	if cond, ok := i4Branch[in.Op]; ok {
		y := lw.operand()
		x := lw.operand()
		lw.flush()
		lw.emit(Instr{Op: OpBrI4R, A: in.A, B: x, K: uint64(uint32(y)) | uint64(uint32(cond))<<32})
		return true
	}
	if cond, ok := i4BranchK[in.Op]; ok {
		x := lw.operand()
		lw.flush()
		lw.emit(Instr{Op: OpBrI4RK, A: in.A, B: x, K: uint64(uint32(in.K)) | uint64(uint32(cond))<<32})
		return true
	}
	return false
}

// truncates reports whether storing a value of kind from into storage st
// normalises it by integer truncation alone.
func truncates(st runtime.Storage, from sk) bool {
	return st >= runtime.StBool && st <= runtime.StU4 && (from == skI4 || from == skI8 || from == skI)
}

// writesOnly returns the destination slot of a register instruction that
// writes exactly one slot, or -1.
func writesOnly(in Instr) int32 {
	switch in.Op {
	case OpMov, OpMovK, OpLdLenR, OpLdFldR, OpAddI4RK, OpMulI4RK, OpAndI4RK, OpShlI4RK, OpShrI4RK, OpShrUnI4RK, OpAddI8RK,
		OpLdRefR, OpConvR, OpLdFldPR, OpTruncR, OpLdStrR, OpLdSlotAddrR, OpNegI4R, OpSqrtR, OpLdIndR, OpLdFldaR:
		return in.A
	case OpStElemR, OpStElemRefR:
		return -1
	}
	if isRegBinary(in.Op) {
		return in.A
	}
	return -1
}

// nanNegBits is Math.Sqrt of a negative number: the x86 default NaN, as
// corlib's Math.Sqrt returns it.
const nanNegBits = 0xFFF8000000000000

// intrinsic returns the register instruction that computes a call of the
// internal call m in place, or 0 if there is none.
func intrinsic(m *runtime.Method) Op {
	switch m.Name {
	case "Sqrt":
		if m.ICallKey() == "System.Math::Sqrt(System.Double)" {
			return OpSqrtR
		}
	case "get_Length":
		if m.ICallKey() == "System.String::get_Length()" {
			return OpStrLenR
		}
	case "get_Chars":
		if m.ICallKey() == "System.String::get_Chars(System.Int32)" {
			return OpStrCharR
		}
	}
	return 0
}
