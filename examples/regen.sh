#!/usr/bin/env bash
# Rebuild the example programs with mcs and regenerate their expected output
# from Mono: examples/NAME/NAME.cs -> NAME.exe, and NAME.out = stdout of
# `mono NAME.exe` run with no arguments and stdin from /dev/null.
# Safe to rerun from any directory. Go is used to build
# ../testdata/il/fixmvid.go, which makes the .exe files reproducible (mcs
# stamps a random module id and the time into them).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fixmvid=""
if command -v go >/dev/null && go build -o "$tmp/fixmvid" ../testdata/il/fixmvid.go 2>"$tmp/log"; then
  fixmvid=$tmp/fixmvid
else
  echo "regen.sh: warning: cannot build fixmvid.go; .exe files will not be reproducible" >&2
fi
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset MONO_ENV_OPTIONS || true

for src in */*.cs; do
  dir=$(dirname "$src")
  name=$(basename "$src" .cs)
  mcs -nologo -out:"$dir/$name.exe" "$src"
  if [ -n "$fixmvid" ]; then "$fixmvid" "$dir/$name.exe"; fi
  rc=0
  mono "$dir/$name.exe" >"$dir/$name.out" </dev/null || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "regen.sh: $dir/$name.exe exited with $rc" >&2
    exit 1
  fi
  printf '%-24s %s lines\n' "$dir/$name.exe" "$(wc -l <"$dir/$name.out")"
done
