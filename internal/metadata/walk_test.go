package metadata

import "fmt"

// This file holds helpers shared by the tests and fuzz targets: they touch
// every row, list, lookup, signature and body an image has, so that any
// panic or hang in the readers surfaces.

// typedAccessors calls the typed accessor of each table.
var typedAccessors = [NumTables]func(m *Metadata, r uint32) error{
	TableModule:                 func(m *Metadata, r uint32) error { _, err := m.Module(r); return err },
	TableTypeRef:                func(m *Metadata, r uint32) error { _, err := m.TypeRef(r); return err },
	TableTypeDef:                func(m *Metadata, r uint32) error { _, err := m.TypeDef(r); return err },
	TableFieldPtr:               func(m *Metadata, r uint32) error { _, err := m.FieldPtr(r); return err },
	TableField:                  func(m *Metadata, r uint32) error { _, err := m.Field(r); return err },
	TableMethodPtr:              func(m *Metadata, r uint32) error { _, err := m.MethodPtr(r); return err },
	TableMethodDef:              func(m *Metadata, r uint32) error { _, err := m.MethodDef(r); return err },
	TableParamPtr:               func(m *Metadata, r uint32) error { _, err := m.ParamPtr(r); return err },
	TableParam:                  func(m *Metadata, r uint32) error { _, err := m.Param(r); return err },
	TableInterfaceImpl:          func(m *Metadata, r uint32) error { _, err := m.InterfaceImpl(r); return err },
	TableMemberRef:              func(m *Metadata, r uint32) error { _, err := m.MemberRef(r); return err },
	TableConstant:               func(m *Metadata, r uint32) error { _, err := m.Constant(r); return err },
	TableCustomAttribute:        func(m *Metadata, r uint32) error { _, err := m.CustomAttribute(r); return err },
	TableFieldMarshal:           func(m *Metadata, r uint32) error { _, err := m.FieldMarshal(r); return err },
	TableDeclSecurity:           func(m *Metadata, r uint32) error { _, err := m.DeclSecurity(r); return err },
	TableClassLayout:            func(m *Metadata, r uint32) error { _, err := m.ClassLayout(r); return err },
	TableFieldLayout:            func(m *Metadata, r uint32) error { _, err := m.FieldLayout(r); return err },
	TableStandAloneSig:          func(m *Metadata, r uint32) error { _, err := m.StandAloneSig(r); return err },
	TableEventMap:               func(m *Metadata, r uint32) error { _, err := m.EventMap(r); return err },
	TableEventPtr:               func(m *Metadata, r uint32) error { _, err := m.EventPtr(r); return err },
	TableEvent:                  func(m *Metadata, r uint32) error { _, err := m.Event(r); return err },
	TablePropertyMap:            func(m *Metadata, r uint32) error { _, err := m.PropertyMap(r); return err },
	TablePropertyPtr:            func(m *Metadata, r uint32) error { _, err := m.PropertyPtr(r); return err },
	TableProperty:               func(m *Metadata, r uint32) error { _, err := m.Property(r); return err },
	TableMethodSemantics:        func(m *Metadata, r uint32) error { _, err := m.MethodSemantics(r); return err },
	TableMethodImpl:             func(m *Metadata, r uint32) error { _, err := m.MethodImpl(r); return err },
	TableModuleRef:              func(m *Metadata, r uint32) error { _, err := m.ModuleRef(r); return err },
	TableTypeSpec:               func(m *Metadata, r uint32) error { _, err := m.TypeSpec(r); return err },
	TableImplMap:                func(m *Metadata, r uint32) error { _, err := m.ImplMap(r); return err },
	TableFieldRVA:               func(m *Metadata, r uint32) error { _, err := m.FieldRVA(r); return err },
	TableEncLog:                 func(m *Metadata, r uint32) error { _, err := m.EncLog(r); return err },
	TableEncMap:                 func(m *Metadata, r uint32) error { _, err := m.EncMap(r); return err },
	TableAssembly:               func(m *Metadata, r uint32) error { _, err := m.Assembly(r); return err },
	TableAssemblyProcessor:      func(m *Metadata, r uint32) error { _, err := m.AssemblyProcessor(r); return err },
	TableAssemblyOS:             func(m *Metadata, r uint32) error { _, err := m.AssemblyOS(r); return err },
	TableAssemblyRef:            func(m *Metadata, r uint32) error { _, err := m.AssemblyRef(r); return err },
	TableAssemblyRefProcessor:   func(m *Metadata, r uint32) error { _, err := m.AssemblyRefProcessor(r); return err },
	TableAssemblyRefOS:          func(m *Metadata, r uint32) error { _, err := m.AssemblyRefOS(r); return err },
	TableFile:                   func(m *Metadata, r uint32) error { _, err := m.File(r); return err },
	TableExportedType:           func(m *Metadata, r uint32) error { _, err := m.ExportedType(r); return err },
	TableManifestResource:       func(m *Metadata, r uint32) error { _, err := m.ManifestResource(r); return err },
	TableNestedClass:            func(m *Metadata, r uint32) error { _, err := m.NestedClass(r); return err },
	TableGenericParam:           func(m *Metadata, r uint32) error { _, err := m.GenericParam(r); return err },
	TableMethodSpec:             func(m *Metadata, r uint32) error { _, err := m.MethodSpec(r); return err },
	TableGenericParamConstraint: func(m *Metadata, r uint32) error { _, err := m.GenericParamConstraint(r); return err },
}

// walkStats counts what a walk saw, so tests can assert on it.
type walkStats struct {
	rows, rowErrs   int
	sigs, sigErrs   int
	bodies, bodyErr int
	caValues, caErr int
	firstErr        error
}

func (s *walkStats) note(err error) {
	if err != nil && s.firstErr == nil {
		s.firstErr = err
	}
}

// maxWalkRows bounds per-table work so fuzzing stays fast on inputs that
// claim millions of rows.
const maxWalkRows = 1 << 16

func limit(n uint32) uint32 { return min(n, maxWalkRows) }

// walkMetadata touches every row, list, lookup and signature of m.
func walkMetadata(m *Metadata) *walkStats {
	s := &walkStats{}
	for t := TableID(0); int(t) < NumTables; t++ {
		for r := uint32(0); r <= limit(m.RowCount(t))+1; r++ { // includes invalid 0 and n+1
			_, errRaw := m.RawRow(t, r)
			err := typedAccessors[t](m, r)
			if (errRaw == nil) != (r >= 1 && r <= m.RowCount(t)) {
				panic(fmt.Sprintf("RawRow(%s, %d) range check wrong: %v", t, r, errRaw))
			}
			if r >= 1 && r <= m.RowCount(t) {
				s.rows++
				if err != nil {
					s.rowErrs++
					s.note(err)
				}
			}
		}
	}
	sig := func(b []byte, err error, parse func([]byte) error) {
		if err != nil {
			s.sigErrs++
			s.note(err)
			return
		}
		s.sigs++
		if err := parse(b); err != nil {
			s.sigErrs++
			s.note(err)
		}
	}
	methodSig := func(b []byte) error { _, err := ParseMethodSig(b); return err }
	for r := uint32(1); r <= limit(m.RowCount(TableTypeDef)); r++ {
		tok := NewToken(TableTypeDef, r)
		_, err := m.TypeFields(r)
		s.note(err)
		_, err = m.TypeMethods(r)
		s.note(err)
		_, err = m.TypeProperties(r)
		s.note(err)
		_, err = m.TypeEvents(r)
		s.note(err)
		m.NestedClassOf(r)
		_, err = m.InterfacesOf(r)
		s.note(err)
		gps, err := m.GenericParamRowsOf(tok)
		s.note(err)
		for _, gp := range gps {
			_, err = m.ConstraintsOf(gp)
			s.note(err)
		}
		_, err = m.GenericParamsOf(tok)
		s.note(err)
		_, err = m.CustomAttributesOf(tok)
		s.note(err)
		m.ClassLayoutOf(r)
		_, err = m.MethodImplsOf(r)
		s.note(err)
	}
	for r := uint32(1); r <= limit(m.RowCount(TableField)); r++ {
		f, err := m.Field(r)
		if err == nil {
			b, err := m.Blob(f.Signature)
			sig(b, err, func(b []byte) error { _, err := ParseFieldSig(b); return err })
		}
		m.ConstantOf(NewToken(TableField, r))
		m.FieldRVAOf(r)
		m.DeclaringTypeOfField(r)
	}
	for r := uint32(1); r <= limit(m.RowCount(TableMethodDef)); r++ {
		md, err := m.MethodDef(r)
		if err == nil {
			b, err := m.Blob(md.Signature)
			sig(b, err, methodSig)
		}
		_, err = m.MethodParams(r)
		s.note(err)
		m.DeclaringTypeOfMethod(r)
	}
	for r := uint32(1); r <= limit(m.RowCount(TableMemberRef)); r++ {
		mr, err := m.MemberRef(r)
		if err == nil {
			b, err := m.Blob(mr.Signature)
			sig(b, err, func(b []byte) error {
				if len(b) > 0 && b[0]&0x0F == CallConvField {
					_, err := ParseFieldSig(b)
					return err
				}
				return methodSig(b)
			})
		}
	}
	for r := uint32(1); r <= limit(m.RowCount(TableStandAloneSig)); r++ {
		ss, err := m.StandAloneSig(r)
		if err == nil {
			b, err := m.Blob(ss.Signature)
			sig(b, err, func(b []byte) error {
				if len(b) > 0 && b[0] == CallConvLocalSig {
					_, err := ParseLocalsSig(b)
					return err
				}
				return methodSig(b)
			})
		}
	}
	for r := uint32(1); r <= limit(m.RowCount(TableTypeSpec)); r++ {
		ts, err := m.TypeSpec(r)
		if err == nil {
			b, err := m.Blob(ts.Signature)
			sig(b, err, func(b []byte) error { _, err := ParseTypeSpec(b); return err })
		}
	}
	for r := uint32(1); r <= limit(m.RowCount(TableMethodSpec)); r++ {
		ms, err := m.MethodSpec(r)
		if err == nil {
			b, err := m.Blob(ms.Instantiation)
			sig(b, err, func(b []byte) error { _, err := ParseMethodSpec(b); return err })
		}
	}
	for r := uint32(1); r <= limit(m.RowCount(TableProperty)); r++ {
		p, err := m.Property(r)
		if err == nil {
			b, err := m.Blob(p.Type)
			sig(b, err, func(b []byte) error { _, err := ParsePropertySig(b); return err })
		}
	}
	for r := uint32(1); r <= limit(m.RowCount(TableCustomAttribute)); r++ {
		ca, err := m.CustomAttribute(r)
		if err != nil {
			continue
		}
		if err := walkCustomAttribute(m, ca); err != nil {
			s.caErr++
			s.note(err)
		} else {
			s.caValues++
		}
	}
	return s
}

// walkCustomAttribute decodes a custom attribute value using its
// constructor's signature.
func walkCustomAttribute(m *Metadata, ca CustomAttributeRow) error {
	var sigIdx uint32
	switch ca.Type.Table() {
	case TableMethodDef:
		md, err := m.MethodDef(ca.Type.Row())
		if err != nil {
			return err
		}
		sigIdx = md.Signature
	case TableMemberRef:
		mr, err := m.MemberRef(ca.Type.Row())
		if err != nil {
			return err
		}
		sigIdx = mr.Signature
	default:
		return fmt.Errorf("constructor token %s", ca.Type)
	}
	sb, err := m.Blob(sigIdx)
	if err != nil {
		return err
	}
	ms, err := ParseMethodSig(sb)
	if err != nil {
		return err
	}
	vb, err := m.Blob(ca.Value)
	if err != nil {
		return err
	}
	_, err = ParseCustomAttributeValue(vb, ms.Params, LocalCAResolver(m))
	return err
}

// walkImage walks the metadata and every method body of im.
func walkImage(im *Image) *walkStats {
	m := im.Metadata()
	s := walkMetadata(m)
	for r := uint32(1); r <= limit(m.RowCount(TableMethodDef)); r++ {
		md, err := m.MethodDef(r)
		if err != nil || md.RVA == 0 {
			continue
		}
		if _, err := im.MethodBody(md.RVA); err != nil {
			s.bodyErr++
			s.note(err)
		} else {
			s.bodies++
		}
	}
	for r := uint32(1); r <= limit(m.RowCount(TableFieldRVA)); r++ {
		if f, err := m.FieldRVA(r); err == nil {
			_, _ = im.ReadRVA(f.RVA, 16)
		}
	}
	return s
}
