#!/usr/bin/env bash
# Installs, from Debian's/Ubuntu's packages, what building and testing Tether needs beyond Node 20:
# a C++ toolchain for better-sqlite3 and keytar, libsecret for keytar, Chromium for the UI tests, and
# D-Bus + gnome-keyring for the real Secret Service the keychain tests run against.
set -euo pipefail
PACKAGES=(python3 make g++ pkg-config libsecret-1-dev dbus gnome-keyring chromium)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-debian-deps: everything is already installed"
  exit 0
fi
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
echo "install-debian-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
