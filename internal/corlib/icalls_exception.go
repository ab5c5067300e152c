package corlib

import (
	"fmt"
	"strings"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Exception.

// traceModuleID is the module version id as stack traces print it
// ("in <id>:0"), or "" if it cannot be read.
func traceModuleID(m *runtime.Module) string {
	if m == nil {
		return ""
	}
	row, err := m.MD.Module(1)
	if err != nil {
		return ""
	}
	g, err := m.MD.GUID(row.Mvid)
	if err != nil || len(g) < 16 {
		return ""
	}
	return fmt.Sprintf("%02x%02x%02x%02x%02x%02x%02x%02x%x", g[3], g[2], g[1], g[0], g[5], g[4], g[7], g[6], g[8:])
}

func init() {
	// Exception.Source of a thrown exception: the name of the assembly of
	// the method that threw it (the first line of its stack trace). The
	// module is looked for among corlib and the modules of the methods on
	// the current stack; failing that, the outermost frame's module.
	reg("System.Exception::InternalSource(System.String)", func(t *engine.Thread, a []Value) Value {
		trace := gostr(a[0])
		if nl := strings.IndexByte(trace, '\n'); nl >= 0 {
			trace = trace[:nl]
		}
		id := ""
		if i := strings.LastIndex(trace, " in <"); i >= 0 {
			id = trace[i+5:]
			if j := strings.IndexByte(id, '>'); j >= 0 {
				id = id[:j]
			}
		}
		l := t.VM().L
		name := func(m *runtime.Module) Value {
			if m == l.Corlib {
				return newString(t, "mscorlib")
			}
			return newString(t, m.Name)
		}
		if id != "" && id == traceModuleID(l.Corlib) {
			return name(l.Corlib)
		}
		frames := t.Frames()
		for i := len(frames) - 1; i >= 0; i-- {
			if m := frames[i].Code.Method.Module; id != "" && traceModuleID(m) == id {
				return name(m)
			}
		}
		if len(frames) > 0 && frames[0].Code.Method.Module != nil {
			return name(frames[0].Code.Method.Module)
		}
		return null
	})
}
