package engine_test

import (
	"math"
	"reflect"
	"testing"

	"github.com/strata-runtime/strata/internal/engine"
)

// TestScalarPasses checks copy propagation, dead-code removal and jump
// threading on hand-made register code: two arguments (slots 0 and 1),
// one local (slot 2), the evaluation stack from slot 3.
func TestScalarPasses(t *testing.T) {
	type I = engine.Instr
	ret := I{Op: engine.OpRetVoid}
	sp := I{Op: engine.OpSetSP, A: 3}
	call := I{Op: engine.OpNewArr} // any stack instruction: it may read every slot
	lenToI4 := uint64(3)<<32 | uint64(8)<<40
	for _, tc := range []struct {
		name   string
		region int32
		passes []string
		in     []I
		want   []I
	}{
		{"copy read through, the copy dies", 0, []string{"copy", "dead"},
			[]I{{Op: engine.OpMov, A: 3, B: 0}, {Op: engine.OpAddI4R, A: 4, B: 3, K: 1}, {Op: engine.OpMovK, A: 3, K: 7},
				{Op: engine.OpAddI4R, A: 4, B: 4, K: 3}, call, sp, ret},
			[]I{{Op: engine.OpAddI4R, A: 4, B: 0, K: 1}, {Op: engine.OpMovK, A: 3, K: 7},
				{Op: engine.OpAddI4RK, A: 4, B: 4, K: 7}, call, sp, ret}},
		{"a copy the source changes under is not used", 0, []string{"copy"},
			[]I{{Op: engine.OpMov, A: 3, B: 0}, {Op: engine.OpMovK, A: 0, K: 1}, {Op: engine.OpAddI4R, A: 4, B: 3, K: 3}, call, sp, ret},
			[]I{{Op: engine.OpMov, A: 3, B: 0}, {Op: engine.OpMovK, A: 0, K: 1}, {Op: engine.OpAddI4R, A: 4, B: 3, K: 3}, call, sp, ret}},
		{"a store through a pointer may change a local: no copy of it is used", 0, []string{"copy", "dead"},
			[]I{{Op: engine.OpMov, A: 3, B: 2}, {Op: engine.OpLdSlotAddrR, A: 4, B: 2}, {Op: engine.OpStIndR, A: 4, B: 1, K: 8},
				{Op: engine.OpAddI4R, A: 2, B: 3, K: 2}, call, sp, ret},
			[]I{{Op: engine.OpMov, A: 3, B: 2}, {Op: engine.OpLdSlotAddrR, A: 4, B: 2}, {Op: engine.OpStIndR, A: 4, B: 1, K: 8},
				{Op: engine.OpAddI4R, A: 2, B: 3, K: 2}, call, sp, ret}},
		{"a copy below a call's arguments survives the call, the arguments do not", 0, []string{"copy", "dead"},
			[]I{{Op: engine.OpMov, A: 3, B: 2}, {Op: engine.OpMov, A: 4, B: 0}, {Op: engine.OpCall, A: 6, Ref: engine.CallSiteOf(1)},
				{Op: engine.OpAddI4R, A: 2, B: 3, K: 4}, {Op: engine.OpMovK, A: 3}, call, sp, ret},
			[]I{{Op: engine.OpMov, A: 4, B: 0}, {Op: engine.OpCall, A: 6, Ref: engine.CallSiteOf(1)},
				{Op: engine.OpAddI4R, A: 2, B: 2, K: 4}, {Op: engine.OpMovK, A: 3}, call, sp, ret}},
		{"a call may change a local whose address is taken", 0, []string{"copy", "dead"},
			[]I{{Op: engine.OpMov, A: 3, B: 2}, {Op: engine.OpMov, A: 4, B: 0}, {Op: engine.OpCall, A: 6, Ref: engine.CallSiteOf(1)},
				{Op: engine.OpAddI4R, A: 1, B: 3, K: 4}, {Op: engine.OpMovK, A: 3}, {Op: engine.OpLdSlotAddrR, A: 5, B: 2}, call, sp, ret},
			[]I{{Op: engine.OpMov, A: 3, B: 2}, {Op: engine.OpMov, A: 4, B: 0}, {Op: engine.OpCall, A: 6, Ref: engine.CallSiteOf(1)},
				{Op: engine.OpAddI4R, A: 1, B: 3, K: 4}, {Op: engine.OpMovK, A: 3}, {Op: engine.OpLdSlotAddrR, A: 5, B: 2}, call, sp, ret}},
		{"stack instructions stop propagation and keep writes", 0, []string{"copy", "dead"},
			[]I{{Op: engine.OpMov, A: 3, B: 0}, call, {Op: engine.OpAddI4R, A: 4, B: 3, K: 3}, call, sp, ret},
			[]I{{Op: engine.OpMov, A: 3, B: 0}, call, {Op: engine.OpAddI4R, A: 4, B: 3, K: 3}, call, sp, ret}},
		{"writes of locals stay (a handler may read them)", 0, []string{"dead"},
			[]I{{Op: engine.OpMovK, A: 2, K: 1}, {Op: engine.OpMovK, A: 2, K: 2}, call, sp, ret},
			[]I{{Op: engine.OpMovK, A: 2, K: 1}, {Op: engine.OpMovK, A: 2, K: 2}, call, sp, ret}},
		{"an instruction that can fault stays", 0, []string{"dead"},
			[]I{{Op: engine.OpLdElemR, A: 3, B: 0, K: 1}, {Op: engine.OpMovK, A: 3}, call, sp, ret},
			[]I{{Op: engine.OpLdElemR, A: 3, B: 0, K: 1}, {Op: engine.OpMovK, A: 3}, call, sp, ret}},
		{"inline-region slots nothing reads are dead across blocks", 5, []string{"copy", "dead"},
			[]I{{Op: engine.OpMov, A: 5, B: 0}, {Op: engine.OpMov, A: 6, B: 1}, {Op: engine.OpAddI4R, A: 2, B: 5, K: 6},
				{Op: engine.OpBr, A: 4}, call, sp, ret},
			[]I{{Op: engine.OpAddI4R, A: 2, B: 0, K: 1}, {Op: engine.OpBr, A: 2}, call, sp, ret}},
		{"an array length needs no conversion to int32", 0, []string{"copy", "dead"},
			[]I{{Op: engine.OpLdLenR, A: 3, B: 0}, {Op: engine.OpConvR, A: 3, B: 3, K: lenToI4},
				{Op: engine.OpBrI4R, A: 0, B: 1, K: 2<<32 | 3}, call, sp, ret},
			[]I{{Op: engine.OpLdLenR, A: 3, B: 0}, {Op: engine.OpBrI4R, A: 0, B: 1, K: 2<<32 | 3}, call, sp, ret}},
		{"constants become operands, and their temporaries die", 0, []string{"copy", "dead"},
			[]I{{Op: engine.OpMovK, A: 3, K: 2}, {Op: engine.OpDivI4R, A: 4, B: 0, K: 3},
				{Op: engine.OpMovK, A: 3, K: 0xffffffffffffffff}, {Op: engine.OpRemI4R, A: 4, B: 4, K: 3},
				{Op: engine.OpMovK, A: 5, K: f64(1.5)}, {Op: engine.OpSubR8R, A: 2, B: 1, K: 5},
				{Op: engine.OpDivR8R, A: 2, B: 5, K: 2},
				{Op: engine.OpMovK, A: 3, K: 0x1ff}, {Op: engine.OpStElemR, A: 0, B: 1, K: 5<<32 | 3}, // a byte array
				{Op: engine.OpMovK, A: 3, K: 10}, {Op: engine.OpBrI4R, A: 12, B: 3, K: 2<<32 | 1}, call, sp, ret},
			[]I{{Op: engine.OpDivI4RK, A: 4, B: 0, K: 2},
				{Op: engine.OpMovK, A: 3, K: 0xffffffffffffffff}, {Op: engine.OpRemI4R, A: 4, B: 4, K: 3},
				{Op: engine.OpAddR8RK, A: 2, B: 1, K: f64(-1.5)}, {Op: engine.OpDivR8KR, A: 2, B: 2, K: f64(1.5)},
				{Op: engine.OpStElemRK, A: 0, B: 1, K: 0xff},
				{Op: engine.OpBrI4RK, A: 8, B: 1, K: 4<<32 | 10}, call, sp, ret}},
		{"a loop's increment is fused with the test that follows", 0, []string{"fuse"},
			[]I{{Op: engine.OpMovK, A: 2}, {Op: engine.OpIncI4, A: 2, K: 1}, {Op: engine.OpBrI4RK, A: 1, B: 2, K: 2<<32 | 9},
				{Op: engine.OpIncI4, A: 2, K: 2}, {Op: engine.OpBrI4R, A: 1, B: 2, K: 2<<32 | 1}, call, sp, ret},
			[]I{{Op: engine.OpMovK, A: 2}, {Op: engine.OpIncBrI4RK, A: 1, B: 2, K: 2<<32 | 9}, {Op: engine.OpBrI4RK, A: 1, B: 2, K: 2<<32 | 9},
				{Op: engine.OpIncI4, A: 2, K: 2}, {Op: engine.OpBrI4R, A: 1, B: 2, K: 2<<32 | 1}, call, sp, ret}},
		{"a loop's step by a register is fused with the test that follows", 0, []string{"fuse"},
			[]I{{Op: engine.OpAddI8R, A: 2, B: 2, K: 1}, {Op: engine.OpBrI8R, A: 0, B: 2, K: 2<<32 | 0},
				{Op: engine.OpAddI4R, A: 2, B: 2, K: 0}, {Op: engine.OpBrI4R, A: 2, B: 2, K: 4<<32 | 1},
				{Op: engine.OpAddI4R, A: 2, B: 1, K: 0}, {Op: engine.OpBrI4R, A: 4, B: 2, K: 2<<32 | 1}, call, sp, ret},
			[]I{{Op: engine.OpAddBrI8R, A: 0, B: 2, K: 1 | 0<<24 | 2<<48}, {Op: engine.OpBrI8R, A: 0, B: 2, K: 2<<32 | 0},
				{Op: engine.OpAddBrI4R, A: 2, B: 2, K: 0 | 1<<24 | 4<<48}, {Op: engine.OpBrI4R, A: 2, B: 2, K: 4<<32 | 1},
				{Op: engine.OpAddI4R, A: 2, B: 1, K: 0}, {Op: engine.OpBrI4R, A: 4, B: 2, K: 2<<32 | 1}, call, sp, ret}},
		{"a value computed again is copied from the slot that holds it", 0, []string{"cse"},
			[]I{{Op: engine.OpAddI4R, A: 3, B: 0, K: 1}, {Op: engine.OpAddI4R, A: 4, B: 0, K: 1}, // copied
				{Op: engine.OpMovK, A: 0, K: 5}, {Op: engine.OpAddI4R, A: 5, B: 0, K: 1}, // 0 changed
				{Op: engine.OpMovK, A: 3, K: 9}, {Op: engine.OpAddI4R, A: 6, B: 1, K: 1}, {Op: engine.OpAddI4R, A: 2, B: 1, K: 1}, // copied from 6
				{Op: engine.OpLdFldR, A: 3, B: 1, K: 2}, {Op: engine.OpLdFldR, A: 4, B: 1, K: 2}, // a load again: copied
				{Op: engine.OpStFldR, A: 0, B: 2, K: 2}, {Op: engine.OpLdFldR, A: 5, B: 1, K: 2}, // a store between: loaded
				call, sp, ret},
			[]I{{Op: engine.OpAddI4R, A: 3, B: 0, K: 1}, {Op: engine.OpMov, A: 4, B: 3},
				{Op: engine.OpMovK, A: 0, K: 5}, {Op: engine.OpAddI4RK, A: 5, B: 1, K: 5}, // (the constant propagated)
				{Op: engine.OpMovK, A: 3, K: 9}, {Op: engine.OpAddI4R, A: 6, B: 1, K: 1}, {Op: engine.OpMov, A: 2, B: 6},
				{Op: engine.OpLdFldR, A: 3, B: 1, K: 2}, {Op: engine.OpMov, A: 4, B: 3},
				{Op: engine.OpStFldR, A: 0, B: 6, K: 2}, {Op: engine.OpLdFldR, A: 5, B: 1, K: 2},
				call, sp, ret}},
		{"pairs are fused, not across a jump target, and branches follow", 0, []string{"fuse"},
			[]I{{Op: engine.OpMov, A: 3, B: 0}, {Op: engine.OpMov, A: 4, B: 3}, // fused
				{Op: engine.OpLdElemR, A: 5, B: 0, K: 5<<32 | 1}, {Op: engine.OpBrFalseR, A: 6, B: 5}, // fused
				{Op: engine.OpMov, A: 2, B: 1}, {Op: engine.OpBr, A: 2},
				{Op: engine.OpLdElemR, A: 5, B: 0, K: 1}, {Op: engine.OpBrTrueR, A: 0, B: 5}, // fused
				{Op: engine.OpMov, A: 2, B: 3}, {Op: engine.OpMov, A: 3, B: 2}, // a jump target: not fused
				{Op: engine.OpBrFalseR, A: 9, B: 4}, call, sp, ret},
			[]I{{Op: engine.OpMov2, A: 3, B: 0, K: 4 | 3<<32},
				{Op: engine.OpLdElemBrR, A: 4, B: 0, K: 1 | 5<<24 | 5<<48},
				{Op: engine.OpMov, A: 2, B: 1}, {Op: engine.OpBr, A: 1},
				{Op: engine.OpLdElemBrR, A: 0, B: 0, K: 1 | 5<<24 | 1<<56},
				{Op: engine.OpMov, A: 2, B: 3}, {Op: engine.OpMov, A: 3, B: 2},
				{Op: engine.OpBrFalseR, A: 6, B: 4}, call, sp, ret}},
		{"a product added to or subtracted from a value fuses when the product is a dead temporary", 0, []string{"fuse"},
			[]I{{Op: engine.OpMulR8R, A: 4, B: 0, K: 1}, {Op: engine.OpAddR8R, A: 3, B: 2, K: 4}, // fused
				{Op: engine.OpMulR8R, A: 4, B: 0, K: 0}, {Op: engine.OpSubR8R, A: 5, B: 3, K: 4}, // 4 is read next
				{Op: engine.OpAddR8R, A: 2, B: 4, K: 5},
				{Op: engine.OpMulR8R, A: 5, B: 1, K: 1}, {Op: engine.OpSubR8R, A: 2, B: 2, K: 5}, // fused: 5 is written next
				{Op: engine.OpMovK, A: 5},
				{Op: engine.OpMulR8R, A: 2, B: 0, K: 1}, {Op: engine.OpAddR8R, A: 3, B: 3, K: 2}, // a local
				{Op: engine.OpMulR8R, A: 4, B: 0, K: 1}, {Op: engine.OpAddR8R, A: 3, B: 4, K: 4}, // the product twice
				call, sp, ret},
			[]I{{Op: engine.OpMulAddR8R, A: 3, B: 2, K: 0 | 1<<32},
				{Op: engine.OpMulR8R, A: 4, B: 0, K: 0}, {Op: engine.OpSubR8R, A: 5, B: 3, K: 4},
				{Op: engine.OpAddR8R, A: 2, B: 4, K: 5},
				{Op: engine.OpMulSubR8R, A: 2, B: 2, K: 1 | 1<<32},
				{Op: engine.OpMovK, A: 5},
				{Op: engine.OpMulR8R, A: 2, B: 0, K: 1}, {Op: engine.OpAddR8R, A: 3, B: 3, K: 2},
				{Op: engine.OpMulR8R, A: 4, B: 0, K: 1}, {Op: engine.OpAddR8R, A: 3, B: 4, K: 4},
				call, sp, ret}},
		{"an element copied through a dead temporary is one copy; a length tested by a branch is one branch", 0, []string{"fuse"},
			[]I{{Op: engine.OpLdElemR, A: 4, B: 0, K: 8<<32 | 2}, {Op: engine.OpStElemR, A: 1, B: 2, K: 4}, // fused
				{Op: engine.OpLdElemR, A: 4, B: 0, K: 3<<32 | 2}, {Op: engine.OpStElemR, A: 1, B: 2, K: 4}, // a byte: truncated on load
				{Op: engine.OpLdElemR, A: 4, B: 0, K: 8<<32 | 2}, {Op: engine.OpStElemR, A: 1, B: 2, K: 4}, // 4 is read next
				{Op: engine.OpLdLenR, A: 5, B: 4}, {Op: engine.OpBrI4R, A: 0, B: 2, K: 2<<32 | 5}, // fused
				{Op: engine.OpStrLenR, A: 3, B: 1}, {Op: engine.OpBrI4R, A: 0, B: 3, K: 2<<32 | 3}, // the length compared with itself
				call, sp, ret},
			[]I{{Op: engine.OpCopyElemR, A: 1, B: 2, K: 0 | 2<<32},
				{Op: engine.OpLdElemR, A: 4, B: 0, K: 3<<32 | 2}, {Op: engine.OpStElemR, A: 1, B: 2, K: 4},
				{Op: engine.OpLdElemR, A: 4, B: 0, K: 8<<32 | 2}, {Op: engine.OpStElemR, A: 1, B: 2, K: 4},
				{Op: engine.OpBrArrLenR, A: 0, B: 2, K: 4 | 2<<32},
				{Op: engine.OpStrLenR, A: 3, B: 1}, {Op: engine.OpBrI4R, A: 0, B: 3, K: 2<<32 | 3},
				call, sp, ret}},
		{"two fields stored one after the other, and a field tested by a branch", 0, []string{"fuse"},
			[]I{{Op: engine.OpStFldR, A: 0, B: 1, K: 2}, {Op: engine.OpStFldR, A: 0, B: 2, K: 3}, // fused
				{Op: engine.OpStFldR, A: 0, B: 1, K: 2}, {Op: engine.OpStFldR, A: 1, B: 2, K: 3}, // two objects
				{Op: engine.OpStFldR, A: 0, B: 1, K: 5}, {Op: engine.OpStFldR, A: 0, B: 2, K: 4}, // not in order
				{Op: engine.OpLdFldR, A: 3, B: 0, K: 1}, {Op: engine.OpBrFalseR, A: 0, B: 3}, // fused
				{Op: engine.OpLdFldR, A: 2, B: 0, K: 1}, {Op: engine.OpBrTrueR, A: 0, B: 2}, // a local keeps the value
				call, sp, ret},
			[]I{{Op: engine.OpStFld2R, A: 0, B: 1, K: 2 | 2<<32},
				{Op: engine.OpStFldR, A: 0, B: 1, K: 2}, {Op: engine.OpStFldR, A: 1, B: 2, K: 3},
				{Op: engine.OpStFldR, A: 0, B: 1, K: 5}, {Op: engine.OpStFldR, A: 0, B: 2, K: 4},
				{Op: engine.OpLdFldBrR, A: 0, B: 0, K: 1},
				{Op: engine.OpLdFldR, A: 2, B: 0, K: 1}, {Op: engine.OpBrTrueR, A: 0, B: 2},
				call, sp, ret}},
		{"a[i] += k on an int32 element is one instruction", 0, []string{"fuse"},
			[]I{{Op: engine.OpLdElemaR, A: 3, B: 0, K: 1}, {Op: engine.OpLdRefR, A: 4, B: 3, K: 8 << 32},
				{Op: engine.OpAddI4RK, A: 4, B: 4, K: 1}, {Op: engine.OpStRefR, A: 3, B: 4}, // fused
				{Op: engine.OpLdElemaR, A: 3, B: 0, K: 1}, {Op: engine.OpLdRefR, A: 4, B: 3, K: 3 << 32},
				{Op: engine.OpAddI4RK, A: 4, B: 4, K: 1}, {Op: engine.OpStRefR, A: 3, B: 4, K: 3 << 32}, // a byte
				{Op: engine.OpLdElemaR, A: 3, B: 0, K: 1}, {Op: engine.OpLdRefR, A: 2, B: 3, K: 8 << 32},
				{Op: engine.OpAddI4RK, A: 2, B: 2, K: 1}, {Op: engine.OpStRefR, A: 3, B: 2}, // the value kept in a local
				call, sp, ret},
			[]I{{Op: engine.OpIncElemI4R, A: 0, B: 1, K: 1},
				{Op: engine.OpLdElemaR, A: 3, B: 0, K: 1}, {Op: engine.OpLdRefR, A: 4, B: 3, K: 3 << 32},
				{Op: engine.OpAddI4RK, A: 4, B: 4, K: 1}, {Op: engine.OpStRefR, A: 3, B: 4, K: 3 << 32},
				{Op: engine.OpLdElemaR, A: 3, B: 0, K: 1}, {Op: engine.OpLdRefR, A: 2, B: 3, K: 8 << 32},
				{Op: engine.OpAddI4RK, A: 2, B: 2, K: 1}, {Op: engine.OpStRefR, A: 3, B: 2},
				call, sp, ret}},
		{"v[i].f -= x*y on a struct element's float64 field is one instruction", 0, []string{"fuse"},
			[]I{{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1 | 2<<32}, {Op: engine.OpMulSubR8R, A: 3, B: 3, K: 2 | 2<<32},
				{Op: engine.OpStElemFldR, A: 0, B: 3, K: 1 | 2<<32}, // fused
				{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1}, {Op: engine.OpLdElemFldR, A: 4, B: 0, K: 1 | 5<<32},
				{Op: engine.OpMulAddR8R, A: 3, B: 3, K: 2 | 4<<32}, {Op: engine.OpStElemFldR, A: 0, B: 3, K: 1}, // fused past a load
				{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1}, {Op: engine.OpMulAddR8R, A: 3, B: 3, K: 2 | 2<<32},
				{Op: engine.OpStElemFldR, A: 0, B: 3, K: 1 | 1<<32}, // another field
				{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1}, {Op: engine.OpMulAddR8R, A: 3, B: 3, K: 3 | 2<<32},
				{Op: engine.OpStElemFldR, A: 0, B: 3, K: 1}, // the loaded value is a factor too
				{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1}, {Op: engine.OpMulAddR8R, A: 3, B: 3, K: 2 | 2<<32},
				{Op: engine.OpStElemFldR, A: 0, B: 3, K: 1}, {Op: engine.OpAddR8R, A: 2, B: 3, K: 3}, // read afterwards
				{Op: engine.OpMovK, A: 3}, call, sp, ret},
			[]I{{Op: engine.OpElemFldMulSubR8R, A: 0, B: 1, K: 2 | 2<<24 | 2<<48},
				{Op: engine.OpLdElemFldR, A: 4, B: 0, K: 1 | 5<<32}, {Op: engine.OpElemFldMulAddR8R, A: 0, B: 1, K: 2 | 4<<24},
				{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1}, {Op: engine.OpMulAddR8R, A: 3, B: 3, K: 2 | 2<<32},
				{Op: engine.OpStElemFldR, A: 0, B: 3, K: 1 | 1<<32},
				{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1}, {Op: engine.OpMulAddR8R, A: 3, B: 3, K: 3 | 2<<32},
				{Op: engine.OpStElemFldR, A: 0, B: 3, K: 1},
				{Op: engine.OpLdElemFldR, A: 3, B: 0, K: 1}, {Op: engine.OpMulAddR8R, A: 3, B: 3, K: 2 | 2<<32},
				{Op: engine.OpStElemFldR, A: 0, B: 3, K: 1}, {Op: engine.OpAddR8R, A: 2, B: 3, K: 3},
				{Op: engine.OpMovK, A: 3}, call, sp, ret}},
		{"a loop's increment joins its test against a length", 0, []string{"fuse"},
			[]I{{Op: engine.OpBr, A: 2}, {Op: engine.OpIncI4, A: 2, K: 1},
				{Op: engine.OpLdLenR, A: 3, B: 0}, {Op: engine.OpBrI4R, A: 1, B: 2, K: 2<<32 | 3}, call, sp, ret},
			[]I{{Op: engine.OpBr, A: 2}, {Op: engine.OpIncBrArrLenR, A: 1, B: 2, K: 0 | 2<<32},
				{Op: engine.OpBrArrLenR, A: 1, B: 2, K: 0 | 2<<32}, call, sp, ret}},
		{"branches to branches are threaded", 0, []string{"jumps"},
			[]I{{Op: engine.OpBrI4RK, A: 2, B: 0, K: 2<<32 | 5}, {Op: engine.OpIncI4, A: 2, K: 1}, {Op: engine.OpBr, A: 3}, call, sp, ret},
			[]I{{Op: engine.OpBrI4RK, A: 3, B: 0, K: 2<<32 | 5}, {Op: engine.OpIncI4, A: 2, K: 1}, {Op: engine.OpBr, A: 3}, call, sp, ret}},
		{"a jump to a return is the return", 0, []string{"jumps"},
			[]I{{Op: engine.OpBrI4RK, A: 3, B: 0, K: 2<<32 | 5}, {Op: engine.OpMov, A: 3, B: 0}, {Op: engine.OpBr, A: 4},
				{Op: engine.OpMovK, A: 3, K: 1}, {Op: engine.OpRet, A: 4}},
			[]I{{Op: engine.OpBrI4RK, A: 3, B: 0, K: 2<<32 | 5}, {Op: engine.OpMov, A: 3, B: 0}, {Op: engine.OpRet, A: 4},
				{Op: engine.OpMovK, A: 3, K: 1}, {Op: engine.OpRet, A: 4}}},
		{"a branch over a branch is inverted", 0, []string{"jumps"},
			[]I{{Op: engine.OpBrI4RK, A: 2, B: 0, K: 2<<32 | 5}, {Op: engine.OpBr, A: 3}, {Op: engine.OpIncI4, A: 2, K: 1}, call, sp, ret},
			[]I{{Op: engine.OpBrI4RK, A: 2, B: 0, K: 5<<32 | 5}, {Op: engine.OpIncI4, A: 2, K: 1}, call, sp, ret}},
		{"float conditions invert to their unordered forms", 0, []string{"jumps"},
			[]I{{Op: engine.OpBrR8R, A: 2, B: 0, K: 2<<32 | 1}, {Op: engine.OpBr, A: 3}, call, sp, ret},
			[]I{{Op: engine.OpBrR8R, A: 2, B: 0, K: 9<<32 | 1}, call, sp, ret}},
	} {
		got, err := engine.RunRegPasses(append([]I(nil), tc.in...), 2, 1, 4, tc.region, tc.passes...)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s:\n got %v\nwant %v", tc.name, got, tc.want)
		}
	}
}

func f64(x float64) uint64 { return math.Float64bits(x) }

// TestHoist checks loop-invariant hoisting on hand-made for loops (two
// arguments, one local, the evaluation stack from slot 3, four slots of
// it): what moves to the preheader, what stays, and the landing pad of an
// on-stack replacement entry at the loop's header.
func TestHoist(t *testing.T) {
	type I = engine.Instr
	ret := I{Op: engine.OpRetVoid}
	sp := I{Op: engine.OpSetSP, A: 3}
	stackOp := I{Op: engine.OpNewArr}
	lt := uint64(2) << 32 // the condition <
	// loop returns "i = 0; goto test; body; test: if i < arg1 goto body"
	// followed by the method's end, with the body at instruction 2.
	loop := func(body ...I) []I {
		n := int32(len(body))
		out := []I{{Op: engine.OpMovK, A: 2}, {Op: engine.OpBr, A: 2 + n}}
		out = append(out, body...)
		return append(out, I{Op: engine.OpBrI4R, A: 2, B: 2, K: lt | 1}, stackOp, sp, ret)
	}
	for _, tc := range []struct {
		name    string
		in      []I
		want    []I
		wantOSR int
	}{
		{"an invariant of a temporary moves out, its copy dies",
			loop(I{Op: engine.OpMulI4RK, A: 3, B: 0, K: 31}, I{Op: engine.OpAddI4R, A: 4, B: 3, K: 1},
				I{Op: engine.OpAddI4R, A: 2, B: 2, K: 4}),
			[]I{{Op: engine.OpMovK, A: 2}, {Op: engine.OpMulI4RK, A: 7, B: 0, K: 31}, {Op: engine.OpAddI4R, A: 8, B: 7, K: 1},
				{Op: engine.OpBr, A: 5}, {Op: engine.OpAddI4R, A: 2, B: 2, K: 8},
				{Op: engine.OpBrI4R, A: 4, B: 2, K: lt | 1}, stackOp, sp, ret,
				{Op: engine.OpMulI4RK, A: 7, B: 0, K: 31}, {Op: engine.OpAddI4R, A: 8, B: 7, K: 1}, {Op: engine.OpBr, A: 4}},
			9},
		{"what reads a slot the loop writes, or may fault, stays",
			loop(I{Op: engine.OpMulI4RK, A: 3, B: 2, K: 31}, I{Op: engine.OpDivI4R, A: 4, B: 0, K: 1},
				I{Op: engine.OpAddI4R, A: 2, B: 3, K: 4}),
			loop(I{Op: engine.OpMulI4RK, A: 3, B: 2, K: 31}, I{Op: engine.OpDivI4R, A: 4, B: 0, K: 1},
				I{Op: engine.OpAddI4R, A: 2, B: 3, K: 4}),
			2},
		{"a loop with a call keeps its invariants (the callee's frame may overwrite them)",
			loop(I{Op: engine.OpMulI4RK, A: 3, B: 0, K: 31}, I{Op: engine.OpAddI4R, A: 2, B: 2, K: 3},
				I{Op: engine.OpCall, A: 5, Ref: engine.CallSiteOf(1)}),
			loop(I{Op: engine.OpMulI4RK, A: 3, B: 0, K: 31}, I{Op: engine.OpAddI4R, A: 2, B: 2, K: 3},
				I{Op: engine.OpCall, A: 5, Ref: engine.CallSiteOf(1)}),
			2},
		{"a local's invariant stays (its copy would stay too)",
			loop(I{Op: engine.OpMulI4RK, A: 2, B: 0, K: 31}),
			loop(I{Op: engine.OpMulI4RK, A: 2, B: 0, K: 31}),
			2},
	} {
		got, osr, err := engine.RunRegPassesOSR(append([]I(nil), tc.in...), 2, 1, 4, map[int]int{100: 2}, "hoist", "dead")
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) || osr[100] != tc.wantOSR {
			t.Errorf("%s:\n got %v (OSR entry %d)\nwant %v (OSR entry %d)", tc.name, got, osr[100], tc.want, tc.wantOSR)
		}
	}
}
