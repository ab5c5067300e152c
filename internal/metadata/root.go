package metadata

import (
	"bytes"
)

// metadataSignature is "BSJB", the magic that opens a metadata root.
const metadataSignature = 0x424A5342

// maxStreams bounds the stream count of a metadata root; real images have
// at most six or seven.
const maxStreams = 64

// StreamHeader describes one stream of a metadata root (ECMA-335 II.24.2.2).
type StreamHeader struct {
	Name   string
	Offset uint32 // relative to the start of the metadata root
	Size   uint32
}

// Metadata is one metadata root: its streams, heaps and tables. It is
// immutable after loading and safe for concurrent use.
type Metadata struct {
	majorVersion, minorVersion uint16
	version                    string
	flags                      uint16
	streams                    []StreamHeader

	strings, blob, guid, us []byte

	uncompressed bool // tables came from a "#-" stream
	minimalDelta bool // a "#JTD" stream is present

	th     tablesHeader
	tables [NumTables]tableInfo

	idx lazyIndexes
}

// LoadMetadataRoot parses a bare metadata root, as found at the CLI header's
// MetaData directory or in a hot-reload delta. The Metadata keeps references
// into data, which must not be modified afterwards.
func LoadMetadataRoot(data []byte) (*Metadata, error) {
	m := &Metadata{}
	if sig, ok := u32At(data, 0); !ok || sig != metadataSignature {
		return nil, errorf("metadata root", "missing BSJB signature")
	}
	m.majorVersion, _ = u16At(data, 4)
	m.minorVersion, _ = u16At(data, 6)
	vlen, ok := u32At(data, 12)
	if !ok {
		return nil, errorf("metadata root", "truncated header")
	}
	vbytes, ok := slice(data, 16, uint64(vlen))
	if !ok {
		return nil, errorf("metadata root", "version string length %d exceeds root", vlen)
	}
	if i := bytes.IndexByte(vbytes, 0); i >= 0 {
		vbytes = vbytes[:i]
	}
	m.version = string(vbytes)
	off := 16 + uint64(vlen)
	m.flags, ok = u16At(data, off)
	nstreams, ok2 := u16At(data, off+2)
	if !ok || !ok2 {
		return nil, errorf("metadata root", "truncated stream count")
	}
	if nstreams > maxStreams {
		return nil, errorf("metadata root", "too many streams (%d)", nstreams)
	}
	off += 4
	var tables []byte
	var haveTables bool
	for i := 0; i < int(nstreams); i++ {
		so, ok1 := u32At(data, off)
		ss, ok2 := u32At(data, off+4)
		if !ok1 || !ok2 {
			return nil, errorf("metadata root", "truncated header of stream %d", i)
		}
		var nameArea []byte
		if off+8 < uint64(len(data)) {
			nameArea = data[off+8 : min(off+8+32, uint64(len(data)))]
		}
		n := bytes.IndexByte(nameArea, 0)
		if n < 0 {
			return nil, errorf("metadata root", "stream %d name is not terminated within 32 bytes", i)
		}
		name := string(nameArea[:n])
		off += 8 + align4(uint64(n)+1)
		body, ok := slice(data, uint64(so), uint64(ss))
		if !ok {
			return nil, errorf("metadata root", "stream %q (offset 0x%x, size %d) lies outside the root", name, so, ss)
		}
		m.streams = append(m.streams, StreamHeader{Name: name, Offset: so, Size: ss})
		// The first occurrence of a stream name wins.
		switch name {
		case "#Strings":
			if m.strings == nil {
				m.strings = body
			}
		case "#Blob":
			if m.blob == nil {
				m.blob = body
			}
		case "#GUID":
			if m.guid == nil {
				m.guid = body
			}
		case "#US":
			if m.us == nil {
				m.us = body
			}
		case "#~", "#-":
			if !haveTables {
				tables, haveTables = body, true
				m.uncompressed = name == "#-"
			}
		case "#JTD":
			m.minimalDelta = true
		}
	}
	if haveTables {
		if err := m.parseTables(tables); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// Version returns the runtime version string of the root, e.g. "v4.0.30319".
func (m *Metadata) Version() string { return m.version }

// RootVersion returns the major and minor version of the metadata root.
func (m *Metadata) RootVersion() (major, minor uint16) { return m.majorVersion, m.minorVersion }

// Streams returns the stream headers in file order.
func (m *Metadata) Streams() []StreamHeader { return append([]StreamHeader(nil), m.streams...) }

// IsMinimalDelta reports whether the root has a "#JTD" stream, which marks a
// minimal edit-and-continue delta and forces 4-byte table indexes.
func (m *Metadata) IsMinimalDelta() bool { return m.minimalDelta }

// IsUncompressed reports whether the tables came from a "#-" stream, which
// may use the Ptr indirection tables.
func (m *Metadata) IsUncompressed() bool { return m.uncompressed }
