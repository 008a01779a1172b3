#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (+ASan, +UBSan) and runs each for a
# bounded time: fuzz/run.sh [SECONDS_PER_TARGET] [BUILD_DIR]. Seeds come from
# fuzz/seeds/<target>/ and the bundled examples; new inputs found stay in
# BUILD_DIR/corpus/ so later runs start where this one stopped.
# scripts/test.sh passes its sanitizer build, so the fuzzers cost no extra build.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-15}"
build="${2:-build-fuzz}"
CC=clang CXX=clang++ cmake -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DNEWSGRAPH_FUZZ=ON -DNEWSGRAPH_SANITIZE=ON -DNEWSGRAPH_BENCH=OFF >/dev/null
read -r -a targets <<<"${NEWSGRAPH_FUZZ_TARGETS:-fuzz_text fuzz_html fuzz_jsonl fuzz_date fuzz_annotate}"
cmake --build "$build" -j"$(nproc)" --target "${targets[@]}"
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  cp -n fuzz/seeds/"$target"/* "$corpus"/ 2>/dev/null || true
  cp -n examples/* "$corpus"/ 2>/dev/null || true
  artifacts="$build/artifacts/$target"
  rm -rf "$artifacts" && mkdir -p "$artifacts"
  echo "fuzzing $target for ${seconds}s"
  if ! "$build/fuzz/$target" "$corpus" -max_total_time="$seconds" -max_len=16384 -timeout=10 -rss_limit_mb=2048 \
       -artifact_prefix="$artifacts/" -print_final_stats=1 >"$artifacts/log" 2>&1; then
    tail -40 "$artifacts/log" >&2
    echo "fuzz/run.sh: $target found a failing input, saved in $artifacts/; reproduce with $build/fuzz/$target <file>" >&2
    exit 1
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)" "$artifacts/log" | tr '\n' ' '; echo
done
