package runtime

import (
	"fmt"

	"github.com/strata-runtime/strata/internal/metadata"
)

// Type loading happens in two phases so that recursive type graphs load
// without deadlock:
//   - classify (Kind, Storage, Base): needs only the base chain;
//   - EnsureLoaded (interfaces, fields, methods, vtable): needs the base
//     loaded and only the classification of field and signature types.
// Both run once per type under sync.Once; neither re-enters itself.

// ICalls is the table of internal-call implementations by ICallKey; the
// engine fills it before loading user code.
var ICalls = map[string]any{}

// Classify determines t's kind and storage (and base type).
func (t *Type) Classify() error {
	t.once.Do(func() { t.err = t.classify() })
	return t.err
}

func (t *Type) classify() error {
	l := t.loader
	switch t.Kind {
	case KindSZArray, KindArray:
		t.Base = l.Array
		t.Storage = StRef
		return nil
	case KindPointer, KindByRef:
		t.Storage = StI
		return nil
	case KindVar, KindMVar:
		t.Storage = StRef
		return nil
	}
	if t.Module == nil {
		return nil
	}
	md := t.Module.MD
	td, err := md.TypeDef(t.Row)
	if err != nil {
		return err
	}
	if !td.Extends.IsNil() {
		base, err := t.Module.ResolveType(td.Extends, t.Context())
		if err != nil {
			return fmt.Errorf("load %s: %w", t.FullName(), err)
		}
		if err := base.Classify(); err != nil {
			return err
		}
		t.Base = base
	}
	switch {
	case t.Kind == KindPrimitive || t.Storage == StVoid:
		// bound by the loader
	case t.Kind == KindInterface:
		t.Storage = StRef
	case t.Base != nil && t.Base == l.Enum:
		t.Kind = KindEnum
		rows, err := md.TypeFields(t.Row)
		if err != nil {
			return err
		}
		for _, r := range rows {
			f, err := md.Field(r)
			if err != nil {
				return err
			}
			if f.Flags&0x10 != 0 {
				continue
			}
			ft, err := t.fieldType(f.Signature)
			if err != nil {
				return err
			}
			if err := ft.Classify(); err != nil {
				return err
			}
			t.Elem = ft
			t.Storage = ft.Storage
			break
		}
	case t.Base != nil && t.Base == l.ValueType && t != l.Enum:
		t.Kind = KindStruct
		t.Storage = StStruct
		t.IsNullable = t.Def != nil && t.Def == l.Nullable
	default:
		t.Kind = KindClass
		t.Storage = StRef
		if t.Base != nil {
			t.IsDelegate = t.Base == l.MulticastDelegate || (t.Base == l.Delegate && t != l.MulticastDelegate)
			t.IsException = t.Base.IsException || t.Base == l.Exception
		}
	}
	return nil
}

func (t *Type) fieldType(sigIdx uint32) (*Type, error) {
	blob, err := t.Module.MD.Blob(sigIdx)
	if err != nil {
		return nil, err
	}
	sig, err := metadata.ParseFieldSig(blob)
	if err != nil {
		return nil, err
	}
	return t.Module.TypeFromSig(sig, t.Context())
}

// EnsureLoaded completes t: interfaces, fields, methods and vtable.
func (t *Type) EnsureLoaded() error {
	if t.loaded.Load() {
		return nil // fast path, inlined at allocation sites
	}
	return t.ensureLoadedSlow()
}

func (t *Type) ensureLoadedSlow() error {
	if err := t.Classify(); err != nil {
		return err
	}
	t.loadOnce.Do(func() {
		t.loadErr = t.load()
		if t.loadErr == nil {
			t.loaded.Store(true)
		}
	})
	return t.loadErr
}

func (t *Type) load() error {
	l := t.loader
	if t.Base != nil {
		if err := t.Base.EnsureLoaded(); err != nil {
			return err
		}
		t.NumFields = t.Base.NumFields
		t.structFields = append(t.structFields, t.Base.structFields...)
		t.VTable = append([]*Method(nil), t.Base.VTable...)
		t.Interfaces = append(t.Interfaces, t.Base.Interfaces...)
	}
	switch t.Kind {
	case KindSZArray:
		for _, g := range []*Type{l.IList, l.ICollection, l.IEnumerable, l.IReadOnlyList, l.IReadOnlyCollection} {
			it, err := l.Instantiate(g, []*Type{t.Elem})
			if err != nil {
				return err
			}
			t.addInterface(it)
		}
		return nil
	case KindArray, KindPointer, KindByRef, KindVar, KindMVar:
		return nil
	}
	if t.Module == nil {
		return nil
	}
	md := t.Module.MD
	ctx := t.Context()
	ifaces, err := md.InterfacesOf(t.Row)
	if err != nil {
		return err
	}
	for _, tok := range ifaces {
		it, err := t.Module.ResolveType(tok, ctx)
		if err != nil {
			return fmt.Errorf("load %s: %w", t.FullName(), err)
		}
		t.DeclaredInterfaces = append(t.DeclaredInterfaces, it)
		t.addInterface(it)
	}
	if err := t.loadFields(); err != nil {
		return err
	}
	if err := t.loadMethods(); err != nil {
		return err
	}
	return nil
}

func (t *Type) addInterface(it *Type) {
	for _, x := range t.Interfaces {
		if x == it {
			return
		}
	}
	t.Interfaces = append(t.Interfaces, it)
	if err := it.EnsureLoaded(); err == nil {
		for _, sub := range it.Interfaces {
			t.addInterface(sub)
		}
	}
}

func (t *Type) loadFields() error {
	md := t.Module.MD
	rows, err := md.TypeFields(t.Row)
	if err != nil {
		return err
	}
	nstatic := 0
	for _, r := range rows {
		fr, err := md.Field(r)
		if err != nil {
			return err
		}
		ft, err := t.fieldType(fr.Signature)
		if err != nil {
			return fmt.Errorf("load field %s.%s: %w", t.FullName(), fr.Name, err)
		}
		if err := ft.Classify(); err != nil {
			return err
		}
		f := &Field{Name: fr.Name, Declaring: t, Flags: fr.Flags, Type: ft, Row: r, Offset: -1}
		switch {
		case f.IsLiteral():
			f.Index = -1
		case f.IsStatic():
			f.Index = nstatic
			nstatic++
			for _, ca := range CustomAttributes(md, f.Token()) {
				if name := t.Module.attrTypeName(ca.Type); name == "System.ThreadStaticAttribute" {
					f.ThreadStatic = true
				}
			}
		default:
			f.Index = t.NumFields
			t.NumFields++
			if ft.IsStruct() {
				t.structFields = append(t.structFields, f)
			}
		}
		t.Fields = append(t.Fields, f)
	}
	t.numStatics = nstatic
	// A fixed-size buffer (C# "fixed byte b[16]") is a struct with one
	// primitive field and a ClassLayout size larger than it: give it one slot
	// per element so that pointer arithmetic over it works.
	if t.Kind == KindStruct && t.hasOverlappingFields() {
		offsets := t.Module.fieldOffsets()
		size, align := 0, 1
		for _, f := range t.Fields {
			if !f.IsStatic() && !f.IsLiteral() {
				f.Offset = offsets[f.Row]
				n := StorageSize(f.Type.Storage)
				if f.Type.IsStruct() {
					n = f.Type.Layout().Size
				}
				if end := f.Offset + n; end > size {
					size = end
				}
				if n > align {
					align = n
				}
			}
		}
		size = (size + align - 1) / align * align
		if cs := t.ExplicitSize(); cs > size {
			size = cs
		}
		t.ByteStorage = true
		t.FixedBufferElem = t.loader.Byte
		t.NumFields = size
		t.structFields = nil // nested structs live in the bytes too
	}
	if t.Kind == KindStruct && t.NumFields == 0 && t.Base == t.loader.ValueType {
		// A struct with only a ClassLayout size (RVA data blobs, opaque
		// buffers): one byte slot per byte.
		if size := t.ExplicitSize(); size > 0 {
			t.FixedBufferElem = t.loader.Byte
			t.NumFields = size
		}
	}
	if t.Kind == KindStruct && t.NumFields == 1 && len(t.structFields) == 0 && t.Flags&0x18 != 0x10 {
		var only *Field
		for _, f := range t.Fields {
			if !f.IsStatic() && !f.IsLiteral() {
				only = f
			}
		}
		if only != nil && only.Type.Kind == KindPrimitive {
			if size, esz := t.ExplicitSize(), StorageSize(only.Type.Storage); size > esz {
				t.FixedBufferElem = only.Type
				t.NumFields = size / esz
			}
		}
	}
	return nil
}

// CustomAttributes lists the custom attributes of tok (none on a lookup error).
func CustomAttributes(md metadata.Tables, tok metadata.Token) []metadata.CustomAttributeRow {
	cas, _ := md.CustomAttributesOf(tok)
	return cas
}

// attrTypeName returns the full name of a custom attribute's type.
func (m *Module) attrTypeName(ctor metadata.Token) string {
	meth, err := m.ResolveMethod(ctor, nil)
	if err != nil {
		return ""
	}
	return meth.Declaring.FullName()
}

// EnsureStatics allocates the statics object (after loading).
func (t *Type) EnsureStatics() *Object {
	t.staticsOnce.Do(func() {
		o := &Object{Type: t, Fields: make([]Value, t.numStatics)}
		for _, f := range t.Fields {
			if f.IsStatic() && !f.IsLiteral() && f.Type.IsStruct() {
				_ = f.Type.EnsureLoaded()
				o.Fields[f.Index] = Value{R: NewObject(f.Type)}
			}
		}
		t.initRVAStatics(o)
		t.StaticsObj = o
	})
	return t.StaticsObj
}

// initRVAStatics fills static fields that have FieldRVA data (mapped data
// in the image) with that data.
func (t *Type) initRVAStatics(o *Object) {
	if t.Module == nil || t.Def != nil {
		return
	}
	md := t.Module.MD
	for _, f := range t.Fields {
		if !f.IsStatic() || f.IsLiteral() {
			continue
		}
		rva, ok := md.FieldRVAOf(f.Row)
		if !ok {
			continue
		}
		ft := f.Type
		switch {
		case ft.IsStruct() && ft.FixedBufferElem != nil:
			st := ft.FixedBufferElem.Storage
			n := StorageSize(st)
			data, err := t.Module.Image.ReadRVA(rva, n*len(o.Fields[f.Index].R.Fields))
			if err != nil {
				continue
			}
			for i := range o.Fields[f.Index].R.Fields {
				o.Fields[f.Index].R.Fields[i] = Value{N: DecodeLE(st, data[i*n:(i+1)*n])}
			}
		case ft.Kind == KindPrimitive || ft.Kind == KindEnum:
			n := StorageSize(ft.Storage)
			if data, err := t.Module.Image.ReadRVA(rva, n); err == nil {
				o.Fields[f.Index] = Value{N: DecodeLE(ft.Storage, data)}
			}
		}
	}
}

// DecodeLE decodes a little-endian value of storage st.
func DecodeLE(st Storage, b []byte) uint64 {
	var u uint64
	for i := len(b) - 1; i >= 0; i-- {
		u = u<<8 | uint64(b[i])
	}
	switch st {
	case StI1:
		return uint64(int64(int8(u)))
	case StI2:
		return uint64(int64(int16(u)))
	case StI4, StU4:
		return uint64(int64(int32(u)))
	}
	return u
}

func (t *Type) loadMethods() error {
	md := t.Module.MD
	ctx := t.Context()
	rows, err := md.TypeMethods(t.Row)
	if err != nil {
		return err
	}
	var open []*Method
	if t.Def != nil {
		if err := t.Def.EnsureLoaded(); err != nil {
			return err
		}
		open = t.Def.Methods
	}
	for i, r := range rows {
		mr, err := md.MethodDef(r)
		if err != nil {
			return err
		}
		blob, err := md.Blob(mr.Signature)
		if err != nil {
			return err
		}
		sig, err := metadata.ParseMethodSig(blob)
		if err != nil {
			return fmt.Errorf("load method %s.%s: %w", t.FullName(), mr.Name, err)
		}
		ret, params, err := t.Module.methodSigTypes(sig, ctx)
		if err != nil {
			return fmt.Errorf("load method %s.%s: %w", t.FullName(), mr.Name, err)
		}
		m := &Method{
			Name: mr.Name, Declaring: t, Module: t.Module, Row: r, Flags: mr.Flags,
			ImplFlags: mr.ImplFlags, HasThis: sig.HasThis, Params: params, Ret: ret,
			Slot: -1, GenericArity: int(sig.GenParamCount), VarArg: sig.CallConv&0xf == 5,
		}
		if open != nil && i < len(open) {
			m.Open = open[i]
		}
		if m.IsInternalCall() {
			m.ICall = ICalls[m.ICallKey()]
		}
		if m.Name == ".cctor" {
			t.Cctor = m
		}
		t.Methods = append(t.Methods, m)
	}
	// Virtual slots: override a matching base slot unless newslot.
	for _, m := range t.Methods {
		if !m.IsVirtual() {
			continue
		}
		if t.Kind == KindInterface {
			continue
		}
		slot := -1
		if m.Flags&MethodNewSlot == 0 {
			for s := len(t.VTable) - 1; s >= 0; s-- {
				b := t.VTable[s]
				if b.Name == m.Name && b.GenericArity == m.GenericArity && b.Ret == m.Ret && sameTypes(b.Params, m.Params) {
					slot = s
					break
				}
			}
		}
		if slot < 0 {
			slot = len(t.VTable)
			t.VTable = append(t.VTable, m)
		} else {
			// Every slot that inherited the overridden method now reaches m
			// (a renamed override made in a base class follows the override).
			old := t.VTable[slot]
			for i, x := range t.VTable {
				if x == old {
					t.VTable[i] = m
				}
			}
		}
		m.Slot = slot
	}
	// Explicit overrides (MethodImpl).
	impls, err := md.MethodImplsOf(t.Row)
	if err != nil {
		return err
	}
	for _, mi := range impls {
		body, err := t.implMethod(mi.Body, ctx)
		if err != nil || body == nil {
			continue
		}
		declTok := mi.Declaration
		var decl *Method
		if declTok.Table() == metadata.TableMethodDef && t.Module.MD.DeclaringTypeOfMethod(declTok.Row()) == t.Row {
			continue
		}
		decl, err = t.Module.ResolveMethod(declTok, ctx)
		if err != nil {
			continue
		}
		t.methodImpls = append(t.methodImpls, methodImpl{body: body, decl: decl})
		if !decl.Declaring.IsInterface() && decl.Slot >= 0 && decl.Slot < len(t.VTable) {
			t.VTable[decl.Slot] = body
			if body.Slot < 0 {
				body.Slot = decl.Slot
			}
		}
	}
	return nil
}

// implMethod finds the method of t that a MethodImpl body token names.
func (t *Type) implMethod(tok metadata.Token, ctx *GenericContext) (*Method, error) {
	if tok.Table() == metadata.TableMethodDef {
		for _, m := range t.Methods {
			if m.Row == tok.Row() {
				return m, nil
			}
		}
		return nil, nil
	}
	return t.Module.ResolveMethod(tok, ctx)
}

// MethodByDef returns t's method that corresponds to open (a method of t's
// generic definition, or of t itself).
func (t *Type) MethodByDef(open *Method) *Method {
	for _, m := range t.Methods {
		if m == open || m.Open == open {
			return m
		}
	}
	return nil
}
