#!/usr/bin/env bash
# Compares `zonelint check` (Release build) with Knot's `kzonecheck -d on` on a signed zone of about 100,000 records:
# both verify every signature and the NSEC chain. The zone comes from the benchmark project's generator and is signed
# with ldns-signzone (a KSK and a ZSK, algorithm 13, ECDSA P-256 with SHA-256, NSEC). The two tools run alternately,
# RUNS times each; the script prints each run, the median wall time of each, records per second and the ratio.
#
# Usage: benchmarks/compare-dnssec.sh [records (100000)] [runs (5)] [work directory (a new temp directory)]
# Installs ldnsutils and knot-dnssecutils with apt-get when ldns-signzone or kzonecheck is missing.
set -euo pipefail

RECORDS="${1:-100000}"
RUNS="${2:-5}"
WORK="${3:-$(mktemp -d -t zonelint-dnssec-XXXXXX)}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ORIGIN="example.com"
mkdir -p "$WORK"

need() { command -v "$1" >/dev/null 2>&1; }
if ! need ldns-signzone || ! need ldns-keygen || ! need kzonecheck; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq ldnsutils knot-dnssecutils >/dev/null
fi

echo "work directory: $WORK"
cd "$WORK"

# 1. The unsigned zone, then keys and the signed zone (inception now, expiration in 30 days).
if [ ! -f "$ORIGIN.signed" ]; then
  dotnet run --project "$ROOT/benchmarks/ZoneLint.Benchmarks" -c Release -- generate --records "$RECORDS" --origin "$ORIGIN" --output "$WORK/$ORIGIN.zone"
  KSK="$(ldns-keygen -r /dev/urandom -a ECDSAP256SHA256 -k "$ORIGIN")"
  ZSK="$(ldns-keygen -r /dev/urandom -a ECDSAP256SHA256 "$ORIGIN")"
  ldns-signzone -o "$ORIGIN" -e "$(date -u -d '+30 days' +%Y%m%d%H%M%S)" -f "$ORIGIN.signed" "$ORIGIN.zone" "$ZSK" "$KSK"
fi
SIGNED_RECORDS="$(grep -cv '^\s*\(;\|$\)' "$ORIGIN.signed")"
echo "signed zone: $SIGNED_RECORDS records ($(awk '$4 == "RRSIG"' "$ORIGIN.signed" | wc -l) RRSIG), $(du -h "$ORIGIN.signed" | cut -f1)"

# 2. zonelint, Release build of the tool (with Ed25519/Ed448 registered, as shipped).
dotnet publish "$ROOT/src/ZoneLint.Cli" -c Release -o "$WORK/zonelint" --nologo -v quiet >/dev/null
ZONELINT=("$WORK/zonelint/ZoneLint.Cli" check --origin "$ORIGIN" --no-editorconfig --format json --output "$WORK/zonelint.json" "$ORIGIN.signed")
KZONECHECK=(kzonecheck -o "$ORIGIN" -d on "$ORIGIN.signed")

# What each tool says about the zone (a correct signer's output should be clean under both).
"${ZONELINT[@]}" || true
python3 - "$WORK/zonelint.json" <<'PY' || true
import json, sys, collections
d = json.load(open(sys.argv[1]))
ids = collections.Counter(x["id"] for x in d["diagnostics"])
print("zonelint findings:", dict(sorted(ids.items())) or "none", "| DNSSEC (ZL81xx):", sum(v for k, v in ids.items() if k.startswith("ZL81")))
PY
KZ_OUT="$("${KZONECHECK[@]}" 2>&1 | tail -n 3 | tr '\n' ' ')" || true
echo "kzonecheck says: ${KZ_OUT:-nothing (no errors)}"

# 3. Alternate runs; wall time in seconds.
time_of() { local s e; s=$(date +%s.%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s.%N); echo "$e - $s" | bc -l; }
zl=(); kz=()
for i in $(seq 1 "$RUNS"); do
  t1=$(time_of "${ZONELINT[@]}"); zl+=("$t1")
  t2=$(time_of "${KZONECHECK[@]}"); kz+=("$t2")
  printf 'run %d: zonelint %.2f s, kzonecheck %.2f s\n' "$i" "$t1" "$t2"
done

median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
mz=$(median "${zl[@]}"); mk=$(median "${kz[@]}")
printf '\nmedian of %d runs on %d records (%d cores):\n' "$RUNS" "$SIGNED_RECORDS" "$(nproc)"
printf '  zonelint check   %6.2f s  %9.0f records/s\n' "$mz" "$(echo "$SIGNED_RECORDS / $mz" | bc -l)"
printf '  kzonecheck -d on %6.2f s  %9.0f records/s\n' "$mk" "$(echo "$SIGNED_RECORDS / $mk" | bc -l)"
printf '  ratio zonelint/kzonecheck: %.2f\n' "$(echo "$mz / $mk" | bc -l)"
