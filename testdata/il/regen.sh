#!/usr/bin/env bash
# Reassemble every hand-written IL test program in this directory and
# regenerate its expected results from Mono:
#   NAME.il  -> NAME.exe   (ilasm /output:NAME.exe NAME.il)
#   NAME.out  = stdout of `mono NAME.exe` (no arguments, stdin from /dev/null)
#   NAME.exit = its exit code, decimal + newline
# Usage: testdata/il/regen.sh [NAME...]   (default: all *.il files)
# Safe to rerun from any directory. Needs ilasm and mono (Mono 6.8).
# Note: ilasm stamps a fresh module version id into each .exe, so the
# binaries differ byte-wise between runs while .out/.exit stay identical.
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

log=$(mktemp)
trap 'rm -f "$log"' EXIT

failed=0
for name in "${names[@]}"; do
  name=${name%.il}
  if ! ilasm /quiet /output:"$name.exe" "$name.il" >"$log" 2>&1; then
    echo "FAIL  $name: ilasm failed" >&2
    cat "$log" >&2
    failed=1
    continue
  fi
  rc=0
  timeout 120 mono "$name.exe" >"$name.out" 2>/dev/null </dev/null || rc=$?
  echo "$rc" >"$name.exit"
  printf '%-18s exit=%-3s lines=%s\n' "$name" "$rc" "$(wc -l <"$name.out")"
done
exit "$failed"
