package engine

import (
	"fmt"
	"math"
	"os"
	"strings"
	"sync/atomic"

	"github.com/strata-runtime/strata/internal/il"
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Tier 0: translate a method's IL into typed instructions. The translator
// runs the IL stack analysis once, so the interpreter never inspects a
// value's type to pick an operation: every arithmetic, compare, load and
// store is specialised by the kinds the analysis found, tokens are resolved
// to runtime objects, and branch targets are instruction indices.

type stackEntry struct {
	k sk
	t *runtime.Type // type for skV / skO / skP (pointee) where known
}

type translator struct {
	vm      *VM
	m       *runtime.Method
	mod     *runtime.Module
	ctx     *runtime.GenericContext
	body    *metadata.MethodBody
	ins     []il.Instruction
	code    *Code
	stack   []stackEntry
	states  map[uint32][]stackEntry // IL offset -> stack at entry
	index   map[uint32]int          // IL offset -> first instr index
	fixups  []fixup
	locBase int
	targets map[uint32]bool // IL offsets control can reach other than by falling through
	barrier int             // first instruction index fusion may touch
	curOff  uint32          // IL offset of the instruction being translated
	// The instructions of one IL instruction form a group; the stack depth
	// before the group is recorded on its first instruction (Code.Depth).
	groupStart, groupDepth int
	locals                 []*runtime.Type
	args                   []*runtime.Type
	prefix                 struct {
		constrained *runtime.Type
		tail        bool
		readonly    bool
		volatile    bool
	}
}

type fixup struct {
	instr    int
	target   uint32
	switchIx int // -1 for A; else index into Ref.([]int32)
}

// callSite is the resolved operand of a call instruction.
type callSite struct {
	m     *runtime.Method
	nargs int // argument slots including this
	fn    ICall
	t     *runtime.Type // constrained type
	mode  int
	// cache is the call site's monomorphic inline cache for virtual and
	// interface calls: the receiver type last seen and its implementation.
	cache atomic.Pointer[vcache]
	// probe counts receiver classes in instrumented code (pgo.go).
	probe *classProbe
}

type translateError struct{ msg string }

func (e *translateError) Error() string { return e.msg }

// translate builds the tier-0 code of m.
func (vm *VM) translate(m *runtime.Method) (*Code, error) {
	if m.Module == nil {
		return nil, fmt.Errorf("method %s has no body", m)
	}
	md := m.Module.MD
	mr, err := md.MethodDef(m.Row)
	if err != nil {
		return nil, err
	}
	if mr.RVA == 0 {
		return nil, &runtime.LoadError{Kind: "MissingMethod", Msg: fmt.Sprintf("Method %s has no body.", m)}
	}
	body, err := m.Module.Image.MethodBody(mr.RVA)
	if err != nil {
		return nil, fmt.Errorf("method %s: %w", m, err)
	}
	ins, err := il.Decode(body.Code)
	if err != nil {
		return nil, fmt.Errorf("method %s: %w", m, err)
	}
	tr := &translator{vm: vm, m: m, mod: m.Module, ctx: m.Context(), body: body, ins: ins,
		states: map[uint32][]stackEntry{}, index: map[uint32]int{}}
	return tr.run()
}

func (tr *translator) run() (*Code, error) {
	m := tr.m
	c := &Code{Method: m, InitLocals: tr.body.InitLocals}
	tr.code = c
	if m.HasThis {
		this := m.Declaring
		if this.IsValueType() {
			this = tr.vm.L.ByRefTo(this)
		}
		tr.args = append(tr.args, this)
	}
	tr.args = append(tr.args, m.Params...)
	if m.VarArg {
		tr.args = append(tr.args, tr.vm.L.IntPtr) // the hidden argument list
	}
	c.NumArgs = len(tr.args)
	if !tr.body.LocalVarSig.IsNil() {
		sa, err := tr.mod.MD.StandAloneSig(tr.body.LocalVarSig.Row())
		if err != nil {
			return nil, err
		}
		blob, err := tr.mod.MD.Blob(sa.Signature)
		if err != nil {
			return nil, err
		}
		sigs, err := metadata.ParseLocalsSig(blob)
		if err != nil {
			return nil, err
		}
		for _, s := range sigs {
			t, err := tr.mod.TypeFromSig(s, tr.ctx)
			if err != nil {
				return nil, err
			}
			if err := t.EnsureLoaded(); err != nil {
				return nil, err
			}
			if t.IsStruct() {
				c.HasStructLocals = true
			}
			tr.locals = append(tr.locals, t)
		}
	}
	c.NumLocals = len(tr.locals)
	c.LocalTypes = tr.locals
	tr.locBase = c.NumArgs
	c.MaxStack = int(tr.body.MaxStack) + 2

	// Handler entry states.
	for _, cl := range tr.body.Clauses {
		switch cl.Flags {
		case 0:
			tr.states[cl.HandlerOffset] = []stackEntry{{k: skO}}
		case 1:
			tr.states[cl.HandlerOffset] = []stackEntry{{k: skO}}
			tr.states[cl.FilterOffset] = []stackEntry{{k: skO}}
		default:
			tr.states[cl.HandlerOffset] = []stackEntry{}
		}
	}
	tr.targets = map[uint32]bool{}
	// Loop headers (targets of backward branches) get an OSR patchpoint.
	loopHeads := map[uint32]bool{}
	cfg := tr.vm.Versions.Config()
	osr := cfg.OSR && !cfg.Tier0Only
	for _, in := range tr.ins {
		if info, ok := il.Lookup(in.Op); ok && (info.Operand == il.InlineBrTarget || info.Operand == il.ShortInlineBrTarget) {
			tr.targets[in.Target] = true
			if osr && in.Target <= in.Offset {
				loopHeads[in.Target] = true
			}
		}
		for _, t := range in.Targets {
			tr.targets[t] = true
		}
	}
	for _, cl := range tr.body.Clauses {
		for _, off := range []uint32{cl.TryOffset, cl.TryOffset + cl.TryLength, cl.HandlerOffset, cl.HandlerOffset + cl.HandlerLength, cl.FilterOffset} {
			tr.targets[off] = true
		}
	}
	reachable := true
	for i := range tr.ins {
		in := &tr.ins[i]
		if tr.targets[in.Offset] {
			tr.barrier = len(c.Instrs)
		}
		tr.curOff = in.Offset
		if st, ok := tr.states[in.Offset]; ok && (!reachable || len(tr.stack) == 0) {
			tr.stack = append(tr.stack[:0], st...)
		} else if !reachable {
			tr.stack = tr.stack[:0]
		}
		if _, isTarget := tr.states[in.Offset]; !isTarget {
			tr.states[in.Offset] = append([]stackEntry(nil), tr.stack...)
		}
		tr.index[in.Offset] = len(c.Instrs)
		if loopHeads[in.Offset] {
			tr.groupStart, tr.groupDepth = len(c.Instrs), len(tr.stack)
			tr.emit(Instr{Op: OpPatchpoint, A: int32(len(tr.stack))})
			tr.barrier = len(c.Instrs)
		}
		tr.groupStart, tr.groupDepth = len(c.Instrs), len(tr.stack)
		var err error
		reachable, err = tr.one(in)
		if err != nil {
			// Surface translation failures as a run-time exception at that point.
			tr.emit(Instr{Op: OpThrowError, Ref: err})
			reachable = false
		}
	}
	endIdx := len(c.Instrs)
	tr.groupStart, tr.groupDepth = endIdx, 0
	tr.index[uint32(len(tr.body.Code))] = endIdx
	tr.emit(Instr{Op: OpThrowError, Ref: &translateError{"fell off the end of the method"}})
	for _, f := range tr.fixups {
		idx, ok := tr.index[f.target]
		if !ok {
			return nil, fmt.Errorf("method %s: branch to IL_%04x is not an instruction", m, f.target)
		}
		if f.switchIx >= 0 {
			c.Instrs[f.instr].Ref.([]int32)[f.switchIx] = int32(idx)
		} else {
			c.Instrs[f.instr].A = int32(idx)
		}
	}
	for _, cl := range tr.body.Clauses {
		x := Clause{Kind: cl.Flags,
			TryStart: tr.at(cl.TryOffset), TryEnd: tr.at(cl.TryOffset + cl.TryLength),
			HandlerStart: tr.at(cl.HandlerOffset), HandlerEnd: tr.at(cl.HandlerOffset + cl.HandlerLength)}
		if cl.Flags == 1 {
			x.FilterStart = tr.at(cl.FilterOffset)
		}
		if cl.Flags == 0 {
			t, err := tr.mod.ResolveType(cl.ClassToken, tr.ctx)
			if err != nil {
				return nil, err
			}
			x.CatchType = t
		}
		c.Clauses = append(c.Clauses, x)
	}
	if d := os.Getenv("STRATA_DUMP_TIER0"); d != "" && strings.Contains(m.String(), d) {
		defer dumpCode(c)
	}
	// Leave instructions: the finally clauses they exit, innermost first.
	for i := range c.Instrs {
		in := &c.Instrs[i]
		if in.Op != OpLeave {
			continue
		}
		var list []int
		for ci, cl := range c.Clauses {
			if cl.Kind != 2 {
				continue
			}
			inTry := i >= cl.TryStart && i < cl.TryEnd
			targetIn := int(in.A) >= cl.TryStart && int(in.A) < cl.TryEnd
			if inTry && !targetIn {
				list = append(list, ci)
			}
		}
		in.Ref = list
	}
	return c, nil
}

func (tr *translator) at(off uint32) int {
	if i, ok := tr.index[off]; ok {
		return i
	}
	return len(tr.code.Instrs)
}

func (tr *translator) emit(in Instr) int {
	if tr.fuse(in) {
		return len(tr.code.Instrs) - 1
	}
	d := int32(-1)
	if len(tr.code.Instrs) == tr.groupStart {
		d = int32(tr.groupDepth)
	}
	tr.code.Instrs = append(tr.code.Instrs, in)
	tr.code.ILOffsets = append(tr.code.ILOffsets, tr.curOff)
	tr.code.Depth = append(tr.code.Depth, d)
	return len(tr.code.Instrs) - 1
}

func (tr *translator) push(k sk, t *runtime.Type) { tr.stack = append(tr.stack, stackEntry{k, t}) }

func (tr *translator) pushType(t *runtime.Type) {
	if t == nil {
		return
	}
	k := stackKindOf(t)
	if k == skP {
		tr.push(k, t.Elem)
		return
	}
	tr.push(k, t)
}

func (tr *translator) pop() stackEntry {
	if len(tr.stack) == 0 {
		return stackEntry{k: skO}
	}
	e := tr.stack[len(tr.stack)-1]
	tr.stack = tr.stack[:len(tr.stack)-1]
	return e
}

func (tr *translator) peek(n int) stackEntry {
	if len(tr.stack) <= n {
		return stackEntry{k: skO}
	}
	return tr.stack[len(tr.stack)-1-n]
}

func (tr *translator) branch(op Op, b int32, target uint32) {
	i := tr.emit(Instr{Op: op, B: b})
	tr.fixups = append(tr.fixups, fixup{instr: i, target: target, switchIx: -1})
	if _, ok := tr.states[target]; !ok {
		tr.states[target] = append([]stackEntry(nil), tr.stack...)
	}
}

func (tr *translator) resolveType(tok metadata.Token) (*runtime.Type, error) {
	t, err := tr.mod.ResolveType(tok, tr.ctx)
	if err != nil {
		return nil, err
	}
	if err := t.EnsureLoaded(); err != nil {
		return nil, err
	}
	return t, nil
}

func (tr *translator) ldSlot(idx int, t *runtime.Type) {
	if t.IsStruct() {
		tr.emit(Instr{Op: OpLdSlotStruct, A: int32(idx)})
	} else {
		tr.emit(Instr{Op: OpLdSlot, A: int32(idx)})
	}
	tr.pushType(t)
}

func (tr *translator) stSlot(idx int, t *runtime.Type) {
	e := tr.pop()
	if (e.k == skP || e.k == skO) && (t.Storage == runtime.StI || t.Storage == runtime.StU) && t.Kind != runtime.KindByRef {
		// A managed pointer stored into an unmanaged pointer local becomes byte-addressed.
		tr.emit(Instr{Op: OpConvPtr})
	}
	switch {
	case t.IsStruct():
		tr.emit(Instr{Op: OpStSlotStruct, A: int32(idx)})
	case needsNorm(t.Storage, e.k):
		tr.emit(Instr{Op: OpStSlotNorm, A: int32(idx), B: int32(t.Storage), K: uint64(e.k)})
	default:
		tr.emit(Instr{Op: OpStSlot, A: int32(idx)})
	}
}

func (tr *translator) argSlot(i int) (int, *runtime.Type, error) {
	if i < 0 || i >= len(tr.args) {
		return 0, nil, fmt.Errorf("argument %d out of range", i)
	}
	return i, tr.args[i], nil
}

func (tr *translator) locSlot(i int) (int, *runtime.Type, error) {
	if i < 0 || i >= len(tr.locals) {
		return 0, nil, fmt.Errorf("local %d out of range", i)
	}
	return tr.locBase + i, tr.locals[i], nil
}

// binop picks the typed arithmetic op for the two operands on the stack.
func (tr *translator) binop(i4, i8, r4, r8 Op) error {
	b := tr.pop()
	a := tr.pop()
	switch {
	case a.k == skI4 && b.k == skI4:
		tr.emit(Instr{Op: i4})
		tr.push(skI4, nil)
	case (a.k == skR8 || a.k == skR4) && (b.k == skR8 || b.k == skR4):
		if r8 == 0 {
			return fmt.Errorf("invalid float operands")
		}
		if a.k == skR4 && b.k == skR4 {
			tr.emit(Instr{Op: r4})
			tr.push(skR4, nil)
		} else {
			if a.k == skR4 || b.k == skR4 {
				// widen mixed operands
				tr.emit(Instr{Op: OpConv, A: int32(a.k), B: int32(b.k), K: convWiden})
			}
			tr.emit(Instr{Op: r8})
			tr.push(skR8, nil)
		}
	default:
		if i8 == 0 {
			return fmt.Errorf("invalid operands")
		}
		// Arithmetic on a managed pointer works in bytes: make it byte-addressed.
		if a.k == skP {
			tr.emit(Instr{Op: OpConvPtr, A: 1})
		}
		if b.k == skP {
			tr.emit(Instr{Op: OpConvPtr, A: 0})
		}
		tr.emit(Instr{Op: i8})
		k := skI8
		if a.k == skP || b.k == skP {
			k = skP
		} else if a.k == skI || b.k == skI {
			k = skI
		}
		tr.push(k, a.t)
	}
	return nil
}

func (tr *translator) shift(i4, i8 Op) {
	tr.pop()
	a := tr.pop()
	if a.k == skI4 {
		tr.emit(Instr{Op: i4})
	} else {
		tr.emit(Instr{Op: i8})
	}
	tr.push(a.k, nil)
}

// cmpKind classifies a pair of operands for comparison.
const (
	cmpI4 = iota
	cmpI8
	cmpR8
	cmpRef
)

func (tr *translator) cmpKindOf() int32 {
	b := tr.pop()
	a := tr.pop()
	// A managed pointer compared with an unmanaged one: compare addresses.
	if a.k == skP && b.k == skI {
		tr.emit(Instr{Op: OpConvPtr, A: 1})
		a.k = skI
	} else if b.k == skP && a.k == skI {
		tr.emit(Instr{Op: OpConvPtr, A: 0})
		b.k = skI
	}
	switch {
	case a.k == skI4 && b.k == skI4:
		return cmpI4
	case a.k == skR4 || a.k == skR8 || b.k == skR4 || b.k == skR8:
		if a.k == skR4 || b.k == skR4 {
			// R4 operands are widened before comparison.
			tr.emit(Instr{Op: OpConv, A: int32(a.k), B: int32(b.k), K: convWiden})
		}
		return cmpR8
	case a.k == skO || b.k == skO || a.k == skP || b.k == skP:
		return cmpRef
	}
	return cmpI8
}

// Branch conditions for OpBrCmp.
const (
	condEq = iota
	condNe
	condLt
	condLe
	condGt
	condGe
	condLtUn
	condLeUn
	condGtUn
	condGeUn
)

func (tr *translator) condBranch(cond int, target uint32) {
	k := tr.cmpKindOf()
	if k == cmpI4 {
		ops := [...]Op{OpBeqI4, OpBneI4, OpBltI4, OpBleI4, OpBgtI4, OpBgeI4, OpBltUnI4, OpBleUnI4, OpBgtUnI4, OpBgeUnI4}
		tr.branch(ops[cond], 0, target)
		return
	}
	tr.branch(OpBrCmp, int32(cond<<8)|k, target)
}

func (tr *translator) one(in *il.Instruction) (reachable bool, err error) {
	c := tr.code
	_ = c
	switch in.Op {
	case il.Nop:
	case il.Break:
	case il.Ldarg_0, il.Ldarg_1, il.Ldarg_2, il.Ldarg_3:
		idx, t, err := tr.argSlot(int(in.Op - il.Ldarg_0))
		if err != nil {
			return false, err
		}
		tr.ldSlot(idx, t)
	case il.Ldarg_S, il.Ldarg:
		idx, t, err := tr.argSlot(int(in.Int))
		if err != nil {
			return false, err
		}
		tr.ldSlot(idx, t)
	case il.Ldloc_0, il.Ldloc_1, il.Ldloc_2, il.Ldloc_3:
		idx, t, err := tr.locSlot(int(in.Op - il.Ldloc_0))
		if err != nil {
			return false, err
		}
		tr.ldSlot(idx, t)
	case il.Ldloc_S, il.Ldloc:
		idx, t, err := tr.locSlot(int(in.Int))
		if err != nil {
			return false, err
		}
		tr.ldSlot(idx, t)
	case il.Stloc_0, il.Stloc_1, il.Stloc_2, il.Stloc_3:
		idx, t, err := tr.locSlot(int(in.Op - il.Stloc_0))
		if err != nil {
			return false, err
		}
		tr.stSlot(idx, t)
	case il.Stloc_S, il.Stloc:
		idx, t, err := tr.locSlot(int(in.Int))
		if err != nil {
			return false, err
		}
		tr.stSlot(idx, t)
	case il.Starg_S, il.Starg:
		idx, t, err := tr.argSlot(int(in.Int))
		if err != nil {
			return false, err
		}
		tr.stSlot(idx, t)
	case il.Ldarga_S, il.Ldarga:
		idx, t, err := tr.argSlot(int(in.Int))
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdSlotAddr, A: int32(idx)})
		tr.push(skP, t)
	case il.Ldloca_S, il.Ldloca:
		idx, t, err := tr.locSlot(int(in.Int))
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdSlotAddr, A: int32(idx)})
		tr.push(skP, t)
	case il.Ldnull:
		tr.emit(Instr{Op: OpLdNull})
		tr.push(skO, nil)
	case il.Ldc_I4_M1, il.Ldc_I4_0, il.Ldc_I4_1, il.Ldc_I4_2, il.Ldc_I4_3, il.Ldc_I4_4, il.Ldc_I4_5, il.Ldc_I4_6, il.Ldc_I4_7, il.Ldc_I4_8:
		v := int32(in.Op) - int32(il.Ldc_I4_0)
		tr.emit(Instr{Op: OpLdc, K: uint64(int64(v))})
		tr.push(skI4, nil)
	case il.Ldc_I4_S, il.Ldc_I4:
		tr.emit(Instr{Op: OpLdc, K: uint64(int64(int32(in.Int)))})
		tr.push(skI4, nil)
	case il.Ldc_I8:
		tr.emit(Instr{Op: OpLdc, K: uint64(in.Int)})
		tr.push(skI8, nil)
	case il.Ldc_R4:
		tr.emit(Instr{Op: OpLdc, K: uint64(math.Float32bits(float32(in.Float)))})
		tr.push(skR4, nil)
	case il.Ldc_R8:
		tr.emit(Instr{Op: OpLdc, K: math.Float64bits(in.Float)})
		tr.push(skR8, nil)
	case il.Ldstr:
		s, err := tr.vm.internString(tr.mod, in.Token)
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdStr, Ref: s})
		tr.push(skO, tr.vm.L.String)
	case il.Dup:
		e := tr.peek(0)
		if e.k == skV {
			tr.emit(Instr{Op: OpDupStruct})
		} else {
			tr.emit(Instr{Op: OpDup})
		}
		tr.push(e.k, e.t)
	case il.Pop:
		tr.pop()
		tr.emit(Instr{Op: OpPop})
	case il.Jmp:
		// jmp: leave this method and enter m with the current arguments.
		m, err := tr.mod.ResolveMethod(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpJmp, Ref: m})
		// Where the frame cannot be replaced, jmp runs as a call; return its result.
		if m.Ret != nil {
			tr.emit(Instr{Op: OpRet})
		} else {
			tr.emit(Instr{Op: OpRetVoid})
		}
		return false, nil
	case il.Call, il.Callvirt:
		return tr.call(in)
	case il.Calli:
		return tr.calli(in)
	case il.Ret:
		if tr.m.Ret != nil {
			e := tr.pop()
			if needsNorm(tr.m.Ret.Storage, e.k) {
				tr.emit(Instr{Op: OpConv, A: int32(e.k), B: int32(tr.m.Ret.Storage), K: convNorm})
			}
			tr.emit(Instr{Op: OpRet})
		} else {
			tr.emit(Instr{Op: OpRetVoid})
		}
		return false, nil
	case il.Br_S, il.Br:
		tr.branch(OpBr, 0, in.Target)
		return false, nil
	case il.Brfalse_S, il.Brfalse:
		tr.pop()
		tr.branch(OpBrFalse, 0, in.Target)
	case il.Brtrue_S, il.Brtrue:
		tr.pop()
		tr.branch(OpBrTrue, 0, in.Target)
	case il.Beq_S, il.Beq:
		tr.condBranch(condEq, in.Target)
	case il.Bge_S, il.Bge:
		tr.condBranch(condGe, in.Target)
	case il.Bgt_S, il.Bgt:
		tr.condBranch(condGt, in.Target)
	case il.Ble_S, il.Ble:
		tr.condBranch(condLe, in.Target)
	case il.Blt_S, il.Blt:
		tr.condBranch(condLt, in.Target)
	case il.Bne_Un_S, il.Bne_Un:
		tr.condBranch(condNe, in.Target)
	case il.Bge_Un_S, il.Bge_Un:
		tr.condBranch(condGeUn, in.Target)
	case il.Bgt_Un_S, il.Bgt_Un:
		tr.condBranch(condGtUn, in.Target)
	case il.Ble_Un_S, il.Ble_Un:
		tr.condBranch(condLeUn, in.Target)
	case il.Blt_Un_S, il.Blt_Un:
		tr.condBranch(condLtUn, in.Target)
	case il.Switch:
		tr.pop()
		targets := make([]int32, len(in.Targets))
		i := tr.emit(Instr{Op: OpSwitch, Ref: targets})
		for j, t := range in.Targets {
			tr.fixups = append(tr.fixups, fixup{instr: i, target: t, switchIx: j})
			if _, ok := tr.states[t]; !ok {
				tr.states[t] = append([]stackEntry(nil), tr.stack...)
			}
		}
	case il.Ldind_I1, il.Ldind_U1, il.Ldind_I2, il.Ldind_U2, il.Ldind_I4, il.Ldind_U4, il.Ldind_I8, il.Ldind_I, il.Ldind_R4, il.Ldind_R8, il.Ldind_Ref:
		p := tr.pop()
		st := ldindStorage(in.Op)
		op := OpLdInd
		if tr.prefix.volatile && (p.k == skP) && st >= runtime.StI4 || tr.prefix.volatile && st == runtime.StRef {
			op = OpLdIndVol
		}
		tr.prefix.volatile = false
		tr.emit(Instr{Op: op, B: int32(st)})
		switch in.Op {
		case il.Ldind_I8:
			tr.push(skI8, nil)
		case il.Ldind_I:
			tr.push(skI, nil)
		case il.Ldind_R4:
			tr.push(skR4, nil)
		case il.Ldind_R8:
			tr.push(skR8, nil)
		case il.Ldind_Ref:
			tr.push(skO, p.t)
		default:
			tr.push(skI4, nil)
		}
	case il.Stind_Ref, il.Stind_I1, il.Stind_I2, il.Stind_I4, il.Stind_I8, il.Stind_R4, il.Stind_R8, il.Stind_I:
		v := tr.pop()
		p := tr.pop()
		op := OpStInd
		st := stindStorage(in.Op)
		if tr.prefix.volatile && p.k == skP {
			op = OpStIndVol
		} else if p.k == skP && p.t != nil && p.t.Kind == runtime.KindPrimitive && st != runtime.StRef && runtime.StorageSize(p.t.Storage) > runtime.StorageSize(st) {
			// A narrower store into a wider primitive location (through a
			// recast pointer) changes only the low bytes.
			op = OpStIndPartial
		}
		tr.prefix.volatile = false
		tr.emit(Instr{Op: op, B: int32(st), K: uint64(v.k)})
	case il.Add:
		return true, tr.binop(OpAddI4, OpAddI8, OpAddR4, OpAddR8)
	case il.Sub:
		return true, tr.binop(OpSubI4, OpSubI8, OpSubR4, OpSubR8)
	case il.Mul:
		return true, tr.binop(OpMulI4, OpMulI8, OpMulR4, OpMulR8)
	case il.Div:
		return true, tr.binop(OpDivI4, OpDivI8, OpDivR4, OpDivR8)
	case il.Div_Un:
		return true, tr.binop(OpDivUnI4, OpDivUnI8, 0, 0)
	case il.Rem:
		return true, tr.binop(OpRemI4, OpRemI8, OpRemR4, OpRemR8)
	case il.Rem_Un:
		return true, tr.binop(OpRemUnI4, OpRemUnI8, 0, 0)
	case il.And:
		return true, tr.binop(OpAndI4, OpAndI8, 0, 0)
	case il.Or:
		return true, tr.binop(OpOrI4, OpOrI8, 0, 0)
	case il.Xor:
		return true, tr.binop(OpXorI4, OpXorI8, 0, 0)
	case il.Shl:
		tr.shift(OpShlI4, OpShlI8)
	case il.Shr:
		tr.shift(OpShrI4, OpShrI8)
	case il.Shr_Un:
		tr.shift(OpShrUnI4, OpShrUnI8)
	case il.Neg:
		a := tr.pop()
		switch a.k {
		case skI4:
			tr.emit(Instr{Op: OpNegI4})
		case skR4:
			tr.emit(Instr{Op: OpNegR4})
		case skR8:
			tr.emit(Instr{Op: OpNegR8})
		default:
			tr.emit(Instr{Op: OpNegI8})
		}
		tr.push(a.k, nil)
	case il.Not:
		a := tr.pop()
		if a.k == skI4 {
			tr.emit(Instr{Op: OpNotI4})
		} else {
			tr.emit(Instr{Op: OpNotI8})
		}
		tr.push(a.k, nil)
	case il.Add_Ovf:
		return true, tr.binop(OpAddOvfI4, OpAddOvfI8, 0, 0)
	case il.Add_Ovf_Un:
		return true, tr.binop(OpAddOvfUnI4, OpAddOvfUnI8, 0, 0)
	case il.Sub_Ovf:
		return true, tr.binop(OpSubOvfI4, OpSubOvfI8, 0, 0)
	case il.Sub_Ovf_Un:
		return true, tr.binop(OpSubOvfUnI4, OpSubOvfUnI8, 0, 0)
	case il.Mul_Ovf:
		return true, tr.binop(OpMulOvfI4, OpMulOvfI8, 0, 0)
	case il.Mul_Ovf_Un:
		return true, tr.binop(OpMulOvfUnI4, OpMulOvfUnI8, 0, 0)
	case il.Ckfinite:
		var r4 uint64
		if tr.peek(0).k == skR4 {
			r4 = 1
		}
		tr.emit(Instr{Op: OpCkfinite, K: r4})
	case il.Ceq, il.Cgt, il.Cgt_Un, il.Clt, il.Clt_Un:
		k := tr.cmpKindOf()
		op := map[il.Opcode]Op{il.Ceq: OpCeq, il.Cgt: OpCgt, il.Cgt_Un: OpCgtUn, il.Clt: OpClt, il.Clt_Un: OpCltUn}[in.Op]
		tr.emit(Instr{Op: op, B: k})
		tr.push(skI4, nil)
	default:
		if conv, ok := convOps[in.Op]; ok {
			a := tr.pop()
			if a.k == skI4 && conv.flags == 0 && (conv.to == runtime.StI8 || conv.to == runtime.StI) {
				// int32 values are held sign-extended: nothing to do.
				tr.push(conv.result, nil)
				return true, nil
			}
			if (a.k == skI8 || a.k == skI) && (conv.flags == 0 || conv.flags == convOvf) && (conv.to == runtime.StI8 || conv.to == runtime.StI || (conv.flags == 0 && (conv.to == runtime.StU8 || conv.to == runtime.StU))) {
				tr.push(conv.result, nil)
				return true, nil
			}
			if (a.k == skP || a.k == skO) && (conv.to == runtime.StI || conv.to == runtime.StU || conv.to == runtime.StI8 || conv.to == runtime.StU8) && conv.flags == 0 {
				tr.emit(Instr{Op: OpConvPtr})
				tr.push(skI, nil)
				return true, nil
			}
			tr.emit(Instr{Op: OpConv, A: int32(a.k), B: int32(conv.to), K: conv.flags})
			tr.push(conv.result, nil)
			return true, nil
		}
		return tr.objectOp(in)
	}
	return true, nil
}

func ldindStorage(op il.Opcode) runtime.Storage {
	switch op {
	case il.Ldind_I1:
		return runtime.StI1
	case il.Ldind_U1:
		return runtime.StU1
	case il.Ldind_I2:
		return runtime.StI2
	case il.Ldind_U2:
		return runtime.StU2
	case il.Ldind_I4:
		return runtime.StI4
	case il.Ldind_U4:
		return runtime.StU4
	case il.Ldind_I8:
		return runtime.StI8
	case il.Ldind_I:
		return runtime.StI
	case il.Ldind_R4:
		return runtime.StR4
	case il.Ldind_R8:
		return runtime.StR8
	}
	return runtime.StRef
}

func stindStorage(op il.Opcode) runtime.Storage {
	switch op {
	case il.Stind_I1:
		return runtime.StI1
	case il.Stind_I2:
		return runtime.StI2
	case il.Stind_I4:
		return runtime.StI4
	case il.Stind_I8:
		return runtime.StI8
	case il.Stind_I:
		return runtime.StI
	case il.Stind_R4:
		return runtime.StR4
	case il.Stind_R8:
		return runtime.StR8
	}
	return runtime.StRef
}

// dumpCode prints a translated method (STRATA_DUMP_TIER0=substring of the
// method name), for debugging the translator.
func dumpCode(c *Code) {
	fmt.Fprintf(os.Stderr, "tier0 %s: args=%d locals=%d maxstack=%d\n", c.Method, c.NumArgs, c.NumLocals, c.MaxStack)
	for i, in := range c.Instrs {
		fmt.Fprintf(os.Stderr, "  %4d %-18v A=%d B=%d K=%d %v\n", i, in.Op, in.A, in.B, in.K, in.Ref)
	}
}
