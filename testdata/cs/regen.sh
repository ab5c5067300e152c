#!/usr/bin/env bash
# Regenerates the C# conformance corpus: for every NAME.cs in this directory,
# compiles NAME.exe with mcs and records mono's stdout (NAME.out) and exit
# code (NAME.exit). Optional per-program files:
#   first line "// mcs-flags: ..."  extra compiler flags
#   NAME.args   command-line arguments (one line, space separated)
#   NAME.in     stdin contents (otherwise stdin is /dev/null)
# Usage: regen.sh [NAME ...]   (default: all programs)
set -u
cd "$(dirname "$0")" || exit 1
export LC_ALL=C.UTF-8 LANG=C.UTF-8

one() {
  name="${1%.cs}"
  flags=""
  first="$(head -n 1 "$name.cs")"
  case "$first" in
    "// mcs-flags:"*) flags="${first#// mcs-flags:}" ;;
  esac
  rm -f "$name.exe"
  # shellcheck disable=SC2086
  if ! mcs -out:"$name.exe" $flags "$name.cs" >"$name.build.log" 2>&1; then
    echo "COMPILE FAILED: $name" >&2
    cat "$name.build.log" >&2
    rm -f "$name.build.log"
    return 1
  fi
  rm -f "$name.build.log"
  args=""
  [ -f "$name.args" ] && args="$(head -n 1 "$name.args")"
  input=/dev/null
  [ -f "$name.in" ] && input="$name.in"
  # shellcheck disable=SC2086
  timeout 60 mono "$name.exe" $args <"$input" >"$name.out" 2>/dev/null
  echo "$?" >"$name.exit"
}
export -f one

if [ "$#" -gt 0 ]; then
  list=("$@")
else
  list=(*.cs)
fi
printf '%s\n' "${list[@]}" | xargs -P "$(nproc 2>/dev/null || echo 2)" -I{} bash -c 'one "$1"' _ {}
