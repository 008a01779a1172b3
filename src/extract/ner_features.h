// Feature extraction for the entity tagger: every word of a sentence becomes
// a fixed-size set of hashed feature rows (word, lower case, shape, prefixes
// and suffixes, neighbouring words and shapes, gazetteer hits, word clusters
// (of the title- or lower-case form for a word in capitals never clustered),
// runs of capitalised words, headline case) and, given a document, the
// contexts of the word's other mentions in it (DocumentEvidence) and, for the
// tagger's second pass, the types its first pass gave them (LabelHistory).
// Features never depend on the tags being decoded, so a sentence is extracted
// once per pass and decoded with Viterbi.
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

// A word has at most 41 features of its own, then the document's (12 + 6).
inline constexpr int kMaxFeaturesPerWord = 64;

// Evidence from the rest of the document, kDocumentFeatures hashes per word
// (0: none), as DocumentEvidence finds it. Two mentions' worth: one gave
// 0.9263 dev F1 over three seeds, two 0.9274, three 0.9272 (with run
// contexts: two 0.9301, three 0.9296).
inline constexpr int kDocumentFeatures = 12;

// Labels the first pass gave the other mentions of a word in the document,
// kHistoryFeatures hashes per word (0: none), as LabelHistory finds them.
inline constexpr int kHistoryFeatures = 6;

// What the features read of each word alone, found once per document and
// shared by DocumentEvidence, LabelHistory and each sentence's Extract
// (each was a tenth of tagging when every one hashed and looked up the
// words again).
struct WordFacts {
  uint64_t lower = 0;  // hash of the case-folded word
  uint64_t shape = 0;  // hash of its collapsed shape
  WordClusters::Ids clusters;
};
void FindWordFacts(std::span<const std::string_view> words, const WordClusters& clusters,
                   std::vector<WordFacts>& facts);

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

  // `facts` holds FindWordFacts of `words`; `evidence` kDocumentFeatures
  // hashes per word, or is empty; `history` kHistoryFeatures, or is empty.
  // Words marked in `skip` (empty: none) get no features.
  void Extract(std::span<const std::string_view> words, std::span<const WordFacts> facts, SentenceFeatures& out,
               std::span<const uint64_t> evidence = {}, std::span<const uint64_t> history = {},
               std::span<const uint8_t> skip = {}) const;

  // The row Extract gives a hash of `evidence` or `history`.
  uint32_t RowOf(uint64_t hash) const;

 private:
  uint32_t mask_;
  const Gazetteer& gazetteer_;
  const WordClusters& clusters_;
};

// Non-local evidence for the words of a document (sentences end at
// `sentence_ends`; `facts` from FindWordFacts): a capitalised word takes, from the first two other
// mentions of it in the document in any case, the words just before and
// after and their middle clusters ("Pirelli" where elsewhere it is "Pirelli
// SpA" or "said Pirelli"; "ROTOR" in a headline and "Rotor" in the story).
// Counts, not distinct contexts: two mentions after "said" say more than
// one (distinct contexts: -0.2 dev F1). Fills words.size() *
// kDocumentFeatures hashes, 0 where none; O(n log n) in the document's words.
void DocumentEvidence(std::span<const std::string_view> words, std::span<const WordFacts> facts,
                      std::span<const uint32_t> sentence_ends, std::vector<uint64_t>& evidence);

// The first pass's types (0 O, 1 PER, 2 ORG, 3 LOC, 4 MISC) of the other
// mentions of each capitalised word of a document: each type seen, and the
// most frequent. Fills words.size() * kHistoryFeatures hashes, 0 where none.
void LabelHistory(std::span<const std::string_view> words, std::span<const WordFacts> facts,
                  std::span<const uint8_t> types, std::vector<uint64_t>& history);

}  // namespace newsgraph::ner
