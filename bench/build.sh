#!/usr/bin/env bash
# Compile every benchmark in bench/src/NAME.cs to bench/bin/NAME.exe with mcs.
# Usage: bench/build.sh [NAME...]   (default: all). Runnable from any directory.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
command -v mcs >/dev/null || { echo "build.sh: mcs not found" >&2; exit 1; }
mkdir -p bin

if [ "$#" -gt 0 ]; then names=("$@"); else
  names=()
  for f in src/*.cs; do names+=("$(basename "$f" .cs)"); done
fi

for name in "${names[@]}"; do
  mcs -nologo -optimize+ -out:"bin/$name.exe" "src/$name.cs"
  echo "built bin/$name.exe"
done
