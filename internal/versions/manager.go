// Package versions is the code versioning manager: for every method it
// keeps the tree of IL versions and, under each, the native code versions
// built from it (tier 0, instrumented tier 0, tier 1, OSR variants); it
// decides when a version is promoted (call counting with a start-up delay),
// drives the background compiler, publishes versions through the method's
// entry point and records every step in an event stream.
//
// The call path never takes the manager's lock: a call loads
// Method.Entry (an atomic pointer) and, while a version is being counted,
// decrements its CallsLeft. Publication is one atomic store to the entry
// point; frames already running the old version finish in it.
package versions

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/strata-runtime/strata/internal/runtime"
)

// CompileFunc builds the code of a new version of from's method at tier
// (Tier0Instrumented or Tier1). It returns the payload and the IL versions
// of the methods it inlined. It runs on the background compiler goroutine.
type CompileFunc func(from *runtime.CodeVersion, tier runtime.Tier) (code any, deps []*runtime.ILVersion, err error)

// Manager owns the code versions of one runtime instance.
type Manager struct {
	cfg     Config
	compile CompileFunc
	start   time.Time

	// mu guards the shape of the version trees (ILVersion.Natives, the
	// methods map) and publication. It is never taken on the call path.
	mu      sync.Mutex
	methods map[*runtime.Method]*runtime.ILVersion
	nextID  uint64

	// Call-counting delay: tier-0 versions created while tier-0
	// compilation is active wait here until it has been quiet for
	// cfg.Delay.
	delayMu      sync.Mutex
	pending      []*runtime.CodeVersion
	lastTier0    time.Time
	timerRunning bool

	// Promotion queue, drained by one background compiler goroutine.
	qMu      sync.Mutex
	queue    []*runtime.CodeVersion
	wake     chan struct{}
	stop     chan struct{}
	workerUp bool
	closed   bool
	inFlight int        // versions being built (0 or 1)
	idle     *sync.Cond // on qMu: signalled when a build ends or the queue empties

	// Event stream.
	evMu    sync.Mutex
	events  []Event
	dropped int
	trace   io.Writer

	stats Stats
}

// Stats are counts kept over a run.
type Stats struct {
	Created      [4]atomic.Int64 // per tier
	Published    atomic.Int64
	Retired      atomic.Int64
	Promotions   atomic.Int64
	Failures     atomic.Int64
	OSREntries   atomic.Int64
	CompileNanos atomic.Int64
}

// New creates a manager. compile builds promoted versions; trace, if not
// nil, receives every event as a line of text as it happens.
func New(cfg Config, compile CompileFunc, trace io.Writer) *Manager {
	if cfg.Threshold < 1 {
		cfg.Threshold = 1
	}
	if cfg.OSRThreshold < 1 {
		cfg.OSRThreshold = 1
	}
	mg := &Manager{cfg: cfg, compile: compile, start: time.Now(),
		methods: map[*runtime.Method]*runtime.ILVersion{},
		wake:    make(chan struct{}, 1), stop: make(chan struct{}), trace: trace}
	mg.idle = sync.NewCond(&mg.qMu)
	return mg
}

// Config returns the manager's knobs.
func (mg *Manager) Config() Config { return mg.cfg }

// Stats returns the manager's counters.
func (mg *Manager) Stats() *Stats { return &mg.stats }

// ILVersion returns m's default IL version (the body in metadata).
func (mg *Manager) ILVersion(m *runtime.Method) *runtime.ILVersion {
	mg.mu.Lock()
	defer mg.mu.Unlock()
	return mg.ilLocked(m)
}

func (mg *Manager) ilLocked(m *runtime.Method) *runtime.ILVersion {
	il := mg.methods[m]
	if il == nil {
		il = &runtime.ILVersion{Method: m}
		mg.methods[m] = il
	}
	return il
}

// Versions returns a snapshot of m's native code versions (all IL
// versions), oldest first.
func (mg *Manager) Versions(m *runtime.Method) []*runtime.CodeVersion {
	mg.mu.Lock()
	defer mg.mu.Unlock()
	if il := mg.methods[m]; il != nil {
		return append([]*runtime.CodeVersion(nil), il.Natives...)
	}
	return nil
}

// Create registers a new native code version of m built from its current
// IL version. It is not reachable until published.
func (mg *Manager) Create(m *runtime.Method, tier runtime.Tier, code any, deps []*runtime.ILVersion, reason string) *runtime.CodeVersion {
	mg.mu.Lock()
	il := mg.ilLocked(m)
	mg.nextID++
	cv := &runtime.CodeVersion{Method: m, IL: il, ID: mg.nextID, Tier: tier, Code: code, Deps: deps}
	il.Natives = append(il.Natives, cv)
	mg.mu.Unlock()
	mg.stats.Created[tier].Add(1)
	if len(deps) > 0 {
		// The methods inlined into the version.
		var b strings.Builder
		b.WriteString(reason)
		b.WriteString("; inlines ")
		for i, d := range deps {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(d.Method.String())
		}
		reason = b.String()
	}
	mg.emit(Event{Kind: EvCreated, Version: cv, Reason: reason})
	return cv
}

// Publish makes cv the version new calls of its method run: one atomic
// store to the entry point. The previously active version is retired
// (frames running it finish in it). Publishing the version already
// published does nothing. Publishing an OSR version does not touch the
// entry point: OSR versions are entered only from a patchpoint.
func (mg *Manager) Publish(cv *runtime.CodeVersion, reason string) {
	mg.mu.Lock()
	defer mg.mu.Unlock()
	if cv.Tier == runtime.Tier1OSR {
		cv.State.Store(runtime.VersionActive)
		mg.stats.Published.Add(1)
		mg.emit(Event{Kind: EvPublished, Version: cv, Reason: reason})
		return
	}
	old := cv.Method.Entry.Load()
	if old == cv {
		return // already the published version: nothing changes
	}
	if old != nil && old.Tier > cv.Tier && old.IL == cv.IL {
		// A better version of the same IL is already published.
		cv.State.Store(runtime.VersionAbandoned)
		mg.emit(Event{Kind: EvAbandoned, Version: cv, Reason: fmt.Sprintf("superseded by #%d", old.ID)})
		return
	}
	// Events first, so that the stream shows the publication before
	// anything a call of the new version causes.
	mg.stats.Published.Add(1)
	mg.emit(Event{Kind: EvPublished, Version: cv, Reason: reason})
	if old != nil {
		mg.stats.Retired.Add(1)
		mg.emit(Event{Kind: EvRetired, Version: old, Reason: fmt.Sprintf("replaced by #%d", cv.ID)})
	}
	cv.State.Store(runtime.VersionActive)
	cv.Method.Entry.Store(cv)
	if old != nil {
		old.State.Store(runtime.VersionRetired)
		old.CallsLeft.Store(0)
	}
}

// Tier0Created arms call counting of a new tier-0 version: at once when
// there is no delay, otherwise once tier-0 compilation has been quiet for
// the configured delay (every new tier-0 version restarts the wait).
func (mg *Manager) Tier0Created(cv *runtime.CodeVersion) {
	if mg.cfg.Tier0Only {
		return
	}
	if mg.cfg.Delay <= 0 {
		cv.CallsLeft.Store(int32(mg.cfg.Threshold))
		return
	}
	mg.delayMu.Lock()
	mg.pending = append(mg.pending, cv)
	mg.lastTier0 = time.Now()
	if !mg.timerRunning {
		mg.timerRunning = true
		time.AfterFunc(mg.cfg.Delay, mg.delayExpired)
	}
	mg.delayMu.Unlock()
}

func (mg *Manager) delayExpired() {
	mg.delayMu.Lock()
	if quiet := time.Since(mg.lastTier0); quiet < mg.cfg.Delay {
		time.AfterFunc(mg.cfg.Delay-quiet, mg.delayExpired)
		mg.delayMu.Unlock()
		return
	}
	mg.timerRunning = false
	pending := mg.pending
	mg.pending = nil
	mg.delayMu.Unlock()
	for _, cv := range pending {
		if cv.State.Load() == runtime.VersionActive {
			cv.CallsLeft.Store(int32(mg.cfg.Threshold))
		}
	}
}

// CallCounted is called by the call path when a version's CallsLeft
// reaches zero: the version is queued for promotion (and nothing happens
// once the manager is closed).
func (mg *Manager) CallCounted(cv *runtime.CodeVersion) {
	mg.enqueue(cv, func() {
		mg.stats.Promotions.Add(1)
		mg.emit(Event{Kind: EvQueued, Version: cv, Reason: fmt.Sprintf("%d calls", mg.cfg.Threshold)})
	})
}

// enqueue queues cv for the background compiler unless the manager is
// closed; announce runs first, under the queue lock, so that its event
// precedes anything the compiler reports about cv.
func (mg *Manager) enqueue(cv *runtime.CodeVersion, announce func()) {
	mg.qMu.Lock()
	if mg.closed {
		mg.qMu.Unlock()
		return
	}
	announce()
	mg.queue = append(mg.queue, cv)
	if !mg.workerUp {
		mg.workerUp = true
		go mg.worker()
	}
	mg.qMu.Unlock()
	select {
	case mg.wake <- struct{}{}:
	default:
	}
}

// worker is the background compiler: it drains the promotion queue.
func (mg *Manager) worker() {
	for {
		mg.qMu.Lock()
		if mg.closed {
			mg.qMu.Unlock()
			return
		}
		var cv *runtime.CodeVersion
		if len(mg.queue) > 0 {
			cv = mg.queue[0]
			mg.queue[0] = nil
			mg.queue = mg.queue[1:]
			mg.inFlight++
		}
		mg.qMu.Unlock()
		if cv == nil {
			select {
			case <-mg.wake:
			case <-mg.stop:
				return
			}
			continue
		}
		mg.promote(cv)
		mg.qMu.Lock()
		mg.inFlight--
		mg.idle.Broadcast()
		mg.qMu.Unlock()
	}
}

// next is the tier a promoted version moves to.
func (mg *Manager) next(from *runtime.CodeVersion) runtime.Tier {
	if from.Tier == runtime.Tier0 && mg.cfg.PGO {
		return runtime.Tier0Instrumented
	}
	return runtime.Tier1
}

func (mg *Manager) promote(from *runtime.CodeVersion) {
	if from.State.Load() != runtime.VersionActive || from.Method.Entry.Load() != from {
		return // replaced meanwhile
	}
	tier := mg.next(from)
	t0 := time.Now()
	code, deps, err := mg.compile(from, tier)
	mg.stats.CompileNanos.Add(int64(time.Since(t0)))
	if err != nil {
		mg.Failed(from.Method, from, tier, err)
		return
	}
	reason := fmt.Sprintf("promoted from #%d (%s) after %d calls", from.ID, from.Tier, mg.cfg.Threshold)
	cv := mg.Create(from.Method, tier, code, deps, reason)
	if tier == runtime.Tier0Instrumented {
		cv.CallsLeft.Store(int32(mg.cfg.Threshold))
	}
	mg.Publish(cv, "background compiler")
}

// Drain waits until the promotion queue is empty and the compiler idle.
// Tests use it to observe the state after promotions.
func (mg *Manager) Drain() {
	mg.qMu.Lock()
	for (len(mg.queue) > 0 && !mg.closed) || mg.inFlight > 0 {
		mg.idle.Wait()
	}
	mg.qMu.Unlock()
}

// Close stops the background compiler; it returns once the version being
// built, if any, is done.
func (mg *Manager) Close() {
	mg.qMu.Lock()
	if !mg.closed {
		mg.closed = true
		close(mg.stop)
	}
	mg.queue = nil
	mg.idle.Broadcast()
	for mg.inFlight > 0 {
		mg.idle.Wait()
	}
	mg.qMu.Unlock()
}

// OSREntered records a frame moving into an OSR version.
func (mg *Manager) OSREntered(cv *runtime.CodeVersion, from *runtime.CodeVersion, backEdges, entry int) {
	mg.stats.OSREntries.Add(1)
	mg.emit(Event{Kind: EvOSR, Version: cv, Reason: fmt.Sprintf("frame of #%d (%s) after %d loop iterations, entering at instruction %d", from.ID, from.Tier, backEdges, entry)})
}

// Failed records a version that could not be built.
func (mg *Manager) Failed(m *runtime.Method, from *runtime.CodeVersion, tier runtime.Tier, err error) {
	mg.stats.Failures.Add(1)
	mg.emit(Event{Kind: EvFailed, Method: m, Version: from, Reason: fmt.Sprintf("%s: %v", tier, err)})
}

// WriteStats prints the counters.
func (mg *Manager) WriteStats(w io.Writer) {
	s := &mg.stats
	fmt.Fprintf(w, "strata stats:\n")
	for t := runtime.Tier0; t <= runtime.Tier1OSR; t++ {
		fmt.Fprintf(w, "  versions created %-12s %d\n", t.String()+":", s.Created[t].Load())
	}
	fmt.Fprintf(w, "  versions published       %d\n", s.Published.Load())
	fmt.Fprintf(w, "  versions retired         %d\n", s.Retired.Load())
	fmt.Fprintf(w, "  promotions queued        %d\n", s.Promotions.Load())
	fmt.Fprintf(w, "  OSR transitions          %d\n", s.OSREntries.Load())
	fmt.Fprintf(w, "  compilation failures     %d\n", s.Failures.Load())
	fmt.Fprintf(w, "  background compile time  %.1f ms\n", float64(s.CompileNanos.Load())/1e6)
	mg.mu.Lock()
	byTier := map[runtime.Tier]int{}
	for m := range mg.methods {
		if cv := m.Entry.Load(); cv != nil {
			byTier[cv.Tier]++
		}
	}
	mg.mu.Unlock()
	tiers := make([]runtime.Tier, 0, len(byTier))
	for t := range byTier {
		tiers = append(tiers, t)
	}
	sort.Slice(tiers, func(i, j int) bool { return tiers[i] < tiers[j] })
	for _, t := range tiers {
		fmt.Fprintf(w, "  methods now at %-10s %d\n", t.String()+":", byTier[t])
	}
}
