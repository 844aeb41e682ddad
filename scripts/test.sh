#!/usr/bin/env bash
# README command 2: set up, build and run every test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LATCHKEY_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
"$root/scripts/build.sh"
cd "$build"
"$root/scripts/with-test-session.sh" ctest --output-on-failure --timeout 600 -j2
