package runtime

import (
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf16"
)

// Object is a heap object: a class instance, a boxed value, a struct's
// storage, an array, a string, or a container of locals or statics.
//
// The parts few objects use (a native payload, a monitor) live behind one
// pointer, created on first use, so that an ordinary object is 64 bytes
// plus its fields: the collector's work grows with the bytes allocated.
type Object struct {
	Type   *Type
	Fields []Value  // instance fields, struct fields, array elements, locals, statics
	Chars  []uint16 // System.String contents (UTF-16 code units)
	more   atomic.Pointer[objectMore]
}

// objectMore holds the rarely used parts of an object.
type objectMore struct {
	ext  any                       // runtime-native payload: array shape, type, raw memory
	sync atomic.Pointer[SyncBlock] // monitor, created on first lock
}

// NewExt returns an object of type t (nil for runtime-internal
// containers) with the given fields and runtime-native payload ext.
func NewExt(t *Type, fields []Value, ext any) *Object {
	o := &Object{Type: t, Fields: fields}
	o.SetExt(ext)
	return o
}

// Ext returns o's runtime-native payload (an array shape, the type of a
// RuntimeType object, raw memory, ...), or nil.
func (o *Object) Ext() any {
	if m := o.more.Load(); m != nil {
		return m.ext
	}
	return nil
}

// SetExt sets o's runtime-native payload. Like a field store, it is not
// synchronised with readers on other threads.
func (o *Object) SetExt(v any) {
	if v == nil && o.more.Load() == nil {
		return
	}
	o.moreOf().ext = v
}

// moreOf returns o's rarely used parts, creating them on first use.
func (o *Object) moreOf() *objectMore {
	if m := o.more.Load(); m != nil {
		return m
	}
	m := &objectMore{}
	if o.more.CompareAndSwap(nil, m) {
		return m
	}
	return o.more.Load()
}

// ArrayShape describes a multi-dimensional array: its lengths and lower
// bounds per dimension. Elements are stored row-major in Fields.
type ArrayShape struct {
	Lengths []int
	Lower   []int
}

// NewObject allocates an instance of t with zeroed fields; struct-typed
// fields get their own zeroed storage.
func NewObject(t *Type) *Object {
	_ = t.EnsureLoaded()
	var o *Object
	// Small objects are allocated together with their fields (one
	// allocation instead of two), each size in its own size class.
	switch n := t.NumFields; {
	case n == 0:
		o = &Object{Type: t}
	case n == 1:
		b := &struct {
			o Object
			f [1]Value
		}{}
		o = &b.o
		o.Type, o.Fields = t, b.f[:]
	case n == 2:
		b := &struct {
			o Object
			f [2]Value
		}{}
		o = &b.o
		o.Type, o.Fields = t, b.f[:]
	case n == 3:
		b := &struct {
			o Object
			f [3]Value
		}{}
		o = &b.o
		o.Type, o.Fields = t, b.f[:]
	case n == 4:
		b := &struct {
			o Object
			f [4]Value
		}{}
		o = &b.o
		o.Type, o.Fields = t, b.f[:n:n]
	default:
		o = &Object{Type: t, Fields: make([]Value, n)}
	}
	for _, f := range t.structFields {
		o.Fields[f.Index] = Value{R: NewObject(f.Type)}
	}
	return o
}

// Zero is the zero Value of type t: a fresh zeroed struct for non-primitive
// value types, the zero Value otherwise.
func Zero(t *Type) Value {
	if t.IsStruct() {
		return Value{R: NewObject(t)}
	}
	return Value{}
}

// Clone returns a shallow copy of a struct's storage, with nested structs
// copied deeply (value semantics).
func (o *Object) Clone() *Object {
	c := &Object{Type: o.Type, Chars: o.Chars}
	c.SetExt(o.Ext())
	if o.Fields != nil {
		c.Fields = make([]Value, len(o.Fields))
		copy(c.Fields, o.Fields)
		for _, f := range o.Type.structFields {
			if r := c.Fields[f.Index].R; r != nil {
				c.Fields[f.Index].R = r.Clone()
			}
		}
	}
	return c
}

// CopyFrom overwrites struct storage o with the contents of src.
func (o *Object) CopyFrom(src *Object) {
	if o == src {
		return
	}
	for i := range src.Fields {
		o.Fields[i] = src.Fields[i]
	}
	for _, f := range o.Type.structFields {
		if r := src.Fields[f.Index].R; r != nil {
			o.Fields[f.Index].R = r.Clone()
		}
	}
}

// CopyStruct returns a copy of v if t is a struct type (value semantics on
// store), v itself otherwise.
func CopyStruct(t *Type, v Value) Value {
	if t.IsStruct() && v.R != nil {
		return Value{R: v.R.Clone()}
	}
	return v
}

// String helpers -----------------------------------------------------------

// GoString converts a managed string to Go (UTF-8); invalid surrogates become U+FFFD.
func (o *Object) GoString() string {
	if o == nil {
		return ""
	}
	return string(utf16.Decode(o.Chars))
}

// SyncBlock is an object's monitor: a re-entrant lock with Wait/Pulse.
// Waiters queue in FIFO order; Pulse wakes the oldest.
type SyncBlock struct {
	hash    atomic.Int32 // identity hash code, 0 until first asked for
	mu      sync.Mutex
	cond    *sync.Cond
	owner   uint64 // managed thread id holding it, 0 when free
	count   int
	waiters []*monitorWaiter
}

type monitorWaiter struct{ pulsed, timedOut bool }

// SyncBlockOf returns o's monitor, creating it on first use.
func (o *Object) SyncBlockOf() *SyncBlock {
	m := o.moreOf()
	if s := m.sync.Load(); s != nil {
		return s
	}
	s := &SyncBlock{}
	s.cond = sync.NewCond(&s.mu)
	if m.sync.CompareAndSwap(nil, s) {
		return s
	}
	return m.sync.Load()
}

// Enter acquires the monitor for thread id (re-entrant).
func (s *SyncBlock) Enter(id uint64) {
	s.mu.Lock()
	for s.owner != 0 && s.owner != id {
		s.cond.Wait()
	}
	s.owner = id
	s.count++
	s.mu.Unlock()
}

// TryEnter acquires the monitor, waiting at most timeout (negative: forever).
func (s *SyncBlock) TryEnter(id uint64, timeout time.Duration) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if timeout >= 0 && s.owner != 0 && s.owner != id {
		expired := false
		t := time.AfterFunc(timeout, func() {
			s.mu.Lock()
			expired = true
			s.cond.Broadcast()
			s.mu.Unlock()
		})
		defer t.Stop()
		for s.owner != 0 && s.owner != id && !expired {
			s.cond.Wait()
		}
		if s.owner != 0 && s.owner != id {
			return false
		}
	}
	for s.owner != 0 && s.owner != id {
		s.cond.Wait()
	}
	s.owner = id
	s.count++
	return true
}

// Exit releases one level of the monitor; false if id does not own it.
func (s *SyncBlock) Exit(id uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.owner != id {
		return false
	}
	s.count--
	if s.count == 0 {
		s.owner = 0
		s.cond.Broadcast()
	}
	return true
}

// IsHeldBy reports whether thread id owns the monitor.
func (s *SyncBlock) IsHeldBy(id uint64) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.owner == id
}

// Wait releases the monitor, waits for a pulse (or the timeout; negative
// waits forever) and re-acquires it. ok is false if id does not own the
// monitor; pulsed is false on timeout.
func (s *SyncBlock) Wait(id uint64, timeout time.Duration) (pulsed, ok bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.owner != id {
		return false, false
	}
	saved := s.count
	s.owner, s.count = 0, 0
	w := &monitorWaiter{}
	s.waiters = append(s.waiters, w)
	s.cond.Broadcast()
	if timeout >= 0 {
		t := time.AfterFunc(timeout, func() {
			s.mu.Lock()
			w.timedOut = true
			s.cond.Broadcast()
			s.mu.Unlock()
		})
		defer t.Stop()
	}
	for !w.pulsed && !w.timedOut {
		s.cond.Wait()
	}
	if !w.pulsed {
		for i, x := range s.waiters {
			if x == w {
				s.waiters = append(s.waiters[:i], s.waiters[i+1:]...)
				break
			}
		}
	}
	for s.owner != 0 {
		s.cond.Wait()
	}
	s.owner, s.count = id, saved
	return w.pulsed, true
}

// Pulse wakes the oldest (or, with all, every) waiter; false if id does not own the monitor.
func (s *SyncBlock) Pulse(id uint64, all bool) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.owner != id {
		return false
	}
	for len(s.waiters) > 0 {
		w := s.waiters[0]
		s.waiters = s.waiters[1:]
		w.pulsed = true
		if !all {
			break
		}
	}
	s.cond.Broadcast()
	return true
}

var nextHash atomic.Uint32

// IdentityHash returns o's identity hash code (RuntimeHelpers.GetHashCode),
// stable for the object's lifetime. It lives in the sync block, which only
// objects that are hashed or locked have.
func (o *Object) IdentityHash() int32 {
	s := o.SyncBlockOf()
	if h := s.hash.Load(); h != 0 {
		return h
	}
	// A multiplicative sequence spreads consecutive objects over the range.
	h := int32((nextHash.Add(1) * 2654435761) & 0x7fffffff)
	if h == 0 {
		h = 1
	}
	if s.hash.CompareAndSwap(0, h) {
		return h
	}
	return s.hash.Load()
}
