package runtime

import (
	"fmt"
	"strings"
)

// This file builds constructed types: generic instantiations, arrays,
// pointers and byrefs. Each is interned so that type identity is pointer
// identity.

func instKey(def *Type, args []*Type) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%p", def)
	for _, a := range args {
		fmt.Fprintf(&b, ",%p", a)
	}
	return b.String()
}

// Instantiate returns def<args>.
func (l *Loader) Instantiate(def *Type, args []*Type) (*Type, error) {
	if def.GenericArity != len(args) {
		return nil, loadErr("TypeLoad", "type %s expects %d generic arguments, got %d", def.FullName(), def.GenericArity, len(args))
	}
	k := instKey(def, args)
	if t, ok := l.insts.Load(k); ok {
		return t.(*Type), nil
	}
	t := &Type{
		Name: def.Name, Namespace: def.Namespace, Module: def.Module, Row: def.Row,
		Flags: def.Flags, Kind: def.Kind, Declaring: def.Declaring, Def: def,
		Args: append([]*Type(nil), args...), loader: l, GenericArity: def.GenericArity,
	}
	if def.Kind == KindInterface {
		t.Kind = KindInterface
	}
	actual, _ := l.insts.LoadOrStore(k, t)
	return actual.(*Type), nil
}

// IsOpen reports whether t mentions a generic parameter.
func (t *Type) IsOpen() bool {
	switch t.Kind {
	case KindVar, KindMVar:
		return true
	}
	if t.Elem != nil && t.Kind != KindEnum && t.Def == nil {
		return t.Elem.IsOpen()
	}
	for _, a := range t.Args {
		if a.IsOpen() {
			return true
		}
	}
	return false
}

// SZArrayOf returns t[].
func (l *Loader) SZArrayOf(t *Type) *Type {
	if a := t.arrayOf.Load(); a != nil {
		return a
	}
	a := &Type{Name: t.Name + "[]", Namespace: t.Namespace, Kind: KindSZArray, Elem: t, Rank: 1, loader: l, Module: t.Module}
	if t.arrayOf.CompareAndSwap(nil, a) {
		return a
	}
	return t.arrayOf.Load()
}

// ArrayOf returns the multi-dimensional array type t[,...] of the given rank.
func (l *Loader) ArrayOf(t *Type, rank int) *Type {
	k := fmt.Sprintf("arr%p,%d", t, rank)
	if a, ok := l.insts.Load(k); ok {
		return a.(*Type)
	}
	a := &Type{Name: t.Name + "[" + strings.Repeat(",", rank-1) + "]", Namespace: t.Namespace, Kind: KindArray, Elem: t, Rank: rank, loader: l, Module: t.Module}
	actual, _ := l.insts.LoadOrStore(k, a)
	return actual.(*Type)
}

// PointerTo returns t*.
func (l *Loader) PointerTo(t *Type) *Type {
	if p := t.ptrTo.Load(); p != nil {
		return p
	}
	p := &Type{Name: t.Name + "*", Namespace: t.Namespace, Kind: KindPointer, Elem: t, loader: l, Storage: StI, Module: t.Module}
	if t.ptrTo.CompareAndSwap(nil, p) {
		return p
	}
	return t.ptrTo.Load()
}

// ByRefTo returns t&.
func (l *Loader) ByRefTo(t *Type) *Type {
	if p := t.refTo.Load(); p != nil {
		return p
	}
	p := &Type{Name: t.Name + "&", Namespace: t.Namespace, Kind: KindByRef, Elem: t, loader: l, Storage: StI, Module: t.Module}
	if t.refTo.CompareAndSwap(nil, p) {
		return p
	}
	return t.refTo.Load()
}

// Subst replaces generic parameters in t by the context's arguments.
func (l *Loader) Subst(t *Type, ctx *GenericContext) (*Type, error) {
	if ctx == nil || !t.IsOpen() {
		return t, nil
	}
	switch t.Kind {
	case KindVar:
		if t.Index < len(ctx.TypeArgs) {
			return ctx.TypeArgs[t.Index], nil
		}
		return t, nil
	case KindMVar:
		if t.Index < len(ctx.MethodArgs) {
			return ctx.MethodArgs[t.Index], nil
		}
		return t, nil
	case KindSZArray:
		e, err := l.Subst(t.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.SZArrayOf(e), nil
	case KindArray:
		e, err := l.Subst(t.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.ArrayOf(e, t.Rank), nil
	case KindPointer:
		e, err := l.Subst(t.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.PointerTo(e), nil
	case KindByRef:
		e, err := l.Subst(t.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.ByRefTo(e), nil
	}
	if t.Def != nil {
		args := make([]*Type, len(t.Args))
		for i, a := range t.Args {
			s, err := l.Subst(a, ctx)
			if err != nil {
				return nil, err
			}
			args[i] = s
		}
		return l.Instantiate(t.Def, args)
	}
	return t, nil
}

// Context is the generic context of code in t (its type arguments).
func (t *Type) Context() *GenericContext {
	if len(t.Args) == 0 {
		return nil
	}
	return &GenericContext{TypeArgs: t.Args}
}

// Context is the generic context of m's body.
func (m *Method) Context() *GenericContext {
	if len(m.Declaring.Args) == 0 && len(m.Args) == 0 {
		return nil
	}
	return &GenericContext{TypeArgs: m.Declaring.Args, MethodArgs: m.Args}
}
