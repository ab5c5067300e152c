package metadata

import "fmt"

// This file resolves the "run" columns (FieldList, MethodList, ParamList,
// EventList, PropertyList): a row owns the rows from its list value up to
// the next owner's list value, read through the matching Ptr table when the
// metadata uses indirection (ECMA-335 II.22, uncompressed "#-" streams).

// listRange returns the target rows owned by owner row `row` of table
// `owner`, where column `col` holds the start of the run in `target`.
func (m *Metadata) listRange(owner TableID, row uint32, col int, target TableID) ([]uint32, error) {
	d, err := m.decoder(owner, row)
	if err != nil {
		return nil, err
	}
	start := d.u32(col)
	end := uint32(0)
	if row < m.RowCount(owner) {
		next, err := m.decoder(owner, row+1)
		if err != nil {
			return nil, err
		}
		end = next.u32(col)
	}
	return m.run(owner, row, target, start, end)
}

// run expands [start, end) of the list table for target (its Ptr table if
// that is populated), mapping Ptr rows to target rows. end 0 means "to the
// end of the list table".
func (m *Metadata) run(owner TableID, row uint32, target TableID, start, end uint32) ([]uint32, error) {
	list := target
	ptr, hasPtr := ptrTableFor(target)
	if hasPtr && m.RowCount(ptr) > 0 {
		list = ptr
	}
	count := m.RowCount(list)
	if end == 0 || end > count+1 {
		end = count + 1
	}
	if start == 0 || start > count+1 {
		return nil, fmt.Errorf("%s row %d: %w", owner, row,
			errorf(schemaListName(owner), "list start %d out of range (%d rows)", start, count))
	}
	if end < start {
		return nil, fmt.Errorf("%s row %d: %w", owner, row,
			errorf(schemaListName(owner), "list end %d before start %d", end, start))
	}
	out := make([]uint32, 0, end-start)
	for r := start; r < end; r++ {
		if list == target {
			out = append(out, r)
			continue
		}
		b, ti, err := m.rowBytes(list, r)
		if err != nil {
			return nil, err
		}
		v := readCol(b, ti, 0)
		if v == 0 || v > m.RowCount(target) {
			return nil, fmt.Errorf("%s row %d: %w", list, r, &RowError{Table: target, Row: v, Count: m.RowCount(target)})
		}
		out = append(out, v)
	}
	return out, nil
}

func schemaListName(t TableID) string { return t.String() + " member list" }

// TypeFields returns the Field rows declared by a TypeDef row.
func (m *Metadata) TypeFields(typeRow uint32) ([]uint32, error) {
	return m.listRange(TableTypeDef, typeRow, 4, TableField)
}

// TypeMethods returns the MethodDef rows declared by a TypeDef row.
func (m *Metadata) TypeMethods(typeRow uint32) ([]uint32, error) {
	return m.listRange(TableTypeDef, typeRow, 5, TableMethodDef)
}

// MethodParams returns the Param rows of a MethodDef row.
func (m *Metadata) MethodParams(methodRow uint32) ([]uint32, error) {
	return m.listRange(TableMethodDef, methodRow, 5, TableParam)
}

// TypeProperties returns the Property rows of a TypeDef row (via PropertyMap).
func (m *Metadata) TypeProperties(typeRow uint32) ([]uint32, error) {
	if err := m.checkRow(TableTypeDef, typeRow); err != nil {
		return nil, err
	}
	mapRow, ok := m.propertyMapOf(typeRow)
	if !ok {
		return nil, nil
	}
	return m.listRange(TablePropertyMap, mapRow, 1, TableProperty)
}

// TypeEvents returns the Event rows of a TypeDef row (via EventMap).
func (m *Metadata) TypeEvents(typeRow uint32) ([]uint32, error) {
	if err := m.checkRow(TableTypeDef, typeRow); err != nil {
		return nil, err
	}
	mapRow, ok := m.eventMapOf(typeRow)
	if !ok {
		return nil, nil
	}
	return m.listRange(TableEventMap, mapRow, 1, TableEvent)
}

// checkRow returns a *RowError if row is not a valid row of t.
func (m *Metadata) checkRow(t TableID, row uint32) error {
	_, _, err := m.rowBytes(t, row)
	return err
}
