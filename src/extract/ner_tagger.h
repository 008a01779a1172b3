// A greedy left-to-right averaged-perceptron BIO tagger over CoNLL's four
// types, with hashed features in a fixed-size weight table. Tagging is linear
// in the number of tokens and allocates nothing per token.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsgraph::ner {

// BIO tags; kTagCount of them. Even tags after O are B-, odd are I-.
enum Tag : uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc, kTagCount };

// Parses "B-PER", "I-LOC", "O"; IOB1 "I-" at a span start is the caller's job.
Tag TagFromString(std::string_view tag);

struct TrainOptions {
  int epochs = 8;
  uint32_t seed = 1;     // shuffles sentence order each epoch; same seed, same model
  int hash_bits = 18;    // weight table has 2^hash_bits rows of kTagCount weights
};

struct LabeledSentence {
  std::vector<std::string> words;
  std::vector<Tag> tags;
};

// Reads a CoNLL-2003 file in IOB2 ("word POS chunk tag" lines, blank lines
// between sentences, -DOCSTART- lines skipped); names the file on failure.
Result<std::vector<LabeledSentence>> ReadConllIob2(const std::string& path);

class Tagger {
 public:
  static Tagger Train(const std::vector<LabeledSentence>& sentences, const TrainOptions& options);
  // Reads a model written by Save; names the file and the problem on failure.
  static Result<Tagger> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Tags words[i] into tags[i]; `tags` must have words.size() elements.
  void Tag(const std::vector<std::string_view>& words, std::vector<ner::Tag>& tags) const;

 private:
  int hash_bits_ = 0;
  std::vector<float> weights_;  // row-major: feature row * kTagCount + tag
};

}  // namespace newsgraph::ner
