package versions

import (
	"fmt"
	"time"

	"github.com/strata-runtime/strata/internal/runtime"
)

// EventKind says what happened to a version.
type EventKind uint8

const (
	EvCreated   EventKind = iota // a version was built
	EvPublished                  // it became the method's entry point (or, for OSR, enterable)
	EvRetired                    // a newer version replaced it
	EvAbandoned                  // it was built but never published
	EvQueued                     // it reached its call count and was queued for promotion
	EvOSR                        // a running frame moved into it
	EvFailed                     // building a newer version from it failed
)

var kindNames = [...]string{"created", "published", "retired", "abandoned", "queued", "osr-enter", "failed"}

func (k EventKind) String() string { return kindNames[k] }

// Event is one entry of the runtime's version event stream.
type Event struct {
	Seq     uint64
	At      time.Duration // since the manager started
	Kind    EventKind
	Method  *runtime.Method
	Version *runtime.CodeVersion // nil when no version was built
	Reason  string
}

func (e Event) String() string {
	id, tier := "-", "-"
	if cv := e.Version; cv != nil {
		id, tier = fmt.Sprint(cv.ID), cv.Tier.String()
	}
	return fmt.Sprintf("[%9.3fms] %-9s #%-5s %-11s %s: %s", float64(e.At)/1e6, e.Kind, id, tier, e.Method, e.Reason)
}

// maxEvents bounds the retained stream; later events are still traced and
// counted.
const maxEvents = 1 << 16

func (mg *Manager) emit(e Event) {
	if e.Method == nil && e.Version != nil {
		e.Method = e.Version.Method
	}
	mg.evMu.Lock()
	e.At = time.Since(mg.start)
	e.Seq = uint64(len(mg.events) + mg.dropped)
	if len(mg.events) < maxEvents {
		mg.events = append(mg.events, e)
	} else {
		mg.dropped++
	}
	if mg.trace != nil {
		fmt.Fprintln(mg.trace, e.String())
	}
	mg.evMu.Unlock()
}

// Events returns a snapshot of the retained event stream, in order.
func (mg *Manager) Events() []Event {
	mg.evMu.Lock()
	defer mg.evMu.Unlock()
	return append([]Event(nil), mg.events...)
}
