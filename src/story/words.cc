#include "story/words.h"

#include <algorithm>
#include <array>
#include <functional>

#include "core/ascii.h"

namespace newsgraph::story {

bool IsFunctionWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "a", "about", "after", "again", "all", "also", "an", "and", "any", "are", "as", "at", "be",
      "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "for",
      "from", "had", "has", "have", "he", "her", "here", "him", "his", "i", "if", "in", "into", "is",
      "it", "its", "just", "may", "might", "more", "most", "my", "no", "not", "of", "on",
      "or", "our", "out", "over", "said", "says", "she", "should", "so", "some", "than", "that",
      "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "told",
      "too", "up", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while",
      "who", "will", "with", "would", "you", "your", "added", "according"};
  static const WordList kList(kWords);
  return kList.Contains(w);
}

std::string_view StemOf(std::string_view w) {
  // Longest suffix first; the stem keeps at least four bytes so short words
  // ("dies", "used") are left alone rather than mangled.
  static constexpr std::string_view kSuffixes[] = {
      "ations", "ation", "ements", "ement", "ments", "ment", "ated", "ates", "ate", "ions", "ion",
      "ing", "ees", "ies", "ed", "es", "s"};
  // The suffixes by their last byte, in the same order: most words end in a
  // byte no suffix ends in, and the rest need try only a few.
  static const auto kByLastByte = [] {
    std::array<std::vector<std::string_view>, 256> table;
    for (std::string_view suffix : kSuffixes) table[static_cast<unsigned char>(suffix.back())].push_back(suffix);
    return table;
  }();
  if (w.empty()) return w;
  for (std::string_view suffix : kByLastByte[static_cast<unsigned char>(w.back())]) {
    if (w.size() >= suffix.size() + 4 && w.ends_with(suffix)) {
      std::string_view stem = w.substr(0, w.size() - suffix.size());
      // "evacuee" and "evacuate" both reduce to "evacu".
      if (stem.ends_with("e")) stem.remove_suffix(1);
      return stem;
    }
  }
  if (w.size() >= 5 && (w.ends_with("e") || w.ends_with("y"))) return w.substr(0, w.size() - 1);
  return w;
}

namespace {

// Calls `use` with the stem of each content word of tokens [first, end).
template <typename Use>
void ForEachContentStem(const Document& doc, uint32_t first, uint32_t end, Use use) {
  std::string lower;  // one buffer for every word
  for (uint32_t i = first; i < end && i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    const std::string_view word = doc.TokenText(i);
    lower.resize(word.size());
    std::transform(word.begin(), word.end(), lower.begin(), [](char c) { return AsciiLower(c); });
    if (lower.size() < 3 || IsFunctionWord(lower)) continue;
    use(StemOf(lower));
  }
}

}  // namespace

std::string Stem(std::string_view w) { return std::string(StemOf(w)); }

std::vector<std::string> ContentStems(const Document& doc, uint32_t first, uint32_t end) {
  std::vector<std::string> stems;
  ForEachContentStem(doc, first, end, [&](std::string_view stem) { stems.emplace_back(stem); });
  return stems;
}

uint64_t WordHash(std::string_view word) { return std::hash<std::string_view>{}(word); }

std::vector<uint64_t> ContentStemHashes(const Document& doc, uint32_t first, uint32_t end) {
  std::vector<uint64_t> hashes;
  ForEachContentStem(doc, first, end, [&](std::string_view stem) { hashes.push_back(WordHash(stem)); });
  return hashes;
}

WordSet ToWordSet(std::vector<uint64_t> word_hashes) {
  std::sort(word_hashes.begin(), word_hashes.end());
  word_hashes.erase(std::unique(word_hashes.begin(), word_hashes.end()), word_hashes.end());
  return word_hashes;
}

double OverlapCoefficient(const WordSet& a, const WordSet& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) ++i;
    else if (b[j] < a[i]) ++j;
    else ++common, ++i, ++j;
  }
  return static_cast<double>(common) / static_cast<double>(std::min(a.size(), b.size()));
}

}  // namespace newsgraph::story
