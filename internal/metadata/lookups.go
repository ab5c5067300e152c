package metadata

import (
	"fmt"
	"sort"
	"sync"
)

// This file holds the reverse lookups the runtime needs ("which rows refer
// to X?"). Each index is built on first use, under its own sync.Once, from a
// single pass over the relevant table, so concurrent readers are safe and
// unused indexes cost nothing. Rows whose key cannot be decoded are left out
// of the index; the first such error is kept and returned by the lookups
// that can report errors.

type lazyIndexes struct {
	nested        onceIndex[uint32, uint32]   // nested TypeDef row -> enclosing row
	ifaces        onceIndex[uint32, []uint32] // TypeDef row -> InterfaceImpl rows
	genParams     onceIndex[Token, []uint32]  // owner -> GenericParam rows (by Number)
	gpConstraints onceIndex[uint32, []uint32] // GenericParam row -> constraint rows
	customAttr    onceIndex[Token, []uint32]  // parent -> CustomAttribute rows
	constants     onceIndex[Token, uint32]    // parent -> Constant row
	fieldRVA      onceIndex[uint32, uint32]   // Field row -> FieldRVA row
	layout        onceIndex[uint32, uint32]   // TypeDef row -> ClassLayout row
	methodImpl    onceIndex[uint32, []uint32] // TypeDef row -> MethodImpl rows
	eventMap      onceIndex[uint32, uint32]   // TypeDef row -> EventMap row
	propMap       onceIndex[uint32, uint32]   // TypeDef row -> PropertyMap row

	ownersOnce  sync.Once
	methodOwner []uint32 // MethodDef row -> TypeDef row (0 if none)
	fieldOwner  []uint32 // Field row -> TypeDef row
}

// onceIndex is a map built once on first use.
type onceIndex[K comparable, V any] struct {
	once sync.Once
	m    map[K]V
	err  error
}

func (o *onceIndex[K, V]) get(build func() (map[K]V, error)) (map[K]V, error) {
	o.once.Do(func() { o.m, o.err = build() })
	return o.m, o.err
}

// scan calls key for every row of t, collecting the rows by key. A row
// whose key fails to decode is skipped and its error remembered.
func scan[K comparable](m *Metadata, t TableID, key func(row uint32) (K, error)) (map[K][]uint32, error) {
	out := make(map[K][]uint32)
	var first error
	for r := uint32(1); r <= m.RowCount(t); r++ {
		k, err := key(r)
		if err != nil {
			if first == nil {
				first = fmt.Errorf("index %s: %w", t, err)
			}
			continue
		}
		out[k] = append(out[k], r)
	}
	return out, first
}

// scanUnique is scan keeping only the first row for each key.
func scanUnique[K comparable](m *Metadata, t TableID, key func(row uint32) (K, error)) (map[K]uint32, error) {
	out := make(map[K]uint32)
	var first error
	for r := uint32(1); r <= m.RowCount(t); r++ {
		k, err := key(r)
		if err != nil {
			if first == nil {
				first = fmt.Errorf("index %s: %w", t, err)
			}
			continue
		}
		if _, dup := out[k]; !dup {
			out[k] = r
		}
	}
	return out, first
}

// NestedClassOf returns the enclosing TypeDef row of a nested TypeDef row.
func (m *Metadata) NestedClassOf(typeRow uint32) (enclosingRow uint32, ok bool) {
	idx, _ := m.idx.nested.get(func() (map[uint32]uint32, error) {
		rows, err := scanUnique(m, TableNestedClass, func(r uint32) (uint32, error) {
			nc, err := m.NestedClass(r)
			return nc.NestedClass.Row(), err
		})
		out := make(map[uint32]uint32, len(rows))
		for nested, r := range rows {
			if nc, err := m.NestedClass(r); err == nil && !nc.EnclosingClass.IsNil() {
				out[nested] = nc.EnclosingClass.Row()
			}
		}
		return out, err
	})
	enclosingRow, ok = idx[typeRow]
	return enclosingRow, ok
}

// InterfacesOf returns the interfaces a TypeDef row declares it implements,
// in InterfaceImpl table order.
func (m *Metadata) InterfacesOf(typeRow uint32) ([]Token, error) {
	idx, err := m.idx.ifaces.get(func() (map[uint32][]uint32, error) {
		return scan(m, TableInterfaceImpl, func(r uint32) (uint32, error) {
			ii, err := m.InterfaceImpl(r)
			return ii.Class.Row(), err
		})
	})
	if err != nil {
		return nil, err
	}
	var out []Token
	for _, r := range idx[typeRow] {
		ii, err := m.InterfaceImpl(r)
		if err != nil {
			return nil, err
		}
		out = append(out, ii.Interface)
	}
	return out, nil
}

// genParamIndex maps owners to GenericParam rows sorted by Number.
func (m *Metadata) genParamIndex() (map[Token][]uint32, error) {
	return m.idx.genParams.get(func() (map[Token][]uint32, error) {
		idx, err := scan(m, TableGenericParam, func(r uint32) (Token, error) {
			gp, err := m.GenericParam(r)
			return gp.Owner, err
		})
		for _, rows := range idx {
			sort.SliceStable(rows, func(i, j int) bool {
				a, _ := m.GenericParam(rows[i])
				b, _ := m.GenericParam(rows[j])
				return a.Number < b.Number
			})
		}
		return idx, err
	})
}

// GenericParamsOf returns the generic parameters of a TypeDef or MethodDef,
// ordered by Number.
func (m *Metadata) GenericParamsOf(owner Token) ([]GenericParamRow, error) {
	idx, err := m.genParamIndex()
	if err != nil {
		return nil, err
	}
	rows := idx[owner]
	out := make([]GenericParamRow, 0, len(rows))
	for _, r := range rows {
		gp, err := m.GenericParam(r)
		if err != nil {
			return nil, err
		}
		out = append(out, gp)
	}
	return out, nil
}

// GenericParamRowsOf is GenericParamsOf returning GenericParam row numbers
// (needed to find each parameter's constraints), ordered by Number.
func (m *Metadata) GenericParamRowsOf(owner Token) ([]uint32, error) {
	idx, err := m.genParamIndex()
	if err != nil {
		return nil, err
	}
	return append([]uint32(nil), idx[owner]...), nil
}

// ConstraintsOf returns the constraint types of a GenericParam row.
func (m *Metadata) ConstraintsOf(genericParamRow uint32) ([]Token, error) {
	idx, err := m.idx.gpConstraints.get(func() (map[uint32][]uint32, error) {
		return scan(m, TableGenericParamConstraint, func(r uint32) (uint32, error) {
			c, err := m.GenericParamConstraint(r)
			return c.Owner.Row(), err
		})
	})
	if err != nil {
		return nil, err
	}
	var out []Token
	for _, r := range idx[genericParamRow] {
		c, err := m.GenericParamConstraint(r)
		if err != nil {
			return nil, err
		}
		out = append(out, c.Constraint)
	}
	return out, nil
}

// CustomAttributesOf returns the custom attributes attached to parent, in
// table order.
func (m *Metadata) CustomAttributesOf(parent Token) ([]CustomAttributeRow, error) {
	idx, err := m.idx.customAttr.get(func() (map[Token][]uint32, error) {
		return scan(m, TableCustomAttribute, func(r uint32) (Token, error) {
			ca, err := m.CustomAttribute(r)
			return ca.Parent, err
		})
	})
	if err != nil {
		return nil, err
	}
	var out []CustomAttributeRow
	for _, r := range idx[parent] {
		ca, err := m.CustomAttribute(r)
		if err != nil {
			return nil, err
		}
		out = append(out, ca)
	}
	return out, nil
}

// ConstantOf returns the default value of a Field, Param or Property.
func (m *Metadata) ConstantOf(parent Token) (ConstantRow, bool) {
	idx, _ := m.idx.constants.get(func() (map[Token]uint32, error) {
		return scanUnique(m, TableConstant, func(r uint32) (Token, error) {
			c, err := m.Constant(r)
			return c.Parent, err
		})
	})
	r, ok := idx[parent]
	if !ok {
		return ConstantRow{}, false
	}
	c, err := m.Constant(r)
	return c, err == nil
}

// FieldRVAOf returns the RVA of a field's initial data (FieldRVA table).
func (m *Metadata) FieldRVAOf(fieldRow uint32) (uint32, bool) {
	idx, _ := m.idx.fieldRVA.get(func() (map[uint32]uint32, error) {
		return scanUnique(m, TableFieldRVA, func(r uint32) (uint32, error) {
			f, err := m.FieldRVA(r)
			return f.Field.Row(), err
		})
	})
	r, ok := idx[fieldRow]
	if !ok {
		return 0, false
	}
	f, err := m.FieldRVA(r)
	return f.RVA, err == nil
}

// ClassLayoutOf returns the explicit packing and size of a TypeDef row.
func (m *Metadata) ClassLayoutOf(typeRow uint32) (ClassLayoutRow, bool) {
	idx, _ := m.idx.layout.get(func() (map[uint32]uint32, error) {
		return scanUnique(m, TableClassLayout, func(r uint32) (uint32, error) {
			c, err := m.ClassLayout(r)
			return c.Parent.Row(), err
		})
	})
	r, ok := idx[typeRow]
	if !ok {
		return ClassLayoutRow{}, false
	}
	c, err := m.ClassLayout(r)
	return c, err == nil
}

// MethodImplsOf returns the explicit method overrides declared by a TypeDef
// row, in table order.
func (m *Metadata) MethodImplsOf(typeRow uint32) ([]MethodImplRow, error) {
	idx, err := m.idx.methodImpl.get(func() (map[uint32][]uint32, error) {
		return scan(m, TableMethodImpl, func(r uint32) (uint32, error) {
			mi, err := m.MethodImpl(r)
			return mi.Class.Row(), err
		})
	})
	if err != nil {
		return nil, err
	}
	var out []MethodImplRow
	for _, r := range idx[typeRow] {
		mi, err := m.MethodImpl(r)
		if err != nil {
			return nil, err
		}
		out = append(out, mi)
	}
	return out, nil
}

func (m *Metadata) eventMapOf(typeRow uint32) (uint32, bool) {
	idx, _ := m.idx.eventMap.get(func() (map[uint32]uint32, error) {
		return scanUnique(m, TableEventMap, func(r uint32) (uint32, error) {
			em, err := m.EventMap(r)
			return em.Parent.Row(), err
		})
	})
	r, ok := idx[typeRow]
	return r, ok
}

func (m *Metadata) propertyMapOf(typeRow uint32) (uint32, bool) {
	idx, _ := m.idx.propMap.get(func() (map[uint32]uint32, error) {
		return scanUnique(m, TablePropertyMap, func(r uint32) (uint32, error) {
			pm, err := m.PropertyMap(r)
			return pm.Parent.Row(), err
		})
	})
	r, ok := idx[typeRow]
	return r, ok
}

// buildOwners maps every MethodDef and Field row to its declaring TypeDef.
// Malformed member lists are skipped (those members get owner 0).
func (m *Metadata) buildOwners() {
	m.idx.ownersOnce.Do(func() {
		m.idx.methodOwner = make([]uint32, m.RowCount(TableMethodDef)+1)
		m.idx.fieldOwner = make([]uint32, m.RowCount(TableField)+1)
		for t := uint32(1); t <= m.RowCount(TableTypeDef); t++ {
			if ms, err := m.TypeMethods(t); err == nil {
				for _, r := range ms {
					if m.idx.methodOwner[r] == 0 {
						m.idx.methodOwner[r] = t
					}
				}
			}
			if fs, err := m.TypeFields(t); err == nil {
				for _, r := range fs {
					if m.idx.fieldOwner[r] == 0 {
						m.idx.fieldOwner[r] = t
					}
				}
			}
		}
	})
}

// DeclaringTypeOfMethod returns the TypeDef row that declares a MethodDef
// row, or 0 if none does.
func (m *Metadata) DeclaringTypeOfMethod(methodRow uint32) uint32 {
	m.buildOwners()
	if uint64(methodRow) >= uint64(len(m.idx.methodOwner)) {
		return 0
	}
	return m.idx.methodOwner[methodRow]
}

// DeclaringTypeOfField returns the TypeDef row that declares a Field row, or
// 0 if none does.
func (m *Metadata) DeclaringTypeOfField(fieldRow uint32) uint32 {
	m.buildOwners()
	if uint64(fieldRow) >= uint64(len(m.idx.fieldOwner)) {
		return 0
	}
	return m.idx.fieldOwner[fieldRow]
}
