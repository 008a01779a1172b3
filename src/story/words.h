// Word normalization shared by the story stages (passages, quotes, claims,
// summary): lower-casing, function words and a light suffix stemmer.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"

namespace newsgraph::story {

// ASCII lower case; bytes >= 128 are kept as they are.
std::string Lower(std::string_view word);

// Articles, pronouns, auxiliaries, reporting verbs: words that say nothing
// about what a sentence is about.
bool IsFunctionWord(std::string_view lower_word);

// "evacuated", "evacuees", "evacuation" -> "evacu"; "soldiers" -> "soldier".
// Crude on purpose: it only has to make inflections of one word meet.
std::string Stem(std::string_view lower_word);

// Stems of the content words (kWord tokens, not function words) of tokens
// [first, end) of `doc`, in order.
std::vector<std::string> ContentStems(const Document& doc, uint32_t first, uint32_t end);

// The distinct words of a passage as sorted hashes: sentences and quotes are
// compared pairwise across a story, and comparing two sets is then a merge
// with no allocation.
using WordSet = std::vector<uint64_t>;
WordSet ToWordSet(const std::vector<std::string>& words);

// |a ∩ b| / min(|a|, |b|); 0 when either is empty.
double OverlapCoefficient(const WordSet& a, const WordSet& b);

}  // namespace newsgraph::story
