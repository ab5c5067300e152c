#!/bin/sh
# Builds Strata's corlib (mscorlib.dll) from the C# sources in src/.
# The dll is replaced only when compilation succeeds.
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
find src -name '*.cs' | LC_ALL=C sort > "$tmp/files.txt"
mcs -nostdlib -target:library -unsafe -optimize+ -debug- \
    -nowarn:1718,0169,0414,0649,0626,0436,0108,0114,0660,0661,3021,0659,0067,0162,0168,0219,1030,0809,0282,0675,0109 \
    -out:"$tmp/mscorlib.dll" @"$tmp/files.txt"
cp "$tmp/mscorlib.dll" mscorlib.dll
echo "built $(pwd)/mscorlib.dll"
