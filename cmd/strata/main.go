// Command strata runs .NET programs on the Strata runtime.
//
//	strata run PROGRAM.exe [args...]   run a program; exits with its exit code
//	strata inspect FILE                dump headers, metadata tables and IL
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"github.com/strata-runtime/strata"
	"github.com/strata-runtime/strata/internal/inspect"
)

var usage = `usage:
  strata run [options] PROGRAM.exe [args...]
  strata inspect FILE

run options:
  --trace-versions       print every code version event (created, published,
                         retired, OSR) to stderr as it happens
  --stats                print code versioning counters to stderr at exit
` + strata.TieringHelp()

// gcPercent is the collector's heap growth target when GOGC is not set.
// Managed programs allocate many small objects; at Go's default of 100 the
// collector runs about twice as often for a heap that is at most a third
// smaller, which costs allocation-heavy programs 10-20% of their time.
const gcPercent = 200

func main() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) < 1 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		var o runOptions
		i := 1
		for ; i < len(args) && strings.HasPrefix(args[i], "--"); i++ {
			switch a := args[i]; {
			case a == "--trace-versions":
				o.trace = true
			case a == "--stats":
				o.stats = true
			case strata.TieringFlag(a):
				o.tiering = append(o.tiering, a)
			default:
				fmt.Fprintf(stderr, "strata: unknown option %s\n%s", a, usage)
				return 2
			}
		}
		if i >= len(args) {
			fmt.Fprint(stderr, usage)
			return 2
		}
		return runProgram(args[i], args[i+1:], o, stdin, stdout, stderr)
	case "inspect":
		if len(args) != 2 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		if err := inspect.Dump(stdout, args[1]); err != nil {
			fmt.Fprintf(stderr, "strata: %v\n", err)
			return 2
		}
		return 0
	case "-h", "--help", "help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "strata: unknown command %q\n%s", args[0], usage)
	return 2
}

type runOptions struct {
	trace, stats bool
	tiering      []string
}

func runProgram(path string, args []string, o runOptions, stdin io.Reader, stdout, stderr io.Writer) int {
	if prof := os.Getenv("STRATA_CPUPROFILE"); prof != "" {
		if f, err := os.Create(prof); err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	cfg := strata.Config{Stdin: stdin, Stdout: stdout, Stderr: stderr, Tiering: o.tiering}
	if o.trace {
		cfg.TraceVersions = stderr
	}
	rt, err := strata.New(cfg)
	if err != nil {
		fmt.Fprintf(stderr, "strata: %v\n", err)
		return 2
	}
	defer rt.Close()
	if o.stats {
		defer rt.WriteStats(stderr)
	}
	asm, err := rt.Load(path)
	if err != nil {
		fmt.Fprintf(stderr, "strata: %v\n", err)
		return 2
	}
	code, err := rt.RunMain(asm, args)
	if err != nil {
		fmt.Fprintf(stderr, "strata: %v\n", err)
		return 2
	}
	return code
}
