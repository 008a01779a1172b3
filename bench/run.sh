#!/usr/bin/env bash
# Every accuracy harness on the annotated data in ../shared, then a short run of
# every speed benchmark: the figures the README quotes, printed on every CI run
# so each change shows what it did to them. Nothing fails on a score or a time
# (machines differ); a harness that crashes does fail.
# Usage: bench/run.sh [BUILD_DIR]   (default build; shared data from
# $NEWSGRAPH_SHARED, else ../shared beside the repository)
set -euo pipefail
cd "$(dirname "$0")/.."
build="${1:-build}"
shared="${NEWSGRAPH_SHARED:-$(cd .. && pwd)/shared}"
export NEWSGRAPH_SHARED="$shared"
section() { printf '\n-- %s\n' "$*"; }
# True when the shared file or folder exists; otherwise says what is skipped.
have() {
  [[ -e "$shared/$1" ]] && return 0
  echo "skipped: $shared/$1 is absent (the scorer needs the annotated data in ../shared)"
  return 1
}

section "entities: CoNLL-2003 dev, exact span + type (bench/ner/ner_eval)"
if have data/ner/conll2003/iob2/dev.txt; then
  "$build/bench/ner/ner_eval" "$shared/data/ner/conll2003/iob2/dev.txt" models
fi

section "times: TimeML, strict/relaxed span F1 and value F1 (bench/times/times_eval)"
if have data/timeml/train; then
  "$build/bench/times/times_eval" "$shared/data/timeml/train"
fi

section "times: GUM Wikinews calendar dates, extraction P/R/F1 and value accuracy (bench/times/gum_times_eval)"
if have data/gum-news/xml; then
  "$build/bench/times/gum_times_eval" "$shared/data/gum-news/xml"
fi

section "quotes: PolNeAR dev, content recall, quote precision, speaker accuracy (bench/quotes/quotes_eval)"
if have data/quotes/polnear; then
  "$build/bench/quotes/quotes_eval" --split dev --shared "$shared"
fi

section "quantities: Recognizers-Text number, percent, range, currency, dimension specs (bench/quantities/quantities_score)"
if have data/normalization; then
  "$build/bench/quantities/quantities_score" "$shared"
fi

section "stories: B-cubed clustering on real grouped news (bench/story/cluster_eval)"
for file in clusters/ecbplus/train-dev.jsonl clusters/duc2004/tasks1and2-dev.jsonl; do
  if have "data/$file"; then
    printf '%-40s ' "$file"
    "$build/bench/story/cluster_eval" "$shared/data/$file"
  fi
done

section "speed: ingest and text layer, MB/s per core (bench/text/text_bench)"
"$build/bench/text/text_bench" --benchmark_min_time=1

section "speed: extractors, MB/s or tokens/s per core"
"$build/bench/ner/ner_bench" --benchmark_filter='Recognize|Tag' 2>&1 | grep -E '^BM_|skipped|not found' || true
for b in times/times_bench quotes/quotes_bench quantities/quantities_bench; do
  "$build/bench/$b" 2>&1 | grep -E '^BM_' || true
done

section "speed: story clustering cost per article as the stream grows (bench/story/cluster_stream --quick)"
if have data/unlabeled/reuters21578/articles.jsonl; then
  "$build/bench/story/cluster_stream" --quick "$shared/data/unlabeled/reuters21578/articles.jsonl"
fi

section "speed: the whole pipeline, one thread, 5 MB corpus (bench/pipeline/run.sh)"
bench/pipeline/run.sh "$build" "${NEWSGRAPH_BENCH_MB:-5}" 1
section "speed and memory: the same corpus streamed (analyze --stream)"
bench/pipeline/run.sh "$build" "${NEWSGRAPH_BENCH_MB:-5}" 1 --stream
section "speed: newsgraph against compromise (npm) on the same 1 MB (bench/pipeline/versus_compromise.sh)"
bench/pipeline/versus_compromise.sh "$build" 1

section "speed: the HTTP API under reads while ingesting (bench/serve/serve_load 5 2)"
"$build/bench/serve/serve_load" 5 2
