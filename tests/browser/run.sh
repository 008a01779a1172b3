#!/usr/bin/env bash
# CI entry point for the page test: installs playwright-core if missing, then
# runs `node --test`. Needs /usr/bin/chromium (apt-get install -y chromium)
# and a built binary with ingest/serve (see page.test.mjs: findBinary).
set -euo pipefail
cd "$(dirname "$0")"
[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund
exec node --test page.test.mjs
