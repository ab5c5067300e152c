package corlib

import (
	"github.com/strata-runtime/strata/internal/engine"
)

// Temporary: number formatting until icalls_number.go lands.
func init() {
	if _, ok := icalls["System.Number::FormatInt64(System.Int64,System.String)"]; ok {
		return
	}
	f := func(t *engine.Thread, n decNumber, format string) Value {
		s, ok := formatNumber(n, format)
		if !ok {
			t.Throw("System.FormatException", "Format specifier was invalid.")
		}
		return newString(t, s)
	}
	icalls["System.Number::FormatInt64(System.Int64,System.String)"] = func(t *engine.Thread, a []Value) Value {
		return f(t, intNumber(a[0].I8(), 8), gostr(a[1]))
	}
	icalls["System.Number::FormatUInt64(System.UInt64,System.String)"] = func(t *engine.Thread, a []Value) Value {
		return f(t, uintNumber(a[0].N, 8), gostr(a[1]))
	}
	icalls["System.Number::FormatDouble(System.Double,System.String)"] = func(t *engine.Thread, a []Value) Value {
		s, ok := formatDouble(a[0].R8(), gostr(a[1]), false)
		if !ok {
			t.Throw("System.FormatException", "Format specifier was invalid.")
		}
		return newString(t, s)
	}
	icalls["System.Number::FormatSingle(System.Single,System.String)"] = func(t *engine.Thread, a []Value) Value {
		s, ok := formatDouble(float64(a[0].R4()), gostr(a[1]), true)
		if !ok {
			t.Throw("System.FormatException", "Format specifier was invalid.")
		}
		return newString(t, s)
	}
}
