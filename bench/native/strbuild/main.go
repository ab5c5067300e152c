// Command strbuild is the native Go version of bench/src/strbuild.cs:
// strings.Builder appends of ints, bytes and strings, plus string
// concatenation, slicing and strings.Index (string handling, allocation).
// Size: N = 500000 (first argument overrides). Prints lengths and a hash.
//
// The text is ASCII, so hashing its bytes gives the same result as hashing
// the UTF-16 code units in C#. Substring becomes slicing, which in Go does
// not copy.
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func hash(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

func main() {
	n := 500000
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "strbuild:", err)
			os.Exit(2)
		}
	}
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString(strconv.Itoa(i))
		if i%3 == 0 {
			sb.WriteByte(',')
		} else {
			sb.WriteByte(';')
		}
		if i%10 == 0 {
			sb.WriteString("ten")
		}
	}
	big := sb.String()

	// many short concatenations
	var total int64
	var h uint32
	for i := 0; i < n/4; i++ {
		s := "item" + strconv.Itoa(i) + ":" + strconv.Itoa(i*7) + "/" + strconv.Itoa(i%13)
		if strings.Contains(s, "/1") {
			total += int64(len(s))
		}
		mid := s[2 : len(s)-2]
		h = h*31 + hash(mid)
	}

	// repeated concatenation of a growing string (quadratic, so kept short)
	acc := ""
	for i := 0; i < n/400; i++ {
		acc += string(rune('a' + i%26))
	}

	tens := 0
	for pos := strings.Index(big, "ten"); pos >= 0; {
		tens++
		next := strings.Index(big[pos+3:], "ten")
		if next < 0 {
			break
		}
		pos += 3 + next
	}

	fmt.Printf("length=%d hash=%d tens=%d\n", len(big), hash(big), tens)
	fmt.Printf("concat total=%d hash=%d acc=%d/%d\n", total, h, len(acc), hash(acc))
}
