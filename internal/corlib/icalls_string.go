package corlib

import (
	"unicode/utf16"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.String. Strings are immutable UTF-16 sequences
// held in Object.Chars.

func strChars(v Value) []uint16 {
	if v.R == nil {
		return nil
	}
	return v.R.Chars
}

func init() {
	reg("System.String::.ctor(System.Char[])", func(t *engine.Thread, a []Value) Value {
		if a[0].R == nil {
			return chars(t, nil)
		}
		return chars(t, arrayChars(a[0].R, 0, len(a[0].R.Fields)))
	})
	reg("System.String::.ctor(System.Char[],System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		arr := a[0].R
		start, n := int(a[1].I4()), int(a[2].I4())
		if arr == nil {
			if n == 0 {
				return chars(t, nil)
			}
			t.Throw("System.ArgumentNullException", "")
		}
		if start < 0 || n < 0 || start+n > len(arr.Fields) {
			t.Throw("System.ArgumentOutOfRangeException", "")
		}
		return chars(t, arrayChars(arr, start, n))
	})
	reg("System.String::.ctor(System.Char,System.Int32)", func(t *engine.Thread, a []Value) Value {
		n := int(a[1].I4())
		if n < 0 {
			t.Throw("System.ArgumentOutOfRangeException", "")
		}
		c := make([]uint16, n)
		for i := range c {
			c[i] = uint16(a[0].N)
		}
		return chars(t, c)
	})
	// ptrString reads n characters (or up to a NUL when n < 0) through a
	// char* or sbyte* pointer, starting start elements in.
	ptrString := func(t *engine.Thread, p Value, start, n int, bytes bool) Value {
		if p.R == nil {
			return chars(t, nil)
		}
		st, size := runtime.StChar, 2
		if bytes {
			st, size = runtime.StI1, 1
		}
		var out []uint16
		for i := 0; n < 0 || i < n; i++ {
			c := uint16(engine.LoadThrough(engine.Advance(p, (start+i)*size), st).N)
			if bytes {
				c = uint16(uint8(c))
			}
			if n < 0 && c == 0 {
				break
			}
			out = append(out, c)
		}
		return chars(t, out)
	}
	reg("System.String::.ctor(System.Char*)", func(t *engine.Thread, a []Value) Value { return ptrString(t, a[0], 0, -1, false) })
	reg("System.String::.ctor(System.Char*,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		return ptrString(t, a[0], int(a[1].I4()), int(a[2].I4()), false)
	})
	reg("System.String::.ctor(System.SByte*)", func(t *engine.Thread, a []Value) Value { return ptrString(t, a[0], 0, -1, true) })
	reg("System.String::.ctor(System.SByte*,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		return ptrString(t, a[0], int(a[1].I4()), int(a[2].I4()), true)
	})
	reg("System.String::get_Length()", func(t *engine.Thread, a []Value) Value {
		return i4(int32(len(a[0].R.Chars)))
	})
	reg("System.String::get_Chars(System.Int32)", func(t *engine.Thread, a []Value) Value {
		c := a[0].R.Chars
		i := a[1].I4()
		if i < 0 || int(i) >= len(c) {
			t.Throw("System.IndexOutOfRangeException", "")
		}
		return Value{N: uint64(c[i])}
	})
	reg("System.String::InternalCopyChars(System.Int32,System.Char[],System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		src := a[0].R.Chars
		si, dst, di, n := int(a[1].I4()), a[2].R, int(a[3].I4()), int(a[4].I4())
		for i := 0; i < n; i++ {
			dst.Fields[di+i] = Value{N: uint64(src[si+i])}
		}
		return null
	})
	reg("System.String::InternalSubstring(System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		c := a[0].R.Chars
		start, n := int(a[1].I4()), int(a[2].I4())
		if start == 0 && n == len(c) {
			return a[0]
		}
		return chars(t, append([]uint16(nil), c[start:start+n]...))
	})
	reg("System.String::InternalConcat(System.String,System.String)", func(t *engine.Thread, a []Value) Value {
		x, y := strChars(a[0]), strChars(a[1])
		out := make([]uint16, 0, len(x)+len(y))
		out = append(append(out, x...), y...)
		return chars(t, out)
	})
	reg("System.String::InternalIndexOfChar(System.Char,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		c := a[0].R.Chars
		ch := uint16(a[1].N)
		start, n := int(a[2].I4()), int(a[3].I4())
		for i := start; i < start+n && i < len(c); i++ {
			if c[i] == ch {
				return i4(int32(i))
			}
		}
		return i4(-1)
	})
	reg("System.String::InternalLastIndexOfChar(System.Char,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		c := a[0].R.Chars
		ch := uint16(a[1].N)
		start, n := int(a[2].I4()), int(a[3].I4())
		for i := start; i > start-n && i >= 0; i-- {
			if i < len(c) && c[i] == ch {
				return i4(int32(i))
			}
		}
		return i4(-1)
	})
	reg("System.String::InternalIndexOfString(System.String,System.Int32,System.Int32,System.Boolean)", func(t *engine.Thread, a []Value) Value {
		c, v := a[0].R.Chars, strChars(a[1])
		start, n, ic := int(a[2].I4()), int(a[3].I4()), a[4].Bool()
		end := start + n
		if end > len(c) {
			end = len(c)
		}
		for i := start; i+len(v) <= end; i++ {
			if matchAt(c, v, i, ic) {
				return i4(int32(i))
			}
		}
		return i4(-1)
	})
	reg("System.String::InternalLastIndexOfString(System.String,System.Int32,System.Int32,System.Boolean)", func(t *engine.Thread, a []Value) Value {
		c, v := a[0].R.Chars, strChars(a[1])
		start, n, ic := int(a[2].I4()), int(a[3].I4()), a[4].Bool()
		// The search covers [start-n+1, start].
		lo := start - n + 1
		if lo < 0 {
			lo = 0
		}
		for i := start - len(v) + 1; i >= lo; i-- {
			if i+len(v) <= len(c) && matchAt(c, v, i, ic) {
				return i4(int32(i))
			}
		}
		return i4(-1)
	})
	reg("System.String::InternalEquals(System.String,System.String)", func(t *engine.Thread, a []Value) Value {
		if a[0].R == a[1].R {
			return boolean(true)
		}
		if a[0].R == nil || a[1].R == nil {
			return boolean(false)
		}
		return boolean(equalU16(a[0].R.Chars, a[1].R.Chars))
	})
	reg("System.String::InternalCompareOrdinal(System.String,System.String,System.Boolean)", func(t *engine.Thread, a []Value) Value {
		return i4(compareOrdinal(strChars(a[0]), strChars(a[1]), a[2].Bool()))
	})
	reg("System.String::InternalReplace(System.String,System.String)", func(t *engine.Thread, a []Value) Value {
		c, old, nw := a[0].R.Chars, strChars(a[1]), strChars(a[2])
		if len(old) == 0 {
			return a[0]
		}
		var out []uint16
		changed := false
		for i := 0; i < len(c); {
			if i+len(old) <= len(c) && matchAt(c, old, i, false) {
				out = append(out, nw...)
				i += len(old)
				changed = true
				continue
			}
			out = append(out, c[i])
			i++
		}
		if !changed {
			return a[0]
		}
		return chars(t, out)
	})
	reg("System.String::InternalToUpper()", func(t *engine.Thread, a []Value) Value {
		return chars(t, mapChars(a[0].R.Chars, charToUpper))
	})
	reg("System.String::InternalToLower()", func(t *engine.Thread, a []Value) Value {
		return chars(t, mapChars(a[0].R.Chars, charToLower))
	})
	reg("System.String::InternalIntern(System.String)", func(t *engine.Thread, a []Value) Value {
		nullCheck(t, a[0], "str")
		return ref(t.VM().Intern(a[0].R.Chars))
	})
	reg("System.String::InternalIsInterned(System.String)", func(t *engine.Thread, a []Value) Value {
		nullCheck(t, a[0], "str")
		if o := t.VM().LookupInterned(a[0].R.Chars); o != nil {
			return ref(o)
		}
		return null
	})
	reg("System.String::GetHashCode()", func(t *engine.Thread, a []Value) Value {
		return i4(stringHash(a[0].R.Chars))
	})
}

func arrayChars(arr *runtime.Object, start, n int) []uint16 {
	out := make([]uint16, n)
	for i := range out {
		out[i] = uint16(arr.Fields[start+i].N)
	}
	return out
}

func equalU16(a, b []uint16) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func foldChar(c uint16) uint16 {
	if c < 0x80 {
		if c >= 'a' && c <= 'z' {
			return c - 32
		}
		return c
	}
	return charToUpper(c)
}

func matchAt(c, v []uint16, i int, ignoreCase bool) bool {
	for j := range v {
		x, y := c[i+j], v[j]
		if ignoreCase {
			x, y = foldChar(x), foldChar(y)
		}
		if x != y {
			return false
		}
	}
	return true
}

func compareOrdinal(a, b []uint16, ignoreCase bool) int32 {
	n := len(a)
	if len(b) < n {
		n = len(b)
	}
	for i := 0; i < n; i++ {
		x, y := a[i], b[i]
		if ignoreCase {
			x, y = foldChar(x), foldChar(y)
		}
		if x != y {
			return int32(x) - int32(y)
		}
	}
	return int32(len(a) - len(b))
}

func mapChars(c []uint16, f func(uint16) uint16) []uint16 {
	out := make([]uint16, len(c))
	for i, x := range c {
		if utf16.IsSurrogate(rune(x)) {
			out[i] = x
			continue
		}
		out[i] = f(x)
	}
	return out
}

// stringHash is a deterministic hash of a string's code units.
func stringHash(c []uint16) int32 {
	h1, h2 := uint32(5381), uint32(5381)
	for i := 0; i < len(c); i += 2 {
		h1 = ((h1 << 5) + h1) ^ uint32(c[i])
		if i+1 < len(c) {
			h2 = ((h2 << 5) + h2) ^ uint32(c[i+1])
		}
	}
	return int32(h1 + h2*1566083941)
}
