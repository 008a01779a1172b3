#include "extract/entities.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

#include "extract/ner_gazetteer.h"
#include "extract/ner_lexicon.h"

// The trained tagger (models/ner.model) proposes BIO spans; the lexicon trims
// titles off person spans, the gazetteer turns nationalities and groups into
// GROUP, and a document pass finds names the tagger missed on a later mention.
namespace newsgraph {
namespace {

// A name of several words ending in one of these is an organisation's,
// whatever else the tagger took it for ("State Environmental Protection
// Agency" as a person, "the Scottish Parliament" as a name of no type). Left
// out are heads that also end places and buildings: Bank (West Bank), Union
// (Soviet Union), Federation (Russian Federation), Office (Oval Office),
// Court, Centre, Hospital, Church.
bool IsOrganisationHead(std::string_view word) {
  static constexpr std::string_view kHeads[] = {
      "Agency",      "Airlines",   "Airways",     "Army",      "Assembly",     "Association",  "Authority",
      "Bureau",      "College",    "Commission",  "Committee", "Company",      "Corp",         "Corporation",
      "Council",     "Department", "Foundation",  "Fund",      "Inc",          "Institute",    "Institution",
      "Ltd",         "Ministry",   "Organisation", "Organization", "Parliament", "Party",       "Plc",
      "Police",      "Service",    "Society",     "University"};
  return std::find(std::begin(kHeads), std::end(kHeads), word) != std::end(kHeads);
}

bool EndsWithOrganisationHead(std::string_view name) {
  const size_t space = name.find_last_of(" \n\t");
  if (space == std::string_view::npos) return false;
  std::string_view last = name.substr(space + 1);
  if (last.ends_with('.')) last.remove_suffix(1);  // "Inc."
  return IsOrganisationHead(last);
}

// Type of a tagged span; a MISC span naming a nationality or a group is GROUP.
EntityType ReportType(const Document& doc, int base_tag, Span span) {
  if (EndsWithOrganisationHead(doc.Slice(span))) return EntityType::kOrg;
  switch (base_tag) {
    case ner::kBPer: return EntityType::kPerson;
    case ner::kBOrg: return EntityType::kOrg;
    case ner::kBLoc: return EntityType::kPlace;
    default: break;
  }
  const ner::GazetteerEntry* entry = ner::Gazetteer::Builtin().Find(doc.Slice(span));
  bool group = entry != nullptr && (entry->kind == ner::GazetteerKind::kDemonym || entry->kind == ner::GazetteerKind::kGroup);
  return group ? EntityType::kGroup : EntityType::kMisc;
}

bool IsNamePart(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

// Title-case headlines ("Glenn Beck Says Trump Poses A Threat") run names
// into the verb after them; these verbs end a name, they are never in one.
bool IsHeadlineVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "Says",   "Said",    "Tells",  "Told",    "Warns",  "Claims",   "Denies", "Urges",  "Vows",
      "Slams",  "Blasts",  "Asks",   "Admits",  "Insists", "Responds", "Rips",  "Praises", "Accuses",
      "Defends", "Explains", "Reveals", "Predicts", "Thinks", "Wants", "Calls", "Hits", "Endorses"};
  return std::find(std::begin(kVerbs), std::end(kVerbs), w) != std::end(kVerbs);
}

// Turns BIO tags over tokens [begin, end) into mentions, trimming titles,
// possessives and punctuation from the edges of each span.
void EmitSpans(Document& doc, uint32_t begin, const std::vector<ner::Tag>& tags) {
  size_t i = 0;
  while (i < tags.size()) {
    if (tags[i] == ner::kO) {
      ++i;
      continue;
    }
    int base = tags[i] % 2 == 1 ? tags[i] : tags[i] - 1;
    size_t j = i + 1;
    // An editorial insertion continues the name: "[Vladimir] Putin".
    auto name_follows = [&](size_t k) {
      return k < tags.size() && (doc.tokens[begin + k].flags & Token::kCapitalized) != 0;
    };
    while (j < tags.size()) {
      if (tags[j] == base + 1) {
        ++j;
      } else if (doc.Slice(doc.tokens[begin + j].span) == "]" && name_follows(j + 1)) {
        j += 2;
      } else {
        break;
      }
    }
    uint32_t first = begin + static_cast<uint32_t>(i), last = begin + static_cast<uint32_t>(j - 1);
    // A person title at the front is not part of the name, and shows the
    // rest is a person whatever the tagger's type ("Defense Secretary ..."),
    // unless the name is an organisation's ("General Motors Corp").
    const bool organisation =
        EndsWithOrganisationHead(doc.Slice(Span{doc.tokens[first].span.begin, doc.tokens[last].span.end}));
    bool after_title = false;
    while (first <= last && (!IsNamePart(doc.tokens[first]) ||
                             (!organisation && ner::IsTitleWord(doc.Slice(doc.tokens[first].span))))) {
      after_title = after_title || IsNamePart(doc.tokens[first]);
      ++first;
    }
    after_title = after_title || (first > 0 && first <= last && doc.tokens[first - 1].kind == TokenKind::kWord &&
                                  ner::IsTitleWord(doc.Slice(doc.tokens[first - 1].span)));
    if (after_title && first <= last) base = ner::kBPer;
    for (uint32_t t = first + 1; t <= last; ++t) {
      if (IsHeadlineVerb(doc.Slice(doc.tokens[t].span))) {
        last = t - 1;
        break;
      }
    }
    while (last > first && !IsNamePart(doc.tokens[last])) --last;
    if (first <= last && IsNamePart(doc.tokens[first])) {
      // An opening bracket belongs to the name only when its closing one is
      // inside it: "[Vladimir] Putin", but not "[North Korean] troops".
      bool closes_inside = false;
      for (uint32_t k = first; k < last; ++k) closes_inside = closes_inside || doc.Slice(doc.tokens[k].span) == "]";
      if (closes_inside && first > 0 && doc.Slice(doc.tokens[first - 1].span) == "[") --first;
      if (first >= 3 && doc.Slice(doc.tokens[first - 1].span) == "]" &&
          doc.Slice(doc.tokens[first - 3].span) == "[" && (doc.tokens[first - 2].flags & Token::kCapitalized)) {
        first -= 3;
      }
      Span span{doc.tokens[first].span.begin, doc.tokens[last].span.end};
      doc.mentions.push_back({span, ReportType(doc, base, span), -1});
    }
    i = j;
  }
}

// A name split by the tagger into two adjacent spans. A person's ("Choe" +
// "Son-hui", the given name typed MISC): English news never writes a person
// name directly followed by another person or a MISC name without
// punctuation, so the two are one name. An organisation named with its
// nationality ("Spanish" + "Red Cross", "Russian" + "Foreign Ministry"): a
// nationality right before an organisation's name is part of it. An
// organisation named after a person ("John" + "Coltrane Foundation"): the
// person's name is the front of the organisation's.
void JoinSplitNames(Document& doc) {
  size_t out = 0;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    Mention& m = doc.mentions[i];
    if (out > 0) {
      Mention& previous = doc.mentions[out - 1];
      std::string_view between = doc.Slice(Span{previous.span.end, m.span.begin});
      const bool person = previous.type == EntityType::kPerson &&
                          (m.type == EntityType::kPerson || m.type == EntityType::kMisc);
      const bool national_org = previous.type == EntityType::kGroup && m.type == EntityType::kOrg;
      const bool named_org = previous.type == EntityType::kPerson && m.type == EntityType::kOrg &&
                             EndsWithOrganisationHead(doc.Slice(m.span));
      if ((person || national_org || named_org) && between == " ") {
        previous.span.end = m.span.end;
        previous.type = m.type == EntityType::kOrg ? EntityType::kOrg : previous.type;
        continue;
      }
    }
    doc.mentions[out++] = m;
  }
  doc.mentions.resize(out);
}

bool IsCapitalisedWord(const Token& t) { return t.kind == TokenKind::kWord && (t.flags & Token::kCapitalized); }

// Names the tagger missed on a later mention, found from what it did find
// in the same document: the words after an honorific ("Ms. Singh"), a name
// seen before ("Pentagon"), and a person's surname alone ("Singh").
void AddMissedMentions(Document& doc) {
  std::vector<bool> covered(doc.tokens.size(), false);
  std::unordered_map<std::string_view, EntityType> known;
  for (const Mention& m : doc.mentions) {
    for (uint32_t k = doc.TokenAt(m.span.begin); k < doc.tokens.size() && doc.tokens[k].span.begin < m.span.end; ++k) {
      covered[k] = true;
    }
    std::string_view name = doc.Slice(m.span);
    known.emplace(name, m.type);
    if (m.type == EntityType::kPerson && name.find(' ') != std::string_view::npos) {
      std::string_view first = name.substr(0, name.find(' '));
      known.emplace(ner::IsFamilyNameFirst(first) ? first : name.substr(name.rfind(' ') + 1), EntityType::kPerson);
    }
  }
  constexpr uint32_t kMaxWords = 4;
  const size_t before = doc.mentions.size();
  for (uint32_t i = 0; i < doc.tokens.size(); ++i) {
    if (covered[i] || !IsCapitalisedWord(doc.tokens[i]) || ner::IsTitleWord(doc.TokenText(i))) continue;
    uint32_t run_end = i;  // one past the uncovered capitalised words from i
    while (run_end < doc.tokens.size() && run_end - i < kMaxWords && !covered[run_end] &&
           IsCapitalisedWord(doc.tokens[run_end])) {
      ++run_end;
    }
    if (i > 0 && ner::IsHonorific(doc.TokenText(i - 1))) {
      doc.mentions.push_back({Span{doc.tokens[i].span.begin, doc.tokens[run_end - 1].span.end}, EntityType::kPerson, -1});
      i = run_end - 1;
      continue;
    }
    for (uint32_t end = run_end; end > i; --end) {
      Span span{doc.tokens[i].span.begin, doc.tokens[end - 1].span.end};
      if (auto it = known.find(doc.Slice(span)); it != known.end()) {
        doc.mentions.push_back({span, it->second, -1});
        i = end - 1;
        break;
      }
    }
  }
  if (doc.mentions.size() != before) {
    std::sort(doc.mentions.begin(), doc.mentions.end(),
              [](const Mention& a, const Mention& b) { return a.span.begin < b.span.begin; });
  }
}

bool IsAcronym(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (std::islower(static_cast<unsigned char>(c))) return false;
    letters += std::isupper(static_cast<unsigned char>(c)) != 0;
  }
  return letters >= 2 && letters <= 8;
}

// Lower-case words an organisation's name may contain between its
// capitalised words ("Committee to Protect Journalists").
bool IsNameFunctionWord(std::string_view word) {
  return word == "of" || word == "to" || word == "for" || word == "the" || word == "and" || word == "on";
}

// "The Committee to Protect Journalists (CPJ)": an acronym in brackets spells
// the initials of the capitalised words just before it, so those words are
// one name whatever the tagger made of them. Returns the name's first token,
// or `open` (the bracket's index) when the initials do not match.
uint32_t DefinedNameStart(const Document& doc, uint32_t open, std::string_view acronym) {
  std::string letters;
  for (char c : acronym) {
    if (std::isupper(static_cast<unsigned char>(c))) letters.push_back(c);
  }
  size_t matched = 0;  // acronym letters matched from the end
  uint32_t start = open;
  for (uint32_t k = open; k > 0 && matched < letters.size(); --k) {
    const Token& t = doc.tokens[k - 1];
    std::string_view word = doc.TokenText(k - 1);
    if (t.kind == TokenKind::kPossessive || (t.kind == TokenKind::kWord && IsNameFunctionWord(word) && matched > 0)) {
      continue;
    }
    if (!IsCapitalisedWord(t) || word[0] != letters[letters.size() - 1 - matched]) return open;
    ++matched;
    start = k - 1;
  }
  return matched == letters.size() ? start : open;
}

void JoinNamesDefinedByAcronyms(Document& doc) {
  for (size_t mi = 0; mi < doc.mentions.size(); ++mi) {
    Mention& m = doc.mentions[mi];
    uint32_t at = doc.TokenAt(m.span.begin);
    std::string_view acronym = doc.Slice(m.span);
    if (at < 2 || doc.TokenText(at - 1) != "(" || !IsAcronym(acronym)) continue;
    uint32_t start = DefinedNameStart(doc, at - 1, acronym);
    if (start == at - 1) continue;
    Span name{doc.tokens[start].span.begin, doc.tokens[at - 2].span.end};
    // Mentions inside the name are replaced by the whole name.
    EntityType type = m.type;
    size_t first = mi;
    while (first > 0 && doc.mentions[first - 1].span.begin >= name.begin) --first;
    if (first > 0 && doc.mentions[first - 1].span.end > name.begin) continue;  // a mention straddles the start
    if (first < mi) type = doc.mentions[first].type;
    doc.mentions.erase(doc.mentions.begin() + static_cast<long>(first), doc.mentions.begin() + static_cast<long>(mi));
    doc.mentions.insert(doc.mentions.begin() + static_cast<long>(first), Mention{name, type, -1});
    mi = first + 1;
  }
}


// Whether a word of the name at `name` touches no time expression: "Mirror"
// of "Sunday Mirror"; no word of "March-June".
bool NamesMoreThanTimes(const Document& doc, Span name) {
  for (uint32_t k = doc.TokenAt(name.begin); k < doc.tokens.size() && doc.tokens[k].span.begin < name.end; ++k) {
    if (doc.tokens[k].kind != TokenKind::kWord) continue;
    const Span word = doc.tokens[k].span;
    if (std::none_of(doc.times.begin(), doc.times.end(), [&](const TimeExpression& t) { return t.span.Overlaps(word); }))
      return true;
  }
  return false;
}

// "the Sunday Mirror", "April Ryan", "Tuesday Morning Corp": a weekday or
// month inside a longer name dates nothing. Spelled times only: a year in a
// name ("Euro 2004") still says when.
void DropTimesInsideNames(Document& doc) {
  std::vector<bool> drop(doc.times.size());
  size_t m = 0;
  for (size_t i = 0; i < doc.times.size(); ++i) {
    const Span t = doc.times[i].span;
    while (m < doc.mentions.size() && doc.mentions[m].span.end <= t.begin) ++m;
    if (m == doc.mentions.size()) break;
    const Span name = doc.mentions[m].span;
    const char first = doc.text[t.begin];
    drop[i] = name.Contains(t) && name.size() > t.size() && first >= 'A' && first <= 'Z' && NamesMoreThanTimes(doc, name);
  }
  size_t i = 0;
  std::erase_if(doc.times, [&](const TimeExpression&) { return drop[i++]; });
}

}  // namespace

Result<EntityRecognizer> EntityRecognizer::Load(const std::string& model_dir) {
  auto tagger = ner::Tagger::Load(model_dir + "/ner.model");
  if (!tagger.ok()) return tagger.status();
  EntityRecognizer recognizer;
  recognizer.tagger_ = std::make_shared<const ner::Tagger>(std::move(tagger).value());
  return recognizer;
}

void EntityRecognizer::Recognize(Document& doc) const {
  // The whole document at once: the tagger weighs each name's other mentions.
  std::vector<std::string_view> words;
  std::vector<uint32_t> firsts, ends;  // of each sentence, in tokens and in `words`
  std::vector<ner::Tag> tags, sentence_tags;
  auto add_range = [&](uint32_t begin, uint32_t end) {
    firsts.push_back(begin);
    for (uint32_t i = begin; i < end; ++i) words.push_back(doc.Slice(doc.tokens[i].span));
    ends.push_back(static_cast<uint32_t>(words.size()));
  };
  if (doc.sentences.empty()) {
    add_range(0, static_cast<uint32_t>(doc.tokens.size()));
  } else {
    for (const Sentence& s : doc.sentences) add_range(s.first_token, s.end_token);
  }
  tags.resize(words.size());
  tagger_->TagDocument(words, ends, tags);
  for (size_t s = 0; s < ends.size(); ++s) {
    const uint32_t begin = s == 0 ? 0 : ends[s - 1];
    sentence_tags.assign(tags.begin() + begin, tags.begin() + ends[s]);
    EmitSpans(doc, firsts[s], sentence_tags);
  }
  JoinSplitNames(doc);
  JoinNamesDefinedByAcronyms(doc);
  AddMissedMentions(doc);
  DropTimesInsideNames(doc);
}

}  // namespace newsgraph
