package runtime

import "sync/atomic"

// Tier is the kind of a native code version.
type Tier uint8

const (
	// Tier0 is the quick translation every method starts with.
	Tier0 Tier = iota
	// Tier0Instrumented is tier 0 with probes that record receiver types at
	// virtual call sites (dynamic PGO).
	Tier0Instrumented
	// Tier1 is the optimised version.
	Tier1
	// Tier1OSR is an optimised version entered mid-method, at a loop
	// header, by on-stack replacement of a running tier-0 frame.
	Tier1OSR
)

var tierNames = [...]string{"tier0", "tier0-instr", "tier1", "tier1-osr"}

func (t Tier) String() string {
	if int(t) < len(tierNames) {
		return tierNames[t]
	}
	return "tier?"
}

// ILVersion is one version of a method's IL. Version 0 is the body in the
// method's metadata; hot-reload generations and instrumentation requests add
// more. Native code versions hang under the IL version they were built from.
type ILVersion struct {
	Method *Method
	ID     int
	// Natives are the native code versions built from this IL version, in
	// creation order. Guarded by the versioning manager's lock.
	Natives []*CodeVersion
}

// Version states.
const (
	VersionCreated   uint32 = iota // built, not yet reachable from the entry point
	VersionActive                  // published: new calls run it
	VersionRetired                 // replaced: running frames may still finish in it
	VersionAbandoned               // never published (superseded before publication)
)

// CodeVersion is one compiled form of a method: a native code version
// under an IL version. The engine owns the Code payload; the versioning
// manager owns the life cycle (creation, publication, retirement).
type CodeVersion struct {
	Method *Method
	IL     *ILVersion
	ID     uint64
	Tier   Tier
	Code   any

	// CallsLeft counts calls down to promotion while the version is being
	// call-counted; zero or below means the version is not counting. The
	// call path reads it with one atomic load.
	CallsLeft atomic.Int32
	// State is one of the Version* states.
	State atomic.Uint32

	// For OSR versions: the tier-0 version whose frames transfer into this
	// one and the instruction index (of that version) they enter at.
	OSRFrom  *CodeVersion
	OSREntry int

	// Deps are the IL versions of the methods inlined into this version: a
	// new IL version of any of them invalidates this one.
	Deps []*ILVersion
}
