package engine

import (
	"math"
	"unsafe"

	"github.com/strata-runtime/strata/internal/runtime"
)

// runReg runs the register code of tier 1 for the innermost frame f,
// starting at f.PC with the stack pointer at f.sp. It returns at the first
// instruction it does not implement, with f.PC at that instruction and
// f.sp current; calls and returns may have changed the innermost frame,
// which the caller reloads.
//
// The shape is chosen for the Go compiler. The inner loop runs the
// instructions that call no function over the frame's window of slots r;
// with no call inside it, pc and sp stay in machine registers and nothing
// is spilled around the dispatch, which is most of the cost of an
// instruction in the large loop. Calls, returns and the rarer instructions
// leave the inner loop for the outer one. Faults follow loop's convention
// (f.PC is the next instruction when a Go panic escapes) and are recovered
// by loop, which called this function.
func (t *Thread) runReg(f *Frame) {
	for {
		ip := unsafe.Pointer(unsafe.SliceData(f.Code.Instrs))
		pc, sp := f.PC, f.sp-f.base
		// Frames leave at least one slot after their base (pushFrame), so
		// the window's first slot exists.
		rp := unsafe.Pointer(&f.seg.Fields[f.base])
		var in *Instr
		var op Op // the fields of in, on the general path
		var ia, ib int32
		var ik uint64
		var ref any
		// The call to make, for the push shared by calls and delegate
		// invocations: its version, the index of its first argument, its
		// number of arguments, and whether it invokes a delegate.
		var cv *runtime.CodeVersion
		var argIdx, nargs int
		var viaDelegate bool
	inner:
		for {
			// (instrAt written out: the inlined call's mark could cost a
			// NOP on every dispatch.)
			in = (*Instr)(unsafe.Add(ip, uintptr(pc)*unsafe.Sizeof(Instr{})))
			pc++
			switch Op(in.d) {
			case OpBr:
				pc = int(in.A)
			case dNop:
			case OpAddBrI4R:
				p := reg(rp, uint32(in.B))
				x := int32(p.N) + int32(reg(rp, uint32(in.K&0xffffff)).N)
				p.N = uint64(int64(x))
				if condI4(int32(in.K>>48), x, int32(reg(rp, uint32(in.K>>24&0xffffff)).N)) {
					pc = int(in.A)
				}
			case OpAddBrI8R:
				p := reg(rp, uint32(in.B))
				x := Value{N: p.N + reg(rp, uint32(in.K&0xffffff)).N, R: p.R}
				*p = x
				y := reg(rp, uint32(in.K>>24&0xffffff))
				if condI8(int32(in.K>>48), int64(x.N), int64(y.N), x.R == y.R) {
					pc = int(in.A)
				}
			case OpIncI4:
				p := at(rp, uint32(in.A))
				p.N = uint64(int64(int32(p.N) + int32(in.K)))
			case OpSetSP:
				sp = int(in.A)
			case OpMov:
				setV(reg(rp, uint32(in.A)), *reg(rp, uint32(in.B)))
			case OpMov2:
				setV(reg(rp, uint32(in.A)), *reg(rp, uint32(in.B)))
				setV(reg(rp, uint32(in.K)), *reg(rp, uint32(in.K>>32)))
			case OpLdElemBrR:
				f.PC = pc
				v := reg(rp, uint32(in.B)).R.Fields[reg(rp, uint32(in.K&0xffffff)).N]
				if st := runtime.Storage(in.K >> 48 & 0xff); st < runtime.StI4 && st > runtime.StStruct {
					v.N = runtime.Truncate(st, v.N)
				}
				setV(reg(rp, uint32(in.K>>24&0xffffff)), v)
				if (v.N != 0 || v.R != nil) == (in.K&(1<<56) != 0) {
					pc = int(in.A)
				}
			case OpMovK:
				setN(reg(rp, uint32(in.A)), in.K)
			case OpAddI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)+int32(reg(rp, uint32(in.K)).N))))
			case OpSubI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)-int32(reg(rp, uint32(in.K)).N))))
			case OpMulI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)*int32(reg(rp, uint32(in.K)).N))))
			case OpAndI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)&int32(reg(rp, uint32(in.K)).N))))
			case OpOrI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)|int32(reg(rp, uint32(in.K)).N))))
			case OpXorI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)^int32(reg(rp, uint32(in.K)).N))))
			case OpShlI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)<<(reg(rp, uint32(in.K)).N&31))))
			case OpShrI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)>>(reg(rp, uint32(in.K)).N&31))))
			case OpShrUnI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(uint32(reg(rp, uint32(in.B)).N)>>(reg(rp, uint32(in.K)).N&31)))))
			case OpAddI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)+int32(in.K))))
			case OpMulI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)*int32(in.K))))
			case OpAndI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)&int32(in.K))))
			case OpShlI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)<<(in.K&31))))
			case OpShrI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)>>(in.K&31))))
			case OpShrUnI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(uint32(reg(rp, uint32(in.B)).N)>>(in.K&31)))))
			case OpAddI8R:
				// Native-int arithmetic on a pointer keeps its container, as
				// the stack form does.
				x := *reg(rp, uint32(in.B))
				*reg(rp, uint32(in.A)) = Value{N: x.N + reg(rp, uint32(in.K)).N, R: x.R}
			case OpSubI8R:
				x, y := *reg(rp, uint32(in.B)), *reg(rp, uint32(in.K))
				if y.R != nil {
					x.R = nil // pointer - pointer is a plain integer
				}
				*reg(rp, uint32(in.A)) = Value{N: x.N - y.N, R: x.R}
			case OpMulI8R:
				x := *reg(rp, uint32(in.B))
				*reg(rp, uint32(in.A)) = Value{N: x.N * reg(rp, uint32(in.K)).N, R: x.R}
			case OpAddI8RK:
				x := *reg(rp, uint32(in.B))
				*reg(rp, uint32(in.A)) = Value{N: x.N + in.K, R: x.R}
			case OpAddR8R:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)+math.Float64frombits(reg(rp, uint32(in.K)).N)))
			case OpSubR8R:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)-math.Float64frombits(reg(rp, uint32(in.K)).N)))
			case OpMulAddR8R:
				// float64(): the product is rounded before the sum, never
				// fused into one operation.
				x := float64(math.Float64frombits(reg(rp, uint32(in.K)).N) * math.Float64frombits(reg(rp, uint32(in.K>>32)).N))
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)+x))
			case OpMulSubR8R:
				x := float64(math.Float64frombits(reg(rp, uint32(in.K)).N) * math.Float64frombits(reg(rp, uint32(in.K>>32)).N))
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)-x))
			case OpMulR8R:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)*math.Float64frombits(reg(rp, uint32(in.K)).N)))
			case OpDivR8R:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)/math.Float64frombits(reg(rp, uint32(in.K)).N)))
			case dBrLtI4RK:
				if int32(reg(rp, uint32(in.B)).N) < int32(in.K) {
					pc = int(in.A)
				}
			case dBrGeI4RK:
				if int32(reg(rp, uint32(in.B)).N) >= int32(in.K) {
					pc = int(in.A)
				}
			case dBrLeI4RK:
				if int32(reg(rp, uint32(in.B)).N) <= int32(in.K) {
					pc = int(in.A)
				}
			case dBrGtI4RK:
				if int32(reg(rp, uint32(in.B)).N) > int32(in.K) {
					pc = int(in.A)
				}
			case dBrEqI4RK:
				if int32(reg(rp, uint32(in.B)).N) == int32(in.K) {
					pc = int(in.A)
				}
			case dBrNeI4RK:
				if int32(reg(rp, uint32(in.B)).N) != int32(in.K) {
					pc = int(in.A)
				}
			case dBrLtI4R:
				if int32(reg(rp, uint32(in.B)).N) < int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dBrGeI4R:
				if int32(reg(rp, uint32(in.B)).N) >= int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dBrLeI4R:
				if int32(reg(rp, uint32(in.B)).N) <= int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dBrGtI4R:
				if int32(reg(rp, uint32(in.B)).N) > int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dBrEqI4R:
				if int32(reg(rp, uint32(in.B)).N) == int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dBrNeI4R:
				if int32(reg(rp, uint32(in.B)).N) != int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dIncBrLtI4R:
				x := incI4(reg(rp, uint32(in.B)))
				if x < int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dIncBrLtI4RK:
				x := incI4(reg(rp, uint32(in.B)))
				if x < int32(in.K) {
					pc = int(in.A)
				}
			case dIncBrLeI4R:
				x := incI4(reg(rp, uint32(in.B)))
				if x <= int32(reg(rp, uint32(in.K)).N) {
					pc = int(in.A)
				}
			case dIncBrLeI4RK:
				x := incI4(reg(rp, uint32(in.B)))
				if x <= int32(in.K) {
					pc = int(in.A)
				}
			case dIncBrLtArrLenR:
				f.PC = pc
				x := incI4(reg(rp, uint32(in.B)))
				if x < int32(len(reg(rp, uint32(in.K)).R.Fields)) {
					pc = int(in.A)
				}
			case dBrLtArrLenR:
				f.PC = pc
				if int32(reg(rp, uint32(in.B)).N) < int32(len(reg(rp, uint32(in.K)).R.Fields)) {
					pc = int(in.A)
				}
			case dIncBrLtStrLenR:
				f.PC = pc
				x := incI4(reg(rp, uint32(in.B)))
				if x < int32(len(reg(rp, uint32(in.K)).R.Chars)) {
					pc = int(in.A)
				}
			case OpBrTrueR:
				if v := *reg(rp, uint32(in.B)); v.N != 0 || v.R != nil {
					pc = int(in.A)
				}
			case OpBrFalseR:
				if v := *reg(rp, uint32(in.B)); v.N == 0 && v.R == nil {
					pc = int(in.A)
				}
			case dStElemPlainR:
				f.PC = pc
				reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.B)).N] = *reg(rp, uint32(in.K))
			case dBrLtStrLenR:
				f.PC = pc // a null string faults here
				if int32(reg(rp, uint32(in.B)).N) < int32(len(reg(rp, uint32(in.K)).R.Chars)) {
					pc = int(in.A)
				}
			case dIncBrLeStrLenR:
				f.PC = pc // a null string faults here
				x := incI4(reg(rp, uint32(in.B)))
				if x <= int32(len(reg(rp, uint32(in.K)).R.Chars)) {
					pc = int(in.A)
				}
			case dLdElemPlainR:
				f.PC = pc
				*reg(rp, uint32(in.A)) = reg(rp, uint32(in.B)).R.Fields[reg(rp, uint32(in.K)).N]
			case OpLdElemR:
				f.PC = pc
				v := reg(rp, uint32(in.B)).R.Fields[reg(rp, uint32(in.K)).N]
				if st := runtime.Storage(in.K >> 32); st < runtime.StI4 && st > runtime.StStruct {
					v.N = runtime.Truncate(st, v.N)
				}
				*reg(rp, uint32(in.A)) = v
			case OpCopyElemR:
				f.PC = pc // the load faults first, then the store
				v := reg(rp, uint32(in.K)).R.Fields[reg(rp, uint32(in.K>>32)).N]
				reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.B)).N] = v
			case OpStElemR:
				f.PC = pc
				v := *reg(rp, uint32(in.K))
				if st := runtime.Storage(in.K >> 32); st != 0 {
					v.N = runtime.Truncate(st, v.N)
				}
				reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.B)).N] = v
			case OpLdElemaR:
				f.PC = pc
				a, i := reg(rp, uint32(in.B)).R, reg(rp, uint32(in.K)).N
				_ = a.Fields[i] // the null and bounds checks
				*reg(rp, uint32(in.A)) = Value{R: a, N: i}
			case OpLdRefR:
				p := *reg(rp, uint32(in.B))
				v := p.R.Fields[p.N]
				if st := runtime.Storage(in.K >> 32); st < runtime.StI4 && st > runtime.StStruct {
					v.N = runtime.Truncate(st, v.N)
				}
				*reg(rp, uint32(in.A)) = v
			case OpStRefR:
				p, v := *reg(rp, uint32(in.A)), *reg(rp, uint32(in.B))
				if st := runtime.Storage(in.K >> 32); st != 0 {
					v.N = runtime.Truncate(st, v.N)
				}
				p.R.Fields[p.N] = v
			case OpBrI8R:
				a, b := *reg(rp, uint32(in.B)), *reg(rp, uint32(in.K))
				if condI8(int32(in.K>>32), int64(a.N), int64(b.N), a.R == b.R) {
					pc = int(in.A)
				}
			case OpBrR8R:
				if condR8(int32(in.K>>32), math.Float64frombits(reg(rp, uint32(in.B)).N), math.Float64frombits(reg(rp, uint32(in.K)).N)) {
					pc = int(in.A)
				}
			case OpNullCheckR:
				if reg(rp, uint32(in.B)).R == nil {
					break inner
				}
			case OpGuardTypeR:
				if o := reg(rp, uint32(in.B)).R; o == nil || typeWord(o.Type) != in.K {
					pc = int(in.A)
				}
			case OpLdFldPR:
				f.PC = pc
				p := *reg(rp, uint32(in.B))
				if p.N&rawFlag != 0 {
					break inner
				}
				*reg(rp, uint32(in.A)) = p.R.Fields[p.N].R.Fields[in.K]
			case OpStFldPR:
				f.PC = pc
				p := *reg(rp, uint32(in.A))
				if p.N&rawFlag != 0 {
					break inner
				}
				p.R.Fields[p.N].R.Fields[in.K] = *reg(rp, uint32(in.B))
			case OpStElemFldR:
				f.PC = pc
				reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.K)).N].R.Fields[in.K>>32] = *reg(rp, uint32(in.B))
			case OpLdElemFldR:
				f.PC = pc
				*reg(rp, uint32(in.A)) = reg(rp, uint32(in.B)).R.Fields[reg(rp, uint32(in.K)).N].R.Fields[in.K>>32]
			case OpElemFldMulAddR8R:
				f.PC = pc
				e := &reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.B)).N].R.Fields[in.K>>48]
				x := float64(math.Float64frombits(reg(rp, uint32(in.K&0xffffff)).N) * math.Float64frombits(reg(rp, uint32(in.K>>24&0xffffff)).N))
				e.N = math.Float64bits(math.Float64frombits(e.N) + x)
			case OpElemFldMulSubR8R:
				f.PC = pc
				e := &reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.B)).N].R.Fields[in.K>>48]
				x := float64(math.Float64frombits(reg(rp, uint32(in.K&0xffffff)).N) * math.Float64frombits(reg(rp, uint32(in.K>>24&0xffffff)).N))
				e.N = math.Float64bits(math.Float64frombits(e.N) - x)
			case OpDivI4R:
				f.PC = pc
				y := int32(reg(rp, uint32(in.K)).N)
				if y == -1 {
					break inner
				}
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)/y)))
			case OpRemI4R:
				f.PC = pc
				y := int32(reg(rp, uint32(in.K)).N)
				if y == -1 {
					break inner
				}
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)%y)))
			case OpConvR:
				if uint32(in.K) != 0 {
					break inner // checked for overflow
				}
				switch in.K >> 32 {
				case uint64(skI4) | uint64(runtime.StR8)<<8:
					setN(reg(rp, uint32(in.A)), math.Float64bits(float64(int32(reg(rp, uint32(in.B)).N))))
					continue
				case uint64(skI) | uint64(runtime.StI4)<<8, uint64(skI8) | uint64(runtime.StI4)<<8:
					setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N))))
					continue
				}
				break inner
			case OpLdFldR:
				f.PC = pc
				*reg(rp, uint32(in.A)) = reg(rp, uint32(in.B)).R.Fields[in.K]
			case OpIncElemI4R:
				f.PC = pc
				e := &reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.B)).N]
				e.N = uint64(int64(int32(e.N) + int32(in.K)))
			case OpStFld2R:
				f.PC = pc
				o := reg(rp, uint32(in.A)).R
				o.Fields[in.K>>32] = *reg(rp, uint32(in.B))
				o.Fields[in.K>>32+1] = *reg(rp, uint32(in.K))
			case OpLdFldBrR:
				f.PC = pc
				if v := reg(rp, uint32(in.B)).R.Fields[uint32(in.K)]; (v.N != 0 || v.R != nil) == (in.K>>32 != 0) {
					pc = int(in.A)
				}
			case OpStFldR:
				f.PC = pc
				reg(rp, uint32(in.A)).R.Fields[in.K] = *reg(rp, uint32(in.B))
			case OpLdLenR:
				f.PC = pc
				setN(reg(rp, uint32(in.A)), uint64(len(reg(rp, uint32(in.B)).R.Fields)))
			case OpStElemRK:
				f.PC = pc
				setN(&reg(rp, uint32(in.A)).R.Fields[reg(rp, uint32(in.B)).N], in.K)
			case OpDivI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)/int32(in.K))))
			case OpRemI4RK:
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(reg(rp, uint32(in.B)).N)%int32(in.K))))
			case OpAddR8RK:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)+math.Float64frombits(in.K)))
			case OpMulR8RK:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)*math.Float64frombits(in.K)))
			case OpDivR8RK:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(reg(rp, uint32(in.B)).N)/math.Float64frombits(in.K)))
			case OpSubR8KR:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(in.K)-math.Float64frombits(reg(rp, uint32(in.B)).N)))
			case OpDivR8KR:
				setN(reg(rp, uint32(in.A)), math.Float64bits(math.Float64frombits(in.K)/math.Float64frombits(reg(rp, uint32(in.B)).N)))
			case OpDivUnI4R:
				f.PC = pc // division by zero faults here
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(uint32(reg(rp, uint32(in.B)).N)/uint32(reg(rp, uint32(in.K)).N)))))
			case OpRemUnI4R:
				f.PC = pc
				setN(reg(rp, uint32(in.A)), uint64(int64(int32(uint32(reg(rp, uint32(in.B)).N)%uint32(reg(rp, uint32(in.K)).N)))))
			case OpTruncR:
				setN(reg(rp, uint32(in.A)), runtime.Truncate(runtime.Storage(in.K), reg(rp, uint32(in.B)).N))
			case OpLdStrR:
				*reg(rp, uint32(in.A)) = Value{R: in.Ref.(*runtime.Object)}
			case OpLdSlotAddrR:
				*reg(rp, uint32(in.A)) = Value{R: f.seg, N: uint64(f.base + int(in.B/slotSize))}
			case OpNegI4R:
				setN(reg(rp, uint32(in.A)), uint64(int64(-int32(reg(rp, uint32(in.B)).N))))
			case OpIsInstR, OpCastClassR:
				// Null, the exact type or a class derived from it directly;
				// the other cases leave.
				o := reg(rp, uint32(in.B)).R
				if o != nil && typeWord(o.Type) != in.K && typeWord(o.Type.Base) != in.K {
					break inner
				}
				*reg(rp, uint32(in.A)) = Value{R: o}
			case OpLdFldaR:
				// A pointer to a field of an object; null leaves.
				obj := reg(rp, uint32(in.B)).R
				if obj == nil {
					break inner
				}
				*reg(rp, uint32(in.A)) = Value{R: obj, N: uint64(uint32(in.K))}
			case OpStElemRefR:
				// Null or exactly the element type; the type walk leaves.
				f.PC = pc // a null array or an index out of range
				a, v := reg(rp, uint32(in.A)).R, *reg(rp, uint32(in.K))
				if v.R != nil && v.R.Type != a.Type.Elem {
					break inner
				}
				a.Fields[reg(rp, uint32(in.B)).N] = v
			case OpLdIndR:
				// A pointer to a slot or a field; null, raw memory and
				// array elements (whose width may differ) leave.
				p := *reg(rp, uint32(in.B))
				if p.R == nil || p.N&rawFlag != 0 || p.R.Type != nil && p.R.Type.IsArray() {
					break inner
				}
				v := p.R.Fields[p.N]
				if st := runtime.Storage(in.K); st < runtime.StI4 && st > runtime.StStruct {
					v.N = runtime.Truncate(st, v.N)
				}
				*reg(rp, uint32(in.A)) = v
			case OpStrLenR:
				f.PC = pc // a null string faults here
				setN(reg(rp, uint32(in.A)), uint64(len(reg(rp, uint32(in.B)).R.Chars)))
			case OpStrCharR:
				f.PC = pc // a null string or an index out of range
				setN(reg(rp, uint32(in.A)), uint64(reg(rp, uint32(in.B)).R.Chars[int32(reg(rp, uint32(in.K)).N)]))
			case OpSqrtR:
				x := math.Float64frombits(reg(rp, uint32(in.B)).N)
				if x < 0 {
					setN(reg(rp, uint32(in.A)), nanNegBits)
				} else {
					setN(reg(rp, uint32(in.A)), math.Float64bits(math.Sqrt(x)))
				}
			case OpCall, OpCallVirt:
				goto call
			case OpRet, OpRetVoid:
				goto ret
			case dExit, dMax:
				break inner
			default:
				break inner
			}
		}
		// The instruction in, at pc-1, is one the inner loop leaves to this
		// one. From here on pc, sp and in are not read after a function
		// call: they are stored in f, and the fields of in copied, so that
		// the Go compiler need not keep them on the stack in the inner loop.
		f.PC, f.sp = pc, f.base+sp
		op, ia, ib, ik, ref = in.Op, in.A, in.B, in.K, in.Ref
		switch op {
		case OpInvokeDelegate:
			cs := ref.(*callSite)
			a := sp - cs.nargs
			var drop bool
			if cv, drop = t.regDelegate(unsafe.Slice(at(rp, uint32(a)), cs.nargs)); cv == nil {
				goto exit
			}
			nargs = cs.nargs
			if drop {
				nargs-- // a static method: the arguments moved down over the delegate
			}
			argIdx, viaDelegate = f.base+a, true
			goto push
		case OpBrI4R, OpBrI4RK, OpIncBrI4R, OpIncBrI4RK, OpBrArrLenR, OpBrStrLenR, OpIncBrArrLenR, OpIncBrStrLenR:
			// The conditions with no dispatch code of their own.
			if regCondBranch(op, ib, ik, rp) {
				f.PC = int(ia)
			}
		case OpCmpR:
			if compare(Op(ik>>32&0xffff), int32(ik>>48), *reg(rp, uint32(ib)), *reg(rp, uint32(ik))) {
				*reg(rp, uint32(ia)) = Value{N: 1}
			} else {
				*reg(rp, uint32(ia)) = Value{}
			}
		case OpBrCmpR:
			if branchCompare(int(ik>>32&0xff), int32(ik>>40), *reg(rp, uint32(ib)), *reg(rp, uint32(ik))) {
				f.PC = int(ia)
			}
		case OpDivI4R, OpRemI4R:
			// Division by -1 (the inner loop does the others).
			x := int32(reg(rp, uint32(ib)).N)
			if x == math.MinInt32 {
				t.Throw("System.OverflowException", "")
			}
			if op == OpDivI4R {
				*reg(rp, uint32(ia)) = Value{N: uint64(int64(-x))}
			} else {
				*reg(rp, uint32(ia)) = Value{}
			}
		case OpNullCheckR, OpLdFldaR:
			// The inner loop leaves both only for a null object.
			t.Throw("System.NullReferenceException", "")
		case OpLdFldPR, OpStFldPR:
			// A raw pointer to a struct laid out in bytes.
			fld := ref.(*runtime.Field)
			if op == OpLdFldPR {
				p := *reg(rp, uint32(ib))
				*reg(rp, uint32(ia)) = loadRaw(Value{R: p.R, N: p.N + uint64(fld.Declaring.FieldOffset(fld.Index))}, fld.Type.Storage)
			} else {
				p := *reg(rp, uint32(ia))
				rawWrite(Value{R: p.R, N: p.N + uint64(fld.Declaring.FieldOffset(fld.Index))}, runtime.StorageSize(fld.Type.Storage), reg(rp, uint32(ib)).N)
			}
		case OpNewObj:
			if ia != 0 {
				sp = int(ia) - 1 // see setsSP
				f.sp = f.base + sp
			}
			cs := ref.(*callSite)
			if cs.fn != nil || cs.m.ICall != nil {
				goto exit
			}
			cv := cs.m.Entry.Load()
			if cv == nil {
				goto exit
			}
			nf, err := t.pushCtor(f, cs, cv, f.base+sp-cs.nargs)
			if err != nil {
				// Raised at this instruction, as the main loop does.
				t.ThrowObj(t.stackOverflow())
			}
			if !nf.Code.Reg {
				return
			}
			f = nf
		case OpAllocObjR:
			*reg(rp, uint32(ia)) = Value{R: runtime.NewObject(ref.(*runtime.Type))}
		case OpLdIndR, OpStIndR:
			p := *reg(rp, uint32(ib))
			if op == OpStIndR {
				p = *reg(rp, uint32(ia))
			}
			if p.R == nil {
				t.Throw("System.NullReferenceException", "")
			}
			if op == OpLdIndR {
				*reg(rp, uint32(ia)) = loadInd(p, runtime.Storage(ik))
			} else {
				storeInd(p, runtime.Storage(uint8(ik)), sk(ik>>8), *reg(rp, uint32(ib)))
			}
		case OpStElemRefR:
			a, i, v := reg(rp, uint32(ia)).R, reg(rp, uint32(ib)).N, *reg(rp, uint32(ik))
			_ = a.Fields[i] // the null and bounds checks come first
			if v.R != nil && v.R.Type != a.Type.Elem && a.Type.Elem.Storage == runtime.StRef && !isInstance(v.R, a.Type.Elem) {
				t.Throw("System.ArrayTypeMismatchException", "")
			}
			a.Fields[i] = v
		case OpIsInstR, OpCastClassR:
			o := reg(rp, uint32(ib)).R
			if !isInstance(o, ref.(*runtime.Type)) {
				if op == OpCastClassR {
					t.Throw("System.InvalidCastException", "")
				}
				o = nil
			}
			*reg(rp, uint32(ia)) = Value{R: o}
		case OpIsInst, OpCastClass:
			ty := ref.(*runtime.Type)
			top := sp - 1
			if o := at(rp, uint32(top)).R; o != nil && !isInstance(o, ty) {
				if op == OpCastClass {
					goto exit
				}
				*at(rp, uint32(top)) = Value{}
			}
		case OpCallICall:
			cs := ref.(*callSite)
			if ib != 0 && at(rp, uint32(sp-cs.nargs)).R == nil {
				goto exit // the main loop raises the NullReferenceException
			}
			t.callICall(f, cs.fn, cs.m, f.base+sp-cs.nargs)
		case OpConvR:
			v, ok := convert(*reg(rp, uint32(ib)), sk(ik>>32), runtime.Storage(ik>>40), ik&0xff)
			if !ok {
				t.Throw("System.OverflowException", "")
			}
			*reg(rp, uint32(ia)) = v
		default:
			goto exit
		}
		continue
	exit:
		// f.PC is past the instruction, f.sp current: the main loop
		// runs it.
		f.PC--
		return

		// Calls and returns come here straight from the inner loop.
	call:
		if in.A != 0 {
			sp = int(in.A) - 1
		}
		f.PC, f.sp = pc, f.base+sp // (see the general path)
		{
			// The fields are read before the type assertion: its panic
			// path is a call, and in read after it would be kept on the
			// stack at every dispatch of the inner loop.
			op, mode := in.Op, in.B
			cs := in.Ref.(*callSite)
			if mode == callPlain || mode == callPlain|callNullCheck && at(rp, uint32(sp-cs.nargs)).R != nil {
				cv = cs.m.Entry.Load()
			} else {
				var fn ICall
				if cv, fn = regCallee(op, mode, cs, unsafe.Slice(at(rp, uint32(sp-cs.nargs)), cs.nargs)); fn != nil {
					t.callICall(f, fn, cs.m, f.sp-cs.nargs)
					continue
				}
			}
			if cv == nil {
				goto exit
			}
			argIdx, nargs, viaDelegate = f.sp-cs.nargs, cs.nargs, false
		}
	push:
		// cv is called with its arguments at argIdx.
		{
			f.sp = argIdx
			code := cv.Code.(*Code)
			// The common case in place: a frame to reuse at this depth, room
			// in the segment, no call counting, no struct locals to allocate.
			seg := f.seg
			n := len(t.frames)
			if nf := t.reusable(n); nf != nil && argIdx+code.inPlaceSize < len(seg.Fields) &&
				cv.CallsLeft.Load() <= 0 && n < t.frameLimit {
				// The frame at a depth mostly runs the same code in the same
				// segment again (recursion, a loop's calls): its pointer
				// fields are written only when they change, which saves the
				// write barriers while the collector marks.
				if nf.Code != code || nf.Version != cv {
					nf.Code, nf.Version = code, cv
				}
				if nf.seg != seg || nf.retSeg != seg {
					nf.seg, nf.retSeg = seg, seg
				}
				nf.PC, nf.backEdges, nf.retIdx, nf.base = 0, 0, argIdx, argIdx
				loc := argIdx + code.NumArgs
				nf.stack0 = loc + code.NumLocals
				nf.sp = nf.stack0
				if loc < nf.stack0 {
					clear(seg.Fields[loc:nf.stack0])
				}
				t.frames = t.frames[:n+1]
				f = nf
				ip, rp = unsafe.Pointer(unsafe.SliceData(code.Instrs)), unsafe.Pointer(&seg.Fields[argIdx])
				pc, sp = 0, nf.stack0-argIdx
				goto inner
			}
			nf, err := t.pushFrame(cv, code, f.seg, argIdx)
			if err != nil {
				if viaDelegate {
					// The arguments are rewritten: raised here, as the
					// main loop does.
					t.ThrowObj(t.stackOverflow())
				}
				f.sp = argIdx + nargs
				goto exit // the main loop makes the call again and raises
			}
			if !nf.Code.Reg {
				return
			}
			f = nf
		}
		continue
	ret:
		if in.A != 0 {
			sp = int(in.A) - 1
		}
		{
			if f.kind != frameNormal || f.boundary {
				f.PC, f.sp = pc, f.base+sp
				goto exit
			}
			n := len(t.frames) - 1
			c := t.frames[n-1]
			c.sp = f.retIdx
			if in.Op == OpRet {
				// The result goes where the arguments began: the first
				// slot of this frame's window when it shares the caller's
				// segment, as frames pushed in place do.
				if f.retSeg == f.seg {
					*(*Value)(rp) = *at(rp, uint32(sp-1))
				} else {
					f.retSeg.Fields[f.retIdx] = *at(rp, uint32(sp-1))
				}
				c.sp++
			}
			t.frames = t.frames[:n]
			f.resetRare() // a normal frame (tested above): see freeFrame
			f = c
			if !f.Code.Reg {
				return
			}
		}
	}
}

// regCondBranch increments (the IncBr forms) and tests the int32 operand
// B of a compare-and-branch instruction op of register code against its
// second operand (a constant, a slot, or the length of an array or a
// string); it reports whether the branch is taken.
func regCondBranch(op Op, b int32, k uint64, rp unsafe.Pointer) bool {
	p := reg(rp, uint32(b))
	x := int32(p.N)
	switch op {
	case OpIncBrI4R, OpIncBrI4RK, OpIncBrArrLenR, OpIncBrStrLenR:
		x = incI4(p)
	}
	var y int32
	switch op {
	case OpBrI4RK, OpIncBrI4RK:
		y = int32(k)
	case OpBrI4R, OpIncBrI4R:
		y = int32(reg(rp, uint32(k)).N)
	case OpBrArrLenR, OpIncBrArrLenR:
		y = int32(len(reg(rp, uint32(k)).R.Fields))
	default:
		y = int32(len(reg(rp, uint32(k)).R.Chars))
	}
	return condI4(int32(k>>32), x, y)
}

// regCallee returns the version a call or callvirt (op, with the call
// mode of its B operand) of register code calls on its fast path, or the
// internal call an inline cache hit of a callvirt resolves to, or neither
// to leave the call to the main loop; args are the call's arguments (the
// receiver first).
func regCallee(op Op, mode int32, cs *callSite, args []Value) (*runtime.CodeVersion, ICall) {
	if op == OpCall {
		if cs.m.ICall != nil || mode != 0 && (mode != callNullCheck || args[0].R == nil) {
			return nil, nil
		}
		return cs.m.Entry.Load(), nil
	}
	// An inline cache hit of a callvirt.
	this := args[0].R
	if this == nil || mode != 0 {
		return nil, nil
	}
	c := cs.cache.Load()
	if c == nil {
		return nil, nil
	}
	impl := c.lookup(this.Type)
	if impl == nil {
		return nil, nil
	}
	if impl.ICall != nil {
		fn, _ := impl.ICall.(ICall)
		return nil, fn
	}
	cv := impl.Entry.Load()
	if cv != nil && impl.Declaring.IsValueType() {
		args[0] = Value{R: this} // a boxed receiver: this is a byref to the box's value (slot 0)
	}
	return cv, nil
}

// regDelegate returns the version a delegate invocation from register
// code calls on its fast path (a delegate of one managed method), with
// args, the delegate and the arguments, rewritten for the call: the
// target replaces the delegate, or for a static method the arguments move
// down over it (drop). It returns nil, changing nothing, to leave the
// invocation to the main loop.
func (t *Thread) regDelegate(args []Value) (cv *runtime.CodeVersion, drop bool) {
	d := args[0].R
	if d == nil {
		return nil, false
	}
	if list := d.Fields[DelegateList].R; list != nil && len(list.Fields) > 0 {
		return nil, false
	}
	m := t.vm.L.MethodFromHandle(int(d.Fields[DelegateMethod].N))
	if m == nil || m.ICall != nil {
		return nil, false
	}
	if cv = m.Entry.Load(); cv == nil {
		return nil, false
	}
	target := d.Fields[DelegateTarget]
	if m.HasThis || target.R != nil {
		if m.HasThis && (target.R == nil || m.Declaring.IsValueType()) {
			return nil, false
		}
		args[0] = target
		return cv, false
	}
	copy(args, args[1:])
	args[len(args)-1] = Value{}
	return cv, true
}

// condI8 evaluates an int64 (or native int) branch condition; equality
// also compares the containers of pointers.
func condI8(cond int32, x, y int64, sameR bool) bool {
	switch cond {
	case condEq:
		return x == y && sameR
	case condNe:
		return x != y || !sameR
	case condLt:
		return x < y
	case condLe:
		return x <= y
	case condGt:
		return x > y
	case condGe:
		return x >= y
	case condLtUn:
		return uint64(x) < uint64(y)
	case condLeUn:
		return uint64(x) <= uint64(y)
	case condGtUn:
		return uint64(x) > uint64(y)
	}
	return uint64(x) >= uint64(y)
}

// condR8 evaluates a float64 branch condition; the unsigned forms are
// true when the operands are unordered (NaN).
func condR8(cond int32, x, y float64) bool {
	switch cond {
	case condEq:
		return x == y
	case condNe:
		return !(x == y)
	case condLt:
		return x < y
	case condLe:
		return x <= y
	case condGt:
		return x > y
	case condGe:
		return x >= y
	case condLtUn:
		return !(x >= y)
	case condLeUn:
		return !(x > y)
	case condGtUn:
		return !(x <= y)
	}
	return !(x < y)
}

// instrAt returns instruction pc of the code starting at ip. The IR
// verifier (verifyCode) checks that every branch target is an
// instruction and that control cannot fall off the end, so pc is always
// inside the code and the inner loop reads it without a bounds check.
func instrAt(ip unsafe.Pointer, pc int) *Instr {
	return (*Instr)(unsafe.Add(ip, uintptr(pc)*unsafe.Sizeof(Instr{})))
}

// setN stores the scalar n in slot p. Its reference half is cleared only
// when it is set: a pointer store costs a write barrier while the garbage
// collector marks, and the slots written by scalar instructions mostly
// hold scalars already. Testing the slot costs what testing for the
// barrier does.
func setN(p *Value, n uint64) {
	p.N = n
	if p.R != nil {
		p.R = nil
	}
}

// setV stores v in slot p, writing the reference half only when it
// changes (see setN).
func setV(p *Value, v Value) {
	p.N = v.N
	if p.R != v.R {
		p.R = v.R
	}
}

// reg returns the slot at byte offset off of the frame window starting at
// rp: the register operands of the instructions from OpMov on are byte
// offsets (scaleSlots), checked as slots by the verifier first.
func reg(rp unsafe.Pointer, off uint32) *Value {
	return (*Value)(unsafe.Add(rp, uintptr(off)))
}

// at returns slot i of the frame window starting at rp. Register operands
// are checked against the frame's size when the code is built
// (verifyCode), and a frame's window always has that many slots, so the
// inner loop reads and writes them without bounds checks.
func at(rp unsafe.Pointer, i uint32) *Value {
	return (*Value)(unsafe.Add(rp, uintptr(i)*unsafe.Sizeof(Value{})))
}

// incI4 adds one to the int32 in slot p (its reference half left as it
// is) and returns the sum: the increment of the IncBr forms.
func incI4(p *Value) int32 {
	x := int32(p.N) + 1
	p.N = uint64(int64(x))
	return x
}
