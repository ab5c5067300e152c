package metadata

// CodedIndex identifies one of the coded-index kinds of ECMA-335 II.24.2.6.
// A coded index packs a table selector (the tag, in the low bits) and a row
// number into one column; its width depends on the largest table it can
// refer to.
type CodedIndex uint8

// The coded-index kinds.
const (
	CodedTypeDefOrRef CodedIndex = iota
	CodedHasConstant
	CodedHasCustomAttribute
	CodedHasFieldMarshal
	CodedHasDeclSecurity
	CodedMemberRefParent
	CodedHasSemantics
	CodedMethodDefOrRef
	CodedMemberForwarded
	CodedImplementation
	CodedCustomAttributeType
	CodedResolutionScope
	CodedTypeOrMethodDef
	numCodedIndexes
)

// noTable marks a tag value that is reserved ("not used") in a coded index.
const noTable TableID = 0xFF

type codedIndexDef struct {
	name   string
	bits   uint
	tables []TableID // indexed by tag; noTable for unused tags
}

var codedIndexDefs = [numCodedIndexes]codedIndexDef{
	CodedTypeDefOrRef: {"TypeDefOrRef", 2, []TableID{TableTypeDef, TableTypeRef, TableTypeSpec}},
	CodedHasConstant:  {"HasConstant", 2, []TableID{TableField, TableParam, TableProperty}},
	CodedHasCustomAttribute: {"HasCustomAttribute", 5, []TableID{
		TableMethodDef, TableField, TableTypeRef, TableTypeDef, TableParam,
		TableInterfaceImpl, TableMemberRef, TableModule, TableDeclSecurity,
		TableProperty, TableEvent, TableStandAloneSig, TableModuleRef,
		TableTypeSpec, TableAssembly, TableAssemblyRef, TableFile,
		TableExportedType, TableManifestResource, TableGenericParam,
		TableGenericParamConstraint, TableMethodSpec,
	}},
	CodedHasFieldMarshal:     {"HasFieldMarshal", 1, []TableID{TableField, TableParam}},
	CodedHasDeclSecurity:     {"HasDeclSecurity", 2, []TableID{TableTypeDef, TableMethodDef, TableAssembly}},
	CodedMemberRefParent:     {"MemberRefParent", 3, []TableID{TableTypeDef, TableTypeRef, TableModuleRef, TableMethodDef, TableTypeSpec}},
	CodedHasSemantics:        {"HasSemantics", 1, []TableID{TableEvent, TableProperty}},
	CodedMethodDefOrRef:      {"MethodDefOrRef", 1, []TableID{TableMethodDef, TableMemberRef}},
	CodedMemberForwarded:     {"MemberForwarded", 1, []TableID{TableField, TableMethodDef}},
	CodedImplementation:      {"Implementation", 2, []TableID{TableFile, TableAssemblyRef, TableExportedType}},
	CodedCustomAttributeType: {"CustomAttributeType", 3, []TableID{noTable, noTable, TableMethodDef, TableMemberRef, noTable}},
	CodedResolutionScope:     {"ResolutionScope", 2, []TableID{TableModule, TableModuleRef, TableAssemblyRef, TableTypeRef}},
	CodedTypeOrMethodDef:     {"TypeOrMethodDef", 1, []TableID{TableTypeDef, TableMethodDef}},
}

// String returns the ECMA-335 name of the coded-index kind.
func (c CodedIndex) String() string {
	if c < numCodedIndexes {
		return codedIndexDefs[c].name
	}
	return "CodedIndex(?)"
}

// DecodeCodedIndex splits a raw coded-index value into a token. A zero row
// yields the nil token 0; a tag that names no table is an error.
func DecodeCodedIndex(kind CodedIndex, v uint32) (Token, error) {
	if kind >= numCodedIndexes {
		return 0, errorf("coded index", "unknown kind %d", kind)
	}
	d := &codedIndexDefs[kind]
	tag := v & (1<<d.bits - 1)
	row := v >> d.bits
	if int(tag) >= len(d.tables) || d.tables[tag] == noTable {
		return 0, errorf("coded index", "%s tag %d is not valid", d.name, tag)
	}
	if row == 0 {
		return 0, nil
	}
	if row > 0x00FFFFFF {
		return 0, errorf("coded index", "%s row %d does not fit a token", d.name, row)
	}
	return NewToken(d.tables[tag], row), nil
}

// EncodeCodedIndex is the inverse of DecodeCodedIndex; ok is false if the
// token's table is not one the kind can refer to.
func EncodeCodedIndex(kind CodedIndex, t Token) (uint32, bool) {
	if kind >= numCodedIndexes {
		return 0, false
	}
	d := &codedIndexDefs[kind]
	for tag, tab := range d.tables {
		if tab == t.Table() && tab != noTable {
			return t.Row()<<d.bits | uint32(tag), true
		}
	}
	return 0, false
}
