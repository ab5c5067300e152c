package engine_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"strings"
	"testing"
)

// TestDispatchCodes checks that every dispatch code setDispatch can give
// an instruction (the untyped constants dBr..., dLd... of code.go) has a
// case of its own in runReg's switch: a code without one would fall to
// the general path, which does not know it, and the instruction would
// never run.
func TestDispatchCodes(t *testing.T) {
	fset := token.NewFileSet()
	code, err := parser.ParseFile(fset, "code.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	reg, err := parser.ParseFile(fset, "reg.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	// The codes: the constants of the block that starts with dCodes + iota.
	var codes []string
	for _, d := range code.Decls {
		g, ok := d.(*ast.GenDecl)
		if !ok || g.Tok != token.CONST {
			continue
		}
		first := true
		inBlock := false
		for _, sp := range g.Specs {
			vs := sp.(*ast.ValueSpec)
			if first {
				first = false
				if len(vs.Values) == 1 {
					if b, ok := vs.Values[0].(*ast.BinaryExpr); ok {
						if id, ok := b.X.(*ast.Ident); ok && id.Name == "dCodes" {
							inBlock = true
						}
					}
				}
			}
			if !inBlock {
				break
			}
			for _, n := range vs.Names {
				if n.Name != "dEnd" {
					codes = append(codes, n.Name)
				}
			}
		}
	}
	if len(codes) == 0 {
		t.Fatal("no dispatch codes found in code.go")
	}
	cases := map[string]bool{}
	ast.Inspect(reg, func(n ast.Node) bool {
		if fd, ok := n.(*ast.FuncDecl); ok && fd.Name.Name != "runReg" {
			return false
		}
		if cc, ok := n.(*ast.CaseClause); ok {
			for _, e := range cc.List {
				if id, ok := e.(*ast.Ident); ok && strings.HasPrefix(id.Name, "d") {
					cases[id.Name] = true
				}
			}
		}
		return true
	})
	for _, c := range codes {
		if !cases[c] {
			t.Errorf("dispatch code %s has no case in runReg", c)
		}
	}
}
