#!/usr/bin/env bash
# Reassemble every hand-written IL test program in this directory and
# regenerate its expected results from Mono:
#   NAME.il  -> NAME.exe   (ilasm /output:NAME.exe NAME.il)
#   NAME.out  = stdout of `mono NAME.exe` (no arguments, stdin from /dev/null)
#   NAME.exit = its exit code, decimal + newline
# Usage: testdata/il/regen.sh [NAME...]   (default: all *.il files)
# Safe to rerun from any directory. Needs ilasm and mono (Mono 6.8), and Go
# for fixmvid.go, which replaces the random module version id and timestamp
# that ilasm stamps into each .exe, so that an unchanged NAME.il always gives
# a byte-identical NAME.exe (without Go the .exe files still work but change
# on every run).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

for tool in ilasm mono; do
  command -v "$tool" >/dev/null || { echo "regen.sh: $tool not found" >&2; exit 1; }
done

# Console output encoding follows the locale in Mono; pin it to UTF-8.
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset MONO_ENV_OPTIONS MONO_PATH || true

if [ "$#" -gt 0 ]; then
  names=("$@")
else
  names=()
  for f in *.il; do names+=("${f%.il}"); done
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
log=$tmp/log

fixmvid=""
if command -v go >/dev/null && go build -o "$tmp/fixmvid" fixmvid.go 2>"$log"; then
  fixmvid=$tmp/fixmvid
else
  echo "regen.sh: warning: cannot build fixmvid.go; .exe files will not be reproducible" >&2
fi

failed=0
for name in "${names[@]}"; do
  name=${name%.il}
  if ! ilasm /quiet /output:"$name.exe" "$name.il" >"$log" 2>&1; then
    echo "FAIL  $name: ilasm failed" >&2
    cat "$log" >&2
    failed=1
    continue
  fi
  if [ -n "$fixmvid" ]; then "$fixmvid" "$name.exe"; fi
  rc=0
  timeout 120 mono "$name.exe" >"$name.out" 2>/dev/null </dev/null || rc=$?
  echo "$rc" >"$name.exit"
  printf '%-18s exit=%-3s lines=%s\n' "$name" "$rc" "$(wc -l <"$name.out")"
done
exit "$failed"
