#include "extract/ner_tagger.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>
#include <numeric>
#include <random>
#include <sstream>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "extract/ner_features.h"

namespace newsgraph::ner {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'N', 'E', 'R', 'M', 'D', 'L'};
// 3: features include the document evidence; 4: the evidence includes the
// words around each other mention's capitalised run, and a second pass reads
// the first pass's labels (older models would load but score their features
// wrongly).
constexpr uint32_t kVersion = 4;
constexpr int kTransitionCount = (kTagCount + 1) * kTagCount;
constexpr float kForbidden = -std::numeric_limits<float>::infinity();

// BIO validity: an I- tag continues a span of its own type.
bool Allowed(int previous, int tag) {
  bool inside = tag != kO && tag % 2 == 0;
  return !inside || previous == tag || previous == tag - 1;
}

// Per-thread buffers so tagging allocates nothing once they have grown.
struct DecodeBuffers {
  std::vector<WordFacts> facts;
  SentenceFeatures features;
  std::vector<float> emissions;  // word * kTagCount + tag
  std::vector<float> best;       // best path score ending in (word, tag)
  std::vector<uint8_t> back;     // its previous tag
};

// Called before word i's rows are summed: asks for the rows of the word
// kPrefetchWords ahead (at the first word, of every word up to it). The
// weight table is far larger than the caches and every feature row is a
// random read, so this overlaps those misses instead of waiting for each in
// turn. Asking for a whole sentence at once overflowed the L1 cache on long
// sentences: 8% slower.
constexpr size_t kPrefetchWords = 3;
template <typename RowFn>
void PrefetchAhead(const SentenceFeatures& f, size_t n, size_t i, RowFn&& row_of) {
  for (size_t j = i == 0 ? 0 : i + kPrefetchWords; j <= i + kPrefetchWords && j < n; ++j) {
    const uint32_t* rows = f.RowsOf(j);
    for (int k = 0; k < f.counts[j]; ++k) {
      const void* row = row_of(rows[k]);
      __builtin_prefetch(row);
      // GCC drops the prefetches of a loop it vectorizes; an asm statement
      // keeps this one scalar.
      asm volatile("" : : "r"(row));
    }
  }
}

// Training: emissions[i][t] = sum of weights[row][t] over word i's feature rows.
void Emissions(const SentenceFeatures& f, size_t n, const float* weights, std::vector<float>& out) {
  auto row_of = [weights](uint32_t row) { return weights + static_cast<size_t>(row) * kTagCount; };
  out.resize(n * kTagCount);
  for (size_t i = 0; i < n; ++i) {
    PrefetchAhead(f, n, i, row_of);
    float* sum = &out[i * kTagCount];
    std::fill(sum, sum + kTagCount, 0.0f);
    const uint32_t* rows = f.RowsOf(i);
    for (int k = 0; k < f.counts[i]; ++k) {
      const float* row = row_of(rows[k]);
      for (int t = 0; t < kTagCount; ++t) sum[t] += row[t];
    }
  }
}

// Tagging: the same sums from the int16 rows, less each row's reference
// weight, kept as int32 lane sums (sums[word * kLanes + lane]) so that the
// second pass can add rows to them, then times the weight scale.
template <typename Rows>
void LaneSums(const SentenceFeatures& f, size_t n, const Rows& weights, int32_t* sums) {
  constexpr int kLanes = Rows::kLanes;
  auto row_of = [&weights](uint32_t row) { return weights.Row(row); };
  for (size_t i = 0; i < n; ++i) {
    PrefetchAhead(f, n, i, row_of);
    int32_t* sum = sums + i * kLanes;
    std::fill(sum, sum + kLanes, 0);
    const uint32_t* rows = f.RowsOf(i);
    for (int k = 0; k < f.counts[i]; ++k) {
      const int16_t* row = row_of(rows[k]);
      for (int lane = 0; lane < kLanes; ++lane) sum[lane] += row[lane];
    }
  }
}

template <typename Rows>
void Emissions(const int32_t* sums, size_t n, const Rows& weights, float scale, std::vector<float>& out) {
  constexpr int kLanes = Rows::kLanes;
  out.resize(n * kTagCount);
  for (size_t i = 0; i < n; ++i) {
    float* scores = &out[i * kTagCount];
    scores[weights.reference()] = 0.0f;
    for (int lane = 0; lane < kLanes; ++lane) {
      scores[weights.TagOf(lane)] = static_cast<float>(sums[i * kLanes + lane]) * scale;
    }
  }
}

// For each column k of `transitions` (kTagCount rows of 8), the previous
// tag p with the best previous[p] + transitions[p][k] (the first of equals,
// as scanning the tags in order gives) and that score; p as a float, so that
// every lane is one type. Selects, not branches: which tag wins is
// unpredictable.
void BestPredecessors(const float* previous, const float (*transitions)[8], float* top, float* arg) {
#if defined(__SSE2__)
  __m128 top_low = _mm_add_ps(_mm_set1_ps(previous[kO]), _mm_loadu_ps(transitions[kO]));
  __m128 top_high = _mm_add_ps(_mm_set1_ps(previous[kO]), _mm_loadu_ps(transitions[kO] + 4));
  __m128 arg_low = _mm_setzero_ps(), arg_high = _mm_setzero_ps();
  auto select = [](__m128 mask, __m128 a, __m128 b) { return _mm_or_ps(_mm_and_ps(mask, a), _mm_andnot_ps(mask, b)); };
  for (int p = 1; p < kTagCount; ++p) {
    const __m128 from = _mm_set1_ps(previous[p]), tag = _mm_set1_ps(static_cast<float>(p));
    const __m128 low = _mm_add_ps(from, _mm_loadu_ps(transitions[p])), high = _mm_add_ps(from, _mm_loadu_ps(transitions[p] + 4));
    const __m128 better_low = _mm_cmpgt_ps(low, top_low), better_high = _mm_cmpgt_ps(high, top_high);
    top_low = select(better_low, low, top_low);
    top_high = select(better_high, high, top_high);
    arg_low = select(better_low, tag, arg_low);
    arg_high = select(better_high, tag, arg_high);
  }
  _mm_storeu_ps(top, top_low);
  _mm_storeu_ps(top + 4, top_high);
  _mm_storeu_ps(arg, arg_low);
  _mm_storeu_ps(arg + 4, arg_high);
#else
  for (int k = 0; k < 8; ++k) {
    top[k] = previous[kO] + transitions[kO][k];
    arg[k] = kO;
    for (int p = 1; p < kTagCount; ++p) {
      const float score = previous[p] + transitions[p][k];
      arg[k] = score > top[k] ? static_cast<float>(p) : arg[k];
      top[k] = score > top[k] ? score : top[k];
    }
  }
#endif
}

// The best valid tag sequence under emissions + transitions. O and B- may
// follow any tag; I-X only B-X or I-X, so only those two are tried for it.
void Viterbi(size_t n, const float* transitions, DecodeBuffers& b, std::span<ner::Tag> tags) {
  if (n == 0) return;
  b.best.resize(n * kTagCount);
  b.back.resize(n * kTagCount);
  for (int t = 0; t < kTagCount; ++t) {
    b.best[t] = Allowed(Tagger::kStartRow, t) ? b.emissions[t] + transitions[Tagger::kStartRow * kTagCount + t]
                                              : kForbidden;
  }
  // The tags any tag may precede, O and the B- tags, side by side: each
  // column of `open` is one of them, so the nine candidates for all five are
  // tried at once, where one tag at a time was a chain of dependent selects
  // (a tenth of tagging).
  constexpr int kOpen = 1 + (kTagCount - 1) / 2, kColumns = 8;
  static_assert(kOpen <= kColumns);
  constexpr auto kOpenTag = [](int k) { return k == 0 ? kO : 2 * k - 1; };
  float open[kTagCount][kColumns] = {};
  for (int p = 0; p < kTagCount; ++p) {
    for (int k = 0; k < kOpen; ++k) open[p][k] = transitions[p * kTagCount + kOpenTag(k)];
  }
  for (size_t i = 1; i < n; ++i) {
    const float* previous = &b.best[(i - 1) * kTagCount];
    float* best = &b.best[i * kTagCount];
    uint8_t* back = &b.back[i * kTagCount];
    float top[kColumns], arg[kColumns];
    BestPredecessors(previous, open, top, arg);
    for (int k = 0; k < kOpen; ++k) {
      const int t = kOpenTag(k);
      best[t] = top[k] + b.emissions[i * kTagCount + t];
      back[t] = static_cast<uint8_t>(arg[k]);
    }
    for (int t = kIPer; t < kTagCount; t += 2) {  // the I- tags
      const float begin = previous[t - 1] + transitions[(t - 1) * kTagCount + t];
      const float inside = previous[t] + transitions[t * kTagCount + t];
      best[t] = (inside > begin ? inside : begin) + b.emissions[i * kTagCount + t];
      back[t] = static_cast<uint8_t>(inside > begin ? t : t - 1);
    }
  }
  const float* last = &b.best[(n - 1) * kTagCount];
  int tag = static_cast<int>(std::max_element(last, last + kTagCount) - last);
  for (size_t i = n; i-- > 0;) {
    tags[i] = static_cast<Tag>(tag);
    tag = b.back[i * kTagCount + tag];
  }
}

}  // namespace

Result<Tagger::EmissionRows> Tagger::EmissionRows::FromDense(std::span<const int16_t> dense) {
  const size_t rows = dense.size() / kTagCount;
  // The reference tag is the one whose largest difference is smallest.
  int32_t spread[kTagCount] = {};
  for (size_t row = 0; row < rows; ++row) {
    const int16_t* w = dense.data() + row * kTagCount;
    int32_t low = w[0], high = w[0];
    for (int t = 1; t < kTagCount; ++t) {
      low = std::min<int32_t>(low, w[t]);
      high = std::max<int32_t>(high, w[t]);
    }
    for (int t = 0; t < kTagCount; ++t) spread[t] = std::max(spread[t], std::max(high - w[t], w[t] - low));
  }
  EmissionRows out;
  out.reference_ = static_cast<int>(std::min_element(spread, spread + kTagCount) - spread);
  if (spread[out.reference_] > std::numeric_limits<int16_t>::max()) {
    return Status::Corruption("emission weights too far apart for int16 rows");
  }
  out.rows_.resize(rows);
  out.reference_weights_.resize(rows);
  for (size_t row = 0; row < rows; ++row) {
    const int16_t* w = dense.data() + row * kTagCount;
    const int16_t base = w[out.reference_];
    out.reference_weights_[row] = base;
    for (int lane = 0; lane < kLanes; ++lane) out.rows_[row].lane[lane] = static_cast<int16_t>(w[out.TagOf(lane)] - base);
  }
  return out;
}

std::vector<int16_t> Tagger::EmissionRows::Dense() const {
  std::vector<int16_t> dense(rows_.size() * kTagCount);
  for (size_t row = 0; row < rows_.size(); ++row) {
    int16_t* w = dense.data() + row * kTagCount;
    w[reference_] = reference_weights_[row];
    for (int lane = 0; lane < kLanes; ++lane) w[TagOf(lane)] = static_cast<int16_t>(rows_[row].lane[lane] + w[reference_]);
  }
  return dense;
}

Tagger::EmissionRows Tagger::Quantize(std::span<const float> weights, float& scale) {
  // A coarser scale only when some row's spread does not fit the tagger's
  // int16 differences (EmissionRows); models/ner.model never needed one.
  std::vector<int16_t> quantized(weights.size());
  while (true) {
    for (size_t i = 0; i < weights.size(); ++i) quantized[i] = static_cast<int16_t>(std::lround(weights[i] / scale));
    auto rows = EmissionRows::FromDense(quantized);
    if (rows.ok()) return std::move(rows).value();
    scale *= 1.125f;
  }
}

Tag TagFromString(std::string_view tag) {
  if (tag.size() < 3) return kO;
  std::string_view type = tag.substr(2);
  int base = type == "PER" ? kBPer : type == "ORG" ? kBOrg : type == "LOC" ? kBLoc : kBMisc;
  return static_cast<Tag>(tag[0] == 'B' ? base : base + 1);
}

Result<std::vector<LabeledSentence>> ReadConllIob2(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound("cannot read CoNLL file '" + path + "'; pass e.g. conll2003/iob2/train.txt");
  std::vector<LabeledSentence> sentences(1);
  std::string line, word, pos, chunk, tag;
  bool document_start = true;
  while (std::getline(in, line)) {
    if (line.empty() || line.rfind("-DOCSTART-", 0) == 0) {
      if (!sentences.back().words.empty()) sentences.emplace_back();
      document_start = document_start || !line.empty();
      continue;
    }
    if (sentences.back().words.empty()) {
      sentences.back().starts_document = document_start;
      document_start = false;
    }
    std::istringstream fields(line);
    fields >> word >> pos >> chunk >> tag;
    sentences.back().words.push_back(word);
    sentences.back().tags.push_back(TagFromString(tag));
  }
  if (sentences.back().words.empty()) sentences.pop_back();
  return sentences;
}

namespace {

// One training example: a sentence, with or without its label history.
struct TrainItem {
  uint32_t sentence;
  bool history;
};

// Collins' structured perceptron with lazily averaged parameters: emission
// weights followed by the transition matrix in one vector, averaged over
// `runs` independent runs. Cost-augmented decoding: see TrainOptions.
std::vector<float> TrainWeights(const std::vector<LabeledSentence>& sentences, std::span<const TrainItem> items,
                                const std::vector<std::vector<uint64_t>>& evidence,
                                const std::vector<std::vector<uint64_t>>& history, const FeatureExtractor& extractor,
                                const WordClusters& clusters, const TrainOptions& options, int runs) {
  const size_t emission_size = (size_t{1} << options.hash_bits) * kTagCount;
  std::vector<float> weights(emission_size + kTransitionCount, 0.0f);
  std::vector<double> totals(weights.size(), 0.0);  // sum of each weight over all steps, kept lazily
  std::vector<uint32_t> stamps(weights.size(), 0);  // step at which each weight last changed
  uint32_t step = 0;
  auto update = [&](size_t index, float delta) {
    totals[index] += static_cast<double>(step - stamps[index]) * weights[index];
    stamps[index] = step;
    weights[index] += delta;
  };
  const float* transitions = weights.data() + emission_size;
  auto transition_index = [&](int previous, int tag) { return emission_size + previous * kTagCount + tag; };
  DecodeBuffers b;
  std::vector<std::string_view> words;
  std::vector<ner::Tag> guess;
  std::vector<size_t> order(items.size());
  std::vector<double> averaged(weights.size(), 0.0);  // sum over runs of each run's averaged weights
  for (int run = 0; run < runs; ++run) {
    std::fill(weights.begin(), weights.end(), 0.0f);
    std::fill(totals.begin(), totals.end(), 0.0);
    std::fill(stamps.begin(), stamps.end(), 0u);
    step = 0;
    std::iota(order.begin(), order.end(), 0);  // every run starts from the same order
    std::mt19937 rng(options.seed + 7919u * static_cast<uint32_t>(run));
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      std::shuffle(order.begin(), order.end(), rng);
      for (size_t o : order) {
        const size_t s = items[o].sentence;
        const LabeledSentence& sentence = sentences[s];
        const size_t n = sentence.words.size();
        words.assign(sentence.words.begin(), sentence.words.end());
        guess.resize(n);
        ++step;
        FindWordFacts(words, clusters, b.facts);
        extractor.Extract(words, b.facts, b.features, evidence[s],
                          items[o].history ? std::span<const uint64_t>(history[s]) : std::span<const uint64_t>());
        Emissions(b.features, n, weights.data(), b.emissions);
        if (options.margin > 0) {
          for (size_t i = 0; i < n; ++i) {
            for (int t = 0; t < kTagCount; ++t) {
              if (t != sentence.tags[i]) b.emissions[i * kTagCount + t] += options.margin;
            }
          }
        }
        Viterbi(n, transitions, b, guess);
        if (std::equal(guess.begin(), guess.end(), sentence.tags.begin())) continue;
        for (size_t i = 0; i < n; ++i) {
          int gold = sentence.tags[i], wrong = guess[i];
          int gold_prev = i == 0 ? Tagger::kStartRow : sentence.tags[i - 1];
          int wrong_prev = i == 0 ? Tagger::kStartRow : guess[i - 1];
          if (gold != wrong) {
            const uint32_t* rows = b.features.RowsOf(i);
            for (int k = 0; k < b.features.counts[i]; ++k) {
              update(static_cast<size_t>(rows[k]) * kTagCount + gold, 1.0f);
              update(static_cast<size_t>(rows[k]) * kTagCount + wrong, -1.0f);
            }
          }
          if (gold != wrong || gold_prev != wrong_prev) {
            update(transition_index(gold_prev, gold), 1.0f);
            update(transition_index(wrong_prev, wrong), -1.0f);
          }
        }
      }
    }
    for (size_t i = 0; i < weights.size(); ++i) {
      totals[i] += static_cast<double>(step - stamps[i]) * weights[i];
      averaged[i] += totals[i] / std::max<uint32_t>(step, 1);
    }
  }
  for (size_t i = 0; i < weights.size(); ++i) weights[i] = static_cast<float>(averaged[i] / runs);
  return weights;
}

uint8_t TypeOf(ner::Tag tag) { return tag == kO ? 0 : static_cast<uint8_t>((tag + 1) / 2); }

}  // namespace

Tagger Tagger::Train(const std::vector<LabeledSentence>& sentences, const TrainOptions& options,
                     WordClusters clusters) {
  Tagger tagger;
  tagger.hash_bits_ = options.hash_bits;
  tagger.clusters_ = std::move(clusters);
  const size_t emission_size = (size_t{1} << options.hash_bits) * kTagCount;
  FeatureExtractor extractor(options.hash_bits, Gazetteer::Builtin(), tagger.clusters_);
  // Documents as [first, last) sentence ranges (they begin at starts_document).
  std::vector<std::pair<size_t, size_t>> documents;
  for (size_t first = 0; first < sentences.size();) {
    size_t last = first + 1;
    while (last < sentences.size() && !sentences[last].starts_document) ++last;
    documents.emplace_back(first, last);
    first = last;
  }
  // Each sentence's share of its document's evidence, found once: features
  // never depend on the weights.
  std::vector<std::vector<uint64_t>> evidence(sentences.size()), history(sentences.size());
  std::vector<std::string_view> document;
  std::vector<uint32_t> ends;
  auto gather = [&](size_t first, size_t last) {
    document.clear();
    ends.clear();
    for (size_t s = first; s < last; ++s) {
      document.insert(document.end(), sentences[s].words.begin(), sentences[s].words.end());
      ends.push_back(static_cast<uint32_t>(document.size()));
    }
  };
  auto split = [&](const std::vector<uint64_t>& found, size_t first, size_t last, int per_word,
                   std::vector<std::vector<uint64_t>>& into) {
    for (size_t s = first; s < last; ++s) {
      const size_t begin = s == first ? 0 : ends[s - first - 1];
      into[s].assign(found.begin() + static_cast<long>(begin * per_word),
                     found.begin() + static_cast<long>(ends[s - first] * size_t(per_word)));
    }
  };
  {
    std::vector<uint64_t> found;
    std::vector<WordFacts> facts;
    for (auto [first, last] : documents) {
      gather(first, last);
      FindWordFacts(document, tagger.clusters_, facts);
      DocumentEvidence(document, facts, ends, found);
      split(found, first, last, kDocumentFeatures, evidence);
    }
  }
  // Jackknifed first-pass tags: each fold of documents is tagged by a
  // one-run model trained on the other folds, so the label history is about
  // as noisy as at tagging time.
  {
    const int folds = std::max(options.history_folds, 2);
    std::vector<uint8_t> types;
    std::vector<uint64_t> found;
    std::vector<WordFacts> facts;
    DecodeBuffers b;
    std::vector<std::string_view> words;
    std::vector<ner::Tag> tags;
    for (int fold = 0; fold < folds; ++fold) {
      std::vector<TrainItem> train;
      for (size_t d = 0; d < documents.size(); ++d) {
        if (static_cast<int>(d % folds) == fold) continue;
        for (size_t s = documents[d].first; s < documents[d].second; ++s) train.push_back({static_cast<uint32_t>(s), false});
      }
      const std::vector<float> w = TrainWeights(sentences, train, evidence, history, extractor, tagger.clusters_, options, 1);
      for (size_t d = fold; d < documents.size(); d += folds) {
        auto [first, last] = documents[d];
        gather(first, last);
        types.clear();
        for (size_t s = first; s < last; ++s) {
          const size_t n = sentences[s].words.size();
          words.assign(sentences[s].words.begin(), sentences[s].words.end());
          tags.resize(n);
          FindWordFacts(words, tagger.clusters_, b.facts);
          extractor.Extract(words, b.facts, b.features, evidence[s]);
          Emissions(b.features, n, w.data(), b.emissions);
          Viterbi(n, w.data() + emission_size, b, tags);
          for (ner::Tag t : tags) types.push_back(TypeOf(t));
        }
        FindWordFacts(document, tagger.clusters_, facts);
        LabelHistory(document, facts, types, found);
        split(found, first, last, kHistoryFeatures, history);
      }
    }
  }
  // One table for both passes: every sentence once without its label history
  // (the first pass) and once with it (the second). History alone: -0.2.
  std::vector<TrainItem> items;
  for (bool with_history : {false, true}) {
    for (size_t s = 0; s < sentences.size(); ++s) items.push_back({static_cast<uint32_t>(s), with_history});
  }
  std::vector<float> weights = TrainWeights(sentences, items, evidence, history, extractor, tagger.clusters_, options,
                                           std::max(options.runs, 1));
  // Store emission weights as int16 with one scale.
  float largest = 0;
  for (size_t i = 0; i < emission_size; ++i) largest = std::max(largest, std::fabs(weights[i]));
  tagger.scale_ = largest > 0 ? largest / 32767.0f : 1.0f;
  tagger.weights_ = Quantize(std::span(weights).first(emission_size), tagger.scale_);
  std::copy(weights.data() + emission_size, weights.data() + emission_size + kTransitionCount, tagger.transitions_);
  return tagger;
}

namespace {

// Words whose tag is O whatever their features say: a word of lower-case
// ASCII letters with no capital (nor any letter outside ASCII) within two
// words of it. A name takes in lower-case words only next to its capitalised
// ones ("Bank of the West", "Salomon Brothers international inc", "Caisse
// d'Epargne de l'Etat"), so these words, most of a news text, cost the tagger
// its time and never a name. CoNLL dev, the Reuters bench corpus and BBC 2005
// come out with the same tags.
enum class WordCase : uint8_t { kPlainLower, kOther, kMayName };
WordCase CaseOf(std::string_view w) {
  WordCase found = w.empty() ? WordCase::kOther : WordCase::kPlainLower;
  for (char c : w) {
    if ((c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) return WordCase::kMayName;
    if (c < 'a' || c > 'z') found = WordCase::kOther;
  }
  return found;
}

void SettledOutside(std::span<const std::string_view> words, std::span<const uint32_t> sentence_ends,
                    std::vector<uint8_t>& settled) {
  thread_local std::vector<WordCase> cases;
  cases.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) cases[i] = CaseOf(words[i]);
  settled.assign(words.size(), 0);
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    for (uint32_t i = begin; i < end; ++i) {
      if (cases[i] != WordCase::kPlainLower) continue;
      bool plain = true;
      for (uint32_t j = std::max(begin + 2, i) - 2; j < std::min(end, i + 3) && plain; ++j)
        plain = cases[j] != WordCase::kMayName;
      settled[i] = plain;
    }
    begin = end;
  }
}

// Only O is left to the settled words.
void SettleOutside(std::span<const uint8_t> settled, std::vector<float>& emissions) {
  for (size_t i = 0; i < settled.size(); ++i) {
    if (!settled[i]) continue;
    for (int t = 0; t < kTagCount; ++t)
      if (t != kO) emissions[i * kTagCount + t] = -1e30f;
  }
}

}  // namespace

void Tagger::TagDocument(std::span<const std::string_view> words, std::span<const uint32_t> sentence_ends,
                         std::span<ner::Tag> tags) const {
  constexpr int kLanes = EmissionRows::kLanes;
  thread_local DecodeBuffers b;
  thread_local std::vector<uint64_t> evidence, history;
  thread_local std::vector<int32_t> sums, sentence_sums;  // of the whole document's first pass; one sentence's second
  thread_local std::vector<uint8_t> types, settled;
  FeatureExtractor extractor(hash_bits_, Gazetteer::Builtin(), clusters_);
  FindWordFacts(words, clusters_, b.facts);
  DocumentEvidence(words, b.facts, sentence_ends, evidence);
  SettledOutside(words, sentence_ends, settled);
  sums.resize(words.size() * kLanes);
  uint32_t begin = 0;
  for (uint32_t end : sentence_ends) {
    const size_t n = end - begin;
    const std::span<const uint8_t> sentence_settled = std::span<const uint8_t>(settled).subspan(begin, n);
    extractor.Extract(words.subspan(begin, n), std::span<const WordFacts>(b.facts).subspan(begin, n), b.features,
                      std::span<const uint64_t>(evidence).subspan(size_t{begin} * kDocumentFeatures, n * kDocumentFeatures),
                      {}, sentence_settled);
    LaneSums(b.features, n, weights_, sums.data() + size_t{begin} * kLanes);
    Emissions(sums.data() + size_t{begin} * kLanes, n, weights_, scale_, b.emissions);
    SettleOutside(sentence_settled, b.emissions);
    Viterbi(n, transitions_, b, tags.subspan(begin, n));
    begin = end;
  }
  // The second pass: the sentences where other mentions of a name were
  // tagged, again with those tags as features, whose rows add to the first
  // pass's sums. A sentence without label history would score as before.
  types.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) types[i] = TypeOf(tags[i]);
  LabelHistory(words, b.facts, types, history);
  begin = 0;
  for (uint32_t end : sentence_ends) {
    const size_t n = end - begin;
    bool any = false;
    sentence_sums.assign(sums.begin() + static_cast<long>(size_t{begin} * kLanes),
                         sums.begin() + static_cast<long>(size_t{end} * kLanes));
    for (size_t i = 0; i < n; ++i) {
      const uint64_t* found = &history[(begin + i) * kHistoryFeatures];
      for (int k = 0; k < kHistoryFeatures; ++k) {
        if (found[k] == 0) continue;
        any = true;
        const int16_t* row = weights_.Row(extractor.RowOf(found[k]));
        for (int lane = 0; lane < kLanes; ++lane) sentence_sums[i * kLanes + lane] += row[lane];
      }
    }
    if (any) {
      Emissions(sentence_sums.data(), n, weights_, scale_, b.emissions);
      SettleOutside(std::span<const uint8_t>(settled).subspan(begin, n), b.emissions);
      Viterbi(n, transitions_, b, tags.subspan(begin, n));
    }
    begin = end;
  }
}

void Tagger::Tag(std::span<const std::string_view> words, std::span<ner::Tag> tags) const {
  const uint32_t end = static_cast<uint32_t>(words.size());
  TagDocument(words, std::span(&end, 1), tags);
}

Status Tagger::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IOError("cannot write NER model '" + path + "'; check the directory exists");
  uint32_t header[3] = {kVersion, static_cast<uint32_t>(hash_bits_), Gazetteer::Builtin().Fingerprint()};
  out.write(kMagic, sizeof kMagic);
  out.write(reinterpret_cast<const char*>(header), sizeof header);
  out.write(reinterpret_cast<const char*>(&scale_), sizeof scale_);
  out.write(reinterpret_cast<const char*>(transitions_), sizeof transitions_);
  clusters_.Write(out);
  const std::vector<int16_t> dense = weights_.Dense();
  out.write(reinterpret_cast<const char*>(dense.data()), static_cast<std::streamsize>(dense.size() * sizeof(int16_t)));
  return out ? Status::Ok() : Status::IOError("failed writing NER model '" + path + "'");
}

Result<Tagger> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("NER model '" + path + "' is missing; build it with newsgraph-train-ner (see models/MODEL.md)");
  }
  char magic[sizeof kMagic];
  uint32_t header[3] = {0, 0, 0};
  in.read(magic, sizeof magic);
  in.read(reinterpret_cast<char*>(header), sizeof header);
  if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || header[0] != kVersion || header[1] < 8 ||
      header[1] > 24) {
    return Status::Corruption("NER model '" + path + "' is not a version-4 newsgraph model; retrain it (models/MODEL.md)");
  }
  if (header[2] != Gazetteer::Builtin().Fingerprint()) {
    return Status::Corruption("NER model '" + path +
                              "' was trained with other gazetteer tables than data/gazetteer; retrain it (models/MODEL.md)");
  }
  Tagger tagger;
  tagger.hash_bits_ = static_cast<int>(header[1]);
  in.read(reinterpret_cast<char*>(&tagger.scale_), sizeof tagger.scale_);
  in.read(reinterpret_cast<char*>(tagger.transitions_), sizeof tagger.transitions_);
  auto clusters = WordClusters::Read(in);
  if (!clusters.ok()) return Status::Corruption("NER model '" + path + "': " + clusters.status().message() + "; retrain it");
  tagger.clusters_ = std::move(clusters).value();
  std::vector<int16_t> dense((size_t{1} << header[1]) * kTagCount);
  in.read(reinterpret_cast<char*>(dense.data()), static_cast<std::streamsize>(dense.size() * sizeof(int16_t)));
  if (!in) return Status::Corruption("NER model '" + path + "' is truncated; retrain it");
  auto rows = EmissionRows::FromDense(dense);
  if (!rows.ok()) return Status::Corruption("NER model '" + path + "': " + rows.status().message() + "; retrain it");
  tagger.weights_ = std::move(rows).value();
  return tagger;
}

}  // namespace newsgraph::ner
