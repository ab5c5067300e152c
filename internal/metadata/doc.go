// Package metadata reads ECMA-335 (Partition II) CLI metadata: the PE
// container, the metadata root and its streams, the #Strings/#US/#Blob/#GUID
// heaps, every metadata table, signatures, custom attribute blobs and IL
// method bodies.
//
// The package exists so that the rest of the runtime never touches raw bytes
// of an assembly. Everything it returns has been bounds-checked: malformed or
// hostile input yields an error (see ErrMalformed and ErrRowOutOfRange), never
// a panic or an unbounded loop. Typed row accessors decode coded indexes to
// Tokens and resolve #Strings offsets so callers deal in names and tokens.
//
// Callers should program against the Tables interface rather than *Metadata,
// so that a later delta-aware (hot-reload generation) view can be substituted
// without changing them.
package metadata
