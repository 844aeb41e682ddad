#!/usr/bin/env bash
# README command 1: set up, build and launch Latchkey on its built-in sandbox.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
exec "${LATCHKEY_BUILD_DIR:-$root/build}/app/latchkey/latchkey" --sandbox "$@"
