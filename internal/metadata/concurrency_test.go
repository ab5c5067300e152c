package metadata

import (
	"sync"
	"testing"
)

// TestConcurrentLookups runs the lazily built indexes from many goroutines
// at once; run with -race to check the sync.Once guarding.
func TestConcurrentLookups(t *testing.T) {
	m := openTest(t, "features.exe").Metadata()
	var wg sync.WaitGroup
	results := make([]uint32, 8)
	for g := range results {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			var sum uint32
			for r := uint32(1); r <= m.RowCount(TableTypeDef); r++ {
				if enc, ok := m.NestedClassOf(r); ok {
					sum += enc
				}
				ifs, _ := m.InterfacesOf(r)
				sum += uint32(len(ifs))
				cas, _ := m.CustomAttributesOf(NewToken(TableTypeDef, r))
				sum += uint32(len(cas))
				gps, _ := m.GenericParamsOf(NewToken(TableTypeDef, r))
				sum += uint32(len(gps))
				mis, _ := m.MethodImplsOf(r)
				sum += uint32(len(mis))
				if cl, ok := m.ClassLayoutOf(r); ok {
					sum += cl.ClassSize
				}
				ps, _ := m.TypeProperties(r)
				sum += uint32(len(ps))
			}
			for r := uint32(1); r <= m.RowCount(TableMethodDef); r++ {
				sum += m.DeclaringTypeOfMethod(r)
			}
			for r := uint32(1); r <= m.RowCount(TableField); r++ {
				sum += m.DeclaringTypeOfField(r)
				if rva, ok := m.FieldRVAOf(r); ok {
					sum += rva
				}
				if c, ok := m.ConstantOf(NewToken(TableField, r)); ok {
					sum += uint32(c.Type)
				}
			}
			results[g] = sum
		}(g)
	}
	wg.Wait()
	for _, s := range results[1:] {
		if s != results[0] {
			t.Fatalf("goroutines disagree: %v", results)
		}
	}
}
