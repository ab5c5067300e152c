package engine

import (
	"math"

	"github.com/strata-runtime/strata/internal/runtime"
)

type Value = runtime.Value

// execute runs the interpreter until the frame at depth stop returns. It
// returns that frame's result, or the exception that escaped it.
func (t *Thread) execute(stop int) (Value, *runtime.Object, error) {
	for {
		res, done, exc := t.loop(stop)
		if done {
			return res, nil, nil
		}
		if exc != nil {
			if t.throwFrom(exc, stop) {
				continue
			}
			e := t.pending
			t.pending = nil
			return Value{}, e, nil
		}
	}
}

// loop interprets until the frame at depth stop returns (done) or an
// exception is raised (exc). A Go panic inside an instruction becomes the
// corresponding managed exception, raised at that instruction.
func (t *Thread) loop(stop int) (res Value, done bool, exc *runtime.Object) {
	f := t.frames[len(t.frames)-1]
	ins := f.Code.Instrs
	s := f.seg.Fields
	sp := f.sp
	pc := f.PC
	base := f.base
	// A Go panic in an instruction (a nil dereference, an index out of
	// range, an integer division by zero, an exception thrown by an internal
	// call) becomes a managed exception raised at that instruction. The loop
	// keeps pc and sp in registers; instructions that can fault store
	// f.PC = pc (the next instruction) first, so the innermost frame's PC-1
	// is the faulting instruction.
	defer func() {
		if r := recover(); r != nil {
			if _, ok := r.(exitRequest); ok {
				panic(r)
			}
			ff := t.frames[len(t.frames)-1]
			if ff.PC > 0 {
				ff.PC--
			}
			exc = t.exceptionForPanic(r)
			done = false
		}
	}()

	for {
		in := &ins[pc]
		pc++
		switch in.Op {
		case OpNop:
		case OpLdSlot:
			s[sp] = s[base+int(in.A)]
			sp++
		case OpLdSlotStruct:
			v := s[base+int(in.A)]
			s[sp] = Value{R: v.R.Clone()}
			sp++
		case OpStSlot:
			sp--
			s[base+int(in.A)] = s[sp]
		case OpStSlotNorm:
			sp--
			s[base+int(in.A)] = normalize(runtime.Storage(in.B), sk(in.K), s[sp])
		case OpStSlotStruct:
			sp--
			storeStruct(&s[base+int(in.A)], s[sp])
		case OpLdSlotAddr:
			s[sp] = Value{R: f.seg, N: uint64(base + int(in.A))}
			sp++
		case OpLdc:
			s[sp] = Value{N: in.K}
			sp++
		case OpLdNull:
			s[sp] = Value{}
			sp++
		case OpLdStr:
			s[sp] = Value{R: in.Ref.(*runtime.Object)}
			sp++
		case OpDup:
			s[sp] = s[sp-1]
			sp++
		case OpDupStruct:
			s[sp] = Value{R: s[sp-1].R.Clone()}
			sp++
		case OpPop:
			sp--
			s[sp] = Value{}

		case OpAddI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) + int32(s[sp].N)))
		case OpSubI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) - int32(s[sp].N)))
		case OpMulI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) * int32(s[sp].N)))
		case OpDivI4:
			f.PC = pc
			sp--
			a, b := int32(s[sp-1].N), int32(s[sp].N)
			if b == -1 && a == math.MinInt32 {
				f.PC, f.sp = pc-1, sp+1
				return Value{}, false, t.NewException("System.OverflowException", "")
			}
			s[sp-1].N = uint64(int64(a / b))
		case OpRemI4:
			f.PC = pc
			sp--
			a, b := int32(s[sp-1].N), int32(s[sp].N)
			if b == -1 {
				if a == math.MinInt32 {
					f.PC, f.sp = pc-1, sp+1
					return Value{}, false, t.NewException("System.OverflowException", "")
				}
				s[sp-1].N = 0
				break
			}
			s[sp-1].N = uint64(int64(a % b))
		case OpDivUnI4:
			f.PC = pc
			sp--
			s[sp-1].N = uint64(int64(int32(uint32(s[sp-1].N) / uint32(s[sp].N))))
		case OpRemUnI4:
			f.PC = pc
			sp--
			s[sp-1].N = uint64(int64(int32(uint32(s[sp-1].N) % uint32(s[sp].N))))
		case OpAndI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) & int32(s[sp].N)))
		case OpOrI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) | int32(s[sp].N)))
		case OpXorI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) ^ int32(s[sp].N)))
		case OpShlI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) << (s[sp].N & 31)))
		case OpShrI4:
			sp--
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) >> (s[sp].N & 31)))
		case OpShrUnI4:
			sp--
			s[sp-1].N = uint64(int64(int32(uint32(s[sp-1].N) >> (s[sp].N & 31))))
		case OpNegI4:
			s[sp-1].N = uint64(int64(-int32(s[sp-1].N)))
		case OpNotI4:
			s[sp-1].N = uint64(int64(^int32(s[sp-1].N)))
		case OpAddOvfI4, OpAddOvfUnI4, OpSubOvfI4, OpSubOvfUnI4, OpMulOvfI4, OpMulOvfUnI4:
			sp--
			r, ok := ovfI4(in.Op, s[sp-1].N, s[sp].N)
			if !ok {
				f.PC, f.sp = pc-1, sp+1
				return Value{}, false, t.NewException("System.OverflowException", "")
			}
			s[sp-1].N = r

		case OpAddI8:
			sp--
			s[sp-1].N += s[sp].N
		case OpSubI8:
			sp--
			s[sp-1].N -= s[sp].N
			if s[sp].R != nil {
				// pointer - pointer is a plain integer
				s[sp-1].R = nil
			}
		case OpMulI8:
			sp--
			s[sp-1].N *= s[sp].N
		case OpDivI8:
			f.PC = pc
			sp--
			a, b := int64(s[sp-1].N), int64(s[sp].N)
			if b == -1 && a == math.MinInt64 {
				f.PC, f.sp = pc-1, sp+1
				return Value{}, false, t.NewException("System.OverflowException", "")
			}
			s[sp-1].N = uint64(a / b)
		case OpRemI8:
			f.PC = pc
			sp--
			a, b := int64(s[sp-1].N), int64(s[sp].N)
			if b == -1 {
				if a == math.MinInt64 {
					f.PC, f.sp = pc-1, sp+1
					return Value{}, false, t.NewException("System.OverflowException", "")
				}
				s[sp-1].N = 0
				break
			}
			s[sp-1].N = uint64(a % b)
		case OpDivUnI8:
			f.PC = pc
			sp--
			s[sp-1].N /= s[sp].N
		case OpRemUnI8:
			f.PC = pc
			sp--
			s[sp-1].N %= s[sp].N
		case OpAndI8:
			sp--
			s[sp-1].N &= s[sp].N
		case OpOrI8:
			sp--
			s[sp-1].N |= s[sp].N
		case OpXorI8:
			sp--
			s[sp-1].N ^= s[sp].N
		case OpShlI8:
			sp--
			s[sp-1].N <<= s[sp].N & 63
		case OpShrI8:
			sp--
			s[sp-1].N = uint64(int64(s[sp-1].N) >> (s[sp].N & 63))
		case OpShrUnI8:
			sp--
			s[sp-1].N >>= s[sp].N & 63
		case OpNegI8:
			s[sp-1].N = -s[sp-1].N
		case OpNotI8:
			s[sp-1].N = ^s[sp-1].N
		case OpAddOvfI8, OpAddOvfUnI8, OpSubOvfI8, OpSubOvfUnI8, OpMulOvfI8, OpMulOvfUnI8:
			sp--
			r, ok := ovfI8(in.Op, s[sp-1].N, s[sp].N)
			if !ok {
				f.PC, f.sp = pc-1, sp+1
				return Value{}, false, t.NewException("System.OverflowException", "")
			}
			s[sp-1].N = r

		case OpAddR8:
			sp--
			s[sp-1].N = math.Float64bits(math.Float64frombits(s[sp-1].N) + math.Float64frombits(s[sp].N))
		case OpSubR8:
			sp--
			s[sp-1].N = math.Float64bits(math.Float64frombits(s[sp-1].N) - math.Float64frombits(s[sp].N))
		case OpMulR8:
			sp--
			s[sp-1].N = math.Float64bits(math.Float64frombits(s[sp-1].N) * math.Float64frombits(s[sp].N))
		case OpDivR8:
			sp--
			s[sp-1].N = math.Float64bits(math.Float64frombits(s[sp-1].N) / math.Float64frombits(s[sp].N))
		case OpRemR8:
			sp--
			s[sp-1].N = math.Float64bits(math.Mod(math.Float64frombits(s[sp-1].N), math.Float64frombits(s[sp].N)))
		case OpNegR8:
			s[sp-1].N ^= 1 << 63
		case OpAddR4:
			sp--
			s[sp-1].N = uint64(math.Float32bits(s[sp-1].R4() + s[sp].R4()))
		case OpSubR4:
			sp--
			s[sp-1].N = uint64(math.Float32bits(s[sp-1].R4() - s[sp].R4()))
		case OpMulR4:
			sp--
			s[sp-1].N = uint64(math.Float32bits(s[sp-1].R4() * s[sp].R4()))
		case OpDivR4:
			sp--
			s[sp-1].N = uint64(math.Float32bits(s[sp-1].R4() / s[sp].R4()))
		case OpRemR4:
			sp--
			s[sp-1].N = uint64(math.Float32bits(float32(math.Mod(float64(s[sp-1].R4()), float64(s[sp].R4())))))
		case OpNegR4:
			s[sp-1].N ^= 1 << 31
		case OpCkfinite:
			x := math.Float64frombits(s[sp-1].N)
			if in.K == 1 {
				x = float64(s[sp-1].R4())
			}
			if math.IsNaN(x) || math.IsInf(x, 0) {
				f.PC, f.sp = pc-1, sp
				return Value{}, false, t.NewException("System.OverflowException", "")
			}

		case OpCeq, OpCgt, OpCgtUn, OpClt, OpCltUn:
			sp--
			if compare(in.Op, in.B, s[sp-1], s[sp]) {
				s[sp-1] = Value{N: 1}
			} else {
				s[sp-1] = Value{}
			}

		case OpBr:
			pc = int(in.A)
		case OpBrTrue:
			sp--
			if s[sp].N != 0 || s[sp].R != nil {
				pc = int(in.A)
			}
		case OpBrFalse:
			sp--
			if s[sp].N == 0 && s[sp].R == nil {
				pc = int(in.A)
			}
		case OpBeqI4:
			sp -= 2
			if int32(s[sp].N) == int32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBneI4:
			sp -= 2
			if int32(s[sp].N) != int32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBltI4:
			sp -= 2
			if int32(s[sp].N) < int32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBleI4:
			sp -= 2
			if int32(s[sp].N) <= int32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBgtI4:
			sp -= 2
			if int32(s[sp].N) > int32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBgeI4:
			sp -= 2
			if int32(s[sp].N) >= int32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBltUnI4:
			sp -= 2
			if uint32(s[sp].N) < uint32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBleUnI4:
			sp -= 2
			if uint32(s[sp].N) <= uint32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBgtUnI4:
			sp -= 2
			if uint32(s[sp].N) > uint32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBgeUnI4:
			sp -= 2
			if uint32(s[sp].N) >= uint32(s[sp+1].N) {
				pc = int(in.A)
			}
		case OpBrCmp:
			sp -= 2
			if in.B&0xff == cmpI8 {
				x, y := int64(s[sp].N), int64(s[sp+1].N)
				var ok bool
				switch in.B >> 8 {
				case condLt:
					ok = x < y
				case condGe:
					ok = x >= y
				case condLe:
					ok = x <= y
				case condGt:
					ok = x > y
				case condEq:
					ok = x == y && s[sp].R == s[sp+1].R
				case condNe:
					ok = x != y || s[sp].R != s[sp+1].R
				default:
					ok = branchCompare(int(in.B>>8), in.B&0xff, s[sp], s[sp+1])
				}
				if ok {
					pc = int(in.A)
				}
				break
			}
			if branchCompare(int(in.B>>8), in.B&0xff, s[sp], s[sp+1]) {
				pc = int(in.A)
			}
		case OpSwitch:
			sp--
			targets := in.Ref.([]int32)
			if i := uint32(s[sp].N); uint64(i) < uint64(len(targets)) {
				pc = int(targets[i])
			}

		case OpConv:
			if in.K&convWiden != 0 {
				if sk(in.B) == skR4 {
					s[sp-1].N = math.Float64bits(float64(s[sp-1].R4()))
				}
				if sk(in.A) == skR4 {
					s[sp-2].N = math.Float64bits(float64(s[sp-2].R4()))
				}
				break
			}
			if in.K&convNorm != 0 {
				s[sp-1] = normalize(runtime.Storage(in.B), sk(in.A), s[sp-1])
				break
			}
			v, ok := convert(s[sp-1], sk(in.A), runtime.Storage(in.B), in.K)
			if !ok {
				f.PC, f.sp = pc-1, sp
				return Value{}, false, t.NewException("System.OverflowException", "")
			}
			s[sp-1] = v

		case OpAddI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) + int32(in.K)))
		case OpSubI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) - int32(in.K)))
		case OpMulI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) * int32(in.K)))
		case OpAndI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) & int32(in.K)))
		case OpOrI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) | int32(in.K)))
		case OpXorI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) ^ int32(in.K)))
		case OpShlI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) << (in.K & 31)))
		case OpShrI4K:
			s[sp-1].N = uint64(int64(int32(s[sp-1].N) >> (in.K & 31)))
		case OpShrUnI4K:
			s[sp-1].N = uint64(int64(int32(uint32(s[sp-1].N) >> (in.K & 31))))
		case OpBeqI4K:
			sp--
			if int32(s[sp].N) == int32(in.K) {
				pc = int(in.A)
			}
		case OpBneI4K:
			sp--
			if int32(s[sp].N) != int32(in.K) {
				pc = int(in.A)
			}
		case OpBltI4K:
			sp--
			if int32(s[sp].N) < int32(in.K) {
				pc = int(in.A)
			}
		case OpBleI4K:
			sp--
			if int32(s[sp].N) <= int32(in.K) {
				pc = int(in.A)
			}
		case OpBgtI4K:
			sp--
			if int32(s[sp].N) > int32(in.K) {
				pc = int(in.A)
			}
		case OpBgeI4K:
			sp--
			if int32(s[sp].N) >= int32(in.K) {
				pc = int(in.A)
			}
		case OpIncI4:
			p := &s[base+int(in.A)]
			p.N = uint64(int64(int32(p.N) + int32(in.K)))
		case OpBrSlotI4K:
			if slotCond(in.B&0xff, int32(s[base+int(in.B>>8)].N), int32(in.K)) {
				pc = int(in.A)
			}
		case OpLdElema:
			arr := s[sp-2].R
			if arr == nil || s[sp-1].N >= uint64(len(arr.Fields)) || in.Ref != nil {
				goto slow
			}
			sp--
			s[sp-1] = Value{R: arr, N: s[sp].N}
		case OpLdInd:
			p := s[sp-1]
			if p.R == nil || p.N&rawFlag != 0 || in.B < int32(runtime.StI4) || widthMismatch(p, runtime.Storage(in.B)) {
				goto slow
			}
			s[sp-1] = p.R.Fields[p.N]
		case OpStInd:
			p := s[sp-2]
			if p.R == nil || p.N&rawFlag != 0 || widthMismatch(p, runtime.Storage(in.B)) {
				goto slow
			}
			p.R.Fields[p.N] = normalize(runtime.Storage(in.B), sk(in.K), s[sp-1])
			sp -= 2
		case OpLdSlotFldO:
			obj := s[base+int(in.A)].R
			if obj == nil {
				goto slow
			}
			s[sp] = obj.Fields[in.B]
			sp++
		case OpLdElemFldP:
			arr := s[sp-2].R
			if arr == nil || s[sp-1].N >= uint64(len(arr.Fields)) {
				goto slow
			}
			sp--
			s[sp-1] = arr.Fields[s[sp].N].R.Fields[in.A]
		case OpLdFldO:
			obj := s[sp-1].R
			if obj == nil {
				goto slow
			}
			s[sp-1] = obj.Fields[in.A]
		case OpStFldO:
			obj := s[sp-2].R
			if obj == nil {
				goto slow
			}
			obj.Fields[in.A] = s[sp-1]
			sp -= 2
		case OpLdFldP:
			p := s[sp-1]
			if p.R == nil || p.N&rawFlag != 0 {
				goto slow
			}
			f.PC = pc
			s[sp-1] = p.R.Fields[p.N].R.Fields[in.A]
		case OpStFldP:
			p := s[sp-2]
			if p.R == nil || p.N&rawFlag != 0 {
				goto slow
			}
			f.PC = pc
			p.R.Fields[p.N].R.Fields[in.A] = s[sp-1]
			sp -= 2
		case OpCallICall:
			cs := in.Ref.(*callSite)
			argIdx := sp - cs.nargs
			if in.B != 0 && s[argIdx].R == nil {
				goto slow // raises the NullReferenceException
			}
			f.PC, f.sp = pc, sp
			r := cs.fn(t, s[argIdx:sp])
			if cs.m.Ret != nil {
				s[argIdx] = r
				sp = argIdx + 1
			} else {
				sp = argIdx
			}
		case OpLdSFld:
			s[sp] = in.Ref.(*runtime.Object).Fields[in.A]
			sp++
		case OpStSFld:
			sp--
			in.Ref.(*runtime.Object).Fields[in.A] = s[sp]
		case OpLdLen:
			arr := s[sp-1].R
			if arr == nil {
				goto slow
			}
			s[sp-1] = Value{N: uint64(len(arr.Fields))}
		case OpLdElem:
			arr := s[sp-2].R
			if arr == nil || s[sp-1].N >= uint64(len(arr.Fields)) {
				goto slow
			}
			v := arr.Fields[s[sp-1].N]
			if in.B < int32(runtime.StI4) && in.B > int32(runtime.StStruct) {
				v.N = runtime.Truncate(runtime.Storage(in.B), v.N)
			}
			sp--
			s[sp-1] = v
		case OpStElem:
			arr := s[sp-3].R
			if arr == nil || s[sp-2].N >= uint64(len(arr.Fields)) {
				goto slow
			}
			if in.A == 0 {
				arr.Fields[s[sp-2].N] = s[sp-1]
			} else {
				arr.Fields[s[sp-2].N] = normalize(runtime.Storage(in.B), sk(in.K), s[sp-1])
			}
			sp -= 3
		case OpCall:
			cs := in.Ref.(*callSite)
			if cs.m.ICall != nil || in.B != 0 && (in.B != callNullCheck || s[sp-cs.nargs].R == nil) {
				goto slow
			}
			cv := cs.m.Entry.Load()
			if cv == nil {
				goto slow
			}
			argIdx := sp - cs.nargs
			f.PC, f.sp = pc, argIdx
			nf, err := t.pushFrame(cv, cv.Code.(*Code), f.seg, argIdx)
			if err != nil {
				f.sp = sp
				goto slow
			}
			f = nf
			ins = f.Code.Instrs
			s = f.seg.Fields
			sp, pc, base = f.sp, 0, f.base
		case OpCallVirt:
			// Inline cache hit: call the cached implementation.
			cs := in.Ref.(*callSite)
			argIdx := sp - cs.nargs
			this := s[argIdx].R
			if this == nil || in.B != 0 {
				goto slow
			}
			c := cs.cache.Load()
			if c == nil {
				goto slow
			}
			impl := c.lookup(this.Type)
			if impl == nil || impl.ICall != nil {
				goto slow
			}
			if cs.probe != nil {
				cs.probe.record(this.Type)
			}
			cv := impl.Entry.Load()
			if cv == nil {
				goto slow
			}
			if impl.Declaring.IsValueType() {
				s[argIdx] = Value{R: this} // a boxed receiver: this is a byref to the box's value (slot 0)
			}
			f.PC, f.sp = pc, argIdx
			nf, err := t.pushFrame(cv, cv.Code.(*Code), f.seg, argIdx)
			if err != nil {
				f.sp = sp
				goto slow
			}
			f = nf
			ins = f.Code.Instrs
			s = f.seg.Fields
			sp, pc, base = f.sp, 0, f.base
		case OpNewObj:
			cs := in.Ref.(*callSite)
			if cs.fn != nil || cs.m.ICall != nil {
				goto slow
			}
			cv := cs.m.Entry.Load()
			if cv == nil {
				goto slow
			}
			f.PC = pc
			nf, err := t.pushCtor(f, cs, cv, sp-cs.nargs)
			if err != nil {
				f.PC = pc - 1
				return Value{}, false, t.stackOverflow()
			}
			f = nf
			ins = f.Code.Instrs
			s = f.seg.Fields
			sp, pc, base = f.sp, 0, f.base
		case OpRet, OpRetVoid:
			if in.A != 0 {
				sp = base + int(in.A) - 1 // register code (see setsSP)
			}
			// Only the frame a Go caller waits for (boundary) sits at depth
			// stop, so a normal non-boundary frame always has a caller here.
			if f.kind != frameNormal || f.boundary {
				goto slow
			}
			{
				var v Value
				if in.Op == OpRet {
					v = s[sp-1]
				}
				c := t.returnTo(f, in.Op == OpRet, v)
				t.freeFrame(f)
				f = c
				ins = f.Code.Instrs
				s = f.seg.Fields
				sp, pc, base = f.sp, f.PC, f.base
			}

		case OpNullCheck:
			if s[sp-1-int(in.A)].R == nil {
				goto slow
			}
		case OpPatchpoint:
			f.backEdges++
			if f.backEdges >= t.vm.osrThreshold && in.A == 0 {
				goto slow
			}
		default:
			if OpSetSP <= in.Op && in.Op < numRegOps {
				// Tier-1 register code runs in its own loop (reg.go).
				f.PC, f.sp = pc-1, sp
				t.runReg(f)
				f = t.frames[len(t.frames)-1]
				ins = f.Code.Instrs
				s = f.seg.Fields
				sp, pc, base = f.sp, f.PC, f.base
				continue
			}
			goto slow
		}
		continue
	slow:
		{
			// Less frequent instructions: object model, calls, exceptions.
			f.PC, f.sp = pc, sp
			r := t.slow(f, in, stop)
			switch r.kind {
			case slowContinue:
				sp = f.sp
				pc = f.PC
			case slowSwitchFrame:
				f = t.frames[len(t.frames)-1]
				ins = f.Code.Instrs
				s = f.seg.Fields
				sp, pc, base = f.sp, f.PC, f.base
			case slowDone:
				return r.val, true, nil
			case slowThrow:
				return Value{}, false, r.exc
			}
		}
	}
}

func storeStruct(dst *Value, v Value) {
	if dst.R != nil && v.R != nil && dst.R != v.R {
		dst.R.CopyFrom(v.R)
		return
	}
	*dst = v
}

func ovfI4(op Op, x, y uint64) (uint64, bool) {
	switch op {
	case OpAddOvfI4:
		r := int64(int32(x)) + int64(int32(y))
		return uint64(r), r == int64(int32(r))
	case OpSubOvfI4:
		r := int64(int32(x)) - int64(int32(y))
		return uint64(r), r == int64(int32(r))
	case OpMulOvfI4:
		r := int64(int32(x)) * int64(int32(y))
		return uint64(r), r == int64(int32(r))
	case OpAddOvfUnI4:
		r := uint64(uint32(x)) + uint64(uint32(y))
		return uint64(int64(int32(uint32(r)))), r <= math.MaxUint32
	case OpSubOvfUnI4:
		a, b := uint32(x), uint32(y)
		return uint64(int64(int32(a - b))), a >= b
	case OpMulOvfUnI4:
		r := uint64(uint32(x)) * uint64(uint32(y))
		return uint64(int64(int32(uint32(r)))), r <= math.MaxUint32
	}
	return 0, false
}

func ovfI8(op Op, x, y uint64) (uint64, bool) {
	switch op {
	case OpAddOvfI8:
		a, b := int64(x), int64(y)
		r := a + b
		return uint64(r), !((a >= 0) == (b >= 0) && (r >= 0) != (a >= 0))
	case OpSubOvfI8:
		a, b := int64(x), int64(y)
		r := a - b
		return uint64(r), !((a >= 0) != (b >= 0) && (r >= 0) != (a >= 0))
	case OpMulOvfI8:
		a, b := int64(x), int64(y)
		if a == 0 || b == 0 {
			return 0, true
		}
		r := a * b
		if r/b != a || (a == -1 && b == math.MinInt64) || (b == -1 && a == math.MinInt64) {
			return 0, false
		}
		return uint64(r), true
	case OpAddOvfUnI8:
		r := x + y
		return r, r >= x
	case OpSubOvfUnI8:
		return x - y, x >= y
	case OpMulOvfUnI8:
		if x == 0 || y == 0 {
			return 0, true
		}
		r := x * y
		return r, r/y == x
	}
	return 0, false
}

func compare(op Op, kind int32, a, b Value) bool {
	switch kind {
	case cmpI4:
		x, y := int32(a.N), int32(b.N)
		switch op {
		case OpCeq:
			return x == y
		case OpCgt:
			return x > y
		case OpClt:
			return x < y
		case OpCgtUn:
			return uint32(x) > uint32(y)
		case OpCltUn:
			return uint32(x) < uint32(y)
		}
	case cmpI8:
		switch op {
		case OpCeq:
			return a.N == b.N && a.R == b.R // pointers into different blocks differ
		case OpCgt:
			return int64(a.N) > int64(b.N)
		case OpClt:
			return int64(a.N) < int64(b.N)
		case OpCgtUn:
			return a.N > b.N
		case OpCltUn:
			return a.N < b.N
		}
	case cmpR8:
		x, y := math.Float64frombits(a.N), math.Float64frombits(b.N)
		switch op {
		case OpCeq:
			return x == y
		case OpCgt:
			return x > y
		case OpClt:
			return x < y
		case OpCgtUn:
			return !(x <= y)
		case OpCltUn:
			return !(x >= y)
		}
	case cmpRef:
		switch op {
		case OpCeq:
			return a.R == b.R && a.N == b.N
		case OpCgtUn:
			// "cgt.un obj, null" is the C# idiom for "obj != null": null
			// orders below every reference.
			if a.R != nil && b.R == nil {
				return true
			}
			return a.R == b.R && a.N > b.N
		case OpCltUn:
			if a.R == nil && b.R != nil {
				return true
			}
			return a.R == b.R && a.N < b.N
		case OpCgt:
			return a.N > b.N
		case OpClt:
			return a.N < b.N
		}
	}
	return false
}

// condI4 evaluates an int32 branch condition.
func condI4(cond, x, y int32) bool {
	switch cond {
	case condEq:
		return x == y
	case condNe:
		return x != y
	case condLt:
		return x < y
	case condLe:
		return x <= y
	case condGt:
		return x > y
	case condGe:
		return x >= y
	case condLtUn:
		return uint32(x) < uint32(y)
	case condLeUn:
		return uint32(x) <= uint32(y)
	case condGtUn:
		return uint32(x) > uint32(y)
	}
	return uint32(x) >= uint32(y)
}

func branchCompare(cond int, kind int32, a, b Value) bool {
	switch cond {
	case condEq:
		return compare(OpCeq, kind, a, b)
	case condNe:
		return !compare(OpCeq, kind, a, b)
	case condLt:
		return compare(OpClt, kind, a, b)
	case condGt:
		return compare(OpCgt, kind, a, b)
	case condLe:
		if kind == cmpR8 {
			return a.R8() <= b.R8()
		}
		return !compare(OpCgt, kind, a, b)
	case condGe:
		if kind == cmpR8 {
			return a.R8() >= b.R8()
		}
		return !compare(OpClt, kind, a, b)
	case condLtUn:
		return compare(OpCltUn, kind, a, b)
	case condGtUn:
		return compare(OpCgtUn, kind, a, b)
	case condLeUn:
		if kind == cmpR8 {
			return !(a.R8() > b.R8())
		}
		return !compare(OpCgtUn, kind, a, b)
	case condGeUn:
		if kind == cmpR8 {
			return !(a.R8() < b.R8())
		}
		return !compare(OpCltUn, kind, a, b)
	}
	return false
}
