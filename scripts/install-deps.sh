#!/usr/bin/env bash
# Installs what newsgraph needs on Debian 12, skipping what is already there.
# Usage: scripts/install-deps.sh [--test]   (--test adds what the tests need)
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git
  libicu-dev libgumbo-dev libsimdjson-dev nlohmann-json3-dev libre2-dev
  libsqlite3-dev libpq-dev libfmt-dev libcli11-dev libcpp-httplib-dev
  libgtest-dev libbenchmark-dev
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(
    clang libclang-rt-14-dev       # libFuzzer and sanitizers
    postgresql                     # the server store's tests run a real server
    chromium                       # the web page is tested in headless Chromium
    python3 python3-jsonschema     # validates reports against docs/report.schema.json
  )
fi

missing=()
# Node.js may come from another repository that bundles npm; take Debian's only
# when there is none.
if [[ "${1:-}" == "--test" ]] && ! command -v npm >/dev/null; then
  packages+=(nodejs npm)
fi
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "installing: ${missing[*]}"
  SUDO=""
  [[ $(id -u) -ne 0 ]] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
