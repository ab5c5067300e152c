package runtime

import (
	"sync"

	"github.com/strata-runtime/strata/internal/metadata"
)

// This file answers the type-system questions the engine asks at run time:
// which method a virtual or interface call reaches, and whether a value of
// one type may be used as another.

// ResolveVirtual returns the implementation of virtual method m for an
// object of type t.
func (t *Type) ResolveVirtual(m *Method) (*Method, error) {
	if m.Declaring.IsInterface() {
		return t.ResolveInterface(m)
	}
	if !m.IsVirtual() || m.Slot < 0 {
		return m, nil
	}
	if err := t.EnsureLoaded(); err != nil {
		return nil, err
	}
	if m.Slot >= len(t.VTable) {
		return m, nil
	}
	impl := t.VTable[m.Slot]
	if len(m.Args) > 0 && impl.Args == nil {
		if impl == m.Def {
			return m, nil
		}
		return impl.Instantiate(m.Args)
	}
	return impl, nil
}

// ResolveInterface returns the implementation of interface method im for
// an object of type t, caching the answer on t.
func (t *Type) ResolveInterface(im *Method) (*Method, error) {
	if v, ok := t.ifaceMap.Load(im); ok {
		return v.(*Method), nil
	}
	if err := t.EnsureLoaded(); err != nil {
		return nil, err
	}
	key := im
	if im.Def != nil {
		key = im.Def
	}
	impl, err := t.findInterfaceImpl(key)
	if err != nil {
		return nil, err
	}
	if len(im.Args) > 0 && impl.Args == nil {
		if impl, err = impl.Instantiate(im.Args); err != nil {
			return nil, err
		}
	}
	t.ifaceMap.Store(im, impl)
	return impl, nil
}

func (t *Type) findInterfaceImpl(im *Method) (*Method, error) {
	l := t.loader
	if t.Kind == KindSZArray && im.Declaring.Def != nil {
		if m := l.szArrayHelperMethod(t, im); m != nil {
			return m, nil
		}
	}
	// The search starts at the most derived class that lists the interface
	// itself (ECMA-335 II.12.2): a derived class that does not re-implement
	// the interface inherits its base's mapping, even if it declares a
	// newslot method with the same name and signature.
	start := t
	for c := t; c != nil; c = c.Base {
		if err := c.EnsureLoaded(); err != nil {
			return nil, err
		}
		if c.declares(im.Declaring) {
			start = c
			break
		}
	}
	for c := start; c != nil; c = c.Base {
		if err := c.EnsureLoaded(); err != nil {
			return nil, err
		}
		for _, mi := range c.methodImpls {
			if mi.decl == im {
				return t.mostDerived(mi.body), nil
			}
		}
		for _, m := range c.Methods {
			if m.IsVirtual() && m.Name == im.Name && m.GenericArity == im.GenericArity && m.Ret == im.Ret && sameTypes(m.Params, im.Params) && m.Flags&0x7 == 0x6 {
				return t.mostDerived(m), nil
			}
		}
	}
	// Variant interfaces: the object implements a compatible instantiation.
	if im.Declaring.Def != nil {
		for _, it := range t.Interfaces {
			if it != im.Declaring && it.Def == im.Declaring.Def && variantAssignable(it, im.Declaring) {
				if err := it.EnsureLoaded(); err != nil {
					return nil, err
				}
				idx := indexOf(im.Declaring.Methods, im)
				if idx >= 0 && idx < len(it.Methods) {
					return t.findInterfaceImpl(it.Methods[idx])
				}
			}
		}
	}
	return nil, loadErr("EntryPointNotFound", "%s does not implement %s", t.FullName(), im)
}

// declares reports whether t's own InterfaceImpl rows list it (or a
// variant-compatible instantiation of it).
func (t *Type) declares(it *Type) bool {
	for _, d := range t.DeclaredInterfaces {
		if d == it || (d.Def != nil && d.Def == it.Def && variantAssignable(d, it)) {
			return true
		}
	}
	return false
}

func indexOf(ms []*Method, m *Method) int {
	for i, x := range ms {
		if x == m {
			return i
		}
	}
	return -1
}

// mostDerived returns the override of m in t's vtable (m may be overridden
// in a subclass of the type that implements the interface).
func (t *Type) mostDerived(m *Method) *Method {
	if m.Slot >= 0 && m.Slot < len(t.VTable) && m.IsVirtual() {
		return t.VTable[m.Slot]
	}
	return m
}

var szHelperMu sync.Mutex

// szArrayHelperMethod maps IList<T>/ICollection<T>/IEnumerable<T>/... methods
// on T[] to the static generic methods of System.SZArrayHelper.
func (l *Loader) szArrayHelperMethod(arr *Type, im *Method) *Method {
	szHelperMu.Lock()
	defer szHelperMu.Unlock()
	h := l.SZArrayHelper
	if h == nil || h.EnsureLoaded() != nil {
		return nil
	}
	for _, m := range h.Methods {
		if m.Name == im.Name && m.GenericArity == 1 && len(m.Params) == len(im.Params)+1 {
			inst, err := m.Instantiate([]*Type{arr.Elem})
			if err == nil {
				return inst
			}
		}
	}
	return nil
}

// AssignableTo reports whether a value of type s may be stored in a
// location of type t (castclass / isinst semantics on the object's type).
func (s *Type) AssignableTo(t *Type) bool {
	if s == t {
		return true
	}
	l := s.loader
	if t == l.Object {
		return true
	}
	if s.Classify() != nil || s.EnsureLoaded() != nil {
		return false
	}
	if t.IsInterface() {
		for _, it := range s.Interfaces {
			if it == t || (it.Def != nil && it.Def == t.Def && variantAssignable(it, t)) {
				return true
			}
		}
		if s.Kind == KindSZArray && t.Def != nil {
			// T[] is IList<U> when T is assignable to U (array covariance),
			// or when T and U are primitives or enums of the same size
			// (int[] is IList<uint>).
			u := t.Args[0]
			for _, it := range s.Interfaces {
				if it.Def != t.Def {
					continue
				}
				if s.Elem.Storage == StRef && s.Elem.AssignableTo(u) {
					return true
				}
				if primitiveElemsCompatible(s.Elem, u) {
					return true
				}
			}
		}
		return false
	}
	if s.IsArray() && t.IsArray() {
		if s.Kind != t.Kind || s.Rank != t.Rank {
			return false
		}
		if s.Elem == t.Elem {
			return true
		}
		if s.Elem.Storage == StRef && t.Elem.Storage == StRef {
			return s.Elem.AssignableTo(t.Elem)
		}
		// int[] and uint[] (and enums over the same storage) are compatible.
		return primitiveElemsCompatible(s.Elem, t.Elem)
	}
	if t.Def != nil && s.Def == t.Def && s.IsDelegate {
		return variantAssignable(s, t)
	}
	for b := s.Base; b != nil; b = b.Base {
		if b == t {
			return true
		}
	}
	return false
}

// primitiveElemsCompatible reports whether arrays of a and b are
// assignment-compatible as the CLR defines it for primitives: the same size
// and signed/unsigned variants of one integer type (int[] and uint[], an
// enum and its underlying type), but never bool or char with an integer.
func primitiveElemsCompatible(a, b *Type) bool {
	if !a.IsPrimitiveLike() || !b.IsPrimitiveLike() || !sameSize(a.Storage, b.Storage) {
		return false
	}
	special := func(s Storage) bool { return s == StBool || s == StChar }
	if special(a.Storage) || special(b.Storage) {
		return a.Storage == b.Storage
	}
	return true
}

// IsPrimitiveLike reports whether t is a primitive or an enum.
func (t *Type) IsPrimitiveLike() bool { return t.Kind == KindPrimitive || t.Kind == KindEnum }

func sameSize(a, b Storage) bool {
	return StorageSize(a) == StorageSize(b) && (a == StR4) == (b == StR4) && (a == StR8) == (b == StR8)
}

// variantAssignable checks generic variance between two instantiations of
// the same interface or delegate definition.
func variantAssignable(s, t *Type) bool {
	def := s.Def
	gps, err := def.Module.MD.GenericParamsOf(metadata.Token(uint32(metadata.TableTypeDef)<<24 | def.Row))
	if err != nil || len(gps) != len(s.Args) {
		return false
	}
	for i, gp := range gps {
		a, b := s.Args[i], t.Args[i]
		if a == b {
			continue
		}
		switch gp.Flags & 0x3 {
		case 1: // covariant
			if a.Storage != StRef || !a.AssignableTo(b) {
				return false
			}
		case 2: // contravariant
			if b.Storage != StRef || !b.AssignableTo(a) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// arrayMethod returns the runtime-provided methods of array types (the
// constructor, Get, Set and Address of multi-dimensional arrays).
func (t *Type) arrayMethod(name string, params []*Type) *Method {
	switch name {
	case ".ctor", "Get", "Set", "Address":
	default:
		return nil
	}
	key := name + itoa(len(params))
	if v, ok := t.ifaceMap.Load(key); ok {
		return v.(*Method)
	}
	m := &Method{Name: name, Declaring: t, Module: t.Module, HasThis: true, Params: params, Slot: -1, ImplFlags: ImplRuntime}
	l := t.loader
	switch name {
	case "Get":
		m.Ret = t.Elem
	case "Address":
		m.Ret = l.ByRefTo(t.Elem)
	}
	v, _ := t.ifaceMap.LoadOrStore(key, m)
	return v.(*Method)
}
