// Word normalization shared by the story stages (passages, quotes, claims,
// summary): lower-casing, function words and a light suffix stemmer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/document.h"

namespace newsgraph::story {

// Hashes a string_view, so that a table keyed by std::string is looked up
// with std::equal_to<> without building a string per lookup.
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Membership in a fixed list of words, by hash: the lists are asked once
// per word of every article, and most words are in none.
class WordList {
 public:
  template <size_t N>
  explicit WordList(const std::string_view (&words)[N]) : words_(std::begin(words), std::end(words)) {}
  bool Contains(std::string_view word) const { return words_.count(word) != 0; }

 private:
  std::unordered_set<std::string_view> words_;
};

// Articles, pronouns, auxiliaries, reporting verbs: words that say nothing
// about what a sentence is about.
bool IsFunctionWord(std::string_view lower_word);

// "evacuated", "evacuees", "evacuation" -> "evacu"; "soldiers" -> "soldier".
// Crude on purpose: it only has to make inflections of one word meet. A stem
// is always a prefix of its word: StemOf's view points into `lower_word`.
std::string_view StemOf(std::string_view lower_word);
std::string Stem(std::string_view lower_word);

// Stems of the content words (kWord tokens, not function words) of tokens
// [first, end) of `doc`, in order.
std::vector<std::string> ContentStems(const Document& doc, uint32_t first, uint32_t end);

// The hash of a word as a WordSet holds it.
uint64_t WordHash(std::string_view word);

// ContentStems as hashes, in order: what the stages that only compare
// passages need, without spelling out a string per word.
std::vector<uint64_t> ContentStemHashes(const Document& doc, uint32_t first, uint32_t end);

// The distinct words of a passage as sorted hashes: sentences and quotes are
// compared pairwise across a story, and comparing two sets is then a merge
// with no allocation.
using WordSet = std::vector<uint64_t>;
WordSet ToWordSet(std::vector<uint64_t> word_hashes);

// |a ∩ b| / min(|a|, |b|); 0 when either is empty.
double OverlapCoefficient(const WordSet& a, const WordSet& b);

}  // namespace newsgraph::story
