#!/usr/bin/env bash
# CI entry point for the page test: installs playwright-core if missing, then
# runs `node --test`. Needs /usr/bin/chromium (apt-get install -y chromium)
# and a built newsgraph. Usage: tests/browser/run.sh [BUILD_DIR=build]
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$repo/$build ;; esac
export NEWSGRAPH_BIN=${NEWSGRAPH_BIN:-$build/newsgraph}
cd "$repo/tests/browser"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
exec node --test page.test.mjs
