// Command spectralnorm is the native Go version of bench/src/spectralnorm.cs:
// power method for the spectral norm of an infinite matrix (double
// arithmetic, nested loops over arrays, function calls).
// Size: N = 1000 (first argument overrides). Prints the norm to 9 decimals.
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

func a(i, j int32) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

func multiplyAv(v, av []float64) {
	for i := range v {
		sum := 0.0
		for j := range v {
			sum += a(int32(i), int32(j)) * v[j]
		}
		av[i] = sum
	}
}

func multiplyAtv(v, atv []float64) {
	for i := range v {
		sum := 0.0
		for j := range v {
			sum += a(int32(j), int32(i)) * v[j]
		}
		atv[i] = sum
	}
}

func multiplyAtAv(v, tmp, atav []float64) {
	multiplyAv(v, tmp)
	multiplyAtv(tmp, atav)
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "spectralnorm:", err)
			os.Exit(2)
		}
	}
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		multiplyAtAv(u, tmp, v)
		multiplyAtAv(v, tmp, u)
	}
	var vBv, vv float64
	for i := 0; i < n; i++ {
		vBv += u[i] * v[i]
		vv += v[i] * v[i]
	}
	fmt.Printf("%.9f\n", math.Sqrt(vBv/vv))
}
