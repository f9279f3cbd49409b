#!/usr/bin/env bash
# Side-by-side comparison of `zonelint check` with named-checkzone (BIND), kzonecheck (Knot), nsd-checkzone (NSD) and
# validns on generated zones: median wall time and peak RSS of each whole process, and zonelint's ratios to each peer.
# Tools run alternately (peer, zonelint, peer, zonelint, ...) so that a machine shared with other work slows both alike.
# Then 10,000 zones of ~50 records: one zonelint process over the directory against named-checkzone once per zone.
# Last, a signed zone (compare-dnssec.sh): signature and NSEC verification against kzonecheck -d on, in records/s.
#
# Usage: benchmarks/compare.sh [--runs N] [--sizes "10000 100000 1000000"] [--small-zones N] [--signed-records N]
#                              [--work DIR] [--no-install]      (--signed-records 0 skips the signed zone)
# Needs: dotnet, and apt-get (as root) for the peers and GNU time when they are missing. Not run by CI.
set -uo pipefail

runs=5
sizes="10000 100000 1000000"
small_zones=10000
work="${TMPDIR:-/tmp}/zonelint-compare"
install=1
signed_records=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --sizes) sizes="$2"; shift 2 ;;
    --small-zones) small_zones="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-install) install=0; shift ;;
    --signed-records) signed_records="$2"; shift 2 ;;
    *) echo "compare.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# --- Tools -------------------------------------------------------------------------------------------------------
apt_updated=0
need() { # need COMMAND PACKAGE: install PACKAGE when COMMAND is missing; false when it cannot be had
  command -v "$1" >/dev/null 2>&1 && return 0
  [ "$install" = 1 ] || { echo "compare.sh: $1 is missing (--no-install)"; return 1; }
  if [ "$apt_updated" = 0 ]; then apt-get update -qq >/dev/null 2>&1; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null 2>&1
  command -v "$1" >/dev/null 2>&1 || { echo "compare.sh: $2 could not be installed; $1 is skipped"; return 1; }
}

need /usr/bin/time time || { echo "compare.sh: GNU time is required for peak memory" >&2; exit 1; }
need bc bc || { echo "compare.sh: bc is required for the arithmetic" >&2; exit 1; }
peers=()
need named-checkzone bind9-utils && peers+=(named-checkzone)
need kzonecheck knot-dnssecutils && peers+=(kzonecheck)
need nsd-checkzone nsd && peers+=(nsd-checkzone)
need validns validns && peers+=(validns)

# --- zonelint and the zones --------------------------------------------------------------------------------------
# Published as shipped. `zonelint` is the linux-x64 tool package's build: native code (native AOT), which needs a C
# compiler to link (gcc, installed here when missing; without one the project falls back to ReadyToRun, and the table
# says so). `zonelint-r2r` is the other platforms' build: ReadyToRun (precompiled, started by the .NET runtime), TieredPGO off.
need gcc gcc || true
rm -rf "$work/zonelint" "$work/zonelint-r2r"
echo "Publishing zonelint (Release, native code; and ReadyToRun)..."
dotnet publish "$root/src/ZoneLint.Cli" -c Release -r linux-x64 \
  -o "$work/zonelint" >"$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
dotnet publish "$root/src/ZoneLint.Cli" -c Release -r linux-x64 --self-contained false \
  -o "$work/zonelint-r2r" >"$work/publish-r2r.log" 2>&1 || { cat "$work/publish-r2r.log"; exit 1; }
dotnet build "$root/benchmarks/ZoneLint.Benchmarks" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
gen="$root/benchmarks/ZoneLint.Benchmarks/bin/Release/net10.0/ZoneLint.Benchmarks"
zonelint="$work/zonelint/ZoneLint.Cli"
zonelint_r2r="$work/zonelint-r2r/ZoneLint.Cli"
if [ -e "$work/zonelint/ZoneLint.dll" ]; then
  echo "compare.sh: no C compiler to link native code with; zonelint is the ReadyToRun build too"
fi

for n in $sizes; do
  [ -s "$work/example.com.$n.zone" ] || "$gen" generate --records "$n" --output "$work/example.com.$n.zone"
done

# --- Measuring ---------------------------------------------------------------------------------------------------
command_for() { # command_for TOOL FILE ORIGIN
  case "$1" in
    zonelint) echo "$zonelint check --no-editorconfig $2" ;;
    zonelint-streaming) echo "$zonelint check --streaming --no-editorconfig $2" ;;
    zonelint-r2r) echo "$zonelint_r2r check --no-editorconfig $2" ;;
    named-checkzone) echo "named-checkzone -i local $3 $2" ;;
    kzonecheck) echo "kzonecheck -o $3 $2" ;;
    nsd-checkzone) echo "nsd-checkzone $3 $2" ;;
    # validns 0.8 predates CAA (RFC 6844) and reports each CAA record as unsupported; it still reads the whole zone.
    validns) echo "validns -z $3 $2" ;;
  esac
}

measure() { # measure TOOL FILE ORIGIN -> "seconds kilobytes user system" of one run
  # Wall time from the clock in nanoseconds (GNU time rounds to 10 ms, too coarse for the small zones); peak RSS and CPU
  # time (user and system seconds) from GNU time.
  local out="$work/time.$$" start end
  start=$(date +%s.%N)
  # shellcheck disable=SC2046
  /usr/bin/time -f "%M %U %S" -o "$out" $(command_for "$1" "$2" "$3") >/dev/null 2>&1
  end=$(date +%s.%N)
  printf '%.4f %s\n' "$(echo "$end - $start" | bc -l)" "$(tail -1 "$out")"
}

median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else printf "%.3f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

declare -A wall mem
tools=(zonelint zonelint-streaming zonelint-r2r "${peers[@]}")
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -r); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "Runs per tool and size: $runs (alternating; median reported)"
for n in $sizes; do
  file="$work/example.com.$n.zone"
  size=$(stat -c %s "$file")
  for t in "${tools[@]}"; do : >"$work/$t.$n.times"; done
  for ((i = 0; i < runs; i++)); do
    for p in "${peers[@]}"; do
      measure "$p" "$file" example.com >>"$work/$p.$n.times"
      measure zonelint "$file" example.com >>"$work/zonelint.$n.times"
    done
    [ ${#peers[@]} -gt 0 ] || measure zonelint "$file" example.com >>"$work/zonelint.$n.times"
    measure zonelint-streaming "$file" example.com >>"$work/zonelint-streaming.$n.times"
    measure zonelint-r2r "$file" example.com >>"$work/zonelint-r2r.$n.times"
  done

  echo
  # The load average after the runs: on a shared machine it says how far to trust the wall times (the ratios, measured
  # alternately, move less), and the range shows how far the runs of one tool spread.
  printf '%s records (%.1f MB); load average after the runs: %s\n' "$n" "$(echo "$size / 1000000" | bc -l)" "$(cut -d' ' -f1-3 /proc/loadavg)"
  # CPU is user and system time together (zonelint uses both cores, the peers one); system time is mostly the kernel
  # giving the process fresh memory, which on a virtual machine that hands freed memory back to its host costs far more
  # than on bare metal (docs/performance.md, the twenty-sixth round).
  printf '  %-20s %10s %16s %12s %10s %9s %9s\n' tool "wall (s)" "range (s)" "peak (MiB)" "MB/s" "CPU (s)" "sys (s)"
  for t in "${tools[@]}"; do
    w=$(cut -d' ' -f1 "$work/$t.$n.times" | median)
    m=$(cut -d' ' -f2 "$work/$t.$n.times" | median)
    range=$(cut -d' ' -f1 "$work/$t.$n.times" | sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }')
    cpu=$(awk '{ print $3 + $4 }' "$work/$t.$n.times" | median)
    sys=$(cut -d' ' -f4 "$work/$t.$n.times" | median)
    wall[$t.$n]=$w
    mem[$t.$n]=$m
    printf '  %-20s %10.3f %16s %12.0f %10.1f %9.2f %9.2f\n' "$t" "$w" "$range" "$(echo "$m / 1024" | bc -l)" \
      "$(echo "$size / 1000000 / $w" | bc -l)" "$cpu" "$sys"
  done
  for p in "${peers[@]}"; do
    printf '  zonelint / %-16s time %.2f   memory %.2f\n' "$p" \
      "$(echo "${wall[zonelint.$n]} / ${wall[$p.$n]}" | bc -l)" "$(echo "${mem[zonelint.$n]} / ${mem[$p.$n]}" | bc -l)"
  done
done

# Per-record cost from 10k to 1M: linear scaling keeps the time per record flat.
echo
echo "zonelint time per record (us): $(for n in $sizes; do printf '%s: %.2f  ' "$n" "$(echo "${wall[zonelint.$n]} * 1000000 / $n" | bc -l)"; done)"

# --- Many small zones --------------------------------------------------------------------------------------------
if [ "$small_zones" -gt 0 ]; then
  dir="$work/small.$small_zones"
  if [ ! -d "$dir" ] || [ "$(find "$dir" -name '*.zone' | wc -l)" -ne "$small_zones" ]; then
    rm -rf "$dir"
    "$gen" generate-many --zones "$small_zones" --records 50 --output "$dir"
  fi

  echo
  echo "$small_zones zones of ~50 records"
  lint_directory() { # lint_directory BINARY: one process over the directory; sets seconds and peak (KB)
    local start end
    start=$(date +%s.%N)
    /usr/bin/time -f "%M" -o "$work/small.time" "$1" check --no-editorconfig "$dir" >/dev/null 2>&1
    end=$(date +%s.%N)
    seconds=$(echo "$end - $start" | bc -l)
    peak=$(tail -1 "$work/small.time")
  }
  lint_directory "$zonelint"
  one=$seconds
  printf '  zonelint, one process over the directory: %.2f s, peak %s KB\n' "$one" "$peak"
  lint_directory "$zonelint_r2r"
  printf '  zonelint-r2r, the same: %.2f s, peak %s KB\n' "$seconds" "$peak"
  if command -v named-checkzone >/dev/null 2>&1; then
    start=$(date +%s.%N)
    for f in "$dir"/*.zone; do
      z=$(basename "$f" .zone)
      named-checkzone -i local "$z" "$f" >/dev/null 2>&1
    done
    end=$(date +%s.%N)
    bind=$(echo "$end - $start" | bc -l)
    printf '  named-checkzone once per zone: %.2f s\n' "$bind"
    printf '  named-checkzone / zonelint: %.1fx\n' "$(echo "$bind / $one" | bc -l)"
  else
    echo "  named-checkzone is not installed; no comparison"
  fi
fi

# --- A signed zone -----------------------------------------------------------------------------------------------
if [ "$signed_records" -gt 0 ]; then
  echo
  echo "Signed zone of $signed_records records before signing (zonelint and kzonecheck -d on verify every signature)"
  bash "$root/benchmarks/compare-dnssec.sh" "$signed_records" "$runs" "$work/signed.$signed_records"
fi
