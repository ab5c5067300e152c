#!/usr/bin/env bash
# Rebuild the example programs with mcs and regenerate their expected output
# from Mono: examples/NAME/NAME.cs -> NAME.exe, and NAME.out = stdout of
# `mono NAME.exe` run with no arguments and stdin from /dev/null.
# Safe to rerun from any directory.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset MONO_ENV_OPTIONS || true

for src in */*.cs; do
  dir=$(dirname "$src")
  name=$(basename "$src" .cs)
  mcs -nologo -out:"$dir/$name.exe" "$src"
  rc=0
  mono "$dir/$name.exe" >"$dir/$name.out" </dev/null || rc=$?
  if [ "$rc" -ne 0 ]; then
    echo "regen.sh: $dir/$name.exe exited with $rc" >&2
    exit 1
  fi
  printf '%-24s %s lines\n' "$dir/$name.exe" "$(wc -l <"$dir/$name.out")"
done
