// Throughput of ExtractTimes in MB/s of article text.
//
// Reads the BBC News 2005 articles from $NEWSGRAPH_SHARED (default
// /work/shared) when present, otherwise a built-in set of date-heavy news
// sentences. Only the stage is timed: it scans doc.text itself.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/date.h"
#include "extract/times.h"

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
    doc.date = newsgraph::Date{2005, 3, 15};
    docs.push_back(std::move(doc));
  }
  if (docs.empty()) {
    const std::string sample =
        "The three-year war entered a new phase on Monday night, officials said, a day after talks that "
        "began Oct. 28, 2024 collapsed. Troops arrived last week and more are expected next week; earlier "
        "this year the ministry said the deployment would last until August. Fighting resumed at 3:30 p.m. "
        "and the government now expects the third-quarter figures in the next several weeks.\n\n";
    for (int i = 0; i < 2000; ++i) {
      newsgraph::Document doc;
      doc.text = sample;
      doc.date = newsgraph::Date{2024, 10, 30};
      docs.push_back(std::move(doc));
    }
  }
  return docs;
}

void BM_ExtractTimes(benchmark::State& state) {
  static std::vector<newsgraph::Document> docs = LoadCorpus();
  size_t bytes = 0;
  for (const auto& d : docs) bytes += d.text.size();
  size_t found = 0;
  for (auto _ : state) {
    found = 0;
    for (auto& doc : docs) {
      newsgraph::ExtractTimes(doc);
      found += doc.times.size();
    }
    benchmark::DoNotOptimize(found);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters["times"] = static_cast<double>(found);
}
BENCHMARK(BM_ExtractTimes)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();
