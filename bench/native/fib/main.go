// Command fib is the native Go version of bench/src/fib.cs: naive doubly
// recursive Fibonacci (call overhead, integer arithmetic).
// Size: N = 38 (first command-line argument overrides). Prints fib(N).
package main

import (
	"fmt"
	"os"
	"strconv"
)

func f(n int32) int32 {
	if n < 2 {
		return n
	}
	return f(n-1) + f(n-2)
}

func main() {
	n := 38
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "fib:", err)
			os.Exit(2)
		}
	}
	fmt.Printf("fib(%d) = %d\n", n, f(int32(n)))
}
