// Throughput of ExtractQuotes in MB/s of article text, on one core.
//
// Reads the BBC News 2005 articles from $NEWSGRAPH_SHARED (default
// ../shared beside the source tree) when present, otherwise repeats a set of
// quote-heavy news paragraphs. The stages quotes depend on (text layer,
// entities, within-document linking) run once before timing; only
// ExtractQuotes is timed, as the pipeline's per-stage profile counts it.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/entities.h"
#include "extract/quotes.h"
#include "link/coreference.h"
#include "text/text_layer.h"

namespace {

std::vector<std::string> LoadTexts() {
  std::vector<std::string> texts;
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  std::filesystem::path shared = env && *env ? env : std::string(NEWSGRAPH_SOURCE_DIR) + "/../shared";
  std::ifstream in(shared / "data/unlabeled/bbc-news-2005/bbc-news.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("text") && j["text"].is_string()) texts.push_back(j["text"].get<std::string>());
  }
  if (texts.empty()) {
    const std::string sample =
        "“We are watching this very closely,” Defense Secretary Lloyd Austin told reporters on Tuesday. "
        "“They crossed the border at night.”\n\n"
        "Pentagon spokeswoman Sabrina Singh said some of the troops are moving toward Kursk, and she called "
        "the deployment “dangerous. Very dangerous.”\n\n"
        "According to a foreign ministry statement, the drills threaten regional stability. The Kremlin said "
        "it would respond, while Lavrov claimed that the West was escalating the war.\n\n"
        "Turnout rose in most districts, officials said in a statement on Monday.\n\n";
    for (int i = 0; i < 2000; ++i) texts.push_back(sample);
  }
  return texts;
}

std::vector<newsgraph::Document> Prepare() {
  auto recognizer = newsgraph::EntityRecognizer::Load(std::string(NEWSGRAPH_SOURCE_DIR) + "/models");
  std::vector<newsgraph::Document> docs;
  for (std::string& text : LoadTexts()) {
    newsgraph::Document doc;
    doc.text = std::move(text);
    newsgraph::AnnotateText(doc);
    if (recognizer.ok()) recognizer->Recognize(doc);
    newsgraph::ResolveWithinDocument(doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

void BM_ExtractQuotes(benchmark::State& state) {
  static std::vector<newsgraph::Document> docs = Prepare();
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  size_t quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (auto& doc : docs) {
      newsgraph::ExtractQuotes(doc);
      quotes += doc.quotes.size();
    }
    benchmark::DoNotOptimize(quotes);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["quotes"] = static_cast<double>(quotes);
}
BENCHMARK(BM_ExtractQuotes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
