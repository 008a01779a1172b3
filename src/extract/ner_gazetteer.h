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
  // Name keys to values by open addressing over one pool, each slot keeping
  // its key's hash so most probes skip the compare: the tagger looks up
  // every capitalised word, and std::unordered_map's string hashing and
  // node reads were most of that.
  class KeyTable {
   public:
    // Adds `key` unless it is there already (the first value stays).
    void Insert(std::string_view key, uint32_t value);
    const uint32_t* Find(std::string_view key) const;
    uint32_t* Find(std::string_view key);
    template <typename Fn>
    void ForEach(Fn&& fn) {  // fn(key, value&)
      for (Slot& slot : slots_) {
        if (slot.length > 0) fn(std::string_view(pool_).substr(slot.offset, slot.length), slot.value);
      }
    }
    size_t size() const { return size_; }

   private:
    struct Slot {
      uint64_t hash = 0;
      uint32_t offset = 0;  // of the key in pool_
      uint32_t length = 0;  // 0: an empty slot
      uint32_t value = 0;
    };
    // Where `key` is stored, or the empty slot where it would go.
    size_t SlotIndex(std::string_view key, uint64_t hash) const;

    std::string pool_;
    std::vector<Slot> slots_;
    size_t size_ = 0;
  };

  Gazetteer();
  void Add(std::string_view surface, uint32_t entry);
  void LongestKeys();  // fills first_words_' lengths once every name is in
  // `key` is a name key with one byte free before it, where the acronym mark goes.
  const GazetteerEntry* FindKey(char* key, size_t length, bool acronym_form) const;

  std::vector<GazetteerEntry> entries_;
  KeyTable by_key_;
  std::unordered_map<std::string, std::vector<uint32_t>> cities_;  // every city of a name, best first
  std::unordered_map<std::string, uint32_t> capitals_;  // key of a capital's name -> its country
  // Key of each name's first word (most lookups stop here) -> the length of
  // the longest name key that begins with it, where a longer match cannot exist.
  KeyTable first_words_;
  size_t longest_first_word_ = 0;  // of those keys
  size_t longest_key_ = 0;         // of any name
  uint32_t fingerprint_ = 0;
};

}  // namespace newsgraph::ner
