package metadata

import (
	"fmt"
	"math/bits"
)

// HeapSizes flag bits of the tables stream header (ECMA-335 II.24.2.6, plus
// the bits the CLR uses for edit-and-continue metadata).
const (
	HeapStringsWide = 0x01 // #Strings offsets are 4 bytes
	HeapGUIDWide    = 0x02 // #GUID indexes are 4 bytes
	HeapBlobWide    = 0x04 // #Blob offsets are 4 bytes
	HeapDeltaOnly   = 0x20 // the tables hold only delta rows
	HeapExtraData   = 0x40 // four extra bytes follow the row counts
	HeapHasDeleted  = 0x80 // rows may carry "deleted" marks (_Deleted names)
)

// tablesHeader is the fixed part of the #~ / #- stream.
type tablesHeader struct {
	major, minor uint8
	heapSizes    uint8
	valid        uint64
	sorted       uint64
	extraData    uint32
	rows         [64]uint32 // row counts by table number, including unknown tables
}

// tableInfo is the layout of one table within the tables stream.
type tableInfo struct {
	rows    uint32
	rowSize uint32
	data    []byte
	offsets []uint8 // byte offset of each column within a row
	widths  []uint8 // byte width (2 or 4) of each column
}

// TablesHeaderInfo exposes the header of the tables stream for dumpers.
type TablesHeaderInfo struct {
	MajorVersion, MinorVersion uint8
	HeapSizes                  uint8
	Valid, Sorted              uint64
	ExtraData                  uint32
}

// TablesHeader returns the header fields of the tables stream.
func (m *Metadata) TablesHeader() TablesHeaderInfo {
	return TablesHeaderInfo{m.th.major, m.th.minor, m.th.heapSizes, m.th.valid, m.th.sorted, m.th.extraData}
}

// RowCount returns the number of rows in table t (0 for unknown tables).
func (m *Metadata) RowCount(t TableID) uint32 {
	if !t.Known() {
		return 0
	}
	return m.tables[t].rows
}

// maxRows is the largest row count a token can address.
const maxRows = 0x00FFFFFF

// parseTables decodes the header of the tables stream and lays out every
// known table.
func (m *Metadata) parseTables(b []byte) error {
	h := &m.th
	if len(b) < 24 {
		return errorf("tables stream", "header truncated (%d bytes)", len(b))
	}
	h.major, h.minor, h.heapSizes = b[4], b[5], b[6]
	h.valid, _ = u64At(b, 8)
	h.sorted, _ = u64At(b, 16)
	off := uint64(24)
	for t := 0; t < 64; t++ {
		if h.valid&(1<<t) == 0 {
			continue
		}
		n, ok := u32At(b, off)
		if !ok {
			return errorf("tables stream", "row counts truncated")
		}
		if n > maxRows {
			return errorf("tables stream", "table 0x%02x has %d rows, more than a token can address", t, n)
		}
		h.rows[t] = n
		off += 4
	}
	if h.heapSizes&HeapExtraData != 0 {
		v, ok := u32At(b, off)
		if !ok {
			return errorf("tables stream", "extra data truncated")
		}
		h.extraData = v
		off += 4
	}
	// Tables this package does not know would have to come after all known
	// ones; their data is simply ignored. A gap (an unknown table number
	// below a known one) cannot exist since 0..0x2C are all defined.
	for t := TableID(0); int(t) < NumTables; t++ {
		ti := &m.tables[t]
		ti.rows = h.rows[t]
		cols := schemas[t]
		ti.offsets = make([]uint8, len(cols))
		ti.widths = make([]uint8, len(cols))
		var size uint32
		for i, c := range cols {
			w := m.columnWidth(c)
			ti.offsets[i] = uint8(size)
			ti.widths[i] = w
			size += uint32(w)
		}
		ti.rowSize = size
		total := uint64(ti.rows) * uint64(size)
		data, ok := slice(b, off, total)
		if !ok {
			return errorf("tables stream", "table %s (%d rows of %d bytes) overruns the stream", t, ti.rows, size)
		}
		ti.data = data
		off += total
	}
	return nil
}

// columnWidth computes the byte width of a column from the heap-size flags
// and row counts (ECMA-335 II.24.2.6). A "#JTD" stream forces every table
// and coded index to four bytes.
func (m *Metadata) columnWidth(c column) uint8 {
	h := &m.th
	switch c.kind {
	case colU16:
		return 2
	case colU32:
		return 4
	case colString:
		return wide(h.heapSizes&HeapStringsWide != 0)
	case colGUID:
		return wide(h.heapSizes&HeapGUIDWide != 0)
	case colBlob:
		return wide(h.heapSizes&HeapBlobWide != 0)
	case colTable:
		return wide(m.minimalDelta || h.rows[c.table] > 0xFFFF)
	case colList:
		big := h.rows[c.table] > 0xFFFF
		if p, ok := ptrTableFor(c.table); ok && h.rows[p] > 0xFFFF {
			big = true
		}
		return wide(m.minimalDelta || big)
	case colCoded:
		d := &codedIndexDefs[c.coded]
		var maxRows uint32
		for _, t := range d.tables {
			if t != noTable && h.rows[t] > maxRows {
				maxRows = h.rows[t]
			}
		}
		return wide(m.minimalDelta || uint64(maxRows) >= 1<<(16-d.bits))
	}
	return 4
}

func wide(b bool) uint8 {
	if b {
		return 4
	}
	return 2
}

// HasTable reports whether table t is marked present in the Valid vector.
func (m *Metadata) HasTable(t TableID) bool { return m.th.valid&(1<<uint(t)) != 0 }

// PresentTables returns the table numbers present in the Valid vector,
// including ones this package has no schema for.
func (m *Metadata) PresentTables() []TableID {
	out := make([]TableID, 0, bits.OnesCount64(m.th.valid))
	for t := 0; t < 64; t++ {
		if m.th.valid&(1<<t) != 0 {
			out = append(out, TableID(t))
		}
	}
	return out
}

// rowBytes returns the bytes of a 1-based row, checking the range.
func (m *Metadata) rowBytes(t TableID, row uint32) ([]byte, *tableInfo, error) {
	if !t.Known() {
		return nil, nil, errorf("metadata tables", "unknown table 0x%02x", uint8(t))
	}
	ti := &m.tables[t]
	if row == 0 || row > ti.rows {
		return nil, nil, &RowError{Table: t, Row: row, Count: ti.rows}
	}
	start := uint64(row-1) * uint64(ti.rowSize)
	return ti.data[start : start+uint64(ti.rowSize)], ti, nil
}

// RawRow returns the undecoded column values of a row, in schema order (see
// Columns for their meaning).
func (m *Metadata) RawRow(t TableID, row uint32) ([]uint32, error) {
	b, ti, err := m.rowBytes(t, row)
	if err != nil {
		return nil, err
	}
	out := make([]uint32, len(ti.widths))
	for i := range out {
		out[i] = readCol(b, ti, i)
	}
	return out, nil
}

// ColumnNames returns the names of table t's columns in schema order.
func ColumnNames(t TableID) []string {
	if !t.Known() {
		return nil
	}
	out := make([]string, len(schemas[t]))
	for i, c := range schemas[t] {
		out[i] = c.name
	}
	return out
}

// readCol reads column i of a row already known to be in range.
func readCol(b []byte, ti *tableInfo, i int) uint32 {
	o := ti.offsets[i]
	if ti.widths[i] == 2 {
		return uint32(b[o]) | uint32(b[o+1])<<8
	}
	return leU32(b[o:])
}

// rowDecoder decodes the columns of one row into typed values, remembering
// the first error so accessors can decode a whole row then check once.
type rowDecoder struct {
	m   *Metadata
	t   TableID
	row uint32
	b   []byte
	ti  *tableInfo
	err error
}

// decoder returns a rowDecoder for a row, or the range error.
func (m *Metadata) decoder(t TableID, row uint32) (rowDecoder, error) {
	b, ti, err := m.rowBytes(t, row)
	if err != nil {
		return rowDecoder{}, err
	}
	return rowDecoder{m: m, t: t, row: row, b: b, ti: ti}, nil
}

func (d *rowDecoder) u32(i int) uint32 { return readCol(d.b, d.ti, i) }
func (d *rowDecoder) u16(i int) uint16 { return uint16(readCol(d.b, d.ti, i)) }

func (d *rowDecoder) fail(i int, err error) {
	if d.err == nil {
		d.err = fmt.Errorf("%s row %d column %s: %w", d.t, d.row, schemas[d.t][i].name, err)
	}
}

func (d *rowDecoder) str(i int) string {
	s, err := d.m.String(readCol(d.b, d.ti, i))
	if err != nil {
		d.fail(i, err)
	}
	return s
}

func (d *rowDecoder) coded(i int) Token {
	t, err := DecodeCodedIndex(schemas[d.t][i].coded, readCol(d.b, d.ti, i))
	if err != nil {
		d.fail(i, err)
	}
	return t
}

// tok turns a simple table index into a token (0 stays nil).
func (d *rowDecoder) tok(i int) Token {
	v := readCol(d.b, d.ti, i)
	if v == 0 {
		return 0
	}
	if v > maxRows {
		d.fail(i, errorf("table index", "row %d does not fit a token", v))
		return 0
	}
	return NewToken(schemas[d.t][i].table, v)
}
