package metadata

import (
	"bytes"
	"fmt"
)

// PE machine types seen in CLI images.
const (
	MachineI386  = 0x014c
	MachineAMD64 = 0x8664
	MachineARM   = 0x01c4
	MachineARM64 = 0xaa64
)

// CLI header flags (ECMA-335 II.25.3.3.1).
const (
	CLIFlagILOnly           = 0x00000001
	CLIFlag32BitRequired    = 0x00000002
	CLIFlagStrongNameSigned = 0x00000008
	CLIFlagNativeEntryPoint = 0x00000010
	CLIFlagTrackDebugData   = 0x00010000
	CLIFlag32BitPreferred   = 0x00020000
)

// maxSections bounds the section table; the PE format allows 96 in
// practice and the field is only 16 bits.
const maxSections = 96

// Section is one entry of the PE section table.
type Section struct {
	Name            string
	VirtualSize     uint32
	VirtualAddress  uint32
	SizeOfRawData   uint32
	PointerToRaw    uint32
	Characteristics uint32
}

// DataDirectory is an RVA and size pair from a PE or CLI header.
type DataDirectory struct {
	RVA  uint32
	Size uint32
}

// PEHeader summarises the parts of the PE/COFF headers that matter for a CLI
// image (ECMA-335 II.25.2).
type PEHeader struct {
	Machine         uint16
	Characteristics uint16
	TimeDateStamp   uint32
	PE32Plus        bool // optional header magic 0x20b
	ImageBase       uint64
	SectionAlign    uint32
	FileAlign       uint32
	Subsystem       uint16
	DllFlags        uint16
	EntryPointRVA   uint32 // native entry point stub
	Directories     []DataDirectory
}

// CLIHeader is the CLI (COR20) header of ECMA-335 II.25.3.3.
type CLIHeader struct {
	Cb                      uint32
	MajorRuntimeVersion     uint16
	MinorRuntimeVersion     uint16
	MetaData                DataDirectory
	Flags                   uint32
	EntryPointToken         uint32 // token, or RVA if CLIFlagNativeEntryPoint
	Resources               DataDirectory
	StrongNameSignature     DataDirectory
	CodeManagerTable        DataDirectory
	VTableFixups            DataDirectory
	ExportAddressTableJumps DataDirectory
	ManagedNativeHeader     DataDirectory
}

// cliHeaderSize is the size of the CLI header structure in bytes.
const cliHeaderSize = 72

// cliDirectoryIndex is the data-directory slot of the CLI header.
const cliDirectoryIndex = 14

// parsePE reads the DOS, COFF and optional headers and the section table.
func parsePE(data []byte) (PEHeader, []Section, error) {
	var h PEHeader
	if len(data) < 0x40 || data[0] != 'M' || data[1] != 'Z' {
		return h, nil, errorf("PE image", "missing MZ signature")
	}
	lfanew, _ := u32At(data, 0x3c)
	sig, ok := slice(data, uint64(lfanew), 4)
	if !ok || !bytes.Equal(sig, []byte{'P', 'E', 0, 0}) {
		return h, nil, errorf("PE image", "missing PE signature at 0x%x", lfanew)
	}
	coff := uint64(lfanew) + 4
	hdr, ok := slice(data, coff, 20)
	if !ok {
		return h, nil, errorf("PE image", "truncated COFF header")
	}
	h.Machine, _ = u16At(hdr, 0)
	nsect, _ := u16At(hdr, 2)
	h.TimeDateStamp, _ = u32At(hdr, 4)
	optSize, _ := u16At(hdr, 16)
	h.Characteristics, _ = u16At(hdr, 18)

	opt, ok := slice(data, coff+20, uint64(optSize))
	if !ok {
		return h, nil, errorf("PE image", "truncated optional header (%d bytes)", optSize)
	}
	magic, ok := u16At(opt, 0)
	if !ok {
		return h, nil, errorf("PE image", "optional header too small")
	}
	var dirOff, countOff uint64
	switch magic {
	case 0x10b:
		dirOff, countOff = 96, 92
		base, _ := u32At(opt, 28)
		h.ImageBase = uint64(base)
	case 0x20b:
		h.PE32Plus = true
		dirOff, countOff = 112, 108
		h.ImageBase, _ = u64At(opt, 24)
	default:
		return h, nil, errorf("PE image", "unknown optional header magic 0x%x", magic)
	}
	if uint64(len(opt)) < dirOff {
		return h, nil, errorf("PE image", "optional header too small (%d bytes)", len(opt))
	}
	h.EntryPointRVA, _ = u32At(opt, 16)
	h.SectionAlign, _ = u32At(opt, 32)
	h.FileAlign, _ = u32At(opt, 36)
	h.Subsystem, _ = u16At(opt, 68)
	h.DllFlags, _ = u16At(opt, 70)
	ndirs, _ := u32At(opt, countOff)
	if avail := (uint64(len(opt)) - dirOff) / 8; uint64(ndirs) > avail {
		ndirs = uint32(avail)
	}
	if ndirs > 16 {
		ndirs = 16
	}
	for i := uint64(0); i < uint64(ndirs); i++ {
		rva, _ := u32At(opt, dirOff+8*i)
		size, _ := u32At(opt, dirOff+8*i+4)
		h.Directories = append(h.Directories, DataDirectory{rva, size})
	}

	if nsect > maxSections {
		return h, nil, errorf("PE image", "too many sections (%d)", nsect)
	}
	secOff := coff + 20 + uint64(optSize)
	table, ok := slice(data, secOff, uint64(nsect)*40)
	if !ok {
		return h, nil, errorf("PE image", "truncated section table (%d sections)", nsect)
	}
	sections := make([]Section, nsect)
	for i := range sections {
		s := table[i*40 : i*40+40]
		name := s[:8]
		if n := bytes.IndexByte(name, 0); n >= 0 {
			name = name[:n]
		}
		sections[i] = Section{
			Name:            string(name),
			VirtualSize:     leU32(s[8:]),
			VirtualAddress:  leU32(s[12:]),
			SizeOfRawData:   leU32(s[16:]),
			PointerToRaw:    leU32(s[20:]),
			Characteristics: leU32(s[36:]),
		}
	}
	return h, sections, nil
}

// leU32 reads a little-endian uint32 from a slice known to hold 4 bytes.
func leU32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}

// parseCLIHeader decodes the 72-byte CLI header.
func parseCLIHeader(b []byte) (CLIHeader, error) {
	var c CLIHeader
	if len(b) < cliHeaderSize {
		return c, errorf("CLI header", "truncated (%d bytes)", len(b))
	}
	dir := func(off int) DataDirectory { return DataDirectory{leU32(b[off:]), leU32(b[off+4:])} }
	c.Cb = leU32(b)
	c.MajorRuntimeVersion = uint16(b[4]) | uint16(b[5])<<8
	c.MinorRuntimeVersion = uint16(b[6]) | uint16(b[7])<<8
	c.MetaData = dir(8)
	c.Flags = leU32(b[16:])
	c.EntryPointToken = leU32(b[20:])
	c.Resources = dir(24)
	c.StrongNameSignature = dir(32)
	c.CodeManagerTable = dir(40)
	c.VTableFixups = dir(48)
	c.ExportAddressTableJumps = dir(56)
	c.ManagedNativeHeader = dir(64)
	if c.Cb < cliHeaderSize {
		return c, errorf("CLI header", "cb field %d smaller than %d", c.Cb, cliHeaderSize)
	}
	return c, nil
}

// MachineName returns a short name for a PE machine type.
func MachineName(m uint16) string {
	switch m {
	case MachineI386:
		return "i386"
	case MachineAMD64:
		return "amd64"
	case MachineARM:
		return "arm"
	case MachineARM64:
		return "arm64"
	}
	return fmt.Sprintf("unknown(0x%04x)", m)
}
