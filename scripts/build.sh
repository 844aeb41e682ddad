#!/usr/bin/env bash
# Configures and builds Latchkey into build/ (or $LATCHKEY_BUILD_DIR).
# Extra arguments go to CMake's configure step.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=scripts/ccache-env.sh
source "$root/scripts/ccache-env.sh"
build=${LATCHKEY_BUILD_DIR:-$root/build}
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$build"
