// Command loops is the native Go version of bench/src/loops.cs: nested
// integer loops with arithmetic, branches and a local array (loop overhead,
// locals, integer ops).
// Size: N = 2000 (first argument overrides); the inner body runs N*N*8 times.
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	n := 2000
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "loops:", err)
			os.Exit(2)
		}
	}
	n32 := int32(n)
	var counts [16]int32
	var sum int64
	h := uint32(2166136261)
	for i := int32(0); i < n32; i++ {
		for j := int32(0); j < n32; j++ {
			for k := int32(0); k < 8; k++ {
				v := (i*31 + j*17 + k) ^ (i >> 3)
				if v&1 == 0 {
					sum += int64(v)
				} else {
					sum -= int64(v >> 1)
				}
				counts[v&15]++
				h = (h ^ uint32(v)) * 16777619
			}
		}
	}
	var c int64
	for _, x := range counts {
		c = c*31 + int64(x)
	}
	fmt.Printf("loops n=%d sum=%d hash=%d counts=%d\n", n, sum, h, c)
}
