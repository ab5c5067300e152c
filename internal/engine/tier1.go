package engine

import "github.com/strata-runtime/strata/internal/runtime"

// optimize builds tier-1 code from a fresh tier-0 translation. prof, if
// not nil, is the instrumented tier-0 code whose probes carry the profile.
func (vm *VM) optimize(code *Code, prof *Code) (*Code, []*runtime.ILVersion, error) {
	return code, nil, nil
}
