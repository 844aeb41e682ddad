#!/usr/bin/env bash
# Installs Latchkey's build, run and test dependencies from Debian 12's
# archive. Idempotent: packages already present are left alone. Works as
# root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ccache mold
  qt6-base-dev qt6-base-dev-tools qt6-networkauth-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev qt6-translations-l10n
  qtkeychain-qt6-dev libssl-dev openssl
  gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth fonts-wqy-microhei
  clang libclang-rt-14-dev clang-format
  desktop-file-utils appstream dpkg-dev file groff-base
  systemd
  libbenchmark-dev python3 curl time
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

# The interop test drives the sandbox with Logto's own npm client. A machine
# may already carry Node.js with a bundled npm (NodeSource), which conflicts
# with Debian's npm package: only ask for Debian's when npm is absent.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

echo "setup: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
