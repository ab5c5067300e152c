package corlib

import "unicode"

// Character case mapping and categories as Mono's (older) Unicode data has
// them: Go's unicode tables, corrected by monoCharDiffs.

// charUpper is char.ToUpperInvariant.
func charUpper(c uint16) uint16 {
	if c < 0x80 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	if d, ok := monoCharDiffs[c]; ok {
		return d[0]
	}
	if r := unicode.ToUpper(rune(c)); r <= 0xffff {
		return uint16(r)
	}
	return c
}

// charLower is char.ToLowerInvariant.
func charLower(c uint16) uint16 {
	if c < 0x80 {
		if c >= 'A' && c <= 'Z' {
			return c + 32
		}
		return c
	}
	if d, ok := monoCharDiffs[c]; ok {
		return d[1]
	}
	if r := unicode.ToLower(rune(c)); r <= 0xffff {
		return uint16(r)
	}
	return c
}
