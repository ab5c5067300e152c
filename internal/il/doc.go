// Package il decodes CIL instruction streams (ECMA-335 Partition III).
//
// The opcode set lives in a table indexed by opcode (opcodes.go) rather than
// in a switch, so the decoder, the disassembler and the runtime's
// interpreter or compiler all read the same single description of operand
// sizes, stack behaviour and control flow. Decoding is strictly
// bounds-checked: truncated operands, unknown opcodes and branches that do
// not land on an instruction boundary are reported as errors.
package il
