// Word clusters derived from unlabeled news (tools/ner/newsgraph-ner-clusters):
// words that occur in similar contexts share a cluster id, so the tagger
// generalises from "Lavrov" in training to an unseen "Matsegora" that
// unlabeled text used the same way. Stored inside the model file.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/status.h"

namespace newsgraph::ner {

class WordClusters {
 public:
  // Cluster ids at up to kLevels granularities (coarse to fine); 0 = unknown word.
  static constexpr int kLevels = 3;
  struct Ids {
    uint16_t level[kLevels] = {0, 0, 0};
  };

  bool empty() const { return ids_.empty(); }
  size_t size() const { return ids_.size(); }

  // Ids of `word` (exact form); all 0 when the word was not clustered.
  Ids Lookup(std::string_view word) const;

  // Reads the text format the cluster tool writes: "word<TAB>id1<TAB>id2<TAB>id3" per line.
  static Result<WordClusters> ReadText(const std::string& path);

  // Binary form inside a model file: count, then word length, bytes, ids.
  void Write(std::ostream& out) const;
  static Result<WordClusters> Read(std::istream& in);

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_map<std::string, Ids, Hash, std::equal_to<>> ids_;
};

}  // namespace newsgraph::ner
