package runtime

import (
	"sync"
	"testing"
	"time"
)

func TestMonitorMutualExclusion(t *testing.T) {
	o := &Object{}
	counter := 0
	var wg sync.WaitGroup
	for id := uint64(1); id <= 8; id++ {
		wg.Add(1)
		go func(id uint64) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				s := o.SyncBlockOf()
				s.Enter(id)
				s.Enter(id) // re-entrant
				counter++
				if !s.Exit(id) || !s.Exit(id) {
					t.Error("exit failed")
				}
			}
		}(id)
	}
	wg.Wait()
	if counter != 8000 {
		t.Fatalf("counter = %d, want 8000", counter)
	}
}

func TestMonitorWaitPulse(t *testing.T) {
	o := &Object{}
	s := o.SyncBlockOf()
	ready := make(chan struct{})
	done := make(chan bool)
	go func() {
		s.Enter(2)
		close(ready)
		pulsed, ok := s.Wait(2, -1)
		s.Exit(2)
		done <- pulsed && ok
	}()
	<-ready
	// Wait releases the monitor, so thread 1 can take it and pulse.
	for !s.TryEnter(1, 10*time.Millisecond) {
	}
	if !s.Pulse(1, false) {
		t.Fatal("pulse by owner failed")
	}
	s.Exit(1)
	if !<-done {
		t.Fatal("waiter was not pulsed")
	}
	if s.Exit(3) {
		t.Fatal("exit by a non-owner succeeded")
	}
}

func TestMonitorWaitTimeout(t *testing.T) {
	s := (&Object{}).SyncBlockOf()
	s.Enter(1)
	pulsed, ok := s.Wait(1, 5*time.Millisecond)
	if !ok || pulsed {
		t.Fatalf("Wait = %v, %v; want timeout", pulsed, ok)
	}
	if !s.IsHeldBy(1) {
		t.Fatal("monitor not re-acquired after timeout")
	}
}
