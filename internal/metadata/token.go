package metadata

import "fmt"

// Token is a metadata token: the table number in the top byte and a 1-based
// row number (or, for user strings, a #US heap offset) in the low 24 bits.
// A token whose row is 0 is nil.
type Token uint32

// Token kinds that are not metadata tables but do appear in IL streams.
const (
	// TokenUserString is the top byte of an ldstr operand: the low 24 bits
	// are an offset into the #US heap.
	TokenUserString = 0x70
	// TokenString is the top byte used by some tools for #Strings offsets.
	TokenString = 0x71
)

// NewToken builds a token for row of table t.
func NewToken(t TableID, row uint32) Token { return Token(uint32(t)<<24 | row&0x00FFFFFF) }

// Table returns the table number of the token.
func (t Token) Table() TableID { return TableID(t >> 24) }

// Row returns the row number (or heap offset) of the token.
func (t Token) Row() uint32 { return uint32(t) & 0x00FFFFFF }

// IsNil reports whether the token names no row.
func (t Token) IsNil() bool { return t.Row() == 0 }

// String formats the token as eight hex digits, e.g. "0x06000001".
func (t Token) String() string { return fmt.Sprintf("0x%08x", uint32(t)) }
