// The news text benchmarks run on, read in place from ../shared (never copied
// into the project). Every loader returns nothing when its data is absent, so
// a benchmark can fall back to built-in text and say so.
#pragma once

#include <benchmark/benchmark.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.h"
#include "core/document.h"

namespace newsgraph::bench {

// $NEWSGRAPH_SHARED when set, else ../shared beside the source tree.
std::filesystem::path SharedDir();

// Bodies of the 2,225 BBC News 2005 articles (4.9 MB), or none.
std::vector<std::string> LoadBbcTexts();

// The raw bytes of the BBC News JSON Lines file, or "".
std::string LoadBbcJsonLines();

// The BBC News articles as Documents dated `date`, or, when ../shared is
// absent, `fallback` (a paragraph rich in what the stage finds) 2,000 times.
std::vector<Document> NewsDocuments(std::string_view fallback, std::optional<Date> date = std::nullopt);

// Runs `stage(doc)` over every document per iteration and reports MB/s of
// article text and `found` = the sum of `count(doc)` (what the stage found).
template <typename Stage, typename Count>
void TimeStage(benchmark::State& state, std::vector<Document>& docs, Stage stage, Count count, const char* found) {
  size_t bytes = 0;
  for (const Document& doc : docs) bytes += doc.text.size();
  size_t total = 0;
  for (auto _ : state) {
    total = 0;
    for (Document& doc : docs) {
      stage(doc);
      total += count(doc);
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["docs"] = static_cast<double>(docs.size());
  state.counters[found] = static_cast<double>(total);
}

}  // namespace newsgraph::bench
