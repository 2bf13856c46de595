#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with a fresh, unlocked gnome-keyring (a real freedesktop
# Secret Service), so keytar/libsecret work headless in tests and CI. The command's exit code passes through;
# the bus, the keyring daemon and the throw-away keyring folder are gone when it returns.
# Usage: bash scripts/with-keyring.sh <command> [args...]      Needs (Debian): dbus gnome-keyring
# The command sees TETHER_TEST_KEYRING_PASSWORD (the login keyring's password, so tests can unlock it again).
set -euo pipefail

if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/with-keyring.sh <command> [args...]" >&2
  exit 2
fi

if [ "${TETHER_KEYRING_STAGE:-}" != inner ]; then
  # --- outer stage: check tools, make a scratch folder, start a private session bus ---
  for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
      echo "with-keyring: '$tool' not found; install it with: apt-get install -y dbus gnome-keyring" >&2
      exit 127
    fi
  done
  scratch=$(mktemp -d "${TMPDIR:-/tmp}/tether-keyring.XXXXXX")
  trap 'rm -rf "$scratch"' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  mkdir -p "$scratch/home" "$scratch/data" "$scratch/config" "$scratch/cache" "$scratch/runtime"
  chmod 700 "$scratch" "$scratch/runtime"
  # The bus, the keyring daemon and anything the bus activates (prompters) live in the scratch folder: the
  # keyring never lands in the user's ~/.local/share/keyrings. The real HOME comes back for the command.
  export TETHER_KEYRING_REAL_HOME="${HOME-}" HOME="$scratch/home" \
         XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
         XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime" \
         TETHER_KEYRING_STAGE=inner
  # No display: gnome-keyring must never wait on a GUI prompt.
  unset DISPLAY WAYLAND_DISPLAY
  set +e
  # dbus-run-session tears the bus down when its child exits and returns the child's exit code.
  dbus-run-session -- bash "$0" "$@"
  status=$?
  set -e
  exit "$status"
fi

# --- inner stage, on the private bus. The keyring daemon runs in the foreground as OUR child so we can stop
# it by pid (a forked daemon would outlive the bus). --unlock reads the password on stdin and creates and
# unlocks the default 'login' collection without any prompt.
unset TETHER_KEYRING_STAGE
password="${KEYRING_PASSWORD:-tether-test-keyring}"
log="$XDG_RUNTIME_DIR/gnome-keyring.log"
printf '%s' "$password" | gnome-keyring-daemon --foreground --unlock --components=secrets >"$log" 2>&1 &
daemon=$!
stop_daemon() {
  kill "$daemon" 2>/dev/null || true
  wait "$daemon" 2>/dev/null || true
}
trap stop_daemon EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Wait up to 10 s for org.freedesktop.secrets to appear on the bus.
ready=0
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    ready=1
    break
  fi
  kill -0 "$daemon" 2>/dev/null || break
  sleep 0.1
done
if [ "$ready" != 1 ]; then
  echo "with-keyring: gnome-keyring-daemon did not start; its log:" >&2
  cat "$log" >&2 || true
  exit 1
fi

export HOME="$TETHER_KEYRING_REAL_HOME" TETHER_TEST_KEYRING_PASSWORD="$password"
unset TETHER_KEYRING_REAL_HOME
set +e
"$@"
status=$?
set -e
exit "$status"
