package engine

import (
	"fmt"

	"github.com/strata-runtime/strata/internal/il"
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Conversion flags carried in Instr.K of OpConv.
const (
	convOvf   = 1 << 0 // overflow-checked
	convUn    = 1 << 1 // source treated as unsigned
	convWiden = 1 << 2 // widen R4 operands of a binary op to R8 (A, B = kinds)
	convNorm  = 1 << 3 // normalise to storage B (return values)
)

type convInfo struct {
	to     runtime.Storage
	flags  uint64
	result sk
}

var convOps = map[il.Opcode]convInfo{
	il.Conv_I1: {runtime.StI1, 0, skI4}, il.Conv_I2: {runtime.StI2, 0, skI4}, il.Conv_I4: {runtime.StI4, 0, skI4},
	il.Conv_I8: {runtime.StI8, 0, skI8}, il.Conv_R4: {runtime.StR4, 0, skR4}, il.Conv_R8: {runtime.StR8, 0, skR8},
	il.Conv_U4: {runtime.StU4, 0, skI4}, il.Conv_U8: {runtime.StU8, 0, skI8}, il.Conv_U2: {runtime.StU2, 0, skI4},
	il.Conv_U1: {runtime.StU1, 0, skI4}, il.Conv_I: {runtime.StI, 0, skI}, il.Conv_U: {runtime.StU, 0, skI},
	il.Conv_R_Un:   {runtime.StR8, convUn, skR8},
	il.Conv_Ovf_I1: {runtime.StI1, convOvf, skI4}, il.Conv_Ovf_U1: {runtime.StU1, convOvf, skI4},
	il.Conv_Ovf_I2: {runtime.StI2, convOvf, skI4}, il.Conv_Ovf_U2: {runtime.StU2, convOvf, skI4},
	il.Conv_Ovf_I4: {runtime.StI4, convOvf, skI4}, il.Conv_Ovf_U4: {runtime.StU4, convOvf, skI4},
	il.Conv_Ovf_I8: {runtime.StI8, convOvf, skI8}, il.Conv_Ovf_U8: {runtime.StU8, convOvf, skI8},
	il.Conv_Ovf_I: {runtime.StI, convOvf, skI}, il.Conv_Ovf_U: {runtime.StU, convOvf, skI},
	il.Conv_Ovf_I1_Un: {runtime.StI1, convOvf | convUn, skI4}, il.Conv_Ovf_U1_Un: {runtime.StU1, convOvf | convUn, skI4},
	il.Conv_Ovf_I2_Un: {runtime.StI2, convOvf | convUn, skI4}, il.Conv_Ovf_U2_Un: {runtime.StU2, convOvf | convUn, skI4},
	il.Conv_Ovf_I4_Un: {runtime.StI4, convOvf | convUn, skI4}, il.Conv_Ovf_U4_Un: {runtime.StU4, convOvf | convUn, skI4},
	il.Conv_Ovf_I8_Un: {runtime.StI8, convOvf | convUn, skI8}, il.Conv_Ovf_U8_Un: {runtime.StU8, convOvf | convUn, skI8},
	il.Conv_Ovf_I_Un: {runtime.StI, convOvf | convUn, skI}, il.Conv_Ovf_U_Un: {runtime.StU, convOvf | convUn, skI},
}

func (tr *translator) objectOp(in *il.Instruction) (bool, error) {
	l := tr.vm.L
	switch in.Op {
	case il.Constrained:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.prefix.constrained = t
		return true, nil
	case il.Tail:
		tr.prefix.tail = true
		return true, nil
	case il.Readonly:
		tr.prefix.readonly = true
		return true, nil
	case il.Volatile:
		tr.prefix.volatile = true
		return true, nil
	case il.Unaligned, il.No:
		return true, nil
	case il.Leave, il.Leave_S:
		tr.stack = tr.stack[:0]
		tr.branch(OpLeave, 0, in.Target)
		return false, nil
	case il.Endfinally:
		tr.emit(Instr{Op: OpEndFinally})
		return false, nil
	case il.Endfilter:
		tr.pop()
		tr.emit(Instr{Op: OpEndFilter})
		return false, nil
	case il.Throw:
		tr.pop()
		tr.emit(Instr{Op: OpThrow})
		return false, nil
	case il.Rethrow:
		tr.emit(Instr{Op: OpRethrow})
		return false, nil
	case il.Ldfld, il.Ldflda, il.Stfld:
		f, err := tr.mod.ResolveField(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		if vol := tr.prefix.volatile; vol {
			tr.prefix.volatile = false
			if !f.IsStatic() && in.Op != il.Ldflda && !f.Type.IsStruct() && !f.Declaring.IsPrimitiveLike() {
				if err := f.Type.EnsureLoaded(); err != nil {
					return false, err
				}
				if in.Op == il.Ldfld {
					obj := tr.pop()
					tr.emit(Instr{Op: OpLdFldVol, A: int32(f.Index), B: int32(obj.k) << 8})
					tr.pushType(f.Type)
				} else {
					v := tr.pop()
					obj := tr.pop()
					tr.emit(Instr{Op: OpStFldVol, A: int32(f.Index), B: int32(f.Type.Storage) | int32(obj.k)<<8, K: uint64(v.k)})
				}
				return true, nil
			}
		}
		if f.IsStatic() {
			// ldfld on a static field: pop the instance and access the static.
			if in.Op == il.Stfld {
				v := tr.pop()
				tr.pop()
				_ = v
				return false, fmt.Errorf("stfld on static field %s", f.Name)
			}
			tr.pop()
			tr.emit(Instr{Op: OpPop})
			return true, tr.staticField(il.Ldsfld, f)
		}
		if err := f.Type.EnsureLoaded(); err != nil {
			return false, err
		}
		if f.Declaring.ByteStorage {
			return true, tr.byteField(in.Op, f)
		}
		prim := f.Declaring.IsPrimitiveLike()
		if f.Declaring.IsValueType() && (tr.peek(0).k == skI || (in.Op == il.Stfld && tr.peek(1).k == skI)) {
			// ldfld/stfld/ldflda through an unmanaged pointer to a struct.
			idx := 0
			if in.Op == il.Stfld {
				idx = 1
			}
			tr.stack[len(tr.stack)-1-idx].k = skP
		}
		switch in.Op {
		case il.Ldfld:
			obj := tr.pop()
			switch {
			case prim:
				tr.emit(Instr{Op: OpLdFldPrim, B: int32(obj.k)})
			case f.Type.IsStruct():
				tr.emit(Instr{Op: OpLdFldStruct, A: int32(f.Index), B: int32(obj.k)})
			case obj.k == skO:
				tr.emit(Instr{Op: OpLdFldO, A: int32(f.Index)})
			case obj.k == skP:
				tr.emit(Instr{Op: OpLdFldP, A: int32(f.Index), Ref: f})
			default:
				tr.emit(Instr{Op: OpLdFld, A: int32(f.Index), B: int32(obj.k), Ref: f})
			}
			tr.pushType(f.Type)
		case il.Ldflda:
			obj := tr.pop()
			if prim {
				tr.emit(Instr{Op: OpLdFldaPrim, B: int32(obj.k)})
			} else {
				tr.emit(Instr{Op: OpLdFlda, A: int32(f.Index), B: int32(obj.k), Ref: f})
			}
			tr.push(skP, f.Type)
		case il.Stfld:
			v := tr.pop()
			obj := tr.pop()
			switch {
			case prim:
				tr.emit(Instr{Op: OpStFldPrim, B: int32(f.Type.Storage), K: uint64(v.k)})
			case f.Type.IsStruct():
				tr.emit(Instr{Op: OpStFldStruct, A: int32(f.Index), B: int32(obj.k) << 8})
			case obj.k == skO && !needsNorm(f.Type.Storage, v.k):
				tr.emit(Instr{Op: OpStFldO, A: int32(f.Index)})
			case obj.k == skP && !needsNorm(f.Type.Storage, v.k):
				tr.emit(Instr{Op: OpStFldP, A: int32(f.Index), Ref: f})
			default:
				tr.emit(Instr{Op: OpStFld, A: int32(f.Index), B: int32(f.Type.Storage) | int32(obj.k)<<8, K: uint64(v.k), Ref: f})
			}
		}
	case il.Ldsfld, il.Ldsflda, il.Stsfld:
		f, err := tr.mod.ResolveField(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		if vol := tr.prefix.volatile; vol {
			tr.prefix.volatile = false
			if in.Op != il.Ldsflda && !f.Type.IsStruct() && !f.ThreadStatic && !f.IsLiteral() {
				if err := f.Type.EnsureLoaded(); err != nil {
					return false, err
				}
				tr.initType(f.Declaring)
				so := f.Declaring.EnsureStatics()
				if in.Op == il.Ldsfld {
					tr.emit(Instr{Op: OpLdSFldVol, A: int32(f.Index), Ref: so})
					tr.pushType(f.Type)
				} else {
					v := tr.pop()
					tr.emit(Instr{Op: OpStSFldVol, A: int32(f.Index), Ref: so, B: int32(f.Type.Storage), K: uint64(v.k)})
				}
				return true, nil
			}
		}
		return true, tr.staticField(in.Op, f)
	case il.Newarr:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.emit(Instr{Op: OpNewArr, Ref: t})
		tr.push(skO, l.SZArrayOf(t))
	case il.Ldlen:
		tr.pop()
		tr.emit(Instr{Op: OpLdLen})
		tr.push(skI, nil)
	case il.Ldelema:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.pop()
		// Ref is the element type to check (reference-type arrays are
		// covariant), or absent when no check is needed.
		// K is the element storage (tier 1 uses it to access the element
		// directly through the byref).
		in2 := Instr{Op: OpLdElema, K: uint64(t.Storage)}
		if !tr.prefix.readonly && t.Storage == runtime.StRef {
			in2.Ref = t
		}
		tr.prefix.readonly = false
		tr.emit(in2)
		tr.push(skP, t)
	case il.Ldelem_I1, il.Ldelem_U1, il.Ldelem_I2, il.Ldelem_U2, il.Ldelem_I4, il.Ldelem_U4, il.Ldelem_I8, il.Ldelem_I, il.Ldelem_R4, il.Ldelem_R8, il.Ldelem_Ref:
		tr.pop()
		arr := tr.pop()
		st := map[il.Opcode]runtime.Storage{il.Ldelem_I1: runtime.StI1, il.Ldelem_U1: runtime.StU1, il.Ldelem_I2: runtime.StI2,
			il.Ldelem_U2: runtime.StU2, il.Ldelem_I4: runtime.StI4, il.Ldelem_U4: runtime.StU4, il.Ldelem_I8: runtime.StI8,
			il.Ldelem_I: runtime.StI, il.Ldelem_R4: runtime.StR4, il.Ldelem_R8: runtime.StR8, il.Ldelem_Ref: runtime.StRef}[in.Op]
		tr.emit(Instr{Op: OpLdElem, B: int32(st)})
		switch st {
		case runtime.StI8:
			tr.push(skI8, nil)
		case runtime.StI:
			tr.push(skI, nil)
		case runtime.StR4:
			tr.push(skR4, nil)
		case runtime.StR8:
			tr.push(skR8, nil)
		case runtime.StRef:
			var et *runtime.Type
			if arr.t != nil && arr.t.IsArray() {
				et = arr.t.Elem
			}
			tr.push(skO, et)
		default:
			tr.push(skI4, nil)
		}
	case il.Ldelem:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.pop()
		if t.IsStruct() {
			tr.emit(Instr{Op: OpLdElemStruct})
		} else {
			tr.emit(Instr{Op: OpLdElem, B: int32(t.Storage)})
		}
		tr.pushType(t)
	case il.Stelem_I, il.Stelem_I1, il.Stelem_I2, il.Stelem_I4, il.Stelem_I8, il.Stelem_R4, il.Stelem_R8, il.Stelem_Ref:
		v := tr.pop()
		tr.pop()
		tr.pop()
		if in.Op == il.Stelem_Ref {
			tr.emit(Instr{Op: OpStElemRef})
			return true, nil
		}
		st := map[il.Opcode]runtime.Storage{il.Stelem_I: runtime.StI, il.Stelem_I1: runtime.StI1, il.Stelem_I2: runtime.StI2,
			il.Stelem_I4: runtime.StI4, il.Stelem_I8: runtime.StI8, il.Stelem_R4: runtime.StR4, il.Stelem_R8: runtime.StR8}[in.Op]
		tr.emit(Instr{Op: OpStElem, B: int32(st), K: uint64(v.k), A: normFlag(st, v.k)})
	case il.Stelem:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		v := tr.pop()
		tr.pop()
		tr.pop()
		switch {
		case t.IsStruct():
			tr.emit(Instr{Op: OpStElemStruct})
		case t.Storage == runtime.StRef:
			tr.emit(Instr{Op: OpStElemRef})
		default:
			tr.emit(Instr{Op: OpStElem, B: int32(t.Storage), K: uint64(v.k), A: normFlag(t.Storage, v.k)})
		}
	case il.Newobj:
		return tr.newobj(in)
	case il.Box:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		v := tr.pop()
		if t.IsValueType() {
			tr.emit(Instr{Op: OpBox, Ref: t, K: uint64(v.k)})
		}
		tr.push(skO, t)
	case il.Unbox:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.emit(Instr{Op: OpUnbox, Ref: t})
		tr.push(skP, t)
	case il.Unbox_Any:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		if t.IsValueType() {
			tr.emit(Instr{Op: OpUnboxAny, Ref: t})
		} else {
			tr.emit(Instr{Op: OpCastClass, Ref: t})
		}
		tr.pushType(t)
	case il.Isinst, il.Castclass:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		op := OpIsInst
		if in.Op == il.Castclass {
			op = OpCastClass
		}
		tr.emit(Instr{Op: op, Ref: t})
		tr.push(skO, t)
	case il.Initobj:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.emit(Instr{Op: OpInitObj, Ref: t})
	case il.Ldobj:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.emit(Instr{Op: OpLdObj, Ref: t})
		tr.pushType(t)
	case il.Stobj:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		v := tr.pop()
		tr.pop()
		tr.emit(Instr{Op: OpStObj, Ref: t, K: uint64(v.k)})
	case il.Cpobj:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.pop()
		tr.emit(Instr{Op: OpCpObj, Ref: t})
	case il.Sizeof:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdc, K: uint64(sizeOf(t))})
		tr.push(skI4, nil)
	case il.Ldtoken:
		return tr.ldtoken(in)
	case il.Ldftn:
		m, err := tr.mod.ResolveMethod(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdc, K: uint64(l.MethodHandle(m))})
		tr.push(skI, nil)
	case il.Ldvirtftn:
		m, err := tr.mod.ResolveMethod(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.emit(Instr{Op: OpLdVirtFtn, Ref: m})
		tr.push(skI, nil)
	case il.Localloc:
		tr.pop()
		tr.emit(Instr{Op: OpLocalloc})
		tr.push(skI, nil)
	case il.Cpblk:
		tr.pop()
		tr.pop()
		tr.pop()
		tr.emit(Instr{Op: OpCpBlk})
	case il.Initblk:
		tr.pop()
		tr.pop()
		tr.pop()
		tr.emit(Instr{Op: OpInitBlk})
	case il.Arglist:
		if !tr.m.VarArg {
			return false, fmt.Errorf("arglist in a method that is not vararg")
		}
		tr.emit(Instr{Op: OpArgList, A: int32(len(tr.args) - 1), Ref: l.RuntimeArgumentHandle})
		tr.push(skV, l.RuntimeArgumentHandle)
	case il.Mkrefany:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.emit(Instr{Op: OpMkRefAny, K: uint64(l.TypeHandle(t)), Ref: l.TypedReference})
		tr.push(skV, l.TypedReference)
	case il.Refanyval:
		t, err := tr.resolveType(in.Token)
		if err != nil {
			return false, err
		}
		tr.pop()
		tr.emit(Instr{Op: OpRefAnyVal, K: uint64(l.TypeHandle(t))})
		tr.push(skP, t)
	case il.Refanytype:
		tr.pop()
		tr.emit(Instr{Op: OpRefAnyType, Ref: l.RuntimeTypeHandle})
		tr.push(skV, l.RuntimeTypeHandle)
	default:
		return false, fmt.Errorf("unsupported opcode 0x%x", uint16(in.Op))
	}
	return true, nil
}

func (tr *translator) staticField(op il.Opcode, f *runtime.Field) error {
	t := f.Declaring
	if err := f.Type.EnsureLoaded(); err != nil {
		return err
	}
	tr.initType(t)
	tr.eagerInit(t)
	if f.IsLiteral() {
		return fmt.Errorf("field %s is a literal", f.Name)
	}
	if f.ThreadStatic {
		switch op {
		case il.Ldsfld:
			tr.emit(Instr{Op: OpLdThreadStatic, Ref: f})
			tr.pushType(f.Type)
		case il.Stsfld:
			v := tr.pop()
			tr.emit(Instr{Op: OpStThreadStatic, Ref: f, K: uint64(v.k)})
		case il.Ldsflda:
			tr.emit(Instr{Op: OpLdThreadStaticAddr, Ref: f})
			tr.push(skP, f.Type)
		}
		return nil
	}
	so := t.EnsureStatics()
	switch op {
	case il.Ldsfld:
		if f.Type.IsStruct() {
			tr.emit(Instr{Op: OpLdSFldStruct, A: int32(f.Index), Ref: so})
		} else {
			tr.emit(Instr{Op: OpLdSFld, A: int32(f.Index), Ref: so})
		}
		tr.pushType(f.Type)
	case il.Stsfld:
		v := tr.pop()
		switch {
		case f.Type.IsStruct():
			tr.emit(Instr{Op: OpStSFldStruct, A: int32(f.Index), Ref: so})
		case needsNorm(f.Type.Storage, v.k):
			tr.emit(Instr{Op: OpStSFldNorm, A: int32(f.Index), Ref: so, B: int32(f.Type.Storage), K: uint64(v.k)})
		default:
			tr.emit(Instr{Op: OpStSFld, A: int32(f.Index), Ref: so})
		}
	case il.Ldsflda:
		tr.emit(Instr{Op: OpLdSFlda, A: int32(f.Index), Ref: so})
		tr.push(skP, f.Type)
	}
	return nil
}

// eagerInit records a beforefieldinit type whose initialiser runs when
// this code is prepared (see Thread.prepare).
func (tr *translator) eagerInit(t *runtime.Type) {
	if t.Flags&0x00100000 == 0 || t.Cctor == nil || t == tr.m.Declaring || t.InitState().Load() == 2 {
		return
	}
	for _, x := range tr.code.EagerInit {
		if x == t {
			return
		}
	}
	tr.code.EagerInit = append(tr.code.EagerInit, t)
}

// initType emits a type-initialisation check when t has a type
// initialiser that may not have run yet.
func (tr *translator) initType(t *runtime.Type) {
	if t.Cctor == nil || t == tr.m.Declaring {
		if t.Cctor == nil || tr.m.Name == ".cctor" {
			return
		}
	}
	if t.InitState().Load() == 2 {
		return
	}
	tr.emit(Instr{Op: OpInitType, Ref: t})
}

func (tr *translator) ldtoken(in *il.Instruction) (bool, error) {
	l := tr.vm.L
	switch in.Token.Table() {
	case metadata.TableTypeDef, metadata.TableTypeRef, metadata.TableTypeSpec:
		t, err := tr.mod.ResolveType(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdToken, K: uint64(l.TypeHandle(t)), Ref: l.RuntimeTypeHandle})
		tr.push(skV, l.RuntimeTypeHandle)
	case metadata.TableField, metadata.TableMemberRef:
		if in.Token.Table() == metadata.TableMemberRef {
			if m, err := tr.mod.ResolveMethod(in.Token, tr.ctx); err == nil {
				tr.emit(Instr{Op: OpLdToken, K: uint64(l.MethodHandle(m)), Ref: l.RuntimeMethodHandle})
				tr.push(skV, l.RuntimeMethodHandle)
				return true, nil
			}
		}
		f, err := tr.mod.ResolveField(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdToken, K: uint64(tr.vm.fieldHandle(f)), Ref: l.RuntimeFieldHandle})
		tr.push(skV, l.RuntimeFieldHandle)
	case metadata.TableMethodDef, metadata.TableMethodSpec:
		m, err := tr.mod.ResolveMethod(in.Token, tr.ctx)
		if err != nil {
			return false, err
		}
		tr.emit(Instr{Op: OpLdToken, K: uint64(l.MethodHandle(m)), Ref: l.RuntimeMethodHandle})
		tr.push(skV, l.RuntimeMethodHandle)
	default:
		return false, fmt.Errorf("ldtoken: unsupported token %v", in.Token)
	}
	return true, nil
}

// normFlag is 1 when a store of kind k into storage st must normalise the
// value (OpStElem's A), 0 when the value can be stored as it is.
func normFlag(st runtime.Storage, k sk) int32 {
	if needsNorm(st, k) {
		return 1
	}
	return 0
}

// byteField translates field access on a struct stored as bytes (explicit
// layout with overlapping fields): the field is read and written at its
// byte offset.
func (tr *translator) byteField(op il.Opcode, f *runtime.Field) error {
	switch op {
	case il.Ldfld:
		obj := tr.pop()
		tr.emit(Instr{Op: OpLdFldBytes, A: int32(f.Offset), B: int32(f.Type.Storage) | int32(obj.k)<<8, Ref: f.Type})
		tr.pushType(f.Type)
	case il.Stfld:
		v := tr.pop()
		obj := tr.pop()
		tr.emit(Instr{Op: OpStFldBytes, A: int32(f.Offset), B: int32(f.Type.Storage) | int32(obj.k)<<8, K: uint64(v.k), Ref: f.Type})
	case il.Ldflda:
		obj := tr.pop()
		tr.emit(Instr{Op: OpLdFldaBytes, A: int32(f.Offset), B: int32(obj.k) << 8})
		tr.push(skI, f.Type)
	}
	return nil
}

// sizeOf is the size in bytes of a value of type t as sizeof reports it.
func sizeOf(t *runtime.Type) int {
	switch t.Storage {
	case runtime.StBool, runtime.StI1, runtime.StU1:
		return 1
	case runtime.StChar, runtime.StI2, runtime.StU2:
		return 2
	case runtime.StI4, runtime.StU4, runtime.StR4:
		return 4
	case runtime.StI8, runtime.StU8, runtime.StR8, runtime.StI, runtime.StU, runtime.StRef:
		return 8
	case runtime.StStruct:
		return t.Layout().Size
	}
	return 8
}
