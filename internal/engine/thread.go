package engine

import (
	"fmt"

	"github.com/strata-runtime/strata/internal/runtime"
)

// Thread is a managed thread: a goroutine with an explicit frame stack.
// Frames live in Thread.frames; their arguments, locals and evaluation
// stacks live in stack segments (Objects, so that a byref to a local is an
// ordinary (container, index) byref). A segment never moves; when a frame
// does not fit in the current one, the next segment is used.
type Thread struct {
	vm     *VM
	ID     uint64
	frames []*Frame // the frame stack; frames beyond its length are kept for reuse
	segs   []*runtime.Object
	segLen int

	// Managed is the System.Threading.Thread object, created on demand.
	Managed *runtime.Object
	// Statics of [ThreadStatic] fields, per type.
	threadStatics map[*runtime.Type]*runtime.Object

	unwind     *unwindState
	frameLimit int             // frames allowed: MaxFrames, more while raising StackOverflowException
	pending    *runtime.Object // exception leaving the current run
}

// frameKind says what happens when a frame returns or is unwound.
type frameKind uint8

const (
	frameNormal frameKind = iota
	frameCctor            // type initialiser: completes Frame.initType
	frameFilter           // exception filter: endfilter returns to the dispatcher
)

// Frame is one activation. Its method, code version and pc are what a
// stack walk sees.
type Frame struct {
	Code    *Code
	Version *runtime.CodeVersion
	PC      int
	seg     *runtime.Object
	base    int // index of argument 0 in seg.Fields
	sp      int // evaluation stack pointer when the frame is not running
	stack0  int // first evaluation stack slot
	// The result goes to retSeg.Fields[retIdx], where the call's arguments
	// began in the caller's segment. A frame in the caller's segment
	// starts there (retSeg == seg implies retIdx == base): runReg's return
	// relies on it.
	retIdx   int
	retSeg   *runtime.Object
	kind     frameKind
	initType *runtime.Type
	boundary bool // a Go caller waits for this frame to return (Invoke)
	// backEdges counts the loop headers a tier-0 frame has reached (OSR).
	backEdges int
	ehStack   []ehCont
	caught    map[int]*runtime.Object // catch clause index -> exception being handled
}

// Method is the method the frame runs.
func (f *Frame) Method() *runtime.Method { return f.Code.Method }

type ehCont struct {
	unwind bool
	target int   // leave target
	rest   []int // further finally clauses to run before target
	clause int   // clause whose handler is running
}

func (vm *VM) newThread() *Thread {
	t := &Thread{vm: vm, ID: vm.nextThreadID.Add(1), segLen: 64 << 10, frameLimit: vm.opts.MaxFrames}
	vm.threadsMu.Lock()
	vm.threads[t] = struct{}{}
	vm.threadsMu.Unlock()
	return t
}

func (vm *VM) endThread(t *Thread) {
	vm.threadsMu.Lock()
	delete(vm.threads, t)
	vm.threadsMu.Unlock()
}

// VM returns the thread's VM.
func (t *Thread) VM() *VM { return t.vm }

// Frames returns a snapshot of the frame stack, innermost last.
func (t *Thread) Frames() []*Frame { return append([]*Frame(nil), t.frames...) }

// newFrame returns a frame for depth len(t.frames): the one last used
// at that depth (kept in t.frames beyond its length) or a new one. Frames
// are reused by depth, so pushing one costs no allocation and no pool.
func (t *Thread) newFrame() *Frame {
	if n := len(t.frames); n < cap(t.frames) {
		if f := t.frames[:n+1][n]; f != nil {
			return f
		}
	}
	return &Frame{}
}

// reusable returns the frame kept for reuse at depth n = len(t.frames),
// or nil if there is none.
func (t *Thread) reusable(n int) *Frame {
	if n < cap(t.frames) {
		return t.frames[:n+1][n]
	}
	return nil
}

// freeFrame makes f, just popped, reusable at its depth. Only the fields
// pushFrame does not set are reset (writing every pointer field would cost
// a write barrier each).
func (t *Thread) freeFrame(f *Frame) {
	f.kind, f.boundary = frameNormal, false
	f.resetRare()
}

// resetRare clears the fields few frames set: the type a cctor frame
// initialises, the EH continuations and the exceptions being handled.
func (f *Frame) resetRare() {
	if f.initType != nil {
		f.initType = nil
	}
	if len(f.ehStack) > 0 {
		f.ehStack = f.ehStack[:0]
	}
	if f.caught != nil {
		f.caught = nil
	}
}

// pushed appends f, obtained from newFrame, to the frame stack.
func (t *Thread) pushed(f *Frame) {
	if n := len(t.frames); n < cap(t.frames) && t.frames[:n+1][n] == f {
		t.frames = t.frames[:n+1]
		return
	}
	t.frames = append(t.frames, f)
}

// pushFrame creates the frame of a call to code whose arguments are at
// seg.Fields[argIdx:argIdx+nargs].
func (t *Thread) pushFrame(cv *runtime.CodeVersion, code *Code, seg *runtime.Object, argIdx int) (*Frame, error) {
	if len(t.frames) >= t.frameLimit {
		return nil, errStackOverflow
	}
	if cv.CallsLeft.Load() > 0 {
		t.countCall(cv)
	}
	need := code.NumArgs + code.NumLocals + code.MaxStack
	f := t.newFrame()
	f.Code, f.Version, f.PC = code, cv, 0
	f.backEdges = 0
	f.retSeg, f.retIdx = seg, argIdx
	// At least one slot stays free after the frame's base, whatever its
	// size: runReg addresses the first slot of a frame's window.
	if argIdx+need < len(seg.Fields) {
		f.seg, f.base = seg, argIdx
	} else {
		ns, err := t.segmentAfter(seg, need)
		if err != nil {
			t.freeFrame(f)
			return nil, err
		}
		copy(ns.Fields[:code.NumArgs], seg.Fields[argIdx:argIdx+code.NumArgs])
		f.seg, f.base = ns, 0
	}
	s := f.seg.Fields
	loc := f.base + code.NumArgs
	clear(s[loc : loc+code.NumLocals])
	if code.HasStructLocals {
		for i, lt := range code.LocalTypes {
			if lt.IsStruct() {
				s[loc+i].R = runtime.NewObject(lt)
			}
		}
	}
	f.stack0 = loc + code.NumLocals
	f.sp = f.stack0
	t.pushed(f)
	return f, nil
}

// returnTo pops the innermost frame f, a normal frame with a caller, and
// returns the caller: the result v (when ret) is stored where the call's
// arguments began and the caller's sp stands just past it. The caller of
// returnTo frees f (kept apart so that this inlines into the loops).
func (t *Thread) returnTo(f *Frame, ret bool, v Value) *Frame {
	n := len(t.frames) - 1
	t.frames = t.frames[:n]
	c := t.frames[n-1]
	c.sp = f.retIdx
	if ret {
		f.retSeg.Fields[f.retIdx] = v
		c.sp++
	}
	return c
}

// pushCtor allocates the object of a newobj whose constructor arguments
// are at f.seg.Fields[argIdx:], moves them up two slots (the object stays
// at argIdx as the instruction's result and is passed at argIdx+1 as
// this) and pushes the frame of the constructor version cv.
func (t *Thread) pushCtor(f *Frame, cs *callSite, cv *runtime.CodeVersion, argIdx int) (*Frame, error) {
	s := f.seg.Fields
	obj := runtime.NewObject(cs.m.Declaring)
	copy(s[argIdx+2:argIdx+2+cs.nargs], s[argIdx:argIdx+cs.nargs])
	s[argIdx] = Value{R: obj}
	s[argIdx+1] = Value{R: obj}
	f.sp = argIdx + 1
	return t.pushFrame(cv, cv.Code.(*Code), f.seg, argIdx+1)
}

// countCall counts one call of a version being call-counted; the call that
// reaches the threshold queues the version for promotion.
func (t *Thread) countCall(cv *runtime.CodeVersion) {
	if cv.CallsLeft.Add(-1) == 0 {
		t.vm.Versions.CallCounted(cv)
	}
}

// segmentAfter returns a segment other than cur with room for need slots.
func (t *Thread) segmentAfter(cur *runtime.Object, need int) (*runtime.Object, error) {
	idx := -1
	for i, s := range t.segs {
		if s == cur {
			idx = i
		}
	}
	next := idx + 1
	if next < len(t.segs) && len(t.segs[next].Fields) >= need {
		// Reuse only if no live frame is in it.
		inUse := false
		for _, f := range t.frames {
			if f.seg == t.segs[next] {
				inUse = true
				break
			}
		}
		if !inUse {
			return t.segs[next], nil
		}
	}
	total := 0
	for _, s := range t.segs {
		total += len(s.Fields)
	}
	size := t.segLen
	if need > size {
		size = need
	}
	if total+size > t.vm.opts.MaxStackSlots {
		return nil, errStackOverflow
	}
	ns := &runtime.Object{Fields: make([]runtime.Value, size)}
	t.segs = append(t.segs[:next], append([]*runtime.Object{ns}, t.segs[next:]...)...)
	return ns, nil
}

var errStackOverflow = fmt.Errorf("stack overflow")

// top is the first free slot above the innermost frame, and its segment.
func (t *Thread) top() (*runtime.Object, int) {
	if len(t.frames) == 0 {
		if len(t.segs) == 0 {
			t.segs = append(t.segs, &runtime.Object{Fields: make([]runtime.Value, t.segLen)})
		}
		return t.segs[0], 0
	}
	f := t.frames[len(t.frames)-1]
	end := f.stack0 + f.Code.MaxStack
	if f.sp > end {
		end = f.sp
	}
	return f.seg, end
}

// Invoke calls m with args from Go and runs it to completion on this
// thread (a nested run of the interpreter, used by the host, by type
// initialisation helpers and by the few internal calls that call back).
// It returns the result, or the managed exception that escaped.
func (t *Thread) Invoke(m *runtime.Method, args []runtime.Value) (runtime.Value, *runtime.Object, error) {
	if m.IsInternalCall() {
		fn, ok := m.ICall.(ICall)
		if !ok {
			return runtime.Value{}, nil, fmt.Errorf("internal call %s is not implemented", m.ICallKey())
		}
		var res runtime.Value
		exc := t.catchGo(func() { res = fn(t, args) })
		return res, exc, nil
	}
	if m.IsRuntimeImpl() && m.Declaring.IsDelegate && m.Name == "Invoke" && len(args) > 0 {
		return t.InvokeDelegate(args[0].R, args[1:])
	}
	cv, err := t.prepare(m)
	if err != nil {
		exc := t.exceptionForError(err)
		return runtime.Value{}, exc, nil
	}
	code := cv.Code.(*Code)
	seg, idx := t.top()
	if idx+len(args) > len(seg.Fields) {
		ns, err := t.segmentAfter(seg, len(args)+code.NumLocals+code.MaxStack)
		if err != nil {
			return runtime.Value{}, t.stackOverflow(), nil
		}
		seg, idx = ns, 0
	}
	copy(seg.Fields[idx:], args)
	depth := len(t.frames)
	f, err := t.pushFrame(cv, code, seg, idx)
	if err != nil {
		return runtime.Value{}, t.stackOverflow(), nil
	}
	f.boundary = true
	return t.execute(depth)
}

// catchGo runs fn, converting a managed exception thrown by Go code into
// its exception object.
func (t *Thread) catchGo(fn func()) (exc *runtime.Object) {
	defer func() {
		if r := recover(); r != nil {
			if me, ok := r.(*ManagedException); ok {
				exc = me.Obj
				return
			}
			panic(r)
		}
	}()
	fn()
	return nil
}
