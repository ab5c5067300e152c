package metadata

import (
	"fmt"
	"strings"
)

// This file decodes the signature blobs of ECMA-335 II.23.2: method, field,
// property, local-variable, type-spec and method-spec signatures. Nesting
// is bounded by MaxSigDepth so that a hostile blob cannot exhaust the stack,
// and every count is checked against the bytes left before anything is
// allocated.

// MaxSigDepth is the deepest type nesting a signature may have.
const MaxSigDepth = 64

// Calling-convention byte values and flags (II.23.2.1-3).
const (
	CallConvDefault      = 0x0
	CallConvC            = 0x1
	CallConvStdCall      = 0x2
	CallConvThisCall     = 0x3
	CallConvFastCall     = 0x4
	CallConvVarArg       = 0x5
	CallConvField        = 0x6
	CallConvLocalSig     = 0x7
	CallConvProperty     = 0x8
	CallConvUnmanaged    = 0x9
	CallConvGenericInst  = 0xA
	CallConvNativeVarArg = 0xB

	SigFlagGeneric      = 0x10
	SigFlagHasThis      = 0x20
	SigFlagExplicitThis = 0x40
)

// CustomMod is a modreq (Required) or modopt custom modifier.
type CustomMod struct {
	Required bool
	Type     Token // TypeDef, TypeRef or TypeSpec
}

// TypeSig is one decoded type from a signature.
type TypeSig struct {
	Kind     ElementType // never a modifier or pinned marker
	Token    Token       // ElemClass/ElemValueType: TypeDef/TypeRef/TypeSpec token
	Elem     *TypeSig    // Ptr, ByRef, SZArray, Array element; GenericInst: the generic type
	Args     []*TypeSig  // GenericInst arguments
	Index    uint32      // Var / MVar number
	Rank     uint32      // ElemArray
	Sizes    []uint32    // ElemArray
	LoBounds []int32     // ElemArray
	Method   *MethodSig  // FnPtr
	Mods     []CustomMod // custom modifiers preceding the type
	Pinned   bool        // locals only
}

// MethodSig is a decoded MethodDefSig, MethodRefSig or StandAloneMethodSig.
type MethodSig struct {
	HasThis       bool
	ExplicitThis  bool
	CallConv      byte // low four bits of the first byte
	Generic       bool
	GenParamCount uint32
	Ret           *TypeSig
	Params        []*TypeSig
	SentinelIndex int // index of the first vararg parameter, -1 if none
}

// PropertySig is a decoded PropertySig (II.23.2.5).
type PropertySig struct {
	HasThis bool
	Type    *TypeSig
	Params  []*TypeSig
}

// sigReader walks one signature blob.
type sigReader struct {
	b     []byte
	pos   int
	depth int
}

func sigErr(format string, args ...any) error { return errorf("signature", format, args...) }

func (r *sigReader) remaining() int { return len(r.b) - r.pos }

func (r *sigReader) byte() (byte, error) {
	if r.pos >= len(r.b) {
		return 0, sigErr("unexpected end at offset %d", r.pos)
	}
	c := r.b[r.pos]
	r.pos++
	return c, nil
}

func (r *sigReader) peek() (byte, bool) {
	if r.pos >= len(r.b) {
		return 0, false
	}
	return r.b[r.pos], true
}

func (r *sigReader) uint() (uint32, error) {
	v, n, err := DecodeCompressedUint(r.b[r.pos:])
	if err != nil {
		return 0, fmt.Errorf("signature offset %d: %w", r.pos, err)
	}
	r.pos += n
	return v, nil
}

func (r *sigReader) int() (int32, error) {
	v, n, err := DecodeCompressedInt(r.b[r.pos:])
	if err != nil {
		return 0, fmt.Errorf("signature offset %d: %w", r.pos, err)
	}
	r.pos += n
	return v, nil
}

// count reads an element count and checks that at least one byte per
// element remains, so hostile counts cannot cause huge allocations.
func (r *sigReader) count(what string) (uint32, error) {
	n, err := r.uint()
	if err != nil {
		return 0, err
	}
	if uint64(n) > uint64(r.remaining()) {
		return 0, sigErr("%s count %d exceeds the %d bytes left", what, n, r.remaining())
	}
	return n, nil
}

// typeDefOrRef reads a TypeDefOrRefOrSpecEncoded value (II.23.2.8).
func (r *sigReader) typeDefOrRef() (Token, error) {
	v, err := r.uint()
	if err != nil {
		return 0, err
	}
	var t TableID
	switch v & 3 {
	case 0:
		t = TableTypeDef
	case 1:
		t = TableTypeRef
	case 2:
		t = TableTypeSpec
	default:
		return 0, sigErr("invalid TypeDefOrRef tag in 0x%x", v)
	}
	return NewToken(t, v>>2), nil
}

// enter and leave bound recursion.
func (r *sigReader) enter() error {
	r.depth++
	if r.depth > MaxSigDepth {
		return sigErr("nesting deeper than %d", MaxSigDepth)
	}
	return nil
}

func (r *sigReader) leave() { r.depth-- }

// typ reads [CustomMod*] [PINNED] Type. Pinned is accepted only in locals.
func (r *sigReader) typ(allowPinned bool) (*TypeSig, error) {
	if err := r.enter(); err != nil {
		return nil, err
	}
	defer r.leave()
	t := &TypeSig{}
	for {
		c, ok := r.peek()
		if !ok {
			return nil, sigErr("unexpected end at offset %d", r.pos)
		}
		if ElementType(c) == ElemCModReqd || ElementType(c) == ElemCModOpt {
			r.pos++
			tok, err := r.typeDefOrRef()
			if err != nil {
				return nil, err
			}
			t.Mods = append(t.Mods, CustomMod{Required: ElementType(c) == ElemCModReqd, Type: tok})
			continue
		}
		if ElementType(c) == ElemPinned {
			if !allowPinned {
				return nil, sigErr("PINNED outside a local variable signature")
			}
			r.pos++
			t.Pinned = true
			continue
		}
		break
	}
	c, err := r.byte()
	if err != nil {
		return nil, err
	}
	t.Kind = ElementType(c)
	switch t.Kind {
	case ElemVoid, ElemBoolean, ElemChar, ElemI1, ElemU1, ElemI2, ElemU2, ElemI4,
		ElemU4, ElemI8, ElemU8, ElemR4, ElemR8, ElemString, ElemTypedByRef,
		ElemI, ElemU, ElemObject:
	case ElemPtr, ElemByRef, ElemSZArray:
		if t.Elem, err = r.typ(false); err != nil {
			return nil, err
		}
	case ElemClass, ElemValueType:
		if t.Token, err = r.typeDefOrRef(); err != nil {
			return nil, err
		}
	case ElemVar, ElemMVar:
		if t.Index, err = r.uint(); err != nil {
			return nil, err
		}
	case ElemArray:
		if err := r.arrayShape(t); err != nil {
			return nil, err
		}
	case ElemGenericInst:
		if err := r.genericInst(t); err != nil {
			return nil, err
		}
	case ElemFnPtr:
		if t.Method, err = r.methodSig(); err != nil {
			return nil, err
		}
	default:
		return nil, sigErr("unexpected element type 0x%02x at offset %d", c, r.pos-1)
	}
	return t, nil
}

// arrayShape reads the element type and ArrayShape of ELEMENT_TYPE_ARRAY.
func (r *sigReader) arrayShape(t *TypeSig) error {
	var err error
	if t.Elem, err = r.typ(false); err != nil {
		return err
	}
	if t.Rank, err = r.uint(); err != nil {
		return err
	}
	n, err := r.count("array size")
	if err != nil {
		return err
	}
	if n > t.Rank {
		return sigErr("%d array sizes for rank %d", n, t.Rank)
	}
	t.Sizes = make([]uint32, n)
	for i := range t.Sizes {
		if t.Sizes[i], err = r.uint(); err != nil {
			return err
		}
	}
	if n, err = r.count("array lower bound"); err != nil {
		return err
	}
	if n > t.Rank {
		return sigErr("%d array lower bounds for rank %d", n, t.Rank)
	}
	t.LoBounds = make([]int32, n)
	for i := range t.LoBounds {
		if t.LoBounds[i], err = r.int(); err != nil {
			return err
		}
	}
	return nil
}

// genericInst reads (CLASS|VALUETYPE) TypeDefOrRef GenArgCount Type*.
func (r *sigReader) genericInst(t *TypeSig) error {
	c, err := r.byte()
	if err != nil {
		return err
	}
	if ElementType(c) != ElemClass && ElementType(c) != ElemValueType {
		return sigErr("GENERICINST of element type 0x%02x", c)
	}
	tok, err := r.typeDefOrRef()
	if err != nil {
		return err
	}
	t.Elem = &TypeSig{Kind: ElementType(c), Token: tok}
	n, err := r.count("generic argument")
	if err != nil {
		return err
	}
	if n == 0 {
		return sigErr("GENERICINST with no arguments")
	}
	t.Args = make([]*TypeSig, n)
	for i := range t.Args {
		if t.Args[i], err = r.typ(false); err != nil {
			return err
		}
	}
	return nil
}

// methodSig reads a method signature starting at its calling-convention
// byte.
func (r *sigReader) methodSig() (*MethodSig, error) {
	if err := r.enter(); err != nil {
		return nil, err
	}
	defer r.leave()
	c, err := r.byte()
	if err != nil {
		return nil, err
	}
	ms := &MethodSig{
		CallConv:      c & 0x0F,
		HasThis:       c&SigFlagHasThis != 0,
		ExplicitThis:  c&SigFlagExplicitThis != 0,
		Generic:       c&SigFlagGeneric != 0,
		SentinelIndex: -1,
	}
	switch ms.CallConv {
	case CallConvDefault, CallConvC, CallConvStdCall, CallConvThisCall,
		CallConvFastCall, CallConvVarArg, CallConvUnmanaged, CallConvNativeVarArg:
	default:
		return nil, sigErr("0x%02x is not a method calling convention", c)
	}
	if ms.Generic {
		if ms.GenParamCount, err = r.uint(); err != nil {
			return nil, err
		}
	}
	n, err := r.count("parameter")
	if err != nil {
		return nil, err
	}
	if ms.Ret, err = r.typ(false); err != nil {
		return nil, err
	}
	ms.Params = make([]*TypeSig, n)
	for i := range ms.Params {
		if c, ok := r.peek(); ok && ElementType(c) == ElemSentinel {
			if ms.SentinelIndex >= 0 {
				return nil, sigErr("more than one SENTINEL")
			}
			r.pos++
			ms.SentinelIndex = i
		}
		if ms.Params[i], err = r.typ(false); err != nil {
			return nil, err
		}
	}
	return ms, nil
}

// ParseMethodSig decodes a MethodDefSig, MethodRefSig or StandAloneMethodSig.
func ParseMethodSig(b []byte) (*MethodSig, error) {
	r := &sigReader{b: b}
	return r.methodSig()
}

// ParseFieldSig decodes a FieldSig (II.23.2.4) and returns the field type.
func ParseFieldSig(b []byte) (*TypeSig, error) {
	r := &sigReader{b: b}
	c, err := r.byte()
	if err != nil {
		return nil, err
	}
	if c&0x0F != CallConvField {
		return nil, sigErr("0x%02x does not start a field signature", c)
	}
	return r.typ(false)
}

// ParsePropertySig decodes a PropertySig (II.23.2.5).
func ParsePropertySig(b []byte) (*PropertySig, error) {
	r := &sigReader{b: b}
	c, err := r.byte()
	if err != nil {
		return nil, err
	}
	if c&0x0F != CallConvProperty {
		return nil, sigErr("0x%02x does not start a property signature", c)
	}
	ps := &PropertySig{HasThis: c&SigFlagHasThis != 0}
	n, err := r.count("parameter")
	if err != nil {
		return nil, err
	}
	if ps.Type, err = r.typ(false); err != nil {
		return nil, err
	}
	ps.Params = make([]*TypeSig, n)
	for i := range ps.Params {
		if ps.Params[i], err = r.typ(false); err != nil {
			return nil, err
		}
	}
	return ps, nil
}

// ParseLocalsSig decodes a LocalVarSig (II.23.2.6).
func ParseLocalsSig(b []byte) ([]*TypeSig, error) {
	r := &sigReader{b: b}
	c, err := r.byte()
	if err != nil {
		return nil, err
	}
	if c != CallConvLocalSig {
		return nil, sigErr("0x%02x does not start a local variable signature", c)
	}
	n, err := r.count("local")
	if err != nil {
		return nil, err
	}
	locals := make([]*TypeSig, n)
	for i := range locals {
		if locals[i], err = r.typ(true); err != nil {
			return nil, fmt.Errorf("local %d: %w", i, err)
		}
	}
	return locals, nil
}

// ParseTypeSpec decodes a TypeSpec blob (II.23.2.14).
func ParseTypeSpec(b []byte) (*TypeSig, error) {
	r := &sigReader{b: b}
	return r.typ(false)
}

// ParseMethodSpec decodes a MethodSpec instantiation blob (II.23.2.15) and
// returns the generic arguments.
func ParseMethodSpec(b []byte) ([]*TypeSig, error) {
	r := &sigReader{b: b}
	c, err := r.byte()
	if err != nil {
		return nil, err
	}
	if c != CallConvGenericInst {
		return nil, sigErr("0x%02x does not start a method instantiation", c)
	}
	n, err := r.count("generic argument")
	if err != nil {
		return nil, err
	}
	args := make([]*TypeSig, n)
	for i := range args {
		if args[i], err = r.typ(false); err != nil {
			return nil, err
		}
	}
	return args, nil
}

// String formats the type with tokens shown as "[0x01000005]".
func (t *TypeSig) String() string { return t.Format(nil) }

// Format formats the type in ILAsm-like syntax, naming tokens with name
// (which may be nil, or return "" to fall back to the raw token).
func (t *TypeSig) Format(name func(Token) string) string {
	var sb strings.Builder
	t.write(&sb, name)
	return sb.String()
}

func tokenName(tok Token, name func(Token) string) string {
	if name != nil {
		if s := name(tok); s != "" {
			return s
		}
	}
	return "[" + tok.String() + "]"
}

func (t *TypeSig) write(sb *strings.Builder, name func(Token) string) {
	if t == nil {
		sb.WriteString("<nil>")
		return
	}
	switch t.Kind {
	case ElemClass:
		sb.WriteString("class " + tokenName(t.Token, name))
	case ElemValueType:
		sb.WriteString("valuetype " + tokenName(t.Token, name))
	case ElemPtr:
		t.Elem.write(sb, name)
		sb.WriteString("*")
	case ElemByRef:
		t.Elem.write(sb, name)
		sb.WriteString("&")
	case ElemSZArray:
		t.Elem.write(sb, name)
		sb.WriteString("[]")
	case ElemArray:
		t.Elem.write(sb, name)
		sb.WriteString("[")
		for i := uint32(0); i < t.Rank && i < 64; i++ {
			if i > 0 {
				sb.WriteString(",")
			}
			var lo int64
			hasLo := int(i) < len(t.LoBounds)
			if hasLo {
				lo = int64(t.LoBounds[i])
			}
			switch {
			case int(i) < len(t.Sizes):
				fmt.Fprintf(sb, "%d...%d", lo, lo+int64(t.Sizes[i])-1)
			case hasLo:
				fmt.Fprintf(sb, "%d...", lo)
			}
		}
		sb.WriteString("]")
	case ElemGenericInst:
		t.Elem.write(sb, name)
		sb.WriteString("<")
		for i, a := range t.Args {
			if i > 0 {
				sb.WriteString(", ")
			}
			a.write(sb, name)
		}
		sb.WriteString(">")
	case ElemVar:
		fmt.Fprintf(sb, "!%d", t.Index)
	case ElemMVar:
		fmt.Fprintf(sb, "!!%d", t.Index)
	case ElemFnPtr:
		sb.WriteString("method ")
		t.Method.write(sb, name, "*")
	default:
		sb.WriteString(t.Kind.String())
	}
	for _, m := range t.Mods {
		if m.Required {
			sb.WriteString(" modreq(")
		} else {
			sb.WriteString(" modopt(")
		}
		sb.WriteString(tokenName(m.Type, name) + ")")
	}
	if t.Pinned {
		sb.WriteString(" pinned")
	}
}

// String formats the signature, e.g. "instance void (int32, string)".
func (s *MethodSig) String() string { return s.Format(nil) }

// Format formats the signature naming tokens with name (see TypeSig.Format).
func (s *MethodSig) Format(name func(Token) string) string {
	var sb strings.Builder
	s.write(&sb, name, "")
	return sb.String()
}

var callConvNames = map[byte]string{
	CallConvC: "unmanaged cdecl ", CallConvStdCall: "unmanaged stdcall ",
	CallConvThisCall: "unmanaged thiscall ", CallConvFastCall: "unmanaged fastcall ",
	CallConvVarArg: "vararg ", CallConvUnmanaged: "unmanaged ",
	CallConvNativeVarArg: "native vararg ",
}

func (s *MethodSig) write(sb *strings.Builder, name func(Token) string, methodName string) {
	if s == nil {
		sb.WriteString("<nil>")
		return
	}
	if s.HasThis {
		sb.WriteString("instance ")
	}
	if s.ExplicitThis {
		sb.WriteString("explicit ")
	}
	sb.WriteString(callConvNames[s.CallConv])
	s.Ret.write(sb, name)
	sb.WriteString(" ")
	sb.WriteString(methodName)
	if s.Generic {
		fmt.Fprintf(sb, "<%d>", s.GenParamCount)
	}
	sb.WriteString("(")
	for i, p := range s.Params {
		if i > 0 {
			sb.WriteString(", ")
		}
		if i == s.SentinelIndex {
			sb.WriteString("..., ")
		}
		p.write(sb, name)
	}
	sb.WriteString(")")
}

// FormatNamed formats the signature with methodName between the return type
// and the parameter list, e.g. "instance void Foo(int32)".
func (s *MethodSig) FormatNamed(methodName string, name func(Token) string) string {
	var sb strings.Builder
	s.write(&sb, name, methodName)
	return sb.String()
}
