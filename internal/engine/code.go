package engine

import (
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/strata-runtime/strata/internal/runtime"
)

// Code is the tier-0 form of one method body: IL translated into typed
// instructions over frame slots. It is the payload of a CodeVersion.
//
// Frame layout inside a stack segment: [args][locals][evaluation stack].
// Slot operands (A) are offsets from the frame base.
type Code struct {
	Method     *runtime.Method
	Instrs     []Instr
	NumArgs    int
	NumLocals  int
	MaxStack   int
	LocalTypes []*runtime.Type // struct locals get zeroed storage on entry
	Clauses    []Clause
	ILOffsets  []uint32 // IL offset of each instruction (stack traces)
	// Depth is the evaluation stack depth before each instruction, or -1
	// inside the expansion of one IL instruction into several.
	Depth           []int32
	HasStructLocals bool
	// OSRMap maps the index of a tier-0 patchpoint to the index of the same
	// loop header in this (tier-1) code.
	OSRMap map[int]int
	// osr is the optimised version frames of this tier-0 code move to.
	osr        atomic.Pointer[runtime.CodeVersion]
	osrMu      sync.Mutex
	EagerInit  []*runtime.Type // beforefieldinit types to initialise when the code is prepared
	InitLocals bool
	// Reg marks tier-1 register code, which runReg executes.
	Reg bool
	// inPlaceSize is NumArgs+NumLocals+MaxStack for register code whose
	// frame runReg may push in place (no struct locals need storage on
	// entry), and a size no stack segment has otherwise (set once
	// register code is built).
	inPlaceSize int
	// fromT0 maps tier-0 instruction indices to indices of this code
	// while tier-1 passes move instructions (nil: unchanged).
	fromT0 []int
	// inlineDeps are the IL versions of the methods the inline pass put
	// into this code.
	inlineDeps []*runtime.ILVersion
	// regionStart is the first slot of the inline region (0: none): the
	// arguments and locals of inlined bodies (see inline).
	regionStart int32
	// hoistStart is the first slot the hoist pass added for loop
	// invariants (0: none), above the inline region.
	hoistStart int32
}

// Clause is an exception-handling clause with instruction indices.
type Clause struct {
	Kind                     uint32 // 0 catch, 1 filter, 2 finally, 4 fault
	TryStart, TryEnd         int    // [TryStart, TryEnd)
	HandlerStart, HandlerEnd int
	FilterStart              int
	CatchType                *runtime.Type
}

// Instr is one tier-0 instruction.
type Instr struct {
	// d is what runReg's inner loop dispatches on (setDispatch): the
	// opcode for the ops it runs, in a byte (so the jump table over all
	// 256 values needs no range check), dExit for the others.
	d   uint8
	Op  Op
	A   int32
	B   int32
	K   uint64
	Ref any
}

// The values of Instr.d that are not opcodes.
const (
	dExit = 0   // leave the inner loop for the general path (the zero value: safe)
	dNop  = 254 // OpNop
	dMax  = 255 // never set: makes the dispatch table cover the whole byte
)

// The register ops must fit in Instr.d below the codes of their own
// (dCodes). The codes are untyped constants, not Ops.
var _ [dCodes - numRegOps]struct{}

// setDispatch sets the d of every instruction of finished tier-1 code,
// and the K of the type tests runReg's inner loop makes to their type's
// identity (typeWord), which saves the type assertion of Ref.
func setDispatch(c *Code) {
	for i := range c.Instrs {
		in := &c.Instrs[i]
		switch {
		case in.Op == OpNop:
			in.d = dNop
		case in.Op < numRegOps:
			in.d = uint8(in.Op)
			if d, ok := condDispatch[[2]int32{int32(in.Op), int32(in.K >> 32)}]; ok {
				in.d = d
			}
			switch {
			case in.Op == OpLdElemR && !truncatesOnLoad(runtime.Storage(in.K>>32)):
				in.d = dLdElemPlainR
			case in.Op == OpStElemR && in.K>>32 == 0:
				in.d = dStElemPlainR
			}
		default:
			in.d = dExit
		}
		switch in.Op {
		case OpGuardTypeR, OpIsInstR, OpCastClassR:
			in.K = typeWord(in.Ref.(*runtime.Type))
		}
	}
}

// Dispatch codes of runReg's inner loop for a branch with one condition
// (Instr.d, set by setDispatch): the condition is then part of the
// dispatch, not a second switch on K; and for array accesses with no
// truncation to test for.
const (
	dBrLtI4RK = dCodes + iota
	dBrGeI4RK
	dBrLeI4RK
	dBrGtI4RK
	dBrEqI4RK
	dBrNeI4RK
	dBrLtI4R
	dBrGeI4R
	dBrLeI4R
	dBrGtI4R
	dBrEqI4R
	dBrNeI4R
	dIncBrLtI4R
	dIncBrLtI4RK
	dIncBrLeI4R
	dIncBrLeI4RK
	dBrLtArrLenR
	dIncBrLtArrLenR
	dBrLtStrLenR
	dIncBrLtStrLenR
	dIncBrLeStrLenR
	dLdElemPlainR // OpLdElemR of an element it need not truncate
	dStElemPlainR // OpStElemR of an element it need not truncate
	dEnd          // not a code: the end of the condition codes
)

// dCodes is the first dispatch code that is not an opcode.
const dCodes = 160

// The codes must fit in Instr.d below dNop.
var _ [dNop - dEnd]struct{}

// condDispatch maps a branch and its condition (K>>32) to its dispatch code.
var condDispatch = map[[2]int32]uint8{
	{int32(OpBrI4RK), condLt}:       dBrLtI4RK,
	{int32(OpBrI4RK), condGe}:       dBrGeI4RK,
	{int32(OpBrI4RK), condLe}:       dBrLeI4RK,
	{int32(OpBrI4RK), condGt}:       dBrGtI4RK,
	{int32(OpBrI4RK), condEq}:       dBrEqI4RK,
	{int32(OpBrI4RK), condNe}:       dBrNeI4RK,
	{int32(OpBrI4R), condLt}:        dBrLtI4R,
	{int32(OpBrI4R), condGe}:        dBrGeI4R,
	{int32(OpBrI4R), condLe}:        dBrLeI4R,
	{int32(OpBrI4R), condGt}:        dBrGtI4R,
	{int32(OpBrI4R), condEq}:        dBrEqI4R,
	{int32(OpBrI4R), condNe}:        dBrNeI4R,
	{int32(OpIncBrI4R), condLt}:     dIncBrLtI4R,
	{int32(OpIncBrI4RK), condLt}:    dIncBrLtI4RK,
	{int32(OpIncBrI4R), condLe}:     dIncBrLeI4R,
	{int32(OpIncBrI4RK), condLe}:    dIncBrLeI4RK,
	{int32(OpBrArrLenR), condLt}:    dBrLtArrLenR,
	{int32(OpIncBrArrLenR), condLt}: dIncBrLtArrLenR,
	{int32(OpBrStrLenR), condLt}:    dBrLtStrLenR,
	{int32(OpIncBrStrLenR), condLt}: dIncBrLtStrLenR,
	{int32(OpIncBrStrLenR), condLe}: dIncBrLeStrLenR,
}

// typeWord is the identity of a type as a number (the type itself stays
// referenced by the instruction's Ref).
func typeWord(t *runtime.Type) uint64 { return uint64(uintptr(unsafe.Pointer(t))) }

// Op is a tier-0 opcode.
type Op uint32

// Stack kinds used by the translator's stack analysis.
type sk uint8

const (
	skI4 sk = iota + 1
	skI8
	skI // native int
	skR4
	skR8
	skO // object reference
	skP // managed pointer
	skV // struct value
)

//go:generate stringer -type=Op
const (
	OpNop Op = iota
	// From here to numRegOps: the ops of tier-1 register code (tier1.go),
	// which runReg executes (see Instr.d); they come first so that their
	// numbers fit in a byte. The register instructions (from OpMov on)
	// have frame slots as operands (offsets from the frame base): A is the
	// destination, B the first source, the low 32 bits of K the second
	// source (a slot, or for the *K forms a constant). They do not move
	// the evaluation stack pointer.
	OpBr
	OpIncI4      // slot A += K
	OpPatchpoint // loop header of tier-0 code: counts toward OSR (A = stack depth)
	OpCall       // Ref: *runtime.Method
	OpCallVirt   // Ref: *runtime.Method
	OpRet
	OpRetVoid
	OpSetSP  // sp = base + A
	OpMov    // s[A] = s[B]
	OpMovK   // s[A] = K
	OpAddI4R // s[A] = s[B] + s[K]
	OpSubI4R // s[A] = s[B] - s[K]
	OpMulI4R // s[A] = s[B] * s[K]
	OpAndI4R // s[A] = s[B] & s[K]
	OpOrI4R  // s[A] = s[B] | s[K]
	OpXorI4R // s[A] = s[B] ^ s[K]
	OpShlI4R // s[A] = s[B] << s[K]
	OpShrI4R // s[A] = s[B] >> s[K]
	OpShrUnI4R
	OpAddI4RK // s[A] = s[B] + K
	OpMulI4RK // s[A] = s[B] * K
	OpAndI4RK
	OpShlI4RK
	OpShrI4RK
	OpShrUnI4RK
	OpAddI8R
	OpSubI8R
	OpMulI8R
	OpAddI8RK
	OpAddR8R
	OpSubR8R
	OpMulR8R
	OpDivR8R
	OpBrI4R      // if s[B] <cond K>>32> s[K] goto A
	OpBrI4RK     // if s[B] <cond K>>32> int32(K) goto A
	OpBrCmpR     // if branchCompare(cond K>>32&0xff, kind K>>40, s[B], s[K]) goto A
	OpBrTrueR    // if s[B] != 0 goto A
	OpBrFalseR   // if s[B] == 0 goto A
	OpCmpR       // s[A] = compare(op K>>32, kind K>>48, s[B], s[K])
	OpLdElemR    // s[A] = s[B].R.Fields[s[K]], truncated to storage K>>32
	OpStElemR    // s[A].R.Fields[s[B]] = s[K], truncated to storage K>>32
	OpLdFldR     // s[A] = s[B].R.Fields[K]
	OpStFldR     // s[A].R.Fields[K] = s[B]
	OpLdLenR     // s[A] = len(s[B].R.Fields)
	OpLdElemaR   // s[A] = byref to s[B].R.Fields[s[K]]
	OpLdRefR     // s[A] = *s[B] (a byref to an array element), truncated to storage K>>32
	OpStRefR     // *s[A] = s[B] (a byref to an array element), truncated to storage K>>32
	OpDivI4R     // s[A] = s[B] / s[K]
	OpRemI4R     // s[A] = s[B] % s[K]
	OpConvR      // s[A] = convert(s[B]): flags K&0xff, from kind K>>32&0xff, to storage K>>40
	OpLdFldPR    // s[A] = field K of the struct s[B] points to
	OpStFldPR    // field K of the struct s[A] points to = s[B]
	OpLdElemFldR // s[A] = field K>>32 of struct element s[K] of array s[B]
	OpBrI8R      // if s[B] <cond K>>32> s[K] (int64) goto A
	OpBrR8R      // if s[B] <cond K>>32> s[K] (float64) goto A
	OpNullCheckR // NullReferenceException if s[B] is null
	OpGuardTypeR // if s[B] is not exactly of class Ref (*runtime.Type) goto A
	OpAllocObjR  // s[A] = new object of class Ref (*runtime.Type), no constructor run
	// Forms with a constant operand K made by the copy pass.
	OpStElemRK // s[A][s[B]] = K (already normalised to the element storage)
	OpDivI4RK  // s[A] = s[B] / K, K neither 0 nor -1
	OpRemI4RK  // s[A] = s[B] % K, K neither 0 nor -1
	OpAddR8RK  // s[A] = s[B] + K (float64 bits)
	OpMulR8RK  // s[A] = s[B] * K
	OpDivR8RK  // s[A] = s[B] / K
	OpSubR8KR  // s[A] = K - s[B]
	OpDivR8KR  // s[A] = K / s[B]
	// A loop's increment fused with the loop's test (the fuse pass).
	OpIncBrI4RK   // s[B]++; branch to A if s[B] <cond K>32> int32(K)
	OpIncBrI4R    // s[B]++; branch to A if s[B] <cond K>32> s[uint32(K)]
	OpDivUnI4R    // s[A] = uint32(s[B]) / uint32(s[uint32(K)])
	OpRemUnI4R    // s[A] = uint32(s[B]) % uint32(s[uint32(K)])
	OpTruncR      // s[A] = s[B] truncated to the integer storage K (the stored form of a small local or return value)
	OpLdStrR      // s[A] = Ref (a string literal)
	OpLdSlotAddrR // s[A] = a pointer to slot B of this frame
	OpNegI4R      // s[A] = -s[B]
	OpSqrtR       // s[A] = Math.Sqrt(s[B])
	OpLdIndR      // s[A] = *s[B], of storage K
	OpStIndR      // *s[A] = s[B], of storage uint8(K) from kind K>>8
	OpStElemRefR  // s[A][s[B]] = s[uint32(K)], an object reference (checks the array's element type)
	OpLdFldaR     // s[A] = a pointer to field K of the object s[B]
	OpAddBrI4R    // s[B] += s[K&0xffffff]; branch to A if s[B] <cond K>>48> s[K>>24&0xffffff] (int32)
	OpAddBrI8R    // the same for int64 and native int (a pointer keeps its container)
	OpStrLenR     // s[A] = s[B].Length, of a string (String.get_Length)
	OpStrCharR    // s[A] = s[B][s[uint32(K)]], of a string (String.get_Chars)
	OpIsInstR     // s[A] = s[B] if it is an instance of type Ref, else null
	OpCastClassR  // s[A] = s[B], which must be null or an instance of type Ref
	// Pairs fused by the fuse pass.
	OpMov2         // s[A] = s[B]; then s[uint32(K)] = s[K>>32]
	OpStElemFldR   // field K>>32 of struct element s[uint32(K)] of array s[A] = s[B]
	OpLdElemBrR    // s[K>>24&0xffffff] = s[B].R.Fields[s[K&0xffffff]], truncated to storage K>>48&0xff; branch to A if it is (bit 56 of K set) or is not zero
	OpMulAddR8R    // s[A] = s[B] + s[uint32(K)]*s[K>>32] (float64, the product rounded first)
	OpMulSubR8R    // s[A] = s[B] - s[uint32(K)]*s[K>>32] (float64, the product rounded first)
	OpCopyElemR    // s[A].R.Fields[s[B]] = s[uint32(K)].R.Fields[s[K>>32]] (elements that need no truncation)
	OpBrArrLenR    // branch to A if int32(s[B]) <cond K>>32> the length of array s[uint32(K)]
	OpBrStrLenR    // branch to A if int32(s[B]) <cond K>>32> the length of string s[uint32(K)]
	OpIncBrArrLenR // s[B]++ (int32); then OpBrArrLenR
	OpIncBrStrLenR // s[B]++ (int32); then OpBrStrLenR
	OpStFld2R      // s[A].R.Fields[K>>32] = s[B]; s[A].R.Fields[K>>32+1] = s[uint32(K)]
	OpLdFldBrR     // branch to A if s[B].R.Fields[uint32(K)] is (bit 32 of K set) or is not null or zero
	OpIncElemI4R   // s[A].R.Fields[s[B]] += int32(K), an int32 element (a[i]++)
	// Field K>>48 (float64) of struct element s[B] of array s[A] += (or -=)
	// s[K&0xffffff]*s[K>>24&0xffffff], the product rounded first (a[i].v -= d*m).
	OpElemFldMulAddR8R
	OpElemFldMulSubR8R
	numRegOps // not an op: the end of the register code's ops

	// The stack instructions of tier 0.
	OpLdSlot       // push slot A
	OpLdSlotStruct // push a copy of struct slot A
	OpStSlot       // pop into slot A
	OpStSlotNorm   // pop into slot A, normalised to storage B
	OpStSlotStruct // pop struct into slot A (copy into existing storage)
	OpLdSlotAddr   // push byref to slot A
	OpLdc          // push K
	OpLdNull
	OpLdStr // Ref: *runtime.Object
	OpDup
	OpDupStruct
	OpPop

	// Integer arithmetic, int32.
	OpAddI4
	OpSubI4
	OpMulI4
	OpDivI4
	OpRemI4
	OpDivUnI4
	OpRemUnI4
	OpAndI4
	OpOrI4
	OpXorI4
	OpShlI4
	OpShrI4
	OpShrUnI4
	OpNegI4
	OpNotI4
	OpAddOvfI4
	OpAddOvfUnI4
	OpSubOvfI4
	OpSubOvfUnI4
	OpMulOvfI4
	OpMulOvfUnI4
	// int64 / native int.
	OpAddI8
	OpSubI8
	OpMulI8
	OpDivI8
	OpRemI8
	OpDivUnI8
	OpRemUnI8
	OpAndI8
	OpOrI8
	OpXorI8
	OpShlI8
	OpShrI8
	OpShrUnI8
	OpNegI8
	OpNotI8
	OpAddOvfI8
	OpAddOvfUnI8
	OpSubOvfI8
	OpSubOvfUnI8
	OpMulOvfI8
	OpMulOvfUnI8
	// Floating point.
	OpAddR8
	OpSubR8
	OpMulR8
	OpDivR8
	OpRemR8
	OpNegR8
	OpAddR4
	OpSubR4
	OpMulR4
	OpDivR4
	OpRemR4
	OpNegR4
	OpCkfinite

	// Superinstructions (see fuse.go): K is the constant operand.
	OpAddI4K
	OpSubI4K
	OpMulI4K
	OpAndI4K
	OpOrI4K
	OpXorI4K
	OpShlI4K
	OpShrI4K
	OpShrUnI4K
	OpBeqI4K
	OpBneI4K
	OpBltI4K
	OpBleI4K
	OpBgtI4K
	OpBgeI4K
	OpLdSlotFldO // push field B of the object in slot A
	OpLdElemFldP // pop array, index; push field A of the struct element
	OpBrSlotI4K  // if slot (B>>8) <cond B&0xff> K goto A

	// Comparisons producing int32 0/1. B = compare kind (cmpI4 ...).
	OpCeq
	OpCgt
	OpCgtUn
	OpClt
	OpCltUn

	// Branches. A = target instruction.
	OpBrTrue
	OpBrFalse
	OpBeqI4
	OpBneI4
	OpBltI4
	OpBleI4
	OpBgtI4
	OpBgeI4
	OpBltUnI4
	OpBleUnI4
	OpBgtUnI4
	OpBgeUnI4
	OpBrCmp  // B = cond<<8 | kind (generic compare-and-branch)
	OpSwitch // Ref: []int32 targets
	OpLeave  // A = target, Ref: []int finally clause indices
	OpEndFinally
	OpEndFilter
	OpThrow
	OpRethrow

	OpConv // A = from kind, B = to conversion

	OpCallICall // Ref: *callSite
	OpCallConstrained
	OpCallI       // Ref: *runtime.Method signature holder (params count in A)
	OpNewObj      // Ref: *runtime.Method
	OpNewStruct   // Ref: *runtime.Method
	OpNewString   // Ref: *runtime.Method (String ctor icall)
	OpNewDelegate // Ref: *runtime.Type
	OpNewArrayMD  // Ref: *runtime.Type; A = rank args count
	OpGuardType   // if the object B below the top is not exactly of class Ref (*runtime.Type) goto A
	OpAllocObj    // push a new object of class Ref (*runtime.Type) without running a constructor (inlined newobj)
	OpArrayGet    // Ref: *runtime.Method
	OpArraySet
	OpArrayAddress
	OpInvokeDelegate // Ref: *runtime.Method (Invoke)
	OpInitType       // Ref: *runtime.Type

	OpLdFldO      // A = field index; object reference operand, non-struct field
	OpStFldO      // A = field index; object reference operand, no normalisation
	OpLdFldP      // A = field index; byref-to-struct operand, non-struct field
	OpStFldP      // A = field index; byref-to-struct operand, no normalisation
	OpStSFldNorm  // static store with normalisation to storage B
	OpLdFld       // A = field index; B = stack kind of the object operand
	OpLdFldStruct // copy of struct field
	OpLdFldPrim   // m_value of a primitive through byref/box
	OpStFld       // A = field index, B = storage for normalisation
	OpStFldStruct
	OpStFldPrim
	OpLdFlda
	OpLdFldaPrim
	OpLdSFld // Ref: *runtime.Type, A = index
	OpLdSFldStruct
	OpStSFld
	OpStSFldStruct
	OpLdSFlda
	OpLdThreadStatic // Ref: *runtime.Field
	OpStThreadStatic
	OpLdThreadStaticAddr

	OpNewArr // Ref: *runtime.Type element
	OpLdLen
	OpLdElem // B = storage (for reading small ints sign/zero extension is already done on store)
	OpLdElemStruct
	OpStElem    // B = storage
	OpStElemRef // with covariance check
	OpStElemStruct
	OpLdElema // Ref: *runtime.Type element (nil = no type check)

	OpLdInd // B = storage
	OpStInd // B = storage
	OpLdObj // Ref: *runtime.Type
	OpStObj
	OpCpObj
	OpInitObj

	OpBox // Ref: *runtime.Type
	OpUnbox
	OpUnboxAny
	OpIsInst
	OpCastClass
	OpLdToken // Ref: handle value holder; B = kind
	OpLdVirtFtn
	OpLocalloc
	OpCpBlk
	OpInitBlk
	OpMkRefAny
	OpRefAnyVal
	OpRefAnyType
	OpArgList
	OpThrowError // Ref: error; translation-time failure surfaced at run time
	OpJmp
	OpConvPtr      // byref/object → byte-addressed unmanaged pointer
	OpStIndPartial // store the low runtime.StorageSize(B) bytes into a wider primitive location
	OpVarArgPack   // pop A extra arguments into a hidden argument list (Ref: *runtime.VarArgList)
	OpLdFldBytes   // field of a byte-stored struct: A = offset, B = storage | object kind<<8
	OpStFldBytes
	OpLdFldaBytes
	OpLdFldVol
	OpStFldVol
	OpLdSFldVol
	OpStSFldVol
	OpLdIndVol
	OpStIndVol
	OpNullCheck // NullReferenceException if the value A below the top is null
	numOps
)
