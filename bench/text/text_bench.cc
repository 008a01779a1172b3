// Throughput of ingest and the text layer, in MB/s of input on one core.
//
// The corpus is the BBC News 2005 JSON Lines file repeated to 32 MB (or, when
// ../shared is absent, a built-in news paragraph repeated to the same size),
// held in memory so that disk speed does not count:
//   BM_IngestJsonLines  ReadBuffer: line splitting, JSON parsing, UTF-8
//                       validation, NFC normalization and metadata;
//   BM_Tokenize         Tokenize over every article's text;
//   BM_AnnotateText     Tokenize + SplitSentences (what the pipeline runs).
// Peak RSS of the process is printed as a counter.
#include <benchmark/benchmark.h>

#include <sys/resource.h>

#include <string>
#include <vector>

#include "bench_corpus.h"
#include "ingest/reader.h"
#include "text/text_layer.h"

namespace {

constexpr size_t kCorpusBytes = 32 << 20;

std::string MakeJsonLines() {
  std::string unit = newsgraph::bench::LoadBbcJsonLines();
  if (unit.empty()) {
    unit =
        R"({"id":"x","source":"Harbor Times","date":"2024-10-29","title":"Fire near Valencia",)"
        R"("text":"Defense Secretary Lloyd Austin told reporters on Monday that about 10,000 troops, up from )"
        R"(3,000 last week, had arrived. \u201cIt's very dangerous, very dangerous,\u201d Mr. Austin said.\n\n)"
        R"(Gen. Smith of the U.S. Army said at 3 p.m. that 3.5 million people [in the region] were affected."})"
        "\n";
  }
  std::string corpus;
  corpus.reserve(kCorpusBytes + unit.size());
  while (corpus.size() < kCorpusBytes) corpus += unit;
  return corpus;
}

const std::string& Corpus() {
  static const std::string corpus = MakeJsonLines();
  return corpus;
}

const std::vector<newsgraph::Document>& Documents() {
  static const std::vector<newsgraph::Document> docs = [] {
    std::vector<newsgraph::Document> out;
    newsgraph::ReadBuffer(
        Corpus(), "bench", {}, [&](newsgraph::Document doc) { out.push_back(std::move(doc)); },
        [](const newsgraph::InputError&) {});
    return out;
  }();
  return docs;
}

size_t TextBytes() {
  size_t bytes = 0;
  for (const auto& doc : Documents()) bytes += doc.text.size();
  return bytes;
}

void ReportPeakRss(benchmark::State& state) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  state.counters["peak_rss_MB"] = usage.ru_maxrss / 1024.0;
}

void BM_IngestJsonLines(benchmark::State& state) {
  const std::string& corpus = Corpus();
  size_t articles = 0;
  for (auto _ : state) {
    articles = 0;
    newsgraph::ReadBuffer(
        corpus, "bench", {}, [&](newsgraph::Document doc) { articles += !doc.text.empty(); },
        [](const newsgraph::InputError&) {});
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
  state.counters["articles"] = static_cast<double>(articles);
  ReportPeakRss(state);
}
BENCHMARK(BM_IngestJsonLines)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const auto& docs = Documents();
  size_t tokens = 0;
  for (auto _ : state) {
    tokens = 0;
    for (const auto& doc : docs) tokens += newsgraph::Tokenize(doc.text).size();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TextBytes()));
  state.counters["tokens"] = static_cast<double>(tokens);
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_AnnotateText(benchmark::State& state) {
  std::vector<newsgraph::Document> docs = Documents();
  size_t sentences = 0;
  for (auto _ : state) {
    sentences = 0;
    for (auto& doc : docs) {
      newsgraph::AnnotateText(doc);
      sentences += doc.sentences.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * TextBytes()));
  state.counters["sentences"] = static_cast<double>(sentences);
  ReportPeakRss(state);
}
BENCHMARK(BM_AnnotateText)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
