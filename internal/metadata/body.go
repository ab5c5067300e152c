package metadata

import "fmt"

// This file decodes CIL method bodies (ECMA-335 II.25.4): the tiny and fat
// headers, the IL code and the extra data sections that carry exception
// handling clauses.

// Method header and section flags (II.25.4.1, II.25.4.4, II.25.4.5).
const (
	bodyTinyFormat = 0x2
	bodyFatFormat  = 0x3
	bodyMoreSects  = 0x8
	bodyInitLocals = 0x10

	sectEHTable    = 0x01
	sectOptILTable = 0x02
	sectFatFormat  = 0x40
	sectMoreSects  = 0x80
)

// Exception clause kinds (EHClause.Flags).
const (
	EHException = 0x0 // typed catch: ClassToken
	EHFilter    = 0x1 // filter block at FilterOffset
	EHFinally   = 0x2
	EHFault     = 0x4
)

// maxEHSections bounds the number of extra data sections a body may have.
const maxEHSections = 1024

// MethodBody is a decoded method body.
type MethodBody struct {
	MaxStack    uint16
	InitLocals  bool
	LocalVarSig Token // StandAloneSig token, or 0 if the method has no locals
	Code        []byte
	Clauses     []EHClause
	HeaderSize  int  // bytes of the tiny (1) or fat (usually 12) header
	Fat         bool // fat header format
	Size        int  // total bytes including header, code and sections
}

// EHClause is one exception handling clause (II.25.4.6).
type EHClause struct {
	Flags         uint32 // EHException, EHFilter, EHFinally or EHFault
	TryOffset     uint32
	TryLength     uint32
	HandlerOffset uint32
	HandlerLength uint32
	ClassToken    Token  // for EHException
	FilterOffset  uint32 // for EHFilter
}

func bodyErr(format string, args ...any) error { return errorf("method body", format, args...) }

// ParseMethodBody decodes a method body; b starts at the header and may
// extend past the end of the body.
func ParseMethodBody(b []byte) (*MethodBody, error) {
	if len(b) == 0 {
		return nil, bodyErr("empty")
	}
	switch b[0] & 0x3 {
	case bodyTinyFormat:
		n := uint64(b[0] >> 2)
		code, ok := slice(b, 1, n)
		if !ok {
			return nil, bodyErr("tiny body of %d bytes is truncated", n)
		}
		return &MethodBody{MaxStack: 8, Code: code, HeaderSize: 1, Size: 1 + int(n)}, nil
	case bodyFatFormat:
		return parseFatBody(b)
	}
	return nil, bodyErr("invalid header byte 0x%02x", b[0])
}

func parseFatBody(b []byte) (*MethodBody, error) {
	if len(b) < 12 {
		return nil, bodyErr("fat header truncated")
	}
	flags := uint16(b[0]) | uint16(b[1])<<8
	hsize := uint64(flags>>12) * 4
	if hsize < 12 {
		return nil, bodyErr("fat header size %d is below 12 bytes", hsize)
	}
	mb := &MethodBody{
		MaxStack:    uint16(b[2]) | uint16(b[3])<<8,
		InitLocals:  flags&bodyInitLocals != 0,
		LocalVarSig: Token(leU32(b[8:])),
		HeaderSize:  int(hsize),
		Fat:         true,
	}
	codeSize := uint64(leU32(b[4:]))
	code, ok := slice(b, hsize, codeSize)
	if !ok {
		return nil, bodyErr("code of %d bytes after a %d-byte header is truncated", codeSize, hsize)
	}
	mb.Code = code
	end := hsize + codeSize
	if flags&bodyMoreSects != 0 {
		var err error
		if end, err = mb.parseSections(b, align4(end)); err != nil {
			return nil, err
		}
	}
	mb.Size = int(end)
	return mb, nil
}

// parseSections reads the chain of extra data sections starting at off and
// returns the offset just past the last one.
func (mb *MethodBody) parseSections(b []byte, off uint64) (uint64, error) {
	for i := 0; ; i++ {
		if i >= maxEHSections {
			return 0, bodyErr("more than %d data sections", maxEHSections)
		}
		kind, ok := slice(b, off, 4)
		if !ok {
			return 0, bodyErr("data section header at offset %d is truncated", off)
		}
		fat := kind[0]&sectFatFormat != 0
		var size, clauseSize uint64
		if fat {
			size = uint64(kind[1]) | uint64(kind[2])<<8 | uint64(kind[3])<<16
			clauseSize = 24
		} else {
			size = uint64(kind[1])
			clauseSize = 12
		}
		if size < 4 {
			return 0, bodyErr("data section at offset %d has size %d", off, size)
		}
		data, ok := slice(b, off, size)
		if !ok {
			return 0, bodyErr("data section at offset %d (%d bytes) is truncated", off, size)
		}
		if kind[0]&sectEHTable != 0 {
			n := (size - 4) / clauseSize
			for j := uint64(0); j < n; j++ {
				c, err := mb.clause(data[4+j*clauseSize:4+(j+1)*clauseSize], fat)
				if err != nil {
					return 0, fmt.Errorf("exception clause %d: %w", len(mb.Clauses), err)
				}
				mb.Clauses = append(mb.Clauses, c)
			}
		}
		off += size
		if kind[0]&sectMoreSects == 0 {
			return off, nil
		}
		off = align4(off)
	}
}

// clause decodes and validates one small (12-byte) or fat (24-byte) clause.
func (mb *MethodBody) clause(c []byte, fat bool) (EHClause, error) {
	var e EHClause
	if fat {
		e = EHClause{
			Flags: leU32(c), TryOffset: leU32(c[4:]), TryLength: leU32(c[8:]),
			HandlerOffset: leU32(c[12:]), HandlerLength: leU32(c[16:]),
		}
	} else {
		e = EHClause{
			Flags:         uint32(c[0]) | uint32(c[1])<<8,
			TryOffset:     uint32(c[2]) | uint32(c[3])<<8,
			TryLength:     uint32(c[4]),
			HandlerOffset: uint32(c[5]) | uint32(c[6])<<8,
			HandlerLength: uint32(c[7]),
		}
	}
	last := leU32(c[len(c)-4:])
	code := uint64(len(mb.Code))
	if uint64(e.TryOffset)+uint64(e.TryLength) > code || uint64(e.HandlerOffset)+uint64(e.HandlerLength) > code {
		return e, bodyErr("clause range outside the %d-byte code", code)
	}
	switch e.Flags {
	case EHException:
		e.ClassToken = Token(last)
	case EHFilter:
		e.FilterOffset = last
		if uint64(last) >= code {
			return e, bodyErr("filter offset %d outside the %d-byte code", last, code)
		}
	case EHFinally, EHFault:
	default:
		return e, bodyErr("unknown clause flags 0x%x", e.Flags)
	}
	return e, nil
}
