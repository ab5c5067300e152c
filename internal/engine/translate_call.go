package engine

import (
	"fmt"

	"github.com/strata-runtime/strata/internal/il"
	"github.com/strata-runtime/strata/internal/metadata"
	"github.com/strata-runtime/strata/internal/runtime"
)

// Calls. Arguments are already in place on the caller's evaluation stack;
// the callee's frame begins at the first argument, so a call copies nothing.

// packVarArgs gathers the extra arguments of a vararg call (the call
// site's signature after the sentinel) into the hidden argument list.
func (tr *translator) packVarArgs(tok metadata.Token) error {
	var extras []*runtime.Type
	if tok.Table() == metadata.TableMemberRef {
		mr, err := tr.mod.MD.MemberRef(tok.Row())
		if err != nil {
			return err
		}
		blob, err := tr.mod.MD.Blob(mr.Signature)
		if err != nil {
			return err
		}
		sig, err := metadata.ParseMethodSig(blob)
		if err != nil {
			return err
		}
		if sig.SentinelIndex >= 0 {
			for _, p := range sig.Params[sig.SentinelIndex:] {
				t, err := tr.mod.TypeFromSig(p, tr.ctx)
				if err != nil {
					return err
				}
				extras = append(extras, t)
			}
		}
	}
	for range extras {
		tr.pop()
	}
	tr.emit(Instr{Op: OpVarArgPack, A: int32(len(extras)), Ref: &runtime.VarArgList{Types: extras}})
	tr.push(skI, nil)
	return nil
}

// convPointerArgs makes managed pointers passed for unmanaged pointer
// parameters byte-addressed (see raw.go).
func (tr *translator) convPointerArgs(params []*runtime.Type) {
	for i, p := range params {
		// Classify synchronises with a thread classifying p concurrently.
		if p.Classify() != nil || p.Kind != runtime.KindPointer {
			continue
		}
		depth := len(params) - 1 - i
		if k := tr.peek(depth).k; k == skP || k == skO {
			tr.emit(Instr{Op: OpConvPtr, A: int32(depth)})
		}
	}
}

func (tr *translator) popArgs(m *runtime.Method) {
	for i := 0; i < m.ArgCount(); i++ {
		tr.pop()
	}
}

func (tr *translator) site(m *runtime.Method) *callSite {
	return &callSite{m: m, nargs: m.ArgCount()}
}

func (tr *translator) call(in *il.Instruction) (bool, error) {
	m, err := tr.mod.ResolveMethod(in.Token, tr.ctx)
	if err != nil {
		return false, err
	}
	if err := m.Declaring.EnsureLoaded(); err != nil {
		return false, err
	}
	constrained := tr.prefix.constrained
	tr.prefix.constrained = nil
	tail := tr.prefix.tail
	tr.prefix.tail = false
	virt := in.Op == il.Callvirt
	d := m.Declaring
	cs := tr.site(m)

	if m.IsStatic() || m.IsCtor() {
		if d.Flags&0x00100000 == 0 { // not beforefieldinit: precise initialisation
			tr.initType(d)
		}
	}
	if m.VarArg {
		if err := tr.packVarArgs(in.Token); err != nil {
			return false, err
		}
	}
	tr.convPointerArgs(m.Params)
	tr.popArgs(m)
	defer tr.pushType(m.Ret)

	switch {
	case d.IsArray() && m.IsRuntimeImpl():
		switch m.Name {
		case "Get":
			tr.emit(Instr{Op: OpArrayGet, Ref: cs})
		case "Set":
			tr.emit(Instr{Op: OpArraySet, Ref: cs})
		case "Address":
			tr.emit(Instr{Op: OpArrayAddress, Ref: cs})
		default:
			return false, fmt.Errorf("unsupported array method %s", m.Name)
		}
		return true, nil
	case d.IsDelegate && m.Name == "Invoke" && m.IsRuntimeImpl():
		tr.emit(Instr{Op: OpInvokeDelegate, Ref: cs})
		return true, nil
	}

	if constrained != nil {
		cs.t = constrained
		if constrained.IsValueType() {
			impl, err := constrained.ResolveVirtual(m)
			if err == nil && impl.Declaring == constrained {
				cs.m = impl
				cs.mode = constrainedDirect
				if impl.IsInternalCall() {
					cs.fn, _ = impl.ICall.(ICall)
				}
			} else {
				cs.mode = constrainedBox
			}
		} else {
			cs.mode = constrainedDeref
		}
		tr.emit(Instr{Op: OpCallConstrained, Ref: cs})
		return true, nil
	}

	if virt && m.IsVirtual() && !(m.Flags&runtime.MethodFinal != 0 && !d.IsInterface()) {
		var b int32
		if tail && tr.canTailCall(m) {
			b = callTail
		}
		tr.emit(Instr{Op: OpCallVirt, Ref: cs, B: b})
		return true, nil
	}
	if m.IsInternalCall() {
		fn, ok := m.ICall.(ICall)
		if !ok {
			return false, &runtime.LoadError{Kind: "MissingMethod", Msg: fmt.Sprintf("internal call %s is not implemented", m.ICallKey())}
		}
		cs.fn = fn
		var nullCheck int32
		if virt {
			nullCheck = 1
		}
		tr.emit(Instr{Op: OpCallICall, Ref: cs, B: nullCheck})
		return true, nil
	}
	if m.IsAbstract() {
		return false, fmt.Errorf("call to abstract method %s", m)
	}
	var b int32
	if virt {
		b = callNullCheck
	}
	if tail && tr.canTailCall(m) {
		b |= callTail
	}
	tr.emit(Instr{Op: OpCall, Ref: cs, B: b})
	return true, nil
}

// canTailCall: a tail call reuses the caller's frame, which is safe when
// nothing in the caller's frame can be referenced by the callee.
func (tr *translator) canTailCall(m *runtime.Method) bool {
	for _, p := range m.Params {
		if p.Kind == runtime.KindByRef || p.Kind == runtime.KindPointer {
			return false
		}
	}
	return len(tr.body.Clauses) == 0
}

// Call instruction flags (Instr.B).
const (
	callNullCheck = 1 << 0 // callvirt of a non-virtual method: check this
	callTail      = 1 << 1 // tail. prefix: reuse the caller's frame
	// callPlain marks, in finished register code, a call of a managed
	// method with no other flag but callNullCheck: runReg takes it with
	// one or two tests.
	callPlain = 1 << 2
)

const (
	constrainedDeref  = iota // reference type: load the object and call virtually
	constrainedDirect        // value type implementing the method: call it with the byref
	constrainedBox           // value type inheriting the method: box and call virtually
)

func (tr *translator) calli(in *il.Instruction) (bool, error) {
	sa, err := tr.mod.MD.StandAloneSig(in.Token.Row())
	if err != nil {
		return false, err
	}
	_ = sa
	// The target method is known only at run time; the signature gives the
	// argument count and return type.
	blob, err := tr.mod.MD.Blob(sa.Signature)
	if err != nil {
		return false, err
	}
	sig, err := parseMethodSigTypes(tr.mod, blob, tr.ctx)
	if err != nil {
		return false, err
	}
	tr.pop() // function pointer
	for i := 0; i < sig.ArgCount(); i++ {
		tr.pop()
	}
	var b int32
	if tr.prefix.tail && len(tr.body.Clauses) == 0 {
		b = callTail
	}
	tr.prefix.tail = false
	tr.emit(Instr{Op: OpCallI, A: int32(sig.ArgCount()), Ref: sig, B: b})
	tr.pushType(sig.Ret)
	return true, nil
}

func (tr *translator) newobj(in *il.Instruction) (bool, error) {
	m, err := tr.mod.ResolveMethod(in.Token, tr.ctx)
	if err != nil {
		return false, err
	}
	d := m.Declaring
	if err := d.EnsureLoaded(); err != nil {
		return false, err
	}
	if d.Flags&0x80 != 0 && !d.IsArray() { // abstract
		return false, &runtime.LoadError{Kind: "MissingMethod", Msg: fmt.Sprintf("Cannot create an abstract class '%s'.", d.FullName())}
	}
	tr.initType(d)
	for range m.Params {
		tr.pop()
	}
	cs := tr.site(m)
	cs.nargs = len(m.Params)
	switch {
	case d.IsArray():
		tr.emit(Instr{Op: OpNewArrayMD, Ref: cs})
	case d == tr.vm.L.String:
		fn, ok := m.ICall.(ICall)
		if !ok {
			return false, &runtime.LoadError{Kind: "MissingMethod", Msg: fmt.Sprintf("string constructor %s is not implemented", m.ICallKey())}
		}
		cs.fn = fn
		tr.emit(Instr{Op: OpNewString, Ref: cs})
	case d.IsDelegate:
		tr.emit(Instr{Op: OpNewDelegate, Ref: cs})
	case d.IsValueType():
		tr.emit(Instr{Op: OpNewStruct, Ref: cs})
	default:
		if m.IsInternalCall() {
			cs.fn, _ = m.ICall.(ICall)
		}
		tr.emit(Instr{Op: OpNewObj, Ref: cs})
	}
	tr.pushType(d)
	return true, nil
}
