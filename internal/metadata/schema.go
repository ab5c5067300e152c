package metadata

// colKind says how a table column is encoded and how wide it is.
type colKind uint8

const (
	colU16    colKind = iota // 2-byte constant (also the padded 1-byte Constant.Type)
	colU32                   // 4-byte constant
	colString                // #Strings offset
	colGUID                  // #GUID index
	colBlob                  // #Blob offset
	colTable                 // simple index into table
	colList                  // start of a run in table, via its Ptr table if present
	colCoded                 // coded index
)

// column describes one column of a table schema.
type column struct {
	name  string
	kind  colKind
	table TableID    // colTable / colList target
	coded CodedIndex // colCoded kind
}

// Column is the exported description of a table column, for generic dumps.
type Column struct {
	Name  string
	Kind  ColumnKind
	Table TableID    // for ColumnTable and ColumnList
	Coded CodedIndex // for ColumnCoded
}

// ColumnKind classifies a column for generic consumers such as dumpers.
type ColumnKind uint8

// Column kinds.
const (
	ColumnConst ColumnKind = iota
	ColumnString
	ColumnGUID
	ColumnBlob
	ColumnTable
	ColumnList
	ColumnCoded
)

func u16c(n string) column               { return column{name: n, kind: colU16} }
func u32c(n string) column               { return column{name: n, kind: colU32} }
func strc(n string) column               { return column{name: n, kind: colString} }
func guidc(n string) column              { return column{name: n, kind: colGUID} }
func blobc(n string) column              { return column{name: n, kind: colBlob} }
func tabc(n string, t TableID) column    { return column{name: n, kind: colTable, table: t} }
func listc(n string, t TableID) column   { return column{name: n, kind: colList, table: t} }
func codc(n string, c CodedIndex) column { return column{name: n, kind: colCoded, coded: c} }

// schemas lists every table's columns in storage order (ECMA-335 II.22).
var schemas = [NumTables][]column{
	TableModule:                 {u16c("Generation"), strc("Name"), guidc("Mvid"), guidc("EncId"), guidc("EncBaseId")},
	TableTypeRef:                {codc("ResolutionScope", CodedResolutionScope), strc("TypeName"), strc("TypeNamespace")},
	TableTypeDef:                {u32c("Flags"), strc("TypeName"), strc("TypeNamespace"), codc("Extends", CodedTypeDefOrRef), listc("FieldList", TableField), listc("MethodList", TableMethodDef)},
	TableFieldPtr:               {tabc("Field", TableField)},
	TableField:                  {u16c("Flags"), strc("Name"), blobc("Signature")},
	TableMethodPtr:              {tabc("Method", TableMethodDef)},
	TableMethodDef:              {u32c("RVA"), u16c("ImplFlags"), u16c("Flags"), strc("Name"), blobc("Signature"), listc("ParamList", TableParam)},
	TableParamPtr:               {tabc("Param", TableParam)},
	TableParam:                  {u16c("Flags"), u16c("Sequence"), strc("Name")},
	TableInterfaceImpl:          {tabc("Class", TableTypeDef), codc("Interface", CodedTypeDefOrRef)},
	TableMemberRef:              {codc("Class", CodedMemberRefParent), strc("Name"), blobc("Signature")},
	TableConstant:               {u16c("Type"), codc("Parent", CodedHasConstant), blobc("Value")},
	TableCustomAttribute:        {codc("Parent", CodedHasCustomAttribute), codc("Type", CodedCustomAttributeType), blobc("Value")},
	TableFieldMarshal:           {codc("Parent", CodedHasFieldMarshal), blobc("NativeType")},
	TableDeclSecurity:           {u16c("Action"), codc("Parent", CodedHasDeclSecurity), blobc("PermissionSet")},
	TableClassLayout:            {u16c("PackingSize"), u32c("ClassSize"), tabc("Parent", TableTypeDef)},
	TableFieldLayout:            {u32c("Offset"), tabc("Field", TableField)},
	TableStandAloneSig:          {blobc("Signature")},
	TableEventMap:               {tabc("Parent", TableTypeDef), listc("EventList", TableEvent)},
	TableEventPtr:               {tabc("Event", TableEvent)},
	TableEvent:                  {u16c("EventFlags"), strc("Name"), codc("EventType", CodedTypeDefOrRef)},
	TablePropertyMap:            {tabc("Parent", TableTypeDef), listc("PropertyList", TableProperty)},
	TablePropertyPtr:            {tabc("Property", TableProperty)},
	TableProperty:               {u16c("Flags"), strc("Name"), blobc("Type")},
	TableMethodSemantics:        {u16c("Semantics"), tabc("Method", TableMethodDef), codc("Association", CodedHasSemantics)},
	TableMethodImpl:             {tabc("Class", TableTypeDef), codc("MethodBody", CodedMethodDefOrRef), codc("MethodDeclaration", CodedMethodDefOrRef)},
	TableModuleRef:              {strc("Name")},
	TableTypeSpec:               {blobc("Signature")},
	TableImplMap:                {u16c("MappingFlags"), codc("MemberForwarded", CodedMemberForwarded), strc("ImportName"), tabc("ImportScope", TableModuleRef)},
	TableFieldRVA:               {u32c("RVA"), tabc("Field", TableField)},
	TableEncLog:                 {u32c("Token"), u32c("FuncCode")},
	TableEncMap:                 {u32c("Token")},
	TableAssembly:               {u32c("HashAlgId"), u16c("MajorVersion"), u16c("MinorVersion"), u16c("BuildNumber"), u16c("RevisionNumber"), u32c("Flags"), blobc("PublicKey"), strc("Name"), strc("Culture")},
	TableAssemblyProcessor:      {u32c("Processor")},
	TableAssemblyOS:             {u32c("OSPlatformID"), u32c("OSMajorVersion"), u32c("OSMinorVersion")},
	TableAssemblyRef:            {u16c("MajorVersion"), u16c("MinorVersion"), u16c("BuildNumber"), u16c("RevisionNumber"), u32c("Flags"), blobc("PublicKeyOrToken"), strc("Name"), strc("Culture"), blobc("HashValue")},
	TableAssemblyRefProcessor:   {u32c("Processor"), tabc("AssemblyRef", TableAssemblyRef)},
	TableAssemblyRefOS:          {u32c("OSPlatformID"), u32c("OSMajorVersion"), u32c("OSMinorVersion"), tabc("AssemblyRef", TableAssemblyRef)},
	TableFile:                   {u32c("Flags"), strc("Name"), blobc("HashValue")},
	TableExportedType:           {u32c("Flags"), u32c("TypeDefId"), strc("TypeName"), strc("TypeNamespace"), codc("Implementation", CodedImplementation)},
	TableManifestResource:       {u32c("Offset"), u32c("Flags"), strc("Name"), codc("Implementation", CodedImplementation)},
	TableNestedClass:            {tabc("NestedClass", TableTypeDef), tabc("EnclosingClass", TableTypeDef)},
	TableGenericParam:           {u16c("Number"), u16c("Flags"), codc("Owner", CodedTypeOrMethodDef), strc("Name")},
	TableMethodSpec:             {codc("Method", CodedMethodDefOrRef), blobc("Instantiation")},
	TableGenericParamConstraint: {tabc("Owner", TableGenericParam), codc("Constraint", CodedTypeDefOrRef)},
}

// ptrTableFor maps a table reached through a list column to its indirection
// table (ECMA-335 II.22 notes on the uncompressed "#-" stream).
func ptrTableFor(t TableID) (TableID, bool) {
	switch t {
	case TableField:
		return TableFieldPtr, true
	case TableMethodDef:
		return TableMethodPtr, true
	case TableParam:
		return TableParamPtr, true
	case TableEvent:
		return TableEventPtr, true
	case TableProperty:
		return TablePropertyPtr, true
	}
	return 0, false
}

// Columns describes the columns of table t (nil for an unknown table).
func Columns(t TableID) []Column {
	if !t.Known() {
		return nil
	}
	out := make([]Column, len(schemas[t]))
	for i, c := range schemas[t] {
		out[i] = Column{Name: c.name, Table: c.table, Coded: c.coded}
		switch c.kind {
		case colU16, colU32:
			out[i].Kind = ColumnConst
		case colString:
			out[i].Kind = ColumnString
		case colGUID:
			out[i].Kind = ColumnGUID
		case colBlob:
			out[i].Kind = ColumnBlob
		case colTable:
			out[i].Kind = ColumnTable
		case colList:
			out[i].Kind = ColumnList
		case colCoded:
			out[i].Kind = ColumnCoded
		}
	}
	return out
}
