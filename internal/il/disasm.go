package il

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/strata-runtime/strata/internal/metadata"
)

// Disassemble writes one monodis-style line per instruction
// ("IL_0000:  ldarg.0"). resolve names token operands; if it is nil or
// returns "", the token is printed in hex. Decoding stops at the first
// invalid instruction, whose error is returned after the lines before it
// have been written.
func Disassemble(w io.Writer, code []byte, resolve func(metadata.Token) string) error {
	bw := bufio.NewWriter(w)
	for off := uint32(0); uint64(off) < uint64(len(code)); {
		in, err := DecodeOne(code, off)
		if err != nil {
			if ferr := bw.Flush(); ferr != nil {
				return ferr
			}
			return fmt.Errorf("disassemble: %w", err)
		}
		fmt.Fprintf(bw, "IL_%04x:  %s\n", in.Offset, FormatInstruction(&in, resolve))
		off += in.Size
	}
	return bw.Flush()
}

// FormatInstruction renders an instruction's mnemonic and operand.
func FormatInstruction(in *Instruction, resolve func(metadata.Token) string) string {
	info := in.Info()
	var operand string
	switch info.Operand {
	case InlineNone:
		return info.Name
	case ShortInlineI, InlineI, InlineI8, ShortInlineVar, InlineVar:
		operand = strconv.FormatInt(in.Int, 10)
	case ShortInlineR:
		operand = strconv.FormatFloat(in.Float, 'g', -1, 32)
	case InlineR:
		operand = strconv.FormatFloat(in.Float, 'g', -1, 64)
	case ShortInlineBrTarget, InlineBrTarget:
		operand = fmt.Sprintf("IL_%04x", in.Target)
	case InlineSwitch:
		parts := make([]string, len(in.Targets))
		for i, t := range in.Targets {
			parts[i] = fmt.Sprintf("IL_%04x", t)
		}
		operand = "(" + strings.Join(parts, ", ") + ")"
	default:
		if resolve != nil {
			operand = resolve(in.Token)
		}
		if operand == "" {
			operand = in.Token.String()
		}
	}
	return info.Name + " " + operand
}
