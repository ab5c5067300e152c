package inspect

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/strata-runtime/strata/internal/metadata"
)

// maxNameDepth bounds recursion through nesting and TypeSpecs so that
// cyclic (malformed) metadata cannot loop.
const maxNameDepth = 16

// namer turns tokens into ILAsm-like names for the dump.
type namer struct {
	m *metadata.Metadata
}

// token names any token that can appear as an IL operand or in a row.
func (n *namer) token(tok metadata.Token) string { return n.tokenDepth(tok, 0) }

func (n *namer) tokenDepth(tok metadata.Token, depth int) string {
	if depth > maxNameDepth {
		return "<too deep>"
	}
	switch tok.Table() {
	case metadata.TokenUserString:
		return n.userString(tok.Row())
	case metadata.TableTypeDef, metadata.TableTypeRef, metadata.TableTypeSpec:
		return n.typeName(tok, depth)
	case metadata.TableMethodDef:
		return n.methodDef(tok.Row(), depth)
	case metadata.TableField:
		return n.fieldDef(tok.Row(), depth)
	case metadata.TableMemberRef:
		return n.memberRef(tok.Row(), depth)
	case metadata.TableMethodSpec:
		return n.methodSpec(tok.Row(), depth)
	case metadata.TableStandAloneSig:
		return n.standAloneSig(tok.Row(), depth)
	}
	return tok.String()
}

func errName(err error) string { return "<error: " + err.Error() + ">" }

func (n *namer) userString(off uint32) string {
	u, err := n.m.UserString(off)
	if err != nil {
		return errName(err)
	}
	return strconv.Quote(string(utf16.Decode(u)))
}

// typeName names a TypeDef, TypeRef or TypeSpec.
func (n *namer) typeName(tok metadata.Token, depth int) string {
	if depth > maxNameDepth {
		return "<too deep>"
	}
	switch tok.Table() {
	case metadata.TableTypeDef:
		td, err := n.m.TypeDef(tok.Row())
		if err != nil {
			return errName(err)
		}
		name := qualify(td.Namespace, td.Name)
		if enc, ok := n.m.NestedClassOf(tok.Row()); ok {
			return n.typeName(metadata.NewToken(metadata.TableTypeDef, enc), depth+1) + "/" + name
		}
		return name
	case metadata.TableTypeRef:
		tr, err := n.m.TypeRef(tok.Row())
		if err != nil {
			return errName(err)
		}
		name := qualify(tr.Namespace, tr.Name)
		scope := tr.ResolutionScope
		switch scope.Table() {
		case metadata.TableAssemblyRef:
			if ar, err := n.m.AssemblyRef(scope.Row()); err == nil {
				return "[" + ar.Name + "]" + name
			}
		case metadata.TableModuleRef:
			if mr, err := n.m.ModuleRef(scope.Row()); err == nil {
				return "[.module " + mr.Name + "]" + name
			}
		case metadata.TableTypeRef:
			if !scope.IsNil() {
				return n.typeName(scope, depth+1) + "/" + name
			}
		}
		return name
	case metadata.TableTypeSpec:
		ts, err := n.m.TypeSpec(tok.Row())
		if err != nil {
			return errName(err)
		}
		b, err := n.m.Blob(ts.Signature)
		if err != nil {
			return errName(err)
		}
		sig, err := metadata.ParseTypeSpec(b)
		if err != nil {
			return errName(err)
		}
		return n.sigType(sig, depth+1)
	}
	return tok.String()
}

func qualify(ns, name string) string {
	if ns == "" {
		return name
	}
	return ns + "." + name
}

// sigType formats a signature type with resolved names.
func (n *namer) sigType(t *metadata.TypeSig, depth int) string {
	return t.Format(func(tok metadata.Token) string { return n.typeName(tok, depth+1) })
}

func (n *namer) fmtFunc(depth int) func(metadata.Token) string {
	return func(tok metadata.Token) string { return n.typeName(tok, depth+1) }
}

func (n *namer) methodSigString(sigIdx uint32, owner, name string, depth int) string {
	b, err := n.m.Blob(sigIdx)
	if err != nil {
		return errName(err)
	}
	sig, err := metadata.ParseMethodSig(b)
	if err != nil {
		return errName(err)
	}
	return sig.FormatNamed(owner+"::"+name, n.fmtFunc(depth))
}

func (n *namer) methodDef(row uint32, depth int) string {
	md, err := n.m.MethodDef(row)
	if err != nil {
		return errName(err)
	}
	owner := "<unknown>"
	if t := n.m.DeclaringTypeOfMethod(row); t != 0 {
		owner = n.typeName(metadata.NewToken(metadata.TableTypeDef, t), depth+1)
	}
	return n.methodSigString(md.Signature, owner, md.Name, depth)
}

func (n *namer) fieldDef(row uint32, depth int) string {
	f, err := n.m.Field(row)
	if err != nil {
		return errName(err)
	}
	owner := "<unknown>"
	if t := n.m.DeclaringTypeOfField(row); t != 0 {
		owner = n.typeName(metadata.NewToken(metadata.TableTypeDef, t), depth+1)
	}
	return n.fieldSigString(f.Signature, depth) + " " + owner + "::" + f.Name
}

func (n *namer) fieldSigString(sigIdx uint32, depth int) string {
	b, err := n.m.Blob(sigIdx)
	if err != nil {
		return errName(err)
	}
	t, err := metadata.ParseFieldSig(b)
	if err != nil {
		return errName(err)
	}
	return n.sigType(t, depth)
}

func (n *namer) memberRef(row uint32, depth int) string {
	mr, err := n.m.MemberRef(row)
	if err != nil {
		return errName(err)
	}
	var owner string
	switch mr.Class.Table() {
	case metadata.TableMethodDef: // vararg call site of a local method
		owner = n.tokenDepth(mr.Class, depth+1)
	case metadata.TableModuleRef:
		if r, err := n.m.ModuleRef(mr.Class.Row()); err == nil {
			owner = "[.module " + r.Name + "]"
		}
	default:
		owner = n.typeName(mr.Class, depth+1)
	}
	b, err := n.m.Blob(mr.Signature)
	if err != nil {
		return errName(err)
	}
	if len(b) > 0 && b[0]&0x0F == metadata.CallConvField {
		return n.fieldSigString(mr.Signature, depth) + " " + owner + "::" + mr.Name
	}
	return n.methodSigString(mr.Signature, owner, mr.Name, depth)
}

func (n *namer) methodSpec(row uint32, depth int) string {
	ms, err := n.m.MethodSpec(row)
	if err != nil {
		return errName(err)
	}
	b, err := n.m.Blob(ms.Instantiation)
	if err != nil {
		return errName(err)
	}
	args, err := metadata.ParseMethodSpec(b)
	if err != nil {
		return errName(err)
	}
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = n.sigType(a, depth)
	}
	return n.tokenDepth(ms.Method, depth+1) + " <" + strings.Join(parts, ", ") + ">"
}

func (n *namer) standAloneSig(row uint32, depth int) string {
	ss, err := n.m.StandAloneSig(row)
	if err != nil {
		return errName(err)
	}
	b, err := n.m.Blob(ss.Signature)
	if err != nil {
		return errName(err)
	}
	if len(b) > 0 && b[0] == metadata.CallConvLocalSig {
		locals, err := metadata.ParseLocalsSig(b)
		if err != nil {
			return errName(err)
		}
		return "(" + n.typeList(locals, depth) + ")"
	}
	sig, err := metadata.ParseMethodSig(b)
	if err != nil {
		return errName(err)
	}
	return sig.Format(n.fmtFunc(depth))
}

func (n *namer) typeList(ts []*metadata.TypeSig, depth int) string {
	parts := make([]string, len(ts))
	for i, t := range ts {
		parts[i] = n.sigType(t, depth)
	}
	return strings.Join(parts, ", ")
}

// guid formats a GUID in registry format.
func guid(g [16]byte) string {
	return fmt.Sprintf("{%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x}",
		g[3], g[2], g[1], g[0], g[5], g[4], g[7], g[6], g[8], g[9], g[10], g[11], g[12], g[13], g[14], g[15])
}
