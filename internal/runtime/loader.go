package runtime

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/strata-runtime/strata/internal/metadata"
)

// Loader owns every loaded module and every constructed type. Lookups of
// already-built types and methods are lock-free (sync.Map); building a new
// one takes mu.
type Loader struct {
	mu         sync.Mutex
	modules    map[string]*Module // by lower-case assembly name
	Corlib     *Module
	searchDirs []string

	insts sync.Map // instKey -> *Type
	vars  [2][]*Type

	handleMu    sync.Mutex
	typeHandles []*Type
	// methodHandles is replaced, never changed in place (except beyond
	// the length of every slice published), under handleMu; readers load
	// it without the lock (a delegate call reads it).
	methodHandles atomic.Pointer[[]*Method]

	// Well-known corlib types.
	Object, ValueType, Enum, String, Array, Delegate, MulticastDelegate,
	Exception, Void, Boolean, Char, SByte, Byte, Int16, UInt16, Int32,
	UInt32, Int64, UInt64, Single, Double, IntPtr, UIntPtr, Nullable,
	RuntimeType, RuntimeTypeHandle, RuntimeFieldHandle, RuntimeMethodHandle,
	TypedReference, RuntimeArgumentHandle, SZArrayHelper *Type
	IList, ICollection, IEnumerable, IReadOnlyList, IReadOnlyCollection *Type // generic definitions
}

// Module is one loaded assembly (single-module assemblies only).
type Module struct {
	Loader  *Loader
	Image   *metadata.Image
	MD      metadata.Tables // the module's metadata (a generation view will implement the same interface)
	Name    string
	Version [4]uint16
	Path    string
	types   []*Type // by TypeDef row (index 0 unused)
	byName  map[string]*Type
	cache   sync.Map // metadata.Token / context key -> resolved item

	fieldOffsetsOnce sync.Once
	fieldOffsetMap   map[uint32]int // Field row -> explicit layout offset
}

// GenericContext supplies the arguments for !n and !!n while resolving a signature.
type GenericContext struct {
	TypeArgs   []*Type
	MethodArgs []*Type
}

func (c *GenericContext) key() string {
	if c == nil || (len(c.TypeArgs) == 0 && len(c.MethodArgs) == 0) {
		return ""
	}
	var b strings.Builder
	for _, t := range c.TypeArgs {
		fmt.Fprintf(&b, "%p,", t)
	}
	b.WriteByte('|')
	for _, t := range c.MethodArgs {
		fmt.Fprintf(&b, "%p,", t)
	}
	return b.String()
}

// Error kinds the engine turns into managed exceptions.
type LoadError struct {
	Kind string // "TypeLoad", "MissingMethod", "MissingField", "BadImage"
	Msg  string
}

func (e *LoadError) Error() string { return e.Msg }

func loadErr(kind, format string, args ...any) error {
	return &LoadError{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// NewLoader creates a loader whose corlib is the given image.
func NewLoader(corlib *metadata.Image) (*Loader, error) {
	l := &Loader{modules: map[string]*Module{}}
	l.typeHandles = []*Type{nil}
	l.methodHandles.Store(&[]*Method{nil})
	m, err := l.addModule(corlib, "")
	if err != nil {
		return nil, fmt.Errorf("load corlib: %w", err)
	}
	l.Corlib = m
	if err := l.bindWellKnown(); err != nil {
		return nil, fmt.Errorf("load corlib: %w", err)
	}
	return l, nil
}

// AddSearchDir adds a directory where referenced assemblies are looked up.
func (l *Loader) AddSearchDir(dir string) { l.searchDirs = append(l.searchDirs, dir) }

// LoadFile loads an assembly from a file.
func (l *Loader) LoadFile(path string) (*Module, error) {
	im, err := metadata.Open(path)
	if err != nil {
		return nil, err
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.addModule(im, path)
}

func (l *Loader) addModule(im *metadata.Image, path string) (*Module, error) {
	md := im.Metadata()
	m := &Module{Loader: l, Image: im, MD: md, Path: path, byName: map[string]*Type{}}
	if md.RowCount(metadata.TableAssembly) > 0 {
		a, err := md.Assembly(1)
		if err != nil {
			return nil, err
		}
		m.Name = a.Name
		m.Version = [4]uint16{a.MajorVersion, a.MinorVersion, a.BuildNumber, a.RevisionNumber}
	} else {
		mod, err := md.Module(1)
		if err != nil {
			return nil, err
		}
		m.Name = strings.TrimSuffix(mod.Name, filepath.Ext(mod.Name))
	}
	n := md.RowCount(metadata.TableTypeDef)
	m.types = make([]*Type, n+1)
	for row := uint32(1); row <= n; row++ {
		td, err := md.TypeDef(row)
		if err != nil {
			return nil, err
		}
		t := &Type{Name: td.Name, Namespace: td.Namespace, Module: m, Row: row, Flags: td.Flags, loader: l}
		if t.Flags&0x20 != 0 {
			t.Kind = KindInterface
		}
		gps, err := md.GenericParamsOf(metadata.Token(uint32(metadata.TableTypeDef)<<24 | row))
		if err != nil {
			return nil, err
		}
		t.GenericArity = len(gps)
		m.types[row] = t
	}
	for row := uint32(1); row <= n; row++ {
		if enc, ok := md.NestedClassOf(row); ok && int(enc) < len(m.types) {
			m.types[row].Declaring = m.types[enc]
		}
	}
	for row := uint32(1); row <= n; row++ {
		t := m.types[row]
		m.byName[typeKey(t)] = t
	}
	key := strings.ToLower(m.Name)
	if _, dup := l.modules[key]; !dup {
		l.modules[key] = m
	}
	return m, nil
}

func typeKey(t *Type) string {
	if t.Declaring != nil {
		return typeKey(t.Declaring) + "/" + t.Name
	}
	if t.Namespace == "" {
		return t.Name
	}
	return t.Namespace + "." + t.Name
}

// AssemblyDisplayName is "Name, Version=a.b.c.d, Culture=neutral, PublicKeyToken=null".
func (m *Module) AssemblyDisplayName() string {
	if m == m.Loader.Corlib {
		return "mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"
	}
	v := m.Version
	return fmt.Sprintf("%s, Version=%d.%d.%d.%d, Culture=neutral, PublicKeyToken=null", m.Name, v[0], v[1], v[2], v[3])
}

// FindType finds a type by namespace-qualified name ("Ns.Name" or "Ns.Outer/Inner").
func (m *Module) FindType(name string) *Type { return m.byName[name] }

// TypeByRow returns the type of TypeDef row.
func (m *Module) TypeByRow(row uint32) (*Type, error) {
	if row == 0 || int(row) >= len(m.types) {
		return nil, loadErr("BadImage", "%s: TypeDef row %d out of range", m.Name, row)
	}
	return m.types[row], nil
}

// Types lists the module's TypeDefs.
func (m *Module) Types() []*Type { return m.types[1:] }

func (l *Loader) bindWellKnown() error {
	c := l.Corlib
	get := func(name string) (*Type, error) {
		t := c.FindType(name)
		if t == nil {
			return nil, fmt.Errorf("corlib lacks %s", name)
		}
		return t, nil
	}
	var err error
	bind := func(dst **Type, name string) {
		if err != nil {
			return
		}
		*dst, err = get(name)
	}
	bind(&l.Object, "System.Object")
	bind(&l.ValueType, "System.ValueType")
	bind(&l.Enum, "System.Enum")
	bind(&l.String, "System.String")
	bind(&l.Array, "System.Array")
	bind(&l.Delegate, "System.Delegate")
	bind(&l.MulticastDelegate, "System.MulticastDelegate")
	bind(&l.Exception, "System.Exception")
	bind(&l.Void, "System.Void")
	bind(&l.Boolean, "System.Boolean")
	bind(&l.Char, "System.Char")
	bind(&l.SByte, "System.SByte")
	bind(&l.Byte, "System.Byte")
	bind(&l.Int16, "System.Int16")
	bind(&l.UInt16, "System.UInt16")
	bind(&l.Int32, "System.Int32")
	bind(&l.UInt32, "System.UInt32")
	bind(&l.Int64, "System.Int64")
	bind(&l.UInt64, "System.UInt64")
	bind(&l.Single, "System.Single")
	bind(&l.Double, "System.Double")
	bind(&l.IntPtr, "System.IntPtr")
	bind(&l.UIntPtr, "System.UIntPtr")
	bind(&l.Nullable, "System.Nullable`1")
	bind(&l.RuntimeType, "System.RuntimeType")
	bind(&l.RuntimeTypeHandle, "System.RuntimeTypeHandle")
	bind(&l.RuntimeFieldHandle, "System.RuntimeFieldHandle")
	bind(&l.RuntimeMethodHandle, "System.RuntimeMethodHandle")
	bind(&l.SZArrayHelper, "System.SZArrayHelper")
	bind(&l.IList, "System.Collections.Generic.IList`1")
	bind(&l.ICollection, "System.Collections.Generic.ICollection`1")
	bind(&l.IEnumerable, "System.Collections.Generic.IEnumerable`1")
	bind(&l.IReadOnlyList, "System.Collections.Generic.IReadOnlyList`1")
	bind(&l.IReadOnlyCollection, "System.Collections.Generic.IReadOnlyCollection`1")
	if err != nil {
		return err
	}
	l.TypedReference = c.FindType("System.TypedReference")
	l.RuntimeArgumentHandle = c.FindType("System.RuntimeArgumentHandle")
	prims := []struct {
		t  *Type
		st Storage
	}{
		{l.Boolean, StBool}, {l.Char, StChar}, {l.SByte, StI1}, {l.Byte, StU1},
		{l.Int16, StI2}, {l.UInt16, StU2}, {l.Int32, StI4}, {l.UInt32, StU4},
		{l.Int64, StI8}, {l.UInt64, StU8}, {l.Single, StR4}, {l.Double, StR8},
		{l.IntPtr, StI}, {l.UIntPtr, StU},
	}
	for _, p := range prims {
		p.t.Kind = KindPrimitive
		p.t.Storage = p.st
	}
	l.Void.Kind = KindStruct
	l.Void.Storage = StVoid
	return nil
}

// resolveAssembly maps an AssemblyRef name to a module. mscorlib, System
// System.Core and System.Numerics all bind to Strata's corlib.
func (l *Loader) resolveAssembly(name string) (*Module, error) {
	key := strings.ToLower(name)
	switch key {
	case "mscorlib", "system", "system.core", "system.numerics", "netstandard", "system.runtime", "system.private.corelib":
		return l.Corlib, nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if m := l.modules[key]; m != nil {
		return m, nil
	}
	for _, dir := range l.searchDirs {
		for _, ext := range []string{".dll", ".exe"} {
			p := filepath.Join(dir, name+ext)
			if _, err := os.Stat(p); err == nil {
				im, err := metadata.Open(p)
				if err != nil {
					return nil, err
				}
				return l.addModule(im, p)
			}
		}
	}
	return nil, loadErr("FileNotFound", "Could not load file or assembly '%s' or one of its dependencies.", name)
}

// Var returns the canonical open generic parameter !n (method=false) or !!n.
func (l *Loader) Var(n int, method bool) *Type {
	l.mu.Lock()
	defer l.mu.Unlock()
	k := 0
	if method {
		k = 1
	}
	for len(l.vars[k]) <= n {
		i := len(l.vars[k])
		t := &Type{Kind: KindVar, Index: i, Name: "!" + itoa(i), loader: l, Storage: StRef}
		if method {
			t.Kind = KindMVar
			t.Name = "!!" + itoa(i)
		}
		l.vars[k] = append(l.vars[k], t)
	}
	return l.vars[k][n]
}

// TypeHandle returns t's index in the handle table (RuntimeTypeHandle value).
func (l *Loader) TypeHandle(t *Type) int {
	l.handleMu.Lock()
	defer l.handleMu.Unlock()
	if t.Handle == 0 {
		t.Handle = len(l.typeHandles)
		l.typeHandles = append(l.typeHandles, t)
	}
	return t.Handle
}

// TypeFromHandle is the inverse of TypeHandle.
func (l *Loader) TypeFromHandle(h int) *Type {
	l.handleMu.Lock()
	defer l.handleMu.Unlock()
	if h <= 0 || h >= len(l.typeHandles) {
		return nil
	}
	return l.typeHandles[h]
}

// MethodHandle returns m's index in the handle table (ldftn value).
func (l *Loader) MethodHandle(m *Method) int {
	if h := m.Handle.Load(); h != 0 {
		return int(h)
	}
	l.handleMu.Lock()
	defer l.handleMu.Unlock()
	if h := m.Handle.Load(); h != 0 {
		return int(h)
	}
	hs := *l.methodHandles.Load()
	h := len(hs)
	hs = append(hs, m)
	l.methodHandles.Store(&hs)
	m.Handle.Store(int32(h))
	return h
}

// MethodFromHandle is the inverse of MethodHandle.
func (l *Loader) MethodFromHandle(h int) *Method {
	hs := *l.methodHandles.Load()
	if h <= 0 || h >= len(hs) {
		return nil
	}
	return hs[h]
}
