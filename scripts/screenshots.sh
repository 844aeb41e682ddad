#!/usr/bin/env bash
# Renders each main view and dialog of the built app to docs/screenshots/ (and
# the main window to docs/first-window.png) by running it on its sandbox under
# a virtual X server. Builds nothing: run scripts/build.sh first.
#   scripts/screenshots.sh        English, into docs/screenshots/
#   scripts/screenshots.sh de     German (any shipped language), into docs/screenshots/de/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LATCHKEY_BUILD_DIR:-$root/build}
app="$build/app/latchkey/latchkey"
lang=${1:-}
out="$root/docs/screenshots${lang:+/$lang}"
[[ -x $app ]] || { echo "screenshots.sh: $app is not built" >&2; exit 1; }

# A throw-away home: the sandbox profile, settings and keychain stay out of yours.
scratch=$(mktemp -d -t latchkey-shots.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/runtime" LANG=${LATCHKEY_SHOTS_LANG:-en_GB.UTF-8}
mkdir -p "$XDG_RUNTIME_DIR" "$out"
chmod 700 "$XDG_RUNTIME_DIR"

# A private D-Bus session with an unlocked keyring, as on a desktop, when available.
run=("$app" --sandbox --screenshot-dir "$out" ${lang:+--lang "$lang"})
if command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  run=(dbus-run-session -- bash -c \
    'printf shots | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
    shots "${run[@]}")
fi
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24 -dpi 96" "${run[@]}"
[[ -n $lang ]] || cp "$out/main-my-tokens.png" "$root/docs/first-window.png"
echo "screenshots in $out"
