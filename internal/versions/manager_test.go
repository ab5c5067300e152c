package versions

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"regexp"
	goruntime "runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/strata-runtime/strata/internal/runtime"
)

// testType is the declaring type of the fake methods (Method.String, used
// by the trace, formats it).
var testType = &runtime.Type{Name: "C", Namespace: "Test"}

func newMethod(name string) *runtime.Method {
	return &runtime.Method{Name: name, Declaring: testType, Slot: -1}
}

// fakeCompiler is a CompileFunc that records its calls. Its code payload
// is a string naming the method, the tier and the version it was built
// from; its dependencies are the source version's IL version.
type fakeCompiler struct {
	mu    sync.Mutex
	calls []compileCall
	fail  error         // if set, every compilation fails with it
	gate  chan struct{} // if set, every compilation waits for a receive
	count atomic.Int32
}

type compileCall struct {
	from *runtime.CodeVersion
	tier runtime.Tier
}

func (fc *fakeCompiler) compile(from *runtime.CodeVersion, tier runtime.Tier) (any, []*runtime.ILVersion, error) {
	fc.mu.Lock()
	fc.calls = append(fc.calls, compileCall{from, tier})
	fail, gate := fc.fail, fc.gate
	fc.mu.Unlock()
	fc.count.Add(1)
	if gate != nil {
		<-gate
	}
	if fail != nil {
		return nil, nil, fail
	}
	return codeFor(from, tier), []*runtime.ILVersion{from.IL}, nil
}

func (fc *fakeCompiler) snapshot() []compileCall {
	fc.mu.Lock()
	defer fc.mu.Unlock()
	return append([]compileCall(nil), fc.calls...)
}

func codeFor(from *runtime.CodeVersion, tier runtime.Tier) string {
	return fmt.Sprintf("%s/%s<-#%d", from.Method.Name, tier, from.ID)
}

func newManager(t testing.TB, cfg Config, fc *fakeCompiler, trace io.Writer) *Manager {
	t.Helper()
	if fc == nil {
		fc = &fakeCompiler{}
	}
	mg := New(cfg, fc.compile, trace)
	t.Cleanup(mg.Close)
	return mg
}

// noDelay is the default config without the call-counting delay.
func noDelay(threshold int) Config {
	c := DefaultConfig()
	c.Delay = 0
	c.Threshold = threshold
	return c
}

// firstCall does what the engine does on a method's first call: build a
// tier-0 version, publish it and arm its call counting.
func firstCall(mg *Manager, m *runtime.Method) *runtime.CodeVersion {
	cv := mg.Create(m, runtime.Tier0, "tier0:"+m.Name, nil, "first call")
	mg.Publish(cv, "first call")
	mg.Tier0Created(cv)
	return cv
}

// call is the engine's call path: load the entry point and, while the
// version is being counted, count the call.
func call(mg *Manager, m *runtime.Method) *runtime.CodeVersion {
	cv := m.Entry.Load()
	if cv.CallsLeft.Load() > 0 && cv.CallsLeft.Add(-1) == 0 {
		mg.CallCounted(cv)
	}
	return cv
}

// describe summarises events as "kind #id tier" strings.
func describe(evs []Event) []string {
	var out []string
	for _, e := range evs {
		s := e.Kind.String()
		if cv := e.Version; cv != nil {
			s += fmt.Sprintf(" #%d %s", cv.ID, cv.Tier)
		}
		out = append(out, s)
	}
	return out
}

func eventsOf(mg *Manager, m *runtime.Method) []Event {
	var out []Event
	for _, e := range mg.Events() {
		if e.Method == m {
			out = append(out, e)
		}
	}
	return out
}

func wantStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("%s:\ngot:\n  %s\nwant:\n  %s", what, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// waitFor polls cond until it holds or the deadline passes.
func waitFor(t *testing.T, what string, d time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(d)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out after %v waiting for %s", d, what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestCreateAddsVersionsInOrder(t *testing.T) {
	mg := newManager(t, DefaultConfig(), nil, nil)
	m, other := newMethod("M"), newMethod("Other")
	tiers := []runtime.Tier{runtime.Tier0, runtime.Tier0Instrumented, runtime.Tier1, runtime.Tier1OSR}
	var made []*runtime.CodeVersion
	for i, tier := range tiers {
		made = append(made, mg.Create(m, tier, i, nil, "test"))
		if i == 1 {
			mg.Create(other, runtime.Tier0, "other", nil, "test")
		}
	}
	il := mg.ILVersion(m)
	if il == nil || il.Method != m || il.ID != 0 {
		t.Fatalf("default IL version = %+v", il)
	}
	if mg.ILVersion(m) != il {
		t.Fatal("ILVersion is not stable")
	}
	if mg.ILVersion(other) == il {
		t.Fatal("two methods share an IL version")
	}
	got := mg.Versions(m)
	if len(got) != len(tiers) || len(il.Natives) != len(tiers) {
		t.Fatalf("Versions = %d, Natives = %d, want %d", len(got), len(il.Natives), len(tiers))
	}
	var lastID uint64
	for i, cv := range got {
		if cv != made[i] || il.Natives[i] != cv {
			t.Errorf("version %d is not the %d-th created", i, i)
		}
		if cv.Method != m || cv.IL != il || cv.Tier != tiers[i] || cv.Code != i {
			t.Errorf("version %d = {Method %v IL %p Tier %v Code %v}", i, cv.Method.Name, cv.IL, cv.Tier, cv.Code)
		}
		if cv.ID <= lastID {
			t.Errorf("version %d has ID %d, not above the previous %d", i, cv.ID, lastID)
		}
		lastID = cv.ID
		if s := cv.State.Load(); s != runtime.VersionCreated {
			t.Errorf("version %d state %d, want Created", i, s)
		}
		if n := cv.CallsLeft.Load(); n != 0 {
			t.Errorf("version %d counting (%d) before it was armed", i, n)
		}
	}
	// IDs are unique across methods: Other's version sits between #2 and #3.
	if o := mg.Versions(other); len(o) != 1 || o[0].ID != made[1].ID+1 || made[2].ID != o[0].ID+1 {
		t.Errorf("IDs are not allocated across methods in creation order: %v", o)
	}
	if m.Entry.Load() != nil {
		t.Error("Create published a version")
	}
	// Versions returns a copy.
	got[0] = nil
	if mg.Versions(m)[0] == nil {
		t.Error("Versions returned the manager's own slice")
	}
	if mg.Versions(newMethod("Unknown")) != nil {
		t.Error("Versions of an unknown method is not nil")
	}
	st := mg.Stats()
	for tier, want := range []int64{2, 1, 1, 1} {
		if n := st.Created[tier].Load(); n != want {
			t.Errorf("Created[%v] = %d, want %d", runtime.Tier(tier), n, want)
		}
	}
	wantStrings(t, "events", describe(eventsOf(mg, m)), []string{
		"created #1 tier0", "created #2 tier0-instr", "created #4 tier1", "created #5 tier1-osr",
	})
}

func TestPublish(t *testing.T) {
	mg := newManager(t, DefaultConfig(), nil, nil)
	m := newMethod("M")
	v0 := mg.Create(m, runtime.Tier0, "v0", nil, "")
	mg.Publish(v0, "first")
	if m.Entry.Load() != v0 || v0.State.Load() != runtime.VersionActive {
		t.Fatalf("after publishing v0: entry %v, state %d", m.Entry.Load(), v0.State.Load())
	}
	v0.CallsLeft.Store(7) // being counted when it is replaced
	v1 := mg.Create(m, runtime.Tier0Instrumented, "v1", nil, "")
	if m.Entry.Load() != v0 {
		t.Fatal("Create changed the entry point")
	}
	v1.CallsLeft.Store(3)
	mg.Publish(v1, "second")
	if m.Entry.Load() != v1 {
		t.Fatal("entry is not v1")
	}
	if s := v1.State.Load(); s != runtime.VersionActive {
		t.Errorf("v1 state %d, want Active", s)
	}
	if s := v0.State.Load(); s != runtime.VersionRetired {
		t.Errorf("v0 state %d, want Retired", s)
	}
	if n := v0.CallsLeft.Load(); n != 0 {
		t.Errorf("retired v0 still counting: CallsLeft %d", n)
	}
	if n := v1.CallsLeft.Load(); n != 3 {
		t.Errorf("publishing v1 changed its own CallsLeft to %d", n)
	}
	v2 := mg.Create(m, runtime.Tier1, "v2", nil, "")
	mg.Publish(v2, "third")
	if m.Entry.Load() != v2 || v1.State.Load() != runtime.VersionRetired || v1.CallsLeft.Load() != 0 {
		t.Errorf("v2 did not replace v1: entry %v, v1 state %d calls %d", m.Entry.Load().ID, v1.State.Load(), v1.CallsLeft.Load())
	}
	if v0.State.Load() != runtime.VersionRetired {
		t.Error("v0 left the Retired state")
	}
	if p, r := mg.Stats().Published.Load(), mg.Stats().Retired.Load(); p != 3 || r != 2 {
		t.Errorf("Published %d Retired %d, want 3 and 2", p, r)
	}
	wantStrings(t, "events", describe(eventsOf(mg, m)), []string{
		"created #1 tier0", "published #1 tier0",
		"created #2 tier0-instr", "published #2 tier0-instr", "retired #1 tier0",
		"created #3 tier1", "published #3 tier1", "retired #2 tier0-instr",
	})
	evs := eventsOf(mg, m)
	if r := evs[4].Reason; r != "replaced by #2" {
		t.Errorf("retire reason %q", r)
	}
	if r := evs[3].Reason; r != "second" {
		t.Errorf("publish reason %q", r)
	}
}

func TestPublishLowerTierIsAbandoned(t *testing.T) {
	mg := newManager(t, DefaultConfig(), nil, nil)
	m := newMethod("M")
	t1 := mg.Create(m, runtime.Tier1, "t1", nil, "")
	mg.Publish(t1, "")
	for _, tier := range []runtime.Tier{runtime.Tier0, runtime.Tier0Instrumented} {
		low := mg.Create(m, tier, "low", nil, "")
		mg.Publish(low, "late")
		if m.Entry.Load() != t1 {
			t.Fatalf("publishing a %v version over tier1 changed the entry point", tier)
		}
		if s := low.State.Load(); s != runtime.VersionAbandoned {
			t.Errorf("%v version state %d, want Abandoned", tier, s)
		}
		if s := t1.State.Load(); s != runtime.VersionActive {
			t.Errorf("tier1 state %d after an abandoned publication, want Active", s)
		}
	}
	if p, r := mg.Stats().Published.Load(), mg.Stats().Retired.Load(); p != 1 || r != 0 {
		t.Errorf("Published %d Retired %d, want 1 and 0", p, r)
	}
	evs := eventsOf(mg, m)
	wantStrings(t, "events", describe(evs), []string{
		"created #1 tier1", "published #1 tier1",
		"created #2 tier0", "abandoned #2 tier0",
		"created #3 tier0-instr", "abandoned #3 tier0-instr",
	})
	if r := evs[3].Reason; r != "superseded by #1" {
		t.Errorf("abandon reason %q", r)
	}

	// A lower tier of a different IL version (a new body) does replace it.
	newIL := &runtime.ILVersion{Method: m, ID: 1}
	fresh := &runtime.CodeVersion{Method: m, IL: newIL, ID: 100, Tier: runtime.Tier0}
	mg.Publish(fresh, "new IL version")
	if m.Entry.Load() != fresh || t1.State.Load() != runtime.VersionRetired {
		t.Errorf("tier0 of a new IL version did not replace tier1 of the old one")
	}
}

func TestPublishOSRKeepsEntry(t *testing.T) {
	mg := newManager(t, noDelay(5), nil, nil)
	m := newMethod("M")
	v0 := firstCall(mg, m)
	osr := mg.Create(m, runtime.Tier1OSR, "osr", nil, "loop")
	osr.OSRFrom, osr.OSREntry = v0, 12
	mg.Publish(osr, "patchpoint")
	if m.Entry.Load() != v0 {
		t.Fatal("publishing an OSR version changed the entry point")
	}
	if s := osr.State.Load(); s != runtime.VersionActive {
		t.Errorf("OSR version state %d, want Active", s)
	}
	if s := v0.State.Load(); s != runtime.VersionActive {
		t.Errorf("tier0 state %d after OSR publication, want Active", s)
	}
	if n := v0.CallsLeft.Load(); n != 5 {
		t.Errorf("OSR publication disturbed tier0 call counting: CallsLeft %d", n)
	}
	mg.OSREntered(osr, v0, 1000, 0)
	if n := mg.Stats().OSREntries.Load(); n != 1 {
		t.Errorf("OSREntries = %d", n)
	}
	if r := mg.Stats().Retired.Load(); r != 0 {
		t.Errorf("Retired = %d", r)
	}
	evs := eventsOf(mg, m)
	wantStrings(t, "events", describe(evs), []string{
		"created #1 tier0", "published #1 tier0",
		"created #2 tier1-osr", "published #2 tier1-osr", "osr-enter #2 tier1-osr",
	})
	if r := evs[4].Reason; !strings.Contains(r, "#1 (tier0)") || !strings.Contains(r, "1000") {
		t.Errorf("osr-enter reason %q", r)
	}
	// A tier-1 version published later still replaces tier 0 (and the OSR
	// version is not the "old" version it retires).
	t1 := mg.Create(m, runtime.Tier1, "t1", nil, "")
	mg.Publish(t1, "")
	if m.Entry.Load() != t1 || v0.State.Load() != runtime.VersionRetired {
		t.Error("tier1 did not replace tier0")
	}
}

func TestEventStream(t *testing.T) {
	var trace bytes.Buffer
	fc := &fakeCompiler{fail: errors.New("boom")}
	mg := newManager(t, noDelay(2), fc, &trace)
	m := newMethod("M")
	v0 := mg.Create(m, runtime.Tier0, nil, nil, "first call")
	mg.Publish(v0, "first call")
	v1 := mg.Create(m, runtime.Tier1, nil, nil, "manual")
	mg.Publish(v1, "manual")
	mg.CallCounted(v1) // queued; promotion of a tier-1 version asks for tier 1 again and fails
	mg.Drain()
	evs := mg.Events()
	wantStrings(t, "events", describe(evs), []string{
		"created #1 tier0", "published #1 tier0",
		"created #2 tier1", "published #2 tier1", "retired #1 tier0",
		"queued #2 tier1", "failed #2 tier1",
	})
	for i, e := range evs {
		if e.Seq != uint64(i) {
			t.Errorf("event %d has Seq %d", i, e.Seq)
		}
		if i > 0 && e.At < evs[i-1].At {
			t.Errorf("event %d is timed before event %d", i, i-1)
		}
		if e.Method != m {
			t.Errorf("event %d has method %v", i, e.Method)
		}
	}
	if r := evs[0].Reason; r != "first call" {
		t.Errorf("created reason %q", r)
	}
	if r := evs[5].Reason; r != "2 calls" {
		t.Errorf("queued reason %q", r)
	}
	if r := evs[6].Reason; r != "tier1: boom" {
		t.Errorf("failed reason %q", r)
	}
	// The trace has one line per event, in the same order, as Event.String
	// formats them.
	lines := strings.Split(strings.TrimSuffix(trace.String(), "\n"), "\n")
	if len(lines) != len(evs) {
		t.Fatalf("trace has %d lines for %d events:\n%s", len(lines), len(evs), trace.String())
	}
	for i, l := range lines {
		e := evs[i]
		if !strings.Contains(l, e.Kind.String()) || !strings.Contains(l, fmt.Sprintf("#%d", e.Version.ID)) ||
			!strings.Contains(l, e.Version.Tier.String()) || !strings.Contains(l, "Test.C.M ()") || !strings.HasSuffix(l, ": "+e.Reason) {
			t.Errorf("trace line %d %q does not describe %s", i, l, describe(evs[i : i+1])[0])
		}
	}
	// Events returns a copy.
	evs[0].Kind = EvFailed
	if mg.Events()[0].Kind != EvCreated {
		t.Error("Events returned the manager's own slice")
	}
	// A failure without a source version formats without one.
	mg.Failed(m, nil, runtime.Tier1, errors.New("no source"))
	last := mg.Events()[len(mg.Events())-1]
	if last.Kind != EvFailed || last.Version != nil || last.Method != m {
		t.Errorf("Failed(nil version) recorded %+v", last)
	}
	if s := last.String(); !strings.Contains(s, "failed") || !strings.Contains(s, "#-") {
		t.Errorf("event without a version formats as %q", s)
	}
}

func TestTier0CreatedWithoutDelay(t *testing.T) {
	mg := newManager(t, noDelay(7), nil, nil)
	v := firstCall(mg, newMethod("M"))
	if n := v.CallsLeft.Load(); n != 7 {
		t.Fatalf("CallsLeft = %d, want the threshold 7 at once", n)
	}

	cfg := noDelay(7)
	cfg.Tier0Only = true
	mg = newManager(t, cfg, nil, nil)
	v = firstCall(mg, newMethod("M"))
	if n := v.CallsLeft.Load(); n != 0 {
		t.Fatalf("tier0-only: CallsLeft = %d, want 0 (never counted)", n)
	}

	// A threshold below 1 is raised to 1.
	mg = newManager(t, noDelay(0), nil, nil)
	v = firstCall(mg, newMethod("M"))
	if n := v.CallsLeft.Load(); n != 1 {
		t.Fatalf("threshold 0: CallsLeft = %d, want 1", n)
	}
}

func TestTier0CreatedWithDelay(t *testing.T) {
	const delay = 20 * time.Millisecond
	cfg := DefaultConfig()
	cfg.Threshold, cfg.Delay = 4, delay
	mg := newManager(t, cfg, nil, nil)
	m := newMethod("M")
	start := time.Now()
	v := firstCall(mg, m)
	if n := v.CallsLeft.Load(); n != 0 && time.Since(start) < delay {
		t.Fatalf("CallsLeft = %d right after creation, want 0 during the delay", n)
	}
	waitFor(t, "call counting to start", 5*time.Second, func() bool { return v.CallsLeft.Load() == 4 })
	if el := time.Since(start); el < delay {
		t.Fatalf("counting started after %v, before the %v delay", el, delay)
	}
}

func TestTier0CreatedDelayRestarts(t *testing.T) {
	const delay = 40 * time.Millisecond
	cfg := DefaultConfig()
	cfg.Threshold, cfg.Delay = 3, delay
	mg := newManager(t, cfg, nil, nil)
	first := firstCall(mg, newMethod("First"))
	// Replaced before the delay ends: a retired version is not armed.
	replacedM := newMethod("Replaced")
	replaced := firstCall(mg, replacedM)
	mg.Publish(mg.Create(replacedM, runtime.Tier1, "t1", nil, ""), "")

	// Keep tier-0 compilation busy for several delays: every new tier-0
	// version restarts the wait, so nothing may be armed less than a delay
	// after the latest one.
	var all []*runtime.CodeVersion
	busyUntil := time.Now().Add(4 * delay)
	var last time.Time
	for i := 0; time.Now().Before(busyUntil); i++ {
		if first.CallsLeft.Load() != 0 {
			if q := time.Since(last); q < delay {
				t.Fatalf("counting started %v after the latest tier-0 version, within the %v delay", q, delay)
			}
			break // the scheduler paused us for a whole delay: that was a quiet period
		}
		last = time.Now()
		all = append(all, firstCall(mg, newMethod(fmt.Sprint("N", i))))
		time.Sleep(delay / 8)
	}
	all = append(all, first)
	waitFor(t, "all pending versions to be armed", 5*time.Second, func() bool {
		for _, v := range all {
			if v.CallsLeft.Load() != 3 {
				return false
			}
		}
		return true
	})
	if q := time.Since(last); q < delay {
		t.Fatalf("counting started %v after the latest tier-0 version, within the %v delay", q, delay)
	}
	if n := replaced.CallsLeft.Load(); n != 0 {
		t.Errorf("a version retired during the delay was armed (CallsLeft %d)", n)
	}

	// After a quiet period a new tier-0 version waits a full delay again.
	lateStart := time.Now()
	late := firstCall(mg, newMethod("Late"))
	if n := late.CallsLeft.Load(); n != 0 && time.Since(lateStart) < delay {
		t.Fatalf("a tier-0 version after the quiet period was armed at once (%d)", n)
	}
	waitFor(t, "the late version to be armed", 5*time.Second, func() bool { return late.CallsLeft.Load() == 3 })
	if el := time.Since(lateStart); el < delay {
		t.Fatalf("the late version was armed after %v, before the delay", el)
	}
}

func TestPromotionWithPGO(t *testing.T) {
	fc := &fakeCompiler{}
	mg := newManager(t, noDelay(3), fc, nil)
	m := newMethod("M")
	v0 := firstCall(mg, m)
	for i := 0; i < 2; i++ {
		call(mg, m)
	}
	mg.Drain()
	if m.Entry.Load() != v0 || fc.count.Load() != 0 {
		t.Fatal("promoted before the threshold")
	}
	call(mg, m) // the third call
	mg.Drain()
	instr := m.Entry.Load()
	if instr == v0 || instr.Tier != runtime.Tier0Instrumented {
		t.Fatalf("entry after 3 calls is %v %v, want tier0-instr", instr.ID, instr.Tier)
	}
	if instr.Code != codeFor(v0, runtime.Tier0Instrumented) {
		t.Errorf("instrumented code = %v", instr.Code)
	}
	if n := instr.CallsLeft.Load(); n != 3 {
		t.Errorf("instrumented version CallsLeft = %d, want the threshold", n)
	}
	if v0.State.Load() != runtime.VersionRetired || v0.CallsLeft.Load() != 0 {
		t.Error("tier0 not retired")
	}
	for i := 0; i < 3; i++ {
		if cv := call(mg, m); cv != instr {
			t.Fatalf("call %d ran #%d before the instrumented version was counted out", i, cv.ID)
		}
	}
	mg.Drain()
	t1 := m.Entry.Load()
	if t1.Tier != runtime.Tier1 || t1.Code != codeFor(instr, runtime.Tier1) {
		t.Fatalf("entry is %v %v (%v), want tier1 built from #%d", t1.ID, t1.Tier, t1.Code, instr.ID)
	}
	if len(t1.Deps) != 1 || t1.Deps[0] != t1.IL {
		t.Errorf("tier1 deps = %v", t1.Deps)
	}
	if instr.State.Load() != runtime.VersionRetired || instr.CallsLeft.Load() != 0 {
		t.Error("instrumented version not retired")
	}
	for i := 0; i < 10; i++ {
		call(mg, m)
	}
	mg.Drain()
	if m.Entry.Load() != t1 || t1.CallsLeft.Load() != 0 {
		t.Error("tier1 is counted or replaced")
	}
	calls := fc.snapshot()
	if len(calls) != 2 || calls[0] != (compileCall{v0, runtime.Tier0Instrumented}) || calls[1] != (compileCall{instr, runtime.Tier1}) {
		t.Errorf("compilations = %v", calls)
	}
	if n := mg.Stats().Promotions.Load(); n != 2 {
		t.Errorf("Promotions = %d", n)
	}
	if mg.Stats().CompileNanos.Load() < 0 {
		t.Error("negative compile time")
	}
	wantStrings(t, "events", describe(eventsOf(mg, m)), []string{
		"created #1 tier0", "published #1 tier0",
		"queued #1 tier0",
		"created #2 tier0-instr", "published #2 tier0-instr", "retired #1 tier0",
		"queued #2 tier0-instr",
		"created #3 tier1", "published #3 tier1", "retired #2 tier0-instr",
	})
	evs := eventsOf(mg, m)
	// The fake compiler reports the method itself as inlined.
	if r := evs[3].Reason; r != "promoted from #1 (tier0) after 3 calls; inlines Test.C.M ()" {
		t.Errorf("promotion reason %q", r)
	}
	if r := evs[4].Reason; r != "background compiler" {
		t.Errorf("publication reason %q", r)
	}
}

func TestPromotionWithoutPGO(t *testing.T) {
	fc := &fakeCompiler{}
	cfg := noDelay(2)
	cfg.PGO = false
	mg := newManager(t, cfg, fc, nil)
	m := newMethod("M")
	v0 := firstCall(mg, m)
	call(mg, m)
	call(mg, m)
	mg.Drain()
	t1 := m.Entry.Load()
	if t1.Tier != runtime.Tier1 || t1.Code != codeFor(v0, runtime.Tier1) {
		t.Fatalf("entry is %v %v, want tier1 built from tier0", t1.ID, t1.Tier)
	}
	if n := t1.CallsLeft.Load(); n != 0 {
		t.Errorf("tier1 CallsLeft = %d", n)
	}
	if calls := fc.snapshot(); len(calls) != 1 || calls[0] != (compileCall{v0, runtime.Tier1}) {
		t.Errorf("compilations = %v", calls)
	}
	wantStrings(t, "events", describe(eventsOf(mg, m)), []string{
		"created #1 tier0", "published #1 tier0", "queued #1 tier0",
		"created #2 tier1", "published #2 tier1", "retired #1 tier0",
	})
}

func TestPromotionFailure(t *testing.T) {
	fc := &fakeCompiler{fail: errors.New("unsupported opcode")}
	mg := newManager(t, noDelay(1), fc, nil)
	m := newMethod("M")
	v0 := firstCall(mg, m)
	call(mg, m)
	mg.Drain()
	if m.Entry.Load() != v0 || v0.State.Load() != runtime.VersionActive {
		t.Fatal("a failed promotion changed the entry point")
	}
	if len(mg.Versions(m)) != 1 {
		t.Errorf("a failed promotion created a version: %d versions", len(mg.Versions(m)))
	}
	if n := mg.Stats().Failures.Load(); n != 1 {
		t.Errorf("Failures = %d", n)
	}
	evs := eventsOf(mg, m)
	wantStrings(t, "events", describe(evs), []string{
		"created #1 tier0", "published #1 tier0", "queued #1 tier0", "failed #1 tier0",
	})
	if r := evs[3].Reason; r != "tier0-instr: unsupported opcode" {
		t.Errorf("failure reason %q", r)
	}
	// The method keeps running tier 0 and is not promoted again.
	for i := 0; i < 5; i++ {
		call(mg, m)
	}
	mg.Drain()
	if fc.count.Load() != 1 {
		t.Errorf("%d compilations, want 1", fc.count.Load())
	}
}

func TestPromotionOfReplacedVersionIsSkipped(t *testing.T) {
	fc := &fakeCompiler{}
	mg := newManager(t, noDelay(1), fc, nil)
	m := newMethod("M")
	v0 := firstCall(mg, m)
	mg.Publish(mg.Create(m, runtime.Tier1, "t1", nil, ""), "")
	mg.CallCounted(v0) // a late count of the retired version
	mg.Drain()
	if n := fc.count.Load(); n != 0 {
		t.Errorf("a retired version was compiled (%d compilations)", n)
	}
	if m.Entry.Load().Tier != runtime.Tier1 {
		t.Error("entry changed")
	}
}

func TestDrainWithoutWork(t *testing.T) {
	mg := newManager(t, DefaultConfig(), nil, nil)
	done := make(chan struct{})
	go func() { mg.Drain(); close(done) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("Drain of an idle manager does not return")
	}
}

// TestDrainBusyQueue drains while the compiler works through a long queue:
// the worker's bookkeeping must let Drain return once everything is built.
func TestDrainBusyQueue(t *testing.T) {
	for round := 0; round < 20; round++ {
		fc := &fakeCompiler{}
		cfg := noDelay(1)
		cfg.PGO = false
		mg := New(cfg, fc.compile, nil)
		ms := make([]*runtime.Method, 200)
		for i := range ms {
			ms[i] = newMethod(fmt.Sprint("M", i))
			firstCall(mg, ms[i])
		}
		for _, m := range ms {
			call(mg, m)
		}
		panicked := func() (p any) {
			defer func() { p = recover() }()
			mg.Drain()
			return nil
		}()
		mg.Close()
		if panicked != nil {
			t.Fatalf("round %d: Drain panicked: %v", round, panicked)
		}
		for _, m := range ms {
			if m.Entry.Load().Tier != runtime.Tier1 {
				t.Fatalf("round %d: Drain returned before %s was promoted", round, m.Name)
			}
		}
	}
}

// workerGoroutines counts the goroutines running a manager's background
// compiler.
func workerGoroutines() int {
	buf := make([]byte, 1<<20)
	for {
		n := goruntime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	return strings.Count(string(buf), "versions.(*Manager).worker(")
}

func TestCloseStopsWorker(t *testing.T) {
	waitFor(t, "workers of earlier tests to stop", 5*time.Second, func() bool { return workerGoroutines() == 0 })
	gate := make(chan struct{})
	fc := &fakeCompiler{gate: gate}
	cfg := noDelay(1)
	cfg.PGO = false
	mg := New(cfg, fc.compile, nil)
	a, b := newMethod("A"), newMethod("B")
	firstCall(mg, a)
	vb := firstCall(mg, b)
	call(mg, a)
	waitFor(t, "the compiler to start on A", 5*time.Second, func() bool { return fc.count.Load() == 1 })
	if n := workerGoroutines(); n != 1 {
		t.Fatalf("%d worker goroutines while compiling, want 1", n)
	}
	call(mg, b) // queued behind A
	// Close drops the queue and waits for the compilation in progress:
	// it must still be blocked while A's build is held at the gate.
	closed := make(chan struct{})
	go func() {
		mg.Close()
		mg.Close() // idempotent
		close(closed)
	}()
	select {
	case <-closed:
		t.Fatal("Close returned while a version was being built")
	case <-time.After(20 * time.Millisecond):
	}
	close(gate)
	select {
	case <-closed:
	case <-time.After(5 * time.Second):
		t.Fatal("Close does not return after the build in progress ended")
	}
	// The build in progress was finished and published before Close
	// returned.
	if cv := a.Entry.Load(); cv.Tier != runtime.Tier1 {
		t.Errorf("A's entry is %v after Close, want the tier1 built during Close", cv.Tier)
	}
	waitFor(t, "the worker to exit after Close", 5*time.Second, func() bool { return workerGoroutines() == 0 })
	if n := fc.count.Load(); n != 1 {
		t.Errorf("%d compilations after Close, want 1 (the one in progress)", n)
	}
	if b.Entry.Load() != vb {
		t.Error("a version queued before Close was promoted after it")
	}
	// Work after Close is dropped and starts no goroutine.
	mg.CallCounted(vb)
	c := newMethod("C")
	firstCall(mg, c)
	call(mg, c)
	mg.Drain() // returns at once: the queue of a closed manager is dropped
	if n := workerGoroutines(); n != 0 {
		t.Errorf("%d worker goroutines after enqueueing on a closed manager", n)
	}
	if n := fc.count.Load(); n != 1 {
		t.Errorf("%d compilations, want 1", n)
	}
	// Closing a manager whose worker never started is fine too.
	idle := New(DefaultConfig(), fc.compile, nil)
	idle.Close()
	idle.CallCounted(vb)
	if n := workerGoroutines(); n != 0 {
		t.Errorf("%d worker goroutines after enqueueing on a closed idle manager", n)
	}
}

// TestConcurrentPublishCreate creates and publishes versions from many
// goroutines while others run the call path's loads and query the
// manager. Under -race it checks that publication is race-free; afterwards
// the trees and the event stream must be consistent.
func TestConcurrentPublishCreate(t *testing.T) {
	var trace bytes.Buffer // written only under the manager's event lock
	mg := newManager(t, DefaultConfig(), nil, &trace)
	const nMethods, writers, perWriter = 5, 8, 150
	ms := make([]*runtime.Method, nMethods)
	for i := range ms {
		ms[i] = newMethod(fmt.Sprint("M", i))
	}
	tiers := []runtime.Tier{runtime.Tier0, runtime.Tier0Instrumented, runtime.Tier1, runtime.Tier1OSR}
	var writersWG, readersWG sync.WaitGroup
	var done atomic.Bool
	for w := 0; w < writers; w++ {
		writersWG.Add(1)
		go func(w int) {
			defer writersWG.Done()
			r := rand.New(rand.NewSource(int64(w)))
			for i := 0; i < perWriter; i++ {
				m := ms[r.Intn(nMethods)]
				tier := tiers[r.Intn(len(tiers))]
				cv := mg.Create(m, tier, fmt.Sprintf("w%d-%d", w, i), nil, "writer")
				cv.CallsLeft.Store(int32(r.Intn(3)))
				mg.Publish(cv, "writer")
			}
		}(w)
	}
	for rd := 0; rd < 4; rd++ {
		readersWG.Add(1)
		go func() {
			defer readersWG.Done()
			for !done.Load() {
				for _, m := range ms {
					cv := m.Entry.Load()
					if cv == nil {
						continue
					}
					if cv.Method != m || cv.Tier == runtime.Tier1OSR {
						t.Errorf("entry of %s is %v %v", m.Name, cv.Method.Name, cv.Tier)
						return
					}
					if _, ok := cv.Code.(string); !ok || cv.ID == 0 || cv.IL == nil {
						t.Errorf("entry of %s is incomplete: %+v", m.Name, cv)
						return
					}
					cv.State.Load()
					if cv.CallsLeft.Load() > 0 {
						cv.CallsLeft.Add(-1)
					}
				}
			}
		}()
	}
	readersWG.Add(1)
	go func() {
		defer readersWG.Done()
		for !done.Load() {
			mg.Events()
			for _, m := range ms {
				mg.Versions(m)
				mg.ILVersion(m)
			}
			mg.WriteStats(io.Discard)
		}
	}()
	writersWG.Wait()
	done.Store(true)
	readersWG.Wait()

	total := 0
	for _, m := range ms {
		vs := mg.Versions(m)
		total += len(vs)
		entry := m.Entry.Load()
		if entry == nil || entry.State.Load() != runtime.VersionActive {
			t.Errorf("%s: entry %v is not active", m.Name, entry)
		}
		active := 0
		for i, cv := range vs {
			if i > 0 && cv.ID <= vs[i-1].ID {
				t.Errorf("%s: versions out of order", m.Name)
			}
			st := cv.State.Load()
			if cv.Tier == runtime.Tier1OSR {
				if st != runtime.VersionActive {
					t.Errorf("%s: OSR version #%d state %d", m.Name, cv.ID, st)
				}
				continue
			}
			switch st {
			case runtime.VersionActive:
				active++
				if cv != entry {
					t.Errorf("%s: #%d is active but not the entry", m.Name, cv.ID)
				}
			case runtime.VersionRetired:
				// (A reader may decrement once more after retirement
				// zeroed the count: below zero is "not counting".)
				if cv.CallsLeft.Load() > 0 {
					t.Errorf("%s: retired #%d still counting", m.Name, cv.ID)
				}
			case runtime.VersionAbandoned:
			default:
				t.Errorf("%s: #%d left in state %d", m.Name, cv.ID, st)
			}
		}
		if active != 1 {
			t.Errorf("%s: %d active versions", m.Name, active)
		}
		// In publication order, the tiers that reached the entry point
		// never go down (same IL version throughout).
		var last runtime.Tier
		for _, e := range eventsOf(mg, m) {
			if e.Kind == EvPublished && e.Version.Tier != runtime.Tier1OSR {
				if e.Version.Tier < last {
					t.Errorf("%s: %v published after %v", m.Name, e.Version.Tier, last)
				}
				last = e.Version.Tier
			}
		}
	}
	if total != writers*perWriter {
		t.Errorf("%d versions, want %d", total, writers*perWriter)
	}
	// Every version was created, then published or abandoned, exactly once.
	created, settled := map[*runtime.CodeVersion]int{}, map[*runtime.CodeVersion]int{}
	retired := 0
	for _, e := range mg.Events() {
		switch e.Kind {
		case EvCreated:
			created[e.Version]++
		case EvPublished, EvAbandoned:
			settled[e.Version]++
		case EvRetired:
			retired++
		}
	}
	for cv, n := range created {
		if n != 1 || settled[cv] != 1 {
			t.Errorf("#%d: created %d times, published/abandoned %d times", cv.ID, n, settled[cv])
		}
	}
	if int64(retired) != mg.Stats().Retired.Load() {
		t.Errorf("%d retire events, Stats.Retired %d", retired, mg.Stats().Retired.Load())
	}
	if lines := strings.Count(trace.String(), "\n"); lines != len(mg.Events()) {
		t.Errorf("trace has %d lines for %d events", lines, len(mg.Events()))
	}
}

// TestConcurrentCallPathPromotion runs the call path from many goroutines
// while the background compiler promotes: each counted version must be
// queued exactly once, and every method must end at tier 1.
func TestConcurrentCallPathPromotion(t *testing.T) {
	fc := &fakeCompiler{}
	const threshold, nMethods, callers = 50, 4, 8
	mg := newManager(t, noDelay(threshold), fc, nil)
	ms := make([]*runtime.Method, nMethods)
	for i := range ms {
		ms[i] = newMethod(fmt.Sprint("Hot", i))
		firstCall(mg, ms[i])
	}
	allTier1 := func() bool {
		for _, m := range ms {
			if m.Entry.Load().Tier != runtime.Tier1 {
				return false
			}
		}
		return true
	}
	deadline := time.Now().Add(20 * time.Second)
	var wg sync.WaitGroup
	var calls atomic.Int64
	for c := 0; c < callers; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			n := 0
			for !allTier1() && time.Now().Before(deadline) {
				for _, m := range ms {
					cv := call(mg, m)
					if _, ok := cv.Code.(string); !ok {
						t.Errorf("entry of %s has code %T", m.Name, cv.Code)
						return
					}
					n++
				}
			}
			calls.Add(int64(n))
		}()
	}
	wg.Wait()
	mg.Drain()
	if !allTier1() {
		t.Fatalf("not every method reached tier 1 after %d calls", calls.Load())
	}
	queued := map[*runtime.CodeVersion]int{}
	for _, e := range mg.Events() {
		if e.Kind == EvQueued {
			queued[e.Version]++
		}
	}
	for _, m := range ms {
		vs := mg.Versions(m)
		var got []string
		for _, cv := range vs {
			got = append(got, cv.Tier.String())
		}
		wantStrings(t, m.Name+" versions", got, []string{"tier0", "tier0-instr", "tier1"})
		if queued[vs[0]] != 1 || queued[vs[1]] != 1 || queued[vs[2]] != 0 {
			t.Errorf("%s: queued %d/%d/%d times, want 1/1/0", m.Name, queued[vs[0]], queued[vs[1]], queued[vs[2]])
		}
		if m.Entry.Load() != vs[2] || vs[2].State.Load() != runtime.VersionActive {
			t.Errorf("%s: final entry is not the active tier1", m.Name)
		}
		for _, cv := range vs[:2] {
			if cv.State.Load() != runtime.VersionRetired || cv.CallsLeft.Load() > 0 {
				t.Errorf("%s: #%d state %d CallsLeft %d", m.Name, cv.ID, cv.State.Load(), cv.CallsLeft.Load())
			}
		}
	}
	if n := mg.Stats().Promotions.Load(); n != 2*nMethods {
		t.Errorf("Promotions = %d, want %d", n, 2*nMethods)
	}
	if n := fc.count.Load(); n != 2*nMethods {
		t.Errorf("%d compilations, want %d", n, 2*nMethods)
	}
}

func TestWriteStats(t *testing.T) {
	fc := &fakeCompiler{}
	mg := newManager(t, noDelay(1), fc, nil)
	hot, cold, failing := newMethod("Hot"), newMethod("Cold"), newMethod("Failing")
	firstCall(mg, hot)
	firstCall(mg, cold)
	call(mg, hot) // -> tier0-instr
	mg.Drain()
	call(mg, hot) // -> tier1
	mg.Drain()
	fc.mu.Lock()
	fc.fail = errors.New("nope")
	fc.mu.Unlock()
	firstCall(mg, failing)
	call(mg, failing)
	mg.Drain()
	osr := mg.Create(cold, runtime.Tier1OSR, nil, nil, "")
	mg.Publish(osr, "")
	mg.OSREntered(osr, cold.Entry.Load(), 5, 0)

	var b bytes.Buffer
	mg.WriteStats(&b)
	out := b.String()
	for _, re := range []string{
		`^strata stats:\n`,
		`\n  versions created tier0: +3\n`,
		`\n  versions created tier0-instr: +1\n`,
		`\n  versions created tier1: +1\n`,
		`\n  versions created tier1-osr: +1\n`,
		`\n  versions published +6\n`,
		`\n  versions retired +2\n`,
		`\n  promotions queued +3\n`,
		`\n  OSR transitions +1\n`,
		`\n  compilation failures +1\n`,
		`\n  background compile time +[0-9]+\.[0-9] ms\n`,
		`\n  methods now at tier0: +2\n  methods now at tier1: +1\n$`,
	} {
		if !regexp.MustCompile(re).MatchString(out) {
			t.Errorf("stats do not match %q:\n%s", re, out)
		}
	}
}

// TestPublishTwiceAndCountAfterClose checks two edges: publishing the
// version already published changes nothing (no retirement of itself, no
// events), and a version reaching its call count after the manager is
// closed is neither queued nor reported.
func TestPublishTwiceAndCountAfterClose(t *testing.T) {
	mg := newManager(t, DefaultConfig(), nil, nil)
	m := newMethod("M")
	v := mg.Create(m, runtime.Tier0, "v", nil, "")
	mg.Publish(v, "first")
	mg.Publish(v, "again")
	if m.Entry.Load() != v || v.State.Load() != runtime.VersionActive {
		t.Fatalf("after publishing twice: entry %v, state %d", m.Entry.Load(), v.State.Load())
	}
	if p, r := mg.Stats().Published.Load(), mg.Stats().Retired.Load(); p != 1 || r != 0 {
		t.Errorf("Published %d Retired %d, want 1 and 0", p, r)
	}
	mg.Close()
	mg.CallCounted(v)
	if n := mg.Stats().Promotions.Load(); n != 0 {
		t.Errorf("Promotions %d after Close, want 0", n)
	}
	wantStrings(t, "events", describe(eventsOf(mg, m)), []string{"created #1 tier0", "published #1 tier0"})
}
