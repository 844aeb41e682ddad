#!/usr/bin/env bash
# Benchmark 6: create, list, rename and revoke N tokens (default 1000) with
# latchkeyctl, one process per command and all in one "latchkeyctl batch",
# then the same requests with one curl process that keeps its connection alive
# (the floor). Prints tokens=... ctl_ms=... batch_ms=... curl_ms=...
# LIFECYCLE_PER_PROCESS=0 skips the (slow) one-process-per-command run.
# Run inside scripts/with-test-session.sh (latchkeyctl needs a keychain).
set -euo pipefail
build=$1
n=${LIFECYCLE_TOKENS:-1000}
ctl=$build/app/latchkeyctl/latchkeyctl
work=$(mktemp -d)
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

start_sandbox() {
  "$build/app/sandbox/latchkey-sandbox" >"$work/sandbox.json" &
  sandbox_pid=$!
  for _ in $(seq 300); do
    [ -s "$work/sandbox.json" ] && break
    sleep 0.1
  done
}
field() { python3 -c "import json,sys; print(json.load(open('$work/sandbox.json'))['$1'])"; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

add_profile() {
  field appSecret | "$ctl" profiles add "$1" --endpoint "$endpoint" --app-id "$(field appId)" \
    --api-indicator "$(field apiIndicator)" --user "$(field userId)" --secret-stdin >/dev/null
}
count_left() {
  "$ctl" --profile "$1" --json tokens | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))'
}
stop_sandbox() {
  kill "$sandbox_pid"
  wait "$sandbox_pid" 2>/dev/null || true
  sandbox_pid=
}

# latchkeyctl: one process per command, as a script would use it.
ctl_ms=skipped
left=skipped
if [ "${LIFECYCLE_PER_PROCESS:-1}" != 0 ]; then
  start_sandbox
  endpoint=$(field endpoint)
  add_profile bench
  t0=$(now_ms)
  for i in $(seq "$n"); do "$ctl" --profile bench create "bench-$i" >/dev/null; done
  "$ctl" --profile bench tokens >/dev/null
  for i in $(seq "$n"); do "$ctl" --profile bench rename "bench-$i" "renamed-$i" >/dev/null; done
  for i in $(seq "$n"); do "$ctl" --profile bench revoke "renamed-$i" --yes >/dev/null; done
  t1=$(now_ms)
  ctl_ms=$((t1 - t0))
  left=$(count_left bench)
  stop_sandbox
fi

# latchkeyctl batch: the same commands, one process (timed with its start).
start_sandbox
endpoint=$(field endpoint)
add_profile bench-batch
{
  for i in $(seq "$n"); do echo "create bench-$i"; done
  echo "tokens"
  for i in $(seq "$n"); do echo "rename bench-$i renamed-$i"; done
  for i in $(seq "$n"); do echo "revoke renamed-$i --yes"; done
} >"$work/batch.txt"
t0=$(now_ms)
"$ctl" --profile bench-batch batch <"$work/batch.txt" >/dev/null
t1=$(now_ms)
batch_ms=$((t1 - t0))
batch_left=$(count_left bench-batch)
stop_sandbox

# curl: a fresh sandbox; one access token, then every request on one connection.
start_sandbox
endpoint=$(field endpoint)
user=$(field userId)
t0=$(now_ms)
token=$(curl -s -u "$(field appId):$(field appSecret)" -d grant_type=client_credentials \
  --data-urlencode "resource=$(field apiIndicator)" -d scope=all "$endpoint/oidc/token" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
t_token=$(($(now_ms) - t0))
pats="$endpoint/api/users/$user/personal-access-tokens"
{
  common="header = \"Authorization: Bearer $token\"
header = \"Content-Type: application/json\"
output = \"/dev/null\""
  for i in $(seq "$n"); do
    printf 'url = "%s"\nrequest = "POST"\n%s\ndata = "{\\"name\\":\\"bench-%d\\"}"\nnext\n' \
      "$pats" "$common" "$i"
  done
  printf 'url = "%s"\n%s\nnext\n' "$pats" "$common"
  for i in $(seq "$n"); do
    printf 'url = "%s"\nrequest = "PATCH"\n%s\ndata = "{\\"currentName\\":\\"bench-%d\\",\\"name\\":\\"renamed-%d\\"}"\nnext\n' \
      "$pats" "$common" "$i" "$i"
  done
  for i in $(seq "$n"); do
    printf 'url = "%s/delete"\nrequest = "POST"\n%s\ndata = "{\\"name\\":\\"renamed-%d\\"}"\n' \
      "$pats" "$common" "$i"
    [ "$i" -lt "$n" ] && printf 'next\n'
  done
} >"$work/curl.cfg"
t0=$(now_ms)
curl -s -K "$work/curl.cfg"
curl_ms=$(($(now_ms) - t0 + t_token))
curl_left=$(curl -s -H "Authorization: Bearer $token" "$pats" |
  python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
echo "tokens=$n ctl_ms=$ctl_ms batch_ms=$batch_ms curl_ms=$curl_ms ctl_left=$left batch_left=$batch_left curl_left=$curl_left"
