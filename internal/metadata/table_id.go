package metadata

import "fmt"

// TableID identifies one of the metadata tables of ECMA-335 II.22. Its value
// is the table number that also forms the top byte of a Token.
type TableID uint8

// The metadata tables, numbered as in ECMA-335 II.22 (including the
// indirection "Ptr" tables and the edit-and-continue tables that the standard
// reserves but ships schemas for in practice).
const (
	TableModule                 TableID = 0x00
	TableTypeRef                TableID = 0x01
	TableTypeDef                TableID = 0x02
	TableFieldPtr               TableID = 0x03
	TableField                  TableID = 0x04
	TableMethodPtr              TableID = 0x05
	TableMethodDef              TableID = 0x06
	TableParamPtr               TableID = 0x07
	TableParam                  TableID = 0x08
	TableInterfaceImpl          TableID = 0x09
	TableMemberRef              TableID = 0x0A
	TableConstant               TableID = 0x0B
	TableCustomAttribute        TableID = 0x0C
	TableFieldMarshal           TableID = 0x0D
	TableDeclSecurity           TableID = 0x0E
	TableClassLayout            TableID = 0x0F
	TableFieldLayout            TableID = 0x10
	TableStandAloneSig          TableID = 0x11
	TableEventMap               TableID = 0x12
	TableEventPtr               TableID = 0x13
	TableEvent                  TableID = 0x14
	TablePropertyMap            TableID = 0x15
	TablePropertyPtr            TableID = 0x16
	TableProperty               TableID = 0x17
	TableMethodSemantics        TableID = 0x18
	TableMethodImpl             TableID = 0x19
	TableModuleRef              TableID = 0x1A
	TableTypeSpec               TableID = 0x1B
	TableImplMap                TableID = 0x1C
	TableFieldRVA               TableID = 0x1D
	TableEncLog                 TableID = 0x1E
	TableEncMap                 TableID = 0x1F
	TableAssembly               TableID = 0x20
	TableAssemblyProcessor      TableID = 0x21
	TableAssemblyOS             TableID = 0x22
	TableAssemblyRef            TableID = 0x23
	TableAssemblyRefProcessor   TableID = 0x24
	TableAssemblyRefOS          TableID = 0x25
	TableFile                   TableID = 0x26
	TableExportedType           TableID = 0x27
	TableManifestResource       TableID = 0x28
	TableNestedClass            TableID = 0x29
	TableGenericParam           TableID = 0x2A
	TableMethodSpec             TableID = 0x2B
	TableGenericParamConstraint TableID = 0x2C
)

// NumTables is one more than the highest table number this package knows.
const NumTables = int(TableGenericParamConstraint) + 1

var tableNames = [NumTables]string{
	"Module", "TypeRef", "TypeDef", "FieldPtr", "Field", "MethodPtr", "MethodDef",
	"ParamPtr", "Param", "InterfaceImpl", "MemberRef", "Constant", "CustomAttribute",
	"FieldMarshal", "DeclSecurity", "ClassLayout", "FieldLayout", "StandAloneSig",
	"EventMap", "EventPtr", "Event", "PropertyMap", "PropertyPtr", "Property",
	"MethodSemantics", "MethodImpl", "ModuleRef", "TypeSpec", "ImplMap", "FieldRVA",
	"EncLog", "EncMap", "Assembly", "AssemblyProcessor", "AssemblyOS", "AssemblyRef",
	"AssemblyRefProcessor", "AssemblyRefOS", "File", "ExportedType",
	"ManifestResource", "NestedClass", "GenericParam", "MethodSpec",
	"GenericParamConstraint",
}

// Known reports whether t is a table this package has a schema for.
func (t TableID) Known() bool { return int(t) < NumTables }

// String returns the ECMA-335 name of the table, e.g. "TypeDef".
func (t TableID) String() string {
	if t.Known() {
		return tableNames[t]
	}
	return fmt.Sprintf("Table(0x%02x)", uint8(t))
}
