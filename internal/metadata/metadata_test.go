package metadata

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

const mscorlibPath = "/usr/lib/mono/4.5/mscorlib.dll"

func openTest(t testing.TB, name string) *Image {
	t.Helper()
	im, err := Open("testdata/" + name)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	return im
}

func TestMscorlibWalk(t *testing.T) {
	if _, err := os.Stat(mscorlibPath); err != nil {
		t.Skip("mscorlib.dll not installed")
	}
	im, err := Open(mscorlibPath)
	if err != nil {
		t.Fatal(err)
	}
	m := im.Metadata()
	s := walkImage(im)
	if s.firstErr != nil {
		t.Errorf("walk: %d row errors, %d sig errors, %d body errors, %d CA errors; first: %v",
			s.rowErrs, s.sigErrs, s.bodyErr, s.caErr, s.firstErr)
	}
	t.Logf("rows=%d sigs=%d bodies=%d customattrs=%d", s.rows, s.sigs, s.bodies, s.caValues)
	if m.RowCount(TableTypeDef) < 1000 {
		t.Errorf("mscorlib has only %d TypeDefs", m.RowCount(TableTypeDef))
	}
	if monodis, err := exec.LookPath("monodis"); err == nil {
		out, err := exec.Command(monodis, "--typedef", mscorlibPath).Output()
		if err != nil {
			t.Fatalf("monodis: %v", err)
		}
		last := regexp.MustCompile(`(?m)^(\d+): `).FindAllSubmatch(out, -1)
		if len(last) == 0 {
			t.Fatal("no rows in monodis output")
		}
		n, _ := strconv.Atoi(string(last[len(last)-1][1]))
		if uint32(n) != m.RowCount(TableTypeDef) {
			t.Errorf("TypeDef rows = %d, monodis says %d", m.RowCount(TableTypeDef), n)
		}
	}
}
