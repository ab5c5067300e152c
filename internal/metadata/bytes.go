package metadata

import "encoding/binary"

// slice returns b[off:off+n] if that range lies inside b. All offsets are
// handled as uint64 so that hostile 32-bit values cannot overflow.
func slice(b []byte, off, n uint64) ([]byte, bool) {
	if off > uint64(len(b)) || n > uint64(len(b))-off {
		return nil, false
	}
	return b[off : off+n : off+n], true
}

// u16At and u32At read little-endian integers; ok is false if out of range.
func u16At(b []byte, off uint64) (uint16, bool) {
	s, ok := slice(b, off, 2)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint16(s), true
}

func u32At(b []byte, off uint64) (uint32, bool) {
	s, ok := slice(b, off, 4)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint32(s), true
}

func u64At(b []byte, off uint64) (uint64, bool) {
	s, ok := slice(b, off, 8)
	if !ok {
		return 0, false
	}
	return binary.LittleEndian.Uint64(s), true
}

// align4 rounds n up to a multiple of four.
func align4(n uint64) uint64 { return (n + 3) &^ 3 }
