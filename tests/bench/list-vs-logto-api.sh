#!/usr/bin/env bash
# Benchmark 6b: `latchkeyctl tokens` against Logto's official JS client
# (@logto/api) listing the same tokens of the same user on the same sandbox,
# whole process each (start, sign-in, list, exit), median of REPS runs, for
# N tokens of which every one is cached in the keychain (as after creating them
# with Latchkey). Prints one line per N:
#   tokens=N ctl_ms=... logto_api_ms=... ratio=...
# Usage (inside the test session: latchkeyctl needs a keychain):
#   scripts/with-test-session.sh tests/bench/list-vs-logto-api.sh BUILD [CTL]
# CTL: another latchkeyctl binary to measure (e.g. an older build), default BUILD's.
set -euo pipefail
build=$(cd "$1" && pwd)
ctl=${2:-$build/app/latchkeyctl/latchkeyctl}
here=$(cd "$(dirname "$0")" && pwd)
reps=${REPS:-5}
counts=${COUNTS:-"20 1000"}
work=$(mktemp -d)
export XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The official client, installed where the interop test installs it.
client=$build/tests/sandbox/interop
mkdir -p "$client"
cp "$here/../sandbox/interop/package.json" "$here/../sandbox/interop/package-lock.json" "$client/"
cp "$here/list-logto-api.mjs" "$client/"
if [ ! -f "$client/node_modules/@logto/api/package.json" ]; then
  (cd "$client" && npm install --no-audit --no-fund --loglevel=error)
fi

field() { python3 -c "import json,sys; print(json.load(open('$work/sandbox.json'))['$1'])"; }
now_ns() { date +%s%N; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for n in $counts; do
  "$build/app/sandbox/latchkey-sandbox" >"$work/sandbox.json" &
  sandbox_pid=$!
  for _ in $(seq 300); do [ -s "$work/sandbox.json" ] && break; sleep 0.1; done
  endpoint=$(field endpoint) app=$(field appId) secret=$(field appSecret)
  indicator=$(field apiIndicator) user=$(field userId)
  profile=bench-$n
  printf %s "$secret" | "$ctl" profiles add "$profile" --endpoint "$endpoint" --app-id "$app" \
    --api-indicator "$indicator" --user "$user" --secret-stdin >/dev/null
  # N tokens made (and cached) the way Latchkey makes them, in one batch.
  for i in $(seq "$n"); do echo "create bench-$i"; done |
    "$ctl" --profile "$profile" batch >/dev/null
  listed=$("$ctl" --profile "$profile" --json tokens |
    python3 -c 'import json,sys; t=json.load(sys.stdin); print(len(t), sum(1 for x in t if x["cached"]))')
  [ "$listed" = "$n $n" ] || { echo "expected $n tokens, all cached; got $listed" >&2; exit 1; }
  [ "$(cd "$client" && node list-logto-api.mjs "$endpoint" "$app" "$secret" "$indicator" "$user")" = "$n" ]

  ctl_runs=() api_runs=()
  for _ in $(seq "$reps"); do
    t0=$(now_ns)
    "$ctl" --profile "$profile" tokens >/dev/null
    t1=$(now_ns)
    (cd "$client" && node list-logto-api.mjs "$endpoint" "$app" "$secret" "$indicator" "$user" >/dev/null)
    t2=$(now_ns)
    ctl_runs+=($(((t1 - t0) / 1000000)))
    api_runs+=($(((t2 - t1) / 1000000)))
  done
  ctl_ms=$(printf '%s\n' "${ctl_runs[@]}" | median)
  api_ms=$(printf '%s\n' "${api_runs[@]}" | median)
  echo "tokens=$n ctl_ms=$ctl_ms logto_api_ms=$api_ms ratio=$(python3 -c "print(round($ctl_ms/$api_ms, 2))") ctl_runs=${ctl_runs[*]} api_runs=${api_runs[*]}"

  "$ctl" profiles remove "$profile" >/dev/null
  kill "$sandbox_pid"
  wait "$sandbox_pid" 2>/dev/null || true
  sandbox_pid=
done
