// Throughput of ExtractQuantities in MB/s of article text.
//
// Reads the BBC News 2005 articles from ../shared when present, otherwise a
// built-in set of figure-heavy news sentences. Only the stage itself is
// timed; the text layer is not run (quantities cut their own pieces).
#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "extract/quantities.h"

namespace {

constexpr const char* kFigureHeavyParagraph =
    "Pyongyang has sent as many as 12,000 North Korean troops to Russia, up from the estimate of 3,000 given "
    "last week, officials said on Monday. The strike killed at least 20 people, and roughly 1,500 were "
    "evacuated. Washington approved $1.2 billion in military aid; turnout rose 5% to 48 percent of voters. "
    "Between 8,000 and 10,000 troops, tens of thousands of protesters and a third of the residents. "
    "In 2024, the talks resumed on Oct. 28 at 3:30 p.m. with Pope John Paul II's envoy.\n\n";

void BM_ExtractQuantities(benchmark::State& state) {
  static std::vector<newsgraph::Document> docs = newsgraph::bench::NewsDocuments(kFigureHeavyParagraph);
  newsgraph::bench::TimeStage(
      state, docs, [](newsgraph::Document& doc) { newsgraph::ExtractQuantities(doc); },
      [](const newsgraph::Document& doc) { return doc.quantities.size(); }, "figures");
}
BENCHMARK(BM_ExtractQuantities)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
