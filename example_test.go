package strata_test

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/strata-runtime/strata"
)

// Run a program compiled by mcs and capture its output.
func Example() {
	var out bytes.Buffer
	rt, err := strata.New(strata.Config{Stdout: &out, Stdin: strings.NewReader("")})
	if err != nil {
		fmt.Println(err)
		return
	}
	asm, err := rt.Load("testdata/cs/corlib_hello.exe")
	if err != nil {
		fmt.Println(err)
		return
	}
	code, err := rt.RunMain(asm, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	first, _, _ := strings.Cut(out.String(), "\n")
	fmt.Println(first)
	fmt.Println("exit code", code)
	// Output:
	// Hello, World!
	// exit code 0
}

// A missing or malformed assembly is an error, not a crash.
func ExampleRuntime_Load_error() {
	rt, _ := strata.New(strata.Config{})
	_, err := rt.Load("testdata/pending.txt")
	fmt.Println(err != nil)
	// Output:
	// true
}
