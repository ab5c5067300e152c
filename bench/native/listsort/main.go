// Command listsort is the native Go version of bench/src/listsort.cs: build
// a slice of pointers to records and sort it several times, with comparison
// functions, with comparer objects and with a multi-key comparer (indirect
// calls from the sort, object field access).
// Size: N = 100000 records (first argument overrides). Prints checksums.
//
// List<Person> becomes a growable []*person and List.Sort (an unstable
// introsort) becomes slices.SortFunc (an unstable pattern-defeating
// quicksort); every ordering has the id as its last key, so the result does
// not depend on the sort's stability. The IComparer<Person> classes become
// types with a Compare method, passed to the sort as method values.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
)

type person struct {
	name  string
	age   int
	score float64
	id    int
}

type byScoreDescending struct{}

func (byScoreDescending) Compare(a, b *person) int {
	if c := cmp.Compare(b.score, a.score); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

type byAgeThenName struct{}

func (byAgeThenName) Compare(a, b *person) int {
	if a.age != b.age {
		if a.age < b.age {
			return -1
		}
		return 1
	}
	if c := strings.Compare(a.name, b.name); c != 0 {
		return c
	}
	return a.id - b.id
}

func checksum(list []*person) int64 {
	h := int64(17)
	for _, p := range list {
		h = h*31 + int64(p.id)
	}
	return h
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "listsort:", err)
			os.Exit(2)
		}
	}
	first := []string{"Ada", "Bo", "Cy", "Di", "Ed", "Flo", "Gus", "Hal", "Ivy", "Jo"}
	people := make([]*person, 0, n)
	seed := uint32(42)
	for i := 0; i < n; i++ {
		seed = seed*1664525 + 1013904223
		people = append(people, &person{
			id:    i,
			name:  first[(seed>>8)%10] + strconv.FormatUint(uint64((seed>>20)%100), 10),
			age:   int((seed >> 4) % 90),
			score: float64((seed>>12)%100000) / 100.0,
		})
	}

	byID := slices.Clone(people)
	slices.SortFunc(byID, func(a, b *person) int { return cmp.Compare(a.id, b.id) })

	list := slices.Clone(people)
	slices.SortFunc(list, func(a, b *person) int {
		if a.age != b.age {
			return a.age - b.age
		}
		return a.id - b.id
	})
	fmt.Printf("by age: %d first=%s last=%s\n", checksum(list), list[0].name, list[n-1].name)

	slices.SortFunc(list, byScoreDescending{}.Compare)
	fmt.Printf("by score: %d top=%.2f\n", checksum(list), list[0].score)

	slices.SortFunc(list, byAgeThenName{}.Compare)
	fmt.Printf("by age+name: %d first=%s\n", checksum(list), list[0].name)

	slices.Reverse(list)
	slices.SortFunc(list, func(a, b *person) int {
		if strings.Compare(a.name, b.name) != 0 {
			return strings.Compare(a.name, b.name)
		}
		return cmp.Compare(a.id, b.id)
	})
	fmt.Printf("by name: %d ids=%d\n", checksum(list), checksum(byID))
}
