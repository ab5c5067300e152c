// Package engine executes managed code: the tier-0 translator, the
// interpreter, managed threads with explicit frame stacks, exception
// dispatch and type initialisation.
//
// Managed calls never recurse on the Go stack: a call pushes a Frame on
// the thread's frame stack and the interpreter loop continues with it, so
// the runtime can walk every thread's frames (method, code version, pc).
// Every call goes through the callee's entry point (Method.Entry), an
// atomic pointer to the CodeVersion that runs; publishing a new version is
// one atomic store.
package engine

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"sync"
	"sync/atomic"
	"unicode/utf16"

	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
	"github.com/strata-runtime/strata/internal/versions"
)

// ICall is the Go implementation of an internal call. args are the
// argument slots (this first for instance methods); the result is ignored
// for void methods. To throw, call t.Throw* (which panics with a
// *ManagedException that the interpreter turns into managed unwinding).
type ICall func(t *Thread, args []runtime.Value) runtime.Value

// Options bound a VM's execution.
type Options struct {
	MaxStackSlots int // per thread; 0 = default
	MaxFrames     int // per thread; 0 = default
	// Tiering configures tiered compilation; nil means the defaults.
	Tiering *versions.Config
	// TraceVersions, if not nil, receives the code version event stream.
	TraceVersions io.Writer
}

// VM is one runtime instance: the loader, the standard streams, threads.
type VM struct {
	L           *runtime.Loader
	Stdout      *bufio.Writer
	Stderr      io.Writer
	Stdin       *bufio.Reader
	outMu       sync.Mutex
	Args        []string
	ProgramPath string
	pendingIn   []uint16
	opts        Options

	// Versions is the code versioning manager.
	Versions *versions.Manager
	// osrThreshold is the number of loop-header arrivals after which a
	// tier-0 frame moves to optimised code (MaxInt when OSR is off).
	osrThreshold int

	strMu    sync.Mutex
	strings  map[strKey]*runtime.Object
	interned map[string]*runtime.Object

	fieldMu      sync.Mutex
	fieldHandles []*runtime.Field

	nextThreadID atomic.Uint64
	threadsWG    sync.WaitGroup
	threadsMu    sync.Mutex
	threads      map[*Thread]struct{}

	exitOnce sync.Once
	stopped  bool // the process exited: no further output (guarded by outMu)
	exitCode atomic.Int32
	exited   chan struct{}
	// Exit is called by Environment.Exit; the host decides how to stop.
	Exit func(code int)
}

type strKey struct {
	m   *runtime.Module
	tok metadata.Token
}

// NewVM creates a VM over a loader whose corlib is loaded and whose
// internal calls are registered.
func NewVM(l *runtime.Loader, stdout, stderr io.Writer, stdin io.Reader, opts Options) *VM {
	if opts.MaxStackSlots == 0 {
		opts.MaxStackSlots = 4 << 20
	}
	if opts.MaxFrames == 0 {
		opts.MaxFrames = 200000
	}
	vm := &VM{L: l, Stdout: bufio.NewWriterSize(stdout, 64<<10), Stderr: stderr, opts: opts,
		strings: map[strKey]*runtime.Object{}, interned: map[string]*runtime.Object{},
		fieldHandles: []*runtime.Field{nil}, threads: map[*Thread]struct{}{}, exited: make(chan struct{})}
	if stdin != nil {
		vm.Stdin = bufio.NewReader(stdin)
	}
	vm.nextThreadID.Store(0)
	cfg := versions.DefaultConfig()
	if opts.Tiering != nil {
		cfg = *opts.Tiering
	}
	vm.Versions = versions.New(cfg, vm.compileVersion, opts.TraceVersions)
	vm.osrThreshold = math.MaxInt
	if cfg.OSR && !cfg.Tier0Only {
		vm.osrThreshold = max(cfg.OSRThreshold, 1)
	}
	return vm
}

// Flush writes buffered standard output.
func (vm *VM) Flush() {
	vm.outMu.Lock()
	vm.Stdout.Flush()
	vm.outMu.Unlock()
}

// NewString allocates a managed string from UTF-16 code units.
func (vm *VM) NewString(chars []uint16) *runtime.Object {
	return &runtime.Object{Type: vm.L.String, Chars: chars}
}

// NewGoString allocates a managed string from a Go string.
func (vm *VM) NewGoString(s string) *runtime.Object {
	return vm.NewString(utf16.Encode([]rune(s)))
}

// Intern returns the interned string equal to chars.
func (vm *VM) Intern(chars []uint16) *runtime.Object {
	key := internKey(chars)
	vm.strMu.Lock()
	defer vm.strMu.Unlock()
	if o := vm.interned[key]; o != nil && equalChars(o.Chars, chars) {
		return o
	}
	o := vm.NewString(chars)
	vm.interned[key] = o
	return o
}

// LookupInterned returns the interned string equal to chars, or nil.
func (vm *VM) LookupInterned(chars []uint16) *runtime.Object {
	vm.strMu.Lock()
	defer vm.strMu.Unlock()
	return vm.interned[internKey(chars)]
}

// internKey is an exact map key for UTF-16 contents (lone surrogates included).
func internKey(chars []uint16) string {
	b := make([]byte, 2*len(chars))
	for i, c := range chars {
		b[2*i], b[2*i+1] = byte(c), byte(c>>8)
	}
	return string(b)
}

func equalChars(a, b []uint16) bool {
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

func (vm *VM) internString(m *runtime.Module, tok metadata.Token) (*runtime.Object, error) {
	k := strKey{m, tok}
	vm.strMu.Lock()
	o := vm.strings[k]
	vm.strMu.Unlock()
	if o != nil {
		return o, nil
	}
	chars, err := m.MD.UserString(tok.Row())
	if err != nil {
		return nil, err
	}
	o = vm.Intern(chars)
	vm.strMu.Lock()
	vm.strings[k] = o
	vm.strMu.Unlock()
	return o, nil
}

func (vm *VM) fieldHandle(f *runtime.Field) int {
	vm.fieldMu.Lock()
	defer vm.fieldMu.Unlock()
	for i, x := range vm.fieldHandles {
		if x == f {
			return i
		}
	}
	vm.fieldHandles = append(vm.fieldHandles, f)
	return len(vm.fieldHandles) - 1
}

// FieldFromHandle returns the field of a RuntimeFieldHandle value.
func (vm *VM) FieldFromHandle(h int) *runtime.Field {
	vm.fieldMu.Lock()
	defer vm.fieldMu.Unlock()
	if h <= 0 || h >= len(vm.fieldHandles) {
		return nil
	}
	return vm.fieldHandles[h]
}

// prepare returns the code version a call of m runs, building m's first
// version on its first call and publishing it through m's entry point: a
// tier-0 translation (call-counted for promotion), or with tiering off an
// optimised one.
//
// Like mono's JIT, translating a method initialises the beforefieldinit
// types whose static fields it uses (ECMA-335 allows any time before the
// first access); this runs on the translating thread, after publication and
// outside the method's lock, since an initialiser may call the method.
func (t *Thread) prepare(m *runtime.Method) (*runtime.CodeVersion, error) {
	if cv := m.Entry.Load(); cv != nil {
		return cv, nil
	}
	m.PrepareMu.Lock()
	if cv := m.Entry.Load(); cv != nil {
		m.PrepareMu.Unlock()
		return cv, nil
	}
	vs := t.vm.Versions
	code, err := t.vm.translate(m)
	if err != nil {
		m.PrepareMu.Unlock()
		return nil, err
	}
	var cv *runtime.CodeVersion
	cfg := vs.Config()
	if !cfg.Tiered && !cfg.Tier0Only {
		opt, deps, err := t.vm.optimize(code, nil)
		if err != nil {
			vs.Failed(m, nil, runtime.Tier1, err)
			cv = vs.Create(m, runtime.Tier0, code, nil, "first call (tier 1 failed)")
		} else {
			cv = vs.Create(m, runtime.Tier1, opt, deps, "first call, tiering off")
		}
		vs.Publish(cv, "first call")
	} else {
		if cfg.PGO && !cfg.Tier0Only && cfg.OSR && hasLoops(code) {
			// A method with loops may be called once and leave tier 0
			// only by OSR: its tier-0 code gathers the profile.
			instrument(code)
		}
		cv = vs.Create(m, runtime.Tier0, code, nil, "first call")
		vs.Publish(cv, "first call")
		vs.Tier0Created(cv)
	}
	m.PrepareMu.Unlock()
	// A failure is recorded on the type and raised where it is accessed.
	if d := m.Declaring; d.Flags&0x00100000 != 0 && d.Cctor != nil && m != d.Cctor {
		t.EnsureTypeInit(d) // mono initialises a beforefieldinit type when it compiles one of its methods
	}
	for _, ty := range code.EagerInit {
		t.EnsureTypeInit(ty)
	}
	return cv, nil
}

// compileVersion builds a promoted version of from's method (the
// versioning manager's background compiler calls it).
func (vm *VM) compileVersion(from *runtime.CodeVersion, tier runtime.Tier) (any, []*runtime.ILVersion, error) {
	switch tier {
	case runtime.Tier0Instrumented:
		// Tier-0 code with class probes (pgo.go).
		code, err := vm.translate(from.Method)
		if err == nil {
			instrument(code)
		}
		return code, nil, err
	case runtime.Tier1:
		code, err := vm.translate(from.Method)
		if err != nil {
			return nil, nil, err
		}
		var prof profile
		if c, ok := from.Code.(*Code); ok {
			prof = profileOf(c)
		}
		return vm.optimize(code, prof)
	}
	return nil, nil, fmt.Errorf("cannot build %s code", tier)
}

// FindCorlibType finds a corlib type by full name, or nil.
func (vm *VM) FindCorlibType(name string) *runtime.Type {
	return vm.L.Corlib.FindType(name)
}

func (vm *VM) fatalf(format string, args ...any) {
	vm.Flush()
	fmt.Fprintf(vm.Stderr, format, args...)
}

var _ = os.Stdout

// WriteStdout writes s (UTF-8) to standard output.
func (vm *VM) WriteStdout(s string) {
	vm.outMu.Lock()
	if !vm.stopped {
		vm.Stdout.WriteString(s)
	}
	vm.outMu.Unlock()
}

// ReadLine reads one line from standard input without its terminator.
func (vm *VM) ReadLine() (string, bool) {
	vm.Flush()
	if vm.Stdin == nil {
		return "", false
	}
	line, err := vm.Stdin.ReadString('\n')
	if err != nil && line == "" {
		return "", false
	}
	if n := len(line); n > 0 && line[n-1] == '\n' {
		line = line[:n-1]
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
	}
	return line, true
}

// ReadChar reads one UTF-16 code unit from standard input, -1 at the end.
func (vm *VM) ReadChar() int32 {
	vm.Flush()
	if vm.Stdin == nil {
		return -1
	}
	if len(vm.pendingIn) > 0 {
		c := vm.pendingIn[0]
		vm.pendingIn = vm.pendingIn[1:]
		return int32(c)
	}
	r, _, err := vm.Stdin.ReadRune()
	if err != nil {
		return -1
	}
	u := utf16.Encode([]rune{r})
	vm.pendingIn = u[1:]
	return int32(u[0])
}
