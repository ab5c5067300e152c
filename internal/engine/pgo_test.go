package engine_test

import (
	"testing"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// pgoProgram loads tier_pgo_guarded and returns its types by name.
func pgoProgram(t *testing.T) (*engine.VM, map[string]*runtime.Type) {
	vm := newTestVM(t)
	mod, err := vm.L.LoadFile("../../testdata/cs/tier_pgo_guarded.exe")
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]*runtime.Type{}
	for _, ty := range mod.Types() {
		if err := ty.EnsureLoaded(); err != nil {
			t.Fatal(err)
		}
		types[ty.Name] = ty
	}
	return vm, types
}

func method(t *testing.T, ty *runtime.Type, name string) *runtime.Method {
	for _, m := range ty.Methods {
		if m.Name == name {
			return m
		}
	}
	t.Fatalf("no method %s in %s", name, ty.Name)
	return nil
}

func repeat(n int, ts ...*runtime.Type) []*runtime.Type {
	var out []*runtime.Type
	for range n {
		out = append(out, ts...)
	}
	return out
}

// TestGuardedDevirtualization runs the passes over an interface call in a
// loop with a profile of two classes: the gdv pass adds a type test per
// class with the virtual call as fallback, inline puts both
// implementations in, lowering keeps the tests, and the IR verifies after
// every pass.
func TestGuardedDevirtualization(t *testing.T) {
	vm, ty := pgoProgram(t)
	run := method(t, ty["Program"], "Run")
	steps, deps, err := engine.RunPassesProfiled(vm, run, repeat(10, ty["A"], ty["B"]))
	if err != nil {
		t.Fatal(err)
	}
	ops := map[string][]engine.Op{}
	for _, s := range steps {
		if s.Verify != nil {
			t.Fatalf("after %s: %v", s.Pass, s.Verify)
		}
		ops[s.Pass] = s.Ops
	}
	if n := count(ops["gdv"], engine.OpGuardType); n != 2 {
		t.Errorf("gdv: %d type tests, want 2", n)
	}
	if count(ops["gdv"], engine.OpCallVirt) != count(ops["devirt"], engine.OpCallVirt) {
		t.Errorf("gdv: the virtual call must stay as the fallback")
	}
	if count(ops["lower"], engine.OpGuardTypeR) != 2 {
		t.Errorf("lower: type tests not lowered: %v", ops["lower"])
	}
	inlined := map[string]bool{}
	for _, d := range deps {
		inlined[d.Method.Declaring.Name+"."+d.Method.Name] = true
	}
	if !inlined["A.Get"] || !inlined["B.Get"] {
		t.Errorf("guarded implementations not inlined: %v", inlined)
	}

	// Without a profile there is nothing to guess.
	steps, _, err = engine.RunPassesStepwise(vm, run)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range steps {
		if s.Pass == "gdv" && count(s.Ops, engine.OpGuardType) != 0 {
			t.Errorf("gdv without a profile added type tests")
		}
	}
}

// TestGuesses checks which classes a profile leads to type tests for.
func TestGuesses(t *testing.T) {
	_, ty := pgoProgram(t)
	get := method(t, ty["IValue"], "Get")
	names := func(ts []*runtime.Type) []string {
		var s []string
		for _, t := range ts {
			s = append(s, t.Name)
		}
		return s
	}
	cases := []struct {
		name string
		recv []*runtime.Type
		want []string
	}{
		{"most frequent first", append(repeat(3, ty["A"]), repeat(9, ty["B"])...), []string{"B", "A"}},
		{"too few calls seen", repeat(1, ty["A"], ty["B"]), nil},
		{"boxed structs keep the virtual call", repeat(20, ty["S"]), nil},
		{"at most four tests", repeat(5, ty["A"], ty["B"], ty["C"], ty["SubA"], ty["Thrower"]), []string{"A", "B", "C", "SubA"}},
		{"rare classes get no test", append(repeat(20, ty["A"]), ty["B"], ty["C"]), []string{"A"}},
	}
	for _, c := range cases {
		got := names(engine.ProbeGuesses(get, c.recv))
		if len(got) != len(c.want) {
			t.Errorf("%s: guesses %v, want %v", c.name, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%s: guesses %v, want %v", c.name, got, c.want)
				break
			}
		}
	}
}

// TestClassProbeConcurrent records from several goroutines into one probe
// (run with -race): every call is counted once.
func TestClassProbeConcurrent(t *testing.T) {
	_, ty := pgoProgram(t)
	recv := repeat(500, ty["A"], ty["B"], ty["C"], ty["SubA"], ty["S"], ty["Thrower"])
	if got, want := engine.RecordConcurrently(4, recv), int64(4*len(recv)); got != want {
		t.Errorf("counted %d calls, want %d", got, want)
	}
}
