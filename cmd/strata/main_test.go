package main

import (
	"bytes"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const sample = "../../testdata/cs/corlib_hello.exe"

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	done := make(chan int, 1)
	go func() { done <- run(args, strings.NewReader(""), &out, &errb) }()
	select {
	case code = <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("strata %v did not finish", args)
	}
	return code, out.String(), errb.String()
}

// A missing, truncated or corrupted assembly gives one line on stderr and
// exit code 2.
func TestBadAssemblies(t *testing.T) {
	good, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := map[string]string{
		"missing":    filepath.Join(dir, "nope.exe"),
		"empty":      write("empty.exe", nil),
		"text":       write("text.exe", []byte("this is not an assembly\n")),
		"truncated":  write("truncated.exe", good[:len(good)/3]),
		"headeronly": write("header.exe", good[:128]),
	}
	for name, path := range cases {
		for _, cmd := range []string{"run", "inspect"} {
			code, _, stderr := runCLI(t, cmd, path)
			if code != 2 {
				t.Errorf("%s %s: exit code %d, want 2", cmd, name, code)
			}
			lines := strings.Split(strings.TrimRight(stderr, "\n"), "\n")
			if len(lines) != 1 || !strings.HasPrefix(lines[0], "strata: ") {
				t.Errorf("%s %s: stderr %q, want one 'strata: ' line", cmd, name, stderr)
			}
		}
	}
}

// Random corruption anywhere in an assembly never shows a Go panic: the
// result is a one-line load error, a managed exception, or a normal run.
func TestCorruptedAssemblies(t *testing.T) {
	good, err := os.ReadFile(sample)
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(1))
	dir := t.TempDir()
	for i := 0; i < 60; i++ {
		data := append([]byte(nil), good...)
		for k := 0; k < 1+rng.Intn(4); k++ {
			data[rng.Intn(len(data))] = byte(rng.Intn(256))
		}
		p := filepath.Join(dir, "c.exe")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, stderr := runCLI(t, "run", p)
		if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "panic:") {
			t.Fatalf("corruption %d produced a Go panic trace:\n%s", i, stderr)
		}
	}
}

func TestUsage(t *testing.T) {
	if code, _, stderr := runCLI(t); code != 2 || !strings.Contains(stderr, "usage") {
		t.Errorf("no arguments: code %d stderr %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "frobnicate"); code != 2 {
		t.Errorf("unknown command: code %d", code)
	}
	code, out, _ := runCLI(t, "run", sample)
	if code != 0 || !strings.HasPrefix(out, "Hello, World!\n") {
		t.Errorf("run sample: code %d, output %q", code, out)
	}
}
