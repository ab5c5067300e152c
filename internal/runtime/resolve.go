package runtime

import (
	"fmt"

	"github.com/strata-runtime/strata/internal/metadata"
)

// This file resolves metadata tokens and signatures of a module to loaded
// types, methods and fields.

// ResolveType resolves a TypeDef, TypeRef or TypeSpec token.
func (m *Module) ResolveType(tok metadata.Token, ctx *GenericContext) (*Type, error) {
	switch tok.Table() {
	case metadata.TableTypeDef:
		return m.TypeByRow(tok.Row())
	case metadata.TableTypeRef:
		if v, ok := m.cache.Load(tok); ok {
			return v.(*Type), nil
		}
		t, err := m.resolveTypeRef(tok.Row())
		if err != nil {
			return nil, err
		}
		m.cache.Store(tok, t)
		return t, nil
	case metadata.TableTypeSpec:
		key := fmt.Sprintf("%v|%s", tok, ctx.key())
		if v, ok := m.cache.Load(key); ok {
			return v.(*Type), nil
		}
		ts, err := m.MD.TypeSpec(tok.Row())
		if err != nil {
			return nil, err
		}
		blob, err := m.MD.Blob(ts.Signature)
		if err != nil {
			return nil, err
		}
		sig, err := metadata.ParseTypeSpec(blob)
		if err != nil {
			return nil, err
		}
		t, err := m.TypeFromSig(sig, ctx)
		if err != nil {
			return nil, err
		}
		m.cache.Store(key, t)
		return t, nil
	}
	return nil, loadErr("BadImage", "%s: token %v is not a type", m.Name, tok)
}

func (m *Module) resolveTypeRef(row uint32) (*Type, error) {
	tr, err := m.MD.TypeRef(row)
	if err != nil {
		return nil, err
	}
	scope := tr.ResolutionScope
	switch scope.Table() {
	case metadata.TableTypeRef:
		outer, err := m.resolveTypeRef(scope.Row())
		if err != nil {
			return nil, err
		}
		t := outer.Module.FindType(typeKey(outer) + "/" + tr.Name)
		if t == nil {
			return nil, loadErr("TypeLoad", "Could not load type '%s+%s' from assembly '%s'.", outer.FullName(), tr.Name, outer.Module.Name)
		}
		return t, nil
	case metadata.TableAssemblyRef:
		ar, err := m.MD.AssemblyRef(scope.Row())
		if err != nil {
			return nil, err
		}
		target, err := m.Loader.resolveAssembly(ar.Name)
		if err != nil {
			return nil, err
		}
		return target.findTopLevel(tr.Namespace, tr.Name, ar.Name)
	case metadata.TableModule, metadata.TableModuleRef:
		return m.findTopLevel(tr.Namespace, tr.Name, m.Name)
	}
	if scope.IsNil() {
		// Exported type lookup: search this module then corlib.
		if t, err := m.findTopLevel(tr.Namespace, tr.Name, m.Name); err == nil {
			return t, nil
		}
		return m.Loader.Corlib.findTopLevel(tr.Namespace, tr.Name, "mscorlib")
	}
	return nil, loadErr("BadImage", "%s: bad resolution scope %v", m.Name, scope)
}

func (m *Module) findTopLevel(ns, name, asm string) (*Type, error) {
	key := name
	if ns != "" {
		key = ns + "." + name
	}
	if t := m.byName[key]; t != nil {
		return t, nil
	}
	return nil, loadErr("TypeLoad", "Could not load type '%s' from assembly '%s'.", key, asm)
}

// TypeFromSig resolves a signature type.
func (m *Module) TypeFromSig(s *metadata.TypeSig, ctx *GenericContext) (*Type, error) {
	l := m.Loader
	switch s.Kind {
	case metadata.ElemVoid:
		return l.Void, nil
	case metadata.ElemBoolean:
		return l.Boolean, nil
	case metadata.ElemChar:
		return l.Char, nil
	case metadata.ElemI1:
		return l.SByte, nil
	case metadata.ElemU1:
		return l.Byte, nil
	case metadata.ElemI2:
		return l.Int16, nil
	case metadata.ElemU2:
		return l.UInt16, nil
	case metadata.ElemI4:
		return l.Int32, nil
	case metadata.ElemU4:
		return l.UInt32, nil
	case metadata.ElemI8:
		return l.Int64, nil
	case metadata.ElemU8:
		return l.UInt64, nil
	case metadata.ElemR4:
		return l.Single, nil
	case metadata.ElemR8:
		return l.Double, nil
	case metadata.ElemString:
		return l.String, nil
	case metadata.ElemObject:
		return l.Object, nil
	case metadata.ElemI:
		return l.IntPtr, nil
	case metadata.ElemU:
		return l.UIntPtr, nil
	case metadata.ElemTypedByRef:
		if l.TypedReference == nil {
			return nil, loadErr("TypeLoad", "TypedReference is not supported")
		}
		return l.TypedReference, nil
	case metadata.ElemClass, metadata.ElemValueType:
		return m.ResolveType(s.Token, ctx)
	case metadata.ElemPtr:
		e, err := m.TypeFromSig(s.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.PointerTo(e), nil
	case metadata.ElemByRef:
		e, err := m.TypeFromSig(s.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.ByRefTo(e), nil
	case metadata.ElemSZArray:
		e, err := m.TypeFromSig(s.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.SZArrayOf(e), nil
	case metadata.ElemArray:
		e, err := m.TypeFromSig(s.Elem, ctx)
		if err != nil {
			return nil, err
		}
		return l.ArrayOf(e, int(s.Rank)), nil
	case metadata.ElemGenericInst:
		def, err := m.TypeFromSig(s.Elem, nil)
		if err != nil {
			return nil, err
		}
		args := make([]*Type, len(s.Args))
		for i, a := range s.Args {
			if args[i], err = m.TypeFromSig(a, ctx); err != nil {
				return nil, err
			}
		}
		return l.Instantiate(def, args)
	case metadata.ElemVar:
		if ctx != nil && int(s.Index) < len(ctx.TypeArgs) {
			return ctx.TypeArgs[s.Index], nil
		}
		return l.Var(int(s.Index), false), nil
	case metadata.ElemMVar:
		if ctx != nil && int(s.Index) < len(ctx.MethodArgs) {
			return ctx.MethodArgs[s.Index], nil
		}
		return l.Var(int(s.Index), true), nil
	case metadata.ElemFnPtr:
		return l.IntPtr, nil
	}
	return nil, loadErr("BadImage", "%s: unsupported signature element 0x%x", m.Name, uint8(s.Kind))
}

// methodSigTypes resolves a method signature's return and parameter types.
func (m *Module) methodSigTypes(sig *metadata.MethodSig, ctx *GenericContext) (ret *Type, params []*Type, err error) {
	ret, err = m.TypeFromSig(sig.Ret, ctx)
	if err != nil {
		return nil, nil, err
	}
	if ret == m.Loader.Void {
		ret = nil
	}
	n := len(sig.Params)
	if sig.SentinelIndex >= 0 && sig.SentinelIndex < n {
		n = sig.SentinelIndex
	}
	params = make([]*Type, n)
	for i := 0; i < n; i++ {
		if params[i], err = m.TypeFromSig(sig.Params[i], ctx); err != nil {
			return nil, nil, err
		}
	}
	return ret, params, nil
}

// ResolveMethod resolves a MethodDef, MemberRef or MethodSpec token used in
// code whose generic context is ctx.
func (m *Module) ResolveMethod(tok metadata.Token, ctx *GenericContext) (*Method, error) {
	key := any(tok)
	if k := ctx.key(); k != "" {
		key = fmt.Sprintf("%v|%s", tok, k)
	}
	if v, ok := m.cache.Load(key); ok {
		return v.(*Method), nil
	}
	meth, err := m.resolveMethod(tok, ctx)
	if err != nil {
		return nil, err
	}
	m.cache.Store(key, meth)
	return meth, nil
}

func (m *Module) resolveMethod(tok metadata.Token, ctx *GenericContext) (*Method, error) {
	switch tok.Table() {
	case metadata.TableMethodDef:
		return m.MethodByRow(tok.Row())
	case metadata.TableMemberRef:
		mr, err := m.MD.MemberRef(tok.Row())
		if err != nil {
			return nil, err
		}
		blob, err := m.MD.Blob(mr.Signature)
		if err != nil {
			return nil, err
		}
		sig, err := metadata.ParseMethodSig(blob)
		if err != nil {
			return nil, err
		}
		var owner *Type
		switch mr.Class.Table() {
		case metadata.TableTypeDef, metadata.TableTypeRef, metadata.TableTypeSpec:
			owner, err = m.ResolveType(mr.Class, ctx)
		case metadata.TableMethodDef:
			return m.MethodByRow(mr.Class.Row())
		default:
			return nil, loadErr("MissingMethod", "unsupported MemberRef parent %v", mr.Class)
		}
		if err != nil {
			return nil, err
		}
		// Parameter types in the reference's own terms, open (!n, !!n kept).
		ret, params, err := m.methodSigTypes(sig, nil)
		if err != nil {
			return nil, err
		}
		return owner.FindMethod(mr.Name, sig.HasThis, int(sig.GenParamCount), ret, params)
	case metadata.TableMethodSpec:
		ms, err := m.MD.MethodSpec(tok.Row())
		if err != nil {
			return nil, err
		}
		gen, err := m.ResolveMethod(ms.Method, ctx)
		if err != nil {
			return nil, err
		}
		blob, err := m.MD.Blob(ms.Instantiation)
		if err != nil {
			return nil, err
		}
		sigs, err := metadata.ParseMethodSpec(blob)
		if err != nil {
			return nil, err
		}
		args := make([]*Type, len(sigs))
		for i, s := range sigs {
			if args[i], err = m.TypeFromSig(s, ctx); err != nil {
				return nil, err
			}
		}
		return gen.Instantiate(args)
	}
	return nil, loadErr("BadImage", "%s: token %v is not a method", m.Name, tok)
}

// FindMethod finds a method of t by name and open signature (as written in
// the defining type, with !n / !!n for generic parameters).
func (t *Type) FindMethod(name string, hasThis bool, arity int, ret *Type, params []*Type) (*Method, error) {
	if err := t.EnsureLoaded(); err != nil {
		return nil, err
	}
	for c := t; c != nil; c = c.Base {
		if err := c.EnsureLoaded(); err != nil {
			return nil, err
		}
		for _, meth := range c.Methods {
			if meth.Name != name || meth.HasThis != hasThis || meth.GenericArity != arity {
				continue
			}
			open := meth
			if meth.Open != nil {
				open = meth.Open
			}
			if sameTypes(open.Params, params) && open.Ret == ret {
				return meth, nil
			}
		}
		if t.IsArray() || t.Kind == KindInterface {
			break
		}
	}
	if t.IsArray() {
		if meth := t.arrayMethod(name, params); meth != nil {
			return meth, nil
		}
	}
	return nil, loadErr("MissingMethod", "Method not found: '%s.%s'.", t.FullName(), name)
}

func sameTypes(a, b []*Type) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// MethodByRow returns the method of MethodDef row as declared on its
// (uninstantiated) type.
func (m *Module) MethodByRow(row uint32) (*Method, error) {
	if row == 0 || row > m.MD.RowCount(metadata.TableMethodDef) {
		return nil, loadErr("BadImage", "%s: MethodDef row %d out of range", m.Name, row)
	}
	tr := m.MD.DeclaringTypeOfMethod(row)
	t, err := m.TypeByRow(tr)
	if err != nil {
		return nil, err
	}
	if err := t.EnsureLoaded(); err != nil {
		return nil, err
	}
	for _, meth := range t.Methods {
		if meth.Row == row {
			return meth, nil
		}
	}
	return nil, loadErr("MissingMethod", "%s: method row %d not found in %s", m.Name, row, t.FullName())
}

// ResolveField resolves a Field or MemberRef token.
func (m *Module) ResolveField(tok metadata.Token, ctx *GenericContext) (*Field, error) {
	key := any(tok)
	if k := ctx.key(); k != "" {
		key = fmt.Sprintf("%v|%s", tok, k)
	}
	if v, ok := m.cache.Load(key); ok {
		return v.(*Field), nil
	}
	f, err := m.resolveField(tok, ctx)
	if err != nil {
		return nil, err
	}
	m.cache.Store(key, f)
	return f, nil
}

func (m *Module) resolveField(tok metadata.Token, ctx *GenericContext) (*Field, error) {
	switch tok.Table() {
	case metadata.TableField:
		tr := m.MD.DeclaringTypeOfField(tok.Row())
		t, err := m.TypeByRow(tr)
		if err != nil {
			return nil, err
		}
		if err := t.EnsureLoaded(); err != nil {
			return nil, err
		}
		for _, f := range t.Fields {
			if f.Row == tok.Row() {
				return f, nil
			}
		}
		return nil, loadErr("MissingField", "field row %d not found", tok.Row())
	case metadata.TableMemberRef:
		mr, err := m.MD.MemberRef(tok.Row())
		if err != nil {
			return nil, err
		}
		owner, err := m.ResolveType(mr.Class, ctx)
		if err != nil {
			return nil, err
		}
		for c := owner; c != nil; c = c.Base {
			if err := c.EnsureLoaded(); err != nil {
				return nil, err
			}
			for _, f := range c.Fields {
				if f.Name == mr.Name {
					return f, nil
				}
			}
		}
		return nil, loadErr("MissingField", "Field not found: '%s.%s'.", owner.FullName(), mr.Name)
	}
	return nil, loadErr("BadImage", "%s: token %v is not a field", m.Name, tok)
}

// Instantiate returns the generic method m<args>.
func (m *Method) Instantiate(args []*Type) (*Method, error) {
	if m.GenericArity != len(args) {
		return nil, loadErr("MissingMethod", "method %s expects %d generic arguments, got %d", m, m.GenericArity, len(args))
	}
	key := instKey(nil, args)
	m.instMu.Lock()
	defer m.instMu.Unlock()
	if inst := m.insts[key]; inst != nil {
		return inst, nil
	}
	inst := &Method{
		Name: m.Name, Declaring: m.Declaring, Module: m.Module, Row: m.Row,
		Flags: m.Flags, ImplFlags: m.ImplFlags, HasThis: m.HasThis, Slot: m.Slot,
		Def: m, Args: append([]*Type(nil), args...), Open: m.Open, ICall: m.ICall, VarArg: m.VarArg,
	}
	ctx := &GenericContext{TypeArgs: m.Declaring.Args, MethodArgs: args}
	l := m.Declaring.loader
	var err error
	if m.Ret != nil {
		if inst.Ret, err = l.Subst(m.Ret, ctx); err != nil {
			return nil, err
		}
	}
	inst.Params = make([]*Type, len(m.Params))
	for i, p := range m.Params {
		if inst.Params[i], err = l.Subst(p, ctx); err != nil {
			return nil, err
		}
	}
	if m.insts == nil {
		m.insts = map[string]*Method{}
	}
	m.insts[key] = inst
	return inst, nil
}
