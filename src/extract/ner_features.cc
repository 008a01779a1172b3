#include "extract/ner_features.h"

#include <algorithm>
#include <cctype>

namespace newsgraph::ner {
namespace {

constexpr uint64_t kFnvPrime = 1099511628211ull;

uint64_t Seed(uint32_t template_id) { return (14695981039346656037ull ^ template_id) * kFnvPrime; }

uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * kFnvPrime;
  return h;
}

uint64_t MixInt(uint64_t h, uint32_t v) {
  for (int k = 0; k < 4; ++k, v >>= 8) h = (h ^ (v & 0xff)) * kFnvPrime;
  return h;
}

uint64_t LowerMix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ static_cast<unsigned char>(std::tolower(c))) * kFnvPrime;
  return h;
}

// Word shape with runs collapsed: "Lloyd" -> "Xx", "10,000" -> "d,d".
uint64_t ShapeMix(uint64_t h, std::string_view s) {
  char last = 0;
  for (unsigned char c : s) {
    char k = std::isupper(c) ? 'X' : std::islower(c) ? 'x' : std::isdigit(c) ? 'd' : static_cast<char>(c);
    if (k != last) h = (h ^ static_cast<unsigned char>(k)) * kFnvPrime;
    last = k;
  }
  return h;
}

bool Capitalised(std::string_view w) { return !w.empty() && std::isupper(static_cast<unsigned char>(w[0])); }

bool HasLower(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](unsigned char c) { return std::islower(c) != 0; });
}

// Headlines and sports tables in capitals ("SOCCER - JAPAN GET LUCKY WIN")
// make capitalisation useless; the tagger needs to know.
bool HeadlineCase(std::span<const std::string_view> words) {
  int upper = 0, lower = 0;
  for (std::string_view w : words) {
    if (HasLower(w)) {
      ++lower;
    } else if (Capitalised(w)) {
      ++upper;
    }
  }
  return upper >= 2 && upper > lower;
}

// Gazetteer label of each word: 0 none, else 1 + kind * 2 + (0 first word, 1 later word).
void GazetteerLabels(const Gazetteer& gazetteer, std::span<const std::string_view> words, std::vector<uint8_t>& labels) {
  labels.assign(words.size(), 0);
  for (size_t i = 0; i < words.size();) {
    const GazetteerEntry* entry = nullptr;
    size_t n = gazetteer.LongestMatch(words, i, &entry);
    if (n == 0) {
      ++i;
      continue;
    }
    for (size_t k = 0; k < n; ++k) labels[i + k] = static_cast<uint8_t>(1 + static_cast<int>(entry->kind) * 2 + (k > 0));
    i += n;
  }
}

}  // namespace

FeatureExtractor::FeatureExtractor(int hash_bits, const Gazetteer& gazetteer, const WordClusters& clusters)
    : mask_((1u << hash_bits) - 1), gazetteer_(gazetteer), clusters_(clusters) {}

void FeatureExtractor::Extract(std::span<const std::string_view> w, SentenceFeatures& out) const {
  const size_t n = w.size();
  out.rows.resize(n * kMaxFeaturesPerWord);
  out.counts.resize(n);
  thread_local std::vector<uint8_t> gaz;
  thread_local std::vector<WordClusters::Ids> cluster;
  GazetteerLabels(gazetteer_, w, gaz);
  cluster.resize(n);
  for (size_t i = 0; i < n; ++i) cluster[i] = clusters_.Lookup(w[i]);
  const bool headline = HeadlineCase(w);

  static constexpr std::string_view kBoundary = "<s>";
  auto at = [&](long k) { return k < 0 || k >= static_cast<long>(n) ? kBoundary : w[k]; };
  auto gaz_at = [&](long k) -> uint32_t { return k < 0 || k >= static_cast<long>(n) ? 255 : gaz[k]; };
  auto cluster_at = [&](long k, int level) -> uint32_t {
    return k < 0 || k >= static_cast<long>(n) ? 0xffff : cluster[k].level[level];
  };

  size_t run_begin = 0;  // first word of the run of capitalised words containing i
  for (size_t i = 0; i < n; ++i) {
    uint32_t* rows = out.rows.data() + i * kMaxFeaturesPerWord;
    int count = 0;
    auto add = [&](uint64_t h) { rows[count++] = static_cast<uint32_t>(h ^ (h >> 29)) & mask_; };
    std::string_view word = w[i];
    const long p = static_cast<long>(i);
    add(Seed(0));
    add(Mix(Seed(1), word));
    add(LowerMix(Seed(2), word));
    add(ShapeMix(Seed(3), word));
    for (size_t k = 1; k <= 4 && k <= word.size(); ++k) {
      add(Mix(Seed(10 + k), word.substr(0, k)));
      add(Mix(Seed(20 + k), word.substr(word.size() - k)));
    }
    add(LowerMix(Seed(4), at(p - 1)));
    add(LowerMix(Seed(5), at(p + 1)));
    add(LowerMix(Seed(6), at(p - 2)));
    add(LowerMix(Seed(7), at(p + 2)));
    add(ShapeMix(Seed(8), at(p - 1)));
    add(ShapeMix(Seed(9), at(p + 1)));
    add(ShapeMix(ShapeMix(Seed(30), at(p - 1)), word));
    add(ShapeMix(ShapeMix(Seed(31), word), at(p + 1)));
    add(LowerMix(LowerMix(Seed(32), at(p - 1)), word));
    add(LowerMix(LowerMix(Seed(33), word), at(p + 1)));
    add(LowerMix(LowerMix(Seed(36), at(p - 1)), at(p + 1)));
    add(LowerMix(MixInt(Seed(34), i == 0), word));
    // Runs of capitalised words: position in the run and its length.
    if (!Capitalised(word)) {
      run_begin = i + 1;
    } else {
      size_t run_end = i + 1;
      while (run_end < n && Capitalised(w[run_end])) ++run_end;
      add(MixInt(MixInt(Seed(35), std::min<size_t>(i - run_begin, 3)), std::min<size_t>(run_end - run_begin, 5)));
    }
    add(MixInt(Seed(40), gaz_at(p)));
    add(MixInt(Seed(41), gaz_at(p - 1)));
    add(MixInt(Seed(42), gaz_at(p + 1)));
    add(ShapeMix(MixInt(Seed(43), gaz_at(p)), word));
    if (headline) {
      add(LowerMix(Seed(44), word));
      add(MixInt(Seed(45), gaz_at(p)));
    }
    if (!clusters_.empty()) {
      for (int level = 0; level < WordClusters::kLevels; ++level) add(MixInt(Seed(50 + level), cluster_at(p, level)));
      add(MixInt(Seed(53), cluster_at(p - 1, 1)));
      add(MixInt(Seed(54), cluster_at(p + 1, 1)));
      add(ShapeMix(MixInt(Seed(55), cluster_at(p, 2)), word));
    }
    out.counts[i] = static_cast<uint8_t>(count);
  }
}

}  // namespace newsgraph::ner
