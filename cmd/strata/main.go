// Command strata runs .NET programs on the Strata runtime.
//
//	strata run PROGRAM.exe [args...]   run a program; exits with its exit code
//	strata inspect FILE                dump headers, metadata tables and IL
package main

import (
	"fmt"
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
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	if len(args) < 1 {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	switch args[0] {
	case "run":
		if len(args) < 2 {
			fmt.Fprint(os.Stderr, usage)
			return 2
		}
		return runProgram(args[1], args[2:])
	case "inspect":
		if len(args) != 2 {
			fmt.Fprint(os.Stderr, usage)
			return 2
		}
		if err := inspect.Dump(os.Stdout, args[1]); err != nil {
			fmt.Fprintf(os.Stderr, "strata: %v\n", err)
			return 2
		}
		return 0
	case "-h", "--help", "help":
		fmt.Print(usage)
		return 0
	}
	fmt.Fprintf(os.Stderr, "strata: unknown command %q\n%s", args[0], usage)
	return 2
}

func runProgram(path string, args []string) int {
	if prof := os.Getenv("STRATA_CPUPROFILE"); prof != "" {
		if f, err := os.Create(prof); err == nil {
			pprof.StartCPUProfile(f)
			defer pprof.StopCPUProfile()
		}
	}
	rt, err := strata.New(strata.Config{})
	if err != nil {
		fmt.Fprintf(os.Stderr, "strata: %v\n", err)
		return 2
	}
	asm, err := rt.Load(path)
	if err != nil {
		fmt.Fprintf(os.Stderr, "strata: %v\n", err)
		return 2
	}
	code, err := rt.RunMain(asm, args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "strata: %v\n", err)
		return 2
	}
	return code
}
