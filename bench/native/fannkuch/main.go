// Command fannkuch is the native Go version of bench/src/fannkuch.cs:
// fannkuch-redux, permutations and prefix reversals on small int arrays
// (array indexing, tight loops). Size: N = 9, computed R = 5 times
// (arguments: N [R]). Prints the checksum and the maximum number of flips.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func run(n int) (checksum, maxFlips int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	permIndex, r := 0, n
	for {
		for r != 1 {
			count[r-1] = r
			r--
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			k2 := (k + 1) >> 1
			for i := 0; i < k2; i++ {
				perm[i], perm[k-i] = perm[k-i], perm[i]
			}
			flips++
		}
		maxFlips = max(maxFlips, flips)
		if permIndex&1 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// next permutation
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

func arg(i, def int) int {
	if len(os.Args) <= i {
		return def
	}
	v, err := strconv.Atoi(os.Args[i])
	if err != nil {
		fmt.Fprintln(os.Stderr, "fannkuch:", err)
		os.Exit(2)
	}
	return v
}

func main() {
	n := arg(1, 9)
	repeats := arg(2, 5)
	checksum, maxFlips := 0, 0
	for i := 0; i < repeats; i++ {
		var c int
		c, maxFlips = run(n)
		if i > 0 && c != checksum {
			fmt.Printf("inconsistent checksum %d\n", c)
		}
		checksum = c
	}
	fmt.Println(checksum)
	fmt.Printf("Pfannkuchen(%d) = %d\n", n, maxFlips)
}
