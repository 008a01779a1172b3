#pragma once
// ASCII case folding for the word tables the extractors compare against.
// Inline, as std::tolower does in the "C" locale the program runs under, but
// without a library call per character: these run on nearly every word.

#include <algorithm>
#include <string>
#include <string_view>

namespace newsgraph {

constexpr char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// A copy in ASCII lower case; bytes >= 128 are kept as they are.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = AsciiLower(c);
  return out;
}

// "Said" equals "said"; only ASCII letters fold.
constexpr bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return AsciiLower(x) == AsciiLower(y); });
}

}  // namespace newsgraph
