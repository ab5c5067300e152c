package il

import "fmt"

// Opcode is a CIL opcode: the byte value for one-byte opcodes, 0xFE00|xx for
// the two-byte opcodes introduced by the 0xFE prefix byte.
type Opcode uint16

// twoBytePrefix is the first byte of every two-byte opcode.
const twoBytePrefix = 0xFE

// OperandKind says what operand follows an opcode (ECMA-335 III.1.9 and
// the operand-type names of the CLR's opcode table).
type OperandKind uint8

// Operand kinds.
const (
	InlineNone          OperandKind = iota // no operand
	ShortInlineI                           // int8 (or uint8 for unaligned./no.)
	InlineI                                // int32
	InlineI8                               // int64
	ShortInlineR                           // float32
	InlineR                                // float64
	ShortInlineBrTarget                    // int8 branch delta
	InlineBrTarget                         // int32 branch delta
	InlineSwitch                           // uint32 count, then count int32 deltas
	ShortInlineVar                         // uint8 argument or local index
	InlineVar                              // uint16 argument or local index
	InlineTok                              // token: TypeDef/TypeRef/TypeSpec/field/method
	InlineType                             // TypeDef/TypeRef/TypeSpec token
	InlineMethod                           // MethodDef/MemberRef/MethodSpec token
	InlineField                            // FieldDef/MemberRef token
	InlineString                           // user string token (0x70)
	InlineSig                              // StandAloneSig token
)

// operandSizes gives the fixed operand size of each kind (switch is
// variable and listed as 4, the size of its count).
var operandSizes = [...]uint32{
	InlineNone: 0, ShortInlineI: 1, InlineI: 4, InlineI8: 8, ShortInlineR: 4,
	InlineR: 8, ShortInlineBrTarget: 1, InlineBrTarget: 4, InlineSwitch: 4,
	ShortInlineVar: 1, InlineVar: 2, InlineTok: 4, InlineType: 4,
	InlineMethod: 4, InlineField: 4, InlineString: 4, InlineSig: 4,
}

// FlowControl classifies how an instruction affects control flow.
type FlowControl uint8

// Flow control kinds.
const (
	FlowNext       FlowControl = iota // falls through
	FlowBranch                        // unconditional branch (br, leave)
	FlowCondBranch                    // conditional branch or switch
	FlowCall                          // call, callvirt, calli, newobj, jmp
	FlowReturn                        // ret, endfinally, endfilter
	FlowThrow                         // throw, rethrow
	FlowBreak                         // break
	FlowMeta                          // prefix that modifies the next instruction
)

// Info describes one opcode.
type Info struct {
	Name    string // IL mnemonic, e.g. "ldc.i4.s"
	Operand OperandKind
	// Pop and Push are the number of stack slots consumed and produced,
	// or -1 where that depends on the operand (calls) or on the current
	// stack (ret). leave and endfinally empty the stack; they are listed
	// as 0/0 like in the CLR's own table.
	Pop, Push int8
	Prefix    bool // a prefix (volatile., tail., constrained., ...)
	Flow      FlowControl
}

// Lookup returns the description of op; ok is false for unassigned opcodes.
func Lookup(op Opcode) (Info, bool) {
	var info Info
	switch {
	case op < 0x100:
		info = oneByteOps[op]
	case op>>8 == twoBytePrefix:
		info = twoByteOps[op&0xFF]
	}
	return info, info.Name != ""
}

// Size returns the encoded size of the opcode itself (1 or 2 bytes).
func (op Opcode) Size() uint32 {
	if op >= 0x100 {
		return 2
	}
	return 1
}

// String returns the IL mnemonic, or a hex form for unassigned opcodes.
func (op Opcode) String() string {
	if info, ok := Lookup(op); ok {
		return info.Name
	}
	return fmt.Sprintf("opcode(0x%x)", uint16(op))
}
