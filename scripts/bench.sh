#!/usr/bin/env bash
# Builds a Release tree and runs every benchmark of issue 9, then prints a
# summary (figure, target, met?). Results and raw JSON go to $out.
#
#   scripts/bench.sh                 # build into build-bench/, 5 repetitions
#   BENCH_REPS=9 scripts/bench.sh    # more repetitions (medians are reported)
#   LATCHKEY_BENCH_DIR=/tmp/b scripts/bench.sh
#
# The GUI cold start and latchkeyctl lifecycle run only when app/latchkey
# and app/latchkeyctl are part of the tree.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LATCHKEY_BENCH_DIR:-$root/build-bench}
reps=${BENCH_REPS:-5}
out=$build/bench-results
mkdir -p "$out"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
targets=(bench_tokenmodel bench_tokenparse bench_userlist bench_inspector bench_scan latchkey-sandbox
  latchkey-gateway bench_gatewayload)
has_target() { cmake --build "$build" --target help | grep -q "^$1:"; }
for t in latchkey latchkeyctl; do
  if has_target "$t"; then targets+=("$t"); fi
done
cmake --build "$build" --target "${targets[@]}" -j2

{
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //')"
  echo "cores: $(nproc)"
  echo "ram: $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)"
  echo "loadavg before: $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$out/machine.txt"

run_bench() {
  local name=$1
  shift
  echo "== $name" >&2
  "$build/tests/bench/$name" --benchmark_repetitions="$reps" \
    --benchmark_report_aggregates_only=true \
    --benchmark_out="$out/$name.json" --benchmark_out_format=json "$@" >&2
}

run_bench bench_tokenmodel
run_bench bench_tokenparse
run_bench bench_userlist
run_bench bench_inspector
# Issue 16: the where-used scan over a 1 GiB tree kept in $build/bench-scan-tree.
run_bench bench_scan

# OpenSSL's own figures for the primitives under each JWS algorithm, in the
# same CPU-time terms as Google Benchmark's items_per_second.
echo "== openssl speed" >&2
openssl speed -mr -seconds 3 rsa2048 ecdsap256 ecdsap384 ed25519 >"$out/openssl-pk.txt" 2>/dev/null
openssl speed -mr -seconds 3 -bytes 256 -hmac sha256 >"$out/openssl-hmac.txt" 2>/dev/null

# 5. Cold start and peak RSS of the GUI with 10k sandbox tokens.
if [ -x "$build/app/latchkey/latchkey" ]; then
  echo "== latchkey cold start" >&2
  : >"$out/coldstart.txt"
  for _ in $(seq "$reps"); do
    "$root/scripts/with-test-session.sh" /usr/bin/time -v -o "$out/coldstart-time.txt" \
      "$build/app/latchkey/latchkey" --sandbox --seed-tokens 10000 --exit-after-first-paint \
      >"$out/coldstart-run.txt" 2>/dev/null || true
    ms=$(grep -E '^[0-9]+$' "$out/coldstart-run.txt" | tail -1)
    rss=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$out/coldstart-time.txt")
    echo "${ms:-nan} ${rss:-nan}" >>"$out/coldstart.txt"
  done
fi

# 6. latchkeyctl's 1,000-token lifecycle against curl with keep-alive: "batch"
# at 1,000 tokens; one process per command only at 100 (3,001 processes take
# the better part of an hour).
if [ -x "$build/app/latchkeyctl/latchkeyctl" ]; then
  echo "== latchkeyctl lifecycle vs curl" >&2
  LIFECYCLE_TOKENS=1000 LIFECYCLE_PER_PROCESS=0 "$root/scripts/with-test-session.sh" \
    "$root/tests/bench/lifecycle.sh" "$build" >"$out/lifecycle.txt" || true
  LIFECYCLE_TOKENS=100 "$root/scripts/with-test-session.sh" \
    "$root/tests/bench/lifecycle.sh" "$build" >"$out/lifecycle-100.txt" || true
fi

# 7. latchkey-gateway with 50 users, list and create, against the sandbox straight: paced
# at 50 and 100 requests/s in all (the latency the gateway adds), then the closed loop
# (throughput); direct and via gateway take turns in two slices each.
echo "== gateway load" >&2
"$build/tests/bench/bench_gatewayload" --rate 50,100 --closed --slices 2 \
  --json "$out/bench_gatewayload.json" >"$out/gatewayload.txt"

echo "loadavg after: $(cut -d' ' -f1-3 /proc/loadavg)" >>"$out/machine.txt"
python3 "$root/tests/bench/summary.py" "$out" | tee "$out/summary.txt"
