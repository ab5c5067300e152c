package engine

import "github.com/strata-runtime/strata/internal/runtime"

// stackKindOf is the evaluation-stack kind of a value of type t.
func stackKindOf(t *runtime.Type) sk {
	if t == nil {
		return 0
	}
	if t.Kind == runtime.KindByRef {
		return skP
	}
	switch t.Storage {
	case runtime.StBool, runtime.StChar, runtime.StI1, runtime.StU1, runtime.StI2, runtime.StU2, runtime.StI4, runtime.StU4:
		return skI4
	case runtime.StI8, runtime.StU8:
		return skI8
	case runtime.StR4:
		return skR4
	case runtime.StR8:
		return skR8
	case runtime.StI, runtime.StU:
		return skI
	case runtime.StStruct:
		return skV
	}
	return skO
}

// normalize converts a stack value to the representation of a location
// with storage st (truncation of small integers, float width).
func normalize(st runtime.Storage, from sk, v runtime.Value) runtime.Value {
	switch st {
	case runtime.StBool:
		if v.N&0xff != 0 {
			return runtime.Value{N: uint64(uint8(v.N))}
		}
		return runtime.Value{}
	case runtime.StI1:
		return runtime.Value{N: uint64(int64(int8(v.N)))}
	case runtime.StU1:
		return runtime.Value{N: uint64(uint8(v.N))}
	case runtime.StI2:
		return runtime.Value{N: uint64(int64(int16(v.N)))}
	case runtime.StU2, runtime.StChar:
		return runtime.Value{N: uint64(uint16(v.N))}
	case runtime.StI4:
		return runtime.Value{N: uint64(int64(int32(v.N)))}
	case runtime.StU4:
		return runtime.Value{N: uint64(int64(int32(v.N)))}
	case runtime.StR4:
		if from == skR8 {
			return runtime.Float32(float32(v.R8()))
		}
		return runtime.Value{N: v.N & 0xffffffff}
	case runtime.StR8:
		if from == skR4 {
			return runtime.Float64(float64(v.R4()))
		}
	case runtime.StI8, runtime.StU8, runtime.StI, runtime.StU:
		if from == skI4 {
			return runtime.Value{N: uint64(int64(int32(v.N))), R: v.R}
		}
	}
	return v
}

// needsNorm reports whether storing a value of kind from into storage st
// changes its representation.
func needsNorm(st runtime.Storage, from sk) bool {
	switch st {
	case runtime.StBool, runtime.StI1, runtime.StU1, runtime.StI2, runtime.StU2, runtime.StChar:
		return true
	case runtime.StR4:
		return from != skR4
	case runtime.StR8:
		return from == skR4
	}
	return false
}
