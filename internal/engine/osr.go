package engine

import (
	"errors"
	"math"
	"strconv"

	"github.com/strata-runtime/strata/internal/runtime"
)

// On-stack replacement. Tier-0 code has a patchpoint at every loop header
// (a target of a backward branch) whose evaluation stack is empty. A frame
// counts the patchpoints it reaches; at the threshold it moves, at that
// patchpoint, into an optimised version of its method: the tier-1 code of
// the same IL, whose OSRMap gives the index of the same loop header. The
// frame layout (arguments, locals, evaluation stack) is the same in both
// tiers, so moving is repointing the frame's code, version and pc.
//
// The optimised version is built once per tier-0 version, synchronously on
// the first thread that needs it (as CoreCLR does), and recorded as a
// Tier1OSR version under the method's IL version.

// onStackReplace moves f, stopped at the patchpoint before f.PC, into the
// OSR version of its code. If that is not possible the frame stays in tier
// 0 and stops counting.
func (t *Thread) onStackReplace(f *Frame) slowResult {
	at := f.PC - 1
	if f.kind == frameFilter || len(f.ehStack) > 0 || f.caught != nil {
		// Handler state refers to tier-0 instruction indices.
		f.backEdges = math.MinInt / 2
		return cont
	}
	osr := t.osrVersion(f.Version, f.Code)
	if osr == nil {
		f.backEdges = math.MinInt / 2
		return cont
	}
	code := osr.Code.(*Code)
	entry, ok := code.OSRMap[at]
	if !ok || f.base+code.NumArgs+code.NumLocals+code.MaxStack > len(f.seg.Fields) {
		// No such loop header, or the optimised frame (grown by inlined
		// bodies) does not fit where the frame is.
		f.backEdges = math.MinInt / 2
		return cont
	}
	t.vm.Versions.OSREntered(osr, f.Version, f.backEdges, entry)
	f.Code, f.Version, f.PC, f.sp = code, osr, entry, f.stack0
	return switchFrame
}

// osrVersion returns the OSR version for frames of the tier-0 version cv,
// building it on first use; nil if it cannot be built.
func (t *Thread) osrVersion(cv *runtime.CodeVersion, c *Code) *runtime.CodeVersion {
	if v := c.osr.Load(); v != nil {
		return v
	}
	c.osrMu.Lock()
	defer c.osrMu.Unlock()
	if v := c.osr.Load(); v != nil {
		return v
	}
	vs := t.vm.Versions
	m := cv.Method
	fresh, err := t.vm.translate(m)
	var opt *Code
	var deps []*runtime.ILVersion
	if err == nil {
		opt, deps, err = t.vm.optimize(fresh, profileOf(c))
	}
	if err == nil && len(opt.OSRMap) == 0 {
		err = errNoPatchpoints
	}
	if err != nil {
		vs.Failed(m, cv, runtime.Tier1OSR, err)
		// Keep failing frames in tier 0 without retrying.
		c.osr.Store(&runtime.CodeVersion{Method: m, Tier: runtime.Tier0, Code: &Code{}})
		return nil
	}
	v := vs.Create(m, runtime.Tier1OSR, opt, deps, "loop in a running frame of #"+strconv.FormatUint(cv.ID, 10))
	v.OSRFrom = cv
	vs.Publish(v, "OSR entry")
	c.osr.Store(v)
	return v
}

var errNoPatchpoints = errors.New("no patchpoint in the optimised code")
