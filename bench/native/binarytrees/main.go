// Command binarytrees is the native Go version of bench/src/binarytrees.cs:
// allocate and walk many short-lived binary trees (GC and allocation
// throughput). Size: max depth N = 16 (first argument overrides).
package main

import (
	"fmt"
	"os"
	"strconv"
)

type treeNode struct {
	left, right *treeNode
}

func bottom(depth int) *treeNode {
	if depth > 0 {
		return &treeNode{bottom(depth - 1), bottom(depth - 1)}
	}
	return &treeNode{nil, nil}
}

func (t *treeNode) check() int {
	if t.left == nil {
		return 1
	}
	return 1 + t.left.check() + t.right.check()
}

func main() {
	n := 16
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "binarytrees:", err)
			os.Exit(2)
		}
	}
	const minDepth = 4
	maxDepth := max(minDepth+2, n)
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, bottom(stretch).check())
	longLived := bottom(maxDepth)
	for depth := minDepth; depth <= maxDepth; depth += 2 {
		iterations := 1 << (maxDepth - depth + minDepth)
		check := 0
		for i := 0; i < iterations; i++ {
			check += bottom(depth).check()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, longLived.check())
}
