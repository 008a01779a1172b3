#include "link/coreference.h"

#include <algorithm>
#include <span>
#include <cctype>
#include <string>
#include <string_view>

#include "core/ascii.h"
#include "extract/ner_gazetteer.h"
#include "extract/ner_lexicon.h"

namespace newsgraph {
namespace {

// The canonical form of a surface name: brackets of editorial insertions
// dropped ("[Vladimir] Putin" -> "Vladimir Putin").
std::string CanonicalName(std::string_view surface) {
  std::string name;
  name.reserve(surface.size());
  for (char c : surface) {
    if (c != '[' && c != ']') name.push_back(c);
  }
  return name;
}

// Names match in lower case with hyphens as spaces, so "Choe Son-hui"
// matches "Choe Son Hui".
char MatchChar(char c) { return c == '-' ? ' ' : AsciiLower(c); }

std::string MatchKey(std::string_view name) {
  std::string key(name);
  for (char& c : key) c = MatchChar(c);
  return key;
}

// MatchKey(name) == key, without building the name's key: FindEntity asks it
// of every name and alias for every mention.
bool HasMatchKey(std::string_view name, std::string_view key) {
  if (name.size() != key.size()) return false;
  for (size_t i = 0; i < name.size(); ++i)
    if (MatchChar(name[i]) != key[i]) return false;
  return true;
}

std::string_view LastWord(std::string_view name) {
  size_t space = name.rfind(' ');
  return space == std::string_view::npos ? name : name.substr(space + 1);
}

std::string_view FirstWord(std::string_view name) { return name.substr(0, name.find(' ')); }

// The word a bare one-word mention of this person would use.
std::string_view ShortName(std::string_view name) {
  std::string_view first = FirstWord(name);
  return ner::IsFamilyNameFirst(first) && first != name ? first : LastWord(name);
}

struct TitleInfo {
  std::string title;        // "Defense Secretary"; empty when none
  std::string honorific;    // "Mr." when the name follows one
  Gender gender = Gender::kUnknown;
};

// Where a title's "to ..." complement starts when one ends just before token
// `first` ("ambassador to the country Alexander Matsegora"), else `first`.
// A title of the name's own comes first: in "a special advisor to Chancellor
// Gordon Brown" the advisor is someone else.
uint32_t ComplementStart(const Document& doc, uint32_t first) {
  constexpr uint32_t kMaxComplementWords = 4;
  if (first > 0 && doc.tokens[first - 1].kind == TokenKind::kWord && ner::IsTitleWord(doc.TokenText(first - 1)))
    return first;
  for (uint32_t k = first; k >= 2 && first - k <= kMaxComplementWords; --k) {
    if (doc.tokens[k - 1].kind != TokenKind::kWord) break;
    if (doc.TokenText(k - 1) == "to" && doc.tokens[k - 2].kind == TokenKind::kWord &&
        ner::IsTitleWord(doc.TokenText(k - 2))) {
      return k - 1;
    }
  }
  return first;
}

bool InAMention(const Document& doc, Span span) {
  return std::any_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& m) { return m.span.Overlaps(span); });
}

// A word of a title: a title word, or (once a title word follows it) a
// modifier narrowing it ("Interior Minister"), never part of a name
// ("European Union President": the title is "President").
bool IsTitlePart(const Document& doc, const Token& token, bool title_follows, Gender* gender) {
  const std::string_view word = doc.Slice(token.span);
  if (token.kind != TokenKind::kWord || InAMention(doc, token.span)) return false;
  return ner::IsTitleWord(word, gender) || (title_follows && ner::IsTitleModifier(word));
}

// The title of an apposition after a name: ", the defense secretary,",
// ", president of the Northwind Pilots Association,", ", a spokeswoman for
// the union.", ", EA's managing director,": modifiers and title words ending
// in a title word, after an owner's possessive, and an "of"/"for" phrase
// of up to six words when a comma or full stop ends it.
std::string AppositionTitle(const Document& doc, uint32_t comma, Gender* gender) {
  uint32_t k = comma + 1;
  if (k < doc.tokens.size() && (doc.TokenText(k) == "the" || doc.TokenText(k) == "a" || doc.TokenText(k) == "an")) ++k;
  constexpr uint32_t kMaxOwnerWords = 4;
  uint32_t owner_end = k;
  while (owner_end < doc.tokens.size() && owner_end < k + kMaxOwnerWords && doc.tokens[owner_end].kind == TokenKind::kWord)
    ++owner_end;
  if (owner_end > k && owner_end < doc.tokens.size() && doc.tokens[owner_end].kind == TokenKind::kPossessive)
    k = owner_end + 1;
  const uint32_t begin = k;
  uint32_t end = k;  // one past the last title word
  for (; k < doc.tokens.size() && doc.tokens[k].kind == TokenKind::kWord && !InAMention(doc, doc.tokens[k].span); ++k) {
    const std::string_view word = doc.TokenText(k);
    if (ner::IsHonorific(word)) break;  // ", Mr. Lindqvist and ..." starts another name
    if (ner::IsTitleWord(word, gender)) end = k + 1;
    else if (!ner::IsTitleModifier(word)) break;
  }
  if (end == begin) return "";
  if (end < doc.tokens.size() && (doc.TokenText(end) == "of" || doc.TokenText(end) == "for")) {
    constexpr uint32_t kMaxPhraseWords = 6;
    for (uint32_t p = end + 1; p < doc.tokens.size() && p <= end + kMaxPhraseWords; ++p) {
      const std::string_view text = doc.TokenText(p);
      if (text == "," || text == ".") {
        if (p > end + 1) end = p;
        break;
      }
      if (doc.tokens[p].kind != TokenKind::kWord) break;
    }
  }
  return std::string(doc.Slice(Span{doc.tokens[begin].span.begin, doc.tokens[end - 1].span.end}));
}

// The title that opens a sentence and names the person after its comma: "A
// government spokeswoman, Maria Lind, said", "Berg's deputy, Johan Ek,".
// Only at the start of a sentence, where nothing else can be described
// ("Like the president, Smith said" names the president and Smith apart).
std::string TitleBeforeComma(const Document& doc, uint32_t first, Gender* gender) {
  if (first < 2 || doc.TokenText(first - 1) != ",") return "";
  const uint32_t end = first - 1;  // one past the title's last word
  uint32_t k = end;
  Gender found = Gender::kUnknown;
  if (!ner::IsTitleWord(doc.TokenText(k - 1), &found)) return "";
  // Title words, and lower-case modifiers ("A senior government spokeswoman").
  constexpr uint32_t kMaxTitleWords = 5;
  while (k > 0 && end - k < kMaxTitleWords && doc.tokens[k - 1].kind == TokenKind::kWord &&
         !InAMention(doc, doc.tokens[k - 1].span)) {
    const std::string_view word = doc.TokenText(k - 1);
    const bool lower = !word.empty() && word[0] >= 'a' && word[0] <= 'z';
    if (!ner::IsTitleWord(word) && !ner::IsTitleModifier(word) && !(lower && word != "the" && word != "a" && word != "an"))
      break;
    --k;
  }
  const uint32_t begin = k;
  // Before it a determiner, or an owner with its possessive ("Berg's").
  if (k > 0 && doc.tokens[k - 1].kind == TokenKind::kPossessive) {
    --k;
    while (k > 0 && doc.tokens[k - 1].kind == TokenKind::kWord && end - k < 8) --k;
  } else if (k > 0 && (doc.TokenText(k - 1) == "A" || doc.TokenText(k - 1) == "The" || doc.TokenText(k - 1) == "An")) {
    --k;
  }
  const bool opens_sentence = k == 0 || (doc.tokens[k].flags & Token::kParagraphStart) ||
                              (doc.tokens[k - 1].flags & Token::kTerminator);
  if (!opens_sentence || begin == end) return "";
  if (gender) *gender = found;
  return std::string(doc.Slice(Span{doc.tokens[begin].span.begin, doc.tokens[end - 1].span.end}));
}

// Title words immediately before the mention ("Defense Secretary Lloyd
// Austin", "Interior Minister Tomás Herrera"), before a "to ..." complement
// ("ambassador to the country"; the title is "ambassador"), or in an
// apposition after it ("Lloyd Austin, the defense secretary,").
TitleInfo TitleAround(const Document& doc, const Mention& m) {
  TitleInfo info;
  const uint32_t first = doc.TokenAt(m.span.begin);
  const uint32_t title_words_end = ComplementStart(doc, first);
  uint32_t i = title_words_end;
  uint32_t title_end = 0;
  while (i > 0) {
    const Token& prev = doc.tokens[i - 1];
    std::string_view word = doc.Slice(prev.span);
    if (!IsTitlePart(doc, prev, title_end != 0, &info.gender)) break;
    if (ner::IsHonorific(word)) {
      info.honorific = std::string(word);
    } else if (title_end == 0) {
      title_end = prev.span.end;
    }
    --i;
  }
  if (title_end != 0) {
    uint32_t title_begin = doc.tokens[i].span.begin;
    for (uint32_t k = i; k < title_words_end && ner::IsHonorific(doc.Slice(doc.tokens[k].span)); ++k) {
      title_begin = doc.tokens[k + 1].span.begin;
    }
    if (title_begin < title_end) info.title = std::string(doc.Slice(Span{title_begin, title_end}));
  }
  if (!info.title.empty()) return info;
  const uint32_t after = doc.TokenAt(m.span.end);
  if (after + 1 < doc.tokens.size() && doc.TokenText(after) == ",") info.title = AppositionTitle(doc, after, &info.gender);
  if (info.title.empty()) info.title = TitleBeforeComma(doc, first, &info.gender);
  return info;
}

void AddUnique(std::vector<std::string>& list, std::string value) {
  if (!value.empty() && std::find(list.begin(), list.end(), value) == list.end()) list.push_back(std::move(value));
}

// The entity a new mention refers to, or -1. `last_seen` orders candidates so
// a bare "Kim" goes to the most recently mentioned Kim.
// `match_aliases` is false for a city: a capital named as the government
// earlier ("Moscow's ambassador") is an alias of its country, and the city
// itself ("in Moscow") must not join the country through it.
int FindEntity(const Document& doc, const std::vector<size_t>& last_seen, std::string_view name,
               bool match_aliases = true) {
  std::string key = MatchKey(name);
  int best = -1;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const DocEntity& entity = doc.entities[e];
    bool same = HasMatchKey(entity.name, key) ||
                (match_aliases && std::any_of(entity.aliases.begin(), entity.aliases.end(),
                                              [&](const std::string& alias) { return HasMatchKey(alias, key); }));
    // A lone surname is the person even when the tagger typed it otherwise
    // ("Austin" alone looks like the Texas city).
    if (!same && entity.type == EntityType::kPerson && name.find(' ') == std::string_view::npos) {
      same = ShortName(entity.name) == name;
    }
    if (same && (best < 0 || last_seen[e] > last_seen[static_cast<size_t>(best)])) best = static_cast<int>(e);
  }
  return best;
}

// Verbs a government does and a city does not: "Pyongyang has sent troops",
// "Seoul condemned the move". One table.
constexpr std::string_view kGovernmentVerbs[] = {
    "accused", "agreed",   "announced", "called",  "claimed", "condemned", "confirmed", "demanded", "denied",
    "has",     "have",     "insisted",  "insists", "rejected", "responded", "said",     "says",      "sent",
    "threatened", "urged", "wants",     "warned",  "will",     "would"};

// Whether a mention of a national capital stands for its government: the
// tagger called it an organisation, it owns something ("Moscow's
// ambassador"), or a government's verb follows it.
bool NamesTheGovernment(const Document& doc, const Mention& m) {
  if (m.type == EntityType::kOrg) return true;
  const uint32_t after = doc.TokenAt(m.span.end);
  if (after >= doc.tokens.size()) return false;
  if (doc.tokens[after].kind == TokenKind::kPossessive) return true;
  const std::string_view next = doc.TokenText(after);
  return std::any_of(std::begin(kGovernmentVerbs), std::end(kGovernmentVerbs),
                     [&](std::string_view verb) { return EqualsIgnoreCase(next, verb); });
}

// Whether a one-word PERSON mention is in fact a country or a national
// capital: the tagger reads "Madrid would send soldiers" and "Jordan said"
// as people. A person of that name ("Michael Jordan") elsewhere in the
// document keeps it a person.
bool IsPlaceTakenForAPerson(const Document& doc, const Mention& m, std::string_view name) {
  if (m.type != EntityType::kPerson || name.find(' ') != std::string_view::npos) return false;
  const ner::Gazetteer& gazetteer = ner::Gazetteer::Builtin();
  const ner::GazetteerEntry* entry = gazetteer.Find(name);
  if ((entry == nullptr || entry->kind != ner::GazetteerKind::kCountry) && gazetteer.CountryWithCapital(name) == nullptr)
    return false;
  return std::none_of(doc.mentions.begin(), doc.mentions.end(), [&](const Mention& other) {
    const std::string_view text = doc.Slice(other.span);
    return other.type == EntityType::kPerson && text.size() > name.size() && text.ends_with(name) &&
           text[text.size() - name.size() - 1] == ' ';
  });
}

// The gazetteer's facts about a mention of a known country, organisation,
// city or nationality, or null. A country is a PLACE whatever the tagger said
// ("DPRK" is often tagged ORG), so that all its names become one entity.
const ner::GazetteerEntry* KnownEntry(std::string_view name, EntityType& type,
                                      std::span<const std::string_view> countries) {
  const ner::GazetteerEntry* entry = ner::Gazetteer::Builtin().FindPlace(name, countries);
  if (entry == nullptr || type == EntityType::kPerson) return nullptr;
  switch (entry->kind) {
    case ner::GazetteerKind::kCountry:
      type = EntityType::kPlace;
      return entry;
    case ner::GazetteerKind::kOrganization:
      if (type == EntityType::kMisc) type = EntityType::kOrg;
      return type == EntityType::kOrg ? entry : nullptr;
    case ner::GazetteerKind::kCity: return type == EntityType::kPlace ? entry : nullptr;
    case ner::GazetteerKind::kDemonym:
    case ner::GazetteerKind::kGroup: return type == EntityType::kGroup ? entry : nullptr;
  }
  return nullptr;
}

// Capital initials of a name's words: "Korean Central News Agency" -> "KCNA",
// "Democratic People's Republic of Korea" -> "DPRK".
std::string Initials(std::string_view name) {
  std::string initials;
  bool word_start = true;
  for (char c : name) {
    if (word_start && std::isupper(static_cast<unsigned char>(c))) initials.push_back(c);
    word_start = c == ' ' || c == '-';
  }
  return initials;
}

// An acronym defined right after the name it abbreviates ("the Korean Central
// News Agency (KCNA)", "..., or KCNA"): the entity of that name, or -1.
int DefinedAcronymTarget(const Document& doc, size_t mi) {
  if (mi == 0 || doc.mentions[mi - 1].entity < 0) return -1;
  const Mention& m = doc.mentions[mi];
  const Mention& before = doc.mentions[mi - 1];
  if (m.span.begin < before.span.end) return -1;  // overlapping mentions define nothing
  std::string_view between = doc.Slice(Span{before.span.end, m.span.begin});
  while (!between.empty() && between.back() == ' ') between.remove_suffix(1);
  if (between != " (" && between != "(" && between != ", or" && between != " (or") return -1;
  std::string_view acronym = doc.Slice(m.span);
  bool all_caps = acronym.size() >= 2 && std::all_of(acronym.begin(), acronym.end(), [](char c) {
                    return std::isupper(static_cast<unsigned char>(c)) || c == '.';
                  });
  std::string letters;
  for (char c : acronym) {
    if (c != '.') letters.push_back(c);
  }
  return all_caps && letters == Initials(doc.Slice(before.span)) ? before.entity : -1;
}

// Countries the document names, most often named first (earliest on a tie):
// they decide which "Valencia" a city mention is.
std::vector<std::string_view> CountriesNamed(const Document& doc) {
  std::vector<std::pair<std::string_view, int>> counts;  // code, -count
  for (const Mention& m : doc.mentions) {
    const ner::GazetteerEntry* entry = ner::Gazetteer::Builtin().Find(CanonicalName(doc.Slice(m.span)));
    if (entry == nullptr || entry->country_code.empty() || entry->kind == ner::GazetteerKind::kCity) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == entry->country_code; });
    if (it == counts.end()) {
      counts.emplace_back(entry->country_code, -1);
    } else {
      --it->second;
    }
  }
  std::stable_sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  std::vector<std::string_view> codes;
  for (const auto& c : counts) codes.push_back(c.first);
  return codes;
}

}  // namespace

void ResolveWithinDocument(Document& doc) {
  doc.entities.clear();
  const std::vector<std::string_view> countries = CountriesNamed(doc);
  std::vector<size_t> last_seen;
  for (size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    Mention& m = doc.mentions[mi];
    std::string_view surface = doc.Slice(m.span);
    std::string name = CanonicalName(surface);
    TitleInfo title = TitleAround(doc, m);
    if ((!title.title.empty() || !title.honorific.empty()) && m.type == EntityType::kMisc) {
      m.type = EntityType::kPerson;
    }
    if (title.title.empty() && title.honorific.empty() && IsPlaceTakenForAPerson(doc, m, name)) {
      m.type = EntityType::kPlace;
    }
    const ner::GazetteerEntry* known = KnownEntry(name, m.type, countries);
    if (const ner::GazetteerEntry* country = ner::Gazetteer::Builtin().CountryWithCapital(name);
        country != nullptr && (known == nullptr || known->kind == ner::GazetteerKind::kCity) &&
        m.type != EntityType::kPerson && NamesTheGovernment(doc, m)) {
      known = country;
      m.type = EntityType::kPlace;
    }
    std::string canonical = known != nullptr && known->kind != ner::GazetteerKind::kDemonym ? std::string(known->name) : name;
    int e = DefinedAcronymTarget(doc, mi);
    if (e < 0) {
      e = FindEntity(doc, last_seen, canonical,
                     /*match_aliases=*/known == nullptr || known->kind != ner::GazetteerKind::kCity);
    }
    if (e < 0) {
      e = static_cast<int>(doc.entities.size());
      DocEntity entity;
      entity.name = canonical;
      entity.type = m.type;
      if (known != nullptr) {
        entity.country_code = std::string(known->country_code);
        if (known->has_coordinates) {
          entity.latitude = known->latitude;
          entity.longitude = known->longitude;
        }
      }
      doc.entities.push_back(std::move(entity));
      last_seen.push_back(mi);
    }
    DocEntity& entity = doc.entities[static_cast<size_t>(e)];
    m.entity = e;
    m.type = entity.type;
    last_seen[static_cast<size_t>(e)] = mi;
    // Words around a place or an organisation ("US chief executive X") are
    // some person's title, never theirs.
    if (entity.type == EntityType::kPerson) {
      ner::AddTitle(entity.titles, title.title);
      if (entity.gender == Gender::kUnknown) entity.gender = title.gender;
    }
    if (name != entity.name) AddUnique(entity.aliases, name);
    if (surface != name) AddUnique(entity.aliases, std::string(surface));
    if (!title.honorific.empty()) AddUnique(entity.aliases, title.honorific + " " + name);
  }
}

}  // namespace newsgraph
