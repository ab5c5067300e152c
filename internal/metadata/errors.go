package metadata

import (
	"errors"
	"fmt"
)

// ErrMalformed is matched (via errors.Is) by every error caused by input that
// violates the file format: truncated data, offsets or lengths out of range,
// invalid encodings and the like.
var ErrMalformed = errors.New("malformed metadata")

// ErrRowOutOfRange is matched (via errors.Is) when a row number passed to an
// accessor, or stored in metadata, does not name an existing row.
var ErrRowOutOfRange = errors.New("row out of range")

// ErrNotCLI is matched when a well-formed PE file has no CLI header, i.e. it
// is a native image rather than a .NET assembly.
var ErrNotCLI = errors.New("not a CLI image")

// FormatError describes a format violation. It matches ErrMalformed.
type FormatError struct {
	What   string // the structure being read, e.g. "#Strings heap"
	Detail string // what was wrong with it
}

func (e *FormatError) Error() string { return e.What + ": " + e.Detail }

// Is reports whether target is ErrMalformed.
func (e *FormatError) Is(target error) bool { return target == ErrMalformed }

// errorf builds a *FormatError for the structure what.
func errorf(what, format string, args ...any) error {
	return &FormatError{What: what, Detail: fmt.Sprintf(format, args...)}
}

// RowError reports a row number that is out of range for its table. It
// matches ErrRowOutOfRange.
type RowError struct {
	Table TableID
	Row   uint32
	Count uint32 // number of rows the table actually has
}

func (e *RowError) Error() string {
	return fmt.Sprintf("%s row %d out of range (table has %d rows)", e.Table, e.Row, e.Count)
}

// Is reports whether target is ErrRowOutOfRange.
func (e *RowError) Is(target error) bool { return target == ErrRowOutOfRange }
