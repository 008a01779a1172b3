#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to a report: installs what is
# missing, builds, and analyzes the bundled examples/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
cmake -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DNEWSGRAPH_BENCH=OFF -DNEWSGRAPH_TESTS=OFF >/dev/null
cmake --build build --target newsgraph -j"$(nproc)"
build/newsgraph analyze examples/ -o report.json
