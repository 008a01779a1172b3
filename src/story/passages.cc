#include "story/passages.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <unordered_map>

namespace newsgraph::story {
namespace {

constexpr int kShingleWords = 8;
constexpr int kMinHashes = 64;
constexpr int kRowsPerBand = 2;  // 32 bands: pairs with Jaccard >= ~0.2 almost always meet
constexpr double kReprintCoverage = 0.5;
constexpr size_t kPartnersPerBucket = 8;

uint64_t Mix(uint64_t x) {
  // splitmix64 finalizer: a cheap, well-spread hash family when seeded by xor.
  x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27; x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

struct MinHashSeeds {
  uint64_t seed[kMinHashes];
  constexpr MinHashSeeds() : seed() {
    for (int f = 0; f < kMinHashes; ++f) seed[f] = 0x9e3779b97f4a7c15ULL * (f + 1);
  }
};
constexpr MinHashSeeds kSeeds;

// The signature is 64 hashes of every shingle, most of a story's passage
// analysis. The same arithmetic runs eight hashes at a time where the CPU has
// 64-bit vector multiplies (x86-64-v4, AVX-512), one at a time elsewhere; the
// bytes are the same either way.
__attribute__((target_clones("arch=x86-64-v4", "default")))
void MinHash(const std::vector<uint64_t>& shingles, uint64_t* signature) {
  for (uint64_t h : shingles)
    for (int f = 0; f < kMinHashes; ++f) signature[f] = std::min(signature[f], Mix(h ^ kSeeds.seed[f]));
}

struct Shingled {
  std::vector<uint32_t> words;     // token indices of words and numbers
  std::vector<uint64_t> shingles;  // hash of words[p .. p + kShingleWords)
  std::vector<uint64_t> signature;
};

Shingled Shingle(const Document& doc) {
  Shingled s;
  std::vector<uint64_t> word_hash;
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    const TokenKind kind = doc.tokens[i].kind;
    if (kind != TokenKind::kWord && kind != TokenKind::kNumber) continue;
    uint64_t h = 1469598103934665603ULL;  // FNV-1a, case-folded so headline case does not matter
    for (char c : doc.TokenText(i)) {
      const auto u = static_cast<unsigned char>(c);
      h = (h ^ (u >= 'A' && u <= 'Z' ? u + 32 : u)) * 1099511628211ULL;
    }
    s.words.push_back(i);
    word_hash.push_back(h);
  }
  for (size_t p = 0; p + kShingleWords <= word_hash.size(); ++p) {
    uint64_t h = 0;
    for (int k = 0; k < kShingleWords; ++k) h = Mix(h * 31 + word_hash[p + k]);
    s.shingles.push_back(h);
  }
  s.signature.assign(kMinHashes, UINT64_MAX);
  MinHash(s.shingles, s.signature.data());
  return s;
}

struct Run { size_t a, b, shingles; };

// Maximal runs of consecutive shingles that both documents share, in b's order.
std::vector<Run> Align(const Shingled& a, const Shingled& b) {
  std::unordered_map<uint64_t, size_t> first_in_a;
  for (size_t p = 0; p < a.shingles.size(); ++p) first_in_a.emplace(a.shingles[p], p);
  std::vector<Run> runs;
  for (size_t j = 0; j < b.shingles.size();) {
    auto it = first_in_a.find(b.shingles[j]);
    if (it == first_in_a.end()) { ++j; continue; }
    size_t n = 1;
    while (it->second + n < a.shingles.size() && j + n < b.shingles.size() &&
           a.shingles[it->second + n] == b.shingles[j + n])
      ++n;
    runs.push_back({it->second, j, n});
    j += n;
  }
  return runs;
}

Span WordsSpan(const Document& doc, const Shingled& s, size_t first_shingle, size_t shingles) {
  const size_t last_word = first_shingle + shingles - 1 + kShingleWords - 1;
  return {doc.tokens[s.words[first_shingle]].span.begin, doc.tokens[s.words[last_word]].span.end};
}

}  // namespace

PassageAnalysis AnalyzePassages(const std::vector<const Document*>& documents) {
  const size_t n = documents.size();
  PassageAnalysis result;
  result.original.resize(n);
  for (size_t i = 0; i < n; ++i) result.original[i] = static_cast<int>(i);
  if (n < 2) return result;  // a story of one article (as many are) shares no passage
  std::vector<Shingled> shingled;
  shingled.reserve(n);
  for (const Document* d : documents) shingled.push_back(Shingle(*d));

  std::set<std::pair<size_t, size_t>> candidates;
  for (int band = 0; band * kRowsPerBand < kMinHashes; ++band) {
    std::unordered_map<uint64_t, std::vector<size_t>> buckets;
    for (size_t i = 0; i < n; ++i) {
      if (shingled[i].shingles.empty()) continue;
      uint64_t key = band;
      for (int r = 0; r < kRowsPerBand; ++r) key = Mix(key * 31 + shingled[i].signature[band * kRowsPerBand + r]);
      buckets[key].push_back(i);
    }
    // Each document meets only its nearest earlier bucket-mates: wire copy
    // reprinted by hundreds of outlets would otherwise make every pair a
    // candidate, and a chain of reprints still leads back to the original.
    for (const auto& [key, members] : buckets)
      for (size_t y = 1; y < members.size(); ++y)
        for (size_t x = y > kPartnersPerBucket ? y - kPartnersPerBucket : 0; x < y; ++x)
          candidates.insert({members[x], members[y]});
  }

  std::vector<int> copy_of(n, -1);
  for (const auto& [a, b] : candidates) {
    const auto runs = Align(shingled[a], shingled[b]);
    if (runs.empty()) continue;
    size_t words_a = 0, words_b = 0;
    for (const Run& r : runs) {
      result.passages.push_back({documents[a]->id, documents[b]->id,
                                 WordsSpan(*documents[a], shingled[a], r.a, r.shingles),
                                 WordsSpan(*documents[b], shingled[b], r.b, r.shingles)});
      words_a += r.shingles + kShingleWords - 1;
      words_b += r.shingles + kShingleWords - 1;
    }
    const double cover_a = static_cast<double>(words_a) / shingled[a].words.size();
    const double cover_b = static_cast<double>(words_b) / shingled[b].words.size();
    if (std::max(cover_a, cover_b) < kReprintCoverage) continue;
    const Document& da = *documents[a];
    const Document& db = *documents[b];
    auto credits = [](const Document& copy, const Document& original) {
      return !original.source.empty() && copy.text.find(original.source) != std::string::npos;
    };
    const bool b_credits_a = credits(db, da), a_credits_b = credits(da, db);
    bool b_is_copy;
    if (b_credits_a != a_credits_b) b_is_copy = b_credits_a;
    else if (cover_a != cover_b) b_is_copy = cover_b > cover_a;
    else b_is_copy = da.date.value_or(Date{}) <= db.date.value_or(Date{});
    const size_t copy = b_is_copy ? b : a, original = b_is_copy ? a : b;
    if (copy_of[copy] < 0) copy_of[copy] = static_cast<int>(original);
  }
  for (size_t i = 0; i < n; ++i) {
    int root = static_cast<int>(i);
    // Bounded walk: a cycle (two copies of a missing original) stops at n steps.
    for (size_t steps = 0; copy_of[root] >= 0 && steps < n; ++steps) root = copy_of[root];
    result.original[i] = root;
  }
  return result;
}

}  // namespace newsgraph::story
