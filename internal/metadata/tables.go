package metadata

// Tables is the read-only view of metadata that the runtime programs
// against. *Metadata implements it for a single metadata root; a later
// delta-aware view (hot-reload generations that add and modify rows and
// append to the heaps) can implement the same interface, so callers do not
// need to know whether they are reading a base image or a patched one.
//
// Row numbers are 1-based; tokens with row 0 are nil. Methods returning an
// error report malformed data or out-of-range rows (see ErrMalformed and
// ErrRowOutOfRange).
type Tables interface {
	// Root and heaps.
	Version() string
	RowCount(t TableID) uint32
	String(idx uint32) (string, error)
	Blob(idx uint32) ([]byte, error)
	GUID(idx uint32) ([16]byte, error)
	UserString(idx uint32) ([]uint16, error)
	RawRow(t TableID, row uint32) ([]uint32, error)

	// Typed rows.
	Module(row uint32) (ModuleRow, error)
	TypeRef(row uint32) (TypeRefRow, error)
	TypeDef(row uint32) (TypeDefRow, error)
	FieldPtr(row uint32) (FieldPtrRow, error)
	Field(row uint32) (FieldRow, error)
	MethodPtr(row uint32) (MethodPtrRow, error)
	MethodDef(row uint32) (MethodDefRow, error)
	ParamPtr(row uint32) (ParamPtrRow, error)
	Param(row uint32) (ParamRow, error)
	InterfaceImpl(row uint32) (InterfaceImplRow, error)
	MemberRef(row uint32) (MemberRefRow, error)
	Constant(row uint32) (ConstantRow, error)
	CustomAttribute(row uint32) (CustomAttributeRow, error)
	FieldMarshal(row uint32) (FieldMarshalRow, error)
	DeclSecurity(row uint32) (DeclSecurityRow, error)
	ClassLayout(row uint32) (ClassLayoutRow, error)
	FieldLayout(row uint32) (FieldLayoutRow, error)
	StandAloneSig(row uint32) (StandAloneSigRow, error)
	EventMap(row uint32) (EventMapRow, error)
	EventPtr(row uint32) (EventPtrRow, error)
	Event(row uint32) (EventRow, error)
	PropertyMap(row uint32) (PropertyMapRow, error)
	PropertyPtr(row uint32) (PropertyPtrRow, error)
	Property(row uint32) (PropertyRow, error)
	MethodSemantics(row uint32) (MethodSemanticsRow, error)
	MethodImpl(row uint32) (MethodImplRow, error)
	ModuleRef(row uint32) (ModuleRefRow, error)
	TypeSpec(row uint32) (TypeSpecRow, error)
	ImplMap(row uint32) (ImplMapRow, error)
	FieldRVA(row uint32) (FieldRVARow, error)
	EncLog(row uint32) (EncLogRow, error)
	EncMap(row uint32) (EncMapRow, error)
	Assembly(row uint32) (AssemblyRow, error)
	AssemblyProcessor(row uint32) (AssemblyProcessorRow, error)
	AssemblyOS(row uint32) (AssemblyOSRow, error)
	AssemblyRef(row uint32) (AssemblyRefRow, error)
	AssemblyRefProcessor(row uint32) (AssemblyRefProcessorRow, error)
	AssemblyRefOS(row uint32) (AssemblyRefOSRow, error)
	File(row uint32) (FileRow, error)
	ExportedType(row uint32) (ExportedTypeRow, error)
	ManifestResource(row uint32) (ManifestResourceRow, error)
	NestedClass(row uint32) (NestedClassRow, error)
	GenericParam(row uint32) (GenericParamRow, error)
	MethodSpec(row uint32) (MethodSpecRow, error)
	GenericParamConstraint(row uint32) (GenericParamConstraintRow, error)

	// Member ranges (honouring the Ptr indirection tables).
	TypeFields(typeRow uint32) ([]uint32, error)
	TypeMethods(typeRow uint32) ([]uint32, error)
	MethodParams(methodRow uint32) ([]uint32, error)
	TypeProperties(typeRow uint32) ([]uint32, error)
	TypeEvents(typeRow uint32) ([]uint32, error)

	// Reverse lookups.
	NestedClassOf(typeRow uint32) (enclosingRow uint32, ok bool)
	InterfacesOf(typeRow uint32) ([]Token, error)
	GenericParamsOf(owner Token) ([]GenericParamRow, error)
	GenericParamRowsOf(owner Token) ([]uint32, error)
	ConstraintsOf(genericParamRow uint32) ([]Token, error)
	CustomAttributesOf(parent Token) ([]CustomAttributeRow, error)
	ConstantOf(parent Token) (ConstantRow, bool)
	FieldRVAOf(fieldRow uint32) (uint32, bool)
	ClassLayoutOf(typeRow uint32) (ClassLayoutRow, bool)
	MethodImplsOf(typeRow uint32) ([]MethodImplRow, error)
	DeclaringTypeOfMethod(methodRow uint32) uint32
	DeclaringTypeOfField(fieldRow uint32) uint32
}

// Compile-time check that *Metadata is a Tables.
var _ Tables = (*Metadata)(nil)
