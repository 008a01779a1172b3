// Throughput of ExtractQuotes in MB/s of article text, on one core.
//
// Reads the BBC News 2005 articles from $NEWSGRAPH_SHARED (default
// ../shared beside the source tree) when present, otherwise repeats a set of
// quote-heavy news paragraphs. The stages quotes depend on (text layer,
// entities, within-document linking) run once before timing; only
// ExtractQuotes is timed, as the pipeline's per-stage profile counts it.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "bench_corpus.h"
#include "extract/entities.h"
#include "extract/quotes.h"
#include "link/coreference.h"
#include "text/text_layer.h"

namespace {

constexpr const char* kQuoteHeavyParagraphs =
    "“We are watching this very closely,” Defense Secretary Lloyd Austin told reporters on Tuesday. "
    "“They crossed the border at night.”\n\n"
    "Pentagon spokeswoman Sabrina Singh said some of the troops are moving toward Kursk, and she called "
    "the deployment “dangerous. Very dangerous.”\n\n"
    "According to a foreign ministry statement, the drills threaten regional stability. The Kremlin said "
    "it would respond, while Lavrov claimed that the West was escalating the war.\n\n"
    "Turnout rose in most districts, officials said in a statement on Monday.\n\n";

std::vector<newsgraph::Document> Prepare() {
  auto recognizer = newsgraph::EntityRecognizer::Load(std::string(NEWSGRAPH_SOURCE_DIR) + "/models");
  std::vector<newsgraph::Document> docs = newsgraph::bench::NewsDocuments(kQuoteHeavyParagraphs);
  for (newsgraph::Document& doc : docs) {
    newsgraph::AnnotateText(doc);
    if (recognizer.ok()) recognizer->Recognize(doc);
    newsgraph::ResolveWithinDocument(doc);
  }
  return docs;
}

void BM_ExtractQuotes(benchmark::State& state) {
  static std::vector<newsgraph::Document> docs = Prepare();
  newsgraph::bench::TimeStage(
      state, docs, [](newsgraph::Document& doc) { newsgraph::ExtractQuotes(doc); },
      [](const newsgraph::Document& doc) { return doc.quotes.size(); }, "quotes");
}
BENCHMARK(BM_ExtractQuotes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
