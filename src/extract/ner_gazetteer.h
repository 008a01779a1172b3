// Public facts about names: countries (with their aliases and demonyms),
// cities with coordinates, international organisations and their acronyms,
// religious and political groups. The tables are data/gazetteer/*.tsv,
// compiled into the library (see data/gazetteer/SOURCES.md for where they
// come from), so the tagger's gazetteer features always match what it was
// trained with.
//
// Lookups ignore case and punctuation ("U.S." = "US"), except that an
// all-capitals acronym entry ("WHO") only matches all-capitals text, and
// never allocate.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace newsgraph::ner {

// In order of precedence when two entries share a name ("Georgia" the
// country before any city of that name).
enum class GazetteerKind : uint8_t { kCountry, kOrganization, kDemonym, kGroup, kCity };
inline constexpr int kGazetteerKindCount = 5;

struct GazetteerEntry {
  GazetteerKind kind = GazetteerKind::kCity;
  std::string_view name;          // canonical: "North Korea" for "DPRK", "NATO" for its full name
  std::string_view country_code;  // ISO 3166-1 alpha-2 for countries, cities and demonyms
  bool has_coordinates = false;
  double latitude = 0, longitude = 0;
};

class Gazetteer {
 public:
  // The tables compiled from data/gazetteer; parsed on first use, then shared
  // read-only by every thread.
  static const Gazetteer& Builtin();

  // The entry named exactly `name` (modulo case and punctuation), or null.
  const GazetteerEntry* Find(std::string_view name) const;

  // Like Find, but a city of that name in one of `countries` (ISO codes, in
  // order of preference) wins over the default: "Valencia" is the Spanish
  // one in a story that names Spain.
  const GazetteerEntry* FindPlace(std::string_view name, std::span<const std::string_view> countries) const;

  // The country whose national capital is `city` ("Pyongyang" -> North
  // Korea), or null: news names a government by its seat ("Moscow said").
  const GazetteerEntry* CountryWithCapital(std::string_view city) const;

  // The longest entry spelled by words[i], words[i+1], ...: sets *entry and
  // returns its word count, or 0 when none starts at i. Only capitalised
  // words start or end a match ("of" may sit inside one).
  size_t LongestMatch(std::span<const std::string_view> words, size_t i, const GazetteerEntry** entry) const;

  // Changes whenever the tables change; a model trained with gazetteer
  // features records it.
  uint32_t Fingerprint() const { return fingerprint_; }

  static constexpr size_t kMaxWords = 8;

 private:
  Gazetteer();
  void Add(std::string_view surface, uint32_t entry);
  void LongestKeys();  // fills first_words_' lengths once every name is in
  const GazetteerEntry* FindKey(std::string& key, bool acronym_form) const;

  std::vector<GazetteerEntry> entries_;
  std::unordered_map<std::string, uint32_t> by_key_;
  std::unordered_map<std::string, std::vector<uint32_t>> cities_;  // every city of a name, best first
  std::unordered_map<std::string, uint32_t> capitals_;  // key of a capital's name -> its country
  // Key of each name's first word (most lookups stop here) -> the longest
  // name key that begins with it, where a longer match cannot exist.
  std::unordered_map<std::string, size_t> first_words_;
  uint32_t fingerprint_ = 0;
};

}  // namespace newsgraph::ner
