#!/bin/sh
# Builds Strata's corlib (mscorlib.dll) from the C# sources in src/.
# The dll is replaced only when compilation succeeds. The module version id
# and timestamp are fixed (../../testdata/il/fixmvid.go) so that the same
# sources always give the same bytes; OUT=path writes elsewhere (CI uses it
# to check that the committed dll matches its sources).
set -e
cd "$(dirname "$0")"
out=${OUT:-$(pwd)/mscorlib.dll}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find src -name '*.cs' | LC_ALL=C sort > "$tmp/files.txt"
mcs -nostdlib -target:library -unsafe -optimize+ -debug- \
    -nowarn:0169,0414,0649,0626,0436,0108,0114,0660,0661,3021,0659,0067,0162,0168,0219,1030,0809,0282,0675,0109 \
    -out:"$tmp/mscorlib.dll" @"$tmp/files.txt"
go run ../../testdata/il/fixmvid.go "$tmp/mscorlib.dll"
cp "$tmp/mscorlib.dll" "$out"
echo "built $out"
