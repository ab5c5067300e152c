#!/usr/bin/env bash
# Compare Strata against Mono and native Go on the benchmarks in bench/bin.
#
# For each benchmark this measures five columns, one process per run, best
# wall-clock time of N runs (default 3):
#     tier0    strata run --tier0-only bench/bin/X.exe   (Strata's tier 0 alone)
#     default  strata run bench/bin/X.exe                (Strata as it ships)
#     interp   mono --interpreter bench/bin/X.exe
#     mono     mono bench/bin/X.exe                      (Mono's JIT)
#     go       bench/native/X, built once with go build  (native Go)
# checks that every column prints the same output as mono (each benchmark
# prints a short checksum), and prints a markdown table with the times and
# the ratios tier0/interp, default/interp, default/mono, default/go and
# tier0/default (the speedup that tier 1 brings), plus the geometric mean of
# each ratio. A column that fails on a benchmark (non-zero exit, timeout,
# output different from mono's; for go also a failed build) is marked FAIL
# there and the ratios that need it are left out of the means. A benchmark
# without a bench/native/X gets "-" in the go column.
#
# Usage: bench/compare.sh [-n N] [--markdown FILE] [--csv FILE] [--plot FILE.png]
#                         [--timeout SECS] [--strict] [NAME...]
#   -n N             runs per command, the best is kept (default 3)
#   --markdown FILE  also write the table, with a header naming the date, the
#                    CPU and the Mono and Go versions, to FILE
#   --csv FILE       also write the raw numbers to FILE: a header row, then per
#                    benchmark its name, the five times in seconds (tier0_s,
#                    default_s, interp_s, mono_s, native_s), the five ratios
#                    (tier0_interp, default_interp, default_mono,
#                    default_native, tier0_default) and failed (the columns
#                    that failed, space-separated); unknown values are empty
#   --plot FILE      draw the times relative to mono --interpreter as a bar
#                    chart (PNG, or SVG/PDF by the extension) with
#                    `go run ./bench/plot`; --markdown then embeds it
#   --timeout SECS   limit for a single run (default 300)
#   --strict         exit with status 1 if a strata column or native Go
#                    failed on any benchmark
#   NAME...          benchmarks to run (default: every bench/bin/*.exe)
# The exit status is also 1 if mono failed (or its interpreter and JIT
# disagree) on a benchmark, or if --plot could not draw the chart.
# Environment:
#   STRATA      path of the strata binary (default: build ./cmd/strata into a
#               temporary directory). STRATA=mono (or any path whose basename
#               is mono) is accepted as a stand-in and run as `mono X.exe`,
#               for both strata columns.
#   STRATA_CMD  overrides the whole command prefix of both strata columns,
#               e.g. STRATA_CMD="mono --debug" (the .exe path and its
#               arguments are appended).
#   STRATA_TIER0_FLAGS  the `strata run` options of the tier0 column (default
#               --tier0-only; set it empty to run both strata columns alike).
#   GO          the go command (default go).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)

runs=3
markdown=""
csv=""
plot=""
timeout_s=300
strict=0
names=()
while [ "$#" -gt 0 ]; do
  case "$1" in
    -n) runs=${2:?-n needs a number}; shift 2 ;;
    --markdown) markdown=${2:?--markdown needs a file name}; shift 2 ;;
    --markdown=*) markdown=${1#--markdown=}; shift ;;
    --csv) csv=${2:?--csv needs a file name}; shift 2 ;;
    --csv=*) csv=${1#--csv=}; shift ;;
    --plot) plot=${2:?--plot needs a file name}; shift 2 ;;
    --plot=*) plot=${1#--plot=}; shift ;;
    --timeout) timeout_s=${2:?--timeout needs seconds}; shift 2 ;;
    --strict) strict=1; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
    *) names+=("${1%.exe}"); shift ;;
  esac
done
case "$runs" in ''|*[!0-9]*|0) echo "compare.sh: -n needs a positive integer" >&2; exit 2 ;; esac

# Output files are named relative to the caller's directory; go run below
# runs in the repository root.
abspath() { case "$1" in /*) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
[ -z "$markdown" ] || markdown=$(abspath "$markdown")
[ -z "$csv" ] || csv=$(abspath "$csv")
[ -z "$plot" ] || plot=$(abspath "$plot")
for f in "$markdown" "$csv" "$plot"; do
  [ -z "$f" ] || mkdir -p "$(dirname "$f")"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/strata-compare.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
trap 'exit 130' INT TERM

command -v mono >/dev/null || { echo "compare.sh: mono not found" >&2; exit 1; }
go=${GO:-go}

if [ "${#names[@]}" -eq 0 ]; then
  for f in "$here"/bin/*.exe; do
    [ -e "$f" ] && names+=("$(basename "$f" .exe)")
  done
fi
if [ "${#names[@]}" -eq 0 ]; then
  echo "compare.sh: no benchmarks in $here/bin (run bench/build.sh)" >&2
  exit 1
fi

# The commands of the two strata columns: strata_cmd (default) and tier0_cmd.
read -r -a tier0_flags <<<"${STRATA_TIER0_FLAGS---tier0-only}"
strata_note=""
if [ -n "${STRATA_CMD:-}" ]; then
  read -r -a strata_cmd <<<"$STRATA_CMD"
  tier0_cmd=("${strata_cmd[@]}")
  strata_note="\`$STRATA_CMD\`"
  tier0_note="\`$STRATA_CMD\` (STRATA_CMD: the same as default)"
else
  strata=${STRATA:-}
  if [ -z "$strata" ]; then
    strata="$tmp/strata"
    echo "building ./cmd/strata ..." >&2
    if ! (cd "$root" && "$go" build -o "$strata" ./cmd/strata) >"$tmp/build.log" 2>&1; then
      echo "compare.sh: building strata failed; every strata cell will be FAIL:" >&2
      sed 's/^/  /' "$tmp/build.log" >&2
      strata="$tmp/strata-build-failed"
    fi
    strata_note="\`strata run\` built from ./cmd/strata"
    strata_disp="strata run"
  else
    strata_disp="$strata run"
  fi
  if [ "$(basename "$strata")" = mono ]; then
    strata_cmd=("$strata")
    tier0_cmd=("$strata")
    strata_note="\`$strata\` (stand-in for strata)"
    tier0_note="$strata_note"
  else
    strata_cmd=("$strata" run)
    tier0_cmd=("$strata" run ${tier0_flags[@]+"${tier0_flags[@]}"})
    [ -n "$strata_note" ] || strata_note="\`$strata_disp\`"
    tier0_note="\`$strata_disp${tier0_flags[*]+ ${tier0_flags[*]}}\`"
  fi
fi

# Build the native Go versions, each once. A missing binary afterwards means
# the build failed.
mkdir -p "$tmp/native"
go_version="-"
if command -v "$go" >/dev/null; then
  go_version=$("$go" version 2>/dev/null || echo "?")
  for name in "${names[@]}"; do
    [ -d "$here/native/$name" ] || continue
    if ! (cd "$root" && "$go" build -o "$tmp/native/$name" "./bench/native/$name") >"$tmp/native/$name.log" 2>&1; then
      echo "compare.sh: building bench/native/$name failed; its go cell will be FAIL:" >&2
      sed 's/^/  /' "$tmp/native/$name.log" >&2
    fi
  done
else
  echo "compare.sh: $go not found; every go cell will be FAIL" >&2
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

# measure LABEL OUTFILE CMD... : run_best, then checks the output against the
# reference output $ref (mono's) if there is one.
measure() {
  local label=$1 out=$2 t
  shift 2
  t=$(run_best "$label" "$out" "$@") || return 1
  if [ -n "$ref" ] && ! cmp -s "$out" "$ref"; then
    echo "  $label: output differs from mono:" >&2
    diff "$ref" "$out" | head -n 6 | sed 's/^/    /' >&2 || true
    return 1
  fi
  echo "$t"
}

# Times are kept as measured (seconds, 3 decimals); ratios with 4 decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b <= 0) b = 0.001; printf "%.4f", a / b }'; }
secs() { awk -v a="$1" 'BEGIN { printf (a < 0.1 ? "%.3f" : "%.2f"), a }'; }
two() { awk -v a="$1" 'BEGIN { printf "%.2f", a }'; }
geomean() {
  if [ "$#" -eq 0 ]; then echo "-"; return; fi
  printf '%s\n' "$@" | awk '{ if ($1 <= 0) $1 = 0.001; s += log($1); n++ } END { printf "%.2f", exp(s / n) }'
}

cols=(tier0 default interp mono native)
ratio_names=(tier0_interp default_interp default_mono default_native tier0_default)
# The two columns of each ratio, in ratio_names order.
ratio_num=(tier0 default default default tier0)
ratio_den=(interp interp mono native default)

table="$tmp/table.md"
{
  echo "| benchmark | tier0 s | default s | interp s | mono s | go s | tier0/interp | default/interp | default/mono | default/go | tier0/default |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
} >"$table"
csv_tmp="$tmp/results.csv"
echo "benchmark,tier0_s,default_s,interp_s,mono_s,native_s,tier0_interp,default_interp,default_mono,default_native,tier0_default,failed" >"$csv_tmp"

# gm[K]: the values of ratio K, space-separated, for its geometric mean.
declare -A gm=() times=() st=()
failed_tier0=() failed_default=() failed_native=() no_native=()
mono_problems=()

for name in "${names[@]}"; do
  exe="$here/bin/$name.exe"
  if [ ! -f "$exe" ]; then
    echo "compare.sh: $exe not found" >&2
    mono_problems+=("$name")
    echo "| $name | - | - | - | - | - | - | - | - | - | - |" >>"$table"
    echo "$name,,,,,,,,,,,missing" >>"$csv_tmp"
    continue
  fi
  echo "$name" >&2

  # times[C] is the time of column C, st[C] its state: ok, fail (FAIL) or none (-).
  times=() st=()
  ref=""
  st[interp]=ok st[mono]=ok
  times[interp]=$(run_best "mono --interpreter" "$tmp/interp.out" mono --interpreter "$exe") || st[interp]=none
  times[mono]=$(run_best "mono" "$tmp/mono.out" mono "$exe") || st[mono]=none
  if [ "${st[interp]}" = ok ] && [ "${st[mono]}" = ok ] && ! cmp -s "$tmp/interp.out" "$tmp/mono.out"; then
    echo "  mono --interpreter and mono print different output" >&2
    mono_problems+=("$name")
  elif [ "${st[interp]}" != ok ] || [ "${st[mono]}" != ok ]; then
    mono_problems+=("$name")
  fi
  if [ "${st[mono]}" = ok ]; then ref="$tmp/mono.out"; elif [ "${st[interp]}" = ok ]; then ref="$tmp/interp.out"; fi

  st[native]=ok
  if [ ! -d "$here/native/$name" ]; then
    st[native]=none
    no_native+=("$name")
  elif [ ! -x "$tmp/native/$name" ]; then
    echo "  native go: not built" >&2
    st[native]=fail
  else
    times[native]=$(measure "native go" "$tmp/native.out" "$tmp/native/$name") || st[native]=fail
  fi

  st[tier0]=ok st[default]=ok
  times[tier0]=$(measure "strata tier0" "$tmp/tier0.out" "${tier0_cmd[@]}" "$exe") || st[tier0]=fail
  times[default]=$(measure "strata" "$tmp/default.out" "${strata_cmd[@]}" "$exe") || st[default]=fail
  [ "${st[tier0]}" = ok ] || failed_tier0+=("$name")
  [ "${st[default]}" = ok ] || failed_default+=("$name")
  [ "${st[native]}" != fail ] || failed_native+=("$name")

  row="| $name"
  csv_row="$name"
  failed_cols=()
  for c in "${cols[@]}"; do
    case "${st[$c]}" in
      ok) row+=" | $(secs "${times[$c]}")"; csv_row+=",${times[$c]}" ;;
      fail) row+=" | FAIL"; csv_row+=","; failed_cols+=("$c") ;;
      *) row+=" | -"; csv_row+="," ;;
    esac
  done
  for i in "${!ratio_names[@]}"; do
    a=${ratio_num[$i]} b=${ratio_den[$i]}
    if [ "${st[$a]}" = ok ] && [ "${st[$b]}" = ok ]; then
      r=$(ratio "${times[$a]}" "${times[$b]}")
      row+=" | $(two "$r")"
      csv_row+=",$r"
      gm[${ratio_names[$i]}]+=" $r"
    elif [ "${st[$a]}" = fail ] || [ "${st[$b]}" = fail ]; then
      row+=" | FAIL"; csv_row+=","
    else
      row+=" | -"; csv_row+=","
    fi
  done
  echo "$row |" >>"$table"
  echo "$csv_row,${failed_cols[*]+${failed_cols[*]}}" >>"$csv_tmp"
done

row="| geometric mean |  |  |  |  |  |"
for k in "${ratio_names[@]}"; do
  read -r -a vals <<<"${gm[$k]-}"
  row+=" $(geomean ${vals[@]+"${vals[@]}"}) |"
done
echo "$row" >>"$table"

notes=""
[ "${#failed_tier0[@]}" -eq 0 ] || notes+=$'\n'"strata tier0 FAILED on: ${failed_tier0[*]}."
[ "${#failed_default[@]}" -eq 0 ] || notes+=$'\n'"strata (default) FAILED on: ${failed_default[*]}."
[ "${#failed_native[@]}" -eq 0 ] || notes+=$'\n'"native Go FAILED on: ${failed_native[*]}."
if [ "${#failed_tier0[@]}" -gt 0 ] || [ "${#failed_default[@]}" -gt 0 ] || [ "${#failed_native[@]}" -gt 0 ]; then
  notes+=$'\n'"A failed run is marked FAIL and the ratios that need it are left out of the geometric means."
fi
[ "${#no_native[@]}" -eq 0 ] || notes+=$'\n'"no native Go version (bench/native/NAME) of: ${no_native[*]}."
if [ "${#mono_problems[@]}" -gt 0 ]; then
  notes+=$'\n'"mono problems (missing benchmark, failed run or interpreter/JIT output mismatch) on: ${mono_problems[*]}."
fi
notes+=$'\n'"Times are the best of $runs wall-clock runs in seconds: tier0 = $tier0_note, default = $strata_note, interp = \`mono --interpreter\`, mono = \`mono\` (JIT), go = the native Go version in bench/native. A ratio above 1 means the first is slower; tier0/default is the speedup that tier 1 brings."

echo
cat "$table"
printf '%s\n' "$notes"

if [ -n "$csv" ]; then
  cp "$csv_tmp" "$csv"
  echo "wrote $csv" >&2
fi

plot_ok=1
if [ -n "$plot" ]; then
  echo "drawing $plot ..." >&2
  if (cd "$root" && "$go" run ./bench/plot -o "$plot" "$csv_tmp") >"$tmp/plot.log" 2>&1; then
    echo "wrote $plot" >&2
  else
    plot_ok=0
    echo "compare.sh: drawing the plot failed:" >&2
    sed 's/^/  /' "$tmp/plot.log" >&2
  fi
fi

if [ -n "$markdown" ]; then
  cpu=$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//') || true
  [ -n "$cpu" ] || cpu=unknown
  image=""
  if [ -n "$plot" ] && [ "$plot_ok" -eq 1 ]; then
    image=$(realpath -m --relative-to="$(dirname "$markdown")" "$plot" 2>/dev/null) || image=$plot
  fi
  {
    echo "# Strata vs Mono and Go benchmarks"
    echo
    echo "- date: $(date -u +%F)"
    echo "- cpu: $cpu ($(nproc 2>/dev/null || echo '?') cpus)"
    echo "- mono: $(mono --version | head -n 1)"
    echo "- go: $go_version"
    echo "- strata (default): $strata_note"
    echo "- strata tier0: $tier0_note"
    echo "- runs: best of $runs (wall clock)"
    echo
    cat "$table"
    printf '%s\n' "$notes"
    if [ -n "$image" ]; then
      echo
      echo "![Time relative to mono --interpreter, log scale: Strata tier 0, Strata default, mono JIT and native Go]($image)"
    fi
  } >"$markdown"
  echo "wrote $markdown" >&2
fi

status=0
[ "${#mono_problems[@]}" -eq 0 ] || status=1
[ "$plot_ok" -eq 1 ] || status=1
if [ "$strict" -eq 1 ] && { [ "${#failed_tier0[@]}" -gt 0 ] || [ "${#failed_default[@]}" -gt 0 ] || [ "${#failed_native[@]}" -gt 0 ]; }; then
  status=1
fi
exit "$status"
