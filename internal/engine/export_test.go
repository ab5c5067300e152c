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
	return RunPassesProfiled(vm, m, nil)
}

// RunPassesProfiled is RunPassesStepwise with a profile: every virtual
// call site of m is recorded as having seen the receivers recv, in order.
func RunPassesProfiled(vm *VM, m *runtime.Method, recv []*runtime.Type) ([]PassStep, []*runtime.ILVersion, error) {
	x := &passCtx{vm: vm}
	if recv != nil {
		probed, err := vm.translate(m)
		if err != nil {
			return nil, nil, err
		}
		instrument(probed)
		for _, in := range probed.Instrs {
			if in.Op == OpCallVirt {
				for _, t := range recv {
					in.Ref.(*callSite).probe.record(t)
				}
			}
		}
		x.profile = profileOf(probed)
	}
	code, err := vm.translate(m)
	if err != nil {
		return nil, nil, err
	}
	steps := []PassStep{{Pass: "tier0", Ops: opsOf(code), Verify: verifyCode(code)}}
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

// ProbeGuesses records the receivers recv in a fresh class probe and
// returns the classes a call of m would test for.
func ProbeGuesses(m *runtime.Method, recv []*runtime.Type) []*runtime.Type {
	p := &classProbe{}
	for _, t := range recv {
		p.record(t)
	}
	var ts []*runtime.Type
	for _, g := range p.guesses(m) {
		ts = append(ts, g.t)
	}
	return ts
}

// RecordConcurrently records recv from n goroutines at once into one probe
// and returns the total it counted.
func RecordConcurrently(n int, recv []*runtime.Type) int64 {
	p := &classProbe{}
	done := make(chan struct{})
	for range n {
		go func() {
			for _, t := range recv {
				p.record(t)
			}
			done <- struct{}{}
		}()
	}
	for range n {
		<-done
	}
	total := p.other.Load()
	for i := range p.counts {
		total += p.counts[i].Load()
	}
	return total
}

// NumRegOps ends the register ops; NumOps ends all.
const (
	NumRegOps = numRegOps
	NumOps    = numOps
)

// CallSiteOf returns a call site of nargs argument slots, for the Ref of
// a hand-made call.
func CallSiteOf(nargs int) any { return &callSite{nargs: nargs} }

// RunRegPasses runs the named tier-1 passes over hand-made register code
// and returns the code after them, checked by the IR verifier.
func RunRegPasses(instrs []Instr, numArgs, numLocals, maxStack int, regionStart int32, passes ...string) ([]Instr, error) {
	c := &Code{Instrs: instrs, NumArgs: numArgs, NumLocals: numLocals, MaxStack: maxStack,
		ILOffsets: make([]uint32, len(instrs)), Depth: make([]int32, len(instrs)), Reg: true, regionStart: regionStart}
	err := runNamedPasses(c, passes)
	return c.Instrs, err
}

// RunRegPassesOSR is RunRegPasses for code with on-stack replacement
// entries (osr maps tier-0 indices to indices of instrs); it returns the
// entries after the passes too.
func RunRegPassesOSR(instrs []Instr, numArgs, numLocals, maxStack int, osr map[int]int, passes ...string) ([]Instr, map[int]int, error) {
	c := &Code{Instrs: instrs, NumArgs: numArgs, NumLocals: numLocals, MaxStack: maxStack,
		ILOffsets: make([]uint32, len(instrs)), Depth: make([]int32, len(instrs)), Reg: true, OSRMap: osr}
	err := runNamedPasses(c, passes)
	return c.Instrs, c.OSRMap, err
}

func runNamedPasses(c *Code, passes []string) error {
	for _, name := range passes {
		for _, p := range tier1Passes {
			if p.name == name {
				if err := p.run(&passCtx{}, c); err != nil {
					return err
				}
			}
		}
	}
	return verifyCode(c)
}
