package il

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/strata-runtime/strata/internal/metadata"
)

func TestOpcodeTable(t *testing.T) {
	names := map[string]Opcode{}
	count := 0
	for i := 0; i < 0x100; i++ {
		for _, op := range []Opcode{Opcode(i), 0xFE00 | Opcode(i)} {
			info, ok := Lookup(op)
			if !ok {
				continue
			}
			count++
			if prev, dup := names[info.Name]; dup {
				t.Errorf("%s used by 0x%x and 0x%x", info.Name, prev, op)
			}
			names[info.Name] = op
			if info.Prefix != (info.Flow == FlowMeta) {
				t.Errorf("%s: prefix flag and flow disagree", info.Name)
			}
		}
	}
	if _, ok := Lookup(0xFE); ok {
		t.Error("0xFE itself must not be an opcode")
	}
	if _, ok := Lookup(0x24); ok {
		t.Error("0x24 is unassigned")
	}
	if _, ok := Lookup(0xFD01); ok {
		t.Error("out-of-range opcode accepted")
	}
	if count != 219 {
		t.Errorf("opcode count = %d, want 219", count)
	}
	want := map[Opcode]string{
		Nop: "nop", Ldarg0: "ldarg.0", Ldc_I4_S: "ldc.i4.s", Br_S: "br.s", Call: "call",
		Callvirt: "callvirt", Ldfld: "ldfld", Ceq: "ceq", Constrained: "constrained.",
		Readonly: "readonly.", Tail: "tail.", Volatile: "volatile.", Unaligned: "unaligned.",
		No: "no.", Ldc_I4_M1: "ldc.i4.m1", Conv_Ovf_I1_Un: "conv.ovf.i1.un",
		Ldelem_Ref: "ldelem.ref", Stind_I4: "stind.i4", Ldind_U1: "ldind.u1", Br: "br",
		Brtrue_S: "brtrue.s", Leave_S: "leave.s", Endfinally: "endfinally",
		Endfilter: "endfilter", Localloc: "localloc", Sizeof: "sizeof",
		Refanytype: "refanytype", Mkrefany: "mkrefany", Arglist: "arglist", Jmp: "jmp",
		Calli: "calli", Ldftn: "ldftn", Ldvirtftn: "ldvirtftn", Initblk: "initblk",
		Cpblk: "cpblk", Initobj: "initobj", Cpobj: "cpobj", Ldobj: "ldobj", Stobj: "stobj",
		Ldtoken: "ldtoken", Ckfinite: "ckfinite", Rethrow: "rethrow", Switch: "switch",
		Unbox_Any: "unbox.any", Conv_U: "conv.u", Stloc3: "stloc.3",
	}
	for op, name := range want {
		if op.String() != name {
			t.Errorf("0x%x: name %q, want %q", uint16(op), op.String(), name)
		}
	}
	if Ceq != 0xFE01 || Constrained != 0xFE16 || No != 0xFE19 || Conv_U != 0xE0 {
		t.Error("two-byte opcode values wrong")
	}
}

func TestDecodeOperands(t *testing.T) {
	code := []byte{
		0x02,       // 0 ldarg.0
		0x1F, 0xF6, // 1 ldc.i4.s -10
		0x20, 1, 0, 0, 0, // 3 ldc.i4 1
		0x21, 1, 2, 3, 4, 5, 6, 7, 8, // 8 ldc.i8
		0x22, 0, 0, 0xC0, 0x3F, // 17 ldc.r4 1.5
		0x23, 0, 0, 0, 0, 0, 0, 4, 0x40, // 22 ldc.r8 2.5
		0xFE, 0x0C, 0x05, 0x01, // 31 ldloc 261
		0x72, 1, 0, 0, 0x70, // 35 ldstr
		0x45, 2, 0, 0, 0, 0xF3, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0, // 40 switch (IL_0000... relative to 53)
		0x2B, 0xFE, // 53 br.s 53
		0xFE, 0x16, 2, 0, 0, 1, // 55 constrained.
		0x6F, 1, 0, 0, 0x0A, // 61 callvirt
		0x2A, // 66 ret
	}
	ins, err := Decode(code)
	if err != nil {
		t.Fatal(err)
	}
	if len(ins) != 13 {
		t.Fatalf("%d instructions", len(ins))
	}
	checks := []struct {
		i    int
		op   Opcode
		off  uint32
		iv   int64
		fv   float64
		tok  metadata.Token
		tgt  uint32
		size uint32
	}{
		{1, Ldc_I4_S, 1, -10, 0, 0, 0, 2},
		{2, Ldc_I4, 3, 1, 0, 0, 0, 5},
		{3, Ldc_I8, 8, 0x0807060504030201, 0, 0, 0, 9},
		{4, Ldc_R4, 17, 0, 1.5, 0, 0, 5},
		{5, Ldc_R8, 22, 0, 2.5, 0, 0, 9},
		{6, Ldloc, 31, 261, 0, 0, 0, 4},
		{7, Ldstr, 35, 0, 0, 0x70000001, 0, 5},
		{9, Br_S, 53, 0, 0, 0, 53, 2},
		{10, Constrained, 55, 0, 0, 0x01000002, 0, 6},
		{11, Callvirt, 61, 0, 0, 0x0A000001, 0, 5},
	}
	for _, c := range checks {
		in := ins[c.i]
		if in.Op != c.op || in.Offset != c.off || in.Int != c.iv || in.Float != c.fv || in.Token != c.tok || in.Target != c.tgt || in.Size != c.size {
			t.Errorf("instruction %d = %+v", c.i, in)
		}
	}
	if sw := ins[8]; len(sw.Targets) != 2 || sw.Targets[0] != 40 || sw.Targets[1] != 53 {
		t.Errorf("switch = %+v", sw)
	}
}

func TestDecodeErrors(t *testing.T) {
	cases := map[string][]byte{
		"truncated operand":   {0x20, 1, 2},
		"truncated two-byte":  {0xFE},
		"unknown opcode":      {0x24},
		"unknown two-byte":    {0xFE, 0x08},
		"target outside":      {0x2B, 0x05},
		"target before start": {0x2B, 0x80},
		"target mid-instr":    {0x2B, 0x01, 0x20, 0, 0, 0, 0},
		"switch overrun":      {0x45, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0, 0},
		"switch bad target":   {0x45, 1, 0, 0, 0, 9, 0, 0, 0},
	}
	for name, code := range cases {
		_, err := Decode(code)
		if !errors.Is(err, ErrInvalidIL) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
}

func TestDisassemble(t *testing.T) {
	code := []byte{0x02, 0x1F, 0x0A, 0x72, 1, 0, 0, 0x70, 0x2C, 0x01, 0x2A, 0x2A}
	var buf bytes.Buffer
	err := Disassemble(&buf, code, func(tok metadata.Token) string {
		if tok.Table() == metadata.TokenUserString {
			return `"hi"`
		}
		return ""
	})
	if err != nil {
		t.Fatal(err)
	}
	want := "IL_0000:  ldarg.0\nIL_0001:  ldc.i4.s 10\nIL_0003:  ldstr \"hi\"\nIL_0008:  brfalse.s IL_000b\nIL_000a:  ret\nIL_000b:  ret\n"
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
	buf.Reset()
	if err := Disassemble(&buf, []byte{0x00, 0x24}, nil); err == nil || !strings.HasPrefix(buf.String(), "IL_0000:  nop") {
		t.Errorf("bad opcode: err=%v out=%q", err, buf.String())
	}
}

// TestDecodeMscorlib decodes every method body of Mono's mscorlib.
func TestDecodeMscorlib(t *testing.T) {
	const path = "/usr/lib/mono/4.5/mscorlib.dll"
	if _, err := os.Stat(path); err != nil {
		t.Skip("mscorlib.dll not installed")
	}
	im, err := metadata.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	m := im.Metadata()
	n := 0
	for r := uint32(1); r <= m.RowCount(metadata.TableMethodDef); r++ {
		md, err := m.MethodDef(r)
		if err != nil {
			t.Fatal(err)
		}
		if md.RVA == 0 {
			continue
		}
		body, err := im.MethodBody(md.RVA)
		if err != nil {
			t.Fatalf("method %d: %v", r, err)
		}
		if _, err := Decode(body.Code); err != nil {
			t.Fatalf("method %d %s: %v", r, md.Name, err)
		}
		n++
	}
	t.Logf("decoded %d bodies", n)
}
