#!/usr/bin/env bash
# newsgraph against compromise (npm), the library a user could pick instead,
# on the same articles in the same run: compromise finds only people, places
# and organisations; newsgraph runs every stage (one thread). Prints both
# MB/s and how many times faster newsgraph is.
# Usage: bench/pipeline/versus_compromise.sh [BUILD_DIR] [SIZE_MB]   (defaults: build 1)
set -euo pipefail
cd "$(dirname "$0")/../.."
build="${1:-build}"
size="${2:-1}"
if ! command -v node >/dev/null; then
  echo "skipped: node is not installed (scripts/install-deps.sh --test installs it)"
  exit 0
fi
corpus="$build/bench-corpus-${size}MB.jsonl"
[[ -f "$corpus" ]] || /usr/bin/python3 bench/pipeline/make_corpus.py "$size" "$corpus"
baseline=bench/pipeline/compromise
if [[ ! -d "$baseline/node_modules/compromise" ]] &&
   ! (cd "$baseline" && npm ci --no-audit --no-fund >/dev/null 2>&1); then
  echo "skipped: npm could not install compromise (bench/pipeline/compromise/package-lock.json)"
  exit 0
fi
ours="$("$build/newsgraph" analyze "$corpus" --format jsonl -o /dev/null --threads 1 --profile 2>&1 >/dev/null |
        sed -n 's/^profile: \(.*wall, \([0-9.]*\) MB\/s\)$/\2 \1/p')"
theirs="$(node "$baseline/entities.mjs" "$corpus")"
echo "newsgraph:  ${ours#* }"
echo "$theirs"
ours_mbs="${ours%% *}"
theirs_mbs="$(sed -n 's/.* s, \([0-9.]*\) MB\/s.*/\1/p' <<<"$theirs")"
awk -v a="$ours_mbs" -v b="$theirs_mbs" 'BEGIN { if (b > 0) printf "newsgraph is %.0f times compromise on the same text\n", a / b }'
