#!/usr/bin/env bash
# One command from a fresh Debian 12 machine to every test: installs what is
# missing, builds, and runs unit tests, the sanitizer build, the fuzzers for a
# bounded time, the PostgreSQL store tests, the browser tests, the evaluation
# harnesses and a small benchmark. CI (.ci/run) calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs="$(nproc)"
section() { printf '\n==== %s ====\n' "$*"; }

section "dependencies"
scripts/install-deps.sh --test

section "release build and unit tests"
cmake -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs"
ctest --test-dir build --output-on-failure -j"$jobs"

section "the examples end to end"
build/newsgraph analyze examples/ -o build/report.json
/usr/bin/python3 tests/validate_report.py docs/report.schema.json build/report.json

if [[ -x scripts/postgres-test.sh ]]; then
  section "PostgreSQL store"
  scripts/postgres-test.sh build
fi

if [[ -x tests/browser/run.sh ]]; then
  section "web page in headless Chromium"
  tests/browser/run.sh build
fi

section "AddressSanitizer + UndefinedBehaviorSanitizer build (clang, with the fuzzers) and unit tests"
CC=clang CXX=clang++ cmake -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_BENCH=OFF >/dev/null
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs" -E "${NEWSGRAPH_ASAN_EXCLUDE:-^$}"

section "fuzzers (bounded)"
fuzz/run.sh "${NEWSGRAPH_FUZZ_SECONDS:-15}" build-asan

section "accuracy and speed (figures only; machines differ, so nothing fails on time)"
bench/run.sh build
