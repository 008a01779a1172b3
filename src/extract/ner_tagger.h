// A linear-chain averaged-perceptron BIO tagger over CoNLL's four types:
// hashed emission features (ner_features.h) in a fixed-size weight table,
// a learned tag-transition matrix, and Viterbi decoding that only ever
// produces valid BIO sequences (I-X follows B-X or I-X). Tagging is linear in
// the number of words and allocates nothing once its buffers have grown.
//
// Model file (version 4): 8-byte magic "NGNERMDL", then uint32 version,
// hash bits, gazetteer fingerprint; float weight scale; float transitions;
// the word clusters; int16 emission weights (weight = value * scale).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "extract/ner_clusters.h"

namespace newsgraph::ner {

// BIO tags; kTagCount of them. Odd tags are B-, the even tag after each is its I-.
enum Tag : uint8_t { kO, kBPer, kIPer, kBOrg, kIOrg, kBLoc, kILoc, kBMisc, kIMisc, kTagCount };

// Parses "B-PER", "I-LOC", "O"; IOB1 "I-" at a span start is the caller's job.
Tag TagFromString(std::string_view tag);

// Every hyper-parameter of training in one place.
struct TrainOptions {
  int epochs = 12;
  uint32_t seed = 1;     // shuffles sentence order each epoch; same data and seed, same model bytes
  int hash_bits = 20;    // the weight table has 2^hash_bits rows of kTagCount weights
  // Cost-augmented decoding: while training, every wrong tag of a word scores
  // this much more, so an update also fires when gold wins by less than the
  // margin. 30 is +0.2 dev F1 over five seeds (0.9194 against 0.9171); 10 and
  // 100 gain less, 300 loses.
  float margin = 30.0f;
  // Independent perceptrons (seeds seed, seed + 7919, ...) whose averaged
  // weights are averaged again: less seed noise, training time × runs.
  int runs = 3;
  // Label history (LabelHistory): the training sentences' first-pass tags
  // come from models trained on all but one of this many folds of the
  // documents. 4: +0.1 dev F1 over six seeds; 3 and 6 gain less.
  int history_folds = 4;
};

struct LabeledSentence {
  std::vector<std::string> words;
  std::vector<Tag> tags;
  bool starts_document = false;  // first sentence after a -DOCSTART- line
};

// Reads a CoNLL-2003 file in IOB2 ("word POS chunk tag" lines, blank lines
// between sentences, -DOCSTART- lines skipped); names the file on failure.
Result<std::vector<LabeledSentence>> ReadConllIob2(const std::string& path);

class Tagger {
 public:
  static constexpr int kStartRow = kTagCount;  // transition row for the sentence start

  // `clusters` may be empty; they are stored in the model.
  static Tagger Train(const std::vector<LabeledSentence>& sentences, const TrainOptions& options,
                      WordClusters clusters);
  // Reads a model written by Save; names the file and the problem on failure,
  // including a model trained with other gazetteer tables.
  static Result<Tagger> Load(const std::string& path);
  Status Save(const std::string& path) const;

  // Tags words[i] into tags[i]; `tags` must have words.size() elements.
  // The words are one document whose sentences end at `sentence_ends`
  // (ascending, the last one words.size()): each sentence is decoded on its
  // own, with the contexts of each name's other mentions in the document as
  // features (DocumentEvidence; +0.5 dev F1), then decoded again where other
  // mentions of its names were tagged, with those tags as features
  // (LabelHistory; +0.1). Training reads LabeledSentence::starts_document
  // for the same documents. A lower-case word with no capital within two
  // words of it is O without its features being read: no name reaches it.
  void TagDocument(std::span<const std::string_view> words, std::span<const uint32_t> sentence_ends,
                   std::span<ner::Tag> tags) const;
  // One sentence as a document of its own.
  void Tag(std::span<const std::string_view> words, std::span<ner::Tag> tags) const;

 private:
  // The int16 emission rows as tagging reads them: each row less its weight
  // for one reference tag, which leaves the other eight in 16 aligned bytes.
  // A row is then one cache line, where the file's 18-byte rows straddled
  // two for a quarter of the reads. Taking a row's own constant off all its
  // tags moves every tag of a word by the same amount, so Viterbi chooses
  // the same tags.
  class EmissionRows {
   public:
    static constexpr int kLanes = kTagCount - 1;

    EmissionRows() = default;
    // `dense` is rows × kTagCount as in the model file. Fails when for
    // every reference tag some row's differences overflow int16.
    static Result<EmissionRows> FromDense(std::span<const int16_t> dense);
    std::vector<int16_t> Dense() const;

    int reference() const { return reference_; }
    int TagOf(int lane) const { return lane < reference_ ? lane : lane + 1; }
    const int16_t* Row(uint32_t row) const { return rows_[row].lane; }

   private:
    struct alignas(16) Lanes {
      int16_t lane[kLanes];  // the tags other than the reference, in order
    };
    int reference_ = kO;
    std::vector<Lanes> rows_;
    std::vector<int16_t> reference_weights_;  // read only by Dense, to write the file
  };

  // Emission weights as int16 rows of weight / scale; raises `scale` if they do not fit.
  static EmissionRows Quantize(std::span<const float> weights, float& scale);

  int hash_bits_ = 0;
  float scale_ = 1;
  float transitions_[(kTagCount + 1) * kTagCount] = {};  // [previous or kStart][tag]
  WordClusters clusters_;
  EmissionRows weights_;
};

}  // namespace newsgraph::ner
