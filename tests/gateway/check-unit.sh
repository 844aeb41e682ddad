#!/usr/bin/env bash
# Validates latchkey-gateway's systemd unit: systemd-analyze verify on a copy whose
# ExecStart names the built executable (verify checks that it exists), and the unit's
# exposure as systemd-analyze security rates it, offline (at most 2.0, "OK": threshold 20 in tenths).
#
# usage: check-unit.sh UNIT_FILE GATEWAY_EXECUTABLE
set -euo pipefail
unit=$1 exe=$2
command -v systemd-analyze >/dev/null || { echo "FAIL: systemd-analyze missing (scripts/setup.sh installs systemd)" >&2; exit 1; }
work=$(mktemp -d "${TMPDIR:-/tmp}/latchkey-unit.XXXXXX")
trap 'rm -rf "$work"' EXIT
grep -q '^ExecStart=/usr/bin/latchkey-gateway ' "$unit" || { echo "FAIL: ExecStart is not /usr/bin/latchkey-gateway" >&2; exit 1; }
sed "s|^ExecStart=/usr/bin/latchkey-gateway |ExecStart=$exe |" "$unit" >"$work/latchkey-gateway.service"
# --man=no: the man page is the package's (tests/installer checks it is there).
if ! out=$(cd "$work" && systemd-analyze verify --man=no ./latchkey-gateway.service 2>&1) || [ -n "$out" ]; then
    echo "FAIL: systemd-analyze verify: $out" >&2
    exit 1
fi
echo "ok: systemd-analyze verify"
report=$(cd "$work" && systemd-analyze security --offline=yes --threshold=20 ./latchkey-gateway.service 2>&1) || {
    echo "$report" | tail -3 >&2
    echo "FAIL: exposure above 2.0" >&2
    exit 1
}
echo "ok: $(grep 'Overall exposure' <<<"$report")"
for setting in DynamicUser=yes ProtectSystem=strict LoadCredential=secret: NoNewPrivileges=yes; do
    grep -q "^$setting" "$unit" || { echo "FAIL: unit lacks $setting" >&2; exit 1; }
done
echo "ok: hardening settings present"
