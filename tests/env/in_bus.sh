#!/usr/bin/env bash
# Runs COMMAND inside an already started private D-Bus session (dbus-run-session) with a
# gnome-keyring Secret Service of its own, then stops that daemon.
#
#   FAMILYCARE_KEYRING_MODE=unlocked (default): a fresh login keyring, unlocked with a
#     throw-away password, as a logged-in desktop has it.
#   FAMILYCARE_KEYRING_MODE=locked: the daemon is started but never unlocked, so every use
#     needs an unlock prompt; with DISPLAY unset that prompt fails at once instead of
#     waiting for a person (this is why DISPLAY must not be set here).
#
# HOME, XDG_RUNTIME_DIR and XDG_DATA_HOME must already point into a throw-away folder
# (session.sh and the locked-keyring test do that): the keyring files are written there.
set -euo pipefail

say() { printf 'in_bus.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ $# -gt 0 ] || die "usage: in_bus.sh COMMAND [ARGS...]"
[ -n "${DBUS_SESSION_BUS_ADDRESS:-}" ] || die "not inside a D-Bus session (run me under dbus-run-session)"
[ -z "${DISPLAY:-}" ] || die "DISPLAY is set: a locked keyring would open an unlock dialog and hang"
[ -n "${XDG_RUNTIME_DIR:-}" ] && [ -d "$XDG_RUNTIME_DIR" ] || die "XDG_RUNTIME_DIR must be an existing folder"
command -v gnome-keyring-daemon >/dev/null || die "gnome-keyring-daemon not found (make test-deps)"
command -v dbus-send >/dev/null || die "dbus-send not found (make test-deps)"

mode=${FAMILYCARE_KEYRING_MODE:-unlocked}
daemon_log="$XDG_RUNTIME_DIR/gnome-keyring.log"
case "$mode" in
  unlocked)
    # --unlock reads the password from standard input up to end of file.
    printf '%s' "${FAMILYCARE_KEYRING_PASSWORD:-pass}" |
      gnome-keyring-daemon --foreground --unlock --components=secrets >"$daemon_log" 2>&1 &
    ;;
  locked)
    gnome-keyring-daemon --foreground --start --components=secrets </dev/null >"$daemon_log" 2>&1 &
    ;;
  *) die "FAMILYCARE_KEYRING_MODE must be 'unlocked' or 'locked', not '$mode'" ;;
esac
keyring_pid=$!

stop_keyring() {
  kill "$keyring_pid" 2>/dev/null || true
  wait "$keyring_pid" 2>/dev/null || true
}
trap stop_keyring EXIT

# Wait until the daemon owns the Secret Service name; asking earlier would make D-Bus
# activate a second daemon that was never unlocked.
has_secret_service() {
  dbus-send --session --print-reply=literal --reply-timeout=2000 --dest=org.freedesktop.DBus \
    /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets \
    2>/dev/null | grep -q true
}
for _ in $(seq 1 100); do
  has_secret_service && break
  kill -0 "$keyring_pid" 2>/dev/null || { cat "$daemon_log" >&2; die "gnome-keyring-daemon exited early"; }
  sleep 0.1
done
has_secret_service || { cat "$daemon_log" >&2; die "no Secret Service on the bus after 10 s"; }

# Lets test fixtures prove they talk to this private bus, not a person's session bus.
export FAMILYCARE_TEST_BUS="$DBUS_SESSION_BUS_ADDRESS"

status=0
"$@" || status=$?
exit "$status"
