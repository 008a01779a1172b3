#include "extract/ner_tagger.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <fstream>
#include <numeric>
#include <random>
#include <sstream>

namespace newsgraph::ner {
namespace {

constexpr char kMagic[8] = {'N', 'G', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr uint32_t kVersion = 1;
constexpr int kMaxFeatures = 32;

uint64_t Mix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

uint64_t Seed(uint32_t template_id) { return (14695981039346656037ull ^ template_id) * 1099511628211ull; }

uint64_t LowerMix(uint64_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ static_cast<unsigned char>(std::tolower(c))) * 1099511628211ull;
  return h;
}

// Word shape with runs collapsed: "Lloyd" -> "Xx", "10,000" -> "d,d".
uint64_t ShapeMix(uint64_t h, std::string_view s) {
  char last = 0;
  for (unsigned char c : s) {
    char k = std::isupper(c) ? 'X' : std::islower(c) ? 'x' : std::isdigit(c) ? 'd' : static_cast<char>(c);
    if (k != last) h = (h ^ static_cast<unsigned char>(k)) * 1099511628211ull;
    last = k;
  }
  return h;
}

struct Features {
  std::array<uint32_t, kMaxFeatures> rows;
  int count = 0;
};

// Features of word i that do not depend on earlier tags; the previous tag is
// added by the caller as the last feature.
void Extract(const std::vector<std::string_view>& w, size_t i, int prev_tag, uint32_t mask, Features& f) {
  f.count = 0;
  auto add = [&](uint64_t h) { f.rows[f.count++] = static_cast<uint32_t>(h ^ (h >> 29)) & mask; };
  std::string_view word = w[i];
  static constexpr std::string_view kBoundary = "<s>";
  auto at = [&](long k) { return k < 0 || k >= static_cast<long>(w.size()) ? kBoundary : w[k]; };
  long n = static_cast<long>(i);
  add(Seed(0));
  add(Mix(Seed(1), word));
  add(LowerMix(Seed(2), word));
  add(ShapeMix(Seed(3), word));
  for (size_t k = 1; k <= 4 && k <= word.size(); ++k) {
    add(Mix(Seed(10 + k), word.substr(0, k)));
    add(Mix(Seed(20 + k), word.substr(word.size() - k)));
  }
  add(LowerMix(Seed(4), at(n - 1)));
  add(LowerMix(Seed(5), at(n + 1)));
  add(LowerMix(Seed(6), at(n - 2)));
  add(LowerMix(Seed(7), at(n + 2)));
  add(ShapeMix(Seed(8), at(n - 1)));
  add(ShapeMix(Seed(9), at(n + 1)));
  add(ShapeMix(ShapeMix(Seed(30), at(n - 1)), word));
  add(ShapeMix(ShapeMix(Seed(31), word), at(n + 1)));
  add(LowerMix(LowerMix(Seed(32), at(n - 1)), word));
  add(LowerMix(LowerMix(Seed(33), word), at(n + 1)));
  add(Mix(Seed(34), i == 0 ? "first" : "later"));
  add(Seed(40 + prev_tag));
  add(LowerMix(Seed(60 + prev_tag), word));
  add(ShapeMix(Seed(80 + prev_tag), word));
}

int Best(const std::vector<float>& weights, const Features& f) {
  std::array<float, kTagCount> score{};
  for (int k = 0; k < f.count; ++k) {
    const float* row = &weights[static_cast<size_t>(f.rows[k]) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) score[t] += row[t];
  }
  return static_cast<int>(std::max_element(score.begin(), score.end()) - score.begin());
}

}  // namespace

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
  while (std::getline(in, line)) {
    if (line.empty() || line.rfind("-DOCSTART-", 0) == 0) {
      if (!sentences.back().words.empty()) sentences.emplace_back();
      continue;
    }
    std::istringstream fields(line);
    fields >> word >> pos >> chunk >> tag;
    sentences.back().words.push_back(word);
    sentences.back().tags.push_back(TagFromString(tag));
  }
  if (sentences.back().words.empty()) sentences.pop_back();
  return sentences;
}

Tagger Tagger::Train(const std::vector<LabeledSentence>& sentences, const TrainOptions& options) {
  Tagger tagger;
  tagger.hash_bits_ = options.hash_bits;
  size_t size = (size_t{1} << options.hash_bits) * kTagCount;
  uint32_t mask = (1u << options.hash_bits) - 1;
  tagger.weights_.assign(size, 0.0f);
  std::vector<float> totals(size, 0.0f);    // sum of weights over all steps, kept lazily
  std::vector<uint32_t> stamps(size, 0);    // step at which each weight last changed
  uint32_t step = 0;
  auto update = [&](size_t index, float delta) {
    totals[index] += static_cast<float>(step - stamps[index]) * tagger.weights_[index];
    stamps[index] = step;
    tagger.weights_[index] += delta;
  };
  std::vector<size_t> order(sentences.size());
  std::iota(order.begin(), order.end(), 0);
  std::mt19937 rng(options.seed);
  std::vector<std::string_view> words;
  Features f;
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t s : order) {
      const LabeledSentence& sentence = sentences[s];
      words.assign(sentence.words.begin(), sentence.words.end());
      int prev = kO;
      for (size_t i = 0; i < words.size(); ++i) {
        ++step;
        Extract(words, i, prev, mask, f);
        int guess = Best(tagger.weights_, f);
        int gold = sentence.tags[i];
        if (guess != gold) {
          for (int k = 0; k < f.count; ++k) {
            size_t row = static_cast<size_t>(f.rows[k]) * kTagCount;
            update(row + gold, 1.0f);
            update(row + guess, -1.0f);
          }
        }
        prev = gold;
      }
    }
  }
  for (size_t i = 0; i < size; ++i) {
    totals[i] += static_cast<float>(step - stamps[i]) * tagger.weights_[i];
    tagger.weights_[i] = totals[i] / static_cast<float>(std::max<uint32_t>(step, 1));
  }
  return tagger;
}

void Tagger::Tag(const std::vector<std::string_view>& words, std::vector<ner::Tag>& tags) const {
  uint32_t mask = (1u << hash_bits_) - 1;
  Features f;
  int prev = kO;
  for (size_t i = 0; i < words.size(); ++i) {
    Extract(words, i, prev, mask, f);
    prev = Best(weights_, f);
    tags[i] = static_cast<ner::Tag>(prev);
  }
}

Status Tagger::Save(const std::string& path) const {
  std::ofstream out(path, std::ios::binary);
  if (!out) return Status::IOError("cannot write NER model '" + path + "'; check the directory exists");
  uint32_t header[2] = {kVersion, static_cast<uint32_t>(hash_bits_)};
  out.write(kMagic, sizeof kMagic);
  out.write(reinterpret_cast<const char*>(header), sizeof header);
  out.write(reinterpret_cast<const char*>(weights_.data()), static_cast<std::streamsize>(weights_.size() * sizeof(float)));
  return out ? Status::Ok() : Status::IOError("failed writing NER model '" + path + "'");
}

Result<Tagger> Tagger::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return Status::NotFound("NER model '" + path + "' is missing; build it with newsgraph-train-ner (see models/MODEL.md)");
  }
  char magic[sizeof kMagic];
  uint32_t header[2] = {0, 0};
  in.read(magic, sizeof magic);
  in.read(reinterpret_cast<char*>(header), sizeof header);
  if (!in || std::memcmp(magic, kMagic, sizeof kMagic) != 0 || header[0] != kVersion || header[1] < 8 ||
      header[1] > 24) {
    return Status::Corruption("NER model '" + path + "' is not a version-1 newsgraph model; retrain it");
  }
  Tagger tagger;
  tagger.hash_bits_ = static_cast<int>(header[1]);
  tagger.weights_.resize((size_t{1} << header[1]) * kTagCount);
  in.read(reinterpret_cast<char*>(tagger.weights_.data()),
          static_cast<std::streamsize>(tagger.weights_.size() * sizeof(float)));
  if (!in) return Status::Corruption("NER model '" + path + "' is truncated; retrain it");
  return tagger;
}

}  // namespace newsgraph::ner
