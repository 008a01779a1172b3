// newsgraph-ner-clusters OUT_TSV TEXT.jsonl... [--conll TRAIN_IOB2]
// Derives word clusters for the entity tagger from unlabeled news: each
// frequent word is described by the words seen just before and after it,
// spherical k-means groups words with similar contexts into kFine clusters,
// and clustering those centroids again gives coarser levels. Writes
// "word<TAB>coarse<TAB>middle<TAB>fine" sorted by word. Deterministic: no
// random numbers, fixed iteration counts, sorted output.
#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "extract/ner_tagger.h"
#include "text/text_layer.h"

namespace {

constexpr int kMinCount = 2;
constexpr size_t kMaxWords = 80000;
constexpr size_t kContextWords = 1000;  // the most frequent words serve as context features
constexpr int kLevels[3] = {128, 512, 2048};
constexpr int kIterations = 12;

using SparseVector = std::vector<std::pair<uint32_t, float>>;

struct Corpus {
  std::unordered_map<std::string, uint32_t> index;
  std::vector<std::string> words;
  std::vector<uint32_t> counts;
  std::vector<uint32_t> stream;  // word ids; kBreak between documents
  static constexpr uint32_t kBreak = UINT32_MAX;

  void Add(std::string_view word) {
    auto [it, inserted] = index.try_emplace(std::string(word), static_cast<uint32_t>(words.size()));
    if (inserted) {
      words.emplace_back(word);
      counts.push_back(0);
    }
    ++counts[it->second];
    stream.push_back(it->second);
  }
};

bool ReadJsonLines(const std::string& path, Corpus& corpus) {
  std::ifstream in(path);
  if (!in) return false;
  std::string line;
  while (std::getline(in, line)) {
    auto doc = nlohmann::json::parse(line, nullptr, false);
    if (doc.is_discarded() || !doc.contains("text") || !doc["text"].is_string()) continue;
    std::string text = doc["text"].get<std::string>();
    for (const newsgraph::Token& t : newsgraph::Tokenize(text)) {
      corpus.Add(std::string_view(text).substr(t.span.begin, t.span.size()));
    }
    corpus.stream.push_back(Corpus::kBreak);
  }
  return true;
}

void Normalize(float* v, size_t n) {
  double norm = 0;
  for (size_t i = 0; i < n; ++i) norm += double(v[i]) * v[i];
  if (norm <= 0) return;
  float inv = static_cast<float>(1.0 / std::sqrt(norm));
  for (size_t i = 0; i < n; ++i) v[i] *= inv;
}

// Spherical k-means of unit vectors given as dot-product callbacks; seeds
// are points spread evenly through the (frequency-ordered) input.
template <typename ScoreAll, typename AddTo>
std::vector<int> KMeans(size_t points, size_t dims, int k, ScoreAll score_all, AddTo add_to) {
  std::vector<float> centroids(size_t(k) * dims, 0.0f);
  std::vector<int> assignment(points, 0);
  for (int c = 0; c < k; ++c) add_to(points * c / k, &centroids[size_t(c) * dims]);
  std::vector<float> scores(k);
  for (int iteration = 0; iteration < kIterations; ++iteration) {
    for (int c = 0; c < k; ++c) Normalize(&centroids[size_t(c) * dims], dims);
    for (size_t p = 0; p < points; ++p) {
      score_all(p, centroids, k, scores.data());
      assignment[p] = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
    std::fill(centroids.begin(), centroids.end(), 0.0f);
    for (size_t p = 0; p < points; ++p) add_to(p, &centroids[size_t(assignment[p]) * dims]);
  }
  return assignment;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    fmt::print(stderr, "usage: newsgraph-ner-clusters OUT_TSV TEXT.jsonl... [--conll TRAIN_IOB2]\n");
    return 2;
  }
  Corpus corpus;
  for (int a = 2; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--conll" && a + 1 < argc) {
      auto sentences = newsgraph::ner::ReadConllIob2(argv[++a]);
      if (!sentences.ok()) {
        fmt::print(stderr, "{}\n", sentences.status().message());
        return 1;
      }
      for (const auto& s : sentences.value()) {
        for (const std::string& w : s.words) corpus.Add(w);
        corpus.stream.push_back(Corpus::kBreak);
      }
    } else if (!ReadJsonLines(arg, corpus)) {
      fmt::print(stderr, "cannot read '{}'; pass JSON Lines files with a \"text\" field\n", arg);
      return 1;
    }
  }
  // Words by descending frequency (ties by spelling): the first kContextWords
  // are the context features, the first kMaxWords with kMinCount are clustered.
  std::vector<uint32_t> by_frequency(corpus.words.size());
  for (uint32_t i = 0; i < by_frequency.size(); ++i) by_frequency[i] = i;
  std::sort(by_frequency.begin(), by_frequency.end(), [&](uint32_t a, uint32_t b) {
    return corpus.counts[a] != corpus.counts[b] ? corpus.counts[a] > corpus.counts[b] : corpus.words[a] < corpus.words[b];
  });
  std::vector<int32_t> rank(corpus.words.size(), -1);
  size_t vocabulary = 0;
  for (uint32_t id : by_frequency) {
    if (vocabulary == kMaxWords || corpus.counts[id] < kMinCount) break;
    rank[id] = static_cast<int32_t>(vocabulary++);
  }
  const size_t dims = 2 * kContextWords;
  auto context = [&](uint32_t id) { return id == Corpus::kBreak || rank[id] < 0 || size_t(rank[id]) >= kContextWords ? -1 : rank[id]; };
  std::vector<uint64_t> pairs;  // (word rank << 32) | context dimension
  for (size_t i = 0; i < corpus.stream.size(); ++i) {
    uint32_t id = corpus.stream[i];
    if (id == Corpus::kBreak || rank[id] < 0) continue;
    uint64_t row = uint64_t(rank[id]) << 32;
    if (i > 0 && context(corpus.stream[i - 1]) >= 0) pairs.push_back(row | uint32_t(context(corpus.stream[i - 1])));
    if (i + 1 < corpus.stream.size() && context(corpus.stream[i + 1]) >= 0) {
      pairs.push_back(row | uint32_t(kContextWords + context(corpus.stream[i + 1])));
    }
  }
  std::sort(pairs.begin(), pairs.end());
  // Positive pointwise mutual information: "said" after a word tells little,
  // "Minister" before it a lot.
  std::vector<double> word_total(vocabulary, 0), context_total(dims, 0);
  for (uint64_t pair : pairs) {
    ++word_total[pair >> 32];
    ++context_total[uint32_t(pair)];
  }
  const double total = static_cast<double>(pairs.size());
  std::vector<SparseVector> vectors(vocabulary);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    uint32_t word = uint32_t(pairs[i] >> 32), dim = uint32_t(pairs[i]);
    double pmi = std::log(double(j - i) * total / (word_total[word] * context_total[dim]));
    if (pmi > 0) vectors[word].emplace_back(dim, static_cast<float>(pmi));
    i = j;
  }
  for (SparseVector& v : vectors) {
    double norm = 0;
    for (auto& [d, x] : v) norm += double(x) * x;
    for (auto& [d, x] : v) x = static_cast<float>(x / std::sqrt(std::max(norm, 1e-12)));
  }
  // Fine clusters of words; centroids are kept transposed for fast scoring.
  const int fine = kLevels[2];
  std::vector<float> transposed;
  std::vector<int> word_cluster = KMeans(
      vocabulary, dims, fine,
      [&](size_t p, const std::vector<float>& centroids, int k, float* scores) {
        if (p == 0) {
          transposed.assign(dims * k, 0.0f);
          for (int c = 0; c < k; ++c)
            for (size_t d = 0; d < dims; ++d) transposed[d * k + c] = centroids[size_t(c) * dims + d];
        }
        std::fill(scores, scores + k, 0.0f);
        for (auto [d, x] : vectors[p]) {
          const float* row = &transposed[size_t(d) * k];
          for (int c = 0; c < k; ++c) scores[c] += x * row[c];
        }
      },
      [&](size_t p, float* centroid) {
        for (auto [d, x] : vectors[p]) centroid[d] += x;
      });
  // Coarser levels cluster the fine clusters' mean vectors.
  std::vector<float> means(size_t(fine) * dims, 0.0f);
  for (size_t p = 0; p < vocabulary; ++p)
    for (auto [d, x] : vectors[p]) means[size_t(word_cluster[p]) * dims + d] += x;
  for (int c = 0; c < fine; ++c) Normalize(&means[size_t(c) * dims], dims);
  std::vector<std::vector<int>> coarse;
  for (int level : {kLevels[0], kLevels[1]}) {
    coarse.push_back(KMeans(
        fine, dims, level,
        [&](size_t p, const std::vector<float>& centroids, int k, float* scores) {
          for (int c = 0; c < k; ++c) {
            float s = 0;
            for (size_t d = 0; d < dims; ++d) s += means[p * dims + d] * centroids[size_t(c) * dims + d];
            scores[c] = s;
          }
        },
        [&](size_t p, float* centroid) {
          for (size_t d = 0; d < dims; ++d) centroid[d] += means[p * dims + d];
        }));
  }
  std::vector<std::pair<std::string, size_t>> sorted;
  for (uint32_t id = 0; id < corpus.words.size(); ++id) {
    if (rank[id] >= 0 && corpus.words[id].size() < 256) sorted.emplace_back(corpus.words[id], size_t(rank[id]));
  }
  std::sort(sorted.begin(), sorted.end());
  std::ofstream out(argv[1]);
  for (const auto& [word, p] : sorted) {
    int f = word_cluster[p];
    out << word << '\t' << coarse[0][f] + 1 << '\t' << coarse[1][f] + 1 << '\t' << f + 1 << '\n';
  }
  if (!out) {
    fmt::print(stderr, "cannot write '{}'\n", argv[1]);
    return 1;
  }
  fmt::print("{} tokens, {} words clustered into {}/{}/{} -> {}\n", corpus.stream.size(), vocabulary, kLevels[0],
             kLevels[1], kLevels[2], argv[1]);
}
