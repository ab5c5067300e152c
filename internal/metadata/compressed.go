package metadata

// DecodeCompressedUint decodes an ECMA-335 II.23.2 compressed unsigned
// integer from the start of b, returning the value and the bytes consumed.
func DecodeCompressedUint(b []byte) (val uint32, n int, err error) {
	if len(b) == 0 {
		return 0, 0, errorf("compressed integer", "empty input")
	}
	c := b[0]
	switch {
	case c&0x80 == 0:
		return uint32(c), 1, nil
	case c&0xC0 == 0x80:
		if len(b) < 2 {
			return 0, 0, errorf("compressed integer", "truncated 2-byte value")
		}
		return uint32(c&0x3F)<<8 | uint32(b[1]), 2, nil
	case c&0xE0 == 0xC0:
		if len(b) < 4 {
			return 0, 0, errorf("compressed integer", "truncated 4-byte value")
		}
		return uint32(c&0x1F)<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3]), 4, nil
	}
	return 0, 0, errorf("compressed integer", "invalid lead byte 0x%02x", c)
}

// DecodeCompressedInt decodes an ECMA-335 II.23.2 compressed signed integer
// (the sign bit rotated into the least significant bit).
func DecodeCompressedInt(b []byte) (val int32, n int, err error) {
	u, n, err := DecodeCompressedUint(b)
	if err != nil {
		return 0, 0, err
	}
	neg := u&1 != 0
	u >>= 1
	if neg {
		switch n {
		case 1:
			u |= 0xFFFFFFC0
		case 2:
			u |= 0xFFFFE000
		default:
			u |= 0xF0000000
		}
	}
	return int32(u), n, nil
}

// EncodeCompressedUint appends the compressed form of v (which must be at
// most 0x1FFFFFFF) to b.
func EncodeCompressedUint(b []byte, v uint32) []byte {
	switch {
	case v < 0x80:
		return append(b, byte(v))
	case v < 0x4000:
		return append(b, byte(v>>8)|0x80, byte(v))
	default:
		return append(b, byte(v>>24)|0xC0, byte(v>>16), byte(v>>8), byte(v))
	}
}
