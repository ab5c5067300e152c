// Command sieve is the native Go version of bench/src/sieve.cs: sieve of
// Eratosthenes over a bool array, repeated (array stores, loops).
// Size: limit N = 10000000 (first argument overrides), 3 passes.
// Prints the number of primes below N and the sum of the last ten.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func count(composite []bool, limit int) int {
	clear(composite)
	count := 0
	for i := 2; i < limit; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := int64(i) * int64(i); j < int64(limit); j += int64(i) {
			composite[j] = true
		}
	}
	return count
}

func main() {
	limit := 10000000
	if len(os.Args) > 1 {
		var err error
		if limit, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "sieve:", err)
			os.Exit(2)
		}
	}
	composite := make([]bool, limit)
	n := 0
	for pass := 0; pass < 3; pass++ {
		n = count(composite, limit)
	}
	var tail int64
	found := 0
	for i := limit - 1; i >= 2 && found < 10; i-- {
		if !composite[i] {
			tail += int64(i)
			found++
		}
	}
	fmt.Printf("primes below %d: %d, last ten sum %d\n", limit, n, tail)
}
