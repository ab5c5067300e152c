// Package corlib is Strata's base class library: the C# sources of
// mscorlib (in src/, compiled by build.sh with mcs -nostdlib into the
// embedded mscorlib.dll) and the Go implementations of its internal calls.
//
// References to mscorlib, System and System.Core all bind to this one
// assembly. Internal calls are bound by key ("Ns.Type::Name(ParamTypes)",
// see ICALLS.md) when a method is loaded.
package corlib

import (
	_ "embed"
	"sync"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

//go:embed mscorlib.dll
var image []byte

// Image returns the bytes of the embedded mscorlib.dll.
func Image() []byte { return image }

var registerOnce sync.Once

var icalls = map[string]engine.ICall{}

func reg(key string, fn engine.ICall) {
	if _, dup := icalls[key]; dup {
		panic("corlib: duplicate internal call " + key)
	}
	icalls[key] = fn
}

// Register installs the internal calls into the runtime's binding table.
// It must run before any corlib type is loaded.
func Register() {
	registerOnce.Do(func() {
		for k, fn := range icalls {
			runtime.ICalls[k] = fn
		}
	})
}
