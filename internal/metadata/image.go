package metadata

import (
	"fmt"
	"os"
)

// Image is a loaded PE file containing a CLI assembly or module.
type Image struct {
	data     []byte
	pe       PEHeader
	sections []Section
	cli      CLIHeader
	md       *Metadata
}

// Open reads and loads the PE image at path.
func Open(path string) (*Image, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("open image: %w", err)
	}
	im, err := Load(data)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return im, nil
}

// Load parses a PE image held in memory. The image keeps a reference to
// data, which must not be modified afterwards.
func Load(data []byte) (*Image, error) {
	pe, sections, err := parsePE(data)
	if err != nil {
		return nil, err
	}
	im := &Image{data: data, pe: pe, sections: sections}
	if len(pe.Directories) <= cliDirectoryIndex || pe.Directories[cliDirectoryIndex].RVA == 0 {
		return nil, fmt.Errorf("load PE image: %w", ErrNotCLI)
	}
	dir := pe.Directories[cliDirectoryIndex]
	hdr, err := im.ReadRVA(dir.RVA, cliHeaderSize)
	if err != nil {
		return nil, fmt.Errorf("read CLI header: %w", err)
	}
	if im.cli, err = parseCLIHeader(hdr); err != nil {
		return nil, err
	}
	if im.cli.MetaData.RVA == 0 || im.cli.MetaData.Size == 0 {
		return nil, errorf("CLI header", "no metadata directory")
	}
	// The root is read from file data only: a size running past the
	// section's raw data is clamped rather than zero-filled, since streams
	// cannot usefully live in uninitialised memory.
	root, _, err := im.rawAt(im.cli.MetaData.RVA)
	if err != nil {
		return nil, fmt.Errorf("read metadata root: %w", err)
	}
	if uint64(len(root)) > uint64(im.cli.MetaData.Size) {
		root = root[:im.cli.MetaData.Size]
	}
	if im.md, err = LoadMetadataRoot(root); err != nil {
		return nil, err
	}
	return im, nil
}

// Metadata returns the image's metadata.
func (im *Image) Metadata() *Metadata { return im.md }

// PEHeader returns the decoded PE/COFF header summary.
func (im *Image) PEHeader() PEHeader { return im.pe }

// Sections returns the PE section table.
func (im *Image) Sections() []Section { return append([]Section(nil), im.sections...) }

// CLIHeader returns the decoded CLI header.
func (im *Image) CLIHeader() CLIHeader { return im.cli }

// CLIFlags returns the flags word of the CLI header.
func (im *Image) CLIFlags() uint32 { return im.cli.Flags }

// EntryPoint returns the managed entry point (a MethodDef or File token), or
// 0 if there is none or the image uses a native entry point.
func (im *Image) EntryPoint() Token {
	if im.cli.Flags&CLIFlagNativeEntryPoint != 0 {
		return 0
	}
	return Token(im.cli.EntryPointToken)
}

// RuntimeVersion returns the version string of the metadata root, e.g.
// "v4.0.30319".
func (im *Image) RuntimeVersion() string { return im.md.Version() }

// maxZeroFill bounds how much of a section's uninitialised (virtual only)
// tail ReadRVA will materialise as zeros.
const maxZeroFill = 16 << 20

// sectionFor returns the section containing rva.
func (im *Image) sectionFor(rva uint32) (*Section, bool) {
	for i := range im.sections {
		s := &im.sections[i]
		extent := uint64(s.VirtualSize)
		if extent == 0 {
			extent = uint64(s.SizeOfRawData)
		}
		if uint64(rva) >= uint64(s.VirtualAddress) && uint64(rva) < uint64(s.VirtualAddress)+extent {
			return s, true
		}
	}
	return nil, false
}

// rawAt returns the file bytes backing rva up to the end of its section's
// raw data (possibly empty if rva lies in the zero-filled tail).
func (im *Image) rawAt(rva uint32) (raw []byte, s *Section, err error) {
	s, ok := im.sectionFor(rva)
	if !ok {
		return nil, nil, errorf("PE image", "RVA 0x%x is not inside any section", rva)
	}
	delta := uint64(rva - s.VirtualAddress)
	rawSize := uint64(s.SizeOfRawData)
	if s.VirtualSize != 0 && uint64(s.VirtualSize) < rawSize {
		rawSize = uint64(s.VirtualSize)
	}
	// Clamp the raw extent to what the file actually holds.
	if uint64(s.PointerToRaw) > uint64(len(im.data)) {
		rawSize = 0
	} else if avail := uint64(len(im.data)) - uint64(s.PointerToRaw); rawSize > avail {
		rawSize = avail
	}
	if delta >= rawSize {
		return nil, s, nil
	}
	start := uint64(s.PointerToRaw) + delta
	end := uint64(s.PointerToRaw) + rawSize
	return im.data[start:end:end], s, nil
}

// ReadRVA returns size bytes starting at rva. Bytes that fall into a
// section's uninitialised tail read as zero. The returned slice must not be
// modified.
func (im *Image) ReadRVA(rva uint32, size int) ([]byte, error) {
	if size < 0 {
		return nil, errorf("PE image", "negative read size %d", size)
	}
	raw, s, err := im.rawAt(rva)
	if err != nil {
		return nil, err
	}
	if size <= len(raw) {
		return raw[:size:size], nil
	}
	extent := uint64(s.VirtualSize)
	if extent < uint64(s.SizeOfRawData) {
		extent = uint64(s.SizeOfRawData)
	}
	if uint64(rva)+uint64(size) > uint64(s.VirtualAddress)+extent {
		return nil, errorf("PE image", "read of %d bytes at RVA 0x%x crosses the end of section %q", size, rva, s.Name)
	}
	if size-len(raw) > maxZeroFill {
		return nil, errorf("PE image", "read of %d bytes at RVA 0x%x exceeds the section's file data", size, rva)
	}
	out := make([]byte, size)
	copy(out, raw)
	return out, nil
}

// MethodBody parses the method body (header, IL and exception sections)
// located at rva.
func (im *Image) MethodBody(rva uint32) (*MethodBody, error) {
	raw, _, err := im.rawAt(rva)
	if err != nil {
		return nil, fmt.Errorf("method body at RVA 0x%x: %w", rva, err)
	}
	body, err := ParseMethodBody(raw)
	if err != nil {
		return nil, fmt.Errorf("method body at RVA 0x%x: %w", rva, err)
	}
	return body, nil
}
