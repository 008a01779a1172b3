#!/usr/bin/env bash
# Runs the store test suite against a real, throwaway PostgreSQL server:
# initdb into a temp dir, start on loopback (port $PGPORT, default 54329) with
# the unix socket in the temp dir, export NEWSGRAPH_PG_URL, run the tests, stop.
# Usage: scripts/postgres-test.sh [BUILD_DIR=build]
# As root, the server runs as the 'nobody'-like user $PG_TEST_USER (default
# postgres) because PostgreSQL refuses to run as root.
set -euo pipefail
build=${1:-build}
pgbin=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)}
port=${PGPORT:-54329}
tmp=$(mktemp -d /tmp/newsgraph-pg.XXXXXX)
chmod 755 "$tmp"
as_user=()
if [ "$(id -u)" = 0 ]; then
  user=${PG_TEST_USER:-postgres}
  id "$user" >/dev/null 2>&1 || useradd --system --no-create-home "$user"
  chown "$user" "$tmp"
  as_user=(runuser -u "$user" --)
fi
cleanup() {
  "${as_user[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
"${as_user[@]}" "$pgbin/initdb" -D "$tmp/data" -U newsgraph --auth=trust -E UTF8 >"$tmp/initdb.log" 2>&1 ||
  { cat "$tmp/initdb.log"; exit 1; }
"${as_user[@]}" "$pgbin/pg_ctl" -D "$tmp/data" -l "$tmp/server.log" -w \
  -o "-p $port -k $tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null ||
  { cat "$tmp/server.log"; exit 1; }
"$pgbin/createdb" -h 127.0.0.1 -p "$port" -U newsgraph newsgraph_test
export NEWSGRAPH_PG_URL="postgresql://newsgraph@127.0.0.1:$port/newsgraph_test"
"$build/src/store/store_test"
