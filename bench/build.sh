#!/usr/bin/env bash
# Compile every benchmark in bench/src/NAME.cs to bench/bin/NAME.exe with mcs.
# Usage: bench/build.sh [NAME...]   (default: all). Runnable from any directory.
# Go is used to build ../testdata/il/fixmvid.go, which makes the .exe files
# reproducible (mcs stamps a random module id and the time into them).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
command -v mcs >/dev/null || { echo "build.sh: mcs not found" >&2; exit 1; }
mkdir -p bin
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fixmvid=""
if command -v go >/dev/null && go build -o "$tmp/fixmvid" ../testdata/il/fixmvid.go 2>"$tmp/log"; then
  fixmvid=$tmp/fixmvid
else
  echo "build.sh: warning: cannot build fixmvid.go; .exe files will not be reproducible" >&2
fi

if [ "$#" -gt 0 ]; then names=("$@"); else
  names=()
  for f in src/*.cs; do names+=("$(basename "$f" .cs)"); done
fi

for name in "${names[@]}"; do
  mcs -nologo -optimize+ -out:"bin/$name.exe" "src/$name.cs"
  if [ -n "$fixmvid" ]; then "$fixmvid" "bin/$name.exe"; fi
  echo "built bin/$name.exe"
done
