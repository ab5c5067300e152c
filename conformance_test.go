package strata_test

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/strata-runtime/strata"
)

// The conformance corpus: every program in testdata/cs (C#, compiled by
// mcs) and testdata/il (hand-written IL, assembled by ilasm) is committed
// with its compiled assembly and mono's stdout (.out) and exit code
// (.exit). The test runs each assembly on Strata and compares both.
//
// testdata/pending.txt lists programs Strata does not run correctly yet;
// they are reported as skipped with that reason, and the test fails if a
// pending program starts passing (so the list stays true).

type program struct {
	name, dir string
	exe       string
	args      []string
	stdin     []byte
	wantOut   []byte
	wantExit  int
}

func corpus(t *testing.T) []program {
	var progs []program
	for _, dir := range []string{"testdata/cs", "testdata/il"} {
		exes, _ := filepath.Glob(filepath.Join(dir, "*.exe"))
		for _, exe := range exes {
			base := strings.TrimSuffix(exe, ".exe")
			out, err := os.ReadFile(base + ".out")
			if err != nil {
				continue
			}
			p := program{name: filepath.Base(dir) + "/" + filepath.Base(base), dir: dir, exe: exe, wantOut: out}
			if b, err := os.ReadFile(base + ".exit"); err == nil {
				p.wantExit, _ = strconv.Atoi(strings.TrimSpace(string(b)))
			}
			if b, err := os.ReadFile(base + ".args"); err == nil {
				p.args = strings.Fields(string(b))
			}
			if b, err := os.ReadFile(base + ".in"); err == nil {
				p.stdin = b
			}
			progs = append(progs, p)
		}
	}
	return progs
}

func pendingList(t *testing.T) map[string]string {
	m := map[string]string{}
	f, err := os.Open("testdata/pending.txt")
	if err != nil {
		return m
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, reason, _ := strings.Cut(line, " ")
		m[name] = strings.TrimSpace(reason)
	}
	return m
}

// runStrata runs an assembly in-process and returns stdout and exit code.
func init() {
	// Verify the tier-1 IR after every optimisation pass.
	os.Setenv("STRATA_VERIFY_IR", "1")
}

// failedVersion returns the first "failed" line of a version trace.
func failedVersion(trace string) string {
	for _, line := range strings.Split(trace, "\n") {
		if strings.Contains(line, "] failed ") {
			return line
		}
	}
	return ""
}

func runStrata(exe string, args []string, stdin []byte, timeout time.Duration, tiering []string) (out []byte, code int, err error) {
	var stdout, stderr, trace bytes.Buffer
	rt, err := strata.New(strata.Config{Stdout: &stdout, Stderr: &stderr, Stdin: bytes.NewReader(stdin),
		Tiering: tiering, TraceVersions: &trace})
	if err != nil {
		return nil, 0, err
	}
	// Every optimised version must build: a failure (the IR verifier
	// included, see init) fails the program.
	defer func() {
		rt.Close()
		if e := failedVersion(trace.String()); e != "" && err == nil {
			err = fmt.Errorf("a code version failed to build: %s", e)
		}
	}()
	asm, err := rt.Load(exe)
	if err != nil {
		return nil, 0, err
	}
	type result struct {
		code int
		err  error
	}
	done := make(chan result, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- result{2, fmt.Errorf("panic: %v", r)}
			}
		}()
		code, err := rt.RunMain(asm, args)
		done <- result{code, err}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return stdout.Bytes(), r.code, fmt.Errorf("%v (stderr: %s)", r.err, stderr.String())
		}
		return stdout.Bytes(), r.code, nil
	case <-time.After(timeout):
		return nil, 0, fmt.Errorf("timed out after %v", timeout)
	}
}

// tieringModes are the configurations the corpus runs under: the default
// tiering, tier 0 only, "tiering stress" (every method promoted on its
// first call, no delay), "OSR stress" (methods stay at tier 0 and every
// loop moves to optimised code at its first back-edge), and tier 1 only
// (every method compiled by tier 1 before its first call: promotion in the
// stress mode is asynchronous, so a method called a few times may finish
// before its tier-1 code is published).
var tieringModes = []struct {
	name  string
	flags []string
}{
	{"default", nil},
	{"tier0", []string{"--tier0-only"}},
	{"stress", []string{"--tc-threshold=1", "--tc-delay-ms=0"}},
	{"osr", []string{"--osr-threshold=1", "--tc-threshold=1000000000", "--tc-delay-ms=0"}},
	{"tier1", []string{"--tiered=false"}},
}

// modes returns the tiering modes selected by STRATA_TEST_MODES (a comma
// list of names; default all).
func modes(t *testing.T) []int {
	sel := os.Getenv("STRATA_TEST_MODES")
	var idx []int
	for i, m := range tieringModes {
		if sel == "" || strings.Contains(","+sel+",", ","+m.name+",") {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		t.Fatalf("STRATA_TEST_MODES=%q selects no mode", sel)
	}
	return idx
}

func TestConformance(t *testing.T) {
	for _, mi := range modes(t) {
		mode := tieringModes[mi]
		t.Run(mode.name, func(t *testing.T) { conformance(t, mode.flags) })
	}
}

func conformance(t *testing.T, tiering []string) {
	pending := pendingList(t)
	progs := corpus(t)
	if len(progs) == 0 {
		t.Fatal("no conformance programs found")
	}
	for _, p := range progs {
		p := p
		t.Run(p.name, func(t *testing.T) {
			t.Parallel()
			out, code, err := runStrata(p.exe, p.args, p.stdin, 60*time.Second, tiering)
			code &= 0xff // a process exit status is 8 bits
			ok := err == nil && bytes.Equal(out, p.wantOut) && code == p.wantExit
			if reason, isPending := pending[p.name]; isPending {
				if ok {
					t.Fatalf("%s passes but is listed in testdata/pending.txt; remove it from the list", p.name)
				}
				t.Skipf("pending: %s", reason)
			}
			if err != nil {
				t.Fatalf("run: %v", err)
			}
			if code != p.wantExit {
				t.Errorf("exit code %d, want %d", code, p.wantExit)
			}
			if !bytes.Equal(out, p.wantOut) {
				t.Errorf("stdout differs:\n%s", diffLines(p.wantOut, out))
			}
		})
	}
}

// TestDifferential recompiles every source with mcs/ilasm and compares
// Strata with mono on the fresh assemblies. It needs Mono, so it runs only
// when STRATA_DIFFERENTIAL=1 (CI installs Mono and sets it).
func TestDifferential(t *testing.T) {
	if os.Getenv("STRATA_DIFFERENTIAL") != "1" {
		t.Skip("set STRATA_DIFFERENTIAL=1 (needs mono, mcs, ilasm)")
	}
	pending := pendingList(t)
	ms := modes(t)
	tmp := t.TempDir()
	for _, p := range corpus(t) {
		p := p
		t.Run(p.name, func(t *testing.T) {
			if _, isPending := pending[p.name]; isPending {
				t.Skipf("pending: %s", pending[p.name])
			}
			base := strings.TrimSuffix(p.exe, ".exe")
			exe := filepath.Join(tmp, strings.ReplaceAll(p.name, "/", "_")+".exe")
			var cmd *exec.Cmd
			if src := base + ".cs"; fileExists(src) {
				args := []string{"-out:" + exe}
				if first, _ := firstLine(src); strings.HasPrefix(first, "// mcs-flags:") {
					args = append(args, strings.Fields(strings.TrimPrefix(first, "// mcs-flags:"))...)
				}
				cmd = exec.Command("mcs", append(args, src)...)
			} else {
				cmd = exec.Command("ilasm", "/output:"+exe, base+".il")
			}
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("compile: %v\n%s", err, out)
			}
			mono := exec.Command("mono", append([]string{exe}, p.args...)...)
			mono.Stdin = bytes.NewReader(p.stdin)
			var monoOut bytes.Buffer
			mono.Stdout = &monoOut
			monoCode := 0
			if err := mono.Run(); err != nil {
				if ee, ok := err.(*exec.ExitError); ok {
					monoCode = ee.ExitCode()
				} else {
					t.Fatalf("mono: %v", err)
				}
			}
			// Each assembly is compiled and run on mono once, and on Strata
			// in every tiering mode.
			for _, mi := range ms {
				mode := tieringModes[mi]
				out, code, err := runStrata(exe, p.args, p.stdin, 60*time.Second, mode.flags)
				if err != nil {
					t.Errorf("%s: strata: %v", mode.name, err)
					continue
				}
				code &= 0xff
				if code != monoCode {
					t.Errorf("%s: exit code %d, mono %d", mode.name, code, monoCode)
				}
				if !bytes.Equal(out, monoOut.Bytes()) {
					t.Errorf("%s: stdout differs from mono:\n%s", mode.name, diffLines(monoOut.Bytes(), out))
				}
			}
		})
	}
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func firstLine(p string) (string, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return "", err
	}
	line, _, _ := strings.Cut(string(b), "\n")
	return strings.TrimSpace(line), nil
}

// diffLines shows the first differing line with a little context.
func diffLines(want, got []byte) string {
	w := strings.Split(string(want), "\n")
	g := strings.Split(string(got), "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl || i >= len(w) || i >= len(g) {
			return fmt.Sprintf("line %d:\n  want %q\n  got  %q\n(want %d lines, got %d)", i+1, wl, gl, len(w), len(g))
		}
	}
	return "(identical lines; trailing bytes differ)"
}
