package metadata

// This file holds one typed row struct and accessor per metadata table.
// Accessors take 1-based row numbers, decode coded indexes and simple table
// indexes to Tokens (row 0 gives the nil Token 0) and resolve #Strings
// offsets. List columns and heap offsets other than #Strings stay raw.

// ModuleRow is a row of the Module table (II.22.30).
type ModuleRow struct {
	Generation uint16
	Name       string
	Mvid       uint32 // #GUID index
	EncID      uint32 // #GUID index
	EncBaseID  uint32 // #GUID index
}

// Module returns the given 1-based row of the Module table.
func (m *Metadata) Module(row uint32) (ModuleRow, error) {
	d, err := m.decoder(TableModule, row)
	if err != nil {
		return ModuleRow{}, err
	}
	r := ModuleRow{
		Generation: d.u16(0),
		Name:       d.str(1),
		Mvid:       d.u32(2),
		EncID:      d.u32(3),
		EncBaseID:  d.u32(4),
	}
	return r, d.err
}

// TypeRefRow is a row of the TypeRef table (II.22.38).
type TypeRefRow struct {
	ResolutionScope Token
	Name            string
	Namespace       string
}

// TypeRef returns the given 1-based row of the TypeRef table.
func (m *Metadata) TypeRef(row uint32) (TypeRefRow, error) {
	d, err := m.decoder(TableTypeRef, row)
	if err != nil {
		return TypeRefRow{}, err
	}
	r := TypeRefRow{
		ResolutionScope: d.coded(0),
		Name:            d.str(1),
		Namespace:       d.str(2),
	}
	return r, d.err
}

// TypeDefRow is a row of the TypeDef table (II.22.37).
type TypeDefRow struct {
	Flags      uint32
	Name       string
	Namespace  string
	Extends    Token
	FieldList  uint32 // raw list start; see TypeFields
	MethodList uint32 // raw list start; see TypeMethods
}

// TypeDef returns the given 1-based row of the TypeDef table.
func (m *Metadata) TypeDef(row uint32) (TypeDefRow, error) {
	d, err := m.decoder(TableTypeDef, row)
	if err != nil {
		return TypeDefRow{}, err
	}
	r := TypeDefRow{
		Flags:      d.u32(0),
		Name:       d.str(1),
		Namespace:  d.str(2),
		Extends:    d.coded(3),
		FieldList:  d.u32(4),
		MethodList: d.u32(5),
	}
	return r, d.err
}

// FieldPtrRow is a row of the FieldPtr indirection table.
type FieldPtrRow struct {
	Field uint32 // Field row
}

// FieldPtr returns the given 1-based row of the FieldPtr table.
func (m *Metadata) FieldPtr(row uint32) (FieldPtrRow, error) {
	d, err := m.decoder(TableFieldPtr, row)
	if err != nil {
		return FieldPtrRow{}, err
	}
	r := FieldPtrRow{
		Field: d.u32(0),
	}
	return r, d.err
}

// FieldRow is a row of the Field table (II.22.15).
type FieldRow struct {
	Flags     uint16
	Name      string
	Signature uint32 // #Blob offset
}

// Field returns the given 1-based row of the Field table.
func (m *Metadata) Field(row uint32) (FieldRow, error) {
	d, err := m.decoder(TableField, row)
	if err != nil {
		return FieldRow{}, err
	}
	r := FieldRow{
		Flags:     d.u16(0),
		Name:      d.str(1),
		Signature: d.u32(2),
	}
	return r, d.err
}

// MethodPtrRow is a row of the MethodPtr indirection table.
type MethodPtrRow struct {
	Method uint32 // MethodDef row
}

// MethodPtr returns the given 1-based row of the MethodPtr table.
func (m *Metadata) MethodPtr(row uint32) (MethodPtrRow, error) {
	d, err := m.decoder(TableMethodPtr, row)
	if err != nil {
		return MethodPtrRow{}, err
	}
	r := MethodPtrRow{
		Method: d.u32(0),
	}
	return r, d.err
}

// MethodDefRow is a row of the MethodDef table (II.22.26).
type MethodDefRow struct {
	RVA       uint32
	ImplFlags uint16
	Flags     uint16
	Name      string
	Signature uint32 // #Blob offset
	ParamList uint32 // raw list start; see MethodParams
}

// MethodDef returns the given 1-based row of the MethodDef table.
func (m *Metadata) MethodDef(row uint32) (MethodDefRow, error) {
	d, err := m.decoder(TableMethodDef, row)
	if err != nil {
		return MethodDefRow{}, err
	}
	r := MethodDefRow{
		RVA:       d.u32(0),
		ImplFlags: d.u16(1),
		Flags:     d.u16(2),
		Name:      d.str(3),
		Signature: d.u32(4),
		ParamList: d.u32(5),
	}
	return r, d.err
}

// ParamPtrRow is a row of the ParamPtr indirection table.
type ParamPtrRow struct {
	Param uint32 // Param row
}

// ParamPtr returns the given 1-based row of the ParamPtr table.
func (m *Metadata) ParamPtr(row uint32) (ParamPtrRow, error) {
	d, err := m.decoder(TableParamPtr, row)
	if err != nil {
		return ParamPtrRow{}, err
	}
	r := ParamPtrRow{
		Param: d.u32(0),
	}
	return r, d.err
}

// ParamRow is a row of the Param table (II.22.33).
type ParamRow struct {
	Flags    uint16
	Sequence uint16
	Name     string
}

// Param returns the given 1-based row of the Param table.
func (m *Metadata) Param(row uint32) (ParamRow, error) {
	d, err := m.decoder(TableParam, row)
	if err != nil {
		return ParamRow{}, err
	}
	r := ParamRow{
		Flags:    d.u16(0),
		Sequence: d.u16(1),
		Name:     d.str(2),
	}
	return r, d.err
}

// InterfaceImplRow is a row of the InterfaceImpl table (II.22.23).
type InterfaceImplRow struct {
	Class     Token // TypeDef
	Interface Token
}

// InterfaceImpl returns the given 1-based row of the InterfaceImpl table.
func (m *Metadata) InterfaceImpl(row uint32) (InterfaceImplRow, error) {
	d, err := m.decoder(TableInterfaceImpl, row)
	if err != nil {
		return InterfaceImplRow{}, err
	}
	r := InterfaceImplRow{
		Class:     d.tok(0),
		Interface: d.coded(1),
	}
	return r, d.err
}

// MemberRefRow is a row of the MemberRef table (II.22.25).
type MemberRefRow struct {
	Class     Token // MemberRefParent
	Name      string
	Signature uint32 // #Blob offset
}

// MemberRef returns the given 1-based row of the MemberRef table.
func (m *Metadata) MemberRef(row uint32) (MemberRefRow, error) {
	d, err := m.decoder(TableMemberRef, row)
	if err != nil {
		return MemberRefRow{}, err
	}
	r := MemberRefRow{
		Class:     d.coded(0),
		Name:      d.str(1),
		Signature: d.u32(2),
	}
	return r, d.err
}

// ConstantRow is a row of the Constant table (II.22.9).
type ConstantRow struct {
	Type   byte // element type
	Parent Token
	Value  uint32 // #Blob offset
}

// Constant returns the given 1-based row of the Constant table.
func (m *Metadata) Constant(row uint32) (ConstantRow, error) {
	d, err := m.decoder(TableConstant, row)
	if err != nil {
		return ConstantRow{}, err
	}
	r := ConstantRow{
		Type:   byte(d.u32(0)),
		Parent: d.coded(1),
		Value:  d.u32(2),
	}
	return r, d.err
}

// CustomAttributeRow is a row of the CustomAttribute table (II.22.10).
type CustomAttributeRow struct {
	Parent Token
	Type   Token  // constructor: MethodDef or MemberRef
	Value  uint32 // #Blob offset
}

// CustomAttribute returns the given 1-based row of the CustomAttribute table.
func (m *Metadata) CustomAttribute(row uint32) (CustomAttributeRow, error) {
	d, err := m.decoder(TableCustomAttribute, row)
	if err != nil {
		return CustomAttributeRow{}, err
	}
	r := CustomAttributeRow{
		Parent: d.coded(0),
		Type:   d.coded(1),
		Value:  d.u32(2),
	}
	return r, d.err
}

// FieldMarshalRow is a row of the FieldMarshal table (II.22.17).
type FieldMarshalRow struct {
	Parent     Token
	NativeType uint32 // #Blob offset
}

// FieldMarshal returns the given 1-based row of the FieldMarshal table.
func (m *Metadata) FieldMarshal(row uint32) (FieldMarshalRow, error) {
	d, err := m.decoder(TableFieldMarshal, row)
	if err != nil {
		return FieldMarshalRow{}, err
	}
	r := FieldMarshalRow{
		Parent:     d.coded(0),
		NativeType: d.u32(1),
	}
	return r, d.err
}

// DeclSecurityRow is a row of the DeclSecurity table (II.22.11).
type DeclSecurityRow struct {
	Action        uint16
	Parent        Token
	PermissionSet uint32 // #Blob offset
}

// DeclSecurity returns the given 1-based row of the DeclSecurity table.
func (m *Metadata) DeclSecurity(row uint32) (DeclSecurityRow, error) {
	d, err := m.decoder(TableDeclSecurity, row)
	if err != nil {
		return DeclSecurityRow{}, err
	}
	r := DeclSecurityRow{
		Action:        d.u16(0),
		Parent:        d.coded(1),
		PermissionSet: d.u32(2),
	}
	return r, d.err
}

// ClassLayoutRow is a row of the ClassLayout table (II.22.8).
type ClassLayoutRow struct {
	PackingSize uint16
	ClassSize   uint32
	Parent      Token // TypeDef
}

// ClassLayout returns the given 1-based row of the ClassLayout table.
func (m *Metadata) ClassLayout(row uint32) (ClassLayoutRow, error) {
	d, err := m.decoder(TableClassLayout, row)
	if err != nil {
		return ClassLayoutRow{}, err
	}
	r := ClassLayoutRow{
		PackingSize: d.u16(0),
		ClassSize:   d.u32(1),
		Parent:      d.tok(2),
	}
	return r, d.err
}

// FieldLayoutRow is a row of the FieldLayout table (II.22.16).
type FieldLayoutRow struct {
	Offset uint32
	Field  Token
}

// FieldLayout returns the given 1-based row of the FieldLayout table.
func (m *Metadata) FieldLayout(row uint32) (FieldLayoutRow, error) {
	d, err := m.decoder(TableFieldLayout, row)
	if err != nil {
		return FieldLayoutRow{}, err
	}
	r := FieldLayoutRow{
		Offset: d.u32(0),
		Field:  d.tok(1),
	}
	return r, d.err
}

// StandAloneSigRow is a row of the StandAloneSig table (II.22.36).
type StandAloneSigRow struct {
	Signature uint32 // #Blob offset
}

// StandAloneSig returns the given 1-based row of the StandAloneSig table.
func (m *Metadata) StandAloneSig(row uint32) (StandAloneSigRow, error) {
	d, err := m.decoder(TableStandAloneSig, row)
	if err != nil {
		return StandAloneSigRow{}, err
	}
	r := StandAloneSigRow{
		Signature: d.u32(0),
	}
	return r, d.err
}

// EventMapRow is a row of the EventMap table (II.22.12).
type EventMapRow struct {
	Parent    Token  // TypeDef
	EventList uint32 // raw list start
}

// EventMap returns the given 1-based row of the EventMap table.
func (m *Metadata) EventMap(row uint32) (EventMapRow, error) {
	d, err := m.decoder(TableEventMap, row)
	if err != nil {
		return EventMapRow{}, err
	}
	r := EventMapRow{
		Parent:    d.tok(0),
		EventList: d.u32(1),
	}
	return r, d.err
}

// EventPtrRow is a row of the EventPtr indirection table.
type EventPtrRow struct {
	Event uint32 // Event row
}

// EventPtr returns the given 1-based row of the EventPtr table.
func (m *Metadata) EventPtr(row uint32) (EventPtrRow, error) {
	d, err := m.decoder(TableEventPtr, row)
	if err != nil {
		return EventPtrRow{}, err
	}
	r := EventPtrRow{
		Event: d.u32(0),
	}
	return r, d.err
}

// EventRow is a row of the Event table (II.22.13).
type EventRow struct {
	Flags     uint16
	Name      string
	EventType Token
}

// Event returns the given 1-based row of the Event table.
func (m *Metadata) Event(row uint32) (EventRow, error) {
	d, err := m.decoder(TableEvent, row)
	if err != nil {
		return EventRow{}, err
	}
	r := EventRow{
		Flags:     d.u16(0),
		Name:      d.str(1),
		EventType: d.coded(2),
	}
	return r, d.err
}

// PropertyMapRow is a row of the PropertyMap table (II.22.35).
type PropertyMapRow struct {
	Parent       Token  // TypeDef
	PropertyList uint32 // raw list start
}

// PropertyMap returns the given 1-based row of the PropertyMap table.
func (m *Metadata) PropertyMap(row uint32) (PropertyMapRow, error) {
	d, err := m.decoder(TablePropertyMap, row)
	if err != nil {
		return PropertyMapRow{}, err
	}
	r := PropertyMapRow{
		Parent:       d.tok(0),
		PropertyList: d.u32(1),
	}
	return r, d.err
}

// PropertyPtrRow is a row of the PropertyPtr indirection table.
type PropertyPtrRow struct {
	Property uint32 // Property row
}

// PropertyPtr returns the given 1-based row of the PropertyPtr table.
func (m *Metadata) PropertyPtr(row uint32) (PropertyPtrRow, error) {
	d, err := m.decoder(TablePropertyPtr, row)
	if err != nil {
		return PropertyPtrRow{}, err
	}
	r := PropertyPtrRow{
		Property: d.u32(0),
	}
	return r, d.err
}

// PropertyRow is a row of the Property table (II.22.34).
type PropertyRow struct {
	Flags uint16
	Name  string
	Type  uint32 // #Blob offset of the PropertySig
}

// Property returns the given 1-based row of the Property table.
func (m *Metadata) Property(row uint32) (PropertyRow, error) {
	d, err := m.decoder(TableProperty, row)
	if err != nil {
		return PropertyRow{}, err
	}
	r := PropertyRow{
		Flags: d.u16(0),
		Name:  d.str(1),
		Type:  d.u32(2),
	}
	return r, d.err
}

// MethodSemanticsRow is a row of the MethodSemantics table (II.22.28).
type MethodSemanticsRow struct {
	Semantics   uint16
	Method      Token // MethodDef
	Association Token // Event or Property
}

// MethodSemantics returns the given 1-based row of the MethodSemantics table.
func (m *Metadata) MethodSemantics(row uint32) (MethodSemanticsRow, error) {
	d, err := m.decoder(TableMethodSemantics, row)
	if err != nil {
		return MethodSemanticsRow{}, err
	}
	r := MethodSemanticsRow{
		Semantics:   d.u16(0),
		Method:      d.tok(1),
		Association: d.coded(2),
	}
	return r, d.err
}

// MethodImplRow is a row of the MethodImpl table (II.22.27).
type MethodImplRow struct {
	Class       Token // TypeDef
	Body        Token
	Declaration Token
}

// MethodImpl returns the given 1-based row of the MethodImpl table.
func (m *Metadata) MethodImpl(row uint32) (MethodImplRow, error) {
	d, err := m.decoder(TableMethodImpl, row)
	if err != nil {
		return MethodImplRow{}, err
	}
	r := MethodImplRow{
		Class:       d.tok(0),
		Body:        d.coded(1),
		Declaration: d.coded(2),
	}
	return r, d.err
}

// ModuleRefRow is a row of the ModuleRef table (II.22.31).
type ModuleRefRow struct {
	Name string
}

// ModuleRef returns the given 1-based row of the ModuleRef table.
func (m *Metadata) ModuleRef(row uint32) (ModuleRefRow, error) {
	d, err := m.decoder(TableModuleRef, row)
	if err != nil {
		return ModuleRefRow{}, err
	}
	r := ModuleRefRow{
		Name: d.str(0),
	}
	return r, d.err
}

// TypeSpecRow is a row of the TypeSpec table (II.22.39).
type TypeSpecRow struct {
	Signature uint32 // #Blob offset
}

// TypeSpec returns the given 1-based row of the TypeSpec table.
func (m *Metadata) TypeSpec(row uint32) (TypeSpecRow, error) {
	d, err := m.decoder(TableTypeSpec, row)
	if err != nil {
		return TypeSpecRow{}, err
	}
	r := TypeSpecRow{
		Signature: d.u32(0),
	}
	return r, d.err
}

// ImplMapRow is a row of the ImplMap table (II.22.22).
type ImplMapRow struct {
	MappingFlags    uint16
	MemberForwarded Token
	ImportName      string
	ImportScope     Token // ModuleRef
}

// ImplMap returns the given 1-based row of the ImplMap table.
func (m *Metadata) ImplMap(row uint32) (ImplMapRow, error) {
	d, err := m.decoder(TableImplMap, row)
	if err != nil {
		return ImplMapRow{}, err
	}
	r := ImplMapRow{
		MappingFlags:    d.u16(0),
		MemberForwarded: d.coded(1),
		ImportName:      d.str(2),
		ImportScope:     d.tok(3),
	}
	return r, d.err
}

// FieldRVARow is a row of the FieldRVA table (II.22.18).
type FieldRVARow struct {
	RVA   uint32
	Field Token
}

// FieldRVA returns the given 1-based row of the FieldRVA table.
func (m *Metadata) FieldRVA(row uint32) (FieldRVARow, error) {
	d, err := m.decoder(TableFieldRVA, row)
	if err != nil {
		return FieldRVARow{}, err
	}
	r := FieldRVARow{
		RVA:   d.u32(0),
		Field: d.tok(1),
	}
	return r, d.err
}

// EncLogRow is a row of the EncLog table (edit-and-continue log).
type EncLogRow struct {
	Token    Token
	FuncCode uint32
}

// EncLog returns the given 1-based row of the EncLog table.
func (m *Metadata) EncLog(row uint32) (EncLogRow, error) {
	d, err := m.decoder(TableEncLog, row)
	if err != nil {
		return EncLogRow{}, err
	}
	r := EncLogRow{
		Token:    Token(d.u32(0)),
		FuncCode: d.u32(1),
	}
	return r, d.err
}

// EncMapRow is a row of the EncMap table (edit-and-continue token map).
type EncMapRow struct {
	Token Token
}

// EncMap returns the given 1-based row of the EncMap table.
func (m *Metadata) EncMap(row uint32) (EncMapRow, error) {
	d, err := m.decoder(TableEncMap, row)
	if err != nil {
		return EncMapRow{}, err
	}
	r := EncMapRow{
		Token: Token(d.u32(0)),
	}
	return r, d.err
}

// AssemblyRow is a row of the Assembly table (II.22.2).
type AssemblyRow struct {
	HashAlgID      uint32
	MajorVersion   uint16
	MinorVersion   uint16
	BuildNumber    uint16
	RevisionNumber uint16
	Flags          uint32
	PublicKey      uint32 // #Blob offset
	Name           string
	Culture        string
}

// Assembly returns the given 1-based row of the Assembly table.
func (m *Metadata) Assembly(row uint32) (AssemblyRow, error) {
	d, err := m.decoder(TableAssembly, row)
	if err != nil {
		return AssemblyRow{}, err
	}
	r := AssemblyRow{
		HashAlgID:      d.u32(0),
		MajorVersion:   d.u16(1),
		MinorVersion:   d.u16(2),
		BuildNumber:    d.u16(3),
		RevisionNumber: d.u16(4),
		Flags:          d.u32(5),
		PublicKey:      d.u32(6),
		Name:           d.str(7),
		Culture:        d.str(8),
	}
	return r, d.err
}

// AssemblyProcessorRow is a row of the AssemblyProcessor table (II.22.4).
type AssemblyProcessorRow struct {
	Processor uint32
}

// AssemblyProcessor returns the given 1-based row of the AssemblyProcessor table.
func (m *Metadata) AssemblyProcessor(row uint32) (AssemblyProcessorRow, error) {
	d, err := m.decoder(TableAssemblyProcessor, row)
	if err != nil {
		return AssemblyProcessorRow{}, err
	}
	r := AssemblyProcessorRow{
		Processor: d.u32(0),
	}
	return r, d.err
}

// AssemblyOSRow is a row of the AssemblyOS table (II.22.3).
type AssemblyOSRow struct {
	OSPlatformID   uint32
	OSMajorVersion uint32
	OSMinorVersion uint32
}

// AssemblyOS returns the given 1-based row of the AssemblyOS table.
func (m *Metadata) AssemblyOS(row uint32) (AssemblyOSRow, error) {
	d, err := m.decoder(TableAssemblyOS, row)
	if err != nil {
		return AssemblyOSRow{}, err
	}
	r := AssemblyOSRow{
		OSPlatformID:   d.u32(0),
		OSMajorVersion: d.u32(1),
		OSMinorVersion: d.u32(2),
	}
	return r, d.err
}

// AssemblyRefRow is a row of the AssemblyRef table (II.22.5).
type AssemblyRefRow struct {
	MajorVersion     uint16
	MinorVersion     uint16
	BuildNumber      uint16
	RevisionNumber   uint16
	Flags            uint32
	PublicKeyOrToken uint32 // #Blob offset
	Name             string
	Culture          string
	HashValue        uint32 // #Blob offset
}

// AssemblyRef returns the given 1-based row of the AssemblyRef table.
func (m *Metadata) AssemblyRef(row uint32) (AssemblyRefRow, error) {
	d, err := m.decoder(TableAssemblyRef, row)
	if err != nil {
		return AssemblyRefRow{}, err
	}
	r := AssemblyRefRow{
		MajorVersion:     d.u16(0),
		MinorVersion:     d.u16(1),
		BuildNumber:      d.u16(2),
		RevisionNumber:   d.u16(3),
		Flags:            d.u32(4),
		PublicKeyOrToken: d.u32(5),
		Name:             d.str(6),
		Culture:          d.str(7),
		HashValue:        d.u32(8),
	}
	return r, d.err
}

// AssemblyRefProcessorRow is a row of the AssemblyRefProcessor table (II.22.7).
type AssemblyRefProcessorRow struct {
	Processor   uint32
	AssemblyRef Token
}

// AssemblyRefProcessor returns the given 1-based row of the AssemblyRefProcessor table.
func (m *Metadata) AssemblyRefProcessor(row uint32) (AssemblyRefProcessorRow, error) {
	d, err := m.decoder(TableAssemblyRefProcessor, row)
	if err != nil {
		return AssemblyRefProcessorRow{}, err
	}
	r := AssemblyRefProcessorRow{
		Processor:   d.u32(0),
		AssemblyRef: d.tok(1),
	}
	return r, d.err
}

// AssemblyRefOSRow is a row of the AssemblyRefOS table (II.22.6).
type AssemblyRefOSRow struct {
	OSPlatformID   uint32
	OSMajorVersion uint32
	OSMinorVersion uint32
	AssemblyRef    Token
}

// AssemblyRefOS returns the given 1-based row of the AssemblyRefOS table.
func (m *Metadata) AssemblyRefOS(row uint32) (AssemblyRefOSRow, error) {
	d, err := m.decoder(TableAssemblyRefOS, row)
	if err != nil {
		return AssemblyRefOSRow{}, err
	}
	r := AssemblyRefOSRow{
		OSPlatformID:   d.u32(0),
		OSMajorVersion: d.u32(1),
		OSMinorVersion: d.u32(2),
		AssemblyRef:    d.tok(3),
	}
	return r, d.err
}

// FileRow is a row of the File table (II.22.19).
type FileRow struct {
	Flags     uint32
	Name      string
	HashValue uint32 // #Blob offset
}

// File returns the given 1-based row of the File table.
func (m *Metadata) File(row uint32) (FileRow, error) {
	d, err := m.decoder(TableFile, row)
	if err != nil {
		return FileRow{}, err
	}
	r := FileRow{
		Flags:     d.u32(0),
		Name:      d.str(1),
		HashValue: d.u32(2),
	}
	return r, d.err
}

// ExportedTypeRow is a row of the ExportedType table (II.22.14).
type ExportedTypeRow struct {
	Flags          uint32
	TypeDefID      uint32 // hint only
	Name           string
	Namespace      string
	Implementation Token
}

// ExportedType returns the given 1-based row of the ExportedType table.
func (m *Metadata) ExportedType(row uint32) (ExportedTypeRow, error) {
	d, err := m.decoder(TableExportedType, row)
	if err != nil {
		return ExportedTypeRow{}, err
	}
	r := ExportedTypeRow{
		Flags:          d.u32(0),
		TypeDefID:      d.u32(1),
		Name:           d.str(2),
		Namespace:      d.str(3),
		Implementation: d.coded(4),
	}
	return r, d.err
}

// ManifestResourceRow is a row of the ManifestResource table (II.22.24).
type ManifestResourceRow struct {
	Offset         uint32
	Flags          uint32
	Name           string
	Implementation Token // nil: resource is in this file
}

// ManifestResource returns the given 1-based row of the ManifestResource table.
func (m *Metadata) ManifestResource(row uint32) (ManifestResourceRow, error) {
	d, err := m.decoder(TableManifestResource, row)
	if err != nil {
		return ManifestResourceRow{}, err
	}
	r := ManifestResourceRow{
		Offset:         d.u32(0),
		Flags:          d.u32(1),
		Name:           d.str(2),
		Implementation: d.coded(3),
	}
	return r, d.err
}

// NestedClassRow is a row of the NestedClass table (II.22.32).
type NestedClassRow struct {
	NestedClass    Token
	EnclosingClass Token
}

// NestedClass returns the given 1-based row of the NestedClass table.
func (m *Metadata) NestedClass(row uint32) (NestedClassRow, error) {
	d, err := m.decoder(TableNestedClass, row)
	if err != nil {
		return NestedClassRow{}, err
	}
	r := NestedClassRow{
		NestedClass:    d.tok(0),
		EnclosingClass: d.tok(1),
	}
	return r, d.err
}

// GenericParamRow is a row of the GenericParam table (II.22.20).
type GenericParamRow struct {
	Number uint16
	Flags  uint16
	Owner  Token // TypeDef or MethodDef
	Name   string
}

// GenericParam returns the given 1-based row of the GenericParam table.
func (m *Metadata) GenericParam(row uint32) (GenericParamRow, error) {
	d, err := m.decoder(TableGenericParam, row)
	if err != nil {
		return GenericParamRow{}, err
	}
	r := GenericParamRow{
		Number: d.u16(0),
		Flags:  d.u16(1),
		Owner:  d.coded(2),
		Name:   d.str(3),
	}
	return r, d.err
}

// MethodSpecRow is a row of the MethodSpec table (II.22.29).
type MethodSpecRow struct {
	Method        Token
	Instantiation uint32 // #Blob offset
}

// MethodSpec returns the given 1-based row of the MethodSpec table.
func (m *Metadata) MethodSpec(row uint32) (MethodSpecRow, error) {
	d, err := m.decoder(TableMethodSpec, row)
	if err != nil {
		return MethodSpecRow{}, err
	}
	r := MethodSpecRow{
		Method:        d.coded(0),
		Instantiation: d.u32(1),
	}
	return r, d.err
}

// GenericParamConstraintRow is a row of the GenericParamConstraint table (II.22.21).
type GenericParamConstraintRow struct {
	Owner      Token // GenericParam
	Constraint Token
}

// GenericParamConstraint returns the given 1-based row of the GenericParamConstraint table.
func (m *Metadata) GenericParamConstraint(row uint32) (GenericParamConstraintRow, error) {
	d, err := m.decoder(TableGenericParamConstraint, row)
	if err != nil {
		return GenericParamConstraintRow{}, err
	}
	r := GenericParamConstraintRow{
		Owner:      d.tok(0),
		Constraint: d.coded(1),
	}
	return r, d.err
}
