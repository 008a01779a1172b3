#include "extract/entities.h"

#include "extract/ner_lexicon.h"

// The trained tagger (models/ner.model) proposes BIO spans; the lexicon trims
// titles off person spans and turns demonyms into GROUP.
namespace newsgraph {
namespace {

// Type of a tagged span; MISC demonyms and groups become GROUP.
EntityType ReportType(const Document& doc, int base_tag, uint32_t first, uint32_t last) {
  switch (base_tag) {
    case ner::kBPer: return EntityType::kPerson;
    case ner::kBOrg: return EntityType::kOrg;
    case ner::kBLoc: return EntityType::kPlace;
    default: break;
  }
  EntityType looked_up;
  if (first == last && ner::LookupType(doc.Slice(doc.tokens[first].span), &looked_up) &&
      looked_up == EntityType::kGroup) {
    return EntityType::kGroup;
  }
  return EntityType::kMisc;
}

bool IsNamePart(const Token& t) { return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber; }

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
    // rest is a person whatever the tagger's type ("Defense Secretary ...").
    bool after_title = false;
    while (first <= last && (!IsNamePart(doc.tokens[first]) || ner::IsTitleWord(doc.Slice(doc.tokens[first].span)))) {
      after_title = after_title || IsNamePart(doc.tokens[first]);
      ++first;
    }
    after_title = after_title || (first > 0 && first <= last && doc.tokens[first - 1].kind == TokenKind::kWord &&
                                  ner::IsTitleWord(doc.Slice(doc.tokens[first - 1].span)));
    if (after_title && first <= last) base = ner::kBPer;
    while (last > first && !IsNamePart(doc.tokens[last]) && doc.Slice(doc.tokens[last].span) != "]") --last;
    if (first <= last && IsNamePart(doc.tokens[first])) {
      if (first > 0 && doc.Slice(doc.tokens[first - 1].span) == "[") --first;
      if (first >= 3 && doc.Slice(doc.tokens[first - 1].span) == "]" &&
          doc.Slice(doc.tokens[first - 3].span) == "[" && (doc.tokens[first - 2].flags & Token::kCapitalized)) {
        first -= 3;
      }
      doc.mentions.push_back({Span{doc.tokens[first].span.begin, doc.tokens[last].span.end},
                              ReportType(doc, base, first, last), -1});
    }
    i = j;
  }
}

void TagRange(const ner::Tagger& tagger, Document& doc, uint32_t begin, uint32_t end,
              std::vector<std::string_view>& words, std::vector<ner::Tag>& tags) {
  words.clear();
  for (uint32_t i = begin; i < end; ++i) words.push_back(doc.Slice(doc.tokens[i].span));
  tags.resize(words.size());
  tagger.Tag(words, tags);
  EmitSpans(doc, begin, tags);
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
  std::vector<std::string_view> words;
  std::vector<ner::Tag> tags;
  if (doc.sentences.empty()) {
    TagRange(*tagger_, doc, 0, static_cast<uint32_t>(doc.tokens.size()), words, tags);
    return;
  }
  for (const Sentence& s : doc.sentences) TagRange(*tagger_, doc, s.first_token, s.end_token, words, tags);
}

}  // namespace newsgraph
