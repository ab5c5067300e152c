// Package strata embeds the Strata .NET runtime in Go programs: load an
// ECMA-335 assembly (for example one compiled by mcs) and run it.
//
//	rt, err := strata.New(strata.Config{Stdout: os.Stdout})
//	asm, err := rt.Load("app.exe")
//	code, err := rt.RunMain(asm, os.Args[1:])
//
// Everything else lives in internal packages; see ARCHITECTURE.md.
package strata

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/strata-runtime/strata/internal/corlib"
	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
	"github.com/strata-runtime/strata/internal/versions"
)

// Config configures a Runtime. Zero values mean the process's standard
// streams and default limits.
type Config struct {
	Stdout io.Writer
	Stderr io.Writer
	Stdin  io.Reader
	// MaxFrames bounds the managed call depth per thread; deeper calls raise
	// StackOverflowException.
	MaxFrames int
	// Tiering are tiered-compilation options in their command-line form
	// ("--tier0-only", "--tc-threshold=1", ...; see README). They apply on
	// top of the STRATA_* environment variables, which apply on top of the
	// defaults.
	Tiering []string
	// TraceVersions, if not nil, receives one line per code version event
	// (created, published, retired, OSR, ...).
	TraceVersions io.Writer
}

// TieringFlag reports whether arg is a tiered-compilation option accepted
// in Config.Tiering.
func TieringFlag(arg string) bool {
	c := versions.DefaultConfig()
	ok, _ := c.ParseFlag(arg)
	return ok
}

// TieringHelp describes the tiered-compilation options.
func TieringHelp() string { return versions.FlagHelp() }

// Runtime is one isolated runtime instance with its own corlib, types and
// statics.
type Runtime struct {
	vm *engine.VM
}

// Assembly is a loaded assembly.
type Assembly struct {
	mod *runtime.Module
}

// New creates a runtime.
func New(cfg Config) (*Runtime, error) {
	if cfg.Stdout == nil {
		cfg.Stdout = os.Stdout
	}
	if cfg.Stderr == nil {
		cfg.Stderr = os.Stderr
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	corlib.Register()
	im, err := metadata.Load(corlib.Image())
	if err != nil {
		return nil, fmt.Errorf("corlib: %w", err)
	}
	l, err := runtime.NewLoader(im)
	if err != nil {
		return nil, err
	}
	tc := versions.DefaultConfig()
	if err := tc.ApplyEnv(os.Getenv); err != nil {
		return nil, err
	}
	for _, f := range cfg.Tiering {
		ok, err := tc.ParseFlag(f)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, fmt.Errorf("unknown tiering option %q", f)
		}
	}
	vm := engine.NewVM(l, cfg.Stdout, cfg.Stderr, cfg.Stdin, engine.Options{MaxFrames: cfg.MaxFrames,
		Tiering: &tc, TraceVersions: cfg.TraceVersions})
	return &Runtime{vm: vm}, nil
}

// Load loads an assembly file; assemblies it references are looked up in
// the same directory.
func (r *Runtime) Load(path string) (a *Assembly, err error) {
	defer func() {
		if p := recover(); p != nil {
			a, err = nil, fmt.Errorf("load %s: internal error: %v", path, p)
		}
	}()
	r.vm.L.AddSearchDir(filepath.Dir(path))
	m, err := r.vm.L.LoadFile(path)
	if err != nil {
		return nil, err
	}
	return &Assembly{mod: m}, nil
}

// RunMain runs the assembly's entry point with args and returns the exit
// code: Main's return value, the code passed to Environment.Exit, or 1
// after an unhandled exception (reported on Stderr as mono reports it).
func (r *Runtime) RunMain(a *Assembly, args []string) (int, error) {
	return r.vm.RunMain(a.mod, args)
}

// WriteStats writes the code versioning counters (versions created per
// tier, published, retired, OSR transitions, compile time).
func (r *Runtime) WriteStats(w io.Writer) { r.vm.Versions.WriteStats(w) }

// Close stops the runtime's background compiler.
func (r *Runtime) Close() { r.vm.Versions.Close() }
