package metadata

import "bytes"

// String returns the NUL-terminated UTF-8 string at offset idx of the
// #Strings heap (ECMA-335 II.24.2.3). Offset 0 is the empty string.
func (m *Metadata) String(idx uint32) (string, error) {
	if idx == 0 && len(m.strings) == 0 {
		return "", nil
	}
	if uint64(idx) >= uint64(len(m.strings)) {
		return "", errorf("#Strings heap", "offset 0x%x out of range (size 0x%x)", idx, len(m.strings))
	}
	// The bytes are returned as they are, even if they are not valid UTF-8:
	// names are only ever compared byte-wise, and obfuscated assemblies in
	// the wild do contain such names.
	rest := m.strings[idx:]
	if i := bytes.IndexByte(rest, 0); i >= 0 {
		return string(rest[:i]), nil
	}
	return "", errorf("#Strings heap", "string at offset 0x%x is not terminated", idx)
}

// Blob returns the blob at offset idx of the #Blob heap (ECMA-335 II.24.2.4),
// without its length prefix. Offset 0 is the empty blob. The returned slice
// must not be modified.
func (m *Metadata) Blob(idx uint32) ([]byte, error) {
	if idx == 0 && len(m.blob) == 0 {
		return nil, nil
	}
	if uint64(idx) >= uint64(len(m.blob)) {
		return nil, errorf("#Blob heap", "offset 0x%x out of range (size 0x%x)", idx, len(m.blob))
	}
	n, hl, err := DecodeCompressedUint(m.blob[idx:])
	if err != nil {
		return nil, errorf("#Blob heap", "bad length at offset 0x%x: %v", idx, err)
	}
	b, ok := slice(m.blob, uint64(idx)+uint64(hl), uint64(n))
	if !ok {
		return nil, errorf("#Blob heap", "blob at offset 0x%x (length %d) overruns heap", idx, n)
	}
	return b, nil
}

// GUID returns the GUID with 1-based index idx in the #GUID heap
// (ECMA-335 II.24.2.5). Index 0 is the nil (all-zero) GUID.
func (m *Metadata) GUID(idx uint32) ([16]byte, error) {
	var g [16]byte
	if idx == 0 {
		return g, nil
	}
	b, ok := slice(m.guid, (uint64(idx)-1)*16, 16)
	if !ok {
		return g, errorf("#GUID heap", "index %d out of range (%d GUIDs)", idx, len(m.guid)/16)
	}
	copy(g[:], b)
	return g, nil
}

// UserString returns the string at offset idx of the #US heap (ECMA-335
// II.24.2.4) as UTF-16 code units, without the trailing flag byte.
func (m *Metadata) UserString(idx uint32) ([]uint16, error) {
	if uint64(idx) >= uint64(len(m.us)) {
		if idx == 0 {
			return nil, nil
		}
		return nil, errorf("#US heap", "offset 0x%x out of range (size 0x%x)", idx, len(m.us))
	}
	n, hl, err := DecodeCompressedUint(m.us[idx:])
	if err != nil {
		return nil, errorf("#US heap", "bad length at offset 0x%x: %v", idx, err)
	}
	b, ok := slice(m.us, uint64(idx)+uint64(hl), uint64(n))
	if !ok {
		return nil, errorf("#US heap", "string at offset 0x%x (length %d) overruns heap", idx, n)
	}
	units := make([]uint16, len(b)/2)
	for i := range units {
		units[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
	}
	return units, nil
}

// HeapSize returns the size in bytes of the named heap ("#Strings", "#Blob",
// "#GUID" or "#US"), or 0.
func (m *Metadata) HeapSize(name string) int {
	switch name {
	case "#Strings":
		return len(m.strings)
	case "#Blob":
		return len(m.blob)
	case "#GUID":
		return len(m.guid)
	case "#US":
		return len(m.us)
	}
	return 0
}
