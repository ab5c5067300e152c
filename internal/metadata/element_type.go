package metadata

import "fmt"

// ElementType is a signature element type code (ECMA-335 II.23.1.16).
type ElementType byte

// Element types.
const (
	ElemEnd         ElementType = 0x00
	ElemVoid        ElementType = 0x01
	ElemBoolean     ElementType = 0x02
	ElemChar        ElementType = 0x03
	ElemI1          ElementType = 0x04
	ElemU1          ElementType = 0x05
	ElemI2          ElementType = 0x06
	ElemU2          ElementType = 0x07
	ElemI4          ElementType = 0x08
	ElemU4          ElementType = 0x09
	ElemI8          ElementType = 0x0a
	ElemU8          ElementType = 0x0b
	ElemR4          ElementType = 0x0c
	ElemR8          ElementType = 0x0d
	ElemString      ElementType = 0x0e
	ElemPtr         ElementType = 0x0f
	ElemByRef       ElementType = 0x10
	ElemValueType   ElementType = 0x11
	ElemClass       ElementType = 0x12
	ElemVar         ElementType = 0x13
	ElemArray       ElementType = 0x14
	ElemGenericInst ElementType = 0x15
	ElemTypedByRef  ElementType = 0x16
	ElemI           ElementType = 0x18
	ElemU           ElementType = 0x19
	ElemFnPtr       ElementType = 0x1b
	ElemObject      ElementType = 0x1c
	ElemSZArray     ElementType = 0x1d
	ElemMVar        ElementType = 0x1e
	ElemCModReqd    ElementType = 0x1f
	ElemCModOpt     ElementType = 0x20
	ElemInternal    ElementType = 0x21
	ElemModifier    ElementType = 0x40
	ElemSentinel    ElementType = 0x41
	ElemPinned      ElementType = 0x45

	// Codes used only in custom attribute blobs (II.23.3).
	ElemCAType     ElementType = 0x50 // System.Type, encoded as a SerString
	ElemCABoxed    ElementType = 0x51 // boxed value: type tag then value
	ElemCAField    ElementType = 0x53 // named argument is a field
	ElemCAProperty ElementType = 0x54 // named argument is a property
	ElemCAEnum     ElementType = 0x55 // enum, followed by its type name
)

var elemNames = map[ElementType]string{
	ElemVoid: "void", ElemBoolean: "bool", ElemChar: "char", ElemI1: "int8",
	ElemU1: "uint8", ElemI2: "int16", ElemU2: "uint16", ElemI4: "int32",
	ElemU4: "uint32", ElemI8: "int64", ElemU8: "uint64", ElemR4: "float32",
	ElemR8: "float64", ElemString: "string", ElemTypedByRef: "typedref",
	ElemI: "native int", ElemU: "native unsigned int", ElemObject: "object",
	ElemCAType: "type",
}

// String returns the ILAsm keyword for primitive types, or a hex code.
func (e ElementType) String() string {
	if s, ok := elemNames[e]; ok {
		return s
	}
	return fmt.Sprintf("ELEMENT_TYPE(0x%02x)", byte(e))
}

// IsPrimitive reports whether e is a type with no further signature data.
func (e ElementType) IsPrimitive() bool {
	switch e {
	case ElemVoid, ElemBoolean, ElemChar, ElemI1, ElemU1, ElemI2, ElemU2,
		ElemI4, ElemU4, ElemI8, ElemU8, ElemR4, ElemR8, ElemString,
		ElemTypedByRef, ElemI, ElemU, ElemObject:
		return true
	}
	return false
}
