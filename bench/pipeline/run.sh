#!/usr/bin/env bash
# Whole-process benchmark of `newsgraph analyze`: MB/s, articles/s, peak RSS
# and the time of every stage, on a generated corpus.
# Usage: bench/pipeline/run.sh [BUILD_DIR] [SIZE_MB] [THREADS] [--stream]   (defaults: build 50 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
size="${2:-50}"
threads="${3:-1}"
mode="${4:-}"  # --stream: bounded memory (analyze --stream)
corpus="$build/bench-corpus-${size}MB.jsonl"
[[ -f "$corpus" ]] || /usr/bin/python3 bench/pipeline/make_corpus.py "$size" "$corpus"
echo "newsgraph analyze $corpus --format jsonl --threads $threads $mode"
"$build/newsgraph" analyze "$corpus" --format jsonl -o /dev/null --threads "$threads" --profile $mode 2>&1 >/dev/null |
  sed 's/^profile: /  /'
