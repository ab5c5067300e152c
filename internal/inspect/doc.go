// Package inspect renders a human-readable dump of a CLI image: PE and CLI
// headers, metadata streams, every non-empty table with decoded rows, and
// the types with their members, signatures and IL.
//
// It backs "strata inspect FILE" and doubles as the debugging view of the
// metadata layer, so it prints what the metadata package decodes rather
// than re-deriving anything. The output is deterministic (no maps iterated,
// no addresses or times) so it can be compared against golden files.
package inspect
