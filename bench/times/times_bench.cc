// Throughput of ExtractTimes in MB/s of article text.
//
// Reads the BBC News 2005 articles from ../shared when present, otherwise a
// built-in set of date-heavy news sentences, every article dated 2005-03-15.
// Only the stage is timed: it scans doc.text itself.
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "core/date.h"
#include "extract/times.h"

namespace {

constexpr const char* kDateHeavyParagraph =
    "The three-year war entered a new phase on Monday night, officials said, a day after talks that "
    "began Oct. 28, 2024 collapsed. Troops arrived last week and more are expected next week; earlier "
    "this year the ministry said the deployment would last until August. Fighting resumed at 3:30 p.m. "
    "and the government now expects the third-quarter figures in the next several weeks.\n\n";

void BM_ExtractTimes(benchmark::State& state) {
  static std::vector<newsgraph::Document> docs =
      newsgraph::bench::NewsDocuments(kDateHeavyParagraph, newsgraph::Date{2005, 3, 15});
  newsgraph::bench::TimeStage(
      state, docs, [](newsgraph::Document& doc) { newsgraph::ExtractTimes(doc); },
      [](const newsgraph::Document& doc) { return doc.times.size(); }, "times");
}
BENCHMARK(BM_ExtractTimes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
