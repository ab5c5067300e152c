package runtime

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/strata-runtime/strata/internal/metadata"
)

// Method flag bits (ECMA-335 II.23.1.10) used by the runtime.
const (
	MethodStatic     = 0x0010
	MethodFinal      = 0x0020
	MethodVirtual    = 0x0040
	MethodNewSlot    = 0x0100
	MethodAbstract   = 0x0400
	MethodPInvoke    = 0x2000
	ImplRuntime      = 0x0003
	ImplInternalCall = 0x1000
	ImplSynchronized = 0x0020
	ImplNoInlining   = 0x0008
)

// Method is a MethodDesc: one method of one loaded type, possibly a generic
// method instantiation. Its code is not stored here but in CodeVersions;
// Entry holds the version callers run, and is repointed atomically.
type Method struct {
	Name      string
	Declaring *Type
	Module    *Module
	Row       uint32
	Flags     uint16
	ImplFlags uint16
	HasThis   bool
	Params    []*Type
	Ret       *Type // nil for void
	Slot      int   // vtable slot, -1 if not virtual

	GenericArity int     // generic parameter count of a method definition
	Def          *Method // generic method definition, for instantiations
	Args         []*Type // method generic arguments, for instantiations
	Open         *Method // the method as declared on the generic type definition (nil if not generic)

	instMu sync.Mutex
	insts  map[string]*Method

	// Entry is the code version that calls run; nil until first call.
	Entry atomic.Pointer[CodeVersion]
	// PrepareMu serialises the creation of the first code version.
	PrepareMu sync.Mutex
	// Handle is the method's index in the loader's handle table (ldftn).
	Handle atomic.Int32

	// VarArg marks a vararg method: its frame has one hidden trailing
	// argument, the list of the call's extra arguments (arglist).
	VarArg bool

	// ICall is the Go implementation of an internal call, bound at load time.
	ICall any // engine.ICall
}

// IsStatic reports whether m has no this parameter.
func (m *Method) IsStatic() bool { return m.Flags&MethodStatic != 0 }

// IsVirtual reports whether m occupies a vtable slot.
func (m *Method) IsVirtual() bool { return m.Flags&MethodVirtual != 0 }

// IsAbstract reports whether m has no body.
func (m *Method) IsAbstract() bool { return m.Flags&MethodAbstract != 0 }

// IsCtor reports whether m is an instance constructor.
func (m *Method) IsCtor() bool { return m.Name == ".ctor" }

// IsInternalCall reports whether m is implemented in Go.
func (m *Method) IsInternalCall() bool { return m.ImplFlags&ImplInternalCall != 0 }

// IsRuntimeImpl reports whether the runtime provides m's body (delegates).
func (m *Method) IsRuntimeImpl() bool { return m.ImplFlags&0x3 == ImplRuntime }

// ArgCount is the number of argument slots including this.
func (m *Method) ArgCount() int {
	n := len(m.Params)
	if m.HasThis {
		n++
	}
	if m.VarArg {
		n++
	}
	return n
}

// VarArgList is the hidden argument of a vararg call: the extra arguments
// (in Object.Fields) and their types.
type VarArgList struct {
	Types []*Type
}

// Token is the method's MethodDef token in its module.
func (m *Method) Token() metadata.Token {
	return metadata.Token(uint32(metadata.TableMethodDef)<<24 | m.Row)
}

// String formats the method as in stack traces: "Ns.Type.Name (ParamTypes)".
func (m *Method) String() string { return m.Signature(nil) }

// Signature formats the method as mono's stack traces do, with parameter
// names where names has them: "Ns.Type.Name[GenArgs] (Type name, ...)".
func (m *Method) Signature(names []string) string {
	var b strings.Builder
	b.WriteString(m.Declaring.FullName())
	b.WriteByte('.')
	b.WriteString(m.Name)
	if len(m.Args) > 0 {
		b.WriteByte('[')
		for i, a := range m.Args {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(a.FullName())
		}
		b.WriteByte(']')
	}
	b.WriteString(" (")
	for i, p := range m.Params {
		if i > 0 {
			b.WriteByte(',')
			if names != nil {
				b.WriteByte(' ')
			}
		}
		b.WriteString(p.FullName())
		if i < len(names) && names[i] != "" {
			b.WriteByte(' ')
			b.WriteString(names[i])
		}
	}
	b.WriteByte(')')
	return b.String()
}

// ICallKey is the binding key of an internal call:
// "Ns.Type::Name(ParamType,ParamType)".
func (m *Method) ICallKey() string {
	var b strings.Builder
	d := m.Declaring
	if d.Def != nil {
		d = d.Def
	}
	b.WriteString(d.FullName())
	b.WriteString("::")
	b.WriteString(m.Name)
	b.WriteByte('(')
	src := m
	if m.Open != nil {
		src = m.Open
	}
	if src.Def != nil {
		src = src.Def
	}
	for i, p := range src.Params {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(icallTypeName(p))
	}
	b.WriteByte(')')
	return b.String()
}

func icallTypeName(t *Type) string {
	switch t.Kind {
	case KindVar:
		return "!" + itoa(t.Index)
	case KindMVar:
		return "!!" + itoa(t.Index)
	case KindSZArray:
		return icallTypeName(t.Elem) + "[]"
	case KindPointer:
		return icallTypeName(t.Elem) + "*"
	case KindByRef:
		return icallTypeName(t.Elem) + "&"
	}
	if t.Def != nil {
		var b strings.Builder
		b.WriteString(t.Def.FullName())
		b.WriteByte('<')
		for i, a := range t.Args {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(icallTypeName(a))
		}
		b.WriteByte('>')
		return b.String()
	}
	if t.Declaring != nil {
		return icallTypeName(t.Declaring) + "/" + t.Name
	}
	if t.Namespace == "" {
		return t.Name
	}
	return t.Namespace + "." + t.Name
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}
