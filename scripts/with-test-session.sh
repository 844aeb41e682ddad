#!/usr/bin/env bash
# Runs a command the way Latchkey's tests need it: in a private D-Bus session
# with its own unlocked gnome-keyring (a real Secret Service), private
# HOME/XDG directories so that nothing touches the developer's own settings
# or keychain, and Qt's offscreen platform for widget tests.
set -euo pipefail

scratch=$(mktemp -d -t latchkey-test.XXXXXX)
chmod 700 "$scratch"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{home,config,data,cache,runtime}
chmod 700 "$scratch"/runtime

export HOME="$scratch/home"
export XDG_CONFIG_HOME="$scratch/config"
export XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache"
export XDG_RUNTIME_DIR="$scratch/runtime"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export LATCHKEY_TEST_SCRATCH="$scratch"

# The keyring password only guards this throw-away keyring; tests that lock
# the collection unlock it again with the same password.
export LATCHKEY_TEST_KEYRING_PASSWORD=latchkey-test-keyring

exec dbus-run-session -- bash -c '
  set -euo pipefail
  printf %s "$LATCHKEY_TEST_KEYRING_PASSWORD" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  # Make sure the login collection exists and answers before tests start.
  printf probe | secret-tool store --label="Latchkey test probe" latchkey-probe 1
  secret-tool clear latchkey-probe 1
  exec "$@"
' latchkey-test-session "$@" 2> >(grep -v -e "Failed to set fd limit" -e "Activating service name" -e "Successfully activated service" -e "discover_other_daemon" >&2)
