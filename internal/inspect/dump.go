package inspect

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/strata-runtime/strata/internal/il"
	"github.com/strata-runtime/strata/internal/metadata"
)

// maxBlobDump is how many bytes of a blob the table dump shows.
const maxBlobDump = 32

// Dump writes a full description of the image at path to w.
func Dump(w io.Writer, path string) error {
	im, err := metadata.Open(path)
	if err != nil {
		return fmt.Errorf("inspect: %w", err)
	}
	return dumpImage(w, filepath.Base(path), im)
}

// dumpImage writes the dump of an already loaded image. Problems inside the
// image are rendered inline as "<error: ...>" so that as much as possible is
// shown; only write errors are returned.
func dumpImage(w io.Writer, name string, im *metadata.Image) error {
	bw := bufio.NewWriter(w)
	d := &dumper{w: bw, im: im, m: im.Metadata(), n: &namer{m: im.Metadata()}}
	fmt.Fprintf(bw, "File: %s\n", name)
	d.headers()
	d.streams()
	d.tables()
	d.types()
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("inspect: write: %w", err)
	}
	return nil
}

type dumper struct {
	w  *bufio.Writer
	im *metadata.Image
	m  *metadata.Metadata
	n  *namer
}

func (d *dumper) printf(format string, args ...any) { fmt.Fprintf(d.w, format, args...) }

func (d *dumper) headers() {
	pe := d.im.PEHeader()
	format := "PE32"
	if pe.PE32Plus {
		format = "PE32+"
	}
	d.printf("\nPE header:\n")
	d.printf("  Machine:         %s (0x%04x)\n", metadata.MachineName(pe.Machine), pe.Machine)
	d.printf("  Format:          %s\n", format)
	d.printf("  Characteristics: 0x%04x\n", pe.Characteristics)
	d.printf("  Subsystem:       %d\n", pe.Subsystem)
	d.printf("  DllFlags:        0x%04x\n", pe.DllFlags)
	d.printf("  ImageBase:       0x%x\n", pe.ImageBase)
	d.printf("  Sections:\n")
	for _, s := range d.im.Sections() {
		d.printf("    %-8s VA 0x%08x VSize 0x%08x Raw 0x%08x RawSize 0x%08x Flags 0x%08x\n",
			s.Name, s.VirtualAddress, s.VirtualSize, s.PointerToRaw, s.SizeOfRawData, s.Characteristics)
	}
	c := d.im.CLIHeader()
	d.printf("\nCLI header:\n")
	d.printf("  Runtime:         %d.%d\n", c.MajorRuntimeVersion, c.MinorRuntimeVersion)
	d.printf("  Flags:           0x%08x %s\n", c.Flags, renderFlags(c.Flags, cliFlagNames))
	ep := d.im.EntryPoint()
	if ep.IsNil() {
		d.printf("  EntryPoint:      none\n")
	} else {
		d.printf("  EntryPoint:      %s %s\n", ep, d.n.token(ep))
	}
	dirs := []struct {
		name string
		dir  metadata.DataDirectory
	}{
		{"Metadata", c.MetaData}, {"Resources", c.Resources},
		{"StrongNameSig", c.StrongNameSignature}, {"VTableFixups", c.VTableFixups},
	}
	for _, x := range dirs {
		if x.dir.RVA != 0 || x.dir.Size != 0 {
			d.printf("  %-16s RVA 0x%08x Size 0x%x\n", x.name+":", x.dir.RVA, x.dir.Size)
		}
	}
}

func (d *dumper) streams() {
	major, minor := d.m.RootVersion()
	d.printf("\nMetadata:\n")
	d.printf("  Version:  %s (root %d.%d)\n", d.m.Version(), major, minor)
	d.printf("  Streams:\n")
	for _, s := range d.m.Streams() {
		d.printf("    %-10s offset 0x%08x size %d\n", s.Name, s.Offset, s.Size)
	}
	h := d.m.TablesHeader()
	d.printf("  Tables:   schema %d.%d HeapSizes 0x%02x Valid 0x%016x Sorted 0x%016x",
		h.MajorVersion, h.MinorVersion, h.HeapSizes, h.Valid, h.Sorted)
	if h.HeapSizes&metadata.HeapExtraData != 0 {
		d.printf(" ExtraData 0x%08x", h.ExtraData)
	}
	d.printf("\n")
	if d.m.IsUncompressed() {
		d.printf("  Uncompressed (#-) tables\n")
	}
	if d.m.IsMinimalDelta() {
		d.printf("  Minimal delta (#JTD)\n")
	}
}

func (d *dumper) tables() {
	d.printf("\nTables:\n")
	for t := metadata.TableID(0); int(t) < metadata.NumTables; t++ {
		n := d.m.RowCount(t)
		if n == 0 {
			continue
		}
		d.printf("  %s (0x%02x): %d rows\n", t, uint8(t), n)
		cols := metadata.Columns(t)
		for r := uint32(1); r <= n; r++ {
			raw, err := d.m.RawRow(t, r)
			if err != nil {
				d.printf("    %d: %s\n", r, errName(err))
				continue
			}
			parts := make([]string, len(cols))
			for i, c := range cols {
				parts[i] = c.Name + "=" + d.cell(c, raw[i])
			}
			d.printf("    %d: %s\n", r, strings.Join(parts, " "))
		}
	}
}

// cell renders one raw column value.
func (d *dumper) cell(c metadata.Column, v uint32) string {
	switch c.Kind {
	case metadata.ColumnString:
		s, err := d.m.String(v)
		if err != nil {
			return errName(err)
		}
		return strconv.Quote(s)
	case metadata.ColumnGUID:
		if v == 0 {
			return "nil"
		}
		g, err := d.m.GUID(v)
		if err != nil {
			return errName(err)
		}
		return guid(g)
	case metadata.ColumnBlob:
		b, err := d.m.Blob(v)
		if err != nil {
			return errName(err)
		}
		return hexBlob(b)
	case metadata.ColumnTable:
		if v == 0 {
			return "nil"
		}
		return metadata.NewToken(c.Table, v).String()
	case metadata.ColumnList:
		return fmt.Sprintf("%s#%d", c.Table, v)
	case metadata.ColumnCoded:
		tok, err := metadata.DecodeCodedIndex(c.Coded, v)
		if err != nil {
			return errName(err)
		}
		if tok.IsNil() {
			return "nil"
		}
		return tok.String()
	}
	return fmt.Sprintf("0x%x", v)
}

func hexBlob(b []byte) string {
	var sb strings.Builder
	sb.WriteString("[")
	for i, c := range b {
		if i == maxBlobDump {
			sb.WriteString(" ...")
			break
		}
		if i > 0 {
			sb.WriteString(" ")
		}
		fmt.Fprintf(&sb, "%02x", c)
	}
	fmt.Fprintf(&sb, "](%d)", len(b))
	return sb.String()
}

func (d *dumper) types() {
	d.printf("\nTypes:\n")
	for r := uint32(1); r <= d.m.RowCount(metadata.TableTypeDef); r++ {
		d.typeDef(r)
	}
}

func (d *dumper) typeDef(row uint32) {
	tok := metadata.NewToken(metadata.TableTypeDef, row)
	td, err := d.m.TypeDef(row)
	if err != nil {
		d.printf("  %s %s\n", tok, errName(err))
		return
	}
	d.printf("\n  .class %s %s", renderFlags(td.Flags, typeFlagNames), d.n.token(tok))
	if gps, err := d.m.GenericParamsOf(tok); err == nil && len(gps) > 0 {
		d.printf("%s", genericParamList(gps))
	}
	d.printf("  // %s\n", tok)
	if !td.Extends.IsNil() {
		d.printf("      extends %s\n", d.n.token(td.Extends))
	}
	ifaces, err := d.m.InterfacesOf(row)
	if err != nil {
		d.printf("      implements %s\n", errName(err))
	}
	for _, it := range ifaces {
		d.printf("      implements %s\n", d.n.token(it))
	}
	if cl, ok := d.m.ClassLayoutOf(row); ok {
		d.printf("    .pack %d\n    .size %d\n", cl.PackingSize, cl.ClassSize)
	}
	d.customAttributes("    ", tok)
	fields, err := d.m.TypeFields(row)
	if err != nil {
		d.printf("    .field %s\n", errName(err))
	}
	for _, f := range fields {
		d.field(f)
	}
	props, err := d.m.TypeProperties(row)
	if err != nil {
		d.printf("    .property %s\n", errName(err))
	}
	for _, p := range props {
		d.property(p)
	}
	events, err := d.m.TypeEvents(row)
	if err != nil {
		d.printf("    .event %s\n", errName(err))
	}
	for _, e := range events {
		if ev, err := d.m.Event(e); err != nil {
			d.printf("    .event %s\n", errName(err))
		} else {
			d.printf("    .event %s %s  // %s\n", d.n.token(ev.EventType), ev.Name, metadata.NewToken(metadata.TableEvent, e))
		}
	}
	impls, err := d.m.MethodImplsOf(row)
	if err != nil {
		d.printf("    .override %s\n", errName(err))
	}
	for _, mi := range impls {
		d.printf("    .override %s with %s\n", d.n.token(mi.Declaration), d.n.token(mi.Body))
	}
	methods, err := d.m.TypeMethods(row)
	if err != nil {
		d.printf("    .method %s\n", errName(err))
	}
	for _, mr := range methods {
		d.method(mr)
	}
}

func genericParamList(gps []metadata.GenericParamRow) string {
	names := make([]string, len(gps))
	for i, g := range gps {
		names[i] = g.Name
	}
	return "<" + strings.Join(names, ", ") + ">"
}

func (d *dumper) field(row uint32) {
	tok := metadata.NewToken(metadata.TableField, row)
	f, err := d.m.Field(row)
	if err != nil {
		d.printf("    .field %s\n", errName(err))
		return
	}
	d.printf("    .field %s %s %s", renderFlags(uint32(f.Flags), fieldFlagNames), d.n.fieldSigString(f.Signature, 0), f.Name)
	if c, ok := d.m.ConstantOf(tok); ok {
		d.printf(" = %s", d.constant(c))
	}
	if rva, ok := d.m.FieldRVAOf(row); ok {
		d.printf(" at RVA 0x%08x", rva)
	}
	d.printf("  // %s\n", tok)
	d.customAttributes("      ", tok)
}

func (d *dumper) property(row uint32) {
	tok := metadata.NewToken(metadata.TableProperty, row)
	p, err := d.m.Property(row)
	if err != nil {
		d.printf("    .property %s\n", errName(err))
		return
	}
	b, err := d.m.Blob(p.Type)
	var sig string
	if err == nil {
		var ps *metadata.PropertySig
		if ps, err = metadata.ParsePropertySig(b); err == nil {
			sig = d.n.sigType(ps.Type, 0) + " " + p.Name + "(" + d.n.typeList(ps.Params, 0) + ")"
			if ps.HasThis {
				sig = "instance " + sig
			}
		}
	}
	if err != nil {
		sig = errName(err)
	}
	d.printf("    .property %s  // %s\n", sig, tok)
}

// constantSizes is the blob size of each primitive constant type.
var constantSizes = map[metadata.ElementType]int{
	metadata.ElemBoolean: 1, metadata.ElemChar: 2, metadata.ElemI1: 1, metadata.ElemU1: 1,
	metadata.ElemI2: 2, metadata.ElemU2: 2, metadata.ElemI4: 4, metadata.ElemU4: 4,
	metadata.ElemI8: 8, metadata.ElemU8: 8, metadata.ElemR4: 4, metadata.ElemR8: 8,
}

// constant renders a Constant row's value (II.22.9).
func (d *dumper) constant(c metadata.ConstantRow) string {
	b, err := d.m.Blob(c.Value)
	if err != nil {
		return errName(err)
	}
	et := metadata.ElementType(c.Type)
	le := func(n int) (uint64, bool) {
		if len(b) < n {
			return 0, false
		}
		var v uint64
		for i := n - 1; i >= 0; i-- {
			v = v<<8 | uint64(b[i])
		}
		return v, true
	}
	switch et {
	case metadata.ElemString:
		u := make([]uint16, len(b)/2)
		for i := range u {
			u[i] = uint16(b[2*i]) | uint16(b[2*i+1])<<8
		}
		return "string(" + strconv.Quote(string(utf16.Decode(u))) + ")"
	case metadata.ElemClass:
		return "nullref"
	}
	n, ok := constantSizes[et]
	if !ok {
		return fmt.Sprintf("<constant of type 0x%02x>", c.Type)
	}
	v, ok := le(n)
	if !ok {
		return "<truncated constant>"
	}
	return fmt.Sprintf("%s(0x%x)", et, v)
}

func (d *dumper) customAttributes(indent string, parent metadata.Token) {
	cas, err := d.m.CustomAttributesOf(parent)
	if err != nil {
		d.printf("%s.custom %s\n", indent, errName(err))
		return
	}
	for _, ca := range cas {
		d.printf("%s.custom %s%s\n", indent, d.n.token(ca.Type), d.caValue(ca))
	}
}

// caValue decodes a custom attribute's arguments for display.
func (d *dumper) caValue(ca metadata.CustomAttributeRow) string {
	var sigIdx uint32
	switch ca.Type.Table() {
	case metadata.TableMethodDef:
		md, err := d.m.MethodDef(ca.Type.Row())
		if err != nil {
			return " " + errName(err)
		}
		sigIdx = md.Signature
	case metadata.TableMemberRef:
		mr, err := d.m.MemberRef(ca.Type.Row())
		if err != nil {
			return " " + errName(err)
		}
		sigIdx = mr.Signature
	default:
		return ""
	}
	sb, err := d.m.Blob(sigIdx)
	if err != nil {
		return " " + errName(err)
	}
	ctor, err := metadata.ParseMethodSig(sb)
	if err != nil {
		return " " + errName(err)
	}
	vb, err := d.m.Blob(ca.Value)
	if err != nil {
		return " " + errName(err)
	}
	v, err := metadata.ParseCustomAttributeValue(vb, ctor.Params, metadata.LocalCAResolver(d.m))
	if err != nil {
		return " = " + hexBlob(vb)
	}
	var parts []string
	for _, a := range v.Fixed {
		parts = append(parts, caArg(a))
	}
	for _, na := range v.Named {
		parts = append(parts, na.Name+"="+caArg(na.Arg))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

func caArg(a metadata.CAArg) string {
	switch v := a.Value.(type) {
	case nil:
		return "null"
	case string:
		if a.Type == metadata.ElemCAType {
			return "typeof(" + v + ")"
		}
		return strconv.Quote(v)
	case []metadata.CAArg:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = caArg(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	return fmt.Sprint(a.Value)
}

func (d *dumper) method(row uint32) {
	tok := metadata.NewToken(metadata.TableMethodDef, row)
	md, err := d.m.MethodDef(row)
	if err != nil {
		d.printf("    .method %s\n", errName(err))
		return
	}
	d.printf("\n    .method %s %s %s  // %s",
		renderFlags(uint32(md.Flags), methodFlagNames), d.methodHeader(row, md), renderFlags(uint32(md.ImplFlags), implFlagNames), tok)
	if md.RVA != 0 {
		d.printf(" RVA 0x%08x", md.RVA)
	}
	d.printf("\n")
	d.customAttributes("      ", tok)
	if md.RVA == 0 {
		return
	}
	body, err := d.im.MethodBody(md.RVA)
	if err != nil {
		d.printf("      %s\n", errName(err))
		return
	}
	format := "tiny"
	if body.Fat {
		format = "fat"
	}
	d.printf("      // %s header, code size %d\n", format, len(body.Code))
	d.printf("      .maxstack %d\n", body.MaxStack)
	if !body.LocalVarSig.IsNil() {
		init := ""
		if body.InitLocals {
			init = "init "
		}
		d.printf("      .locals %s%s\n", init, d.n.token(body.LocalVarSig))
	}
	var sb strings.Builder
	err = il.Disassemble(&sb, body.Code, d.n.token)
	for _, line := range strings.SplitAfter(sb.String(), "\n") {
		if line != "" {
			d.printf("      %s", line)
		}
	}
	if err != nil {
		d.printf("      %s\n", errName(err))
	}
	for _, c := range body.Clauses {
		d.printf("      %s\n", d.clause(c))
	}
}

// methodHeader renders "ret Name(type name, ...)" with parameter names.
func (d *dumper) methodHeader(row uint32, md metadata.MethodDefRow) string {
	b, err := d.m.Blob(md.Signature)
	if err != nil {
		return md.Name + " " + errName(err)
	}
	sig, err := metadata.ParseMethodSig(b)
	if err != nil {
		return md.Name + " " + errName(err)
	}
	names := map[uint16]string{}
	if ps, err := d.m.MethodParams(row); err == nil {
		for _, pr := range ps {
			if p, err := d.m.Param(pr); err == nil {
				names[p.Sequence] = p.Name
			}
		}
	}
	var sb strings.Builder
	if sig.HasThis {
		sb.WriteString("instance ")
	}
	sb.WriteString(d.n.sigType(sig.Ret, 0) + " " + md.Name)
	if gps, err := d.m.GenericParamsOf(metadata.NewToken(metadata.TableMethodDef, row)); err == nil && len(gps) > 0 {
		sb.WriteString(genericParamList(gps))
	}
	sb.WriteString("(")
	for i, p := range sig.Params {
		if i > 0 {
			sb.WriteString(", ")
		}
		if i == sig.SentinelIndex {
			sb.WriteString("..., ")
		}
		sb.WriteString(d.n.sigType(p, 0))
		if i < 0xFFFF {
			if name := names[uint16(i+1)]; name != "" {
				sb.WriteString(" " + name)
			}
		}
	}
	sb.WriteString(")")
	return sb.String()
}

func (d *dumper) clause(c metadata.EHClause) string {
	s := fmt.Sprintf(".try IL_%04x to IL_%04x ", c.TryOffset, c.TryOffset+c.TryLength)
	switch c.Flags {
	case metadata.EHException:
		s += "catch " + d.n.token(c.ClassToken)
	case metadata.EHFilter:
		s += fmt.Sprintf("filter IL_%04x", c.FilterOffset)
	case metadata.EHFinally:
		s += "finally"
	case metadata.EHFault:
		s += "fault"
	}
	return s + fmt.Sprintf(" handler IL_%04x to IL_%04x", c.HandlerOffset, c.HandlerOffset+c.HandlerLength)
}
