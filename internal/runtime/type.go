package runtime

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/strata-runtime/strata/internal/metadata"
)

// Kind classifies a Type.
type Kind uint8

const (
	KindClass Kind = iota
	KindStruct
	KindInterface
	KindEnum
	KindPrimitive // a primitive value type (bool, char, integers, floats, IntPtr)
	KindSZArray   // single-dimensional, zero-based array
	KindArray     // multi-dimensional array
	KindPointer
	KindByRef
	KindVar  // generic type parameter !n (open signatures only)
	KindMVar // generic method parameter !!n (open signatures only)
)

// Storage says how a value of a type sits in a Value and how a store into
// a location of the type is normalised.
type Storage uint8

const (
	StRef    Storage = iota // object reference (classes, interfaces, arrays, strings)
	StStruct                // struct storage *Object
	StBool
	StChar
	StI1
	StU1
	StI2
	StU2
	StI4
	StU4
	StI8
	StU8
	StR4
	StR8
	StI // native int, unmanaged pointers, byrefs held in locals
	StU
	StVoid
)

// Type is a loaded type: a TypeDef, a generic instantiation, an array,
// pointer or byref type, or an open generic parameter. Identity is by
// pointer: the Loader interns every constructed type.
type Type struct {
	Name      string
	Namespace string
	Module    *Module // defining module (the generic definition's for instantiations)
	Row       uint32  // TypeDef row in Module
	Flags     uint32
	Kind      Kind
	Storage   Storage
	Declaring *Type // enclosing type of a nested type

	Def   *Type   // generic type definition, for instantiations
	Args  []*Type // generic arguments, for instantiations
	Elem  *Type   // element type of arrays, pointers, byrefs; underlying type of enums
	Rank  int     // array rank
	Index int     // generic parameter number (KindVar, KindMVar)

	loader      *Loader
	once        sync.Once
	err         error
	loadOnce    sync.Once
	loadErr     error
	loaded      atomic.Bool // load completed without error
	staticsOnce sync.Once
	numStatics  int

	Base       *Type
	Interfaces []*Type // every interface implemented, including inherited ones
	// DeclaredInterfaces are the interfaces t's own InterfaceImpl rows list
	// (where an interface is implemented, or re-implemented).
	DeclaredInterfaces []*Type
	Fields             []*Field
	NumFields          int // instance field slots
	StaticsObj         *Object
	Methods            []*Method
	VTable             []*Method
	Cctor              *Method
	GenericArity       int

	structFields []*Field // instance fields whose type is a struct (need own storage)
	ifaceMap     sync.Map // *Method (interface method) -> *Method (implementation)
	methodImpls  []methodImpl

	initState atomic.Int32 // type-initialiser state, see engine
	InitMu    sync.Mutex
	InitOwner atomic.Uint64
	InitError *Object // TypeInitializationException of a failed initialiser

	typeObj atomic.Pointer[Object] // the System.Type object for this type
	Handle  int                    // index in the loader's type handle table, 0 = none yet
	arrayOf atomic.Pointer[Type]   // cached SZArray of this type
	ptrTo   atomic.Pointer[Type]
	refTo   atomic.Pointer[Type]

	// FixedBufferElem is the element type of a fixed-size buffer struct,
	// whose storage has one slot per element.
	FixedBufferElem *Type
	// ByteStorage: an explicit-layout struct whose fields overlap is stored
	// as one byte per slot, and its fields are read and written by offset.
	ByteStorage bool
	layout      *Layout

	IsDelegate  bool
	IsNullable  bool
	IsException bool
}

type methodImpl struct {
	body, decl *Method
}

// TypeInitState values: 0 not started, 1 running, 2 done, 3 failed.
func (t *Type) InitState() *atomic.Int32 { return &t.initState }

// IsValueType reports whether t is a value type (struct, enum or primitive).
func (t *Type) IsValueType() bool {
	return t.Kind == KindStruct || t.Kind == KindEnum || t.Kind == KindPrimitive
}

// IsStruct reports whether values of t are held as struct storage objects.
func (t *Type) IsStruct() bool { return t.Storage == StStruct }

// IsInterface reports whether t is an interface.
func (t *Type) IsInterface() bool { return t.Kind == KindInterface }

// IsArray reports whether t is an array type.
func (t *Type) IsArray() bool { return t.Kind == KindSZArray || t.Kind == KindArray }

// IsGenericParam reports whether t is an open generic parameter.
func (t *Type) IsGenericParam() bool { return t.Kind == KindVar || t.Kind == KindMVar }

// FullName is the type's name as System.Type.FullName prints it (nested
// types joined by '+', generic arguments in brackets).
func (t *Type) FullName() string {
	var b strings.Builder
	t.writeName(&b, true)
	return b.String()
}

// String is the type's name as it appears in stack traces and messages.
func (t *Type) String() string { return t.FullName() }

func (t *Type) writeName(b *strings.Builder, full bool) {
	switch t.Kind {
	case KindSZArray:
		t.Elem.writeName(b, full)
		b.WriteString("[]")
		return
	case KindArray:
		t.Elem.writeName(b, full)
		b.WriteByte('[')
		for i := 1; i < t.Rank; i++ {
			b.WriteByte(',')
		}
		b.WriteByte(']')
		return
	case KindPointer:
		t.Elem.writeName(b, full)
		b.WriteByte('*')
		return
	case KindByRef:
		t.Elem.writeName(b, full)
		b.WriteByte('&')
		return
	case KindVar, KindMVar:
		b.WriteString(t.Name)
		return
	}
	if t.Def != nil {
		t.Def.writeName(b, full)
		b.WriteByte('[')
		for i, a := range t.Args {
			if i > 0 {
				b.WriteByte(',')
			}
			if full {
				b.WriteByte('[')
				a.writeName(b, full)
				b.WriteString(", ")
				b.WriteString(a.AssemblyQualifier())
				b.WriteByte(']')
			} else {
				a.writeName(b, full)
			}
		}
		b.WriteByte(']')
		return
	}
	if t.Declaring != nil {
		t.Declaring.writeName(b, full)
		b.WriteByte('+')
	} else if full && t.Namespace != "" {
		b.WriteString(t.Namespace)
		b.WriteByte('.')
	}
	b.WriteString(t.Name)
}

// AssemblyQualifier is the assembly part of an assembly-qualified name.
func (t *Type) AssemblyQualifier() string {
	for t.Elem != nil && t.Def == nil && t.Kind != KindEnum {
		t = t.Elem
	}
	if t.Def != nil {
		t = t.Def
	}
	if t.Module == nil {
		return "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
	}
	return t.Module.AssemblyDisplayName()
}

// ShortName is the type's name as System.Type.Name prints it.
func (t *Type) ShortName() string {
	switch t.Kind {
	case KindSZArray:
		return t.Elem.ShortName() + "[]"
	case KindArray:
		return t.Elem.ShortName() + "[" + strings.Repeat(",", t.Rank-1) + "]"
	case KindPointer:
		return t.Elem.ShortName() + "*"
	case KindByRef:
		return t.Elem.ShortName() + "&"
	}
	if t.Def != nil {
		return t.Def.Name
	}
	return t.Name
}

// Field is a field of a loaded type.
type Field struct {
	Name         string
	Declaring    *Type
	Flags        uint16
	Type         *Type
	Index        int // slot in Object.Fields (instance) or in the statics object (static)
	Row          uint32
	Offset       int // explicit layout offset, -1 if none
	ThreadStatic bool
}

// IsStatic reports whether f is a static field.
func (f *Field) IsStatic() bool { return f.Flags&0x10 != 0 }

// IsLiteral reports whether f is a compile-time constant (no storage).
func (f *Field) IsLiteral() bool { return f.Flags&0x40 != 0 }

// Token is the field's metadata token in its defining module.
func (f *Field) Token() metadata.Token {
	return metadata.Token(uint32(metadata.TableField)<<24 | f.Row)
}

// ExplicitSize is the ClassLayout size of t, or 0.
func (t *Type) ExplicitSize() int {
	if t.Module == nil {
		return 0
	}
	if cl, ok := t.Module.MD.ClassLayoutOf(t.Row); ok {
		return int(cl.ClassSize)
	}
	return 0
}

// TypeObject returns the System.Type object of t (one per type).
func (t *Type) TypeObject() *Object {
	if o := t.typeObj.Load(); o != nil {
		return o
	}
	o := NewExt(t.loader.RuntimeType, nil, t)
	if t.typeObj.CompareAndSwap(nil, o) {
		return o
	}
	return t.typeObj.Load()
}

// TypeOf returns the Type a System.Type object stands for, or nil.
func TypeOf(o *Object) *Type {
	if o == nil {
		return nil
	}
	t, _ := o.Ext().(*Type)
	return t
}

// Loader returns the loader that owns t.
func (t *Type) Loader() *Loader { return t.loader }

// StorageSize is the size in bytes of a value of storage st.
func StorageSize(st Storage) int {
	switch st {
	case StBool, StI1, StU1:
		return 1
	case StChar, StI2, StU2:
		return 2
	case StI4, StU4, StR4:
		return 4
	}
	return 8
}

// Truncate converts integer bits x to the representation of storage st:
// small integers truncated and sign- or zero-extended, int32 and uint32
// sign-extended (the evaluation-stack form of int32).
func Truncate(st Storage, x uint64) uint64 {
	switch st {
	case StI1:
		return uint64(int64(int8(x)))
	case StU1, StBool:
		return uint64(uint8(x))
	case StI2:
		return uint64(int64(int16(x)))
	case StU2, StChar:
		return uint64(uint16(x))
	case StI4, StU4:
		return uint64(int64(int32(x)))
	}
	return x
}
