package il

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"

	"github.com/strata-runtime/strata/internal/metadata"
)

// ErrInvalidIL is matched (via errors.Is) by every decoding error.
var ErrInvalidIL = errors.New("invalid IL")

// DecodeError reports where and why an instruction stream is invalid.
type DecodeError struct {
	Offset uint32
	Detail string
}

func (e *DecodeError) Error() string { return fmt.Sprintf("IL_%04x: %s", e.Offset, e.Detail) }

// Is reports whether target is ErrInvalidIL.
func (e *DecodeError) Is(target error) bool { return target == ErrInvalidIL }

func decodeErr(off uint32, format string, args ...any) error {
	return &DecodeError{Offset: off, Detail: fmt.Sprintf(format, args...)}
}

// Instruction is one decoded instruction.
type Instruction struct {
	Offset  uint32
	Op      Opcode
	Size    uint32         // bytes including the operand
	Int     int64          // ShortInlineI/InlineI/InlineI8 value; var index for *InlineVar
	Float   float64        // ShortInlineR (widened) / InlineR
	Token   metadata.Token // InlineTok/Type/Method/Field/String/Sig
	Target  uint32         // branch target, absolute offset
	Targets []uint32       // switch targets, absolute offsets
}

// Info returns the description of the instruction's opcode.
func (in *Instruction) Info() Info {
	info, _ := Lookup(in.Op)
	return info
}

// Next returns the offset of the following instruction.
func (in *Instruction) Next() uint32 { return in.Offset + in.Size }

// DecodeOne decodes the instruction at off. Branch targets are computed but
// not validated against the body; Decode does that.
func DecodeOne(code []byte, off uint32) (Instruction, error) {
	in := Instruction{Offset: off}
	if uint64(off) >= uint64(len(code)) {
		return in, decodeErr(off, "offset beyond the %d-byte body", len(code))
	}
	pos := uint64(off)
	op := Opcode(code[pos])
	pos++
	if op == twoBytePrefix {
		if pos >= uint64(len(code)) {
			return in, decodeErr(off, "truncated two-byte opcode")
		}
		op = 0xFE00 | Opcode(code[pos])
		pos++
	}
	info, ok := Lookup(op)
	if !ok {
		return in, decodeErr(off, "unknown opcode 0x%x", uint16(op))
	}
	in.Op = op
	n := uint64(operandSizes[info.Operand])
	if n > uint64(len(code))-pos {
		return in, decodeErr(off, "truncated operand of %s", info.Name)
	}
	b := code[pos : pos+n]
	pos += n
	le := binary.LittleEndian
	switch info.Operand {
	case ShortInlineI:
		if op == Unaligned || op == No {
			in.Int = int64(b[0])
		} else {
			in.Int = int64(int8(b[0]))
		}
	case InlineI:
		in.Int = int64(int32(le.Uint32(b)))
	case InlineI8:
		in.Int = int64(le.Uint64(b))
	case ShortInlineR:
		in.Float = float64(math.Float32frombits(le.Uint32(b)))
	case InlineR:
		in.Float = math.Float64frombits(le.Uint64(b))
	case ShortInlineVar:
		in.Int = int64(b[0])
	case InlineVar:
		in.Int = int64(le.Uint16(b))
	case InlineTok, InlineType, InlineMethod, InlineField, InlineString, InlineSig:
		in.Token = metadata.Token(le.Uint32(b))
	case ShortInlineBrTarget:
		t, err := target(off, pos, int64(int8(b[0])))
		if err != nil {
			return in, err
		}
		in.Target = t
	case InlineBrTarget:
		t, err := target(off, pos, int64(int32(le.Uint32(b))))
		if err != nil {
			return in, err
		}
		in.Target = t
	case InlineSwitch:
		count := uint64(le.Uint32(b))
		if count > (uint64(len(code))-pos)/4 {
			return in, decodeErr(off, "switch with %d targets overruns the body", count)
		}
		end := pos + 4*count
		in.Targets = make([]uint32, count)
		for i := range in.Targets {
			d := int64(int32(le.Uint32(code[pos+4*uint64(i):])))
			t, err := target(off, end, d)
			if err != nil {
				return in, err
			}
			in.Targets[i] = t
		}
		pos = end
	}
	in.Size = uint32(pos - uint64(off))
	return in, nil
}

// target computes next+delta, rejecting results outside uint32.
func target(off uint32, next uint64, delta int64) (uint32, error) {
	t := int64(next) + delta
	if t < 0 || t > math.MaxUint32 {
		return 0, decodeErr(off, "branch target %d out of range", t)
	}
	return uint32(t), nil
}

// Decode decodes a whole method body. It fails on unknown opcodes,
// truncated operands, and branch or switch targets that lie outside the
// body or not on an instruction boundary.
func Decode(code []byte) ([]Instruction, error) {
	var out []Instruction
	starts := make([]bool, len(code)+1)
	for off := uint32(0); uint64(off) < uint64(len(code)); {
		in, err := DecodeOne(code, off)
		if err != nil {
			return nil, err
		}
		starts[off] = true
		out = append(out, in)
		off += in.Size
	}
	check := func(in *Instruction, t uint32) error {
		if uint64(t) >= uint64(len(code)) || !starts[t] {
			return decodeErr(in.Offset, "%s target IL_%04x is not an instruction in the body", in.Op, t)
		}
		return nil
	}
	for i := range out {
		in := &out[i]
		switch in.Info().Operand {
		case ShortInlineBrTarget, InlineBrTarget:
			if err := check(in, in.Target); err != nil {
				return nil, err
			}
		case InlineSwitch:
			for _, t := range in.Targets {
				if err := check(in, t); err != nil {
					return nil, err
				}
			}
		}
	}
	return out, nil
}
