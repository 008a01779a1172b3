// Feature extraction for the entity tagger: every word of a sentence becomes
// a fixed-size set of hashed feature rows (word, lower case, shape, prefixes
// and suffixes, neighbouring words and shapes, gazetteer hits, word clusters
// (of the title- or lower-case form for a word in capitals never clustered),
// runs of capitalised words, headline case). Features never depend on tags,
// so a sentence is extracted once and decoded with Viterbi.
//
// Linear in the number of words; allocates only when `out` must grow.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/ner_clusters.h"
#include "extract/ner_gazetteer.h"

namespace newsgraph::ner {

inline constexpr int kMaxFeaturesPerWord = 48;

struct SentenceFeatures {
  // rows[i * kMaxFeaturesPerWord + k] for k < counts[i]: weight rows of word i.
  std::vector<uint32_t> rows;
  std::vector<uint8_t> counts;
  const uint32_t* RowsOf(size_t i) const { return rows.data() + i * kMaxFeaturesPerWord; }
};

class FeatureExtractor {
 public:
  // Rows fall in [0, 2^hash_bits). `clusters` may be empty.
  FeatureExtractor(int hash_bits, const Gazetteer& gazetteer, const WordClusters& clusters);

  void Extract(std::span<const std::string_view> words, SentenceFeatures& out) const;

 private:
  uint32_t mask_;
  const Gazetteer& gazetteer_;
  const WordClusters& clusters_;
};

}  // namespace newsgraph::ner
