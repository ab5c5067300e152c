//go:build ignore

// fixmvid makes assemblies produced by ilasm and mcs reproducible: both
// stamp every output with the current time (PE/COFF TimeDateStamp) and a
// random module version id (the Module row's Mvid, the first GUID of the
// #GUID heap), so rebuilding an unchanged source changes the binary.
// This tool sets the timestamp to 0 and the MVID to a hash of the rest of
// the file, so the same source always gives the same bytes.
//
// Usage: go run testdata/il/fixmvid.go FILE.exe...
package main

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: go run fixmvid.go FILE.exe...")
		os.Exit(2)
	}
	failed := false
	for _, path := range os.Args[1:] {
		if err := fix(path); err != nil {
			fmt.Fprintf(os.Stderr, "fixmvid: %s: %v\n", path, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}

func fix(path string) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	stampOff, mvidOff, err := locate(data)
	if err != nil {
		return err
	}
	binary.LittleEndian.PutUint32(data[stampOff:], 0)
	for i := 0; i < 16; i++ {
		data[mvidOff+i] = 0
	}
	sum := sha256.Sum256(data)
	copy(data[mvidOff:mvidOff+16], sum[:16])
	data[mvidOff+7] = data[mvidOff+7]&0x0f | 0x40 // mark as a version 4 style GUID
	data[mvidOff+8] = data[mvidOff+8]&0x3f | 0x80
	return os.WriteFile(path, data, 0o644)
}

var errFormat = errors.New("not a PE file with CLI metadata")

// locate returns the file offsets of the COFF TimeDateStamp and of the
// first GUID in the metadata #GUID heap.
func locate(b []byte) (stamp, mvid int, err error) {
	u16 := func(o int) int {
		if o < 0 || o+2 > len(b) {
			err = errFormat
			return 0
		}
		return int(binary.LittleEndian.Uint16(b[o:]))
	}
	u32 := func(o int) int {
		if o < 0 || o+4 > len(b) {
			err = errFormat
			return 0
		}
		return int(binary.LittleEndian.Uint32(b[o:]))
	}
	if len(b) < 0x40 || b[0] != 'M' || b[1] != 'Z' {
		return 0, 0, errFormat
	}
	pe := u32(0x3c)
	if err != nil || pe+24 > len(b) || string(b[pe:pe+4]) != "PE\x00\x00" {
		return 0, 0, errFormat
	}
	coff := pe + 4
	stamp = coff + 4
	nsect := u16(coff + 2)
	optSize := u16(coff + 16)
	opt := coff + 20
	var dirs int
	switch u16(opt) {
	case 0x10b:
		dirs = opt + 96
	case 0x20b:
		dirs = opt + 112
	default:
		return 0, 0, errFormat
	}
	sects := opt + optSize
	rvaToOff := func(rva int) int {
		for i := 0; i < nsect; i++ {
			s := sects + 40*i
			va, size, raw := u32(s+12), u32(s+16), u32(s+20)
			if vsize := u32(s + 8); vsize > size {
				size = vsize
			}
			if rva >= va && rva < va+size {
				return rva - va + raw
			}
		}
		err = errFormat
		return 0
	}
	cli := rvaToOff(u32(dirs + 14*8))
	md := rvaToOff(u32(cli + 8))
	if err != nil || u32(md) != 0x424a5342 {
		return 0, 0, errFormat
	}
	verLen := u32(md + 12)
	p := md + 16 + verLen + 2
	nstreams := u16(p)
	p += 2
	for i := 0; i < nstreams && err == nil; i++ {
		off, size := u32(p), u32(p+4)
		name := p + 8
		end := name
		for end < len(b) && b[end] != 0 {
			end++
		}
		if string(b[name:end]) == "#GUID" {
			if size < 16 || md+off+16 > len(b) {
				return 0, 0, errFormat
			}
			return stamp, md + off, nil
		}
		p = name + ((end-name)/4+1)*4
	}
	if err == nil {
		err = errors.New("no #GUID heap")
	}
	return 0, 0, err
}
