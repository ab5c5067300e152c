package metadata

import (
	"encoding/binary"
	"errors"
	"reflect"
	"testing"
	"unicode/utf16"
)

// Tests against testdata/features.exe, compiled by mcs from features.cs.
// Expected values were checked against monodis.

func TestFeaturesRowCounts(t *testing.T) {
	m := openTest(t, "features.exe").Metadata()
	want := map[TableID]uint32{
		TableModule: 1, TableTypeDef: 14, TableMethodDef: 29, TableField: 17,
		TableInterfaceImpl: 3, TableMethodImpl: 1, TableCustomAttribute: 12,
		TableNestedClass: 2, TableGenericParam: 2, TableGenericParamConstraint: 1,
		TableImplMap: 2, TableModuleRef: 1, TableFieldRVA: 1, TableClassLayout: 2,
		TableFieldLayout: 2, TableAssembly: 1, TableAssemblyRef: 1, TableEventMap: 1,
		TableEvent: 1, TableFieldMarshal: 1, TableFieldPtr: 0, TableEncLog: 0,
	}
	for tab, n := range want {
		if got := m.RowCount(tab); got != n {
			t.Errorf("%s rows = %d, want %d", tab, got, n)
		}
	}
	if m.Version() != "v4.0.30319" || m.IsUncompressed() || m.IsMinimalDelta() {
		t.Errorf("version %q uncompressed %v delta %v", m.Version(), m.IsUncompressed(), m.IsMinimalDelta())
	}
}

func TestFeaturesTypes(t *testing.T) {
	im := openTest(t, "features.exe")
	m := im.Metadata()
	td, err := m.TypeDef(7)
	if err != nil {
		t.Fatal(err)
	}
	if td.Name != "Circle" || td.Namespace != "Strata.Tests" || td.Extends.Table() != TableTypeRef {
		t.Errorf("TypeDef 7 = %+v", td)
	}
	base, err := m.TypeRef(td.Extends.Row())
	if err != nil || base.Name != "Object" || base.Namespace != "System" || base.ResolutionScope.Table() != TableAssemblyRef {
		t.Errorf("Circle base = %+v, %v", base, err)
	}
	fields, err := m.TypeFields(7)
	if err != nil || !reflect.DeepEqual(fields, []uint32{9, 10, 11, 12, 13}) {
		t.Errorf("TypeFields(7) = %v, %v", fields, err)
	}
	methods, err := m.TypeMethods(7)
	if err != nil || !reflect.DeepEqual(methods, []uint32{6, 7, 8, 9, 10, 11, 12, 13}) {
		t.Errorf("TypeMethods(7) = %v, %v", methods, err)
	}
	if got, _ := m.TypeMethods(14); len(got) != 0 {
		t.Errorf("last type methods = %v", got)
	}
	if enc, ok := m.NestedClassOf(8); !ok || enc != 7 {
		t.Errorf("NestedClassOf(8) = %d, %v", enc, ok)
	}
	if _, ok := m.NestedClassOf(7); ok {
		t.Error("Circle is not nested")
	}
	ifaces, err := m.InterfacesOf(7)
	if err != nil || !reflect.DeepEqual(ifaces, []Token{0x02000004, 0x02000005}) {
		t.Errorf("InterfacesOf(7) = %v, %v", ifaces, err)
	}
	gps, err := m.GenericParamsOf(NewToken(TableTypeDef, 9))
	if err != nil || len(gps) != 1 || gps[0].Name != "T" || gps[0].Number != 0 {
		t.Errorf("GenericParamsOf(Box`1) = %+v, %v", gps, err)
	}
	gpRows, _ := m.GenericParamRowsOf(NewToken(TableTypeDef, 9))
	if cs, err := m.ConstraintsOf(gpRows[0]); err != nil || len(cs) != 1 || cs[0] != 0x02000004 {
		t.Errorf("constraints of T = %v, %v", cs, err)
	}
	mgps, err := m.GenericParamsOf(NewToken(TableMethodDef, 16))
	if err != nil || len(mgps) != 1 || mgps[0].Name != "U" {
		t.Errorf("GenericParamsOf(Convert) = %+v, %v", mgps, err)
	}
	if cl, ok := m.ClassLayoutOf(6); !ok || cl.ClassSize != 16 {
		t.Errorf("ClassLayoutOf(Pair) = %+v, %v", cl, ok)
	}
	impls, err := m.MethodImplsOf(10)
	if err != nil || len(impls) != 1 || impls[0].Body != 0x06000012 || impls[0].Declaration != 0x06000004 {
		t.Errorf("MethodImplsOf(Square) = %+v, %v", impls, err)
	}
	if got := m.DeclaringTypeOfMethod(16); got != 9 {
		t.Errorf("DeclaringTypeOfMethod(16) = %d", got)
	}
	if got := m.DeclaringTypeOfField(17); got != 13 {
		t.Errorf("DeclaringTypeOfField(17) = %d", got)
	}
	if got := m.DeclaringTypeOfMethod(9999); got != 0 {
		t.Errorf("DeclaringTypeOfMethod(9999) = %d", got)
	}
	props, err := m.TypeProperties(7)
	if err != nil || len(props) != 2 {
		t.Fatalf("TypeProperties(7) = %v, %v", props, err)
	}
	p, _ := m.Property(props[1])
	pb, _ := m.Blob(p.Type)
	ps, err := ParsePropertySig(pb)
	if err != nil || p.Name != "Item" || !ps.HasThis || ps.Type.Kind != ElemR8 || len(ps.Params) != 1 || ps.Params[0].Kind != ElemI4 {
		t.Errorf("property %q sig %+v, %v", p.Name, ps, err)
	}
	events, err := m.TypeEvents(7)
	if err != nil || len(events) != 1 {
		t.Fatalf("TypeEvents(7) = %v, %v", events, err)
	}
	if ev, _ := m.Event(events[0]); ev.Name != "Changed" {
		t.Errorf("event = %+v", ev)
	}
}

func TestFeaturesConstantsAndData(t *testing.T) {
	im := openTest(t, "features.exe")
	m := im.Metadata()
	find := func(name string) uint32 {
		for r := uint32(1); r <= m.RowCount(TableField); r++ {
			if f, _ := m.Field(r); f.Name == name {
				return r
			}
		}
		t.Fatalf("no field %s", name)
		return 0
	}
	c, ok := m.ConstantOf(NewToken(TableField, find("Sides")))
	if !ok || ElementType(c.Type) != ElemI4 {
		t.Errorf("Sides constant = %+v, %v", c, ok)
	}
	c, ok = m.ConstantOf(NewToken(TableField, find("Label")))
	b, _ := m.Blob(c.Value)
	if !ok || ElementType(c.Type) != ElemString || string(utf16.Decode(u16s(b))) != "round" {
		t.Errorf("Label constant = %+v %q", c, b)
	}
	rva, ok := m.FieldRVAOf(17)
	if !ok {
		t.Fatal("no FieldRVA for the array initialiser")
	}
	data, err := im.ReadRVA(rva, 32)
	if err != nil {
		t.Fatal(err)
	}
	var primes []uint32
	for i := 0; i < 32; i += 4 {
		primes = append(primes, binary.LittleEndian.Uint32(data[i:]))
	}
	if !reflect.DeepEqual(primes, []uint32{2, 3, 5, 7, 11, 13, 17, 19}) {
		t.Errorf("primes = %v", primes)
	}
	if _, err := im.ReadRVA(0x7fffffff, 4); !errors.Is(err, ErrMalformed) {
		t.Errorf("ReadRVA outside sections: %v", err)
	}
	im2, _ := m.ImplMap(1)
	scope, _ := m.ModuleRef(im2.ImportScope.Row())
	if im2.ImportName != "getpid" || scope.Name != "libc" || im2.MemberForwarded != 0x06000013 {
		t.Errorf("ImplMap = %+v scope %+v", im2, scope)
	}
	fm, err := m.FieldMarshal(1)
	if err != nil || fm.Parent.Table() != TableParam {
		t.Errorf("FieldMarshal = %+v, %v", fm, err)
	}
}

func u16s(b []byte) []uint16 {
	out := make([]uint16, len(b)/2)
	for i := range out {
		out[i] = binary.LittleEndian.Uint16(b[2*i:])
	}
	return out
}

func TestFeaturesSignatures(t *testing.T) {
	m := openTest(t, "features.exe").Metadata()
	sigOf := func(row uint32) *MethodSig {
		md, err := m.MethodDef(row)
		if err != nil {
			t.Fatal(err)
		}
		b, err := m.Blob(md.Signature)
		if err != nil {
			t.Fatal(err)
		}
		s, err := ParseMethodSig(b)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	want := map[uint32]string{
		1:  "instance void (string, int32, valuetype [0x02000002], class [0x0100001b], int32[])",
		16: "instance !!0 <1>(class [0x01000013]<!0, !!0>)",
		24: "int32 (int32*, int32)",
		29: "int32 (string[])",
	}
	for row, w := range want {
		if got := sigOf(row).String(); got != w {
			t.Errorf("method %d sig = %q, want %q", row, got, w)
		}
	}
	s := sigOf(16)
	if !s.HasThis || !s.Generic || s.GenParamCount != 1 || s.Ret.Kind != ElemMVar || s.SentinelIndex != -1 {
		t.Errorf("Convert sig = %+v", s)
	}
	f, _ := m.Field(16) // List<T> Items
	fb, _ := m.Blob(f.Signature)
	ft, err := ParseFieldSig(fb)
	if err != nil || ft.Kind != ElemGenericInst || ft.Elem.Kind != ElemClass || len(ft.Args) != 1 || ft.Args[0].Kind != ElemVar {
		t.Errorf("Items field sig = %v, %v", ft, err)
	}
}

func TestFeaturesBodies(t *testing.T) {
	im := openTest(t, "features.exe")
	m := im.Metadata()
	if im.EntryPoint() != 0x0600001d {
		t.Errorf("entry point = %s", im.EntryPoint())
	}
	md, _ := m.MethodDef(25) // Guarded
	if md.Name != "Guarded" {
		t.Fatalf("method 25 = %s", md.Name)
	}
	body, err := im.MethodBody(md.RVA)
	if err != nil {
		t.Fatal(err)
	}
	if !body.Fat || len(body.Clauses) != 3 {
		t.Fatalf("Guarded body = %+v", body)
	}
	kinds := []uint32{body.Clauses[0].Flags, body.Clauses[1].Flags, body.Clauses[2].Flags}
	if !reflect.DeepEqual(kinds, []uint32{EHException, EHFilter, EHFinally}) {
		t.Errorf("clause kinds = %v", kinds)
	}
	if body.Clauses[0].ClassToken.Table() != TableTypeRef || body.Clauses[1].FilterOffset == 0 {
		t.Errorf("clauses = %+v", body.Clauses)
	}
	ss, err := m.StandAloneSig(body.LocalVarSig.Row())
	if err != nil {
		t.Fatal(err)
	}
	lb, _ := m.Blob(ss.Signature)
	locals, err := ParseLocalsSig(lb)
	if err != nil || len(locals) != 2 || locals[0].Kind != ElemI4 || locals[1].Kind != ElemClass {
		t.Errorf("locals = %v, %v", locals, err)
	}
	md, _ = m.MethodDef(26) // Big: tiny body
	body, err = im.MethodBody(md.RVA)
	if err != nil || body.Fat || body.MaxStack != 8 || body.HeaderSize != 1 || len(body.Code) == 0 {
		t.Errorf("Big body = %+v, %v", body, err)
	}
	us, err := m.UserString(1)
	if err != nil || len(us) == 0 {
		t.Errorf("user string 1 = %v, %v", us, err)
	}
}

func TestFeaturesCustomAttribute(t *testing.T) {
	m := openTest(t, "features.exe").Metadata()
	cas, err := m.CustomAttributesOf(NewToken(TableTypeDef, 7))
	if err != nil || len(cas) != 2 {
		t.Fatalf("CustomAttributesOf(Circle) = %v, %v", cas, err)
	}
	ca := cas[0]
	md, _ := m.MethodDef(ca.Type.Row())
	sb, _ := m.Blob(md.Signature)
	ctor, _ := ParseMethodSig(sb)
	vb, _ := m.Blob(ca.Value)
	resolve := func(tok Token) (ElementType, error) {
		if tok == 0x02000002 { // Color : short
			return ElemI2, nil
		}
		return ElemCAType, nil
	}
	v, err := ParseCustomAttributeValue(vb, ctor.Params, resolve)
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Fixed) != 5 || v.Fixed[0].Value != "circle" || v.Fixed[1].Value != int32(3) ||
		v.Fixed[2].Value != int16(4) || !v.Fixed[2].Enum || v.Fixed[3].Value != "Strata.Tests.Pair" ||
		v.Fixed[3].Type != ElemCAType {
		t.Errorf("fixed = %+v", v.Fixed)
	}
	arr, _ := v.Fixed[4].Value.([]CAArg)
	if len(arr) != 2 || arr[0].Value != int32(1) || arr[1].Value != int32(2) {
		t.Errorf("array = %+v", v.Fixed[4])
	}
	if len(v.Named) != 2 || v.Named[0].Name != "Extra" || v.Named[0].IsProperty || v.Named[0].Arg.Value != "x" ||
		v.Named[1].Name != "Flag" || !v.Named[1].IsProperty || v.Named[1].Arg.Value != true {
		t.Errorf("named = %+v", v.Named)
	}
}

func TestRowRange(t *testing.T) {
	m := openTest(t, "features.exe").Metadata()
	for _, r := range []uint32{0, 15, 1 << 31} {
		_, err := m.TypeDef(r)
		var re *RowError
		if !errors.Is(err, ErrRowOutOfRange) || !errors.As(err, &re) || re.Table != TableTypeDef {
			t.Errorf("TypeDef(%d) err = %v", r, err)
		}
	}
	if _, err := m.TypeFields(0); !errors.Is(err, ErrRowOutOfRange) {
		t.Errorf("TypeFields(0) = %v", err)
	}
	if _, err := m.String(1 << 30); !errors.Is(err, ErrMalformed) {
		t.Errorf("String(huge) = %v", err)
	}
	if _, err := m.Blob(1 << 30); !errors.Is(err, ErrMalformed) {
		t.Errorf("Blob(huge) = %v", err)
	}
	if _, err := m.GUID(99); !errors.Is(err, ErrMalformed) {
		t.Errorf("GUID(99) = %v", err)
	}
	if _, err := m.UserString(1 << 30); !errors.Is(err, ErrMalformed) {
		t.Errorf("UserString(huge) = %v", err)
	}
	if _, err := m.RawRow(TableID(0x30), 1); err == nil {
		t.Error("RawRow of unknown table succeeded")
	}
}

func TestHelloWalk(t *testing.T) {
	for _, name := range []string{"hello.exe", "features.exe"} {
		s := walkImage(openTest(t, name))
		if s.firstErr != nil {
			t.Errorf("%s: %v", name, s.firstErr)
		}
	}
}
