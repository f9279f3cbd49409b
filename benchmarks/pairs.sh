#!/usr/bin/env bash
# Two builds of zonelint, timed in alternating pairs: how docs/performance.md measures a change. Each revision is
# published as the linux-x64 tool package carries it (Release, native code), both check the same zone with the same
# arguments, and their reports must agree byte for byte (a change made for speed must not change what is found).
# Then they run alternately (A, B, A, B, ...) so that a machine shared with other work slows both alike, and the
# script prints each build's median wall time, CPU time (user + system) and peak RSS, with the range of the runs, the
# ratio B / A and how many pairs B won.
#
# Usage: benchmarks/pairs.sh [--pairs N] [--records N | --zone FILE] [--args "check ..."] [--cool S] [--work DIR] BASE [HEAD]
#   BASE, HEAD: git revisions (HEAD defaults to the working tree, uncommitted changes included).
#   --records N: a generated zone of N records (1,000,000 by default); --zone FILE: a zone of your own.
#   --args: zonelint's arguments before the zone ("check --no-editorconfig" by default; "check --streaming ...").
#   --cool S: wait S seconds before each run. Back to back, a run reuses memory the run before it has just freed; on a
#     virtual machine that hands free memory back to its host after about two seconds (virtio-balloon free page
#     reporting), memory freed longer ago costs the kernel far more to give out again, so a change to how much memory
#     zonelint touches shows its whole effect only in cooled runs (docs/performance.md, the twenty-sixth round).
# Needs: dotnet, git, gcc (native code), GNU time and bc (installed with apt-get when missing). Not run by CI.
set -uo pipefail

pairs=10
records=1000000
zone=""
args="check --no-editorconfig"
cool=0
work="${TMPDIR:-/tmp}/zonelint-pairs"
revisions=()
while [ $# -gt 0 ]; do
  case "$1" in
    --pairs) pairs="$2"; shift 2 ;;
    --records) records="$2"; shift 2 ;;
    --zone) zone="$2"; shift 2 ;;
    --args) args="$2"; shift 2 ;;
    --cool) cool="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -*) echo "pairs.sh: unknown option $1" >&2; exit 2 ;;
    *) revisions+=("$1"); shift ;;
  esac
done
if [ ${#revisions[@]} -lt 1 ] || [ ${#revisions[@]} -gt 2 ]; then
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi

root="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

for tool in /usr/bin/time:time bc:bc gcc:gcc; do
  command -v "${tool%%:*}" >/dev/null 2>&1 && continue
  [ -n "${apt_updated:-}" ] || { apt-get update -qq >/dev/null 2>&1; apt_updated=1; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${tool##*:}" >/dev/null 2>&1
  command -v "${tool%%:*}" >/dev/null 2>&1 || { echo "pairs.sh: ${tool##*:} is required and could not be installed" >&2; exit 1; }
done

# --- The two builds ----------------------------------------------------------------------------------------------
publish() { # publish REVISION NAME: the revision's native build in $work/NAME; "" is the working tree
  local source="$root" tree="$work/src.$2"
  rm -rf "$work/$2" "$tree"
  if [ -n "$1" ]; then
    git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1
    git -C "$root" worktree add --detach "$tree" "$1" >"$work/$2.log" 2>&1 || { cat "$work/$2.log" >&2; exit 1; }
    source="$tree"
  fi

  echo "Publishing ${1:-the working tree} as $2..."
  dotnet publish "$source/src/ZoneLint.Cli" -c Release -r linux-x64 -o "$work/$2" >>"$work/$2.log" 2>&1 \
    || { cat "$work/$2.log" >&2; exit 1; }
  if [ -n "$1" ]; then
    git -C "$root" worktree remove --force "$tree" >/dev/null 2>&1
  fi
}

publish "${revisions[0]}" a
publish "${revisions[1]:-}" b
a="$work/a/ZoneLint.Cli"
b="$work/b/ZoneLint.Cli"

if [ -z "$zone" ]; then
  zone="$work/example.com.$records.zone"
  if [ ! -s "$zone" ]; then
    dotnet build "$root/benchmarks/ZoneLint.Benchmarks" -c Release >"$work/build.log" 2>&1 || { cat "$work/build.log" >&2; exit 1; }
    "$root/benchmarks/ZoneLint.Benchmarks/bin/Release/net10.0/ZoneLint.Benchmarks" generate --records "$records" --output "$zone"
  fi
fi

# --- The same findings -------------------------------------------------------------------------------------------
# shellcheck disable=SC2086
"$a" $args --format json "$zone" >"$work/a.json" 2>"$work/a.err"
code_a=$?
# shellcheck disable=SC2086
"$b" $args --format json "$zone" >"$work/b.json" 2>"$work/b.err"
code_b=$?
if [ "$code_a" != "$code_b" ] || ! cmp -s "$work/a.json" "$work/b.json"; then
  echo "pairs.sh: the two builds' reports differ (exit codes $code_a and $code_b; $work/a.json, $work/b.json)"
  diff <(head -c 100000 "$work/a.json") <(head -c 100000 "$work/b.json") | head -20
  exit 1
fi
echo "The same report from both ($(wc -c <"$work/a.json") bytes of JSON, exit code $code_a)."

# --- Pairs -------------------------------------------------------------------------------------------------------
run() { # run BINARY -> "wall cpu kilobytes system" of one run
  local out="$work/time.$$" start end
  sleep "$cool"
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f "%U %S %M" -o "$out" "$1" $args "$zone" >/dev/null 2>&1
  end=$(date +%s.%N)
  awk -v wall="$(echo "$end - $start" | bc -l)" '{ printf "%.4f %.2f %s %.2f\n", wall, $1 + $2, $3, $2 }' "$out"
}

echo "Machine: $(nproc) cores; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
: >"$work/a.times"
: >"$work/b.times"
wins=0
for ((i = 1; i <= pairs; i++)); do
  ra=$(run "$a")
  rb=$(run "$b")
  echo "$ra" >>"$work/a.times"
  echo "$rb" >>"$work/b.times"
  awk -v x="${ra%% *}" -v y="${rb%% *}" 'BEGIN { exit !(y < x) }' && wins=$((wins + 1))
done

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
range() { sort -g | awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.3f-%.3f", lo, hi }'; }
echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); $pairs pairs of: zonelint $args $(basename "$zone")"
printf '  %-8s %10s %14s %10s %10s %12s\n' build "wall (s)" "range (s)" "CPU (s)" "sys (s)" "peak (MiB)"
declare -A w c m
for x in a b; do
  w[$x]=$(cut -d' ' -f1 "$work/$x.times" | median)
  c[$x]=$(cut -d' ' -f2 "$work/$x.times" | median)
  m[$x]=$(cut -d' ' -f3 "$work/$x.times" | median)
  printf '  %-8s %10.3f %14s %10.2f %10.2f %12.1f\n' "$x" "${w[$x]}" "$(cut -d' ' -f1 "$work/$x.times" | range)" "${c[$x]}" \
    "$(cut -d' ' -f4 "$work/$x.times" | median)" "$(echo "${m[$x]} / 1024" | bc -l)"
done
printf '  b / a: wall %.3f, CPU %.3f, peak %.3f; b faster in %d of %d pairs\n' \
  "$(echo "${w[b]} / ${w[a]}" | bc -l)" "$(echo "${c[b]} / ${c[a]}" | bc -l)" "$(echo "${m[b]} / ${m[a]}" | bc -l)" "$wins" "$pairs"
