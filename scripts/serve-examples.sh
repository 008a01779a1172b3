#!/usr/bin/env bash
# One command for a new user: build newsgraph if needed, ingest examples/ into
# an archive and serve it on http://127.0.0.1:8080/ (Ctrl-C stops).
# Usage: scripts/serve-examples.sh [BUILD_DIR=build] [extra serve options...]
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-build}
shift || true
case $build in /*) ;; *) build=$repo/$build ;; esac
if [ ! -x "$build/newsgraph" ]; then
  cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
  ninja -C "$build" newsgraph
fi
db=${NEWSGRAPH_DB:-$repo/newsgraph-examples.db}
"$build/newsgraph" ingest --db "$db" "$repo/examples"
exec "$build/newsgraph" serve --db "$db" "$@"
