package metadata

import "fmt"

// EnumUnderlyingType returns the underlying integral type of an enum
// defined in this metadata (the type of its instance field, value__). ok is
// false if typeRow is not an enum with a primitive instance field.
func EnumUnderlyingType(m Tables, typeRow uint32) (ElementType, bool) {
	td, err := m.TypeDef(typeRow)
	if err != nil || td.Extends.IsNil() {
		return 0, false
	}
	if name, ns, ok := typeName(m, td.Extends); !ok || name != "Enum" || ns != "System" {
		return 0, false
	}
	fields, err := m.TypeFields(typeRow)
	if err != nil {
		return 0, false
	}
	const fieldStatic = 0x10
	for _, fr := range fields {
		f, err := m.Field(fr)
		if err != nil || f.Flags&fieldStatic != 0 {
			continue
		}
		b, err := m.Blob(f.Signature)
		if err != nil {
			return 0, false
		}
		t, err := ParseFieldSig(b)
		if err != nil || !isCAIntegral(t.Kind) {
			return 0, false
		}
		return t.Kind, true
	}
	return 0, false
}

// typeName returns the name and namespace of a TypeDef or TypeRef token.
func typeName(m Tables, tok Token) (name, ns string, ok bool) {
	switch tok.Table() {
	case TableTypeDef:
		td, err := m.TypeDef(tok.Row())
		return td.Name, td.Namespace, err == nil
	case TableTypeRef:
		tr, err := m.TypeRef(tok.Row())
		return tr.Name, tr.Namespace, err == nil
	}
	return "", "", false
}

// LocalCAResolver returns a ResolveEnum function for
// ParseCustomAttributeValue that uses only this module's metadata: enums
// defined here get their real underlying type, System.Type and
// System.Object are recognised by name, and enums defined in other
// assemblies are assumed to be int32 (the overwhelmingly common case).
func LocalCAResolver(m Tables) func(Token) (ElementType, error) {
	return func(tok Token) (ElementType, error) {
		if tok.Table() == TableTypeDef {
			if u, ok := EnumUnderlyingType(m, tok.Row()); ok {
				return u, nil
			}
		}
		name, ns, ok := typeName(m, tok)
		if !ok {
			return 0, fmt.Errorf("custom attribute parameter type %s: %w", tok, ErrMalformed)
		}
		switch {
		case ns == "System" && name == "Type":
			return ElemCAType, nil
		case ns == "System" && name == "Object":
			return ElemObject, nil
		case ns == "System" && name == "String":
			return ElemString, nil
		case tok.Table() == TableTypeDef:
			return 0, fmt.Errorf("custom attribute parameter type %s.%s is not an enum: %w", ns, name, ErrMalformed)
		}
		return ElemI4, nil
	}
}
