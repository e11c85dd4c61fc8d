#!/usr/bin/env bash
# Runs COMMAND (normally pytest) in a throw-away test environment, then removes it:
#   - HOME, XDG_RUNTIME_DIR, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME in a new temp
#     folder, so nothing a person owns (their keyring, settings, data) is read or written;
#   - a private D-Bus session (dbus-run-session) with an unlocked gnome-keyring in it
#     (in_bus.sh), DISPLAY unset so a locked keyring fails fast instead of prompting;
#   - QT_QPA_PLATFORM=offscreen;
#   - a throw-away PostgreSQL cluster on a free 127.0.0.1 port, exported as
#     FAMILYCARE_TEST_PG_URL with FAMILYCARE_TEST_REQUIRE_PG=1 (skip it with FAMILYCARE_NO_PG=1).
# Exports FAMILYCARE_TEST_SESSION=1, FAMILYCARE_TEST_HOME and FAMILYCARE_TEST_REQUIRE_KEYRING=1
# so the keyring tests fail, rather than skip, when the Secret Service is missing.
# The whole run is bounded by FAMILYCARE_TEST_TIMEOUT seconds (default 3000).
# dbus-daemon may print "Failed to set fd limit": harmless when running in a container.
#
#   tests/env/session.sh .venv/bin/pytest -q tests/secrets
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

say() { printf 'session.sh: %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

[ $# -gt 0 ] || die "usage: session.sh COMMAND [ARGS...]"
for tool in dbus-run-session dbus-send gnome-keyring-daemon timeout mktemp; do
  command -v "$tool" >/dev/null || die "$tool not found; install the test packages with 'make test-deps'"
done

test_home=""
pg_root=""
pg_data=""
pg_bin=""
pg_started=0

as_postgres() {
  # initdb refuses to run as root; the cluster runs as the postgres user, from a folder it
  # may enter (a root-only working directory makes initdb fail).
  if [ "$(id -u)" = 0 ]; then
    (cd "$pg_root" && runuser -u postgres -- "$@")
  else
    (cd "$pg_root" && "$@")
  fi
}

stop_postgres() {
  as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
    as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w -t 30 stop >/dev/null 2>&1 ||
    say "warning: could not stop the test PostgreSQL cluster in $pg_data"
}

cleanup() {
  local status=$?
  set +e
  [ "$pg_started" = 1 ] && stop_postgres
  [ -n "$pg_root" ] && rm -rf "$pg_root"
  [ -n "$test_home" ] && rm -rf "$test_home"
  exit "$status"
}
trap cleanup EXIT
trap 'say "interrupted"; exit 130' INT
trap 'say "terminated"; exit 143' TERM HUP

free_port() {
  # Port 0 makes the kernel pick a free port; the cluster binds it a moment later (a
  # clash is retried by the caller).
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
      printf '%s\n' "$dir"
      return 0
    fi
  done
  return 1
}

start_postgres() {
  pg_bin=$(find_pg_bin) || die "PostgreSQL server binaries not found under /usr/lib/postgresql (make test-deps), or set FAMILYCARE_NO_PG=1"
  command -v python3 >/dev/null || die "python3 not found"
  # Directly under /tmp (mode 1777) so the postgres user can reach it.
  pg_root=$(mktemp -d /tmp/familycare-pg.XXXXXX)
  pg_data="$pg_root/data"
  local password port attempt
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" >"$pg_root/pwfile"
  if [ "$(id -u)" = 0 ]; then
    chown -R postgres:postgres "$pg_root"
  fi
  say "creating a throw-away PostgreSQL cluster ($pg_bin)"
  as_postgres "$pg_bin/initdb" -D "$pg_data" -U familycare --pwfile="$pg_root/pwfile" \
    --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C --no-sync \
    >"$pg_root/initdb.log" 2>&1 || { cat "$pg_root/initdb.log" >&2; die "initdb failed"; }
  rm -f "$pg_root/pwfile"

  for attempt in 1 2 3; do
    port=$(free_port)
    # fsync off: the cluster is thrown away, and durability is not what the tests check.
    if as_postgres "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_root/server.log" -w -t 60 \
      -o "-p $port -k $pg_root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
      start >/dev/null 2>&1; then
      pg_started=1
      break
    fi
    say "PostgreSQL did not start on port $port (attempt $attempt); server log:"
    tail -n 20 "$pg_root/server.log" >&2 || true
  done
  [ "$pg_started" = 1 ] || die "could not start the test PostgreSQL cluster"
  as_postgres "$pg_bin/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 ||
    die "PostgreSQL on 127.0.0.1:$port not ready after 30 s"
  as_postgres "$pg_bin/createdb" -h "$pg_root" -p "$port" -U familycare familycare_test ||
    die "could not create the test database"
  export FAMILYCARE_TEST_PG_URL="postgresql+psycopg://familycare:$password@127.0.0.1:$port/familycare_test"
  # The cluster is up, so a PostgreSQL test that cannot find it is a failure, not a skip.
  export FAMILYCARE_TEST_REQUIRE_PG=1
  say "PostgreSQL ready on 127.0.0.1:$port (database familycare_test, user familycare, superuser)"
}

# The throw-away home, with a marker the keyring fixture checks before touching anything.
test_home=$(mktemp -d /tmp/familycare-test-home.XXXXXX)
mkdir -p "$test_home/.local/share" "$test_home/.config" "$test_home/.cache"
mkdir -m 700 "$test_home/run"
: >"$test_home/.familycare-test-home"

export HOME="$test_home"
export XDG_RUNTIME_DIR="$test_home/run"
export XDG_DATA_HOME="$test_home/.local/share"
export XDG_CONFIG_HOME="$test_home/.config"
export XDG_CACHE_HOME="$test_home/.cache"
export FAMILYCARE_TEST_SESSION=1
export FAMILYCARE_TEST_HOME="$test_home"
export FAMILYCARE_TEST_REQUIRE_KEYRING=1
export QT_QPA_PLATFORM=offscreen
# Nothing from the caller's desktop may leak in: no display (a keyring prompt would hang),
# no session bus or keyring of theirs, no keyring backend override, no app data paths.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK \
  PYTHON_KEYRING_BACKEND FAMILYCARE_DATA_DIR FAMILYCARE_DB_URL FAMILYCARE_TEST_BUS

if [ "${FAMILYCARE_NO_PG:-0}" = 1 ]; then
  say "FAMILYCARE_NO_PG=1: no PostgreSQL cluster; PostgreSQL tests will skip"
  unset FAMILYCARE_TEST_REQUIRE_PG
else
  start_postgres
fi

limit=${FAMILYCARE_TEST_TIMEOUT:-3000}
status=0
timeout --foreground --kill-after=30 "$limit" \
  dbus-run-session -- bash "$here/in_bus.sh" "$@" || status=$?
if [ "$status" = 124 ]; then
  say "error: the test run took longer than $limit s (FAMILYCARE_TEST_TIMEOUT) and was stopped"
fi
exit "$status"
