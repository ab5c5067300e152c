package engine

import (
	"math"

	"github.com/strata-runtime/strata/internal/runtime"
)

// convert implements conv.*, conv.ovf.* and conv.ovf.*.un from a stack
// value of kind from to the storage to. ok is false on overflow.
func convert(v Value, from sk, to runtime.Storage, flags uint64) (Value, bool) {
	ovf := flags&convOvf != 0
	un := flags&convUn != 0
	switch from {
	case skR4, skR8:
		var x float64
		if from == skR4 {
			x = float64(v.R4())
		} else {
			x = v.R8()
		}
		return convFloat(x, to, ovf)
	}
	// Integer source: as signed (int64) and unsigned (uint64) views.
	var sx int64
	var ux uint64
	if from == skI4 {
		sx = int64(int32(v.N))
		if un {
			ux = uint64(uint32(v.N))
			sx = int64(ux)
		} else {
			ux = uint64(sx)
		}
	} else {
		sx = int64(v.N)
		ux = v.N
	}
	switch to {
	case runtime.StR4:
		if un {
			return runtime.Float32(float32(ux)), true
		}
		return runtime.Float32(float32(sx)), true
	case runtime.StR8:
		if un {
			return runtime.Float64(float64(ux)), true
		}
		return runtime.Float64(float64(sx)), true
	}
	if ovf {
		lo, hi := intRange(to)
		if un {
			if ux > uint64(hi) && !(to == runtime.StU8 || to == runtime.StU) {
				return Value{}, false
			}
		} else {
			if to == runtime.StU8 || to == runtime.StU {
				if sx < 0 {
					return Value{}, false
				}
			} else if sx < lo || sx > hi {
				return Value{}, false
			}
		}
	}
	if from == skI4 && !un && (to == runtime.StU8 || to == runtime.StU) {
		// conv.u8 / conv.u zero-extend an int32.
		return Value{N: uint64(uint32(v.N))}, true
	}
	return Value{N: runtime.Truncate(to, ux)}, true
}

// intRange is the signed range of an integer storage (hi of unsigned 64-bit
// storage is reported as MaxInt64 and handled by the caller).
func intRange(st runtime.Storage) (int64, int64) {
	switch st {
	case runtime.StI1:
		return math.MinInt8, math.MaxInt8
	case runtime.StU1, runtime.StBool:
		return 0, math.MaxUint8
	case runtime.StI2:
		return math.MinInt16, math.MaxInt16
	case runtime.StU2, runtime.StChar:
		return 0, math.MaxUint16
	case runtime.StI4:
		return math.MinInt32, math.MaxInt32
	case runtime.StU4:
		return 0, math.MaxUint32
	case runtime.StU8, runtime.StU:
		return 0, math.MaxInt64
	}
	return math.MinInt64, math.MaxInt64
}

func convFloat(x float64, to runtime.Storage, ovf bool) (Value, bool) {
	switch to {
	case runtime.StR4:
		return runtime.Float32(float32(x)), true
	case runtime.StR8:
		return runtime.Float64(x), true
	}
	if ovf {
		if math.IsNaN(x) {
			return Value{}, false
		}
		t := math.Trunc(x)
		switch to {
		case runtime.StU:
			// mono range-checks conv.ovf.u from floating point as signed.
			if t < 0 || t >= 9223372036854775808.0 {
				return Value{}, false
			}
			return Value{N: uint64(t)}, true
		case runtime.StU8:
			if t < 0 || t >= 18446744073709551616.0 {
				return Value{}, false
			}
			return Value{N: uint64(t)}, true
		case runtime.StI8, runtime.StI:
			if t < -9223372036854775808.0 || t >= 9223372036854775808.0 {
				return Value{}, false
			}
			return Value{N: uint64(int64(t))}, true
		}
		lo, hi := intRange(to)
		if t < float64(lo) || t > float64(hi) {
			return Value{}, false
		}
		return Value{N: runtime.Truncate(to, uint64(int64(t)))}, true
	}
	// Unchecked: follow x86-64 (what mono's JIT does): out-of-range
	// conversions to 32-bit and 64-bit signed produce the "integer
	// indefinite" value.
	switch to {
	case runtime.StU8, runtime.StU:
		if math.IsNaN(x) {
			return Value{N: 0x8000000000000000}, true
		}
		if x >= 9223372036854775808.0 {
			if x >= 18446744073709551616.0 {
				return Value{N: 0x8000000000000000}, true
			}
			return Value{N: uint64(x)}, true
		}
		if x <= -9223372036854775809.0 {
			return Value{N: 0x8000000000000000}, true
		}
		return Value{N: uint64(int64(x))}, true
	case runtime.StI8, runtime.StI:
		if math.IsNaN(x) || x >= 9223372036854775808.0 || x < -9223372036854775808.0 {
			return Value{N: 0x8000000000000000}, true
		}
		return Value{N: uint64(int64(x))}, true
	case runtime.StI4:
		if math.IsNaN(x) || x >= 2147483648.0 || x <= -2147483649.0 {
			return Value{N: 0xffffffff80000000}, true
		}
		return Value{N: uint64(int64(int32(x)))}, true
	case runtime.StU4:
		if math.IsNaN(x) || x >= 9223372036854775808.0 || x <= -9223372036854775809.0 {
			return Value{N: 0}, true
		}
		return Value{N: runtime.Truncate(to, uint64(int64(x)))}, true
	}
	if math.IsNaN(x) || x >= 2147483648.0 || x <= -2147483649.0 {
		return Value{N: runtime.Truncate(to, uint64(0x80000000))}, true
	}
	return Value{N: runtime.Truncate(to, uint64(int64(int32(x))))}, true
}
