package metadata

import (
	"encoding/binary"
	"fmt"
	"math"
	"unicode/utf8"
)

// This file decodes custom attribute value blobs (ECMA-335 II.23.3): the
// prolog, the fixed arguments typed by the constructor's parameters and the
// named field/property arguments that carry their own type encoding.

// CAArg is one decoded custom attribute argument.
type CAArg struct {
	// Type is the encoding of Value: ElemBoolean..ElemR8 (for enums, the
	// underlying type), ElemString, ElemCAType (a System.Type given by its
	// name) or ElemSZArray.
	Type ElementType
	// Value holds bool, uint16 (char), int8..uint64, float32, float64,
	// string, []CAArg (arrays), or nil for a null string, type or array.
	Value any
	// ElemType is the element type of an array (ElemCAEnum for enums,
	// ElemCABoxed for object[]).
	ElemType ElementType
	Enum     bool   // Value is an enum constant
	EnumName string // enum type name, when the blob names it
	EnumType Token  // enum type token, when it came from the constructor
	Boxed    bool   // the argument was declared object and boxed
}

// CANamedArg is a named field or property assignment.
type CANamedArg struct {
	IsProperty bool
	Name       string
	Arg        CAArg
}

// CustomAttributeValue is a decoded custom attribute blob.
type CustomAttributeValue struct {
	Fixed []CAArg
	Named []CANamedArg
}

// CAOptions supplies the type knowledge a blob does not carry itself.
type CAOptions struct {
	// ResolveEnum gives the underlying type of an enum (ElemValueType
	// parameter). For an ElemClass parameter it may return ElemCAType
	// (System.Type), ElemObject or ElemString. If nil, value types are
	// assumed to be int32 enums and classes System.Type.
	ResolveEnum func(Token) (ElementType, error)
	// ResolveEnumName is the same for enums named by string in named or
	// boxed arguments. If nil, int32 is assumed.
	ResolveEnumName func(name string) (ElementType, error)
}

// ParseCustomAttributeValue decodes a custom attribute blob given the
// constructor's parameter types.
func ParseCustomAttributeValue(blob []byte, ctorParams []*TypeSig, resolveEnum func(Token) (ElementType, error)) (*CustomAttributeValue, error) {
	return ParseCustomAttributeValueOpts(blob, ctorParams, CAOptions{ResolveEnum: resolveEnum})
}

// caType is the type of a custom attribute argument, from either a
// constructor parameter or a FieldOrPropType encoding.
type caType struct {
	kind     ElementType // primitive, ElemString, ElemCAType, ElemCABoxed, ElemSZArray, ElemCAEnum
	elem     *caType     // ElemSZArray
	under    ElementType // ElemCAEnum: underlying primitive
	enumName string
	enumTok  Token
}

type caReader struct {
	b     []byte
	pos   int
	opts  CAOptions
	depth int
}

func caErr(format string, args ...any) error { return errorf("custom attribute blob", format, args...) }

func (r *caReader) take(n int) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.pos {
		return nil, caErr("unexpected end at offset %d", r.pos)
	}
	s := r.b[r.pos : r.pos+n]
	r.pos += n
	return s, nil
}

// ParseCustomAttributeValueOpts is ParseCustomAttributeValue with full
// control over type resolution.
func ParseCustomAttributeValueOpts(blob []byte, ctorParams []*TypeSig, opts CAOptions) (*CustomAttributeValue, error) {
	r := &caReader{b: blob, opts: opts}
	prolog, err := r.take(2)
	if err != nil {
		return nil, err
	}
	if prolog[0] != 1 || prolog[1] != 0 {
		return nil, caErr("bad prolog 0x%02x%02x", prolog[1], prolog[0])
	}
	v := &CustomAttributeValue{}
	for i, p := range ctorParams {
		t, err := r.typeFromSig(p)
		if err != nil {
			return nil, fmt.Errorf("fixed argument %d: %w", i, err)
		}
		a, err := r.value(t)
		if err != nil {
			return nil, fmt.Errorf("fixed argument %d: %w", i, err)
		}
		v.Fixed = append(v.Fixed, a)
	}
	if r.pos == len(r.b) {
		return v, nil // some emitters omit a zero NumNamed
	}
	nb, err := r.take(2)
	if err != nil {
		return nil, err
	}
	n := int(binary.LittleEndian.Uint16(nb))
	for i := 0; i < n; i++ {
		na, err := r.named()
		if err != nil {
			return nil, fmt.Errorf("named argument %d: %w", i, err)
		}
		v.Named = append(v.Named, na)
	}
	return v, nil
}

func (r *caReader) named() (CANamedArg, error) {
	var na CANamedArg
	k, err := r.take(1)
	if err != nil {
		return na, err
	}
	switch ElementType(k[0]) {
	case ElemCAField:
	case ElemCAProperty:
		na.IsProperty = true
	default:
		return na, caErr("named argument kind 0x%02x", k[0])
	}
	t, err := r.fieldOrPropType()
	if err != nil {
		return na, err
	}
	name, isNull, err := r.serString()
	if err != nil {
		return na, err
	}
	if isNull {
		return na, caErr("named argument has a null name")
	}
	na.Name = name
	na.Arg, err = r.value(t)
	return na, err
}

// typeFromSig converts a constructor parameter type to a caType.
func (r *caReader) typeFromSig(p *TypeSig) (*caType, error) {
	if p == nil {
		return nil, caErr("nil parameter type")
	}
	switch p.Kind {
	case ElemBoolean, ElemChar, ElemI1, ElemU1, ElemI2, ElemU2, ElemI4, ElemU4,
		ElemI8, ElemU8, ElemR4, ElemR8, ElemString:
		return &caType{kind: p.Kind}, nil
	case ElemObject:
		return &caType{kind: ElemCABoxed}, nil
	case ElemSZArray:
		if p.Elem != nil && p.Elem.Kind == ElemSZArray {
			return nil, caErr("nested arrays are not allowed")
		}
		e, err := r.typeFromSig(p.Elem)
		if err != nil {
			return nil, err
		}
		return &caType{kind: ElemSZArray, elem: e}, nil
	case ElemClass:
		k := ElemCAType
		if r.opts.ResolveEnum != nil {
			var err error
			if k, err = r.opts.ResolveEnum(p.Token); err != nil {
				return nil, fmt.Errorf("resolve %s: %w", p.Token, err)
			}
		}
		switch k {
		case ElemCAType, ElemString:
			return &caType{kind: k}, nil
		case ElemObject:
			return &caType{kind: ElemCABoxed}, nil
		}
		return nil, caErr("class parameter %s of kind %s is not allowed", p.Token, k)
	case ElemValueType:
		u := ElemI4
		if r.opts.ResolveEnum != nil {
			var err error
			if u, err = r.opts.ResolveEnum(p.Token); err != nil {
				return nil, fmt.Errorf("resolve enum %s: %w", p.Token, err)
			}
		}
		if !isCAIntegral(u) {
			return nil, caErr("enum %s has underlying type %s", p.Token, u)
		}
		return &caType{kind: ElemCAEnum, under: u, enumTok: p.Token}, nil
	}
	return nil, caErr("parameter type %s is not allowed in a custom attribute", p.Kind)
}

func isCAIntegral(e ElementType) bool {
	switch e {
	case ElemBoolean, ElemChar, ElemI1, ElemU1, ElemI2, ElemU2, ElemI4, ElemU4, ElemI8, ElemU8:
		return true
	}
	return false
}

// fieldOrPropType reads a FieldOrPropType encoding (II.23.3).
func (r *caReader) fieldOrPropType() (*caType, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > MaxSigDepth {
		return nil, caErr("type nesting deeper than %d", MaxSigDepth)
	}
	b, err := r.take(1)
	if err != nil {
		return nil, err
	}
	k := ElementType(b[0])
	switch k {
	case ElemBoolean, ElemChar, ElemI1, ElemU1, ElemI2, ElemU2, ElemI4, ElemU4,
		ElemI8, ElemU8, ElemR4, ElemR8, ElemString, ElemCAType, ElemCABoxed:
		return &caType{kind: k}, nil
	case ElemSZArray:
		e, err := r.fieldOrPropType()
		if err != nil {
			return nil, err
		}
		return &caType{kind: ElemSZArray, elem: e}, nil
	case ElemCAEnum:
		name, isNull, err := r.serString()
		if err != nil {
			return nil, err
		}
		if isNull {
			return nil, caErr("enum type name is null")
		}
		u := ElemI4
		if r.opts.ResolveEnumName != nil {
			if u, err = r.opts.ResolveEnumName(name); err != nil {
				return nil, fmt.Errorf("resolve enum %q: %w", name, err)
			}
		}
		if !isCAIntegral(u) {
			return nil, caErr("enum %q has underlying type %s", name, u)
		}
		return &caType{kind: ElemCAEnum, under: u, enumName: name}, nil
	}
	return nil, caErr("invalid FieldOrPropType 0x%02x", b[0])
}

// serString reads a SerString: a compressed length (0xFF for null) and
// UTF-8 bytes.
func (r *caReader) serString() (s string, isNull bool, err error) {
	if r.pos < len(r.b) && r.b[r.pos] == 0xFF {
		r.pos++
		return "", true, nil
	}
	n, hl, err := DecodeCompressedUint(r.b[r.pos:])
	if err != nil {
		return "", false, fmt.Errorf("string length at offset %d: %w", r.pos, err)
	}
	r.pos += hl
	b, err := r.take(int(n))
	if err != nil {
		return "", false, err
	}
	if !utf8.Valid(b) {
		return "", false, caErr("string at offset %d is not UTF-8", r.pos-len(b))
	}
	return string(b), false, nil
}

// value reads one value of type t.
func (r *caReader) value(t *caType) (CAArg, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > MaxSigDepth {
		return CAArg{}, caErr("value nesting deeper than %d", MaxSigDepth)
	}
	switch t.kind {
	case ElemString, ElemCAType:
		s, isNull, err := r.serString()
		if err != nil {
			return CAArg{}, err
		}
		a := CAArg{Type: t.kind}
		if !isNull {
			a.Value = s
		}
		return a, nil
	case ElemCABoxed:
		inner, err := r.fieldOrPropType()
		if err != nil {
			return CAArg{}, err
		}
		if inner.kind == ElemCABoxed {
			return CAArg{}, caErr("boxed value of type object")
		}
		a, err := r.value(inner)
		a.Boxed = true
		return a, err
	case ElemCAEnum:
		a, err := r.primitive(t.under)
		a.Enum, a.EnumName, a.EnumType = true, t.enumName, t.enumTok
		return a, err
	case ElemSZArray:
		nb, err := r.take(4)
		if err != nil {
			return CAArg{}, err
		}
		a := CAArg{Type: ElemSZArray, ElemType: t.elem.kind}
		n := binary.LittleEndian.Uint32(nb)
		if n == 0xFFFFFFFF {
			return a, nil
		}
		if uint64(n) > uint64(len(r.b)-r.pos) {
			return CAArg{}, caErr("array of %d elements exceeds the %d bytes left", n, len(r.b)-r.pos)
		}
		elems := make([]CAArg, n)
		for i := range elems {
			if elems[i], err = r.value(t.elem); err != nil {
				return CAArg{}, fmt.Errorf("element %d: %w", i, err)
			}
		}
		a.Value = elems
		return a, nil
	}
	return r.primitive(t.kind)
}

// caPrimitiveSize is the encoded size of each fixed-size element type.
var caPrimitiveSize = [...]int{
	ElemBoolean: 1, ElemI1: 1, ElemU1: 1, ElemChar: 2, ElemI2: 2, ElemU2: 2,
	ElemI4: 4, ElemU4: 4, ElemR4: 4, ElemI8: 8, ElemU8: 8, ElemR8: 8,
}

// primitive reads a fixed-size primitive value.
func (r *caReader) primitive(k ElementType) (CAArg, error) {
	size := 0
	if int(k) < len(caPrimitiveSize) {
		size = caPrimitiveSize[k]
	}
	if size == 0 {
		return CAArg{}, caErr("type %s has no fixed-size encoding", k)
	}
	b, err := r.take(size)
	if err != nil {
		return CAArg{}, err
	}
	a := CAArg{Type: k}
	le := binary.LittleEndian
	switch k {
	case ElemBoolean:
		a.Value = b[0] != 0
	case ElemI1:
		a.Value = int8(b[0])
	case ElemU1:
		a.Value = b[0]
	case ElemChar:
		a.Value = le.Uint16(b)
	case ElemI2:
		a.Value = int16(le.Uint16(b))
	case ElemU2:
		a.Value = le.Uint16(b)
	case ElemI4:
		a.Value = int32(le.Uint32(b))
	case ElemU4:
		a.Value = le.Uint32(b)
	case ElemR4:
		a.Value = math.Float32frombits(le.Uint32(b))
	case ElemI8:
		a.Value = int64(le.Uint64(b))
	case ElemU8:
		a.Value = le.Uint64(b)
	case ElemR8:
		a.Value = math.Float64frombits(le.Uint64(b))
	}
	return a, nil
}
