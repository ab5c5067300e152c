package engine_test

import (
	"io"
	"strings"
	"testing"

	"github.com/strata-runtime/strata/internal/corlib"
	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
	"github.com/strata-runtime/strata/internal/versions"
)

func newTestVM(t *testing.T) *engine.VM {
	t.Helper()
	corlib.Register()
	im, err := metadata.Load(corlib.Image())
	if err != nil {
		t.Fatal(err)
	}
	l, err := runtime.NewLoader(im)
	if err != nil {
		t.Fatal(err)
	}
	cfg := versions.DefaultConfig()
	return engine.NewVM(l, io.Discard, io.Discard, strings.NewReader(""), engine.Options{Tiering: &cfg})
}

// methodsWithBodies lists the non-generic methods of a module that have IL.
func methodsWithBodies(mod *runtime.Module) []*runtime.Method {
	var ms []*runtime.Method
	for _, ty := range mod.Types() {
		if ty.GenericArity > 0 || ty.EnsureLoaded() != nil {
			continue
		}
		for _, m := range ty.Methods {
			if m.GenericArity > 0 || m.IsAbstract() || m.ICall != nil || m.IsRuntimeImpl() || m.IsInternalCall() {
				continue
			}
			ms = append(ms, m)
		}
	}
	return ms
}

// TestPassesVerifyOnCorlib runs every tier-1 pass over every non-generic
// corlib method and checks the IR verifier accepts the code after each.
func TestPassesVerifyOnCorlib(t *testing.T) {
	vm := newTestVM(t)
	n, inlined := 0, 0
	for _, m := range methodsWithBodies(vm.L.Corlib) {
		steps, deps, err := engine.RunPassesStepwise(vm, m)
		if err != nil {
			continue // no body, or a body tier 0 rejects (it reports that at run time)
		}
		for _, s := range steps {
			if s.Verify != nil {
				t.Errorf("%s after %s: %v", m, s.Pass, s.Verify)
				break
			}
		}
		if len(deps) > 0 {
			inlined++
		}
		n++
	}
	if n < 1000 || inlined == 0 {
		t.Fatalf("%d corlib methods translated, %d with inlined calls", n, inlined)
	}
}

// TestPassEffects checks what the passes do to two programs: inlining of a
// static helper with its dependency recorded, and lowering to register
// code with no stack arithmetic left.
func TestPassEffects(t *testing.T) {
	vm := newTestVM(t)
	var ms []*runtime.Method
	for _, prog := range []string{"thr_tier_promote", "oop_abstract_sealed_overrides", "tier_inline_ctor"} {
		mod, err := vm.L.LoadFile("../../testdata/cs/" + prog + ".exe")
		if err != nil {
			t.Fatal(err)
		}
		ms = append(ms, methodsWithBodies(mod)...)
	}
	var inlined, lowered, ctorInlined bool
	for _, m := range ms {
		steps, deps, err := engine.RunPassesStepwise(vm, m)
		if err != nil {
			t.Fatalf("%s: %v", m, err)
		}
		before := map[string][]engine.Op{}
		for _, s := range steps {
			if s.Verify != nil {
				t.Fatalf("%s after %s: %v", m, s.Pass, s.Verify)
			}
			before[s.Pass] = s.Ops
		}
		for _, d := range deps {
			switch d.Method.Declaring.Name + "." + d.Method.Name {
			case "Node..ctor":
				// Inlined at newobj, with its chain to System.Object's
				// constructor.
				ctorInlined = true
				if count(before["inline"], engine.OpNewObj) >= count(before["devirt"], engine.OpNewObj) ||
					count(before["inline"], engine.OpAllocObj) == 0 {
					t.Errorf("%s: Node..ctor recorded as inlined but newobj was not replaced", m)
				}
			case "Checked..ctor", "Copy..ctor":
				// One may throw, the other reads another object.
				t.Errorf("%s: %s inlined", m, d.Method)
			}
			if d.Method.Name == "Mix" {
				inlined = true
				if count(before["inline"], engine.OpCall) >= count(before["devirt"], engine.OpCall) {
					t.Errorf("%s: Mix recorded as inlined but the call count did not drop", m)
				}
			}
		}
		last := steps[len(steps)-1]
		if !last.Reg {
			t.Errorf("%s: lower did not produce register code", m)
		}
		for _, op := range last.Ops {
			switch op {
			case engine.OpAddI4, engine.OpSubI4, engine.OpMulI4, engine.OpLdSlot, engine.OpLdc:
				t.Errorf("%s: stack op %v left after lowering", m, op)
			}
			if op >= engine.OpSetSP {
				lowered = true
			}
		}
	}
	if !inlined || !lowered || !ctorInlined {
		t.Errorf("inlined Mix %v, lowered %v, inlined Node..ctor %v", inlined, lowered, ctorInlined)
	}
}

// TestDevirtualize checks the devirt pass on callvirts of corlib methods:
// virtual methods of sealed classes become direct calls with a null
// check; overridable ones stay virtual.
func TestDevirtualize(t *testing.T) {
	vm := newTestVM(t)
	var sealed, open int
	for _, m := range methodsWithBodies(vm.L.Corlib) {
		if !m.IsVirtual() || m.Declaring.IsValueType() || m.Declaring.IsInterface() {
			continue
		}
		op, b := engine.DevirtualizeOne(m)
		isSealed := m.Declaring.Flags&0x100 != 0 || m.Flags&runtime.MethodFinal != 0
		switch {
		case isSealed && (op != engine.OpCall || b != engine.CallNullCheck):
			t.Errorf("%s (sealed) stays %v/%d", m, op, b)
		case !isSealed && op != engine.OpCallVirt:
			t.Errorf("%s (overridable) became %v", m, op)
		}
		if isSealed {
			sealed++
		} else {
			open++
		}
	}
	if sealed == 0 || open == 0 {
		t.Fatalf("%d sealed and %d overridable virtual methods seen", sealed, open)
	}
}

func count(ops []engine.Op, op engine.Op) int {
	n := 0
	for _, o := range ops {
		if o == op {
			n++
		}
	}
	return n
}

// TestVerifierRejects checks the IR verifier catches broken code.
func TestVerifierRejects(t *testing.T) {
	ret := engine.Instr{Op: engine.OpRetVoid}
	for _, tc := range []struct {
		name   string
		instrs []engine.Instr
		want   string
	}{
		{"falls off the end", []engine.Instr{{Op: engine.OpMovK, A: 0}}, "falls off"},
		{"branch out of range", []engine.Instr{{Op: engine.OpBr, A: 7}, ret}, "out of range"},
		{"dest outside the frame", []engine.Instr{{Op: engine.OpMovK, A: 9}, ret}, "outside the frame"},
		{"source outside the frame", []engine.Instr{{Op: engine.OpAddI4R, A: 0, B: 1, K: 99}, ret}, "outside the frame"},
		{"negative slot", []engine.Instr{{Op: engine.OpMov, A: 0, B: -1}, ret}, "outside the frame"},
		{"bad opcode", []engine.Instr{{Op: engine.Op(60000)}, ret}, "bad opcode"},
	} {
		err := engine.VerifyInstrs(tc.instrs, 1, 1, 2)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: got %v, want an error with %q", tc.name, err, tc.want)
		}
	}
	if err := engine.VerifyInstrs([]engine.Instr{{Op: engine.OpMovK, A: 3}, ret}, 1, 1, 2); err != nil {
		t.Errorf("valid code rejected: %v", err)
	}
	// runReg addresses the operands of every register instruction
	// unchecked, as byte offsets: each must have its slots in the table the
	// verifier and the scaling share, so an operand outside the frame is
	// caught.
	for op := engine.OpMov; op < engine.NumRegOps; op++ {
		bad := engine.Instr{Op: op, A: 99, B: 99, K: 99 | 99<<32}
		if err := engine.VerifyInstrs([]engine.Instr{bad, ret}, 1, 1, 2); err == nil {
			t.Errorf("%v: operands outside the frame accepted", op)
		}
	}
}

// TestOpNames checks that every opcode prints as its own name: the
// dispatch codes of runReg share the numbers of some opcodes and must not
// take their names (they are untyped constants, not Ops).
func TestOpNames(t *testing.T) {
	for op := engine.Op(0); op < engine.NumOps; op++ {
		if op == engine.NumRegOps {
			continue // the marker between register and stack ops
		}
		if name := op.String(); !strings.HasPrefix(name, "Op") {
			t.Errorf("opcode %d prints as %q", int(op), name)
		}
	}
}
