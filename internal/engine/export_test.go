package engine

import (
	"github.com/strata-runtime/strata/internal/runtime"
)

// PassStep is the code after one tier-1 pass, for the pass tests.
type PassStep struct {
	Pass   string
	Ops    []Op
	Reg    bool
	Verify error
}

// RunPassesStepwise translates m at tier 0 and runs the tier-1 passes one
// at a time, verifying the IR after each. It returns the steps and the
// dependencies recorded (nil steps if m has no translatable body).
func RunPassesStepwise(vm *VM, m *runtime.Method) ([]PassStep, []*runtime.ILVersion, error) {
	code, err := vm.translate(m)
	if err != nil {
		return nil, nil, err
	}
	steps := []PassStep{{Pass: "tier0", Ops: opsOf(code), Verify: verifyCode(code)}}
	x := &passCtx{vm: vm}
	for _, p := range tier1Passes {
		if err := p.run(x, code); err != nil {
			steps = append(steps, PassStep{Pass: p.name, Verify: err})
			return steps, x.deps, nil
		}
		steps = append(steps, PassStep{Pass: p.name, Ops: opsOf(code), Reg: code.Reg, Verify: verifyCode(code)})
	}
	return steps, x.deps, nil
}

func opsOf(c *Code) []Op {
	ops := make([]Op, len(c.Instrs))
	for i, in := range c.Instrs {
		ops[i] = in.Op
	}
	return ops
}

// VerifyInstrs runs the IR verifier over hand-made code.
func VerifyInstrs(instrs []Instr, numArgs, numLocals, maxStack int) error {
	c := &Code{Instrs: instrs, NumArgs: numArgs, NumLocals: numLocals, MaxStack: maxStack,
		ILOffsets: make([]uint32, len(instrs))}
	return verifyCode(c)
}

// DevirtualizeOne runs the devirt pass over a lone callvirt of m and
// returns the resulting opcode and flags.
func DevirtualizeOne(m *runtime.Method) (Op, int32) {
	c := &Code{Instrs: []Instr{{Op: OpCallVirt, Ref: &callSite{m: m, nargs: 1}}, {Op: OpRetVoid}}}
	devirtualize(nil, c)
	return c.Instrs[0].Op, c.Instrs[0].B
}

// CallNullCheck is the call flag for a receiver null check.
const CallNullCheck = callNullCheck
