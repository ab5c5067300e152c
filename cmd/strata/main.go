// Command strata runs .NET programs on the Strata runtime.
//
//	strata run PROGRAM.exe [args...]   run a program; exits with its exit code
//	strata inspect FILE                dump headers, metadata tables and IL
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"

	"github.com/strata-runtime/strata"
	"github.com/strata-runtime/strata/internal/inspect"
)

const usage = `usage:
  strata run PROGRAM.exe [args...]
  strata inspect FILE
`

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) < 1 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		if len(args) < 2 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		return runProgram(args[1], args[2:], stdin, stdout, stderr)
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

func runProgram(path string, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if prof := os.Getenv("STRATA_CPUPROFILE"); prof != "" {
		if f, err := os.Create(prof); err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	rt, err := strata.New(strata.Config{Stdin: stdin, Stdout: stdout, Stderr: stderr})
	if err != nil {
		fmt.Fprintf(stderr, "strata: %v\n", err)
		return 2
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
