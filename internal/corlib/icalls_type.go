package corlib

import (
	"strings"

	"github.com/strata-runtime/strata/internal/engine"
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Internal calls of System.Type / System.RuntimeType and System.Delegate.

func typeArg(t *engine.Thread, v Value) *runtime.Type {
	ty := runtime.TypeOf(v.R)
	if ty == nil {
		t.Throw("System.NullReferenceException", "")
	}
	return ty
}

func typeValue(ty *runtime.Type) Value {
	if ty == nil {
		return null
	}
	return ref(ty.TypeObject())
}

// typeString is Type.ToString(): the namespace-qualified name with generic
// arguments in brackets, without assembly names.
func typeString(ty *runtime.Type) string {
	var b strings.Builder
	writeTypeString(&b, ty)
	return b.String()
}

// writeTypeName writes the plain name of a declaring type (no arguments).
func writeTypeName(b *strings.Builder, ty *runtime.Type) {
	if ty.Declaring != nil {
		writeTypeName(b, ty.Declaring)
		b.WriteByte('+')
	} else if ty.Namespace != "" {
		b.WriteString(ty.Namespace)
		b.WriteByte('.')
	}
	b.WriteString(ty.Name)
}

func writeTypeString(b *strings.Builder, ty *runtime.Type) {
	switch ty.Kind {
	case runtime.KindSZArray:
		writeTypeString(b, ty.Elem)
		b.WriteString("[]")
		return
	case runtime.KindArray:
		writeTypeString(b, ty.Elem)
		b.WriteString(mdSuffix(ty.Rank))
		return
	case runtime.KindPointer:
		writeTypeString(b, ty.Elem)
		b.WriteByte('*')
		return
	case runtime.KindByRef:
		writeTypeString(b, ty.Elem)
		b.WriteByte('&')
		return
	}
	d := ty
	if ty.Def != nil {
		d = ty.Def
	}
	if d.Declaring != nil {
		writeTypeName(b, d.Declaring)
		b.WriteByte('+')
	} else if d.Namespace != "" {
		b.WriteString(d.Namespace)
		b.WriteByte('.')
	}
	b.WriteString(d.Name)
	if ty.Def == nil && ty.GenericArity > 0 && ty.Module != nil {
		// A generic type definition prints its parameters: Gen`2[T,U].
		gps, _ := ty.Module.MD.GenericParamsOf(metadata.Token(uint32(metadata.TableTypeDef)<<24 | ty.Row))
		b.WriteByte('[')
		for i, gp := range gps {
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteString(gp.Name)
		}
		b.WriteByte(']')
		return
	}
	if ty.Def != nil {
		b.WriteByte('[')
		for i, a := range ty.Args {
			if i > 0 {
				b.WriteByte(',')
			}
			writeTypeString(b, a)
		}
		b.WriteByte(']')
	}
}

// mdSuffix is the name suffix of a multi-dimensional array type: [,] for
// rank 2, and [*] for rank 1 (an array with a lower bound, unlike T[]).
func mdSuffix(rank int) string {
	if rank == 1 {
		return "[*]"
	}
	return "[" + strings.Repeat(",", rank-1) + "]"
}

// hasMDRank1 reports whether ty's name contains a rank-1 multi-dimensional
// array, which the runtime's own type names print as T[].
func hasMDRank1(ty *runtime.Type) bool {
	for ; ty != nil && ty.Kind != runtime.KindEnum; ty = ty.Elem {
		if ty.Kind == runtime.KindArray && ty.Rank == 1 {
			return true
		}
	}
	return false
}

// typeName is Type.Name (full false) or Type.FullName (full true).
func typeName(ty *runtime.Type, full bool) string {
	if !hasMDRank1(ty) {
		if full {
			return ty.FullName()
		}
		return ty.ShortName()
	}
	switch ty.Kind {
	case runtime.KindSZArray:
		return typeName(ty.Elem, full) + "[]"
	case runtime.KindArray:
		return typeName(ty.Elem, full) + mdSuffix(ty.Rank)
	case runtime.KindPointer:
		return typeName(ty.Elem, full) + "*"
	case runtime.KindByRef:
		return typeName(ty.Elem, full) + "&"
	}
	return ty.FullName()
}

func init() {
	reg("System.Type::GetTypeFromHandle(System.RuntimeTypeHandle)", func(t *engine.Thread, a []Value) Value {
		h := a[0].R
		if h == nil {
			return null
		}
		return typeValue(t.VM().L.TypeFromHandle(int(h.Fields[0].N)))
	})
	reg("System.Type::InternalGetType(System.String)", func(t *engine.Thread, a []Value) Value {
		name := gostr(a[0])
		if i := strings.IndexByte(name, ','); i >= 0 {
			name = strings.TrimSpace(name[:i])
		}
		name = strings.ReplaceAll(name, "+", "/")
		return typeValue(t.VM().L.Corlib.FindType(name))
	})
	reg("System.RuntimeType::get_Name()", func(t *engine.Thread, a []Value) Value {
		return newString(t, typeName(typeArg(t, a[0]), false))
	})
	reg("System.RuntimeType::get_FullName()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		if ty.IsGenericParam() {
			return null
		}
		return newString(t, typeName(ty, true))
	})
	reg("System.RuntimeType::InternalAssemblyQualifier()", func(t *engine.Thread, a []Value) Value {
		return newString(t, typeArg(t, a[0]).AssemblyQualifier())
	})
	reg("System.RuntimeType::get_Namespace()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		for ty.Elem != nil && ty.Kind != runtime.KindEnum {
			ty = ty.Elem
		}
		for ty.Declaring != nil {
			ty = ty.Declaring
		}
		if ty.Namespace == "" {
			return null // mono: no namespace is null
		}
		return newString(t, ty.Namespace)
	})
	reg("System.RuntimeType::get_BaseType()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		_ = ty.Classify()
		if ty.IsInterface() {
			return null
		}
		return typeValue(ty.Base)
	})
	reg("System.RuntimeType::get_DeclaringType()", func(t *engine.Thread, a []Value) Value {
		return typeValue(typeArg(t, a[0]).Declaring)
	})
	reg("System.RuntimeType::InternalGetHandle()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		l := t.VM().L
		h := runtime.NewObject(l.RuntimeTypeHandle)
		h.Fields[0] = Value{N: uint64(l.TypeHandle(ty))}
		return ref(h)
	})
	flag := func(key string, f func(ty *runtime.Type) bool) {
		reg(key, func(t *engine.Thread, a []Value) Value {
			ty := typeArg(t, a[0])
			_ = ty.Classify()
			return boolean(f(ty))
		})
	}
	flag("System.RuntimeType::IsValueTypeImpl()", func(ty *runtime.Type) bool { return ty.IsValueType() })
	flag("System.RuntimeType::get_IsEnum()", func(ty *runtime.Type) bool { return ty.Kind == runtime.KindEnum })
	flag("System.RuntimeType::IsArrayImpl()", func(ty *runtime.Type) bool { return ty.IsArray() })
	flag("System.RuntimeType::IsPointerImpl()", func(ty *runtime.Type) bool { return ty.Kind == runtime.KindPointer })
	flag("System.RuntimeType::IsByRefImpl()", func(ty *runtime.Type) bool { return ty.Kind == runtime.KindByRef })
	flag("System.RuntimeType::IsPrimitiveImpl()", func(ty *runtime.Type) bool { return ty.Kind == runtime.KindPrimitive })
	flag("System.RuntimeType::get_IsInterface()", func(ty *runtime.Type) bool { return ty.IsInterface() })
	flag("System.RuntimeType::get_IsAbstract()", func(ty *runtime.Type) bool { return ty.Flags&0x80 != 0 })
	flag("System.RuntimeType::get_IsSealed()", func(ty *runtime.Type) bool { return ty.Flags&0x100 != 0 || ty.IsArray() })
	flag("System.RuntimeType::get_IsGenericType()", func(ty *runtime.Type) bool { return ty.Def != nil || ty.GenericArity > 0 && !ty.IsArray() })
	flag("System.RuntimeType::get_IsGenericTypeDefinition()", func(ty *runtime.Type) bool { return ty.Def == nil && ty.GenericArity > 0 })
	flag("System.RuntimeType::get_IsGenericParameter()", func(ty *runtime.Type) bool { return ty.IsGenericParam() })
	reg("System.RuntimeType::GetElementType()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		if ty.IsArray() || ty.Kind == runtime.KindPointer || ty.Kind == runtime.KindByRef {
			return typeValue(ty.Elem)
		}
		return null
	})
	reg("System.RuntimeType::GetGenericArguments()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		l := t.VM().L
		arr := t.VM().NewArray(l.RuntimeType, len(ty.Args))
		for i, x := range ty.Args {
			arr.Fields[i] = typeValue(x)
		}
		return ref(arr)
	})
	reg("System.RuntimeType::GetGenericTypeDefinition()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		if ty.Def == nil {
			if ty.GenericArity > 0 {
				return a[0]
			}
			t.Throw("System.InvalidOperationException", "Operation is not valid due to the current state of the object.")
		}
		return typeValue(ty.Def)
	})
	reg("System.RuntimeType::GetArrayRank()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		if !ty.IsArray() {
			t.Throw("System.ArgumentException", "The Type must be an array.")
		}
		return i4(int32(ty.Rank))
	})
	reg("System.RuntimeType::MakeGenericType(System.Type[])", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		nullCheck(t, a[1], "typeArguments")
		args := make([]*runtime.Type, len(a[1].R.Fields))
		for i, v := range a[1].R.Fields {
			args[i] = typeArg(t, v)
		}
		inst, err := t.VM().L.Instantiate(ty, args)
		if err != nil {
			t.Throw("System.ArgumentException", err.Error())
		}
		return typeValue(inst)
	})
	reg("System.RuntimeType::MakeArrayType()", func(t *engine.Thread, a []Value) Value {
		return typeValue(t.VM().L.SZArrayOf(typeArg(t, a[0])))
	})
	reg("System.RuntimeType::MakeArrayType(System.Int32)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		rank := int(a[1].I4())
		if rank < 1 {
			t.Throw("System.IndexOutOfRangeException", "")
		}
		if rank > 32 {
			t.Throw("System.TypeLoadException", typeString(ty)+"["+strings.Repeat(",", rank-1)+"] has too many dimensions.")
		}
		return typeValue(t.VM().L.ArrayOf(ty, rank))
	})
	reg("System.RuntimeType::GetInterfaces()", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		_ = ty.EnsureLoaded()
		arr := t.VM().NewArray(t.VM().L.RuntimeType, len(ty.Interfaces))
		for i, x := range ty.Interfaces {
			arr.Fields[i] = typeValue(x)
		}
		return ref(arr)
	})
	reg("System.RuntimeType::IsAssignableFrom(System.Type)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		c := runtime.TypeOf(a[1].R)
		if c == nil {
			return boolean(false)
		}
		return boolean(c.AssignableTo(ty))
	})
	reg("System.RuntimeType::IsInstanceOfType(System.Object)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		return boolean(a[1].R != nil && engine.IsInstance(a[1].R, ty))
	})
	reg("System.RuntimeType::IsSubclassOf(System.Type)", func(t *engine.Thread, a []Value) Value {
		ty := typeArg(t, a[0])
		c := runtime.TypeOf(a[1].R)
		_ = ty.Classify()
		for b := ty.Base; b != nil; b = b.Base {
			if b == c {
				return boolean(true)
			}
		}
		return boolean(false)
	})
	reg("System.RuntimeType::ToString()", func(t *engine.Thread, a []Value) Value {
		return newString(t, typeString(typeArg(t, a[0])))
	})
	reg("System.RuntimeType::Equals(System.Object)", func(t *engine.Thread, a []Value) Value {
		return boolean(a[0].R == a[1].R)
	})
	reg("System.RuntimeType::GetHashCode()", func(t *engine.Thread, a []Value) Value {
		return i4(identityHash(a[0].R))
	})
	reg("System.RuntimeType::op_Equality(System.RuntimeType,System.RuntimeType)", func(t *engine.Thread, a []Value) Value {
		return boolean(a[0].R == a[1].R)
	})
	reg("System.RuntimeType::op_Inequality(System.RuntimeType,System.RuntimeType)", func(t *engine.Thread, a []Value) Value {
		return boolean(a[0].R != a[1].R)
	})

	// Delegates: Fields[0] target, [1] method handle, [2] invocation list (object[]).
	reg("System.Delegate::get_Target()", func(t *engine.Thread, a []Value) Value {
		d := a[0].R
		if l := d.Fields[engine.DelegateList].R; l != nil && len(l.Fields) > 0 {
			d = l.Fields[len(l.Fields)-1].R
		}
		return d.Fields[engine.DelegateTarget]
	})
	reg("System.Delegate::Combine(System.Delegate,System.Delegate)", func(t *engine.Thread, a []Value) Value {
		x, y := a[0].R, a[1].R
		if x == nil {
			return a[1]
		}
		if y == nil {
			return a[0]
		}
		if x.Type != y.Type {
			t.Throw("System.ArgumentException", "Delegates must be of the same type.")
		}
		list := append(invocationList(x), invocationList(y)...)
		return ref(makeMulticast(t, x.Type, list))
	})
	reg("System.Delegate::Remove(System.Delegate,System.Delegate)", func(t *engine.Thread, a []Value) Value {
		x, y := a[0].R, a[1].R
		if x == nil || y == nil {
			return a[0]
		}
		src, rm := invocationList(x), invocationList(y)
		if len(src) == 1 && len(rm) > 1 {
			// mono: a single delegate minus a chain containing it is null.
			for _, d := range rm {
				if sameDelegate(src[0], d) {
					return null
				}
			}
			return a[0]
		}
		for i := len(src) - len(rm); i >= 0; i-- {
			match := true
			for j := range rm {
				if !sameDelegate(src[i+j], rm[j]) {
					match = false
					break
				}
			}
			if match {
				rest := append(append([]*runtime.Object(nil), src[:i]...), src[i+len(rm):]...)
				switch len(rest) {
				case 0:
					return null
				case 1:
					return ref(rest[0])
				}
				return ref(makeMulticast(t, x.Type, rest))
			}
		}
		return a[0]
	})
	reg("System.Delegate::GetInvocationList()", func(t *engine.Thread, a []Value) Value {
		list := invocationList(a[0].R)
		arr := t.VM().NewArray(t.VM().L.Delegate, len(list))
		for i, d := range list {
			arr.Fields[i] = ref(d)
		}
		return ref(arr)
	})
	reg("System.Delegate::Equals(System.Object)", func(t *engine.Thread, a []Value) Value {
		x, y := a[0].R, a[1].R
		if y == nil || x.Type != y.Type {
			return boolean(false)
		}
		lx, ly := invocationList(x), invocationList(y)
		if len(lx) != len(ly) {
			return boolean(false)
		}
		for i := range lx {
			if !sameDelegate(lx[i], ly[i]) {
				return boolean(false)
			}
		}
		return boolean(true)
	})
	reg("System.Delegate::GetHashCode()", func(t *engine.Thread, a []Value) Value {
		d := a[0].R
		return i4(int32(d.Fields[engine.DelegateMethod].N) * 31)
	})
	reg("System.Delegate::DynamicInvoke(System.Object[])", func(t *engine.Thread, a []Value) Value {
		d := a[0].R
		m := t.VM().DelegateMethod(lastOf(d))
		var args []Value
		if a[1].R != nil {
			for i, v := range a[1].R.Fields {
				if i < len(m.Params) {
					args = append(args, unboxElem(t, m.Params[i], v))
				}
			}
		}
		r, exc, err := t.InvokeDelegate(d, args)
		if err != nil {
			t.Throw("System.InvalidOperationException", err.Error())
		}
		if exc != nil {
			ie := t.NewException("System.Reflection.TargetInvocationException", "Exception has been thrown by the target of an invocation.")
			t.GetField(ie, "_innerException")
			t.ThrowObj(exc)
		}
		if m.Ret == nil {
			return null
		}
		return boxElem(m.Ret, r)
	})
}

func lastOf(d *runtime.Object) *runtime.Object {
	if l := d.Fields[engine.DelegateList].R; l != nil && len(l.Fields) > 0 {
		return l.Fields[len(l.Fields)-1].R
	}
	return d
}

func invocationList(d *runtime.Object) []*runtime.Object {
	if l := d.Fields[engine.DelegateList].R; l != nil && len(l.Fields) > 0 {
		out := make([]*runtime.Object, len(l.Fields))
		for i, v := range l.Fields {
			out[i] = v.R
		}
		return out
	}
	return []*runtime.Object{d}
}

func sameDelegate(a, b *runtime.Object) bool {
	return a.Type == b.Type && a.Fields[engine.DelegateTarget].R == b.Fields[engine.DelegateTarget].R &&
		a.Fields[engine.DelegateMethod].N == b.Fields[engine.DelegateMethod].N
}

func makeMulticast(t *engine.Thread, ty *runtime.Type, list []*runtime.Object) *runtime.Object {
	arr := t.VM().NewArray(t.VM().L.Object, len(list))
	for i, d := range list {
		arr.Fields[i] = ref(d)
	}
	last := list[len(list)-1]
	m := &runtime.Object{Type: ty, Fields: make([]Value, 3)}
	m.Fields[engine.DelegateTarget] = last.Fields[engine.DelegateTarget]
	m.Fields[engine.DelegateMethod] = last.Fields[engine.DelegateMethod]
	m.Fields[engine.DelegateList] = ref(arr)
	return m
}

// Method objects (Delegate.Method): System.Reflection.RuntimeMethodInfo
// with the *runtime.Method in Ext.
func init() {
	methodOf := func(t *engine.Thread, v Value) *runtime.Method {
		if v.R != nil {
			if m, ok := v.R.Ext().(*runtime.Method); ok {
				return m
			}
		}
		t.Throw("System.NullReferenceException", "")
		return nil
	}
	reg("System.Delegate::InternalGetMethod()", func(t *engine.Thread, a []Value) Value {
		m := t.VM().DelegateMethod(lastOf(a[0].R))
		if m == nil {
			return null
		}
		ty := t.VM().FindCorlibType("System.Reflection.RuntimeMethodInfo")
		if ty == nil {
			return null
		}
		return ref(runtime.NewExt(ty, nil, m))
	})
	reg("System.Reflection.RuntimeMethodInfo::get_Name()", func(t *engine.Thread, a []Value) Value {
		return newString(t, methodOf(t, a[0]).Name)
	})
	reg("System.Reflection.RuntimeMethodInfo::get_DeclaringType()", func(t *engine.Thread, a []Value) Value {
		return typeValue(methodOf(t, a[0]).Declaring)
	})
	reg("System.Reflection.RuntimeMethodInfo::get_IsStatic()", func(t *engine.Thread, a []Value) Value {
		return boolean(methodOf(t, a[0]).IsStatic())
	})
	reg("System.Reflection.RuntimeMethodInfo::get_ReturnType()", func(t *engine.Thread, a []Value) Value {
		m := methodOf(t, a[0])
		if m.Ret == nil {
			return typeValue(t.VM().L.Void)
		}
		return typeValue(m.Ret)
	})
}
