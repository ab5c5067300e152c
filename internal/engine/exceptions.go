package engine

import (
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	goruntime "runtime"

	"github.com/strata-runtime/strata/internal/runtime"
)

// Exception dispatch follows ECMA-335's two passes. Pass 1 walks frames
// from the innermost outwards looking for a catch clause whose type
// matches or a filter that accepts (filters run during this pass, before
// any finally). Pass 2 runs the finally and fault handlers between the
// throw point and the chosen handler, innermost first, each as ordinary
// interpreted code ending in endfinally, then enters the handler.

// ManagedException carries a managed exception object through Go code (an
// internal call that throws panics with it).
type ManagedException struct{ Obj *runtime.Object }

func (e *ManagedException) Error() string { return "managed exception " + e.Obj.Type.FullName() }

// Throw panics with a managed exception of the named corlib type whose
// message is msg (or the type's default message when msg is empty).
func (t *Thread) Throw(typeName, msg string) {
	panic(&ManagedException{t.NewException(typeName, msg)})
}

// ThrowObj panics with an existing exception object.
func (t *Thread) ThrowObj(o *runtime.Object) { panic(&ManagedException{o}) }

// runtimeMessages are the messages of exceptions the runtime itself raises
// where they differ from the exception type's default message (mono's
// runtime-raised NullReferenceException has no final period).
var runtimeMessages = map[string]string{
	"System.NullReferenceException": "Object reference not set to an instance of an object",
	"System.StackOverflowException": "The requested operation caused a stack overflow.",
}

// NewException creates an exception of a corlib type by running its
// parameterless constructor, then sets the message if one is given.
func (t *Thread) NewException(typeName, msg string) *runtime.Object {
	if msg == "" {
		msg = runtimeMessages[typeName]
	}
	et := t.vm.FindCorlibType(typeName)
	if et == nil {
		et = t.vm.L.Exception
	}
	if err := et.EnsureLoaded(); err != nil {
		et = t.vm.L.Exception
	}
	o := runtime.NewObject(et)
	for _, m := range et.Methods {
		if m.Name == ".ctor" && len(m.Params) == 0 && m.HasThis {
			// An exception thrown by the constructor itself is dropped: the
			// object is still the exception to raise.
			t.Invoke(m, []runtime.Value{runtime.Ref(o)})
			break
		}
	}
	if msg != "" {
		t.SetField(o, "_message", runtime.Ref(t.vm.NewGoString(msg)))
	}
	return o
}

func (t *Thread) SetField(o *runtime.Object, name string, v runtime.Value) {
	for ty := o.Type; ty != nil; ty = ty.Base {
		for _, f := range ty.Fields {
			if f.Name == name && !f.IsStatic() {
				o.Fields[f.Index] = v
				return
			}
		}
	}
}

// GetField reads an instance field by name (for runtime use on corlib types).
func (t *Thread) GetField(o *runtime.Object, name string) runtime.Value {
	for ty := o.Type; ty != nil; ty = ty.Base {
		for _, f := range ty.Fields {
			if f.Name == name && !f.IsStatic() {
				return o.Fields[f.Index]
			}
		}
	}
	return runtime.Value{}
}

func (t *Thread) stackOverflow() *runtime.Object {
	// Constructing the exception runs managed code: allow this thread a few
	// frames beyond the limit while it does.
	t.frameLimit += 1000
	defer func() { t.frameLimit -= 1000 }()
	return t.NewException("System.StackOverflowException", "")
}

// exceptionForError maps a load or translation error to the exception
// mono raises for it.
func (t *Thread) exceptionForError(err error) *runtime.Object {
	if err == errStackOverflow {
		return t.stackOverflow()
	}
	var le *runtime.LoadError
	if errors.As(err, &le) {
		switch le.Kind {
		case "MissingMethod":
			return t.NewException("System.MissingMethodException", le.Msg)
		case "MissingField":
			return t.NewException("System.MissingFieldException", le.Msg)
		case "TypeLoad":
			return t.NewException("System.TypeLoadException", le.Msg)
		case "FileNotFound":
			return t.NewException("System.IO.FileNotFoundException", le.Msg)
		case "EntryPointNotFound":
			return t.NewException("System.EntryPointNotFoundException", le.Msg)
		}
	}
	return t.NewException("System.InvalidProgramException", err.Error())
}

// exceptionForPanic converts a Go panic raised while interpreting into the
// managed exception mono would raise.
func (t *Thread) exceptionForPanic(r any) *runtime.Object {
	switch e := r.(type) {
	case *ManagedException:
		return e.Obj
	case goruntime.Error:
		msg := e.Error()
		if debugPanics {
			fmt.Fprintf(t.vm.Stderr, "strata: runtime panic in %s: %v\n%s\n", t.currentMethod(), e, debug.Stack())
		}
		switch {
		case strings.Contains(msg, "nil pointer"):
			return t.NewException("System.NullReferenceException", "")
		case strings.Contains(msg, "index out of range"), strings.Contains(msg, "slice bounds"):
			return t.NewException("System.IndexOutOfRangeException", "")
		case strings.Contains(msg, "divide by zero"):
			return t.NewException("System.DivideByZeroException", "")
		case strings.Contains(msg, "interface conversion"):
			return t.NewException("System.InvalidCastException", "")
		}
		return t.NewException("System.ExecutionEngineException", fmt.Sprintf("internal error: %v\n%s", e, debug.Stack()))
	case error:
		return t.exceptionForError(e)
	}
	return t.NewException("System.ExecutionEngineException", fmt.Sprint(r))
}

// debugPanics (STRATA_DEBUG_PANICS=1) prints the Go stack of runtime
// panics that become managed exceptions.
var debugPanics = os.Getenv("STRATA_DEBUG_PANICS") == "1"

func (t *Thread) currentMethod() string {
	if len(t.frames) == 0 {
		return "?"
	}
	return t.frames[len(t.frames)-1].Code.Method.String()
}

// unwindState is the plan of pass 2: handlers to run, then the target.
type unwindState struct {
	exc      *runtime.Object
	steps    []unwindStep // finally/fault handlers still to run
	target   int          // frame index of the catching handler (-1: leave at stop)
	clause   int          // catch/filter clause index in that frame
	stop     int          // frame depth of the executing run
	low      int          // lowest frame pass 2 touches
	wrapInit bool         // target is a type-initialiser boundary
}

type unwindStep struct {
	frame, clause int
}

// maxTraceFrames bounds the frames a stack trace lists (a stack overflow
// would otherwise record hundreds of thousands).
const maxTraceFrames = 1000

// StackTrace formats the managed stack as mono prints it.
func (t *Thread) StackTrace(skip int) string {
	var b strings.Builder
	top := len(t.frames) - 1 - skip
	lines := 0
	for i := top; i >= 0; i-- {
		f := t.frames[i]
		if f.kind == frameFilter {
			continue
		}
		if lines++; lines > maxTraceFrames {
			fmt.Fprintf(&b, "\n  ... %d more frames", i+1)
			break
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		pc := f.PC
		if i != top {
			pc-- // callers: the call instruction
		}
		il := uint32(0)
		if pc >= 0 && pc < len(f.Code.ILOffsets) {
			il = f.Code.ILOffsets[pc]
		}
		m := f.Code.Method
		fmt.Fprintf(&b, "  at %s [0x%05x] in <%s>:0 ", m.Signature(paramNames(m)), il, moduleID(m.Module))
	}
	return b.String()
}

func paramNames(m *runtime.Method) []string {
	if m.Module == nil || m.Row == 0 {
		return nil
	}
	md := m.Module.MD
	rows, err := md.MethodParams(m.Row)
	if err != nil {
		return nil
	}
	names := make([]string, len(m.Params))
	for _, r := range rows {
		p, err := md.Param(r)
		if err != nil || p.Sequence == 0 || int(p.Sequence) > len(names) {
			continue
		}
		names[p.Sequence-1] = p.Name
	}
	return names
}

// moduleID is the module version id in the form mono prints (32 hex digits).
func moduleID(m *runtime.Module) string {
	if m == nil {
		return "unknown"
	}
	row, err := m.MD.Module(1)
	if err != nil {
		return "unknown"
	}
	g, err := m.MD.GUID(row.Mvid)
	if err != nil {
		return "unknown"
	}
	return fmt.Sprintf("%02x%02x%02x%02x%02x%02x%02x%02x%x", g[3], g[2], g[1], g[0], g[5], g[4], g[7], g[6], g[8:])
}

// throwFrom starts dispatching exc thrown at the innermost frame. It
// returns false if the exception escapes the frames above stop.
func (t *Thread) throwFrom(exc *runtime.Object, stop int) bool {
	if exc == nil {
		exc = t.NewException("System.NullReferenceException", "")
	}
	// Record the stack trace at the first throw.
	if exc.Type.IsException || exc.Type == t.vm.L.Exception {
		if v := t.GetField(exc, "_stackTrace"); v.R == nil {
			t.SetField(exc, "_stackTrace", runtime.Ref(t.vm.NewGoString(t.StackTrace(0))))
		}
	}
	st := &unwindState{exc: exc, target: -1, stop: stop}
	// Pass 1.
search:
	for fi := len(t.frames) - 1; fi >= stop; fi-- {
		f := t.frames[fi]
		if f.kind == frameFilter {
			continue
		}
		pc := f.PC
		if fi != len(t.frames)-1 {
			pc-- // callers: the call instruction
		}
		for ci, cl := range f.Code.Clauses {
			if pc < cl.TryStart || pc >= cl.TryEnd {
				continue
			}
			switch cl.Kind {
			case 0:
				if exc.Type.AssignableTo(cl.CatchType) {
					st.target, st.clause = fi, ci
					break search
				}
			case 1:
				accepted, escaped := t.runFilter(f, cl, exc)
				if escaped != nil {
					// As mono does, an exception thrown by a filter replaces
					// the one being dispatched, raised from the filter block.
					if fi == len(t.frames)-1 {
						f.PC = cl.FilterStart
					} else {
						f.PC = cl.FilterStart + 1
					}
					return t.throwFrom(escaped, stop)
				}
				if accepted {
					st.target, st.clause = fi, ci
					break search
				}
			}
		}
		if f.kind == frameCctor {
			st.target, st.clause, st.wrapInit = fi, -1, true
			break
		}
		if f.boundary {
			break
		}
	}
	// Pass 2 plan: finally/fault clauses between the throw and the target.
	low := stop
	if st.target >= 0 {
		low = st.target
	} else {
		for fi := len(t.frames) - 1; fi >= stop; fi-- {
			if t.frames[fi].boundary {
				low = fi
				break
			}
		}
	}
	for fi := len(t.frames) - 1; fi >= low; fi-- {
		f := t.frames[fi]
		if f.kind == frameFilter {
			continue
		}
		pc := f.PC
		if fi != len(t.frames)-1 {
			pc--
		}
		for ci, cl := range f.Code.Clauses {
			if fi == st.target && st.clause >= 0 && ci >= st.clause {
				break
			}
			if (cl.Kind == 2 || cl.Kind == 4) && pc >= cl.TryStart && pc < cl.TryEnd {
				st.steps = append(st.steps, unwindStep{fi, ci})
			}
		}
	}
	st.low = low
	t.unwind = st
	return t.continueUnwind()
}

// continueUnwind runs the next pass-2 step, or enters the handler. It
// returns false when the exception leaves the current run.
func (t *Thread) continueUnwind() bool {
	st := t.unwind
	if len(st.steps) > 0 {
		step := st.steps[0]
		st.steps = st.steps[1:]
		t.popTo(step.frame + 1)
		f := t.frames[step.frame]
		cl := f.Code.Clauses[step.clause]
		f.ehStack = append(f.ehStack, ehCont{unwind: true, clause: step.clause})
		f.PC = cl.HandlerStart
		f.sp = f.stack0
		return true
	}
	t.unwind = nil
	if st.target < 0 {
		t.popTo(st.low)
		t.pending = st.exc
		return false
	}
	if st.wrapInit {
		f := t.frames[st.target]
		ty := f.initType
		tie := t.NewException("System.TypeInitializationException", "")
		t.SetField(tie, "_message", runtime.Ref(t.vm.NewGoString(fmt.Sprintf("The type initializer for '%s' threw an exception.", ty.FullName()))))
		t.SetField(tie, "_innerException", runtime.Ref(st.exc))
		t.finishInit(ty, tie)
		t.popTo(st.target)
		if len(t.frames) <= st.stop && st.stop > 0 {
			t.pending = tie
			return false
		}
		return t.throwFrom(tie, st.stop)
	}
	t.popTo(st.target + 1)
	f := t.frames[st.target]
	cl := f.Code.Clauses[st.clause]
	// Abandon finally continuations of handlers inside the protected region.
	keep := f.ehStack[:0]
	for _, c := range f.ehStack {
		hs := f.Code.Clauses[c.clause].HandlerStart
		if hs >= cl.TryStart && hs < cl.TryEnd {
			continue
		}
		keep = append(keep, c)
	}
	f.ehStack = keep
	if f.caught == nil {
		f.caught = map[int]*runtime.Object{}
	}
	f.caught[st.clause] = st.exc
	f.PC = cl.HandlerStart
	f.sp = f.stack0
	f.seg.Fields[f.sp] = runtime.Ref(st.exc)
	f.sp++
	return true
}

// popTo discards frames above depth n (during unwinding).
func (t *Thread) popTo(n int) {
	for len(t.frames) > n {
		f := t.frames[len(t.frames)-1]
		t.frames = t.frames[:len(t.frames)-1]
		if f.kind == frameCctor && f.initType != nil && f.initType.InitState().Load() == 1 {
			// Unwound without reaching the wrap point (escaping a boundary).
			t.finishInit(f.initType, nil)
		}
		t.freeFrame(f)
	}
}

// runFilter evaluates a filter block during pass 1. It returns whether the
// filter accepted the exception, or the exception the filter itself threw.
func (t *Thread) runFilter(f *Frame, cl Clause, exc *runtime.Object) (bool, *runtime.Object) {
	// The filter runs in a frame of its own over a copy of f's arguments and
	// locals in a fresh segment (frames above f may fill f's segment); the
	// arguments and locals are copied back afterwards, since a filter may
	// assign them.
	n := f.Code.NumArgs + f.Code.NumLocals
	seg := &runtime.Object{Fields: make([]runtime.Value, n+f.Code.MaxStack+1)}
	copy(seg.Fields, f.seg.Fields[f.base:f.base+n])
	ff := t.newFrame()
	*ff = Frame{Code: f.Code, Version: f.Version, PC: cl.FilterStart, seg: seg, base: 0,
		stack0: n, sp: n, kind: frameFilter, boundary: true, caught: f.caught}
	seg.Fields[ff.sp] = runtime.Ref(exc)
	ff.sp++
	depth := len(t.frames)
	t.pushed(ff)
	savedUnwind := t.unwind
	res, escaped, err := t.execute(depth)
	t.unwind = savedUnwind
	copy(f.seg.Fields[f.base:f.base+n], seg.Fields[:n])
	if err != nil {
		return false, nil
	}
	if escaped != nil {
		return false, escaped
	}
	return res.I4() != 0, nil
}
