// Throughput of ExtractQuantities in MB/s of article text.
//
// Reads the BBC News 2005 articles from $NEWSGRAPH_SHARED (default
// /work/shared) when present, otherwise a built-in set of figure-heavy news
// sentences. Only the stage itself is timed; the text layer is not run
// (quantities cut their own pieces).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "extract/quantities.h"

namespace {

std::vector<newsgraph::Document> LoadCorpus() {
  std::vector<newsgraph::Document> docs;
  const char* env = std::getenv("NEWSGRAPH_SHARED");
  std::filesystem::path path = std::filesystem::path(env ? env : "/work/shared") /
                               "data/unlabeled/bbc-news-2005/bbc-news.jsonl";
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text")) continue;
    newsgraph::Document doc;
    doc.text = j["text"].get<std::string>();
    docs.push_back(std::move(doc));
  }
  if (docs.empty()) {
    const std::string sample =
        "Pyongyang has sent as many as 12,000 North Korean troops to Russia, up from the estimate of 3,000 given "
        "last week, officials said on Monday. The strike killed at least 20 people, and roughly 1,500 were "
        "evacuated. Washington approved $1.2 billion in military aid; turnout rose 5% to 48 percent of voters. "
        "Between 8,000 and 10,000 troops, tens of thousands of protesters and a third of the residents. "
        "In 2024, the talks resumed on Oct. 28 at 3:30 p.m. with Pope John Paul II's envoy.\n\n";
    for (int i = 0; i < 2000; ++i) {
      newsgraph::Document doc;
      doc.text = sample;
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

void BM_ExtractQuantities(benchmark::State& state) {
  static std::vector<newsgraph::Document> docs = LoadCorpus();
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  size_t figures = 0;
  for (auto _ : state) {
    figures = 0;
    for (auto& doc : docs) {
      newsgraph::ExtractQuantities(doc);
      figures += doc.quantities.size();
    }
    benchmark::DoNotOptimize(figures);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["figures"] = static_cast<double>(figures);
}
BENCHMARK(BM_ExtractQuantities)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
