// Command iface is the native Go version of bench/src/iface.cs: interface
// method calls in a loop over several implementations (interface dispatch,
// polymorphic call sites, small objects).
// Size: N = 25000000 calls (first argument overrides). Prints a checksum.
//
// The C# abstract class ShapeBase with its virtual Weight method becomes the
// weighted interface (the `s as ShapeBase` test becomes a type assertion) and
// an embedded shapeBase struct that supplies the default Weight. Hexagon is a
// struct stored by value in the interface, as the boxed C# struct is.
package main

import (
	"fmt"
	"os"
	"strconv"
)

type shape interface {
	Area() float64
	Sides() int
}

type weighted interface {
	shape
	Weight() int
}

type shapeBase struct{}

func (shapeBase) Weight() int { return 1 }

type square struct {
	shapeBase
	side float64
}

func (s *square) Area() float64 { return s.side * s.side }
func (s *square) Sides() int    { return 4 }

type rect struct {
	shapeBase
	w, h float64
}

func (r *rect) Area() float64 { return r.w * r.h }
func (r *rect) Sides() int    { return 4 }
func (r *rect) Weight() int   { return 2 }

type triangle struct {
	shapeBase
	b, h float64
}

func (t *triangle) Area() float64 { return 0.5 * t.b * t.h }
func (t *triangle) Sides() int    { return 3 }
func (t *triangle) Weight() int   { return 3 }

type circle struct {
	r float64
}

func (c *circle) Area() float64 { return 3.0 * c.r * c.r }
func (c *circle) Sides() int    { return 0 }

type hexagon struct {
	s float64
}

func (h hexagon) Area() float64 { return 2.5 * h.s * h.s }
func (h hexagon) Sides() int    { return 6 }

func main() {
	n := 25000000
	if len(os.Args) > 1 {
		var err error
		if n, err = strconv.Atoi(os.Args[1]); err != nil {
			fmt.Fprintln(os.Stderr, "iface:", err)
			os.Exit(2)
		}
	}
	shapes := []shape{
		&square{side: 2}, &rect{w: 2, h: 3}, &triangle{b: 4, h: 5}, &circle{r: 1}, hexagon{s: 2},
		&rect{w: 1, h: 1}, &square{side: 3}, &triangle{b: 1, h: 2},
	}
	area := 0.0
	var sides, weight int64
	for i := 0; i < n; i++ {
		s := shapes[i&7]
		area += s.Area()
		sides += int64(s.Sides())
		if b, ok := s.(weighted); ok {
			weight += int64(b.Weight())
		}
	}
	fmt.Printf("calls=%d area=%.1f sides=%d weight=%d\n", n, area, sides, weight)
}
