// Command wordcount is the native Go version of bench/src/wordcount.cs: count
// words of a deterministic pseudo-random text with a map[string]int, then
// rank them (hashing, string keys, sorting).
// Size: N = 600000 words (first argument overrides). Prints the distinct
// count and the ten most frequent words.
//
// The text is ASCII, so testing bytes with unicode.IsLetter classifies it as
// char.IsLetter does the UTF-16 code units in C#. Substring becomes slicing,
// which in Go does not copy.
package main

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

type wordCount struct {
	word  string
	count int
}

func main() {
	n := 600000
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "wordcount:", err)
			os.Exit(2)
		}
	}
	syllables := []string{"ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "qu", "an", "el"}
	// Generate text with a linear congruential generator; word lengths and
	// syllables are skewed so that some words are much more frequent.
	var text strings.Builder
	seed := uint32(12345)
	for w := 0; w < n; w++ {
		seed = seed*1103515245 + 12345
		parts := 1 + int((seed>>16)%3)
		for p := 0; p < parts; p++ {
			seed = seed*1103515245 + 12345
			r := (seed >> 16) % 144
			text.WriteString(syllables[r*r/1728])
		}
		if w%17 == 16 {
			text.WriteString(".\n")
		} else {
			text.WriteString(" ")
		}
	}

	counts := make(map[string]int)
	s := text.String()
	start := -1
	for i := 0; i <= len(s); i++ {
		letter := i < len(s) && unicode.IsLetter(rune(s[i]))
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			counts[s[start:i]]++
			start = -1
		}
	}

	ranked := make([]wordCount, 0, len(counts))
	for w, c := range counts {
		ranked = append(ranked, wordCount{w, c})
	}
	slices.SortFunc(ranked, func(a, b wordCount) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.word, b.word)
	})
	fmt.Printf("words=%d distinct=%d\n", n, len(counts))
	for i := 0; i < 10 && i < len(ranked); i++ {
		fmt.Printf("%s %d\n", ranked[i].word, ranked[i].count)
	}
}
