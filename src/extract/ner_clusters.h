// Word clusters derived from unlabeled news (tools/ner/newsgraph-ner-clusters):
// words that occur in similar contexts share a cluster id, so the tagger
// generalises from "Lavrov" in training to an unseen "Matsegora" that
// unlabeled text used the same way. Stored inside the model file.
#pragma once

#include <cstdint>
#include <istream>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace newsgraph::ner {

class WordClusters {
 public:
  // Cluster ids at up to kLevels granularities (coarse to fine); 0 = unknown word.
  static constexpr int kLevels = 3;
  struct Ids {
    uint16_t level[kLevels] = {0, 0, 0};
  };

  bool empty() const { return size_ == 0; }
  size_t size() const { return size_; }

  // ids[i] for words[i]; all 0 for a word that was not clustered. A word
  // in capitals never clustered in that form ("JAPAN", "GET" in headlines
  // and sports tables) takes the ids of its title-case form ("Japan"), else
  // of its lower-case one ("get"): +0.2 dev F1 over three seeds.
  void Lookup(std::span<const std::string_view> words, std::span<Ids> ids) const;

  // Reads the text format the cluster tool writes: "word<TAB>id1<TAB>id2<TAB>id3" per line.
  static Result<WordClusters> ReadText(const std::string& path);

  // Binary form inside a model file: count, then word length, bytes, ids.
  void Write(std::ostream& out) const;
  static Result<WordClusters> Read(std::istream& in);

 private:
  // Open addressing over a power-of-two table with every word in one pool:
  // the tagger looks up each word it sees, and a node-based hash map spent a
  // sixth of its time chasing pointers.
  struct Slot {
    uint32_t offset = 0;  // of the word in pool_
    uint8_t length = 0;   // 0: an empty slot
    uint8_t tag = 0;      // high bits of the hash, so most mismatches skip the compare
    Ids ids;
  };
  static constexpr size_t kMaxWordBytes = 255;
  void Insert(std::string_view word, Ids ids);  // a word inserted again takes the new ids
  // Exact forms only. A sentence at a time: the table is larger than the
  // nearest caches, so every word's slot is requested before the first is read.
  void LookupExact(std::span<const std::string_view> words, std::span<Ids> ids) const;
  // Where `word` is stored, or the empty slot where it would go.
  size_t SlotIndex(std::string_view word, uint64_t hash) const;

  std::string pool_;
  std::vector<Slot> slots_;
  size_t size_ = 0;
};

}  // namespace newsgraph::ner
