#!/usr/bin/env bash
# Compare Strata against Mono on the benchmarks in bench/bin.
#
# For each benchmark this runs, one process per run, best wall-clock time of
# N runs (default 3):
#     strata run bench/bin/X.exe
#     mono --interpreter bench/bin/X.exe
#     mono bench/bin/X.exe
# checks that all three print the same output (each benchmark prints a short
# checksum), and prints a markdown table with the times and the ratios
# strata/interpreter and strata/JIT, plus the geometric means of the ratios.
# A benchmark on which strata fails (non-zero exit, timeout or different
# output) is marked FAIL and left out of the means.
#
# Usage: bench/compare.sh [-n N] [--markdown FILE] [--timeout SECS] [--strict] [NAME...]
#   -n N             runs per command, the best is kept (default 3)
#   --markdown FILE  also write the table, with a header naming the date, the
#                    CPU and the Mono version, to FILE
#   --timeout SECS   limit for a single run (default 300)
#   --strict         exit with status 1 if strata failed on any benchmark
#   NAME...          benchmarks to run (default: every bench/bin/*.exe)
# Environment:
#   STRATA      path of the strata binary (default: build ./cmd/strata into a
#               temporary directory). STRATA=mono (or any path whose basename
#               is mono) is accepted as a stand-in and run as `mono X.exe`.
#   STRATA_CMD  overrides the whole command prefix, e.g. STRATA_CMD="mono --debug"
#               (the .exe path and its arguments are appended).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

runs=3
markdown=""
timeout_s=300
strict=0
names=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    -n) runs=${2:?-n needs a number}; shift 2 ;;
    --markdown) markdown=${2:?--markdown needs a file name}; shift 2 ;;
    --markdown=*) markdown=${1#--markdown=}; shift ;;
    --timeout) timeout_s=${2:?--timeout needs seconds}; shift 2 ;;
    --strict) strict=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
    *) names+=("${1%.exe}"); shift ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "compare.sh: -n needs a positive integer" >&2; exit 2 ;; esac

tmp=$(mktemp -d "${TMPDIR:-/tmp}/strata-compare.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

command -v mono >/dev/null || { echo "compare.sh: mono not found" >&2; exit 1; }

if [ "${#names[@]}" -eq 0 ]; then
  for f in "$here"/bin/*.exe; do
    [ -e "$f" ] && names+=("$(basename "$f" .exe)")
  done
fi
if [ "${#names[@]}" -eq 0 ]; then
  echo "compare.sh: no benchmarks in $here/bin (run bench/build.sh)" >&2
  exit 1
fi

# The command used for strata.
strata_note=""
if [ -n "${STRATA_CMD:-}" ]; then
  read -r -a strata_cmd <<<"$STRATA_CMD"
  strata_note="$STRATA_CMD"
else
  strata=${STRATA:-}
  if [ -z "$strata" ]; then
    strata="$tmp/strata"
    echo "building ./cmd/strata ..." >&2
    if ! (cd "$root" && go build -o "$strata" ./cmd/strata) >"$tmp/build.log" 2>&1; then
      echo "compare.sh: building strata failed; every strata row will be FAIL:" >&2
      sed 's/^/  /' "$tmp/build.log" >&2
      strata="$tmp/strata-build-failed"
    fi
    strata_note="strata built from ./cmd/strata"
  fi
  if [ "$(basename "$strata")" = mono ]; then
    strata_cmd=("$strata")
    strata_note="$strata (stand-in for strata)"
  else
    strata_cmd=("$strata" run)
    [ -n "$strata_note" ] || strata_note="$strata run"
  fi
fi

TIMEFORMAT=%3R

# run_best LABEL OUTFILE CMD... : runs CMD $runs times, writes the stdout of
# the first run to OUTFILE and echoes the best wall-clock time in seconds.
# Returns non-zero if any run failed, timed out or printed something else.
run_best() {
  local label=$1 out=$2 best="" t rc i
  shift 2
  for ((i = 1; i <= runs; i++)); do
    rc=0
    { time timeout "$timeout_s" "$@" >"$tmp/run.out" 2>"$tmp/run.err" </dev/null; } 2>"$tmp/time" || rc=$?
    if [ "$rc" -ne 0 ]; then
      if [ "$rc" -eq 124 ]; then
        echo "  $label: timed out after ${timeout_s}s" >&2
      else
        echo "  $label: exit status $rc" >&2
        head -n 5 "$tmp/run.err" | sed 's/^/    /' >&2
      fi
      return 1
    fi
    if [ "$i" -eq 1 ]; then
      cp "$tmp/run.out" "$out"
    elif ! cmp -s "$tmp/run.out" "$out"; then
      echo "  $label: output differs between runs" >&2
      return 1
    fi
    t=$(tail -n 1 "$tmp/time")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$t
    fi
  done
  echo "$best"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.001; printf "%.2f", a / b }'; }
secs() { awk -v a="$1" 'BEGIN { printf "%.2f", a }'; }

table="$tmp/table.md"
{
  echo "| benchmark | strata s | mono --interpreter s | mono s | strata/interp | strata/mono |"
  echo "|---|---:|---:|---:|---:|---:|"
} >"$table"

ratios_interp=()
ratios_mono=()
failed=()
mono_problems=()

for name in "${names[@]}"; do
  exe="$here/bin/$name.exe"
  if [ ! -f "$exe" ]; then
    echo "compare.sh: $exe not found" >&2
    mono_problems+=("$name")
    echo "| $name | - | - | - | - | - |" >>"$table"
    continue
  fi
  echo "$name" >&2

  t_interp=$(run_best "mono --interpreter" "$tmp/interp.out" mono --interpreter "$exe") || t_interp=""
  t_mono=$(run_best "mono" "$tmp/mono.out" mono "$exe") || t_mono=""
  if [ -n "$t_interp" ] && [ -n "$t_mono" ] && ! cmp -s "$tmp/interp.out" "$tmp/mono.out"; then
    echo "  mono --interpreter and mono print different output" >&2
    mono_problems+=("$name")
  fi
  if [ -z "$t_interp" ] || [ -z "$t_mono" ]; then
    mono_problems+=("$name")
  fi

  strata_ok=1
  t_strata=$(run_best "strata" "$tmp/strata.out" "${strata_cmd[@]}" "$exe") || strata_ok=0
  if [ "$strata_ok" -eq 1 ] && [ -n "$t_mono" ] && ! cmp -s "$tmp/strata.out" "$tmp/mono.out"; then
    echo "  strata output differs from mono:" >&2
    diff "$tmp/mono.out" "$tmp/strata.out" | head -n 6 | sed 's/^/    /' >&2 || true
    strata_ok=0
  fi

  c_interp=$([ -n "$t_interp" ] && secs "$t_interp" || echo "-")
  c_mono=$([ -n "$t_mono" ] && secs "$t_mono" || echo "-")
  if [ "$strata_ok" -eq 1 ]; then
    c_strata=$(secs "$t_strata")
    r_interp="-"; r_mono="-"
    if [ -n "$t_interp" ]; then r_interp=$(ratio "$t_strata" "$t_interp"); ratios_interp+=("$r_interp"); fi
    if [ -n "$t_mono" ]; then r_mono=$(ratio "$t_strata" "$t_mono"); ratios_mono+=("$r_mono"); fi
  else
    failed+=("$name")
    c_strata="FAIL"; r_interp="FAIL"; r_mono="FAIL"
  fi
  echo "| $name | $c_strata | $c_interp | $c_mono | $r_interp | $r_mono |" >>"$table"
done

geomean() {
  if [ "$#" -eq 0 ]; then echo "-"; return; fi
  printf '%s\n' "$@" | awk '{ if ($1 <= 0) $1 = 0.001; s += log($1); n++ } END { printf "%.2f", exp(s / n) }'
}
echo "| geometric mean | | | | $(geomean "${ratios_interp[@]+"${ratios_interp[@]}"}") | $(geomean "${ratios_mono[@]+"${ratios_mono[@]}"}") |" >>"$table"

notes=""
if [ "${#failed[@]}" -gt 0 ]; then
  notes+=$'\n'"strata FAILED on: ${failed[*]} (marked FAIL, excluded from the geometric means)."
fi
if [ "${#mono_problems[@]}" -gt 0 ]; then
  notes+=$'\n'"mono problems (missing benchmark, failed run or interpreter/JIT output mismatch) on: ${mono_problems[*]}."
fi
notes+=$'\n'"Times are the best of $runs wall-clock runs in seconds; ratios above 1 mean strata is slower."

echo
cat "$table"
printf '%s\n' "$notes"

if [ -n "$markdown" ]; then
  cpu=$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//') || true
  [ -n "$cpu" ] || cpu=unknown
  {
    echo "# Strata vs Mono benchmarks"
    echo
    echo "- date: $(date -u +%F)"
    echo "- cpu: $cpu ($(nproc 2>/dev/null || echo '?') cpus)"
    echo "- mono: $(mono --version | head -n 1)"
    echo "- strata: $strata_note"
    echo "- runs: best of $runs (wall clock)"
    echo
    cat "$table"
    printf '%s\n' "$notes"
  } >"$markdown"
  echo "wrote $markdown" >&2
fi

if [ "${#mono_problems[@]}" -gt 0 ]; then
  exit 1
fi
if [ "$strict" -eq 1 ] && [ "${#failed[@]}" -gt 0 ]; then
  exit 1
fi
exit 0
