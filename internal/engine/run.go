package engine

import (
	"fmt"
	"runtime/debug"

	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
)

// exitRequest unwinds the Go stack of the thread that called
// Environment.Exit.
type exitRequest struct{ code int }

// RequestExit ends the process with code (Environment.Exit): every managed
// thread stops and RunMain returns code.
func (t *Thread) RequestExit(code int) {
	t.vm.exit(code)
	panic(exitRequest{code})
}

// exit ends the process (once): it records the exit code, flushes standard
// output and stops all further output, as a real process exit would (other
// threads may still be running until the host returns).
func (vm *VM) exit(code int) {
	vm.exitOnce.Do(func() {
		vm.exitCode.Store(int32(code))
		vm.outMu.Lock()
		vm.Stdout.Flush()
		vm.stopped = true
		vm.outMu.Unlock()
		close(vm.exited)
	})
}

// StartThread runs fn on a new managed thread (a goroutine). Foreground
// threads keep RunMain from returning until they finish.
func (vm *VM) StartThread(background bool, fn func(t *Thread)) *Thread {
	t := vm.newThread()
	if !background {
		vm.threadsWG.Add(1)
	}
	go func() {
		defer func() {
			if !background {
				vm.threadsWG.Done()
			}
			vm.endThread(t)
		}()
		defer func() {
			if r := recover(); r != nil {
				if _, ok := r.(exitRequest); ok {
					return
				}
				// A fault of the runtime itself (not of the managed program):
				// report it on one line and end the process with code 2.
				if debugPanics {
					vm.fatalf("strata: internal error: %v\n%s\n", r, debug.Stack())
				} else {
					vm.fatalf("strata: internal error: %v\n", r)
				}
				vm.exit(2)
			}
		}()
		fn(t)
	}()
	return t
}

// ReportUnhandled prints an unhandled exception as mono does and ends the
// process with exit code 1.
func (t *Thread) ReportUnhandled(exc *runtime.Object) {
	text := t.describe(exc)
	t.vm.Flush()
	fmt.Fprintf(t.vm.Stderr, "\nUnhandled Exception:\n%s\n[ERROR] FATAL UNHANDLED EXCEPTION: %s\n", text, text)
	t.vm.exit(1)
}

// describe returns exc.ToString(), falling back to the type name.
func (t *Thread) describe(exc *runtime.Object) string {
	for ty := exc.Type; ty != nil; ty = ty.Base {
		for _, m := range ty.Methods {
			if m.Name == "ToString" && len(m.Params) == 0 && m.HasThis {
				impl, err := exc.Type.ResolveVirtual(m)
				if err != nil {
					break
				}
				v, e2, err := t.Invoke(impl, []Value{runtime.Ref(exc)})
				if e2 == nil && err == nil && v.R != nil {
					return v.R.GoString()
				}
				break
			}
		}
	}
	return exc.Type.FullName()
}

// RunMain runs the entry point of mod with args and returns the process
// exit code.
func (vm *VM) RunMain(mod *runtime.Module, args []string) (int, error) {
	tok := mod.Image.EntryPoint()
	if tok.Table() != metadata.TableMethodDef {
		return 2, fmt.Errorf("%s: no entry point", mod.Name)
	}
	main, err := mod.MethodByRow(tok.Row())
	if err != nil {
		return 2, err
	}
	vm.Args = args
	if vm.ProgramPath == "" {
		vm.ProgramPath = mod.Path
	}
	done := make(chan int, 1)
	vm.StartThread(true, func(t *Thread) {
		var margs []Value
		if len(main.Params) == 1 {
			arr := vm.NewArray(vm.L.String, len(args))
			for i, a := range args {
				arr.Fields[i] = runtime.Ref(vm.NewGoString(a))
			}
			margs = []Value{runtime.Ref(arr)}
		}
		if exc := t.EnsureTypeInit(main.Declaring); exc != nil {
			t.ReportUnhandled(exc)
			done <- 1
			return
		}
		res, exc, err := t.Invoke(main, margs)
		if err != nil {
			vm.fatalf("strata: %v\n", err)
			done <- 2
			return
		}
		if exc != nil {
			t.ReportUnhandled(exc)
			done <- 1
			return
		}
		code := 0
		if main.Ret != nil {
			code = int(res.I4())
		} else {
			code = vm.environmentExitCode()
		}
		done <- code
	})
	var code int
	select {
	case code = <-done:
		// Wait for foreground threads, unless one of them exits the process.
		fg := make(chan struct{})
		go func() { vm.threadsWG.Wait(); close(fg) }()
		select {
		case <-fg:
		case <-vm.exited:
			code = int(vm.exitCode.Load())
		}
		select {
		case <-vm.exited:
			code = int(vm.exitCode.Load())
		default:
		}
	case <-vm.exited:
		code = int(vm.exitCode.Load())
	}
	vm.Flush()
	return code, nil
}

// environmentExitCode is Environment.ExitCode, the exit code of a program
// whose Main returns void.
func (vm *VM) environmentExitCode() int {
	env := vm.FindCorlibType("System.Environment")
	if env == nil || env.EnsureLoaded() != nil {
		return 0
	}
	for _, f := range env.Fields {
		if f.IsStatic() && f.Name == "exitCode" && f.Type == vm.L.Int32 {
			return int(env.EnsureStatics().Fields[f.Index].I4())
		}
	}
	return 0
}
