package corlib

import (
	goruntime "runtime"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
	"weak"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Threading: Thread, Monitor, Interlocked.
//
// A System.Threading.Thread object is associated with an engine.Thread
// (a goroutine) when it starts; the association lives in threadStates,
// keyed by the object.

type threadState struct {
	done chan struct{}
	id   uint64
}

// threadStates maps a Thread object (weakly, so that finished threads'
// objects can be collected) to its state.
var threadStates sync.Map // weak.Pointer[runtime.Object] -> *threadState

func storeThreadState(th *runtime.Object, st *threadState) {
	key := weak.Make(th)
	threadStates.Store(key, st)
	goruntime.AddCleanup(th, func(k weak.Pointer[runtime.Object]) { threadStates.Delete(k) }, key)
}

func loadThreadState(th *runtime.Object) (*threadState, bool) {
	v, ok := threadStates.Load(weak.Make(th))
	if !ok {
		return nil, false
	}
	return v.(*threadState), true
}

func timeout(ms int32) time.Duration {
	if ms < 0 {
		return -1
	}
	return time.Duration(ms) * time.Millisecond
}

func monitorOf(t *engine.Thread, v Value) *runtime.SyncBlock {
	if v.R == nil {
		t.Throw("System.ArgumentNullException", "obj")
	}
	return v.R.SyncBlockOf()
}

const notSynchronized = "Object synchronization method was called from an unsynchronized block of code."

// slot returns a pointer to the uint64 bits of the location a byref designates.
func slot(t *engine.Thread, p Value) *uint64 {
	if p.R == nil {
		t.Throw("System.NullReferenceException", "")
	}
	return &p.R.Fields[p.N].N
}

func refSlot(t *engine.Thread, p Value) *unsafe.Pointer {
	if p.R == nil {
		t.Throw("System.NullReferenceException", "")
	}
	return (*unsafe.Pointer)(unsafe.Pointer(&p.R.Fields[p.N].R))
}

func init() {
	reg("System.Threading.Monitor::InternalEnter(System.Object)", func(t *engine.Thread, a []Value) Value {
		monitorOf(t, a[0]).Enter(t.ID)
		return null
	})
	reg("System.Threading.Monitor::InternalTryEnter(System.Object,System.Int32)", func(t *engine.Thread, a []Value) Value {
		return boolean(monitorOf(t, a[0]).TryEnter(t.ID, timeout(a[1].I4())))
	})
	reg("System.Threading.Monitor::InternalExit(System.Object)", func(t *engine.Thread, a []Value) Value {
		if !monitorOf(t, a[0]).Exit(t.ID) {
			t.Throw("System.Threading.SynchronizationLockException", notSynchronized)
		}
		return null
	})
	reg("System.Threading.Monitor::InternalIsEntered(System.Object)", func(t *engine.Thread, a []Value) Value {
		return boolean(monitorOf(t, a[0]).IsHeldBy(t.ID))
	})
	reg("System.Threading.Monitor::InternalWait(System.Object,System.Int32)", func(t *engine.Thread, a []Value) Value {
		pulsed, ok := monitorOf(t, a[0]).Wait(t.ID, timeout(a[1].I4()))
		if !ok {
			t.Throw("System.Threading.SynchronizationLockException", notSynchronized)
		}
		return boolean(pulsed)
	})
	pulse := func(all bool) engine.ICall {
		return func(t *engine.Thread, a []Value) Value {
			if !monitorOf(t, a[0]).Pulse(t.ID, all) {
				t.Throw("System.Threading.SynchronizationLockException", notSynchronized)
			}
			return null
		}
	}
	reg("System.Threading.Monitor::InternalPulse(System.Object)", pulse(false))
	reg("System.Threading.Monitor::InternalPulseAll(System.Object)", pulse(true))

	// Interlocked. int32 locations hold sign-extended values.
	reg("System.Threading.Interlocked::CompareExchange(System.Int32&,System.Int32,System.Int32)", func(t *engine.Thread, a []Value) Value {
		p := slot(t, a[0])
		for {
			old := atomic.LoadUint64(p)
			if int32(old) != a[2].I4() {
				return i4(int32(old))
			}
			if atomic.CompareAndSwapUint64(p, old, uint64(int64(a[1].I4()))) {
				return i4(int32(old))
			}
		}
	})
	cas64 := func(t *engine.Thread, a []Value) Value {
		p := slot(t, a[0])
		for {
			old := atomic.LoadUint64(p)
			if old != a[2].N {
				return Value{N: old}
			}
			if atomic.CompareAndSwapUint64(p, old, a[1].N) {
				return Value{N: old}
			}
		}
	}
	reg("System.Threading.Interlocked::CompareExchange(System.Int64&,System.Int64,System.Int64)", cas64)
	reg("System.Threading.Interlocked::CompareExchange(System.Double&,System.Double,System.Double)", cas64)
	reg("System.Threading.Interlocked::CompareExchange(System.IntPtr&,System.IntPtr,System.IntPtr)", cas64)
	reg("System.Threading.Interlocked::CompareExchange(System.Single&,System.Single,System.Single)", func(t *engine.Thread, a []Value) Value {
		p := slot(t, a[0])
		for {
			old := atomic.LoadUint64(p)
			if uint32(old) != uint32(a[2].N) {
				return Value{N: old}
			}
			if atomic.CompareAndSwapUint64(p, old, uint64(uint32(a[1].N))) {
				return Value{N: old}
			}
		}
	})
	casRef := func(t *engine.Thread, a []Value) Value {
		p := refSlot(t, a[0])
		want := unsafe.Pointer(a[2].R)
		for {
			old := atomic.LoadPointer(p)
			if old != want {
				return ref((*runtime.Object)(old))
			}
			if atomic.CompareAndSwapPointer(p, old, unsafe.Pointer(a[1].R)) {
				return ref((*runtime.Object)(old))
			}
		}
	}
	reg("System.Threading.Interlocked::CompareExchange(System.Object&,System.Object,System.Object)", casRef)
	reg("System.Threading.Interlocked::CompareExchange(!!0&,!!0,!!0)", casRef)
	reg("System.Threading.Interlocked::Exchange(System.Int32&,System.Int32)", func(t *engine.Thread, a []Value) Value {
		return i4(int32(atomic.SwapUint64(slot(t, a[0]), uint64(int64(a[1].I4())))))
	})
	swap64 := func(t *engine.Thread, a []Value) Value {
		return Value{N: atomic.SwapUint64(slot(t, a[0]), a[1].N)}
	}
	reg("System.Threading.Interlocked::Exchange(System.Int64&,System.Int64)", swap64)
	reg("System.Threading.Interlocked::Exchange(System.Double&,System.Double)", swap64)
	reg("System.Threading.Interlocked::Exchange(System.IntPtr&,System.IntPtr)", swap64)
	reg("System.Threading.Interlocked::Exchange(System.Single&,System.Single)", swap64)
	swapRef := func(t *engine.Thread, a []Value) Value {
		return ref((*runtime.Object)(atomic.SwapPointer(refSlot(t, a[0]), unsafe.Pointer(a[1].R))))
	}
	reg("System.Threading.Interlocked::Exchange(System.Object&,System.Object)", swapRef)
	reg("System.Threading.Interlocked::Exchange(!!0&,!!0)", swapRef)
	reg("System.Threading.Interlocked::Add(System.Int32&,System.Int32)", func(t *engine.Thread, a []Value) Value {
		p := slot(t, a[0])
		for {
			old := atomic.LoadUint64(p)
			nv := int32(old) + a[1].I4()
			if atomic.CompareAndSwapUint64(p, old, uint64(int64(nv))) {
				return i4(nv)
			}
		}
	})
	reg("System.Threading.Interlocked::Add(System.Int64&,System.Int64)", func(t *engine.Thread, a []Value) Value {
		return Value{N: atomic.AddUint64(slot(t, a[0]), a[1].N)}
	})

	// Thread.
	reg("System.Threading.Thread::InternalStart(System.Threading.Thread)", func(t *engine.Thread, a []Value) Value {
		th := a[0].R
		bg := t.GetField(th, "isBackground").Bool()
		st := &threadState{done: make(chan struct{})}
		storeThreadState(th, st)
		cb := findMethod(th.Type, "StartCallback")
		ready := make(chan struct{})
		t.VM().StartThread(bg, func(nt *engine.Thread) {
			defer close(st.done)
			nt.Managed = th
			st.id = nt.ID
			close(ready)
			if cb == nil {
				return
			}
			_, exc, err := nt.Invoke(cb, []Value{ref(th)})
			if err == nil && exc != nil {
				nt.ReportUnhandled(exc)
			}
		})
		<-ready
		return null
	})
	reg("System.Threading.Thread::InternalJoin(System.Threading.Thread,System.Int32)", func(t *engine.Thread, a []Value) Value {
		st, ok := loadThreadState(a[0].R)
		if !ok {
			t.Throw("System.Threading.ThreadStateException", "Thread has not been started.")
		}
		t.VM().Flush()
		// A finished thread joins even with a zero timeout (select picks at
		// random among ready cases, so test done first).
		select {
		case <-st.done:
			return boolean(true)
		default:
		}
		if d := timeout(a[1].I4()); d >= 0 {
			select {
			case <-st.done:
				return boolean(true)
			case <-time.After(d):
				return boolean(false)
			}
		}
		<-st.done
		return boolean(true)
	})
	reg("System.Threading.Thread::InternalSleep(System.Int32)", func(t *engine.Thread, a []Value) Value {
		t.VM().Flush()
		if ms := a[0].I4(); ms > 0 {
			time.Sleep(time.Duration(ms) * time.Millisecond)
		} else {
			goruntime.Gosched()
		}
		return null
	})
	reg("System.Threading.Thread::InternalCurrentThread()", func(t *engine.Thread, a []Value) Value {
		if t.Managed == nil {
			ty := t.VM().FindCorlibType("System.Threading.Thread")
			if err := ty.EnsureLoaded(); err != nil {
				t.Throw("System.TypeLoadException", err.Error())
			}
			th := runtime.NewObject(ty)
			st := &threadState{done: make(chan struct{}), id: t.ID}
			storeThreadState(th, st)
			t.Managed = th
		}
		return ref(t.Managed)
	})
	reg("System.Threading.Thread::InternalGetManagedThreadId(System.Threading.Thread)", func(t *engine.Thread, a []Value) Value {
		if st, ok := loadThreadState(a[0].R); ok {
			return i4(int32(st.id))
		}
		return i4(int32(t.ID))
	})
	reg("System.Threading.Thread::InternalIsAlive(System.Threading.Thread)", func(t *engine.Thread, a []Value) Value {
		st, ok := loadThreadState(a[0].R)
		if !ok {
			return boolean(false)
		}
		select {
		case <-st.done:
			return boolean(false)
		default:
			return boolean(true)
		}
	})
	reg("System.Threading.Thread::InternalYield()", func(t *engine.Thread, a []Value) Value {
		goruntime.Gosched()
		return null
	})
}

// findMethod finds a method of ty (or its bases) by name.
func findMethod(ty *runtime.Type, name string) *runtime.Method {
	for c := ty; c != nil; c = c.Base {
		if c.EnsureLoaded() != nil {
			return nil
		}
		for _, m := range c.Methods {
			if m.Name == name {
				return m
			}
		}
	}
	return nil
}
