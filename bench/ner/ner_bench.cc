// Speed of the entity tagger: loading models/ner.model, tagging CoNLL dev
// sentences (Tagger alone), and recognizing entities in real news articles
// (tagging + span decoding + the document pass), in tokens/s on one core.
// Reads ../shared data in place; a benchmark whose data is absent says so.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "extract/entities.h"
#include "extract/ner_tagger.h"
#include "text/text_layer.h"

namespace {

std::string SharedPath(const std::string& relative) {
  const char* shared = std::getenv("NEWSGRAPH_SHARED");
  return std::string(shared ? shared : NEWSGRAPH_SOURCE_DIR "/../shared") + "/" + relative;
}

const std::string kModelDir = NEWSGRAPH_SOURCE_DIR "/models";

void BM_LoadModel(benchmark::State& state) {
  for (auto _ : state) {
    auto recognizer = newsgraph::EntityRecognizer::Load(kModelDir);
    if (!recognizer.ok()) state.SkipWithError(recognizer.status().message().c_str());
    benchmark::DoNotOptimize(recognizer);
  }
}
BENCHMARK(BM_LoadModel)->Unit(benchmark::kMillisecond);

void BM_TagConllDev(benchmark::State& state) {
  auto sentences = newsgraph::ner::ReadConllIob2(SharedPath("data/ner/conll2003/iob2/dev.txt"));
  auto tagger = newsgraph::ner::Tagger::Load(kModelDir + "/ner.model");
  if (!sentences.ok() || !tagger.ok()) {
    state.SkipWithError(!sentences.ok() ? sentences.status().message().c_str() : tagger.status().message().c_str());
    return;
  }
  std::vector<std::vector<std::string_view>> words;
  size_t tokens = 0;
  for (const auto& s : sentences.value()) {
    words.emplace_back(s.words.begin(), s.words.end());
    tokens += s.words.size();
  }
  std::vector<newsgraph::ner::Tag> tags;
  for (auto _ : state) {
    for (const auto& sentence : words) {
      tags.resize(sentence.size());
      tagger.value().Tag(sentence, tags);
    }
    benchmark::DoNotOptimize(tags.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_TagConllDev)->Unit(benchmark::kMillisecond);

void BM_RecognizeNews(benchmark::State& state) {
  std::ifstream in(SharedPath("data/unlabeled/bbc-news-2005/bbc-news.jsonl"));
  auto recognizer = newsgraph::EntityRecognizer::Load(kModelDir);
  if (!in || !recognizer.ok()) {
    state.SkipWithError(!in ? "BBC news articles not found under ../shared; set NEWSGRAPH_SHARED"
                            : recognizer.status().message().c_str());
    return;
  }
  std::vector<newsgraph::Document> docs;
  size_t tokens = 0;
  std::string line;
  while (docs.size() < 500 && std::getline(in, line)) {
    auto json = nlohmann::json::parse(line, nullptr, false);
    if (json.is_discarded() || !json.contains("text")) continue;
    newsgraph::Document doc;
    doc.text = json["text"].get<std::string>();
    newsgraph::AnnotateText(doc);
    tokens += doc.tokens.size();
    docs.push_back(std::move(doc));
  }
  for (auto _ : state) {
    for (newsgraph::Document& doc : docs) {
      doc.mentions.clear();
      recognizer.value().Recognize(doc);
    }
    benchmark::DoNotOptimize(docs.data());
  }
  state.counters["tokens/s"] = benchmark::Counter(double(tokens), benchmark::Counter::kIsIterationInvariantRate);
}
BENCHMARK(BM_RecognizeNews)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
